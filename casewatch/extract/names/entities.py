"""Group one document's name mentions into document-local entities (one actor, every surface form)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from anyascii import anyascii

from casewatch.extract.names.common import (
    Found,
    country_adjectives,
    country_names,
    fold,
    has_cyrillic,
    honorific_regex,
    strip_possessive,
)
from casewatch.extract.names.org_companies import without_legal_form
from casewatch.extract.names.org_words import word_sets
from casewatch.model import Entity, EntityType, Mention

_PREFIX = {"person": "p", "organization": "o", "place": "l"}
_TYPES = {t.value: t for t in EntityType}  # a look-up, where calling the enum costs a call per entity
_BODY_PREFIX = re.compile(r"^(?:the |ilo s |ilo |un |united nations )")
_HEADED_BY_NAME = re.compile(r"(\w+(?: \w+)?) (ministry|office|court)")


@dataclass
class _Cluster:
    """A growing entity while mentions are grouped (local to one call, never shared)."""

    label: str
    key: str
    forms: list[str] = field(default_factory=list)
    # each name once, in order of first use: a name said again adds nothing to the tests made on them
    names: dict[str, None] = field(default_factory=dict)
    acronyms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    canonical: str | None = None
    board: bool = True
    keys: set[str] = field(default_factory=set)  # organisation keys, folded place names
    last_end: int = 0  # where its latest mention ends

    def entity(self, cyrillic: bool = True) -> Entity:
        """The entity; a document without Cyrillic letters (`cyrillic` False) has no form to transliterate."""
        name = self.canonical or max(self.names or self.forms, key=lambda n: (len(n.split()), len(n)))
        name = " ".join(name.split())  # a name broken over two lines reads as one
        # each form once (a name said again adds no alias): the first uses keep their order
        forms = [" ".join(f.split()) for f in dict.fromkeys(self.forms)]
        forms += [latin for f in forms if (latin := _latin(f))] if cyrillic else []
        if self.label == "organization":  # "Lácteos Sur, S.A." is also "Lácteos Sur"
            forms += [stem for f in forms if (stem := without_legal_form(f))]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        return Entity(
            key=self.key,
            type=_TYPES[self.label],
            name=name,
            aliases=aliases,
            acronyms=tuple(dict.fromkeys(self.acronyms)),
            roles=tuple(dict.fromkeys(self.roles)),
            board=self.board,
        )


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _latin(form: str) -> str | None:
    """A Cyrillic name's Latin transliteration, an alias that resolution can match ('Oleg Vetrov')."""
    return anyascii(form).replace("<<", '"').replace(">>", '"') if _CYRILLIC.search(form) else None


@lru_cache(maxsize=4096)  # every mention of a person is bared on joining its entity, most of them again
def bare_person_name(text: str) -> str:
    """A person's name without honorific, possessive or trailing degree."""
    text = honorific_regex("^(?:", r"[ \t]+)+").sub("", text.strip())  # stacked: "Samdech Techo X"
    return strip_possessive(text)


@lru_cache(maxsize=4096)
def _person_tokens(name: str) -> tuple[set[str], set[str]]:
    """Full-word tokens and initials of a person's name."""
    words = fold(bare_person_name(name)).split()
    initials = {w for w in words if len(w) == 1}
    return {w for w in words if len(w) > 1}, initials


@lru_cache(maxsize=4096)
def _repeated_words(name: str) -> frozenset[str]:
    words = fold(bare_person_name(name)).split()
    return frozenset(w for w in words if len(w) > 1 and words.count(w) > 1)


def persons_compatible(a: str, b: str) -> bool:
    """Same person: one name's words are within the other's and initials agree ('J. Doe' ~ 'Jane Doe');
    a word said twice ('Kyaw Kyaw') is not within a name that says it once ('Kyaw Win')."""
    (wa, ia), (wb, ib) = _person_tokens(a), _person_tokens(b)
    if not wa or not wb or not (wa <= wb or wb <= wa):
        return False
    if _repeated_words(a) != _repeated_words(b):
        return False
    short_i, long_w, long_i = (ia, wb, ib) if len(wa) <= len(wb) else (ib, wa, ia)
    return all(i in long_i or any(w.startswith(i) for w in long_w) for i in short_i)


@cache
def _country_tail() -> re.Pattern[str]:
    names = sorted({fold(c) for c in country_names()}, key=len, reverse=True)
    return re.compile(r" of (?:the )?(?:republic of )?(?:" + "|".join(re.escape(n) for n in names) + ")$")


@cache
def _country_head() -> re.Pattern[str]:
    words = sorted({fold(c) for c in country_names() | country_adjectives()}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words if w) + r")s? (?=\w+)")


@lru_cache(maxsize=65536)
def org_key(name: str) -> str:
    """Normalised organisation name: no article, no 'of <Country>' tail; 'X Ministry' -> 'ministry of x'."""
    bare = _BODY_PREFIX.sub("", fold(name))
    key = _country_tail().sub("", bare)
    key = bare if " " not in key else key  # 'Government of X': the country is all that tells it apart
    # 'Malawian Teachers Union' is the union's name; 'Malawian police' keeps its country: one office of
    # each country ('the police' still joins the one country's police named, see _one_country)
    headless = _country_head().sub("", key) if " " in key else key
    key = headless if " " in headless else key
    m = _HEADED_BY_NAME.fullmatch(key)
    return f"{m.group(2)} of {m.group(1)}" if m else key


def _org_key_matches(key: str, keys: set[str]) -> bool:
    if key in keys:
        return True
    return _one_country(key, keys) or any(_prefix_of(key, k) or _prefix_of(k, key) for k in keys)


@lru_cache(maxsize=65536)  # every mention of an organisation is weighed against each entity's keys
def _without_country_head(key: str) -> str:
    return _country_head().sub("", key)


def _one_country(key: str, keys: set[str]) -> bool:
    """ "the police" and "Malawian police" are one office; "Malawian police" and "Zambian police" are two."""
    office = _without_country_head(key)
    if " " in office:
        return False
    offices = {k for k in keys if _without_country_head(k) == office}
    return bool(offices) and (office == key or offices == {office})


def _prefix_of(short: str, long_: str) -> bool:
    """'committee of experts' within 'committee of experts on the application of ...'."""
    if not (long_.startswith(short) and long_.startswith(" ", len(short)) and short.count(" ") >= 2):
        return False
    return not _another_body(long_[len(short) + 1 :])


@cache
def _folded_heads() -> frozenset[str]:
    return frozenset(fold(h) for h in word_sets()["heads"])


def _another_body(rest: str) -> bool:
    """'arden cement works' + 'permanent workers union': words that go on to a head of their own without a
    complement's connector name another body (the union of a company's workers), not the same one."""
    words = rest.split()
    return words[0] not in word_sets()["connectors"] and any(w in _folded_heads() for w in words)


def _match(cluster: _Cluster, found: Found) -> bool:
    if found.label != cluster.label:
        return False
    if found.label == "person":
        # a name in another case meets its nominative: "Александру Шендрику" is "Александра Шендрика"'s man
        if found.canonical and found.canonical in (cluster.canonical, *cluster.names):
            return True
        return all(persons_compatible(found.text, form) for form in cluster.names)
    if found.label == "place":
        return fold(found.text) in cluster.keys
    if found.canonical and found.canonical == cluster.canonical:
        return True
    if any(a in cluster.acronyms for a in found.acronyms) or found.text in cluster.acronyms:
        return True
    if found.acronyms and cluster.acronyms and not found.canonical:
        return False  # 'Union of Miners (UM)' and 'Union of Miners of the North (UMN)': two unions
    if found.acronyms == (found.text,) and not cluster.acronyms:
        return any(_spelled_by(found.text, name) for name in cluster.names)
    if not found.acronyms and not cluster.names:  # the acronym first: a headline's 'ALC', then the name
        return any(_spelled_by(acronym, found.text) for acronym in cluster.acronyms)
    # one court named in full per cluster: 'the Supreme Court of Valdor' is not 'the District Court of Valdor'
    full = found.text[:1].isupper()
    if (not full or all(n[:1].islower() for n in cluster.names)) and any(
        _same_court(found.text, name) for name in cluster.names
    ):
        return True
    return _org_key_matches(org_key(found.text), cluster.keys)


_COURT_PLACE = re.compile(r"\b(?:[Cc]ourt|[Tt]ribunal)\b.*?\b(?:in|of)\s+(?:the\s+)?([A-Z][\w’'-]+)")
_COURT_IN = re.compile(r"(?:[a-z-]+\s+)?(?:court|tribunal)\s+in\s")


def _same_court(a: str, b: str) -> bool:
    """'a court in Valdor' and 'the Central District Court of Valdor': a court named by its place in lower
    case is the court of that place the page names in full (two courts named in full stay two)."""
    if a[:1].isupper() == b[:1].isupper():
        return False
    # the lower-case one says only where the court sits ('a court in Valdor'); 'the specialized economic
    # court of Valdor' names one court of several there
    if not _COURT_IN.match(b if a[:1].isupper() else a):
        return False
    place_a, place_b = _COURT_PLACE.search(a), _COURT_PLACE.search(b)
    return bool(place_a and place_b and place_a.group(1) == place_b.group(1))


@cache
def _skipped_words() -> frozenset[str]:
    from casewatch import vocab

    return frozenset(vocab.load("org_heads")["acronym_skipped_words"])


_INITIAL_WORDS = re.compile(r"(?:^|(?<=[\s'’-]))[^\W\d_]+")


@lru_cache(maxsize=4096)
def _spelled_by(acronym: str, name: str) -> bool:
    """'ALC' after 'Arden Labour Congress' with no bracket between: an acronym the initials of a name
    the document wrote spell is that name's, though the document never defined it."""
    words = [w for w in _INITIAL_WORDS.findall(name) if w.casefold() not in _skipped_words()]
    return len(words) >= 2 and "".join(w[0] for w in words).casefold() == acronym.casefold()


def _add(cluster: _Cluster, found: Found) -> None:
    surface = found.text
    cluster.forms.append(bare_person_name(surface) if found.label == "person" else surface)
    if found.label == "person":
        cluster.forms.append(surface)
        cluster.names[bare_person_name(surface)] = None
    elif surface not in found.acronyms:
        cluster.names[surface] = None
        cluster.keys.add(org_key(surface) if found.label == "organization" else fold(surface))
        if found.canonical and found.label == "organization":  # a name in another case meets its nominative
            cluster.keys.add(org_key(found.canonical))
    cluster.acronyms.extend(found.acronyms)
    cluster.roles.extend([found.role] if found.role else [])
    cluster.canonical = cluster.canonical or found.canonical
    cluster.board = cluster.board and found.board


# "the Port Union and the Port Union of the South": two bodies named side by side are two
_SIDE_BY_SIDE = re.compile(
    r"[ \t\u00a0]*(?:,|and|et|y|e|и|&)[ \t\u00a0]+(?:(?:the|la|le|el|l[’'])[ \t\u00a0]*)?"
)


def _side_by_side(cluster: _Cluster, found: Found, text: str) -> bool:
    """One name extends the other right after it ('Justice Ministry', 'Ministry of Justice': one key)."""
    return (
        found.label == "organization"
        and org_key(found.text) not in cluster.keys
        and found.text not in cluster.acronyms  # 'the Federation of ..., FPR,': its acronym, set off
        and _SIDE_BY_SIDE.fullmatch(text, cluster.last_end, found.start) is not None
    )


def group(found: Sequence[Found], text: str = "") -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Mentions with entity keys, and the entities in order of first mention."""
    clusters: list[_Cluster] = []
    of_label: dict[str, list[_Cluster]] = {label: [] for label in _PREFIX}  # a name only joins its own label
    counters = dict.fromkeys(_PREFIX, 0)
    mentions = []
    same_surface: dict[tuple[str, str, str | None], _Cluster] = {}
    for f in sorted(found, key=lambda f: f.start):
        # a surface form already placed goes to the same entity: most mentions repeat one
        surface = (f.label, f.text, f.canonical)
        same = of_label[f.label]
        candidates = (
            [same_surface[surface]]
            if surface in same_surface
            else [c for c in same if _match(c, f) and not _side_by_side(c, f, text)]
        )
        if len(candidates) == 1:  # most names: no other entity to weigh it against
            cluster = candidates[0]
        elif candidates:
            cluster = max(candidates, key=lambda c: _overlap(c, f))
        else:
            counters[f.label] += 1
            cluster = _Cluster(f.label, f"{_PREFIX[f.label]}{counters[f.label]}")
            clusters.append(cluster)
            of_label[f.label].append(cluster)
        _add(cluster, f)
        cluster.last_end = f.end
        same_surface[surface] = cluster
        mentions.append(Mention(f.label, f.text, f.start, f.end, cluster.key))
    cyrillic = not text or has_cyrillic(text)  # the names are the text's words (composed, unwrapped)
    return tuple(mentions), tuple(c.entity(cyrillic) for c in clusters)


def _overlap(cluster: _Cluster, found: Found) -> tuple[int, int]:
    words = set(fold(found.text).split())
    best = max((len(words & set(fold(n).split())) for n in cluster.names), default=0)
    return best, int(cluster.key[1:])
