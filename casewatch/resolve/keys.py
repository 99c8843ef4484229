"""Name keys for resolution: transliteration, honorifics, person-name parses, skeletons, org keys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from casewatch import vocab


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words(
    "mr mrs ms miss mx dr prof professor sir dame madam madame mme mlle m monsieur herr frau "
    "senor senora sr sra srta hon excellency his her comrade"
)
MALE = _words("mr sir monsieur herr senor sr")
FEMALE = _words("mrs ms miss dame madam madame mme mlle frau senora sra srta")
# generic organisation words: a name made of one of them alone is never a distinctive short form
GENERIC_ORG_WORDS = _words(
    "ministry government union court committee council commission office organization federation "
    "confederation congress association party agency parliament police department service bank company "
    "international national trade labor worker employee independent free general central state public "
    "republic people global world regional district city supreme economic administrative"
)
# head nouns that make a word sequence a body of its own
BODY_HEADS = _words(
    "ministry union court tribunal committee council commission office organization federation confederation "
    "congress association party agency parliament department service bank company institute chamber"
)
# words a union's name varies on from one translation to another ("Workers' Union of the X Sector",
# "Sectoral Trade Union of X Complex Employees"): what is left names its members' trade
MEMBERSHIP_WORDS = _words(
    "union trade worker employee staff personnel sector sectoral industrial industry branch complex "
    "professional profession"
)
# titles written before a name ("President X", "Deputy Minister X"): never part of the name itself
TITLES = _words(
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
ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "le",
        "la",
        "les",
        "l",
        "el",
        "los",
        "las",
        "der",
        "die",
        "das",
        "de",
        "du",
        "des",
        "del",
        "of",
        "and",
        "for",
        "on",
        "in",
        "to",
        "at",
    ]
)
SPELLINGS = {
    "organisation": "organization",
    "labour": "labor",
    "centre": "center",
    "defence": "defense",
    "programme": "program",
    "favour": "favor",
}
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = re.compile(r"['’`ʼ]")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Transliterated, casefolded words separated by single spaces ("Щербаков" -> "shcherbakov")."""
    ascii_text = _APOSTROPHES.sub("", anyascii(text)).casefold()
    return _NON_ALNUM.sub(" ", ascii_text).strip()


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
        (r"ou", "u"),
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


def skeletons_agree(sx: str, sy: str) -> bool:
    """Two given-name skeletons of one name: equal, or long and one letter apart (Aleksandr / Aleksander)."""
    return sx == sy or (min(len(sx), len(sy)) >= 6 and Levenshtein.distance(sx, sy) <= 1)


def initial_letters(word: str) -> frozenset[str]:
    """The letters an initial of this given name may be written with ("Yerlan" -> {y, e})."""
    letters = {c for c in (fold(word)[:1], skeleton(word)[:1]) if c}
    return frozenset(letters)


@dataclass(frozen=True)
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
    return PersonName(name, kept, _readings(kept) + _two_surnames(kept, gender is not None), gender)


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
    last is no known given name, and for two words only behind an honorific."""
    if len(words) < (2 if honoured else 3) or len(words[-2]) == 1 or words[-2] in _given_words():
        return ()
    both = (f"{words[-2]} {words[-1]}", words[:-2])
    return (both,) if len(words) == 2 else ((words[-2], words[:-2]), both)


@lru_cache(maxsize=1)
def _given_words() -> frozenset[str]:
    """Known given names, folded as name words are."""
    return frozenset(fold(n).replace(" ", "") for n in vocab.load("given_names")["names"])


def looks_like_surname(word: str) -> bool:
    return bool(SURNAME_LIKE.search(word))


# ---- organisations ------------------------------------------------------------------------

_ACRONYM = re.compile(r"^[A-ZА-ЯЁ0-9][A-Za-zА-Яа-яЁё0-9&.\-]{1,11}$")


def is_acronym(text: str) -> bool:
    """A short all-capitals token ("ILO", "ITUC", "ФНПР"); a mixed-case brand ("IndustriALL") is not one."""
    compact = text.strip()
    letters = [c for c in compact if c.isalpha()]
    return (
        bool(_ACRONYM.match(compact))
        and len(letters) >= 2
        and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
    )


def acronym_key(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", anyascii(text).upper())


def _org_word(word: str) -> str:
    word = SPELLINGS.get(word, word)
    word = re.sub(r"isation$", "ization", word)
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _country_key(name: str) -> str:
    return re.sub(r"^the ", "", fold(name))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded country names -> ISO3: the project's vocabulary when present, else pycountry's names."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[_country_key(value)] = country.alpha_3
                names.setdefault(_country_key(value.split(",")[0]), country.alpha_3)
    try:
        table = vocab.load("countries")
    except (FileNotFoundError, ValueError):
        return names
    for code, entry in table.items():
        for value in entry.get("names", []):
            names[_country_key(value)] = code
    return names


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO3 code when the whole text names a country ("the Republic of Moldova" -> "MDA")."""
    if any(c.isdigit() for c in text):
        return None
    return _country_names().get(_country_key(text))


@dataclass(frozen=True)
class OrgName:
    """An organisation's name reduced for comparison: content words in order, and its country."""

    text: str
    words: tuple[str, ...]
    country: str | None = None
    qualifier: str | None = None  # a leading acronym naming the body it belongs to ("TUC General Council")

    @property
    def key(self) -> str:
        """Word order does not matter: "Justice Ministry" == "Ministry of Justice"."""
        return " ".join(sorted(self.words))

    @property
    def trade(self) -> str:
        """A union's trade without the words translations vary on ("energy fuel"); "" if not a union
        or if nothing distinctive is left."""
        words = set(self.words)
        if "union" not in words or words & BODY_HEADS != {"union"}:
            return ""
        rest = words - MEMBERSHIP_WORDS
        return " ".join(sorted(rest)) if rest - GENERIC_ORG_WORDS else ""


@lru_cache(maxsize=1)
def _org_words() -> dict[str, str]:
    return dict(vocab.load("org_words")["words"])


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return ARTICLES | frozenset(vocab.load("org_words")["joining"])


def _in_english(word: str) -> list[str]:
    """A French, Spanish or Portuguese word of a name as its English word(s): one union's name in
    two languages ("Sindicato Nacional de Trabajadores" / "National Workers' Union") reads alike."""
    return _org_words().get(word, word).split()


_OF_A_COUNTRY = frozenset({"of", "in", "de", "del", "du", "des", "da", "do"})


def _split_country(words: list[str]) -> tuple[list[str], str | None]:
    """ "Teachers Union of Malawi", "Malawian Teachers' Union", "Malawi Teachers Union": the
    country set apart from the name, however the name carries it."""
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _OF_A_COUNTRY:
            code = country_code(" ".join(words[i + 1 :]))
            if code:
                return words[:i], code
    for n in (2, 1):  # "South African ...", "Malawian ..."; two words at least are left to name the body
        if len(words) >= n + 2:
            lead = " ".join(words[:n])
            code = country_code(lead) or _country_adjectives().get(_country_key(lead))
            if code:
                return words[n:], code
    return words, None


@lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, str]:
    """Folded country adjectives -> ISO3 ("malawian" -> "MWI")."""
    try:
        table = vocab.load("countries")
    except (FileNotFoundError, ValueError):
        return {}
    return {_country_key(a): code for code, entry in table.items() for a in entry.get("adjectives", [])}


@lru_cache(maxsize=1 << 16)
def parse_org(name: str) -> OrgName:
    """Normalise an organisation name: articles, spelling, plurals and "of <Country>" set apart."""
    raw = [w for w in re.split(r"[\s,/]+", anyascii(name).replace("&", " and ")) if w]
    raw, country = _split_country(raw)
    words = [w for w in (_NON_ALNUM.sub(" ", fold(w)).replace(" ", "") for w in raw) if w]
    qualifiers = [i for i, w in enumerate(raw) if is_acronym(w)]
    content = [_org_word(e) for w in words if w not in _joining() for e in _in_english(w)]
    # "ILO Committee of Experts": a leading acronym qualifies the name, it is not part of it
    qualifier = None
    if qualifiers and qualifiers[0] == 0 and len(content) > 2:
        content, qualifier = content[1:], raw[0].upper()
    return OrgName(name, tuple(content), country, qualifier)


def initials(name: str) -> frozenset[str]:
    """Acronyms an organisation name may be abbreviated to, with and without its country."""
    raw = [w for w in re.split(r"[\s,/\-]+", anyascii(name).replace("&", " and ")) if w]
    without, _country = _split_country(raw)
    out = set()
    for words in (raw, without):
        letters = "".join(w[0] for w in words if w.casefold() not in ARTICLES and w[0].isalnum())
        if len(letters) >= 2:
            out.add(letters.upper())
    return frozenset(out)


def place_key(name: str) -> str:
    words = [w for w in fold(name).split() if w not in ARTICLES | {"city", "town", "village", "region"}]
    return " ".join(skeleton(w) for w in words)
