"""Person names by rule: honorifics, initials, titles, appositions, name lists, letter-block name lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache

from casewatch import vocab
from casewatch.extract.literals import trie
from casewatch.extract.names.common import (
    INITIAL,
    NAME_WORD,
    SP,
    Found,
    academic_degrees,
    degrees,
    honorific_pattern,
    honorific_regex,
    is_country,
    is_sentence_start,
    not_name_words,
    role_words,
    strip_possessive,
    titles_before,
)
from casewatch.model import Part

PERSON = "person"
# "María del Carmen", "Ludwig van Beethoven", "Ali bin Hassan": lower-case particles inside a name
_JOIN = (
    rf"(?:{SP}+(?:de|del|de{SP}+la|da|das|do|dos|di|van|von|van{SP}+der|der|den|ter|bin|ibn|al|du|y))?{SP}+"
)
_SEQ = rf"(?:{INITIAL}{SP}?){{0,3}}{NAME_WORD}(?:{_JOIN}(?:{INITIAL}{SP}?){{0,2}}{NAME_WORD}){{0,3}}"
_ITEM = rf"{NAME_WORD}(?:{_JOIN}{NAME_WORD}){{1,2}}"
_BLOCK_PARTS = {"addressee", "cc", "signature", "sender"}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    titles = trie(titles_before())  # as the longest-first alternation, without one try per title
    return {
        "honorific": re.compile(rf"(?<![\w.])(?:{honorific_pattern()})[ \t\u00a0]+({_SEQ})"),
        "initials": re.compile(rf"(?<![\w.])((?:{INITIAL}[ \t\u00a0]?){{1,3}}{NAME_WORD}(?:-{NAME_WORD})?)"),
        "titled": re.compile(rf"(?<![\w-])({titles})[ \t\u00a0]+({_SEQ})"),
        "apposition": re.compile(
            rf"(?<![\w.])(?:{honorific_pattern()}{SP}+)?({_ITEM})(?:,|{SP}+[–—-])(?:{SP}+|{SP}*\n{SP}*)(?=([^\n]{{1,120}}))"
        ),
        "title_comma": re.compile(
            rf"(?<![\w-])({titles})(?:{SP}+(?:of|for){SP}+(?:the{SP}+)?[A-Z][\w’'-]*(?:{SP}+[A-Z][\w’'-]*){{0,4}})?"
            rf",{SP}+({_ITEM})(?=[,.;:)]|{SP}+(?:and|who|was|were|has|had|is|said)\b)"
        ),
        "list": re.compile(
            rf"(?<![\w.])({_ITEM})((?:(?:,[ \t\u00a0]+|,?[ \t\u00a0]+and[ \t\u00a0]+){_ITEM})+)"
        ),
        "item": re.compile(_ITEM),
        "line": re.compile(
            rf"^[ \t#*_>]*(?:({honorific_pattern()}){SP}+)?({_SEQ}){SP}*(?:[A-Z]{{2,3}}\b)?[ \t*]*"
            r"(?:,[ \t\u00a0]*(.*?))?[ \t*]*$"
        ),
    }


def _clean_tokens(name: str) -> list[str]:
    """The name's tokens with non-name words trimmed from both ends; [] when a non-name word is inside."""
    tokens = [strip_possessive(t) for t in name.split()]
    stop = not_name_words()
    while tokens and tokens[-1].casefold() in stop:
        tokens.pop()
    if any(t.casefold() in stop for t in tokens):
        return []
    return tokens


def _found(text: str, start: int, name: str, role: str | None = None) -> Found | None:
    tokens = _clean_tokens(name)
    if not tokens or not any(len(t.rstrip(".")) > 1 for t in tokens):
        return None
    offset = text.index(tokens[0], start)
    end = text.index(tokens[-1], offset) + len(tokens[-1])
    return Found(PERSON, offset, end, text[offset:end], role=role)


def _with_honorific(text: str) -> Iterator[Found]:
    for m in _patterns()["honorific"].finditer(text):
        found = _found(text, m.start(1), m.group(1))
        if found:
            yield Found(PERSON, m.start(), found.end, text[m.start() : found.end])


def _with_initials(text: str) -> Iterator[Found]:
    for m in _patterns()["initials"].finditer(text):
        found = _found(text, m.start(1), m.group(1))
        if found and found.text[:2] == m.group(1)[:2]:
            yield found


def _with_title(text: str) -> Iterator[Found]:
    for m in _patterns()["titled"].finditer(text):
        tokens = m.group(2).split()
        if tokens[0].casefold() in not_name_words():
            continue
        found = _found(text, m.start(2), m.group(2), role=m.group(1))
        if found:
            yield found


_ROLE_OPENERS = {
    "the",
    "a",
    "an",
    "former",
    "acting",
    "then",
    "its",
    "their",
    "his",
    "her",
    "now",
    "currently",
}


def _after_title_and_comma(text: str) -> Iterator[Found]:
    """'its President, Jane Doe,' and 'the Director-General of the ILO, John Doe, wrote'."""
    for m in _patterns()["title_comma"].finditer(text):
        if len(_clean_tokens(m.group(2))) == len(m.group(2).split()):
            found = _found(text, m.start(2), m.group(2), role=text[m.start(1) : m.start(2)].rstrip(", "))
            if found:
                yield found


def _is_role(words: str) -> bool:
    """Words describing a person's position: 'former leader of ...', 'General Secretary', 'MA, barrister'."""
    roles = role_words()
    tokens = [t.strip(",.;:()").casefold() for t in re.split(r"[\s/]+|-(?=[A-Z])", words) if t]
    openers = roles | _ROLE_OPENERS | degrees() | role_modifiers()
    opens = bool(tokens) and (words[:1].isupper() or tokens[0] in openers)
    return opens and any(t in roles or t in degrees() for t in tokens[:6])


def _in_apposition(text: str) -> Iterator[Found]:
    for m in _patterns()["apposition"].finditer(text):
        if not _is_role(m.group(2)) or len(_clean_tokens(m.group(1))) < 2:
            continue
        if len(_clean_tokens(m.group(1))) != len(m.group(1).split()):
            continue
        found = _found(text, m.start(1), m.group(1), role=_role_phrase(m.group(2)))
        if found:
            yield found


_RELATIVE = re.compile(
    r"^who[ \t\u00a0]+(?:is|was|has[ \t\u00a0]+been)[ \t\u00a0]+(?:the[ \t\u00a0]+|an?[ \t\u00a0]+)?"
)


def _role_phrase(words: str) -> str | None:
    """The first comma-separated piece of an apposition that is no degree ('MA, barrister' -> 'barrister')."""
    for piece in re.split(r"[,;(“\"«]|\.\s", words):
        piece = _RELATIVE.sub("", piece.strip().rstrip("."))
        if (
            piece
            and piece.casefold() not in academic_degrees()
            and f"{piece.casefold()}." not in academic_degrees()
        ):
            return piece
    return None


def _in_lists(text: str) -> Iterator[Found]:
    """'A B, C D and E F': two or more clean two-to-three-word names coordinated."""
    for m in _patterns()["list"].finditer(text):
        if " and " not in m.group(0) and "\tand" not in m.group(0):
            continue
        items = [(m.start(1), m.group(1))] + [
            (m.start(2) + i.start(), i.group(0)) for i in _patterns()["item"].finditer(m.group(2))
        ]
        if all(len(_clean_tokens(name)) == len(name.split()) for _, name in items):
            yield from (f for start, name in items if (f := _found(text, start, name)))


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _neighbour(lines: Sequence[tuple[int, str]], index: int, step: int) -> str:
    """The nearest non-empty line before (step -1) or after (step 1), at most one blank line away."""
    for i in (index + step, index + 2 * step):
        if 0 <= i < len(lines) and lines[i][1].strip(" \t#*_"):
            return lines[i][1].strip(" \t#*_")
    return ""


def _block_cue(previous: str, following: str) -> bool:
    headings = {h.casefold() for h in vocab.load("name_stopwords")["role_headings"]}
    if previous.rstrip(":").casefold() in headings or re.match(r"(?i)(attn|to|cc|copy)\b.*:$", previous):
        return True
    return bool(following) and _is_role(" ".join(following.split()[:3]))


def _name_lines(text: str, parts: Sequence[Part]) -> Iterator[tuple[Found, int]]:
    """A short line that is only a name, in a letter block or beside a title line: (name, line index)."""
    lines = _lines(text)
    in_block = [p for p in parts if p.kind in _BLOCK_PARTS]
    for index, (pos, line) in enumerate(lines):
        if len(line) > 90:  # before the pattern, which is slow on a long line
            continue
        m = _patterns()["line"].match(line)
        if not m:
            continue
        tokens = m.group(2).split()
        if not 2 <= len(tokens) <= 4 or len(_clean_tokens(m.group(2))) != len(tokens):
            continue
        tail = m.group(3) or ""
        cue = bool(m.group(1)) or (tail and _is_role(tail)) or any(p.start <= pos < p.end for p in in_block)
        if cue or _block_cue(_neighbour(lines, index, -1), _neighbour(lines, index, 1)):
            found = _found(text, pos + m.start(2), m.group(2), role=_role_phrase(tail))
            if found:
                yield found, index


def _board_run(indexes: list[int]) -> set[int]:
    """The longest run of name lines at most six lines apart, when it has four names or more."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        if runs and index - runs[-1][-1] <= 6:
            runs[-1].append(index)
        else:
            runs.append([index])
    best = max(runs, key=len, default=[])
    return set(best) if len(best) >= 4 else set()


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(vocab.load("name_stopwords")["place_heads"])


def _names_a_place(found: Found) -> bool:
    """'Malacañang Palace', 'Tahrir Square': without an honorific, a building or place head ends it."""
    return found.text.rsplit(None, 1)[-1] in _place_heads()


def find_persons(text: str, parts: Sequence[Part] = ()) -> list[Found]:
    """Every person-name candidate (board flags are set by the caller from `board_span`)."""
    unmarked = [
        *_with_initials(text),
        *_with_title(text),
        *_in_apposition(text),
        *_after_title_and_comma(text),
        *_in_lists(text),
        *(f for f, _ in _name_lines(text, parts)),
    ]
    known = [
        *_with_honorific(text),
        *(f for f in unmarked if _person_context(f) or not _names_a_place(f)),
        *_with_age(text),
        *_subjects_of_acts(text),
        *_objects_of_acts(text),
    ]
    return [*known, *_coordinated(text, known)]


def _person_context(found: Found) -> bool:
    """'the trade unionist David Hall', 'Ambassador Selim Park': a role marks a person whose surname is also a
    building word, when a first name precedes; a ruler's title names places too ('King Fahd Palace')."""
    if found.role is None or len(found.text.split()) < 2:
        return False
    return found.role[:1].islower() or found.role.casefold() in role_words()


@cache
def _cue_words(key: str) -> tuple[str, ...]:
    """A list of person_cues.json, longest first (an alternation tries longer phrases first)."""
    return tuple(sorted(vocab.load("person_cues")[key], key=len, reverse=True))


@cache
def role_modifiers() -> frozenset[str]:
    """Lower-case words that may open a role apposition: 'general secretary of', 'deputy chair'."""
    return frozenset(_cue_words("role_modifiers"))


_NAMES = rf"{_ITEM}(?:(?:,{SP}+|,?{SP}+and{SP}+){_ITEM})*"
# "that" is left out: "notes that Ana Quispe was ..." is the commonest clause before a name
_DETERMINER = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|of|its|their|our|these|those)|[’']s)[ \t\u00a0]+$")


@cache
def _context_patterns() -> dict[str, re.Pattern[str]]:
    passive, active = trie(_cue_words("passive_acts")), trie(_cue_words("active_acts"))
    adverbs = trie(_cue_words("act_adverbs"))
    aux = rf"(?:was|were|(?:had|has|have){SP}+been|(?:is|are){SP}+being|got)"
    return {
        # "Ana Quispe (born 1975)", "Ana Quispe (45)", "Ana Quispe, aged 45,"
        "age": re.compile(
            rf"(?<![\w.’'-])({_ITEM})(?:{SP}*\((?:born|b\.|aged?){SP}[^)\n]{{0,30}}\)|{SP}*\(\d{{1,2}}\)"
            rf"|,{SP}+aged{SP}+\d{{1,2}}\b)"
        ),
        "subject": re.compile(
            rf"(?<![\w.’'-])({_NAMES}){SP}+{aux}(?:{SP}+(?:{adverbs}))?{SP}+(?:{passive})(?![\w-])"
        ),
        "object": re.compile(rf"(?<![\w-])(?:{active}){SP}+({_NAMES})(?![\w’'-])"),
        "after": re.compile(rf"(?:,|,?{SP}+(?:and|as{SP}+well{SP}+as)|{SP}+&){SP}+({_ITEM})(?![\w’'-])"),
        # "Arzu Demir, General Secretary of the union, and Kani Tekin"
        "after_role": re.compile(rf",{SP}+([^,;\n]{{2,100}}),{SP}+and{SP}+({_ITEM})(?![\w’'-])"),
        "before": re.compile(rf"(?<![\w.’'-])({_ITEM})(?:,|,?{SP}+and){SP}+$"),
    }


@cache
def _title_words() -> frozenset[str]:
    return frozenset(t.casefold() for t in titles_before() if " " not in t)


def _leading_cue(token: str, sentence_start: bool) -> bool:
    """A word before a name that is not part of it: 'In', 'March', 'activist', 'Later', 'Reportedly'."""
    folded = token.casefold()
    if folded in not_name_words() | role_words() | _title_words() or token in _cue_words("sentence_adverbs"):
        return True
    return sentence_start and len(token) >= 8 and folded.endswith("ly")


@cache
def _organisation_kinds() -> frozenset[str]:
    """'union', 'group', 'newspaper': a lower-case kind before a capitalised pair: its name."""
    heads = vocab.load("org_heads")
    words = [*heads["heads"], *heads["trailing_heads"], *_cue_words("organisation_kinds")]
    return frozenset(w.casefold() for w in words)


_WORD_BEFORE = re.compile(rf"([a-z][\w-]*){SP}+$")


def _after_determiner_or_kind(text: str, start: int) -> bool:
    """'the Lima Teachers', 'the group Women Fighters': the pair names no person."""
    if _DETERMINER.search(text, max(0, start - 8), start):
        return True
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group(1) in _organisation_kinds()


def _context_name(text: str, start: int, name: str) -> Found | None:
    """A two- or three-word name marked by its context, with leading non-name words dropped."""
    tokens = [(start + m.start(), m.group(0)) for m in re.finditer(r"\S+", name)]
    while tokens and _leading_cue(tokens[0][1], is_sentence_start(text, tokens[0][0])):
        tokens = tokens[1:]
    if not tokens or _after_determiner_or_kind(text, tokens[0][0]):
        return None
    found = _found(text, tokens[0][0], name[tokens[0][0] - start :])
    capitalised = [t for t in found.text.split() if t[:1].isupper()] if found else []
    if not found or not 2 <= len(capitalised) <= 3 or capitalised[0] in _place_heads():
        return None
    return None if is_country(found.text) else found


def _names_in(text: str, m: re.Match[str]) -> Iterator[Found]:
    for item in _patterns()["item"].finditer(m.group(1)):
        found = _context_name(text, m.start(1) + item.start(), item.group(0))
        if found:
            yield found


def _with_age(text: str) -> Iterator[Found]:
    """'Ana Quispe (born 1975), president of ...': a birth year or an age marks a person."""
    for m in _context_patterns()["age"].finditer(text):
        after = _ROLE_AFTER.match(text, m.end())
        role = _role_phrase(after.group(1)) if after and _is_role(after.group(1)) else None
        yield from (replace(found, role=role) for found in _names_in(text, m))


_ROLE_AFTER = re.compile(rf",{SP}+([^\n]{{1,120}})")


def _subjects_of_acts(text: str) -> Iterator[Found]:
    """'Ana Quispe and Luis Rojas were detained': only persons are arrested, sentenced or dismissed."""
    for m in _context_patterns()["subject"].finditer(text):
        # "miners of Oruro, Potosí and La Paz were arrested": the subject began before, and is no name
        if not _LIST_GOES_ON.search(text, max(0, m.start() - 12), m.start()):
            yield from _names_in(text, m)


_LIST_GOES_ON = re.compile(rf"(?:\b(?:of|in|at|from|to|for)|{NAME_WORD},?{SP}+(?:and|&)){SP}+$")


def _objects_of_acts(text: str) -> Iterator[Found]:
    """'the police arrested Ana Quispe'."""
    for m in _context_patterns()["object"].finditer(text):
        yield from _names_in(text, m)


def _coordinated(text: str, known: Sequence[Found]) -> list[Found]:
    """'Ms Quispe and Luis Rojas': a name coordinated with a person found is one (a few rounds)."""
    out: list[Found] = []
    seen = {(f.start, f.end) for f in known}
    todo = list(known)
    for _ in range(3):
        new = [f for f in _beside(text, todo) if (f.start, f.end) not in seen]
        seen.update((f.start, f.end) for f in new)
        out += new
        todo = new
    return out


def _beside(text: str, persons: Sequence[Found]) -> Iterator[Found]:
    patterns = _context_patterns()
    for person in persons:
        after = patterns["after"].match(text, person.end)
        before = patterns["before"].search(text, max(0, person.start - 80), person.start)
        for m in (after, before):
            if m and (found := _context_name(text, m.start(1), m.group(1))):
                yield found
        m = patterns["after_role"].match(text, person.end)
        if m and _is_role(m.group(1)) and (found := _context_name(text, m.start(2), m.group(2))):
            yield found


def board_span(text: str, parts: Sequence[Part] = (), letterhead_end: int = 0) -> tuple[int, int] | None:
    """The letterhead's board list: a run of four or more name lines (each with its affiliation lines)."""
    lines = list(_name_lines(text, parts))
    run = _board_run([index for f, index in lines if f.start < letterhead_end])
    if not run:
        return None
    starts = _lines(text)
    last = min(max(run) + 2, len(starts) - 1)
    return starts[min(run)][0], starts[last][0] + len(starts[last][1])


def echoes(text: str, persons: Sequence[Found]) -> list[Found]:
    """Later bare-surname or given-name-plus-surname mentions of persons already found."""
    surnames = _surnames(persons)
    if not surnames:
        return []
    given = sorted({g for names in surnames.values() for g in names}, key=len, reverse=True)
    lead = r"(?:(?:" + "|".join(re.escape(g) for g in given) + r")[ \t\u00a0]+)?" if given else ""
    family = "|".join(re.escape(s) for s in sorted(surnames, key=len, reverse=True))
    # a match starts with a given name or a surname: one test of its first letter rules most positions out
    firsts = "".join(sorted({re.escape(w[0]) for w in (*given, *surnames)}))
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.-]){lead}(?:{family})(?![\w-])")
    return [
        Found(PERSON, m.start(), m.end(), m.group(0))
        for m in pattern.finditer(text)
        if not _building_word_alone(text, m)
    ]


_BEFORE_BUILDING = re.compile(rf"(?:\b[Tt]he|{NAME_WORD})[ \t\u00a0]+$")


def _building_word_alone(text: str, m: re.Match[str]) -> bool:
    """'City Hall', 'the Park': a surname that is also a building word, alone after a name or article."""
    word = m.group(0)
    return word in _place_heads() and bool(_BEFORE_BUILDING.search(text, max(0, m.start() - 30), m.start()))


def _surnames(persons: Sequence[Found]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for person in persons:
        tokens = honorific_regex("^", r"[ \t\u00a0]+").sub("", person.text, count=1).split()
        if tokens and len(tokens[-1]) >= 3 and "." not in tokens[-1]:
            out.setdefault(tokens[-1], set()).update(t for t in tokens[:-1] if "." not in t)
    return out
