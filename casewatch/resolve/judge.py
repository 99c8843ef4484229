"""Pairwise judgement of two entity records: same, different or unsure, with the evidence."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from casewatch.model import EntityRecord, EntityType, Judgement, Verdict
from casewatch.resolve.keys import initial_letters, skeleton, skeletons_agree, unstressed
from casewatch.resolve.org_keys import BODY_HEADS, GENERIC_ORG_WORDS, OrgName
from casewatch.resolve.person_keys import (
    PersonName,
    english_beside_chinese,
    given_variants,
    looks_like_surname,
)
from casewatch.resolve.profile import Population, Profile, prefixes, profile


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    score: float
    evidence: str


def judge(a: EntityRecord, b: EntityRecord, population: Population | None = None) -> Judgement:
    """Decide whether two records name the same actor. `population` gives collection context."""
    return judge_profiles(profile(a), profile(b), population)


def judge_profiles(pa: Profile, pb: Profile, population: Population | None = None) -> Judgement:
    if pa.record.ref > pb.record.ref:
        pa, pb = pb, pa
    pop = population if population is not None else Population.of((pa, pb))
    finding = _finding(pa, pb, pop)
    return Judgement(pa.record.ref, pb.record.ref, finding.verdict, round(finding.score, 3), finding.evidence)


def _finding(pa: Profile, pb: Profile, pop: Population) -> Finding:
    ta, tb = pa.record.type, pb.record.type
    if ta is not tb:
        return Finding(Verdict.DIFFERENT, 0.0, f"different types: {ta.value} vs {tb.value}")
    if ta is EntityType.PERSON:
        return _persons(pa, pb, pop)
    if ta is EntityType.ORGANIZATION:
        return _organisations(pa, pb, pop)
    return _places(pa, pb)


# ---- persons ------------------------------------------------------------------------------

_RANK = {"full": 0, "initial": 1, "partial": 2, "conflict": 3}


def given_match(ga: tuple[str, ...], gb: tuple[str, ...]) -> str:
    """ "full" / "initial" when given names agree, "partial" when one lacks them, else "conflict"."""
    if not ga or not gb:
        return "partial"
    if len(ga) != len(gb) and skeletons_agree(skeleton("".join(ga)), skeleton("".join(gb))):
        # one given name written joined or apart: "Abdulrahman" / "Abdul Rahman", and a two-syllable
        # one in two romanisations as well ("Min Gyu" / "Min-kyu")
        return "full"
    outcomes = [_one_given(x, y) for x, y in zip(ga[:2], gb[:2], strict=False)]
    if "conflict" in outcomes[:1] or (len(outcomes) > 1 and outcomes[1] == "conflict"):
        return "conflict"
    return outcomes[0]


def _one_given(x: str, y: str) -> str:
    if len(x) == 1 or len(y) == 1:
        if len(x) == 1 and len(y) == 1:
            return "initial" if x == y else "conflict"
        initial, word = (x, y) if len(x) == 1 else (y, x)
        return "initial" if initial in initial_letters(word) else "conflict"
    if skeletons_agree(skeleton(x), skeleton(y)) or given_variants(x, y):
        return "full"
    return "partial" if english_beside_chinese(x, y) else "conflict"


@dataclass(frozen=True)
class NameMatch:
    outcome: str  # full | initial | partial | conflict
    surname: str
    given: str | None
    reading: int  # 0 when both names were read in their most likely order
    two_surnames: bool = False  # read as two surnames together ("Quispe Huamán"): a surname for sure


def compare_names(p: PersonName, q: PersonName) -> NameMatch | None:
    """The best agreement between two parsed names that share a surname skeleton."""
    best: NameMatch | None = None
    for i, (sa, ga) in enumerate(p.parses):
        for j, (sb, gb) in enumerate(q.parses):
            if skeleton(sa) != skeleton(sb) or _second_surnames_differ(p, sa, q, sb):
                continue
            outcome = given_match(ga, gb)
            given = next((g for g in (*ga[:1], *gb[:1]) if len(g) > 1), (ga or gb or (None,))[0])
            match = NameMatch(outcome, skeleton(sa), given, i + j, " " in sa)
            if best is None or (_RANK[outcome], i + j) < (_RANK[best.outcome], best.reading):
                best = match
    return best


def _second_surnames_differ(p: PersonName, sa: str, q: PersonName, sb: str) -> bool:
    """ "Ana Quispe Flores" and "Ana Quispe Rojas", read by their first surnames: two people."""
    firsts = len(p.words) > 2 and len(q.words) > 2 and sa == p.words[-2] and sb == q.words[-2]
    return firsts and skeleton(p.words[-1]) != skeleton(q.words[-1])


def _persons(pa: Profile, pb: Profile, pop: Population) -> Finding:
    if pa.gender and pb.gender and pa.gender != pb.gender:
        return Finding(Verdict.DIFFERENT, 0.05, "honorifics of different genders")
    p, q = pa.full, pb.full
    match = compare_names(p, q)
    # a clash read only in the unlikely order ("Elena X" read as surname Elena) says nothing
    if match is None or (match.outcome == "conflict" and match.reading > 0):
        return _near_surnames(p, q)
    clash = bool(pa.kinds and pb.kinds and not pa.kinds & pb.kinds)
    if match.outcome == "conflict":
        return Finding(
            Verdict.DIFFERENT, 0.1, f"same surname skeleton '{match.surname}', different given names"
        )
    if match.outcome in ("full", "initial"):
        score = 0.95 if match.outcome == "full" else 0.85
        note = f"; roles differ ({_kinds(pa)} vs {_kinds(pb)})" if clash else ""
        return Finding(
            Verdict.SAME,
            score,
            f"same surname skeleton '{match.surname}' and given name '{match.given}'{note}",
        )
    return _surname_only(pa, pb, match, pop, clash)


def _kinds(prof: Profile) -> str:
    return "/".join(sorted(prof.kinds))


def _surname_only(pa: Profile, pb: Profile, match: NameMatch, pop: Population, clash: bool) -> Finding:
    surname = match.surname
    if clash:
        return Finding(
            Verdict.DIFFERENT, 0.2, f"surname '{surname}' alone, roles differ ({_kinds(pa)} vs {_kinds(pb)})"
        )
    if match.reading > 0 and not match.two_surnames and not looks_like_surname(surname):
        return Finding(Verdict.UNSURE, 0.4, f"'{surname}' may be a given name rather than a surname")
    count = pop.persons_named(surname)
    if count > 1:
        return Finding(
            Verdict.UNSURE,
            0.5,
            f"surname skeleton '{surname}' is shared by {count} persons in the collection",
        )
    return Finding(Verdict.SAME, 0.8, f"surname skeleton '{surname}' names one person only in the collection")


def _near_surnames(p: PersonName, q: PersonName) -> Finding:
    sa, sb = skeleton(p.surname), skeleton(q.surname)
    similarity = JaroWinkler.similarity(sa, sb)
    given = given_match(p.parses[0][1], q.parses[0][1]) if p.parses and q.parses else "partial"
    if similarity >= 0.93 and given == "full":
        return Finding(
            Verdict.SAME, 0.7, f"similar surnames '{sa}'/'{sb}' ({similarity:.2f}) and the same given name"
        )
    if similarity >= 0.93:
        return Finding(Verdict.UNSURE, 0.4, f"similar surnames '{sa}'/'{sb}' ({similarity:.2f})")
    if given == "full" and min(len(sa), len(sb)) >= 7 and unstressed(sa) == unstressed(sb):
        return Finding(
            Verdict.SAME, 0.7, f"surnames '{sa}'/'{sb}' differ in unstressed vowels only, the same given name"
        )
    return Finding(Verdict.DIFFERENT, 0.0, f"different surnames '{sa}' and '{sb}'")


# ---- organisations ------------------------------------------------------------------------


def _jaccard(a: OrgName, b: OrgName) -> float:
    sa, sb = set(a.words), set(b.words)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def _countries_clash(a: OrgName, b: OrgName) -> bool:
    """Two countries, or two parent bodies ("TUC General Council" / "RCTU General Council")."""
    return bool(a.country and b.country and a.country != b.country) or bool(
        a.qualifier and b.qualifier and a.qualifier != b.qualifier
    )


def _organisations(pa: Profile, pb: Profile, pop: Population) -> Finding:
    for rule in (_same_name, _shared_acronym, _initials, _short_form, _same_trade):
        finding = rule(pa, pb, pop)
        if finding is not None:
            return finding
    best = max((_jaccard(a, b) for a in pa.orgs for b in pb.orgs), default=0.0)
    return Finding(Verdict.DIFFERENT, round(best / 2, 3), "different names and no shared acronym")


def _same_name(pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    pairs = [(a, b) for a in pa.orgs for b in pb.orgs if a.key == b.key]
    agreeing = [(a, b) for a, b in pairs if not _countries_clash(a, b)]
    if agreeing:
        a, b = agreeing[0]
        return _same_name_finding(a, b, pa, pb, pop)
    if pairs:
        a, b = pairs[0]
        return Finding(
            Verdict.DIFFERENT, 0.1, f"same name '{a.key}' but countries {a.country} vs {b.country}"
        )
    return None


def _same_name_finding(a: OrgName, b: OrgName, pa: Profile, pb: Profile, pop: Population) -> Finding:
    """One name, its country written on one side only ("Confederation of Labour" / "Korean Confederation
    of Labour"): the body of that country when the other name's page is about it; whose it is cannot be
    told when that page is about other countries, or when the collection holds bodies of that name in
    two countries or more and the page says nothing."""
    same = Finding(Verdict.SAME, 0.95, f"same normalised name '{a.key}' ('{a.text}' / '{b.text}')")
    if a.country and b.country:
        return same
    if not a.country and not b.country:
        return _bare_names_of_two_pages(a, pa, pb, pop) or same
    country = a.country or b.country
    page = (pb if a.country else pa).record.countries
    if country in page:
        return same
    if page or len(pop.countries_of(a)) > 1:
        where = "/".join(page) or "/".join(sorted(pop.countries_of(a)))
        evidence = f"'{a.text}' / '{b.text}' of {country}, named in a page of {where}"
        return Finding(Verdict.UNSURE, 0.5, evidence)
    return same


def _bare_names_of_two_pages(a: OrgName, pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    """One name without its country in pages of different countries, where bodies of that name in two
    countries or more are known: maybe each page's own."""
    pages = set(pa.record.countries), set(pb.record.countries)
    if not all(pages) or pages[0] & pages[1] or len(pop.countries_of(a)) < 2:
        return None
    where = "/".join(sorted(pages[0] | pages[1]))
    return Finding(Verdict.UNSURE, 0.5, f"'{a.text}' named in pages of {where}")


def _defined(prof: Profile, acronym: str) -> str:
    name = prof.orgs[0].text if prof.orgs else prof.record.name
    return f"acronym {acronym} defined as alias of '{name}' in {prof.record.document}"


def _shared_acronym(pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    shared = sorted(pa.acronyms & pb.acronyms)
    if not shared:
        return None
    acronym = shared[0]
    if pa.orgs and pb.orgs:
        best = max(_jaccard(a, b) for a in pa.orgs for b in pb.orgs)
        if best >= 0.5:
            return Finding(Verdict.SAME, 0.7, f"same acronym {acronym} and similar names ({best:.2f})")
        return _stated_for_both(pa, pb, acronym)
    owners = pop.owners(acronym)
    if len(owners) > 1:
        return Finding(Verdict.UNSURE, 0.5, f"acronym {acronym} stands for {len(owners)} different names")
    full = pa if pa.orgs else pb
    if not full.orgs:
        return Finding(Verdict.SAME, 0.8, f"same acronym {acronym}")
    return Finding(Verdict.SAME, 0.85, _defined(full, acronym))


def _stated_for_both(pa: Profile, pb: Profile, acronym: str) -> Finding:
    """One acronym stated for two dissimilar names: a short form, a translation, or a coincidence."""
    part = _part_of(pa, pb)
    if part:
        return Finding(Verdict.SAME, 0.75, f"acronym {acronym} stated for both; {part}")
    names = f"'{pa.orgs[0].text}' vs '{pb.orgs[0].text}'"
    clash = any(_countries_clash(a, b) for a in pa.orgs for b in pb.orgs)
    if clash or (acronym in pa.derived and acronym in pb.derived):
        return Finding(Verdict.DIFFERENT, 0.2, f"acronym {acronym} shared by coincidence: {names}")
    # an acronym that is not a name's own initials was written for it as the name of another language
    return Finding(Verdict.SAME, 0.7, f"acronym {acronym} stated for both, not the initials of both: {names}")


def _initials(pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    for bare, full in ((pa, pb), (pb, pa)):
        if bare.orgs or not full.orgs:
            continue
        hits = sorted(x for x in bare.acronyms & full.derived if len(x) >= 3)
        if not hits:
            continue
        others = pop.owners(hits[0]) - {o.key for o in full.orgs}
        if others:
            return Finding(
                Verdict.UNSURE, 0.4, f"{hits[0]} spells '{full.orgs[0].text}' but is defined otherwise"
            )
        return Finding(Verdict.SAME, 0.75, f"acronym {hits[0]} is the initials of '{full.orgs[0].text}'")
    return None


def _short_form(pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    for a in pa.orgs:
        for b in pb.orgs:
            short, long_ = (a, b) if len(a.words) < len(b.words) else (b, a)
            if len(short.words) == len(long_.words) or _countries_clash(a, b):
                continue
            if short.country and not long_.country:  # "German X" is no short form of "X International"
                continue
            if long_.words[: len(short.words)] != short.words:
                continue
            rest = long_.words[len(short.words) :]
            if (
                short.words not in prefixes(long_)
                or _names_a_sub_body(rest)
                or _its_workers_union(short, rest)
            ):
                continue
            extensions = pop.extensions.get(short.words, set())
            if len(extensions) > 1:
                return Finding(
                    Verdict.UNSURE, 0.5, f"'{short.text}' begins {len(extensions)} different names"
                )
            return Finding(Verdict.SAME, 0.7, f"'{short.text}' is the short form of '{long_.text}'")
    return None


def _part_of(pa: Profile, pb: Profile) -> str:
    """ "'Confederation' is part of 'Confederation of Free Unions'": one name's words all in the other's."""
    for a in pa.orgs:
        for b in pb.orgs:
            short, long_ = (a, b) if len(a.words) <= len(b.words) else (b, a)
            if set(short.words) <= set(long_.words) and not _countries_clash(a, b):
                return f"'{short.text}' is part of '{long_.text}'"
    return ""


def _same_trade(pa: Profile, pb: Profile, pop: Population) -> Finding | None:
    """One union under two translations of its name: the same trade once the words translations
    vary on ("workers" / "employees", "sector" / "complex") are set aside; a place or any other
    word more on one side keeps them apart."""
    for a in pa.orgs:
        for b in pb.orgs:
            if a.trade and a.trade == b.trade and not _countries_clash(a, b):
                return Finding(
                    Verdict.SAME, 0.65, f"unions of the same trade '{a.trade}': '{a.text}' / '{b.text}'"
                )
    return None


WORKFORCE_WORDS = frozenset(
    {"labor", "worker", "employee", "staff", "personnel"}
)  # not "trade": "X Trade Union" is X


def _its_workers_union(short: OrgName, rest: tuple[str, ...]) -> bool:
    """ "Arden Shipping" + "Workers' Union": a company's name that a union of its workers takes is a
    second body; a body's own name ("Dock Congress" + "of Trade Unions") goes on with a complement."""
    return not set(short.words) & BODY_HEADS and "union" in rest and bool(set(rest) & WORKFORCE_WORDS)


def _names_a_sub_body(rest: tuple[str, ...]) -> bool:
    """ "United Nations" + "Human Rights Council": the rest is a body of its own, not a qualifier.

    A rest made of a head noun and generic words only ("Global Union") still qualifies the short name.
    """
    heads = set(rest) & BODY_HEADS
    return bool(heads) and any(w not in GENERIC_ORG_WORDS for w in rest)


# ---- places -------------------------------------------------------------------------------


def _places(pa: Profile, pb: Profile) -> Finding:
    shared = sorted(pa.places & pb.places)
    if shared:
        return Finding(Verdict.SAME, 0.9, f"same place key '{shared[0]}'")
    return Finding(Verdict.DIFFERENT, 0.0, "different place names")
