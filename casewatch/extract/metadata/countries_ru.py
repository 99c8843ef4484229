"""Countries named in Russian: names and adjectives inflect ("в России", "российские власти")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import cities

# the letters of Russian, and those Ukrainian and Belarusian add ("в Україні", "у Беларусі")
_CYRILLIC_WORD = re.compile(r"^[А-ЯЁІЇЄҐЎ][а-яёіїєґў']+$")
_ENDING = re.compile(r"[аяьйоеиіїє]$")
_INFLECTION = r"[а-яёіїєґў]{0,4}"


@cache
def _stems() -> dict[str, str]:
    """Stem -> ISO3: one-word Cyrillic names without their final vowel, and the adjective stems."""
    stems: dict[str, str] = {}
    for code, entry in vocab.load("countries").items():
        for name in entry["names"]:
            stem = _ENDING.sub("", name) if _CYRILLIC_WORD.match(name) else ""
            if len(stem) >= 4:
                stems.setdefault(stem, code)
        for stem in entry.get("stems_ru", []):
            stems.setdefault(stem, code)
    return stems


@cache
def _pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(s) for s in sorted(_stems(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternation}){_INFLECTION}(?![\w-])")


_CYRILLIC = re.compile(r"[а-яё]")


def cyrillic_country_counts(text: str) -> Counter[str]:
    """How often each country is named in Russian in `text`, in any case form."""
    if not _CYRILLIC.search(text):
        return Counter()
    stems = _stems()
    return Counter(stems[m.group(1)] for m in _pattern().finditer(text))


# A city's adjective says where in Russian: "псковский завод", "петербургского суда", "Калужской прокуратуры".
# Its stem from the city's name: the final vowel or soft sign off, "-га" to "-ж" (Калуга, калужский),
# "-ва" to "-ов" (Москва, московский), then "-ск" unless the name ends so (Омск, омский); a soft sign
# stays or goes (Гомель, гомельский; Казань, казанский)
_ADJECTIVE_ENDING = r"(?:ий|ый|ой|ая|ое|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|их|ых|им|ым|ими|ыми)"
_NOUN_CITY = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*")
_ADJECTIVE_NAME = re.compile(r"(?:ий|ый|ой|ая|ое)$")


def _adjective_stems(name: str) -> set[str]:
    stem = name.lower()
    if stem.endswith("га"):
        return {stem[:-2] + "жск"}
    if stem.endswith("ва"):
        return {stem[:-2] + "овск"}
    kept = {stem} if stem.endswith("ь") else set()
    return {s if s.endswith("ск") else s + "ск" for s in {_ENDING.sub("", stem), *kept}}


@cache
def _city_adjectives() -> tuple[dict[str, str], re.Pattern[str]]:
    stems: dict[str, str] = {}
    for name, code in cities().items():
        if _NOUN_CITY.fullmatch(name) and not _ADJECTIVE_NAME.search(name) and len(name) >= 4:
            for stem in _adjective_stems(name):
                stems.setdefault(stem, code)
    alternation = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])({alternation}){_ADJECTIVE_ENDING}(?![\w-])", re.I)
    return stems, pattern


def city_adjective_countries(text: str) -> Counter[str]:
    """Countries of the cities `text` names by their adjective, in Russian."""
    if not _CYRILLIC.search(text):
        return Counter()
    stems, pattern = _city_adjectives()
    return Counter(stems[m.group(1).lower()] for m in pattern.finditer(text))
