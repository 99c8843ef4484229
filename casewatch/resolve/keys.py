"""Name keys shared by persons, organisations and places: transliteration, folding, skeletons."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein


def words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


# articles and joining words: left out of names compared word by word
ARTICLES = words_of("the a an le la les l el los las der die das de du des del of and for on in to at")
NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['’`ʼ]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Transliterated, casefolded words separated by single spaces ("Щербаков" -> "shcherbakov")."""
    ascii_text = _APOSTROPHES.sub("", anyascii(text)).casefold()
    return NON_ALNUM.sub(" ", ascii_text).strip()


# The Arabic article joined to a name by a hyphen, written or left out: Al-Hashimi / Hashimi, El-Sayed
_ARABIC_ARTICLE = re.compile(r"^[ae]l (?=[a-z]{3})")
# Ordered rewrites that fold the usual romanisations of one name onto one spelling.
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"[^a-z]", ""),
        (r"(sk|tsk|ck|zk)(iy|ii|yi|ij|y|i|ie)$", r"\1i"),  # -skii / -sky / -skiy / -ski
        (r"^(y|j|i)e", "e"),  # Ye- / E- initial
        (r"([aeiou])(y|j)e", r"\1e"),  # Sergeyev / Sergeev
        (r"dzh|dj|zh", "j"),  # Zh / J
        (r"kh", "h"),  # Kh / H
        (r"sch|shch", "shh"),
        (r"ph", "f"),
        (r"ck", "k"),
        (r"q", "k"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"ts|tz", "c"),
        # Belarusian endings where Russian writes -ov / -ev / -ova: Kastrau, Kravtsou, Karaneu,
        # Krauchanka-ava (-eau, -iou and other vowel-led endings are left as they are)
        (r"(?<=[^aeiou])[ao]u$", "ov"),
        (r"(?<=[^aeiou])eu$", "ev"),
        (r"(?<=[^aeiou])ava$", "ova"),
        (r"ou", "u"),
        # a long i after a vowel written ee, ei or i (Persian and Arabic): Naeemi / Naeimi / Naimi
        (r"(?<=[aiou])e[ei]", "i"),
        (r"(?<=[bcdfghklmnprstvzj])(yo|io)", "e"),  # ё as yo / io / e: Alyona / Aliona / Alena
        (r"(?<=[hjc])ov(a?)$", r"ev\1"),  # ёв after a hushing consonant: Gorbachov / Gorbachev
        (r"(iy|ij|yj|yi)$", "i"),
        (r"y", "i"),
        (r"(.)\1+", r"\1"),  # double letters
    )
)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-tolerant key of one name word: "Ostrovskii", "Островский" -> "ostrovski".

    The -ev/-ov endings are kept apart on purpose: they distinguish real surnames.
    """
    key = _ARABIC_ARTICLE.sub("", fold(word)).replace(" ", "")
    for pattern, repl in _SKELETON_RULES:
        key = pattern.sub(repl, key)
    return key


# Belarusian writes the unstressed o and e that Russian keeps as a (and e after a consonant as ia), and
# a soft d as dz: Korenev / Karaneu, Seredenko / Siaredzenka
_UNSTRESSED = re.compile(r"ia|ie|io|[aeo]")
_SOFT_D = re.compile(r"dz(?=[aeiou])")


def unstressed(key: str) -> str:
    """A skeleton with its a, e and o made one vowel and dz as d: one surname in Russian and Belarusian."""
    return _UNSTRESSED.sub("a", _SOFT_D.sub("d", key))


def skeletons_agree(sx: str, sy: str) -> bool:
    """Two given-name skeletons of one name: equal, or long and one letter apart (Aleksandr / Aleksander)."""
    return sx == sy or (min(len(sx), len(sy)) >= 6 and Levenshtein.distance(sx, sy) <= 1)


def initial_letters(word: str) -> frozenset[str]:
    """The letters an initial of this given name may be written with ("Yerlan" -> {y, e})."""
    letters = {c for c in (fold(word)[:1], skeleton(word)[:1]) if c}
    return frozenset(letters)


def place_key(name: str) -> str:
    words = [w for w in fold(name).split() if w not in ARTICLES | {"city", "town", "village", "region"}]
    return " ".join(skeleton(w) for w in words)
