"""Person-name keys for resolution: honorifics, titles, patronymics and surname readings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casewatch import vocab
from casewatch.resolve.keys import fold, skeleton, words_of

HONORIFICS = words_of(
    "mr mrs ms miss mx dr prof professor sir dame madam madame mme mlle m monsieur herr frau "
    "senor senora sr sra srta hon excellency his her comrade"
)
MALE = words_of("mr sir monsieur herr senor sr")
FEMALE = words_of("mrs ms miss dame madam madame mme mlle frau senora sra srta")
# titles written before a name ("President X", "Deputy Minister X"): never part of the name itself
TITLES = words_of(
    "president vice deputy prime minister first chairman chairwoman chairperson chair director general "
    "secretary judge justice prosecutor ambassador senator governor mayor commissioner rapporteur special "
    "speaker colonel major captain lieutenant sergeant inspector officer lawyer attorney advocate leader "
    "activist journalist unionist trade union member head of the"
)
PATRONYMIC = re.compile(r"(ovich|evich|ich|ovna|evna|ichna|inichna|uly|ulu|kyzy|qyzy|gizi|oglu|ogly)$")
# endings that mark a word as a surname in many naming traditions (-in/-ina left out: Marina, Madina)
SURNAME_LIKE = re.compile(
    r"(ov|ova|ev|eva|sky|ski|skii|skiy|skaya|ska|enko|uk|yuk|chuk|yan|dze|shvili|uly|"
    r"bayev|bayeva|baev|baeva|ovich|evich|vic|escu|oglu|zade|zadeh)$"
)


@dataclass(frozen=True, slots=True)
class PersonName:
    """One written form of a person's name, parsed: surname readings with their given names."""

    text: str
    words: tuple[str, ...]  # name words, without honorifics, titles, patronymics
    parses: tuple[tuple[str, tuple[str, ...]], ...]  # (surname, given words) best reading first
    gender: str | None = None

    @property
    def surname_only(self) -> bool:
        return len(self.words) == 1

    @property
    def surname(self) -> str:
        return self.parses[0][0] if self.parses else ""


def _raw_words(name: str) -> list[str]:
    name = re.sub(r"\bH\.\s?E\.", " ", name)  # "H.E." (His/Her Excellency), not two initials
    spaced = re.sub(r"([A-Za-zА-Яа-яЁё])\.(?=\S)", r"\1. ", name)
    return [w for w in re.split(r"[\s,]+", spaced) if w.strip(".-")]


# Burmese honorifics: "U Aung Kyaw Min", "Daw Khin Myo" ("U." with its stop is an initial)
_BURMESE = {"U": "m", "Daw": "f"}


def _strip_leading(words: list[str]) -> tuple[list[str], str | None]:
    gender = None
    while words:
        key = fold(words[0]).replace(" ", "")
        if key in HONORIFICS | TITLES:
            gender = gender or ("m" if key in MALE else "f" if key in FEMALE else None)
        elif words[0] in _BURMESE and len(words) > 2:
            gender = gender or _BURMESE[words[0]]
        else:
            break
        words = words[1:]
    return words, gender


def _marked_surname(words: list[str], name: str) -> int | None:
    """Index of a surname marked by capitals ("SMIRNOV Ivan") or a comma ("Smirnov, Ivan")."""
    caps = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper() and w.isalpha()]
    if len(caps) == 1 and len(words) > 1:
        return caps[0]
    if "," in name and len(words) > 1 and name.split(",")[0].strip().endswith(words[0].strip(".")):
        return 0
    return None


_DIGRAPH_INITIAL = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]?h?\.$")


def _word(raw: str) -> str:
    if _DIGRAPH_INITIAL.match(raw) and len(raw) <= 4:
        return skeleton(raw)[:1] or fold(raw)[:1]  # "Ye." / "Zh." are initials too
    return fold(raw).replace(" ", "-") if "-" in raw else fold(raw).replace(" ", "")


@lru_cache(maxsize=1 << 16)
def parse_person(name: str) -> PersonName:
    """Parse a person's name as written into surname readings (both orders when unmarked)."""
    raw = _raw_words(name)
    raw, gender = _strip_leading(raw)
    if raw and len(raw) > 1 and fold(raw[-1]) in {"jr", "sr", "phd", "mp"}:
        raw = raw[:-1]
    marked = _marked_surname(raw, name)
    words = [_word(w) for w in raw]
    patronymics = [i for i, w in enumerate(words) if len(words) > 2 and PATRONYMIC.search(w) and len(w) > 4]
    if patronymics and patronymics[-1] == len(words) - 1 and marked is None:
        marked = 0  # "Surname Given Patronymic"
    keep = [i for i in range(len(words)) if i not in patronymics]
    kept = tuple(words[i] for i in keep)
    if not kept:
        return PersonName(name, (), (), gender)
    if marked is not None and marked in keep:
        pos = keep.index(marked)
        return PersonName(name, kept, ((kept[pos], kept[:pos] + kept[pos + 1 :]),), gender)
    readings = _east_asian(raw, kept) + _readings(kept) + _two_surnames(kept, gender is not None)
    return PersonName(name, kept, tuple(dict.fromkeys(readings)), gender)


# a romanised Chinese or Korean given name of two syllables joined by a hyphen, the second in small
# letters ("Dae-gyu", "Ka-ming"), after a short surname: "Yoon Dae-gyu", "Tom Lam Ka-ming"
_SYLLABLE_PAIR = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,5}$")
_SHORT_SURNAME = re.compile(r"^[A-Z][a-z]{1,4}$")


def _east_asian(raw: list[str], words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Readings of a name written surname first before a hyphenated given name, a Western given name
    in front or not: "Lam Ka-ming" and "Tom Lam Ka-ming" are both surname Lam."""
    if len(raw) != len(words) or len(words) not in (2, 3) or not _SYLLABLE_PAIR.match(raw[-1]):
        return ()
    if not _SHORT_SURNAME.match(raw[-2]):
        return ()
    surname, given = words[-2], words[-1]
    return ((surname, (given,)),) if len(words) == 2 else ((surname, (given,)), (surname, (words[0], given)))


def _readings(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    western = (words[-1], words[:-1])
    if len(words) == 1 or len(words[0]) == 1:
        return (western,)
    eastern = (words[0], words[1:])
    # "Petrosyanova Anna": a surname-like first word and a plain last word read surname-first
    if SURNAME_LIKE.search(words[0]) and not SURNAME_LIKE.search(words[-1]):
        return (eastern, western)
    return (western, eastern)


def _two_surnames(words: tuple[str, ...], honoured: bool) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Readings of a name ending in two surnames ("Ana María Quispe Huamán"): the first of them
    alone ("Ana Quispe") and both as one ("Sra. Quispe Huamán"). Read when the word before the
    last is no known given name (or a surname all the same: one of Spanish -ez, or after two given
    names, "José Luis García Pérez"), and for two words only behind an honorific."""
    if len(words) < (2 if honoured else 3) or len(words[-2]) == 1:
        return ()
    if words[-2] in _given_words() and not _surname_all_the_same(words):
        return ()
    both = (f"{words[-2]} {words[-1]}", words[:-2])
    return (both,) if len(words) == 2 else ((words[-2], words[:-2]), both)


def _surname_all_the_same(words: tuple[str, ...]) -> bool:
    """A word before the last that is a given name too, read as a surname: a Spanish patronymic in -ez
    ("Pérez", "López"), or the third of four words after two given names ("José Luis García Pérez")."""
    patronymic = len(words[-2]) > 3 and words[-2].endswith("ez")
    return patronymic or (len(words) == 4 and all(w in _given_words() for w in words[:2]))


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    """Known given names, folded as name words are."""
    return frozenset(fold(n).replace(" ", "") for n in vocab.load("given_names")["names"])


@lru_cache(maxsize=1)
def _variant_groups() -> dict[str, int]:
    """Each spelling of a given name that several romanisations write differently -> its group."""
    groups = vocab.load("given_name_variants")["groups"]
    return {skeleton(spelling): n for n, group in enumerate(groups) for spelling in group}


def given_variants(x: str, y: str) -> bool:
    """Two spellings of one given name in different romanisations ("Muhammad" / "Mohammed")."""
    groups = _variant_groups()
    found = groups.get(skeleton(x))
    return found is not None and found == groups.get(skeleton(y))


_FOLDED_SYLLABLE_PAIR = re.compile(r"^[a-z]{1,4}-[a-z]{2,5}$")


def english_beside_chinese(x: str, y: str) -> bool:
    """A known given name and a hyphenated pair of syllables: the English and the Chinese given names
    one person in Hong Kong or Taiwan bears ("Tom Lam" / "Lam Ka-ming"), not two given names."""
    for western, syllables in ((x, y), (y, x)):
        if _FOLDED_SYLLABLE_PAIR.match(syllables) and "-" not in western and western in _given_words():
            return True
    return False


def looks_like_surname(word: str) -> bool:
    return bool(SURNAME_LIKE.search(word))
