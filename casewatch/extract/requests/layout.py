"""How a document lays out its asks: title lines over the prose, items of a list, bullets under a lead-in.

The sentence splitter reads prose; here lines are parted where a layout starts a new item (a lettered or
bulleted line, a line after a semicolon) and a title is parted from the prose under it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from casewatch.extract.sentences import Sentence, strip_bullet

BULLET_START = re.compile(r"^\s*(?:[-–—•■▪*►▶●◦‣]|\(?(?:[a-z0-9]{1,2}|[ivx]{3,4})[.)])\s")


# A bullet wraps onto lines that go on in lower case; a capitalised line after it ("Yours sincerely,")
# is no part of it
_NEXT_LINE = re.compile(r"\n(?=[ \t]*[A-ZА-ЯЁ])")


def _own_lines(bullet: Sentence) -> Sentence:
    cut = next((m for m in _NEXT_LINE.finditer(bullet.text) if not _goes_on(bullet.text, m.start())), None)
    if not cut:
        return bullet
    return Sentence(bullet.start, bullet.start + cut.start(), bullet.text[: cut.start()])


def bullets(text: str, sentences: Sequence[Sentence], i: int, unmarked: bool = False) -> list[Sentence]:
    """The items after a lead-in: marked bullets, or (from html lists, whose markers are gone)
    items that start in lower case, as a verb continuing the lead-in does, or (`unmarked`, under a
    lead-in that asks) lines each ending with a semicolon but the last. A further sentence on a
    bullet's line ("- Release them. Stop the crackdown.") belongs to that bullet."""
    out: list[Sentence] = []
    sibling = _next_letter(sentences[i].text)
    for s in sentences[i + 1 :]:
        if sibling and _is_sibling(s.text, sibling):
            break
        listed = (
            unmarked
            and _ONE_LINE_ITEM.match(s.text)
            and (s.text.rstrip().endswith(";") or _ended_with_semicolon(out))
        )
        if BULLET_START.match(s.text) or s.text[:1].islower() or listed:
            out.append(_own_lines(strip_bullet(s)))
        elif not (out and "\n" not in text[out[-1].end : s.start]):
            break
    return out


# "(c) The Committee requests the Government to:" + its dashes: the next lettered item ("(d) The
# Committee draws the attention of ...") is the lead's sibling, not one of its bullets
_LETTER_MARK = re.compile(r"^\s*(?:[-–—•]\s*)?(?:\d{1,3}\.\s+)?(\(?)([a-z])\)\s+(\S)")


def _next_letter(lead: str) -> str | None:
    """The mark of the item after a lettered lead-in ("(c)" -> "(d)"), if the lead-in is lettered."""
    m = _LETTER_MARK.match(lead)
    return f"{m[1]}{chr(ord(m[2]) + 1)})" if m and m[2] < "z" else None


def _is_sibling(text: str, mark: str) -> bool:
    m = _LETTER_MARK.match(text)
    if m is None or f"{m[1]}{m[2]})" != mark:
        return False
    # "(i)" after "(h)" may open a roman sub-item ("(i) provide ..."): a sibling opens with a capital
    return mark[-2] != "i" or m[3].isupper()


_ONE_LINE_ITEM = re.compile(r"^\s*[^\n]{3,300}$")


def _ended_with_semicolon(items: list[Sentence]) -> bool:
    return bool(items) and items[-1].text.rstrip().endswith(";")


# "urge the authorities to respect their obligations and to" + "1. Release ...": a lead-in whose last
# verb's particle waits for the numbered asks below, with no colon; no title
_WAITING_PARTICLE = re.compile(r"(?:,?\s+(?:and|or|et|y))?\s+(?:to|à)$")


def waits_for_list(line: str) -> bool:
    """A stripped line ending on its particle ("... calls on the Government to", "... and to"): a lead-in
    whose items follow below. Only a line ending so can match: the pattern, anchored at the end, would
    otherwise be tried at every space of every sentence."""
    return line.endswith(("to", "à")) and bool(_WAITING_PARTICLE.search(line))


# a line that ends in the middle of a phrase: on a function word ("the registration of the"), or on a
# capitalised word of a name going on below ("the Trade Union" + "Act in consultation ...")
_OPEN_END = re.compile(r"\b(?:the|of|to|and|a|an|in|for|on|with|by|de|la|le|les|des|du|el|los|las|del|y|et)$")
_CAPITALISED_END = re.compile(r"(?<=\w\s)[A-Z][\w’'-]*$")
_CAPITALISED = re.compile(r"^[A-Z]")


def _goes_on(text: str, at: int) -> bool:
    """Whether the line ending at `at` goes on in the next one though that opens with a capital: a line
    wrapped inside a sentence, not a title over prose nor a closing under a list. A line in title case
    ("Union Calls For End To Repression") is a title."""
    line = text[:at].rsplit("\n", 1)[-1].rstrip()
    if _LINE_END.search(line):
        return False
    words = line.split()
    title_case = sum(bool(_CAPITALISED.match(w)) for w in words) > 0.6 * len(words)
    name_goes_on = bool(_CAPITALISED_END.search(line)) and not _SENTENCE_OPENING.match(text, at + 1)
    return bool(_OPEN_END.search(line)) or (name_goes_on and not title_case)


# words that open a sentence rather than go on with a name: "Tor Alden" + "The federation also ..."
_SENTENCE_OPENING = re.compile(
    r"[ \t]*(?:The|This|These|We|I|It|They|He|She|In|On|At|A|An|Yours|Sincerely|Le|La|Les|El|Los|Las|Nous)\b"
)


# a press agency's "++++" or "###" after the full stop ends the sentence too
_PROSE_END = re.compile(r"[.!?][\"'”’»)]*(?:\s*[+#*=~]{2,})?$")
_LINE_END = re.compile(r"[.!?:;,][\"'”’»)]*(?:\s*[+#*=~]{2,})?$")


def headlines(sentences: Sequence[Sentence]) -> set[int]:
    """Lines above the first prose sentence that end without punctuation: a title restating the demand
    the article then reports ("X demands the release of Y"), not a second request."""
    out = set()
    for sentence in sentences:
        if _PROSE_END.search(sentence.text):
            break
        line = sentence.text.split("\n", 1)[0].rstrip()
        if not _LINE_END.search(line) and not waits_for_list(line):
            out.add(sentence.start)
    return out


def titles_apart(sentences: list[Sentence]) -> list[Sentence]:
    """A title line without a full stop over the first line of prose ("Union demands release of dockers" +
    newline + "The dockers were arrested ..."), read as one sentence, is parted from it."""
    out: list[Sentence] = []
    for k, sentence in enumerate(sentences):
        first, _, rest = sentence.text.partition("\n")
        titled = rest.strip() and first.strip() and not _LINE_END.search(first.rstrip())
        # a line wrapped inside a sentence goes on in lower case ("... brought into\nconformity with ...")
        if not titled or rest.lstrip()[:1].islower() or _goes_on(sentence.text, len(first)):
            out.append(sentence)
            if _PROSE_END.search(sentence.text):
                return out + sentences[k + 1 :]
            continue
        cut = sentence.start + len(first) + 1
        title = Sentence(sentence.start, sentence.start + len(first), first)
        out += [title, Sentence(cut, sentence.end, rest)]
        return out + sentences[k + 1 :]
    return out


# A new line opening a lettered or numbered item ("b) el Comité pide ...") starts a new item even where
# the sentence splitter reads its lower-case letter as the sentence going on.
# So does a roman numeral with a full stop ("ii. adopt all necessary measures").
# So does a dash or bullet sign opening a line ("– The arrests to stop"), whose item has no full stop.
# So does a capitalised line after one ending with a semicolon or a colon: an item of a list whose markers
# are gone.
_ITEM_BREAK = re.compile(
    r"\n[ \t]*(?=(?:[-–—•]\s*)?(?:\(?(?:[a-z]|[ivx]{2,4}|\d{1,3})\)|[ivx]{1,4}\.)\s|[-–—•▪■►▶●◦‣]\s)"
    r"|[;:][ \t]*\n[ \t]*(?=[A-ZÀ-Ý])"
)


def items(sentence: Sentence) -> list[Sentence]:
    # every break holds a line break: a sentence on one line (most are) is not scanned for one, and is its
    # own one item when it ends without space (a split sentence is stripped)
    if "\n" not in sentence.text and sentence.text.strip() == sentence.text:
        text = sentence.text
        if not text:
            return []
        whole = sentence.end == sentence.start + len(text)  # as the splitter gives it: kept as it is
        return [sentence if whole else Sentence(sentence.start, sentence.start + len(text), text)]
    breaks = _ITEM_BREAK.finditer(sentence.text) if "\n" in sentence.text else ()
    cuts = [0, *(m.end() for m in breaks), len(sentence.text)]
    return [
        Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b].rstrip())
        for a, b in itertools.pairwise(cuts)
        if sentence.text[a:b].strip()
    ]
