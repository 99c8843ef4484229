"""Organisation-name keys for resolution: content words in English, acronyms, the country set apart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from anyascii import anyascii

from casewatch import vocab
from casewatch.resolve.keys import ARTICLES, NON_ALNUM, fold, words_of

# generic organisation words: a name made of one of them alone is never a distinctive short form
GENERIC_ORG_WORDS = words_of(
    "ministry government union court committee council commission office organization federation "
    "confederation congress association party agency parliament police department service bank company "
    "international national trade labor worker employee independent free general central state public "
    "republic people global world regional district city supreme economic administrative"
)
# head nouns that make a word sequence a body of its own
BODY_HEADS = words_of(
    "ministry union court tribunal committee council commission office organization federation confederation "
    "congress association party agency parliament department service bank company institute chamber"
)
# words a union's name varies on from one translation to another ("Workers' Union of the X Sector",
# "Sectoral Trade Union of X Complex Employees"): what is left names its members' trade
MEMBERSHIP_WORDS = words_of(
    "union trade worker employee staff personnel sector sectoral industrial industry branch complex "
    "professional profession"
)

# British spellings compared as American ones
SPELLINGS = {
    "organisation": "organization",
    "labour": "labor",
    "centre": "center",
    "defence": "defense",
    "programme": "program",
    "favour": "favor",
}
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


@dataclass(frozen=True, slots=True)
class OrgName:
    """An organisation's name reduced for comparison: content words in order, and its country."""

    text: str
    words: tuple[str, ...]
    country: str | None = None
    qualifier: str | None = None  # a leading acronym naming the body it belongs to ("TUC General Council")

    @property
    def key(self) -> str:
        """Word order does not matter: "Justice Ministry" == "Ministry of Justice"; nor does "trade"
        beside "union", which translations keep or drop ("Congress of Democratic Trade Unions" /
        "Congrès des syndicats démocratiques")."""
        words = self.words
        if "union" in words:
            words = tuple(w for w in words if w != "trade")
        return " ".join(sorted(words))

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
    words = _org_words()
    # a plural translated as its singular ("démocratiques" as "démocratique")
    return (words.get(word) or words.get(_org_word(word)) or word).split()


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


# an article elided onto the next word ("de l'Administration", "dell'Industria", "d'Algérie"): the word is
# the name's, the article is not (and its letter is no initial of the acronym)
_ELIDED_ARTICLE = re.compile(r"^(?:[LlDd]|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull|[Qq]u)['’](?=\w)")


def _name_words(name: str, separators: str) -> list[str]:
    words = re.split(separators, anyascii(name).replace("&", " and "))
    return [w for w in (_ELIDED_ARTICLE.sub("", w) for w in words) if w]


@lru_cache(maxsize=1 << 16)
def parse_org(name: str) -> OrgName:
    """Normalise an organisation name: articles, spelling, plurals and "of <Country>" set apart."""
    raw = _name_words(name, r"[\s,/]+")
    raw, country = _split_country(raw)
    words = [w for w in (NON_ALNUM.sub(" ", fold(w)).replace(" ", "") for w in raw) if w]
    qualifiers = [i for i, w in enumerate(raw) if is_acronym(w)]
    content = [_org_word(e) for w in words if w not in _joining() for e in _in_english(w)]
    # "ILO Committee of Experts": a leading acronym qualifies the name, it is not part of it
    qualifier = None
    if qualifiers and qualifiers[0] == 0 and len(content) > 2:
        content, qualifier = content[1:], raw[0].upper()
    return OrgName(name, tuple(content), country, qualifier)


def initials(name: str) -> frozenset[str]:
    """Acronyms an organisation name may be abbreviated to, with and without its country."""
    raw = _name_words(name, r"[\s,/\-]+")
    without, _country = _split_country(raw)
    out = set()
    for words in (raw, without):
        letters = "".join(w[0] for w in words if w.casefold() not in ARTICLES and w[0].isalnum())
        if len(letters) >= 2:
            out.add(letters.upper())
    return frozenset(out)
