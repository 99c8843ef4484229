"""Parties a page names only in its running text: who speaks, the letter it reports, whom it appeals to."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from casewatch import vocab
from casewatch.extract.gated import gated
from casewatch.extract.metadata.fields import country_counts
from casewatch.extract.metadata.page_marks import stating_bodies
from casewatch.extract.metadata.page_titles import (
    LETTER_SENT_BY,
    letter_from,
    russian_body,
    titled_statement,
)
from casewatch.extract.metadata.party_names import MANDATE_TITLE, known_body, org_name
from casewatch.extract.metadata.self_voice import organisers
from casewatch.extract.metadata.union_officers import headed_release_union
from casewatch.extract.metadata.voice import (
    CREDIT_LINE,
    intergovernmental,
    officer_bodies,
    own_wire,
    publisher,
    speaker_genre,
    speakers,
    union_bodies,
)
from casewatch.model import Party

# a person's name, its first name perhaps an initial ("P. Doe")
_NAME = r"[A-ZÀ-Ý](?:[\w'’\-]+|\.)(?:\s+(?:[A-ZÀ-Ý][\w'’\-]+|de|del|da|van|von|bin|al)){1,3}"
_ORG = (
    r"[A-ZÀ-Ý][\w'’\-]*"
    r"(?:\s+(?:[A-ZÀ-Ý][\w'’\-]*|(?:of|for|and|on|the|de|des|du|la|del|y|et)(?!\w)|\([A-Z]{2,10}\)))*"
)
# a leading article, a whole word: "La CSI", not the "La" of "Labour Watch"
_ARTICLE = re.compile(r"^(?:(?:The|La|Le|Les|El|Los|Las)\s+|L['’]\s*)")
_OFFICES = (
    r"President[ea]?|Prime Minister|Minister|Commissioner|Chairman|Chairperson|King|Emir|Governor"
    r"|[Pp]resident[ea]?|[Pp]résident(?:e)?|Premier ministre|[Mm]inistr[eoa]"
    r"|[Cc]omisionad[oa]|[Cc]ommissaire"
)
# "a letter to President Jane Doe", "carta dirigida al presidente de X, Juan Pérez"
LETTER_TO = gated(
    r"\b(?:[Ll]etter|[Cc]arta|[Ll]ettre|[Cc]orrespondance|[Cc]orrespondencia|written|wrote|écrit|escribió|escrito)\b"
    r"[^.\n]{0,40}?"
    r"\b(?:to|addressed to|dirigida al?|adressée (?:à|au)|au|al?)\s+(?:the\s+|la\s+|el\s+|le\s+|l')?"
    rf"(?:(?:{_OFFICES})\s+)(?:(?:of|de|du|del)\s+(?:la\s+|el\s+|l')?[A-ZÀ-Ý][\w\-]+,?\s+)?(?P<name>{_NAME})"
)
# a second office-holder the same letter was written to: "... to the President of X Jane Doe and the
# Chairperson of the Y Assembly John Roe"
_AND_OFFICE = re.compile(
    rf"\s+(?:and|y|et)\s+(?:the\s+|la\s+|el\s+|le\s+|l')?(?:{_OFFICES})\s+"
    rf"(?:(?:of|de|du|del)\s+(?:the\s+|la\s+|el\s+|l')?(?:[A-ZÀ-Ý][\w\-]+\s+){{1,2}})?(?P<name>{_NAME})"
)
# "Submission to the UN Special Rapporteur on the rights to ...": the expert it is written to
SUBMISSION_TO = gated(
    r"\b(?:[Ss]ubmission|[Ii]nput|[Cc]ontribution|[Cc]omplaint|[Cc]ommunication|[Ll]etter) (?:to|for) "
    r"(?:the )?(?:UN |United Nations )?"
    rf"(?P<to>{MANDATE_TITLE}[^;,.\n(]{{3,120}})"
)
_SIGNERS = gated(
    r"(?:[Gg]eneral [Ss]ecretary|[Ss]ecretary[- ][Gg]eneral|[Ss]ecretari[oa] general|[Ss]ecrétaire général\w*"
    r")(?:\s+(?:en funciones|adjunt[oa]|interin[oa]|par intérim))?"
    rf"(?:\s+(?:of|de|du|del)\s+(?:the\s+|la\s+|el\s+|l')?[A-ZÀ-Ý][\w\-]+)?,\s+(?P<name>{_NAME})"
)
_LETTER_WORDS = gated(r"\b(?:letter|carta|lettre|correspondance|firma|signed|signée|firmada)\b", re.I)
# "I am writing as General Secretary of X", "On behalf of X", "Au nom de X", "En nombre de X"
ON_BEHALF = gated(
    r"(?:\b(?:[Oo]n behalf of|[Aa]u nom de|[Ee]n nombre de|[Ss]peaking for|[Ee]n representación de"
    r"|as (?:the )?(?:General Secretary|Secretary General"
    r"|President|Chair\w*) of)|(?<!\w)Від імені)\s+"
    # "on behalf of the 20 million members of X": the body whose members they are
    r"(?:(?:the\s+|our\s+)?(?:[\d.,]+\s+(?:million\s+)?)?(?:members|workers|affiliates|membres|afiliad[oa]s)"
    r"\s+(?:of|de|du|del)\s+)?"
    rf"(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?P<org>{_ORG}|[А-ЯЁІЇЄҐ]{{2,10}}(?![\w-]))"
)
# A body presenting itself by the members it counts, opening a sentence: "The X, a federation of
# teachers' unions, representing 400,000 members, protests ..."; "X, qui représente 2 millions de
# travailleurs, ..."
_ORG_ON_LINE = _ORG.replace(r"\s+", r"[ \t]+")
SELF_COUNT = re.compile(
    rf"(?:^|(?<=[.!?:])\s+|\n)[ \t]*(?:The\s+|La\s+|Le\s+|El\s+|L['’])?(?P<org>{_ORG_ON_LINE})"
    r"(?:,[^,\n]{3,100}?)?,?"
    r"\s+(?:representing|which represents?|that represents?|qui représente|qui regroupe|que representa"
    r"|que agrupa)"
    r"\s+(?:approx\.?\s+|approximately\s+|about\s+|some\s+|over\s+|more than\s+|plus de\s+|près de\s+"
    r"|más de\s+|cerca de\s+)?\d[\d.,]*"
)
_REPRESENTS = re.compile(r"represent|regroupe|agrupa")
# a body named by its acronym alone ("On behalf of the TUC, its member unions ...")
_ACRONYM_ALONE = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,10}")
# "En ma qualité de Secrétaire général de la X, ...": French and Spanish names run on in lower case
# ("Confédération syndicale des travailleurs"), up to the clause's comma
# "Le escribo como Secretario General de la X para protestar": up to a purpose clause too
_CLAUSE_STOP = (
    r"(?![ \t](?:je|j['’]|nous|vous|yo|le|les|me|nos|que|qui)\b|[ \t](?:para|pour|afin de|a fin de)[ \t]+"
    r"[a-zà-ÿ]+(?:ar|er|ir|re)\b)"
)
IN_CAPACITY = gated(
    r"\b(?:[Ee]n (?:ma|mi) (?:qualité|calidad) de|como|en tant que) (?:[Ss]ecrétaire général\w*"
    r"|[Pp]résident\w*|[Ss]ecretari[oa] [Gg]eneral|[Pp]residente?a?) (?:de la |de l['’]|du |del |de )"
    rf"(?P<org>[A-ZÀ-Ý](?:{_CLAUSE_STOP}[^,;.\n]){{2,100}})"
)
# "Au nom de la Fédération internationale des travailleurs du bois, je ...", "En nombre de la Federación
# ..., le escribo": a French or Spanish name runs on in lower case up to the clause's end or its pronoun
ON_BEHALF_ROMANCE = gated(
    r"\b(?:[Aa]u nom de|[Ee]n nombre de) (?:la |l['’]|du |del |de la |de l['’]|de )"
    rf"(?P<org>[A-ZÀ-Ý](?:{_CLAUSE_STOP}[^,;.\n]){{2,100}})"
)
# "We, the Teachers' Union of X, protest ...", "Nous, la Fédération X, dénonçons ...": a body naming itself
# as the "we" of its letter
WE_THE = gated(
    r"\b(?:We|Nous|Nosotros|Nosotras),\s+(?:the\s+|la\s+|le\s+|les\s+|el\s+|los\s+|l['’])?"
    r"(?P<org>[A-ZÀ-Ý][^,;.\n]{2,100}),"
)
# without the commas, the name ends at its acronym in brackets: "We the X (XYZ) stand ..."
WE_THE_BARE = gated(
    r"\b(?:We|Nous|Nosotros|Nosotras)\s+(?:the|la|le|les|el|los)\s+(?P<org>[A-ZÀ-Ý][^,;.()\n]{2,100}?)"
    r"\s+\([A-ZÀ-Ý]{2,10}\)"
)
# A page's credit to the body whose release it is: "This is a press release from the X Union"
RELEASE_CREDIT = re.compile(
    r"^[ \t]*This is\s+an?\s+(?:press release|news release|statement)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-Ý][^\n,;:.]{1,80}?)[ \t]*\.?[ \t]*$",
    re.M,
)
# A submission's or report's author on a line of its own: "Submitted by the X", "Prepared by X, a ..."
AUTHOR_LINE = re.compile(
    r"^[ \t]*(?:(?:Submitted|Prepared|Presented|Written|Présentée?|Soumise?|Préparée?"
    r"|Presentad[oa]|Preparad[oa])[ \t]+)?(?:by|par|por)[ \t]+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?P<org>[^\n,;]{3,120})",
    re.M,
)
_CAPS = r"[A-ZÀ-Ý][\w\-]+(?: [A-ZÀ-Ý][\w\-]+)*"
APPEAL = gated(
    r"\b(?:appeals? to|calls? (?:up)?on|urges?|exhorte|appelle|insta a|exhorta a)\s+"
    r"(?:the\s+|les\s+|las\s+|los\s+)?"
    rf"(?P<to>[A-ZÀ-Ý][\w\-]+ authorities|autorités (?:de |du |d')?{_CAPS}"
    rf"|autoridades (?:de |del )?{_CAPS}|[Gg]overnment of {_CAPS})"
)


# a dash-delimited aside or a bracket inside a body's name; where one sentence ends and the next starts
_ASIDE = re.compile(r"\s*[–—-][^–—]*[–—]\s*|\s*\([^)]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# A body named with its officer, who acts for it: "the XYZ General Secretary Jane Doe" is the XYZ's act
_BODY_OFFICER = re.compile(
    r"^(?P<body>(?:(?![ \t](?:and|y|et|e|и)[ \t]).)+?)[ \t]+"
    r"(?:General Secretary|Secretary[- ]General|President|Chair(?:person)?|Director"
    r"|[Ss]ecrétaire [Gg]énéral(?:e)?|[Pp]résident(?:e)?|[Ss]ecretari[oa] [Gg]eneral|[Pp]residente?)"
    r"[ \t]+[A-ZÀ-Ý][\w'’.\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){1,3}$"
)


def _body_name(who: str) -> str:
    """ "Education International (EI)" -> "Education International"; "La CSI" -> the ITUC's name; "XYZ
    General Secretary Jane Doe" -> the XYZ's name."""
    return known_body(_ARTICLE.sub("", _without_officer(_ASIDE.sub(" ", who).strip())).strip())


def _without_officer(who: str) -> str:
    officer = _BODY_OFFICER.match(who)
    return officer.group("body") if officer else who


def page_senders(text: str) -> list[Party]:
    """The union or NGO whose page it is: the one speaking in its own voice, else the union named most."""
    head = text[:5000]
    published = publisher(head)
    if published:
        return [Party(published[1])]
    wire = own_wire(head)
    if wire:
        return [Party(_body_name(wire))]
    # bodies speaking in their own voice, named after their statement's verb, quoting their own officers
    stating = list(dict.fromkeys(_body_name(who) for who in stating_bodies(head)))
    if len(stating) > 1:  # a joint statement is each of its bodies'
        return [Party(who) for who in stating]
    own = [*speakers(head), *stating, *officer_bodies(head)]
    voiced = _whole_names(Counter(_body_name(who) for who in own))
    if voiced:  # bodies speaking together as often as the first speaker alone are its statement's senders
        most = voiced.most_common(1)[0][1]
        joint = next((j for w, n in voiced.items() if n == most and len(j := _joint(w)) > 1), None)
        return [Party(who) for who in joint or _joint(voiced.most_common(1)[0][0])]
    if headed := headed_release_union(head):  # a union's release quoting its officer, a president too
        return [Party(_body_name(headed))]
    if organising := organisers(head):  # its release names who organises the action it announces
        return [Party(_body_name(who)) for who in _joint(organising)]
    named = Counter(_body_name(b) for b in union_bodies(head))
    top = named.most_common(1)
    if top and top[0][1] >= 3:
        return [Party(top[0][0])]
    titled = _title_body(head)
    return [Party(titled)] if titled else []


_NAME_WORD = re.compile(r"[\w'’\-]+")
# "La FSTA y la CNTA instan ...": two bodies speaking together, each a sender
# (an article after the conjunction shows a second body; without one, "X for Dock Labour and Human Rights"
# is one name, unless both sides are acronyms)
_AND = re.compile(r"[ \t]+(?:y|and|et|e|и)[ \t]+(?:(?P<article>la|el|le|les|the|l['’])[ \t]*)?")


def _joint(who: str) -> list[str]:
    """The bodies a coordinated speaker names, when each is a body's name or acronym; else the speaker."""
    who = " ".join(who.split())
    m = _AND.search(who)
    parts = _AND.split(who)[::2] if m else [who]  # the split keeps the article group: every other piece
    acronyms = all(_ACRONYM_ALONE.fullmatch(p) for p in parts)
    if len(parts) != 2 or not (acronyms or (m and m.group("article"))):
        return [who]
    parts = [_without_officer(p) for p in parts]
    bodies = [known_body(p) for p in parts if org_name(p) or _ACRONYM_ALONE.fullmatch(p) or speaker_genre(p)]
    return bodies if len(bodies) == len(parts) else [who]


def _whole_names(voiced: Counter[str]) -> Counter[str]:
    """A body named short in a headline ("Federation demands ...", "La CUV exige ...") and in full in the
    text ("The Global Federation of X demanded today ..."): the short name's statements are the full name's,
    a short name being some of its words or its initials."""
    whole: Counter[str] = Counter()
    named = [o for o in voiced if o.casefold() not in _generic_speakers()]
    for name, n in voiced.items():
        words = set(_NAME_WORD.findall(name.casefold()))
        longer = [
            o
            for o in voiced
            if o != name and (words < set(_NAME_WORD.findall(o.casefold())) or name == _capitals(o))
        ]
        if not longer and name not in named and named:  # "Профсоюз требует ...": a kind, not a name
            longer = [max(named, key=lambda o: voiced[o])]
        whole[max(longer, key=len) if longer else name] += n
    return whole


@cache
def _generic_speakers() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.load("genres")["generic_speakers"])


def _capitals(name: str) -> str:
    """The initials of a name's capitalised words: "Central Unida de Vidrieros" -> "CUV"."""
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w[:1].isupper())


_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-ZÀ-Ý][A-ZÀ-Ý&]{1,9}(?![\w-])")


def _title_body(head: str) -> str | None:
    """A well-known union or NGO that the page's title names by its acronym ("Resolution of the ARW congress
    in solidarity with ..."): on a page speaking for no one else, the page is that body's."""
    title = next((line for line in head[:400].splitlines() if line.strip()), "")
    for m in _ACRONYM_WORD.finditer(title):
        name = known_body(m.group(0))
        if name != m.group(0) and not intergovernmental(name) and speaker_genre(name):
            return name
    return None


def body_senders(text: str) -> list[Party]:
    """A letter's senders named only in its body: "On behalf of X", the body a page says sent the letter it
    carries, or the bodies stating in their own voice."""
    head = text[:3000]
    named = (
        AUTHOR_LINE.search(head, 0, 1500),
        CREDIT_LINE.match(head),
        RELEASE_CREDIT.search(head, 0, 800),
        ON_BEHALF_ROMANCE.search(head),
        ON_BEHALF.search(head),
        IN_CAPACITY.search(head),
        WE_THE.search(head),
        WE_THE_BARE.search(head),
    )
    counted = SELF_COUNT.search(head, 0, 2000) if _REPRESENTS.search(head, 0, 2000) else None
    for m in (*named, counted, LETTER_SENT_BY.search(head, 0, 1500)):
        if m and org_name(m.group("org")):
            return [Party(_body_name(org_name(m.group("org")) or ""))]
        if m and m.re is not AUTHOR_LINE and _ACRONYM_ALONE.fullmatch(m.group("org")):
            return [Party(_body_name(m.group("org")))]
    if russian := russian_body(head, text[-800:]):
        return [russian]
    titled = titled_statement(head)
    signed = letter_from(head)
    return [titled] if titled else [Party(known_body(signed[1]))] if signed else page_senders(head)


def reported_addressees(text: str) -> list[Party]:
    """Whom a page says a letter was written to, whom a submission is made to, or whom the body appeals
    to ("the X authorities")."""
    head = text[:5000]
    found = [Party(m.group("to").strip()) for m in SUBMISSION_TO.finditer(head[:1500])]
    for m in LETTER_TO.finditer(head):
        found.append(Party(m.group("name")))
        if also := _AND_OFFICE.match(head, m.end()):
            found.append(Party(also.group("name")))
    found += [Party(m.group("to")) for m in APPEAL.finditer(head) if country_counts(m.group("to"))]
    return list({p.name: p for p in found}.values())


def reported_signatories(text: str) -> list[Party]:
    """Who a page says signed the letter it reports ("signed by its General Secretary, Jane Doe")."""
    head = text[:5000]
    signed = letter_from(head)
    if signed:
        return [Party(signed[0], role="signature")]
    # a sentence is a piece of the head: a head without a signer's title or a letter's word has no sentence
    # that holds both, and is not split
    if _SIGNERS.vain(head) or _LETTER_WORDS.vain(head):
        return []
    sentences = _SENTENCE_END.split(head)
    found = [
        Party(m.group("name"), role="signature")
        for sentence in sentences
        if _LETTER_WORDS.search(sentence)
        for m in _SIGNERS.finditer(sentence)
    ]
    return list({p.name: p for p in found}.values())
