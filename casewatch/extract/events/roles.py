"""Event roles beyond actor and target: collective participants named by a plural noun ("trade
unionists", "workers"), the reporter who tells of the act (a union, a UN expert, a committee) and the
forum (a court) that decides or hears it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.events.authorities import authorities, group_heads, perpetrators
from casewatch.extract.events.offices import is_office
from casewatch.extract.events.participants import key
from casewatch.extract.events.perpetrated import perpetrator_undergoes
from casewatch.extract.events.triggers import PERSON_ACTS, Trigger
from casewatch.extract.literals import trie
from casewatch.extract.openings import Openings, with_openings
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

GROUP = "group"  # the label of a collective participant
MAX_MODIFIERS = 3
# the words (up to MAX_MODIFIERS) right before a head, each followed by a space, read backwards from the
# head: `re.search` would try an end-anchored "(?:word )+$" at every position of the stretch
_TRAILING_REVERSED = re.compile(rf"(?:[ \t]+[\w’'-]+){{1,{MAX_MODIFIERS}}}")
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
_OPENING_WORD = re.compile(r"\W*[A-Z][a-z]+[ \t]+")  # one capitalised word opening the sentence
_ACRONYM_BEFORE = re.compile(r"(?<![\w.-])([A-Z][A-Z.&-]*[A-Z.])\s+$")
_POSSESSIVE = re.compile(r"['’]\s+\w")
_SPEAKER = re.compile(r"\s*(?:[–—]|-\s|:)")
_AGENT = re.compile(r"\b(?:by|por|par)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "the complainant organizations allege ...": complainants tell of acts, they take no part in them
_COMPLAINANT = re.compile(r"\b(?:complainant|plaignant|querellante)", re.I)
_ACRONYM = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][A-ZА-ЯЁ&]{2,}(?:-[A-ZА-ЯЁ]{2,})?(?![\w-])")
_UPPER = re.compile(r"[A-ZА-ЯЁ]")
_LOWER = re.compile(r"[a-zа-яё]")
_ROMAN = re.compile(r"[IVXLCDM]+")
# "dirigentes sindicales", "travailleurs agricoles": a French or Spanish adjective of kind follows its
# head and belongs to the group's name (a participle, "trabajadores despedidos", tells a state instead)
_POSTPOSED = re.compile(
    r"(?:[ \t]+(?:[a-záéíóúñàâêîôûçë]+(?:ales|aux|icos|icas|iques|istas|istes|arios|arias|aires|oles)"
    r"|armad[oa]s|armée?s|encapuchad[oa]s|cagoulée?s|desconocid[oa]s|inconnus|no identificad[oa]s"
    r"|non identifiée?s)\b){1,2}"
)
# "officials and members": both heads share the modifiers of the first ("trade union officials")
_COORDINATED = re.compile(r"\s+(?:and|or|et|y|и)\s+$")


@cache
def _heads() -> frozenset[str]:
    return frozenset(group_heads())


@cache
def _list_breaks() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["list_breaks"], re.I)


def list_break(between: str) -> bool:
    """ "..., as well as the dismissal of X", "; ...": a new item of a list of acts begins between."""
    return _list_breaks().search(between) is not None


@cache
def _authority_ranks() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("events")["collectives"]["authority_ranks"])


def acting_authority(text: str, mention: Mention) -> bool:
    """The police or another authority named as the agent: "by the police", "par des policiers"."""
    return (
        is_authority(mention) and _AGENT.search(text, max(0, mention.start - 30), mention.start) is not None
    )


def of_the_authority(mention: Mention, others: Sequence[Mention]) -> bool:
    """ "Police raided the office, with 20 officers leaving with files": a bare rank ("officers",
    "agents") named with the police is of the police, no one they act on."""
    return (
        mention.label == GROUP
        and mention.text.lower() in _authority_ranks()
        and any(is_authority(m) for m in others if m.start != mention.start)  # "policiers" is both
    )


def is_authority(mention: Mention) -> bool:
    """The police, security forces, the authorities: a group that acts on others, never undergoes."""
    return mention.label == GROUP and (mention.text.lower() in authorities() or is_office(mention))


def _as_listed(word: str, start: int) -> bool:
    """Written as the vocabulary has it ("workers", "Worker members"), or capitalised only as the
    sentence's first word."""
    return word in _heads() or (start == 0 and word[:1].lower() + word[1:] in _heads())


_CYRILLIC = re.compile(r"[а-яё]", re.I)
# a Russian modifier of a group is an adjective ("независимые профсоюзные активисты"); a verb or
# numeral before it ("задержали почти двадцать активистов") is none
_RU_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ыми|ими|ую|юю)$", re.I)


@cache
def _collectives() -> tuple[Openings, re.Pattern[str]]:
    heads = sorted(group_heads(), key=len, reverse=True)
    # behind its openings: a look-behind opens the trie, so `re` would try it at every offset
    head = with_openings(re.compile(rf"(?<!\w)(?:{trie(heads)})(?!\w)", re.I))
    data = vocab.load("events")
    skipped = data["collectives"]["modifiers_not"]
    if data.get("modifiers_not_news"):
        skipped = f"^(?:{data['modifiers_not_news']})$|{skipped}"
    return head, re.compile(skipped, re.I)


@cache
def _generic_acronyms() -> frozenset[str]:
    return frozenset(vocab.load("events")["generic_acronyms"])


@cache
def _forum() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["forum_heads"], re.I)


def _trailing_words(tail: str) -> list[str]:
    """The words of `re.search(r"(?:[\\w’'-]+[ \t]+){1,3}$", tail)`, its leftmost match: the most words
    (up to three) closing the tail, each followed by a space ("$" holds before a closing line break)."""
    tail = tail[:-1] if tail.endswith("\n") else tail
    found = _TRAILING_REVERSED.match(tail[::-1])
    return found.group(0)[::-1].split() if found else []


def _modifiers(before: str) -> list[str]:
    """The plain words right before a head, up to the first quantifier, determiner or name."""
    kept: list[str] = []
    skip = _collectives()[1]
    for word in reversed(_trailing_words(before[-80:])):
        if (
            skip.match(word)
            or not word[:1].islower()
            or (_CYRILLIC.match(word) and not _RU_ADJECTIVE.search(word))
        ):
            break
        kept.insert(0, word)
    return kept


@cache
def _member_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.load("events")["collectives"]["member_heads"])


@cache
def _member_of() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["collectives"]["member_of"], re.I)


def _acronym_before(before: str, head: str) -> str | None:
    """ "the FFTU members", "KDWU leaders": the acronym of the organisation the members belong to."""
    if head.lower() not in _member_heads():
        return None
    found = _ACRONYM_BEFORE.search(before)
    return found.group(1) if found else None


def _after_name(before: str) -> bool:
    """Right after a capitalised word ("the FFTU members") that is no sentence-opening determiner
    ("Several workers", "Los trabajadores")."""
    found = _NAMED_BEFORE.search(before)
    if found is None or found.group(0).strip() in _country_adjectives():
        return False  # "two Maltese trade unionists": a group, whatever country it is of
    if found.start() == 0 and found.group(0).strip().lower() in _openers():
        return False  # "Union leaders were detained": a common word opening the sentence
    return not (found.start() == 0 and _collectives()[1].match(found.group(0).strip()))


def common_opener(text: str, before: str) -> str | None:
    """The one word opening the sentence right before a group's head, capitalised only there: the
    document writes it in lower case elsewhere ("Transport workers had launched a sit-in" where
    "transport" is written too), so it is a word of the group, no name."""
    word = before.strip()
    if not _OPENING_WORD.fullmatch(before) or word.lower() == word or _collectives()[1].match(word):
        return None  # "The Worker members", "Several workers": a determiner or quantifier
    lowered = word.lower()
    return lowered if _written(text, lowered) else None


def _written(text: str, word: str) -> bool:
    """The text holds `word` as a whole word, as written (case kept)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, end)
    return False


@cache
def _openers() -> frozenset[str]:
    return frozenset(vocab.load("events").get("collectives_news", {}).get("openers", []))


@cache
def _country_adjectives() -> frozenset[str]:
    countries = vocab.load("countries").values()
    return frozenset(a for country in countries for a in country["adjectives"] if a[:1].isupper())


def collectives(text: str, sentence: Sentence) -> list[Mention]:
    """Plural groups named in the sentence, as group mentions ("more than 100 trade unionists" ->
    "trade unionists"; "trade union officials and members" -> both with "trade union")."""
    head, _ = _collectives()
    found: list[Mention] = []
    shared: list[str] = []
    for m in head.finditer(sentence.text):  # the matches of the pattern's own finditer
        before = sentence.text[: m.start()]
        if m.group(0).lower() in authorities():
            # "the Ruritanian police": the force itself, whatever country or city names it
            found.append(
                Mention(GROUP, m.group(0).lower(), sentence.start + m.start(), sentence.start + m.end())
            )
            continue
        owner = _acronym_before(before, m.group(0))
        opener = common_opener(text, before)
        if not _as_listed(m.group(0), m.start()) or (_after_name(before) and not owner and not opener):
            continue  # "Grupo de los Trabajadores": a word of a name
        if _SPEAKER.match(sentence.text, m.end()):
            continue  # "Employer members –" opens a speaker's turn
        if _POSSESSIVE.match(sentence.text, m.end()):
            continue  # "a workers' newsletter", "the teachers’ union": the group names what is theirs
        modifiers = [opener] if opener else _modifiers(before)
        if not modifiers and found and _COORDINATED.search(text[found[-1].end : sentence.start + m.start()]):
            modifiers = shared
        shared = modifiers
        postposed = _POSTPOSED.match(sentence.text, m.end())
        name = " ".join([*modifiers, m.group(0), *(postposed.group(0).split() if postposed else ())])
        name = f"{owner} {name}" if owner else name
        if _COMPLAINANT.search(name):
            continue
        found.append(Mention(GROUP, name, sentence.start + m.start(), sentence.start + m.end()))
    return found


def acronyms(sentence: Sentence, inside: Sequence[Mention]) -> list[Mention]:
    """Organisations named only by an acronym the name finder left unnamed ("members of the RCTU
    were arrested"), as organisation mentions; none in a heading written in capitals."""
    written = list(_ACRONYM.finditer(sentence.text))
    if not written or len(_UPPER.findall(sentence.text)) > len(_LOWER.findall(sentence.text)):
        return []
    found = []
    for m in written:
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if (
            m.group(0) not in _generic_acronyms()
            and not _ROMAN.fullmatch(m.group(0))
            and not any(n.start < end and start < n.end for n in inside)
        ):
            found.append(Mention("organization", m.group(0), start, end))
    return found


def group_roles(
    text: str,
    trigger: Trigger,
    taking_part: Sequence[Mention],
    actors: tuple[str, ...],
    targets: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """In an act on persons the police, security forces and assailants act and workers, teachers or
    unionists undergo, whatever the word order ("teachers arrested for protesting"); a group named as
    the agent ("by officers of the security service", "por cuatro individuos armados") acts, and so
    does a rank that is the subject of the active verb ("Officers arrested X", "agentes detuvieron a")."""
    if trigger.type not in PERSON_ACTS:
        return actors, targets
    # "one of the attackers, who was arrested": the perpetrator named before undergoes the act
    agents = authorities() if perpetrator_undergoes(text, trigger.start) else authorities() | perpetrators()
    groups = {
        key(m): m.text.lower() in agents
        or is_office(m)
        or bool(_AGENT.search(text, max(0, m.start - 30), m.start))
        or (key(m) in actors and m.text.lower().rsplit(maxsplit=1)[-1] in _authority_ranks())
        for m in taking_part
        if m.label == GROUP
    }
    acting = [k for k in (*actors, *targets) if groups.get(k, k in actors)]
    return tuple(dict.fromkeys(acting)), tuple(
        k for k in dict.fromkeys((*actors, *targets)) if k not in acting
    )


@cache
def _deciding() -> re.Pattern[str]:
    return re.compile(vocab.load("events")["deciding_heads"], re.I)


def deciding_court(mention: Mention) -> bool:
    """A court proper (not a supervisory committee), which may decide an act as well as hear it."""
    return _deciding().search(mention.text) is not None


def forum(mentions: Sequence[Mention]) -> set[str]:
    """Courts and supervisory committees named with the act: they decide or hear, neither act nor undergo."""
    return {key(m) for m in mentions if m.label == "organization" and _forum().search(m.text)}


def owners(
    text: str, named: Sequence[Mention], groups: Sequence[Mention]
) -> tuple[dict[str, set[int]], dict[int, str]]:
    """The organisations whose members a group names ("KDWU members", "officers of this organisation",
    "members of the FFTU"), each with the starts of its member groups: what is done to the members
    is not done to the organisation. Also the names of the member groups that name their organisation
    after them ("members of the FFTU"), by the group's start."""
    found: dict[str, set[int]] = {}
    names: dict[int, str] = {}
    organisations = [m for m in named if m.label == "organization"]
    for g in groups:
        if text[g.start : g.end].lower() not in _member_heads() or _AGENT.search(
            text, max(0, g.start - 30), g.start
        ):
            continue  # "arrested by officers of the police": the body acts through them
        of = _member_of().match(text, g.end)
        for m in organisations:
            right_before = m.end <= g.start and not text[m.end : g.start].strip()
            if right_before or (of is not None and _owned_after(of, m, g)):
                found.setdefault(key(m), set()).add(g.start)
            if of is not None and not of.group("anaphor") and m.start == of.end():
                names[g.start] = f"{g.text}{text[g.end : m.end]}"
    return found, names


def _owned_after(of: re.Match[str], m: Mention, g: Mention) -> bool:
    """ "members of the FFTU" names the organisation right after; "members of this organisation"
    the one named before."""
    if of.group("anaphor"):
        return m.end <= g.start
    return m.start == of.end()
