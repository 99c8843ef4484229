"""Who of those named in a sentence takes part in one act: the part of the sentence it holds (between
semicolons, one thing reported), the clause after a leading concession, the antecedent of a relative
clause, a pronoun subject; and where a name is the place or forum of an act, not a party to it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from casewatch.extract.events.cues import cues
from casewatch.extract.events.participants import key
from casewatch.extract.events.triggers import PERSON_ACTS, Trigger, in_document, report_bounds
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention

# a relative clause opening between a name and the act: ", who was arrested", ", quien fue detenido"
_RELATIVE = re.compile(r",\s*(?:who|whom|que|qui|quien(?:es)?|которы\w+)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# (behind its literals: read before every name, in a stretch that most often holds none)
_BEFORE_FORUM = gated(
    r"\b(?:appear(?:s|ed|ing)?|brought|summoned|taken) (?:\w+ )?before\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\bante\s+(?:la|el|los|las)\s+$"
    r"|\b(?:comparaître|comparu|compara[îi]t|traduite?s?) devant\s+(?:la|le|les|l['’])?\s*$",
    re.I,
)
# a school, prison or hospital named after "at" ("at Northfield High School") is the premises the act
# took place in
_AT = re.compile(r"\b(?:at|inside|outside)\s+(?:the\s+)?$", re.I)
_PREMISES = re.compile(
    r"\b(?:schools?|high school|college|university|prison|jail|hospital|clinic|airport|station|stadium"
    r"|square|hotel|mosque|church|temple|market|campus)$",
    re.I,
)
_WHERE = gated(
    r"\b(?:in front of|outside|opposite|near|at the gates? of|frente a|delante de|ante la sede de|devant|"
    r"aux portes de|перед|у здания"
    # "where the offices of X are", "donde se encuentra la sede de X": X is named as the place
    r"|(?:where|donde|où)\s+(?:se\s+(?:encuentra|halla|ubica|trouve)n?\s+|(?:are|is)\s+)?"
    r"(?:the\s+(?:headquarters|offices)|la\s+sede|las\s+oficinas|le\s+siège|les\s+bureaux)\s+(?:of|de|del|du|des))"
    r"\s+(?:the\s+|la\s+|el\s+|le\s+|les\s+|l['’]\s*)?$",
    re.I,
)
_CONCESSION = re.compile(r"\s*(?:despite|in spite of|notwithstanding|although|even though)\b", re.I)
_ADDED = re.compile(r"\bas well as\b", re.I)
# a participle set after a comma describes who is named before it: "X, treasurer of Y, detenido el
# 9 de octubre", "X, arrêté le 3 mai"
# a personal pronoun opening the sentence, then only auxiliaries and adverbs before a passive act
_PRONOUN_SUBJECT = re.compile(
    r"\W*(?:He|She|They|Il|Elle|Ils|Elles|Él|Ella|Ellos|Ellas|Он|Она|Они)\s+"
    r"(?:(?:had|has|have|was|were|is|are|been|being|also|later|then|subsequently|reportedly|allegedly|"
    r"a|ont|avait|avaient|été|fue|fueron|ha|han|había|habían|sido|был[аио]?)\s+)*"
    r"(?:\w+(?:ed|en|ad[oa]s?|id[oa]s?|ée?s?)\s+)?$"  # the act's own participle before its charge
)


def separate_acts(
    text: str, trigger: Trigger, named: Sequence[Mention], targets: tuple[str, ...]
) -> list[tuple[str, ...]]:
    """The targets of each act: one act, unless persons after an act on persons are added with
    "as well as" ("arresting A, for calling a strike, as well as B"): then one act per group of
    persons, each with the other targets."""
    persons = [m for m in named if m.label == "person" and m.start >= trigger.end and key(m) in targets]
    if trigger.type not in PERSON_ACTS or len(persons) < 2:
        return [targets]
    groups = [[key(persons[0])]]
    for before, person in pairwise(persons):
        if _ADDED.search(text[before.end : person.start]):
            groups.append([])
        groups[-1].append(key(person))
    if len(groups) == 1:
        return [targets]
    others = tuple(k for k in targets if k not in {key(m) for m in persons})
    return [(*dict.fromkeys(group), *others) for group in groups]


def concession_end(sentence: Sentence) -> int:
    """Where a leading concession ("Despite the objections of X, ...") ends; the sentence start if none."""
    if not _CONCESSION.match(sentence.text):
        return sentence.start
    comma = sentence.text.find(", ")
    return sentence.start + (comma if comma > 0 else 0)


def summary_subject(text: str, sentence: Sentence, trigger: Trigger, inside: Sequence[Mention]) -> bool:
    """An indefinite plural subject ("Leaders of unions were convicted", "at least 40 unions lost
    their status") with no person named: a summary of many acts, not one act."""
    if any(m.label == "person" for m in inside):
        return False
    # "We the Workers Federation of X condemn ...": a group's noun inside a name is the name's word
    names = [(m.start, m.end) for m in inside if m.label != "person"]
    return any(
        not any(start <= sentence.start + found.end() - 1 < end for start, end in names)
        for found in cues().summary_subject.finditer(text[sentence.start : trigger.start])
    )


def own_segment(text: str, sentence: Sentence, trigger: Trigger, named: list[Mention]) -> list[Mention]:
    """ "X, treasurer, detained on 9 October; Y and Z, detained on 10 October; ...": when the part of
    the sentence between semicolons (or colons) that holds the act names someone, only they take
    part in it; so do those of one thing reported ("alleges that X was dismissed and that the court
    dissolved Y")."""
    reports = report_bounds(text, sentence.start, sentence.end)
    before = max(
        *(text.rfind(mark, sentence.start, trigger.start) for mark in ";:"),
        *(i for i in reports if i < trigger.start),
    )
    after = [i for i in (text.find(mark, trigger.end, sentence.end) for mark in ";:") if i >= 0]
    after += [i for i in reports if i >= trigger.end]
    start, end = before + 1 if before >= 0 else sentence.start, min(after, default=sentence.end)
    inside = [m for m in named if start <= m.start and m.end <= end]
    # a thing reported on its own ("... and that the company dismissed 30 workers") names whom it
    # speaks of itself, or no one
    return inside if inside or start - 1 in reports or end in reports else named


# "without any contact with the Director", "sin tener ningún contacto con la Directora": a name inside
# a phrase of what did not happen (not one naming the agent: "without a warrant by the police", nor
# one of manner: "release without delay of the leaders", "la libération sans délai des leaders")
_WITHOUT_BEFORE = re.compile(
    r"\b(?:without|sin|sans)\b(?![\s\"'“”«»]+(?:further\s+)?(?:delay|délai|retard|demora|dilaci[óo]n"
    r"|conditions?|condiciones|exception|excepci[óo]n|reserve|réserve)\b)(?:(?!\b(?:by|por|par)\b)[^,;.:]){0,60}$",
    re.I,
)
WITHOUT_REACH = 70  # chars before a name where "without ..." may open


def in_without_phrase(text: str, mention: Mention) -> bool:
    """ "... and without any contact with the Director, they were detained by the police": who is named
    in what did not happen takes no part in the act."""
    return bool(_WITHOUT_BEFORE.search(text, max(0, mention.start - WITHOUT_REACH), mention.start))


# a participle of saying after the act opens what its teller says: "condemned the arrest of one of
# its officials, saying it was linked to President X warning workers"
_SAYING = re.compile(
    r",\s*(?:saying|adding|noting|claiming|arguing|stressing|explaining|"
    r"affirmant|estimant|soulignant|ajoutant|diciendo|afirmando|señalando|añadiendo)\b",
    re.I,
)


def before_saying(text: str, sentence: Sentence, trigger: Trigger, found: Sequence[Mention]) -> list[Mention]:
    """Who is named after ", saying ..." that follows the act speaks in what is said, not in the act."""
    said = _SAYING.search(text, trigger.end, sentence.end)
    return [m for m in found if said is None or m.start < said.start()]


def appeared_before(text: str, mention: Mention) -> bool:
    """ "summoned to appear before the Deputy Inspector", "denunció ante la Fiscalía", "comparaître
    devant le tribunal": who an act is brought before hears it (the forum)."""
    return _BEFORE_FORUM.search(text, max(0, mention.start - 40), mention.start) is not None


def in_place(text: str, mention: Mention) -> bool:
    """ "a demonstration in front of the Ministry", "devant la préfecture", "arrested at Northfield
    High School": where it happened, not who took part."""
    start = max(0, mention.start - 50)
    if _AT.search(text, max(0, mention.start - 12), mention.start) and _PREMISES.search(mention.text):
        return True
    return in_document(_WHERE, text) and _WHERE.search(text, start, mention.start) is not None


def from_antecedent(
    text: str, sentence: Sentence, trigger: Trigger, named: list[Mention], groups: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """ "... urge the Government to release Mr X, who was arrested on 3 May": a relative clause's
    act takes part only who it is about (the last one named before it, or the group) and who it
    names itself."""
    found = _RELATIVE.search(text, max(sentence.start, trigger.start - 70), trigger.start)
    if found is None:
        return named, groups
    before = max((m for m in (*named, *groups) if m.end <= found.start()), key=lambda m: m.end, default=None)

    def kept(ms: list[Mention]) -> list[Mention]:
        return [m for m in ms if m is before or m.start >= found.end()]

    return kept(named), kept(groups)


# the act's own noun as the sentence's subject: "The walkout, which took place ...", "A further strike ..."
_ACT_NOUN_SUBJECT = re.compile(r"\W*(?:the|a|an|this|that|la|le|el|une?|una)\s+(?:[\w-]+,?\s+){0,2}$", re.I)
_ACT_NOUN = re.compile(
    r"(?:strikes?|walkouts?|stoppages?|demonstrations?|protests?|rall(?:y|ies)|march(?:es)?|sit-ins?|"
    r"huelgas?|paros?|grèves?|manifestations?|manifestaci[óo]n(?:es)?)\b",
    re.I,
)


def act_as_subject(sentence: Sentence, trigger: Trigger) -> bool:
    """ "The walkout, which took place earlier this week, ...": an act whose own noun opens the
    sentence names no one who took part, and the persons of the sentence before are not its own."""
    return bool(_ACT_NOUN.match(trigger.word)) and bool(
        _ACT_NOUN_SUBJECT.match(sentence.text, 0, trigger.start - sentence.start)
    )


def pronoun_subject(sentence: Sentence, trigger: Trigger) -> bool:
    """ "He had been arrested on charges of membership in X", "They were detained for supporting Y":
    a personal pronoun is who undergoes the act, not the organisation or person the charge or the
    motive names."""
    return bool(_PRONOUN_SUBJECT.match(sentence.text, 0, trigger.start - sentence.start))
