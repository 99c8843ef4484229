"""What resolution knows of one record (parsed names, acronyms, role kinds) and of the whole collection."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from casewatch.model import EntityRecord, EntityType
from casewatch.resolve.keys import fold, initial_letters, place_key, skeleton, skeletons_agree
from casewatch.resolve.org_keys import (
    GENERIC_ORG_WORDS,
    OrgName,
    acronym_key,
    country_code,
    initials,
    is_acronym,
    parse_org,
)
from casewatch.resolve.person_keys import PersonName, parse_person

_GOVERNMENT = re.compile(
    r"minist|government|prosecut|judge|court|governor|mayor|akim|police|official|ambassador|"
    r"head of state|president of the republic|prime|inspector|investigator|security service|deputy of"
)
_UNION = re.compile(r"union|worker|activist|labou?r leader|organi[sz]er|strike|confederation|federation")


def role_kinds(roles: Iterable[str]) -> frozenset[str]:
    """Broad kinds of the roles held: "government", "union" (a role may be neither)."""
    kinds = set()
    for role in roles:
        text = fold(role)
        if _GOVERNMENT.search(text):
            kinds.add("government")
        if _UNION.search(text):
            kinds.add("union")
    return frozenset(kinds)


@dataclass(frozen=True, slots=True)
class Profile:
    """A record with its names parsed once."""

    record: EntityRecord
    persons: tuple[PersonName, ...] = ()
    orgs: tuple[OrgName, ...] = ()
    acronyms: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()  # acronyms the names' initials spell
    places: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()

    @property
    def full(self) -> PersonName:
        """The fullest written form of a person's name: the one that says the most."""
        return max(self.persons, key=lambda p: (len(p.words), len(p.text), p.text))

    @property
    def gender(self) -> str | None:
        return next((p.gender for p in self.persons if p.gender), None)

    @property
    def given_name(self) -> str | None:
        parses = self.full.parses if self.persons else ()
        return parses[0][1][0] if parses and parses[0][1] else None


def _forms(record: EntityRecord) -> list[str]:
    return list(dict.fromkeys(f for f in (record.name, *record.aliases) if f.strip()))


def profile(record: EntityRecord) -> Profile:
    forms = _forms(record)
    kinds = role_kinds(record.roles)
    if record.type is EntityType.PERSON:
        persons = tuple(p for p in map(parse_person, forms) if p.words)
        return Profile(record, persons=persons, kinds=kinds)
    if record.type is EntityType.ORGANIZATION:
        names = [f for f in forms if not is_acronym(f)]
        acronyms = {acronym_key(a) for a in (*record.acronyms, *(f for f in forms if is_acronym(f)))}
        orgs = tuple(o for o in map(parse_org, names) if o.words)
        derived = frozenset(x for n in names for x in initials(n))
        return Profile(record, orgs=orgs, acronyms=frozenset(acronyms - {""}), derived=derived, kinds=kinds)
    # a country is one place however it is styled ("Kazakhstan", "the Republic of Kazakhstan")
    countries = {f"iso:{code}" for code in map(country_code, forms) if code}
    return Profile(record, places=frozenset(k for k in map(place_key, forms) if k) | countries, kinds=kinds)


def prefixes(org: OrgName) -> list[tuple[str, ...]]:
    """Leading word sequences a short form of this name may be written as."""
    out = [org.words[:k] for k in range(2, len(org.words))]
    if len(org.words) > 1 and org.words[0] not in GENERIC_ORG_WORDS and len(org.words[0]) >= 5:
        out.append(org.words[:1])
    return out


def _mostly_agree(a: set[str], b: set[str]) -> bool:
    """Half the words of both names or more are shared (the bar `judge` holds names alike by)."""
    return len(a & b) >= 0.5 * len(a | b)


def given_key(word: str) -> str:
    return f"initial:{word}" if len(word) == 1 else skeleton(word)


@dataclass
class Population:
    """Facts about the whole collection that a pairwise judgement needs (built once, then read)."""

    given_by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    genders_by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    acronym_owners: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    extensions: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    countries_by_name: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, profiles: Iterable[Profile]) -> Population:
        pop = cls()
        for prof in profiles:
            pop.add(prof)
        return pop

    def add(self, prof: Profile) -> None:
        if prof.persons:
            for surname, given in prof.full.parses:
                if given:
                    self.given_by_surname[skeleton(surname)].add(given_key(given[0]))
            if prof.gender and prof.full.parses:
                self.genders_by_surname[skeleton(prof.full.surname)].add(prof.gender)
        for acronym in prof.acronyms if prof.orgs else ():
            self.acronym_owners[acronym].update(o.key for o in prof.orgs)
        for org in prof.orgs:
            if org.country:
                self.countries_by_name[org.key].add(org.country)
            for prefix in prefixes(org):
                self.extensions[prefix].add(org.key)

    def owners(self, acronym: str) -> set[str]:
        """The different names an acronym is defined for; a name within another's words
        ("Confederation" and "Confederation of Free Unions") is the same owner, and so are names
        that mostly agree ("National Union of Public Personnel" / "... of Public Professionals"): the
        same acronym and similar names are one body to a judgement too."""
        keys = self.acronym_owners.get(acronym, set())
        words = {key: set(key.split()) for key in keys}
        widest = sorted(k for k in keys if not any(words[k] < words[other] for other in keys))
        distinct: list[str] = []
        for key in widest:
            if not any(_mostly_agree(words[key], words[other]) for other in distinct):
                distinct.append(key)
        return set(distinct)

    def countries_of(self, org: OrgName) -> set[str]:
        """The countries whose bodies bear this name ("Korean" and "Ghana" Confederations of Labour)."""
        return self.countries_by_name.get(org.key, set())

    def persons_named(self, surname: str) -> int:
        """How many different people the collection names with this surname (initials fold in)."""
        keys = self.given_by_surname.get(skeleton(surname), set())
        full = sorted(k for k in keys if not k.startswith("initial:"))
        letters = {c for k in full for c in initial_letters(k)}
        lone = {k for k in keys if k.startswith("initial:") and k[-1] not in letters}
        # spellings of one given name (Aleksandr / Aleksander) are one person
        distinct = [k for i, k in enumerate(full) if not any(skeletons_agree(k, o) for o in full[:i])]
        # "Mr X" and "Ms X" are two people even when only one given name is known
        return max(len(distinct) + len(lone), len(self.genders_by_surname.get(skeleton(surname), ())))
