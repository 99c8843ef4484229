"""Event participants: who acts and who is acted on around a trigger, and when a sentence's
subject is a summary of many acts rather than one act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.events.excepted import excepted, timing_subject
from casewatch.extract.events.perpetrated import perpetrator_undergoes, victim_of_perpetrator
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.gated import gated
from casewatch.extract.sentences import Sentence
from casewatch.extract.wrapped_lines import unwrapped
from casewatch.model import EventType, Mention

# a passive, or a participle coordinated with one ("were arrested and beaten", "ont été jetés au
# sol et menottés")
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|été|sido|fue|fueron|был[аио]?)\s+"
    r"(?:(?:\w+\s+)?|(?:[\w'’-]+\s+){1,5}(?:and|et|y)\s+(?:\w+ly\s+|later\s+|then\s+|puis\s+|luego\s+)?)$",
    re.I,
)
# "is investigating", "are holding": an active progressive, whose subject acts ("is facing charges" and
# "is receiving threats" are undergone)
_PROGRESSIVE = re.compile(
    r"(?:(?:is|are|was|were)\s+(?:now\s+|still\s+|currently\s+)?)?(?!(?:fac|receiv|suffer|be|undergo)ing\b)\w+ing\b",
    re.I,
)
# ... or a participle joined by "and" to a passive one told farther back: "was reportedly arrested on
# 3 May by officers of the X and charged with rioting"
_COORDINATED_PASSIVE = re.compile(
    r"\b(?:was|were|been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^.;:]{0,180}?,?\s+and\s+"
    r"(?:\w+ly\s+|later\s+|then\s+)?$",
    re.I,
)
COORDINATED_REACH = 220  # chars back to the passive participle a later one is joined to
# ... the same in French and Spanish: "a été arrêté le 3 mai par la police et roué de coups", "fue
# detenida el 3 de marzo y golpeada por agentes", "habría sido condenado a tres años y maltratado"
_COORDINATED_PASSIVE_ROMANCE = re.compile(
    r"\b(?:été|sido|fue|fueron)\s+(?:\w+(?:ment|mente)\s+)?\w+(?:ée?s?|és|ad[oa]s?|id[oa]s?|us|ues)\b"
    r"[^.;:]{0,180}?,?\s+(?:et|y|puis)\s+(?:(?:\w+(?:ment|mente)|puis|ensuite|luego|después)\s+){0,2}$",
    re.I,
)
_PARTICIPLE_ROMANCE = re.compile(r"^\w+(?:ée?s?|és|ad[oa]s?|id[oa]s?|us|ues)$", re.I)
# an act its subject undergoes, named as a noun after "was the object of", "received": "fue objeto de
# amenazas", "a fait l'objet de menaces", "recibió amenazas de muerte", "a reçu des menaces" (behind
# its literals: read before every act, in a stretch that most often holds none)
_UNDERGONE_BEFORE = gated(
    r"\b(?:(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido|habría\s+sido|habrían\s+sido|es|son)"
    r"\s+objeto\s+de|fait\s+l['’]objet\s+(?:de|d['’])|"
    r"(?:recibi(?:ó|eron)|(?:ha|han|había|habían|habría|habrían)\s+recibido|(?:a|ont|avait|avaient|aurait|auraient)"
    r"\s+reçu|sufri(?:ó|eron)|(?:a|ont|avait|avaient|aurait|auraient)\s+subi"
    # told in the present: "afrontan amenazas de muerte", "reçoivent des menaces", "face threats"
    r"|recib(?:e|en)|sufr(?:e|en)|afront(?:a|an)|enfrent(?:a|an)|reçoi(?:t|vent)|subi(?:t|ssent)|fac(?:e|es)"
    # "survived an attempted murder", "suffered repeated attacks"
    r"|survived|escaped|suffered|sustained))"
    r"\s+(?:(?:des|de|d['’]|une?|una?|unas|unos|an?|two|several|repeated|attempted|numerosas|numerosos|varias|varios|nuevas|nouvelles|graves|"
    r"multiples|reiteradas|constantes)\s+)*$",
    re.I,
)
UNDERGONE_REACH = 70  # chars back from the act's noun to the verb of the one undergoing it
# ... with an aside between the auxiliary and the participle: "was, at 2 a.m. on 3 May, arrested",
# "were, according to the complainant, also arrested"
_PASSIVE_ASIDE = gated(  # behind its words: most stretches it is read in, one per act or date, hold none
    r"\b(?:was|were|been|is|are|a été|ont été|fue|fueron),[^,;]{2,90},"
    r"\s*(?:\w+ly\s+|also\s+|then\s+|later\s+)?$",
    re.I,
)
# a participle right after a plural noun, with no auxiliary, is a reduced relative clause: "all
# trade unionists detained for their activities", "los trabajadores despedidos", "les grévistes
# licenciés"; in English only when no object follows ("employers dismissed the workers" is active)
_PLURAL_BEFORE = re.compile(r"\b\w+[sx]\s+$", re.I)
_PARTICIPLE_EN = re.compile(r"^\w+(?:ed|en)$", re.I)
# two names joined right before a plural participle: "X et Y arrêtés", "X y Z detenidos"
_NAMES_BEFORE = re.compile(r"\b(?:et|y|e)\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}$")
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:[;,.:)]|$|(?:for|on|in|since|during|after|at|by|without|under|over|in|while|last|this)\b)", re.I
)
_PARTICIPLE_PLURAL = re.compile(r"^\w+(?:és|ées|us|ues|is|ies|ados|adas|idos|idas|tos|tas)$", re.I)
# the Spanish impersonal "se la amenazaba", "se les detuvo": who is named undergoes the act
_IMPERSONAL = re.compile(r"\bse\s+(?:la|le|lo|las|les|los)\s+$", re.I)
# an act whose subject undergoes it: "est ressorti libre", "walked free", "received threats",
# "recibió amenazas", "a reçu des menaces",
# "faces charges", "died of his wounds", "perdió la vida", "remains missing since", "sigue
# desaparecido desde"
_UNDERGONE = re.compile(
    r"\b(?:libres?|free|libertad)$|\b(?:missing since|desaparecid[oa]s? desde|disparue?s? depuis)$"
    r"|^(?:(?:is|are) )?(?:received|receiv(?:es|ing)|suffered|sustained|fac(?:e|es|ed|ing))\b"
    r"|^(?:recibi(?:ó|eron)|(?:ha|han|había|habían) recibido|sufri(?:ó|eron)|recib(?:e|en)|sufr(?:e|en)"
    r"|(?:a|ont|avait|avaient|aurait|auraient) (?:reçu|subi))\b"
    r"|^(?:died|dies|succumbed|perdi(?:ó|eron) la vida|muri(?:ó|eron)|falleci(?:ó|eron)"
    r"|(?:a|ont) (?:perdu la vie|succombé))\b"
    # an acquittal befalls whom it names, whatever the wording ("the trial ended with his acquittal");
    # the court deciding it is its forum
    r"|^(?:(?:sa|leur|la)\s+)?(?:acquitt(?:al|ed)|relaxée?s?|relaxe|acquittée?s?|absuelt[oa]s?|absoluci[óo]n)$",
    re.I,
)
# a trigger ending so names its object next; a bare noun ("grève") has no subject either
# the agent of a passive act: "by the police", "par la police", "por la policía"
_DET = r"(?:the\s+|la\s+|le\s+|les\s+|el\s+|los\s+|las\s+|l')?"
# ... and the body whose agents acted: "by officers of the Criminal Police"; the kind of body may
# come before its name ("por parte de la empresa X", "by the company X")
_BY_AGENT = re.compile(
    rf"\b(?:by|par|por)\s+{_DET}(?:(?:[\w-]+\s+){{1,2}}(?:of|de|du|des|del)\s+{_DET})?"
    r"(?:[a-záéíóúñàâçèêëîïôûü]+\s+)?(?:[A-Z][\w-]*\s+){0,3}$"
)
_REFUSAL_OF = re.compile(r"\w+\s+(?:of|de|des|du|del)\s+(?:(?:the|la|las|los|le|les|el)\s+|l['’])?", re.I)
_NOMINAL = re.compile(
    r"^(?!\w+ed\s)(?:l')?\w+\s+(?:of|de|d'|du|des|del)$|^(?:grèves?|huelgas?)$"
    r"|^charges (?:retenues )?(?:against|contre)$",
    re.I,
)
_BE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|été|sido|fue|fueron|был[аио]?)(?!\w)"
    r"|(?:ан|ян|ен|ён|ит)[аоы]?$",  # a Russian short passive participle: "задержан", "уволены"
    re.I,
)


# before one named who is no subject though named before the verb: the Spanish personal "a" ("a los
# trabajadores X ... los detuvieron"), "besides X", and whom the act is against ("против X возбудили
# дело", "contre X, le parquet a ouvert une enquête")
_NOT_SUBJECT = re.compile(
    r"(?:\ba\s+(?:los|las|la|el|sus|su)\s+|\bal\s+|\b(?:además de|aparte de|besides|in addition to|outre)\s+"
    r"|\b(?:against|contre|contra|против|в отношении)\s+)"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


# "raided the headquarters of X and arrested its president": whose premises they are acts in nothing
_PREMISES_OF = gated(
    r"\b(?:headquarters|offices?|premises|seat|building|siège|locaux|bureaux|sede|oficinas|locales)\s+"
    r"(?:of|de|du|des|de la|del|de l['’])\s*(?:the\s+|la\s+|el\s+|los\s+|las\s+)?$"
    # the acronym in parentheses after the owner's name: "the headquarters of the X Union (XU)"
    r"|\b(?:headquarters|offices?|premises|siège|locaux|sede|oficinas)\s+(?:of|de|du|de la|del)\s+"
    r"[^,;()]{3,80}\(\s*$",
    re.I,
)
_APPOSED_PARTICIPLE = re.compile(
    r"(?:detenid|arrestad|encarcelad|capturad|apresad|despedid|asesinad|golpead|secuestrad|condenad|abatid|herid"
    r"|maltratad|torturad|balead|acribillad|liberad)[oa]s?\b"
    r"|(?:arrêté|détenu|incarcéré|licencié|assassiné|condamné|interpellé|tué|abattu|blessé|enlevé|maltraité|torturé"
    r"|frappé|libéré)e?s?\b"
    r"|(?:задержан|арестован|уволен|осужден)\w*",
    re.I,
)
# "X, originally jailed in June 2010, is ...", "X, detained on 3 May for ...": an English participle
# set off by a comma and followed by when, where, why or by whom tells what X underwent ("police
# stormed the plant, detained at least 20 workers" is a verb with its object)
# "X was released after the appeal court dismissed the charges": a subordinate clause's subject is
# named inside it, never in the main clause before it
_SUBORDINATE = re.compile(r"\b(?:after|before|when|since|because)\s+$", re.I)
_APPOSED_EN = re.compile(r",\s+(?:both\s+|all\s+)?(?:\w+ly\s+|first\s+|also\s+|later\s+|once\s+)?$")
# a participle set off by a comma, told of the persons before it, of both or all of them: "X, ..., and
# Y, ..., both detained on", "tous deux détenus le"
_APPOSED_COMMA = re.compile(r",\s(?:both\s|all\s|tou(?:s|tes)\s(?:les\s)?deux\s|amb[oa]s\s)?$", re.I)
APPOSED_REACH = 24  # chars before the participle: the comma and "toutes les deux"
_APPOSED_EN_AFTER = re.compile(
    r"\s+(?:on|in|at(?!\s+least)|since|for|by|during|after|last|earlier|without|from|twice|again|more than)\b"
)
_EN_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)")


def key(mention: Mention) -> str:
    return mention.entity or mention.text


def _object(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    return (
        _NOT_SUBJECT.search(before) is not None
        or _PREMISES_OF.search(text, max(0, mention.start - 120), mention.start) is not None
    )


def _refuser(text: str, trigger: Trigger, mention: Mention) -> bool:
    """ "the refusal of the Ministry to register", "la negativa de las autoridades a inscribir": who
    is named inside a refusal's wording, after its "of", refuses."""
    return (
        trigger.type is EventType.REGISTRATION_REFUSED
        and mention.end <= trigger.end
        and _REFUSAL_OF.fullmatch(text, trigger.start, mention.start) is not None
    )


def split_participants(
    text: str, trigger: Trigger, mentions: Sequence[Mention], clause: int = 0
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors (an agent "by X" or the subject of an active verb) and targets (the rest).

    A noun trigger ("the killing of X", "l'arrestation de X") has no subject: who is named before it
    speaks about the act ("We write on behalf of ... at the killing of X") and takes no part in it.
    When the trigger's own clause (from `clause`) names a subject, one named in an earlier clause
    is none ("an order releasing X was issued, but before it was carried out, the Government
    detained X")."""
    if _NOMINAL.search(trigger.word):
        mentions = [m for m in mentions if m.start >= trigger.end]
    passive = bool(
        (
            _PASSIVE.search(text[max(0, trigger.start - 50) : trigger.start])
            and not _PROGRESSIVE.match(trigger.word)
        )
        or _PASSIVE_ASIDE.search(text[max(0, trigger.start - 110) : trigger.start])
        or _coordinated_passive(text, trigger)
        or _UNDERGONE_BEFORE.search(text, max(0, trigger.start - UNDERGONE_REACH), trigger.start)
        or (_APPOSED_PARTICIPLE.match(trigger.word) and apposed_after_comma(text, trigger.start))
        or _apposed_en(text, trigger)
        or _IMPERSONAL.search(text, max(0, trigger.start - 12), trigger.start)
        or (_BE.search(trigger.word) and not _PROGRESSIVE.match(trigger.word))
        or _UNDERGONE.search(trigger.word)
        or _reduced_relative(text, trigger)
        or _headline_participle(text, trigger)
    )
    subjects = [
        m for m in mentions
        if m.end <= trigger.start and not passive and not trigger.nominal and not _object(text, m)
        and not _under_headline(text, m, trigger)
    ]  # fmt: skip
    if any(m.start >= clause for m in subjects) or _SUBORDINATE.search(text, max(0, clause - 12), clause):
        subjects = [m for m in subjects if m.start >= clause]
    actors: dict[str, None] = {}
    targets: dict[str, None] = {}
    perpetrator = perpetrator_undergoes(text, trigger.start)
    for m in mentions:
        if m.start >= trigger.end and (
            excepted(text, trigger.end, m.start) or timing_subject(text, trigger.end, m.start)
        ):
            continue
        if perpetrator and m.start >= trigger.end and not _own_agent(text, trigger, m):
            continue  # "one of the attackers, who was arrested ...": the rest names no one arrested
        if victim_of_perpetrator(text, 0 if m.end <= trigger.start else trigger.end, m.start):
            continue  # "the perpetrator of the murder of X was arrested": X undergoes the murder
        # inside a noun act too: "the refusal by the Ministry to register"
        by_agent = m.start > trigger.start and (_by_agent(text, trigger, m) or _refuser(text, trigger, m))
        (actors if by_agent or m in subjects else targets)[key(m)] = None
    return tuple(actors), tuple(k for k in targets if k not in actors)


def _own_agent(text: str, trigger: Trigger, mention: Mention) -> bool:
    """ "was arrested by the police": the agent of the act itself, in its own clause."""
    return _by_agent(text, trigger, mention) and not _CLAUSE_BREAK.search(text, trigger.end, mention.start)


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _apposed_en(text: str, trigger: Trigger) -> bool:
    return bool(
        _EN_PARTICIPLE.fullmatch(trigger.word)
        and _APPOSED_EN.search(text, max(0, trigger.start - 20), trigger.start)
        and _APPOSED_EN_AFTER.match(text, trigger.end)
    )


def _coordinated_passive(text: str, trigger: Trigger) -> bool:
    """ "was arrested on 3 May by officers of X and charged with rioting", "fue detenido el 3 de mayo
    por la policía y golpeado": the second participle is passive too."""
    first = trigger.word.split(maxsplit=1)[0] if trigger.word.strip() else ""
    reach = max(0, trigger.start - COORDINATED_REACH)
    return bool(
        (_PARTICIPLE_EN.match(first) and _COORDINATED_PASSIVE.search(text, reach, trigger.start))
        or (
            _PARTICIPLE_ROMANCE.match(first)
            and _COORDINATED_PASSIVE_ROMANCE.search(text, reach, trigger.start)
        )
    )


def _reduced_relative(text: str, trigger: Trigger) -> bool:
    """ "trade unionists detained for their activities": the noun before the participle undergoes it."""
    # a wording may run on past its participle ("arrêtés pendant"): the participle is its first word
    participle = trigger.word.split(maxsplit=1)[0] if trigger.word.strip() else ""
    plural = _PARTICIPLE_PLURAL.match(participle) is not None
    if plural and _NAMES_BEFORE.search(text, max(0, trigger.start - 60), trigger.start):
        return True  # "Jean Dupart et Marc Roillet arrêtés pendant la grève": the named undergo it
    if not _PLURAL_BEFORE.search(text, max(0, trigger.start - 40), trigger.start):
        return False
    if plural:
        return True
    after = trigger.start + len(participle)
    return bool(_PARTICIPLE_EN.match(participle) and _NO_OBJECT_AFTER.match(text, after))


def _headline_participle(text: str, trigger: Trigger) -> bool:
    """ "Union leader X detained", "Dirigeant syndical interpellé à Y": a headline's line tells its
    act in a bare participle, which its subject undergoes."""
    participle = trigger.word.split(maxsplit=1)[0] if trigger.word.strip() else ""
    if not (_PARTICIPLE_EN.match(participle) or _PARTICIPLE_ROMANCE.match(participle)):
        return False
    return headline(text, trigger.start) and bool(
        _HEADLINE_END.match(unwrapped(text), trigger.start + len(participle))
    )


def headline(text: str, pos: int) -> bool:
    """The line holding `pos` is a headline: short, ending no sentence, after a blank line or a
    sentence's end; a hard-wrapped paragraph's line breaks are read as spaces (`unwrapped`)."""
    page = unwrapped(text)
    opening = page.rfind("\n", 0, pos) + 1
    closing = page.find("\n", pos)
    line = page[opening : len(page) if closing < 0 else closing]
    before = page[: max(0, opening - 1)].rstrip(" \t\r")
    after = page[len(page) if closing < 0 else closing :].lstrip()
    return (
        len(line) <= HEADLINE_MAX
        and not _SENTENCE_MARK.search(line)
        and (not before or before.endswith(("\n", ".", "!", "?", ":")))
        and not after[:1].islower()  # a sentence running on over the line break
    )


def _under_headline(text: str, mention: Mention, trigger: Trigger) -> bool:
    """ "Union leader X jailed\nOn 3 May a court sentenced ...": who a headline names is no subject
    of the sentence the page runs on into after it."""
    return "\n" in unwrapped(text)[mention.end : trigger.start] and headline(text, mention.start)


HEADLINE_MAX = 120  # chars of a headline's line
_SENTENCE_MARK = re.compile(r"[.;!?]\s|[.;!?]$")
# the participle ends the line, or a few words of circumstance do ("jailed for six years")
_HEADLINE_END = re.compile(
    r"[ \t]*(?:\r?\n|$)|[ \t]+(?:for|after|over|in|on|at|during|amid|following|à|en|après|pour|tras|en|por)\b"
    r"[^\n]*(?:\r?\n|$)",
    re.I,
)


def agent_of(text: str, trigger: Trigger, m: Mention) -> bool:
    """ "arrested by officers of the police X", "despidos por parte de la empresa X": X is named as
    the agent of an act told before it."""
    return _by_agent(text, trigger, m)


def _by_agent(text: str, trigger: Trigger, m: Mention) -> bool:
    """ "arrested by officers of the police X": X acts; in "concerned by the arrest of Ms X" the "by"
    comes before the act, so X undergoes it."""
    window = max(0, m.start - 40)
    agent = _BY_AGENT.search(text[window : m.start])
    return agent is not None and window + agent.start() >= trigger.end


def apposed_after_comma(text: str, start: int) -> bool:
    """The participle starting at `start` is set off by a comma ("X, secretary, detained on")."""
    return _APPOSED_COMMA.search(text, max(0, start - APPOSED_REACH), start) is not None


def apposed_segment(text: str, sentence: Sentence, trigger: Trigger, named: list[Mention]) -> list[Mention]:
    """ "M. A, secrétaire général, arrêté le 20 juillet, et MM. B et C, arrêtés le 30 août": a participle
    set after the persons it befalls takes those named before it, after the same participle before."""
    if not (_APPOSED_PARTICIPLE.match(trigger.word) and apposed_after_comma(text, trigger.start)):
        return named
    stem = trigger.word[:5].lower()
    earlier = text.lower().rfind(f", {stem}", sentence.start, trigger.start - 2)
    start = sentence.start if earlier < 0 else earlier + 2 + len(trigger.word)
    inside = [m for m in named if start <= m.start and m.end <= trigger.start]
    return inside or named
