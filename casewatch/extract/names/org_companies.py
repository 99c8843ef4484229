"""Companies named by a legal form: 'Kestrel Mining Ltd', 'Lácteos Sur, S.A. de C.V.', 'ТОО «Сункар»'."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names.common import (
    CAP,
    NAME_WORD_WHOLE,
    SP,
    Found,
    after_first_letter,
    not_name_words,
    word_branches,
)
from casewatch.extract.names.cued_lines import in_cued_lines
from casewatch.extract.names.org_words import ORG, word_sets

# a space or a comma follows each word of a company's name: its words are taken whole, never given back
# letter by letter where the rest fails (most capitalised words of a line that holds a legal form)
_COMPANY_WORD = rf"(?:{NAME_WORD_WHOLE}|[A-Z][A-Z&]{{1,7}}+)"
# a legal form before a quoted name, the Russian and Kazakh way: 'ТОО «Сункар»', 'JSC "Karaganda Steel"'
_FORMS_FIRST = ("ТОО", "АО", "ООО", "ОАО", "ПАО", "ЗАО", "ЖШС", "АҚ", "LLP", "JSC", "LLC", "OJSC", "PJSC")
_FORM_FIRST = rf"(?<![\w-])(?:{'|'.join(_FORMS_FIRST)})[ \t\u00a0]+[«\"“][^»\"”\n]{{1,60}}[»\"”]"


@cache
def _forms() -> str:
    return trie(sorted(vocab.load("org_heads")["legal_suffixes"], key=len, reverse=True))


@cache
def _cue() -> re.Pattern[str]:
    """A legal form: the lines without one are not searched (a company name never crosses a line). The
    forms open with capitals but for 'plc': one branch per first letter, which `re` scans for at C speed
    (in the folded text an Aho-Corasick pass would stop at every 'as' and 'sa' of any word)."""
    forms = vocab.load("org_heads")["legal_suffixes"]
    return re.compile("|".join([*word_branches("", forms, r"(?![\w])"), *word_branches("", _FORMS_FIRST)]))


# a legal form written as a word ("Limited", "Corporation", "Holdings") is a word of the company's name; the
# abbreviated ones ("S.A.", "Ltd", "GmbH") may be left out: "Lácteos Sur, S.A." is also "Lácteos Sur"
_WORD_FORM = re.compile(r"[A-Z][a-z]{4,}")


@cache
def _written_form() -> re.Pattern[str]:
    forms = [f for f in vocab.load("org_heads")["legal_suffixes"] if not _WORD_FORM.search(f)]
    return re.compile(rf",?\s+(?:{trie(sorted(forms, key=len, reverse=True))})$")


def without_legal_form(name: str) -> str | None:
    """ "Lácteos Sur, S.A. de C.V." -> "Lácteos Sur": a company's name without its written legal form, where
    two words or more are left (a single word alone would name many things)."""
    m = _written_form().search(name)
    stem = name[: m.start()].strip() if m else ""
    return stem if len(stem.split()) >= 2 else None


def plain_pattern() -> str:
    """What the rule finds: a name before its legal form, or a legal form before a quoted name."""
    words = rf"{_COMPANY_WORD}(?:{SP}+(?:(?:&|de|del|des|du|la|y|et|and){SP}+)?{_COMPANY_WORD}){{0,4}}"
    return rf"(?<![\w-])({words}),?{SP}+(?:{_forms()})(?![\w])|{_FORM_FIRST}"


@cache
def _pattern() -> re.Pattern[str]:
    """`plain_pattern()` written with its first capital first (both branches open with one) and the
    look-behind after it: `re` scans for a pattern opening with a letter class at C speed, where it tries
    one opening with a look-behind at every position of the line. Group 1 holds the name but for its
    first letter, the match's first."""
    first_word = rf"(?:(?<={CAP}){NAME_WORD_WHOLE.removeprefix(CAP)}|(?<=[A-Z])[A-Z&]{{1,7}}+)"
    words = rf"{first_word}(?:{SP}+(?:(?:&|de|del|des|du|la|y|et|and){SP}+)?{_COMPANY_WORD}){{0,4}}"
    _, form_rests = after_first_letter(_FORMS_FIRST)
    quoted = rf"(?:{form_rests})[ \t\u00a0]+[«\"“][^»\"”\n]{{1,60}}[»\"”]"
    return re.compile(rf"{CAP}(?<![\w-].)(?:({words}),?{SP}+(?:{_forms()})(?![\w])|{quoted})")


def companies(text: str) -> Iterator[Found]:
    trim = word_sets()["lead_trim"] | word_sets()["not_org_starts"]
    for m in in_cued_lines(_pattern(), text, _cue()):
        start = m.start()
        if m.group(1) is not None:
            words = text[start : m.end(1)].split()
            while words and words[0] in trim:
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
                words = words[1:]
            if not words:
                continue
        yield Found(ORG, start, m.end(), text[start : m.end()])


@cache
def _trade() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A trade's word ending capitalised words (the trade's word ends them: 'the Valdor Apparel Summit'
    names an event), and the words before it, read back from it."""
    tails = trie(sorted(vocab.load("org_cues")["trade_tails"], key=len, reverse=True), top=False)
    tail = re.compile(rf"(?:{tails})(?![\w’'-]|{SP}+[A-Z])")  # after a space (tested apart: scanned fast)
    return tail, re.compile(rf"(?<![\w’'-])((?:{NAME_WORD_WHOLE}{SP}+){{1,3}})$")


TRADE_REACH = 80  # characters before a trade's word where its name's words are read


def by_trade(text: str) -> Iterator[Found]:
    """'Vanta Gold Mines fired 40 workers', 'Kestrel Shipping refused': a company known by its trade; the
    trade's words are found first (at C speed), the capitalised words before each read back."""
    tail, before = _trade()
    trim = word_sets()["lead_trim"] | word_sets()["not_org_starts"]
    for t in tail.finditer(text):
        if not t.start() or text[t.start() - 1] not in " \t\u00a0":
            continue
        m = before.search(text, max(0, t.start() - TRADE_REACH), t.start())
        if m is None:
            continue
        words = [*m.group(1).split(), t.group(0)]
        start = m.start(1)
        while len(words) > 1 and (words[0] in trim or words[0].casefold() in not_name_words()):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            yield Found(ORG, start, t.end(), text[start : t.end()])
