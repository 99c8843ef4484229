"""Shared pieces of name extraction: capitalised-word patterns, folding and vocabulary-derived word sets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from casewatch import vocab
from casewatch.extract.literals import rests_by_first_letter, trie

# Upper-case letters of the Latin, Greek and Cyrillic blocks: `re` has no \p{Lu}.
UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper())
LOWER_CLASS = r"[^\W\d_A-Z" + UPPER[26:] + r"]"
CAP = f"[{UPPER}]"
# A capitalised word: "Clément", "Jean-Baptiste", "O'Neill", "El-Fadl", "McDonald".
CAP_WORD = rf"{CAP}[\w’'\-]*\w|{CAP}"
_WORD_HEAD = rf"{CAP}(?:(?:{LOWER_CLASS}|{CAP}(?={LOWER_CLASS}))+|[’']{CAP}(?:{LOWER_CLASS})+)"
NAME_WORD = rf"{_WORD_HEAD}(?:[’'\-]{CAP}?(?:{LOWER_CLASS})+)*"
# NAME_WORD taken whole, never given back: the same matches in a pattern where what follows a name word cannot
# begin with a letter, an apostrophe or a hyphen (a space, a comma, a bracket, the pattern's end), without
# `re` retrying every shorter word where the rest of the pattern fails (most capitalised words)
NAME_WORD_WHOLE = (
    rf"{CAP}(?:(?:{LOWER_CLASS}|{CAP}(?={LOWER_CLASS}))++|[’']{CAP}(?:{LOWER_CLASS})++)"
    rf"(?:[’'\-]{CAP}?(?:{LOWER_CLASS})++)*+"
)
INITIAL = rf"{CAP}\."
APOSTROPHES = "’'"
SP = r"[ \t\u00a0]"  # a space within a line, no-break space included


# what a name never follows: a word it would continue, an abbreviation's point, an elision, a hyphen
NOT_BEFORE_NAME = r"\w.’'-"


def not_after(chars: str, pattern: str) -> str:
    """`(?<![chars])pattern` for a pattern opening with one capital letter (`CAP`), written with the
    look-behind after that letter, `CAP(?<![chars].)...`: the same matches, but `re` looks for a pattern
    opening with a letter class at C speed, where it tries one opening with a look-behind everywhere."""
    if not pattern.startswith(CAP) or pattern[len(CAP) : len(CAP) + 1] in {"?", "*", "+", "{"}:
        raise ValueError(f"not one capital letter first: {pattern[:40]!r}")
    return f"{CAP}(?<![{chars}].){pattern[len(CAP) :]}"


def words_not_after(chars: str, words: Iterable[str]) -> str:
    """`literals.trie_not_after(chars, words)`, `(?<![chars])(?:{trie(words)})`, dispatched by first letter:
    one branch per letter, opening with the letter itself, then the look-behind, then the trie of that
    letter's words. `re` skips a branch whose first letter is not at the position without entering it,
    where `trie_not_after` tries a look-behind per letter in turn; the same matches (one branch holds
    every word that may match at a position, its trie in the order of the words' trie)."""
    return f"(?:{'|'.join(word_branches(chars, words))})"


def after_first_letter(words: Iterable[str]) -> tuple[str, str]:
    """For words whose first letter a pattern has just read: those letters (for a character class), and
    what follows each, `(?<=A)(?:rests of A)?|(?<=B)...`, the trie of each letter's rests; written one
    branch per second letter, that letter first and the first one checked after it (`rk(?<=Ar.)...`):
    `re` skips a branch opening with a letter not at the position without entering it, where it tried
    the look-behind of every first letter in turn (most positions follow a capital opening no such
    word). The words of one letter (the only ones that can match) keep their trie's order, the letter
    alone (a one-letter word, 'M') last, as the optional rest gave it: the same matches."""
    by_first = rests_by_first_letter(words)
    branches: list[str] = []
    alone: list[str] = []
    for first, rests in by_first.items():
        for second, more in rests_by_first_letter(rests).items():
            # one branch: the second letter, then its words' trie
            shaped = trie([second + m for m in more], top=False)
            branches.append(f"{re.escape(second)}(?<={re.escape(first)}.){shaped[len(re.escape(second)) :]}")
        if "" in rests:
            alone.append(f"(?<={re.escape(first)})")
    return "".join(map(re.escape, by_first)), "|".join(branches + alone)


def word_branches(chars: str, words: Iterable[str], tail: str = "") -> list[str]:
    """The branches of `words_not_after`, each followed by `tail` (without a look-behind when `chars` is
    empty): joined with other branches that open with a letter into one alternation, they let `re` scan
    for all their first letters at C speed (an alternation nested in another, or opening with a look-behind,
    is tried at every position)."""
    not_after = f"(?<![{chars}].)" if chars else ""
    return [
        f"{re.escape(first)}{not_after}{_rest(rests)}{tail}"
        for first, rests in rests_by_first_letter(words).items()
    ]


def _rest(rests: list[str]) -> str:
    """The trie of what follows a first letter; optional when the letter alone is a word too."""
    longer = [r for r in rests if r]
    if not longer:
        return ""
    return f"(?:{trie(longer, top=False)})" + ("?" if "" in rests else "")


@dataclass(
    frozen=True, slots=True
)  # slots: a frozen instance is built in half the time, every rule builds many
class Found:
    """A name found by a rule, before entities are built."""

    label: str
    start: int
    end: int
    text: str
    role: str | None = None
    canonical: str | None = None  # preferred name from a vocabulary
    acronyms: tuple[str, ...] = ()
    board: bool = False


_APOSTROPHES = re.compile(r"[’'`]")
_NOT_LETTERS = re.compile(r"[^0-9a-z\u0400-\u052f]+")  # Latin and Cyrillic letters and digits are kept
_CAPITAL = re.compile(CAP)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    return _NOT_LETTERS.sub(" ", text).strip()


_POSSESSIVE = re.compile(r"[’']s?$")


def strip_possessive(text: str) -> str:
    if "'" not in text and "’" not in text:  # most words: no pattern to run
        return text
    return _POSSESSIVE.sub("", text)


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that are never part of a person's name (plus countries and org heads)."""
    words = set(vocab.load("name_stopwords")["not_name"])
    words |= set(vocab.load("org_heads")["heads"])
    # single-word names only: "Jan" of "Svalbard and Jan Mayen" is also a given name
    words.update(c for c in country_names() | country_adjectives() if " " not in c)
    return frozenset(w.casefold() for w in words)


@cache
def honorifics() -> tuple[str, ...]:
    return tuple(vocab.load("honorifics")["honorifics"])


@cache
def honorific_names() -> list[str]:
    """The honorifics without their points, longest first."""
    return sorted({h.rstrip(".") for h in honorifics()}, key=len, reverse=True)


@cache
def honorific_pattern() -> str:
    return r"(?:" + trie(honorific_names()) + r")\.?"


@cache
def honorific_regex(before: str = "", after: str = "") -> re.Pattern[str]:
    """The honorific pattern compiled once, with what must come before and after it."""
    return re.compile(before + honorific_pattern() + after)


@cache
def degrees() -> frozenset[str]:
    data = vocab.load("honorifics")
    return frozenset(d.casefold() for d in (*data["degrees"], *data["degree_words"]))


@cache
def academic_degrees() -> frozenset[str]:
    return frozenset(d.casefold() for d in vocab.load("honorifics")["degrees"])


@cache
def role_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.load("person_titles")["role_words"])


@cache
def titles_before() -> tuple[str, ...]:
    return tuple(sorted(vocab.load("person_titles")["titles_before"], key=len, reverse=True))


@cache
def country_names() -> frozenset[str]:
    """Country names in English: from countries.json when present, else pycountry and countrynames."""
    names = set(_vocab_country_names())
    if not names:
        names = set(_library_country_names())
    return frozenset(n for n in names if n and n[0].isupper())


def _vocab_country_names(key: str = "names") -> list[str]:
    try:
        data = vocab.load("countries")
    except (FileNotFoundError, OSError):
        return []
    entries = data.values() if isinstance(data, dict) else data
    return [
        s for entry in entries for s in _strings(entry.get(key, []) if isinstance(entry, dict) else entry)
    ]


@cache
def country_adjectives() -> frozenset[str]:
    """'Kazakhstani', 'Turkish', 'Belarusian': from countries.json when present."""
    return frozenset(a for a in _vocab_country_names("adjectives") if a and a[0].isupper())


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _library_country_names() -> list[str]:
    import pycountry

    out: list[str] = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                out.append(value)
    out += [
        "Russia",
        "Iran",
        "Syria",
        "Turkey",
        "Türkiye",
        "Vietnam",
        "Laos",
        "Moldova",
        "Bolivia",
        "Venezuela",
        "Tanzania",
        "South Korea",
        "North Korea",
        "Korea",
        "Czech Republic",
        "United States",
        "USA",
        "UK",
        "Britain",
        "Great Britain",
        "Palestine",
        "Kosovo",
        "Macedonia",
        "Swaziland",
        "Burma",
        "Ivory Coast",
    ]
    return out


def is_country(word: str) -> bool:
    return word in country_names()


@cache
def _countries_by_first_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name in country_names():
        index.setdefault(name.split()[0], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


_FIRST_WORD = re.compile(r"[\w’'-]+")


@cache
def _first_words() -> re.Pattern[str]:
    """Capitalised words that begin a country name, each a whole word: where a lookup can succeed. Each
    branch opens with its first letter, then checks that no word character comes before it: `re` scans for
    the letters at C speed and enters only the branch of the letter found."""
    words = [w for w in _countries_by_first_word() if _FIRST_WORD.fullmatch(w) and _CAPITAL.match(w)]
    return re.compile(words_not_after(r"\w-", sorted(words, key=len, reverse=True)) + r"(?![\w’'-])")


def _first_word_matches(text: str) -> Iterator[re.Match[str]]:
    r"""What `finditer` gives for `(?<![\w-])(?:word|...)(?![\w’'-])`."""
    return _first_words().finditer(text)


# every Cyrillic letter lies in these blocks (the old letter forms that case-fold into the alphabet too)
CYRILLIC_BLOCKS = re.compile("[\u0400-\u04ff\u1c80-\u1c8f]")
# the bytes that open those letters in UTF-8: U+0400 to U+04FF, and U+1C80 to U+1CBF
CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3", b"\xe1\xb2")


def may_hold(text: str, leads: tuple[bytes, ...]) -> bool:
    """False only when the text holds no character that opens, in UTF-8, with one of `leads` (the first
    bytes of a block's characters, which no other character's UTF-8 form holds): `bytes.find` looks for
    them at C speed, where a regular expression tests each character of the text against the block."""
    if text.isascii():
        return False
    encoded = text.encode("utf-8", "surrogatepass")
    return any(lead in encoded for lead in leads)


@lru_cache(maxsize=2)  # the step's rules read one text in turn (a string keeps its hash)
def has_cyrillic(text: str) -> bool:
    """Whether the text holds a Cyrillic letter: the rules for Russian names are not run over one that has
    none (most), each of which would scan it for its own letters."""
    return may_hold(text, CYRILLIC_LEADS) and CYRILLIC_BLOCKS.search(text) is not None


@lru_cache(maxsize=4)  # the organisations and the places of a document look its text up in turn
def find_countries(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of country names: a dictionary lookup at each capitalised word that begins one."""
    index = _countries_by_first_word()
    spans = []
    for m in _first_word_matches(text):
        start = m.start()
        for name in index[m.group(0)]:
            end = start + len(name)
            if text.startswith(name, start) and not (
                text[end : end + 1].isalnum() or text[end : end + 1] == "-"
            ):
                spans.append((start, end))
                break
    return tuple(spans)


def is_sentence_start(text: str, start: int) -> bool:
    """True when nothing but spaces, markup or a sentence end precedes `start` on its line."""
    before = text[max(0, start - 40) : start].rstrip(' \t*#_-–—•>"“(')
    return not before or before[-1] in "\n.!?:;"


@cache
def cities() -> dict[str, str]:
    """City name -> ISO3 country, for cities of 100,000 or more (derived by scripts/derive_cities.py)."""
    data: dict[str, str] = vocab.load("cities")["cities"]
    return data


@cache
def folded_cities() -> frozenset[str]:
    return frozenset(fold(name) for name in cities())
