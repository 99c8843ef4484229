"""Who sends a document: an ILO committee, UN mandates, a mission, a letterhead or signing body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from casewatch.extract.layout import clean
from casewatch.extract.metadata.foot_signature import office_body, signing_body
from casewatch.extract.metadata.head_bodies import head_bodies
from casewatch.extract.metadata.page_marks import (
    masthead_name,
    right_heading,
    series_banner,
)
from casewatch.extract.metadata.page_parties import body_senders
from casewatch.extract.metadata.party_names import (
    MANDATE_TITLE,
    governments,
    is_role,
    known_body,
    org_name,
    part_lines,
    person_name,
    signed_body_lines,
    signed_for,
    strip_role,
    untagged,
)
from casewatch.extract.metadata.self_voice import foot_body
from casewatch.extract.metadata.voice import CREDIT_LINE, well_known_ngo
from casewatch.model import Genre, Part, Party

ILO_COMMITTEES = {
    Genre.ILO_CAS: "Conference Committee on the Application of Standards",
    Genre.ILO_CEACR: "Committee of Experts on the Application of Conventions and Recommendations",
    Genre.ILO_CFA: "Committee on Freedom of Association",
}
_MANDATE_HEADS = (
    "Special Rapporteur|Working Group|Independent Expert|Chair-Rapporteur"
    "|Rapporteu(?:r|se) spécial(?:e)?|Groupe de travail|Experte? indépendante?"
    "|Relatora? Especial|Grupo de Trabajo|Experta? Independiente"
    "|Специальн\\w+ докладчик\\w*|Рабоч\\w+ групп\\w*|Независим\\w+ эксперт\\w*"
)
MANDATE = re.compile(
    rf"(?:{_MANDATE_HEADS}|Vice-Chair)\b.*?"
    r"(?=\s*(?:,|;|\band|\bet|\by|(?<!\w)и)\s+(?:(?:together|jointly|along) with\s+|conjointement avec\s+"
    r"|junto con\s+|conjuntamente con\s+)?"
    r"(?:the\s+|du\s+|de la\s+|de l['’]|del\s+|de los\s+|la\s+|le\s+|el\s+|los\s+|las\s+|l['’])?"
    rf"(?:{_MANDATE_HEADS})"
    r"|\s*$|\s*[.;])",
    re.I | re.S,
)
MISSION = re.compile(
    r"(?:Permanent Mission of (?:the\s+)?|Mission permanente (?:de la |du |de l'|d'|des |de )"
    r"|Misión Permanente (?:de la |del |de )|Постоянное представительство )[A-ZÀ-ÝА-ЯЁ][^\n,]{2,60}?"
    r"(?=\s+(?:to|auprès|ante|presents|présente|saluda|при|в|свидетельствует)(?!\w))"
)
# A ministry's own note verbale: "The Ministry of Foreign Affairs of X presents its compliments to ..."
_MINISTRY_NOTE = re.compile(
    r"(?P<ministry>(?:Ministry|Ministère|Ministerio|Министерство)\b[^\n,;]{3,80}?)"
    r"\s+(?:presents its compliments|présente ses compliments|saluda (?:muy )?atentamente|свидетельствует)"
)
# Whom a note verbale is addressed to: "presents its compliments to the Office of ...,"


# the label a mandates heading opens with; an acronym; a bracket after a name; a body named by its
# acronym alone; a word of a name
_MANDATES_LABEL = re.compile(
    r"^\s*(?:Mandates? of (?:the\s+)?|Mandats? (?:du|de la|des)\s+|Mandatos? (?:del|de la|de los)\s+"
    r"|Мандаты?\s+)",
    re.I,
)
# "\b[A-Z]{3,8}\b" written capital first, the word start looked behind after it: `re` looks for a pattern
# opening with a letter class at C speed, where it tries one opening with "\b" at every position
_ACRONYM = re.compile(r"[A-Z](?<!\w.)[A-Z]{2,7}\b")
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_BARE_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,10}")
_WORD = re.compile(r"[\w'’\-]+")


def mandate_titles(heading: str) -> list[str]:
    """Each mandate of a "Mandates of the Special Rapporteur on X and the Working Group on Y" heading."""
    heading = _MANDATES_LABEL.sub("", " ".join(clean(line) for line in heading.splitlines()))
    return [_nominative(m.group(0).strip()) for m in MANDATE.finditer(heading)]


# A Russian heading names its mandates in the genitive ("Мандаты Специального докладчика ..."): a sender
# is named in the nominative
_RUSSIAN_HEADS = {
    "Специального докладчика": "Специальный докладчик",
    "Специальной докладчицы": "Специальный докладчик",
    "Рабочей группы": "Рабочая группа",
    "Независимого эксперта": "Независимый эксперт",
}


def _nominative(title: str) -> str:
    for genitive, nominative in _RUSSIAN_HEADS.items():
        if title.startswith(genitive):
            return nominative + title[len(genitive) :]
    return title


def _acronyms(text: str) -> set[str]:
    return set(_ACRONYM.findall(text))


def _initials(name: str) -> str:
    connectors = {"of", "for", "and", "on", "the", "de", "des", "du", "la", "del", "y", "et"}
    return "".join(w[0] for w in name.split() if w not in connectors and w[:1].isupper())


def letterhead_org(text: str, parts: Sequence[Part]) -> str | None:
    """The issuing organisation in a letterhead: a name whose acronym the letter uses, or that it repeats."""
    acronyms = _acronyms(text)
    # a page's title led by its body's name ("Union X: Calling for ..."): the name is before the colon
    lines = [line.split(": ")[0] for line in part_lines(text, parts, "letterhead")]
    for line in lines:
        words = _BRACKETED.sub("", line).split()  # "Name (ACRONYM)": the name without it
        for n in range(len(words), 1, -1):
            candidate = " ".join(words[:n])
            if _initials(candidate) in acronyms and org_name(candidate):
                return candidate
    repeated = next((org for line in lines if (org := org_name(line)) and text.count(org) >= 2), None)
    # the name heading the page's first line is the letterhead's, said once or not
    first = text.lstrip().split("\n", 1)[0].strip()
    return repeated or (org_name(first) if lines and lines[0] == clean(first).split(": ")[0] else None)


def ilo_or_un_senders(text: str, parts: Sequence[Part], genre: Genre) -> list[Party]:
    if genre in ILO_COMMITTEES:
        return [Party(ILO_COMMITTEES[genre])]
    heading = next((text[p.start : p.end] for p in parts if p.kind == "mandates"), None)
    titles = mandate_titles(heading) if heading else []
    if not titles:
        titles = [ln for ln in part_lines(text, parts, "signature") if MANDATE.match(ln)]
    return [Party(t) for t in dict.fromkeys(titles)]


# A UN statement's issuers: "Ms Jane Doe, Special Rapporteur on ...;" lines, "issued by the High Commissioner"
_EXPERT_LINE = re.compile(
    r"[A-ZÀ-Ý][\w.'’\-]+(?: [A-ZÀ-Ý][\w.'’\-]+)*,[ \t]+"
    r"(?P<title>(?:Special Rapporteur|Independent Expert|Working Group|Rapporteu(?:r|se) spécial(?:e)?"
    r"|Experte? indépendante?|Groupe de travail|Relatora? Especial|Experta? [Ii]ndependiente"
    r"|Grupo de Trabajo)"
    r" (?:on|in the field of|for|sur|chargée? de|dans le domaine|sobre|en la esfera) [^;,.\n]{3,120})"
)
_ISSUED_BY = re.compile(
    r"\b(?:issued|made|delivered)\b[^.\n]{0,40}?\bby (?:the )?"
    r"(?P<title>(?:[Aa]cting |Deputy )?(?:United Nations |UN )?High Commissioner for Human Rights"
    r"|Secretary-General|(?:Special Rapporteur|Independent Expert|Working Group) on [^;,.\n]{3,120})"
)

# A UN official's speech, headed by its speaker's office: "Oral update by the Assistant Secretary-General for
# Human Rights", "Intervention de la Haute-Commissaire aux droits de l'homme", "Discurso del Relator Especial
# sobre ..."
_SPOKEN_BY = re.compile(
    r"(?m:^[ \t#*]*(?:Oral (?:update|presentation|statement)"
    r"|(?:Opening |Closing )?(?:Statement|Remarks|Speech)"
    r"|Intervention|Déclaration|Discours|Allocution|Declaración|Intervención|Discurso)"
    r" (?:by|of|de la|de l['’]|du|del)[ \t]*"
    r"(?:(?:[A-ZÀ-Ý][\w'’.-]+ ){1,4}?[A-ZÀ-Ý][\w'’.-]+,[ \t]+)?(?:the[ \t]+)?"  # the holder's name first
    r"(?P<title>(?:Acting |Deputy |Assistant |Under-)?(?:United Nations |UN )?"
    r"(?:High Commissioner for Human Rights|Secretary-General for Human Rights|Secretary-General"
    r"|Haute?-Commissaire aux droits de l['’]homme|Alt[oa] Comisionad[oa] para los Derechos Humanos"
    r"|(?:Special Rapporteur|Independent Expert|Rapporteu(?:r|se) spécial(?:e)?|Relator(?:a)? Especial)"
    r" (?:on|sur|sobre) [^;,.\n]{3,120})))"
)

# Who speaks on a UN release that names no mandate: the High Commissioner, the Office (or its office in a
# country), in each language; or "UN experts" as a group, named so whatever adjectives the release gives them
_UN_SPEAKER = re.compile(
    r"(?P<title>(?:(?:Office of the|Bureau du|Oficina (?:en [A-ZÀ-Ý][\w ]{2,30}? )?del)[ \t]+)?"
    r"(?:(?:[Aa]cting |Deputy )?(?:United Nations |UN )?High Commissioner for Human Rights"
    r"|Haute?[- ][Cc]ommissa(?:ire|riat)(?: des Nations [Uu]nies)?(?: par intérim)? aux droits de l['’]homme"
    r"(?: par intérim)?"
    r"|Alt[oa] Comisionad[oa] de las Naciones Unidas para los Derechos Humanos))"
    r"|\b(?P<experts>(?:UN|United Nations) (?:independent )?(?:human rights )?experts)\b"
)


# A release's subject, a UN mechanism named with its title: "The United Nations Working Group on Arbitrary
# Detention* today welcomed ...", "el Grupo de Trabajo de la ONU sobre X instó ..."
_UN_BODY_SPEAKS = re.compile(
    r"\b(?:United Nations|UN|ONU) (?P<title>(?:Working Group|Special Rapporteur|Independent Expert)"
    r" (?:on|for) [A-Za-z][^*,.;()\n]{2,80}?)"
    r"(?=\*|,|\s+(?:today|has|have|said|welcomed|urged|called|expressed))"
)


def _un_speaker(head: str) -> list[str]:
    body = _UN_BODY_SPEAKS.search(head)
    if body:
        return [" ".join(body.group("title").split())]
    m = _UN_SPEAKER.search(head)
    if not m:
        return []
    return ["UN experts"] if m.group("experts") else [" ".join(m.group("title").split())]


# A communication's summary: "Mandates: Special Rapporteur on X; Working Group on Y", or "The Special
# Rapporteur on X sent an allegation letter ..."
_MANDATES_LABEL = re.compile(
    r"(?:^|\|)\s*(?:Mandates?|Mandats?|Mandatos?|Мандаты?)(?:\(s\))?\s*:\s*(?P<titles>[^|\n]+)$", re.M | re.I
)
_SENT_BY = re.compile(
    rf"(?P<title>(?:{MANDATE_TITLE}|(?:{_MANDATE_HEADS}) (?:sur|chargée? de|sobre))[^.\n]{{3,400}}?)"
    r"(?:,(?P<aside>[^.\n]{0,200}),)?\s+(?:jointly\s+|conjointement\s+|conjuntamente\s+)?"
    r"(?:sent|transmitted|addressed|envi(?:ó|aron)|transmiti(?:ó|eron)|dirigi(?:ó|eron)"
    r"|(?:a|ont) (?:envoyé|adressé|transmis))(?!\w)"
)


# "Urgent appeal sent on 4 March 2031 by the Special Rapporteur on X", "Appel urgent envoyé le ... par le
# Rapporteur spécial sur X": a summary's entry heading naming its mandates after the verb
_SENT_BY_PASSIVE = re.compile(
    r"\b(?:[Uu]rgent appeal|[Aa]llegation letter|[Ll]etter of allegations?|[Cc]ommunication|[Ll]etter"
    r"|[Aa]ppel urgent|[Ll]ettre d['’]allégations?|[Ll]lamamiento urgente|[Cc]arta de alegaciones?"
    r"|[Cc]omunicación)\s+(?:sent|transmitted|envoyée?|transmise?|enviad[oa]|transmitid[oa])\b[^.\n]{0,60}?"
    r"\b(?:by|par|por)\s+(?:the\s+|le\s+|la\s+|el\s+)?"
    rf"(?P<title>(?:{MANDATE_TITLE}|(?:{_MANDATE_HEADS}) (?:sur|chargée? de|sobre))[^.\n]{{3,400}})"
)
# An aside joining further mandates to a sentence's subject: ", together with the Special Rapporteur on Y,"
_JOINED = re.compile(
    r"^\s*(?:(?:together|jointly|along) with|conjointement avec|junto con|conjuntamente con)\s+"
)


# A Council document reporting a mandate's work: "Report of the Special Rapporteur on X, Jane Doe",
# "Joint report by the Special Rapporteur on X; the Working Group on Y"; its title runs over lines and ends
# at the holder's name, a footnote mark or the next heading
_REPORT_OF = re.compile(
    r"\b(?:Joint )?[Rr]eport (?:of|by|submitted by) the\s+(?P<titles>(?:Special Representative of the"
    r" Secretary-General|Special Rapporteur|Independent Expert|Working Group)\b.{3,600}?)"
    r"(?=(?:,\s+[A-ZÀ-Ý][\w.'’\-]+(?:\s+[A-ZÀ-Ý][\w.'’\-]+){1,3})?\s*(?:\*|(?:Addendum|Summary|Contents)\b|$))"
)
_REPRESENTATIVE = re.compile(r"^Special Representative of the Secretary-General (?:on|for) .+$")


def report_senders(head: str) -> list[str]:
    """The mandates a Council report is by, from its title."""
    m = _REPORT_OF.search(" ".join(head[:3000].split())) if "eport " in head[:3000] else None
    if not m:
        return []
    titles = m.group("titles").replace(";", ",")
    return [titles.strip()] if _REPRESENTATIVE.match(titles.strip()) else mandate_titles(titles)


def _sent_by_titles(m: re.Match[str]) -> list[str]:
    """The mandates of a "sent" sentence's subject, and those its aside joins to it."""
    aside = m.group("aside") or ""
    joined = _JOINED.match(aside)
    return mandate_titles(m.group("title")) + (mandate_titles(aside[joined.end() :]) if joined else [])


def un_statement_senders(text: str) -> list[Party]:
    """The mandates that speak on a UN page without a letter's mandates heading."""
    head = text[:5000]
    titles = [m.group("title").strip() for m in _EXPERT_LINE.finditer(head)]
    titles = titles or report_senders(head)
    titles = titles or [m.group("title").strip() for m in _ISSUED_BY.finditer(head)]
    titles = titles or [m.group("title").strip() for m in _SPOKEN_BY.finditer(head[:1500])]
    label = _MANDATES_LABEL.search(head)
    titles = titles or (mandate_titles(label.group("titles").replace(";", ",")) if label else [])
    # "The Special Rapporteur on X and the Working Group on Y sent ...": each mandate of the subject
    titles = titles or [t for m in _SENT_BY.finditer(head) for t in _sent_by_titles(m)]
    titles = titles or [t for m in _SENT_BY_PASSIVE.finditer(head) for t in mandate_titles(m.group("title"))]
    titles = titles or _un_speaker(head)
    return [Party(t) for t in dict.fromkeys(titles)]


def senders(text: str, parts: Sequence[Part], genre: Genre, countries: Sequence[str]) -> list[Party]:
    found = ilo_or_un_senders(text, parts, genre)
    if found or genre is Genre.UN_COMMUNICATION:
        return found or un_statement_senders(text)
    if genre is Genre.GOVERNMENT_REPLY:
        mission = MISSION.search(text)
        ministry = None if mission else _MINISTRY_NOTE.search(text[:3000])
        sender = mission.group(0) if mission else ministry.group("ministry") if ministry else None
        return [Party(" ".join(sender.split()))] if sender else governments(countries)
    signed = [
        org
        for line in part_lines(text, parts, "signature")
        if (org := _signing_body(line)) and not person_name(line)
    ]
    signed = signed or [o for line in part_lines(text, parts, "signature") if (o := _role_body(line, text))]
    signed = signed or signed_body_lines(part_lines(text, parts, "signature"))
    if signed := signed or head_bodies(part_lines(text, parts, "letterhead")):  # joint: one per body
        return [Party(known_body(org)) for org in dict.fromkeys(signed)]
    org = (
        _head_line_body(part_lines(text, parts, "sender"))
        or _signatory(text)
        or letterhead_org(text, parts)
        or _masthead(text, genre)
        or (signing_body(text) or foot_body(text) if genre is not Genre.NEWS else None)
    )
    if org:
        return [Party(known_body(untagged(org)))]
    # news names its source's outlet, which it need not say: the bodies it quotes did not send it
    if genre is Genre.NEWS:
        return []
    return body_senders(text) or (_named_ngo(text) if genre is Genre.NGO_REPORT else [])


def _named_ngo(text: str) -> list[Party]:
    """An NGO's page that says who publishes it nowhere else: the well-known NGO its head names first."""
    named = well_known_ngo(text[:3000])
    return [Party(known_body(named))] if named else []


# An appeal or a joint statement labelled with the body that signs it: "Pétition dont la LDA est signataire"
_SIGNATORY_LABEL = re.compile(
    r"^[ \t]*(?:Pétition|Appel(?: commun)?|Déclaration commune|Communiqué commun|Lettre ouverte|Tribune)"
    r" dont (?:la |le |l['’])(?P<org>[A-ZÀ-Ý][\w'’ -]{1,40}?) est (?:signataire|membre)[ \t]*$",
    re.M,
)


# A page titled as its body's statement on its first line: "ARDEN Statement", "Arden Network Press release"
_TITLED_BY = re.compile(
    r"\A\s*(?P<org>[A-ZÀ-Ý][\w'’&.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’&.-]*){0,5}?)[ \t]+"
    r"(?:Statement|Joint statement|Press release|Declaration|Déclaration|Communiqué|Comunicado|Declaración)\b"
)


def _signatory(text: str) -> str | None:
    """The body an appeal's label names as signing it, or the body the page's title line is the statement of
    (by an acronym, or a name that reads as a union's or an NGO's)."""
    if m := _SIGNATORY_LABEL.search(text[:1500]):
        return m.group("org")
    m = _TITLED_BY.match(text[:300])
    org = m.group("org") if m else None
    return org if org and (_BARE_ACRONYM.fullmatch(org) or org_name(org)) else None


def _head_line_body(lines: list[str]) -> str | None:
    """The body a sender's head line names after the signer and the role: "Jane Doe, General Secretary,
    Federation of X, FX, City, date"."""
    fields = [field.strip() for line in lines for field in line.split(",")[1:]]
    return next((org for field in fields if (org := org_name(field))), None)


def _signing_body(line: str) -> str | None:
    if body := office_body(line):  # the officer's title, in any of its languages, names the body after it
        return body
    body = signed_for(line)
    if body and (org_name(body) or _BARE_ACRONYM.fullmatch(body)):
        return body
    return org_name(strip_role(line))


# "Presidente CUT Norte", "General Secretary RCTU", "La Secrétaire générale du SNAPAP": a signer's role
# naming the body by an acronym, the role led by its article and joined by its preposition or not
_ROLE_ACRONYM = re.compile(
    r"^(?:(?:The|Le|La|El|A)[ \t]+)?(?P<role>[\w\- ]{3,40}?)"
    r"(?:[ \t]+(?P<of>of[ \t]+the|of|du|de[ \t]+la|de[ \t]+l['’]|del|de|des))?"
    r"(?:(?<=['’])|[ ,]+)(?P<acronym>[A-ZÀ-Ý]{3,10})\b"
)
_CAPITALISED = re.compile(r"[A-ZÀ-Ý][\w'’\-]*")


def _role_body(line: str, text: str) -> str | None:
    """The body a signer's role names by acronym, as the letter spells it out (initials in order); the
    acronym itself where the role is joined to it ("Secretary General of the XYZ") and nothing spells it."""
    m = _ROLE_ACRONYM.match(line)
    if not m or not is_role(m.group("role").strip(" ,")):
        return None
    acronym = m.group("acronym")
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        if word[:1] != acronym[0] or not _CAPITALISED.fullmatch(word):
            continue
        for j in range(i + 1, min(i + 12, len(words)) + 1):
            name = " ".join(words[i:j])
            if _initials(name) == acronym and _CAPITALISED.fullmatch(words[j - 1]):
                return name
    return acronym if m.group("of") else None


def _masthead(text: str, genre: Genre) -> str | None:
    """A report's publisher named alone on one of its first lines ("HUMAN RIGHTS WATCH")."""
    if genre is not Genre.NGO_REPORT:
        return None
    if credit := CREDIT_LINE.match(text):  # "From X" on its first line: the page is X's
        return credit.group("org")
    lines = [clean(raw) for raw in text[:600].splitlines() if clean(raw)][:3]
    if lines and series_banner(lines[0]):  # "URGENT ACTION" over the headline: no masthead
        return None
    if named := masthead_name(text):  # a well-known body's banner, its series words left out
        return named
    # a masthead is a name alone: "Country: what happened" is the report's headline
    names = (line for line in lines if ": " not in line and not right_heading(line))
    return next((line for line in names if known_body(line) != line or org_name(line)), None)
