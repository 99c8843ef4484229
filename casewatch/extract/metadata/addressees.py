"""Whom a document is written to: its addressee block, cc list, a note's compliments, else a government."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.layout import clean
from casewatch.extract.layout.letter_marks import ADDRESSEE_MARK, CC, RUSSIAN_OFFICES
from casewatch.extract.metadata.address_block import address_block
from casewatch.extract.metadata.fields import country_counts, listed_cases
from casewatch.extract.metadata.greetings import slavic_greeted
from casewatch.extract.metadata.page_parties import reported_addressees
from casewatch.extract.metadata.party_names import (
    EMAIL,
    governments,
    org_name,
    person_name,
    strip_honorific,
    strip_title,
)
from casewatch.extract.metadata.senders import ILO_COMMITTEES
from casewatch.extract.names.common import cities
from casewatch.extract.names.person_cyrillic import nominative_initialled
from casewatch.extract.names.person_given import given_names
from casewatch.model import Genre, Part, Party

COMPLIMENTS = re.compile(
    r"(?:presents its compliments to|présente ses compliments (?:à|au|aux)|saluda (?:atentamente )?(?:a|al))"
    # it ends before its conjunction, followed by a space or by the comma of an aside ("... Rights and, with
    # reference to ...")
    r"\s+(?:the\s+|la\s+|l'|el\s+)?(?P<to>(?:[A-ZÀ-Ý]|secretariat\b|secrétariat\b|secretaría\b)[^\n,;(]{3,120}?)"
    r"(?=\s*(?:[,;(]|\.(?:\s|$)|\s[-–]\s|\s(?:and|et|y)[\s,]))"
)

# A State's letter circulated as a UN document, titled with whom it is addressed to: "Letter dated 3 May 2031
# from the Permanent Representative of X ... addressed to the Chairperson of the Commission", "Note verbale
# dated ... addressed to the secretariat of the Council"
_ADDRESSED_TO = re.compile(
    r"\b(?:Letter|Note verbale|Lettre|Carta|Nota verbal)\s+dat(?:ed|ée|ada)\b[^\n]{0,40}?\s(?:from|de)\s"
    r"[^\n]{0,200}?\s(?:addressed\s+to|adressée?\s+(?:à|au)|dirigida\s+al?)\s+(?:the\s+|la\s+|l['’]|el\s+)?"
    r"(?P<to>[^\n.;]{3,100}?)(?=\s*(?:\n|$|[.;]|\s(?:The|La|Le|El|I)\s))"
)


# An office addressed by its title, in a letter's address block: "Président de la République de X",
# "A Son Excellence Monsieur le Ministre de l'Intérieur", "Prime Minister of X"
_OFFICES = (
    "Présidente?|Presidente|Presidenta|President|Premier [Mm]inistre|Primer[oa]? [Mm]inistr[oa]"
    "|Prime Minister|Ministre|Ministro|Ministra|Minister"
    "|Secrétaire [Gg]énéral|Secretario [Gg]eneral|Secretary[- ]General"
    "|Director[- ][Gg]eneral|Directeur [Gg]énéral|Directora? [Gg]eneral"
    "|High Commissioner|Haut-Commissaire|Alto Comisionado|Ambassador|Ambassadeur|Embajadora?"
    "|Gouverneur|Governor|Gobernadora?|Maire|Mayor|Alcalde(?:sa)?|Préf(?:et|ète)|Prefect|Prefect[oa]"
)
OFFICE_LINE = re.compile(
    r"^(?:(?:À|A|To|Al?)\s+)?(?:(?:Son|Sa|His|Her|Su)\s+Excel\w+\s+)?"
    r"(?:(?:Monsieur|Madame|Mr\.?|Ms\.?|Mrs\.?|Señora?|Sr\.|Sra\.|Excm[oa]\.?)\s+)?"
    r"(?:le\s+|la\s+|l['’]|el\s+|the\s+)?"
    rf"(?P<office>(?:Vice[- ])?(?:{_OFFICES})"
    # the office's complement, not a holder's name: "Prime Minister Jane Doe" names a person
    r"(?:\s+(?:(?:of|for|to|de|du|des|del|à|au|aux|chargée?)(?![\w’'])|d['’])[^;\n]{0,120}?)?)\s*[;,.]?$"
)


# The holder under a Russian office: "г-ну А. Б. Петров", "господину Петрову", "Т. Н. Сидоровой"
_HOLDER_HONORIFIC = re.compile(r"^(?:г-ну|г-же|г\.|господину|госпоже)\s+", re.I)
# after "г-ну" a surname ending in a consonant takes "-у" ("г-ну К. Брандту" is K. Brandt)
_FOREIGN_DATIVE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])у$")


def _russian_block(lines: list[str]) -> Party | None:
    """The office a Russian block opens with, in the nominative with its complement lines ("Генеральному
    директору / Международного бюро труда"), written to its holder when a line names one."""
    first = lines[0]
    dative = next((d for d in RUSSIAN_OFFICES if first == d or first.startswith(d + " ")), None)
    if dative is None:
        return None
    office, holder = [RUSSIAN_OFFICES[dative] + first[len(dative) :]], None
    for line in lines[1:]:
        name = person_name(_HOLDER_HONORIFIC.sub("", line))
        if name:
            holder = nominative_initialled(
                _FOREIGN_DATIVE.sub("", name) if _HOLDER_HONORIFIC.match(line) else name
            )
            break
        office.append(line)
    role = " ".join(office)
    return Party(holder, role=role) if holder else Party(role)


def _offices(lines: list[str]) -> list[Party]:
    """The offices a block addresses by title, one a line (a letter to several office holders)."""
    marked = (ADDRESSEE_MARK.sub("", line, count=1).strip(" :-") for line in lines)  # "À l'attention de"
    found = [m.group("office").strip() for line in marked if (m := OFFICE_LINE.match(line))]
    return [Party(office) for office in found if not person_name(office)]


# A courtesy line over the addressee's name names no one: "To His Excellency", "Excelentísimo Señor"
COURTESY = re.compile(
    r"(?:(?:His|Her|Your|Son|Sa|Su)\s+Excel\w+|Excelent[ií]sim[oa]|Excm[oa]\.?|[HS]\.\s?E\.)"
    r"(?:\s+(?:Mr\.?|Mrs\.?|Ms\.?|Monsieur|Madame|Se[ñn]ora?|Sr\.|Sra\.))?\s*[,:]?",
    re.I,
)


# an addressee named by honorific and surname alone before the office: "Madame Doe, Ministre de la Justice"
_HONORIFIC_SURNAME = re.compile(
    r"^(?:Madame|Monsieur|Mme\.?|M\.|Mr\.?|Mrs\.?|Ms\.?|Señora?|Sr\.|Sra\.)[ \t]+"
    r"(?P<surname>[A-ZÀ-Ý][\w'’\-]+)[ \t]*,[ \t]*(?P<office>[\w'’].{3,120})$"
)


def _block_addressee(lines: list[str]) -> Iterator[Party]:
    lines = [line for line in lines if not COURTESY.fullmatch(ADDRESSEE_MARK.sub("", line).strip(" :-"))]
    stripped = [strip_honorific(ADDRESSEE_MARK.sub("", line).strip(" :-")) for line in lines]
    offices = _offices(lines)
    # a block that names a person ("Ms Jane Doe" over or under "Minister of Labour") is written to the person;
    # a place line under the office ("New City, Arcadia") names no one
    named = [
        line for line in stripped if line and not country_counts(line) and person_name(strip_title(line)[0])
    ]
    if offices and not named:
        yield from offices
        return
    russian = _russian_block(lines) if lines else None
    if russian:
        yield russian
        return
    for i, line in enumerate(lines):
        line = ADDRESSEE_MARK.sub("", line).strip(" :-")
        for inner in _BRACKETED.findall(line):
            if org_name(inner):
                yield Party(inner)
        if not line or EMAIL.search(line):
            continue
        if m := _HONORIFIC_SURNAME.match(line):  # "Madame Doe, Garde des Sceaux": the surname alone
            yield Party(m.group("surname"), role=m.group("office").strip(" .,"))
            return
        bare, rank = strip_title(strip_honorific(line))
        person = person_name(bare if rank else line)  # "General Jane Doe": the rank is no part of the name
        if person:
            yield Party(person, role=lines[i + 1] if i + 1 < len(lines) else None)
            return
        if org_name(line) and not _ADDRESS_WORD.search(line):
            yield Party(org_name(line) or line)
            return


# "(Name of a body)" inside an address line; words that make a line an address, not a body; a short
# capitalised name a copy line gives alone
_BRACKETED = re.compile(r"\(([^)]{4,80})\)")
_ADDRESS_WORD = re.compile(r"\b(?:Republic|Kingdom|House|Street|St\.)\b")
_CAPITALISED_NAME = re.compile(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,4}")


def _cc_entries(block: str) -> Iterator[str]:
    # a copy list on one line parts its entries by semicolons: "Cc: Minister X; International Y"
    lines = [piece.strip() for raw in block.splitlines() for piece in clean(raw).split(";") if piece.strip()]
    entry = ""
    for line in lines:
        line = CC.sub("", line, count=1).lstrip() if CC.match(line) else line
        last = entry.split("\n")[-1]
        starts_entry = bool(person_name(line) or org_name(line))
        wraps = entry and (line[:1].islower() or ("," in entry and len(last) >= 50 and not starts_entry))
        if wraps:
            entry += "\n" + line
            continue
        if entry:
            yield entry
        entry = line
    if entry:
        yield entry


def _cc_party(entry: str) -> Party | None:
    first = entry.split("\n")[0]
    head, _, rest = first.partition(",")
    name, title = strip_title(head.strip())
    if person_name(name) or (title and name[:1].isupper()):
        return Party(person_name(name) or name, role=title or rest.strip() or None)
    if org_name(head) or _CAPITALISED_NAME.fullmatch(head.strip()):
        return Party(head.strip(), role="cc")
    return None


# "Dear President Varga,", "Estimado Ministro Pereda:": an office holder greeted by title and surname
_GREETED = re.compile(
    r"^(?:Dear|Estimad[oa]|Cher|Chère)\s+(?:(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Señora?|Monsieur|Madame)\s+)?"
    r"(?P<title>President[ea]?|Présidente?|Prime Minister|Premier [Mm]inistre|Primer [Mm]inistro"
    r"|Minist(?:er|re|ro|ra)|Commissioner|Commissaire|Comisionad[oa]|Governor|Gouverneur|Gobernador[a]?"
    r"|Ambassador|Ambassadeur|Embajador[a]?"
    r"|Secretary|Secrétaire|Secretari[oa])?\s*(?P<surname>[A-ZÀ-Ý][\w'’\-]+)\s*[,:!]?\s*$"
)


def _greeted(text: str, parts: Sequence[Part]) -> list[Party]:
    """The person a letter greets by title and surname, by the full name it gives above, if it does."""
    greeting = next((p for p in parts if p.kind == "salutation"), None)
    if greeting and (slavic := slavic_greeted(clean(text[greeting.start : greeting.end]))):
        return [Party(slavic)]
    m = _GREETED.match(clean(text[greeting.start : greeting.end])) if greeting else None
    if not greeting or not m:
        return []
    above = [clean(raw) for raw in text[: greeting.start].splitlines() if clean(raw)]
    for line in above:
        name = person_name(strip_title(strip_honorific(line))[0])
        if name and name.split()[-1] == m.group("surname"):
            return [Party(name)]  # "Dear Mr Doe" under "Jane Doe": the person named above
    return [Party(f"{m.group('title')} {m.group('surname')}")] if m.group("title") else []


# "Honourable President,", "Monsieur le Premier ministre,": a head of state or government greeted by
# office alone, with no name
_GREETED_OFFICE = re.compile(
    r"^(?:Dear|Hono(?:u)?rable|Monsieur le|Madame la|Señor|Señora|Estimad[oa]|Madam|Mr\.?|Mister"
    r"|Your Excellency[ \t]*[/,]?)\s+"
    r"(?:(?P<president>President[ea]?|Présidente?(?: de la République)?)|(?P<premier>Prime Minister"
    r"|Premier [Mm]inistre|Primer[oa]? [Mm]inistr[oa])"
    # an envoy or an official greeted by office alone: "Madam High Commissioner,", "Monsieur le Préfet,"
    r"|(?P<office>High Commissioner|Ambassador|Ambassadeur|Embajador[a]?|[Mm]inist(?:er|re|ro|ra)"
    r"|Governor|Gouverneur|Gobernador[a]?|Préf(?:et|ète)|Prefect|Mayor|Maire|Alcalde(?:sa)?)"
    # a minister greeted with the portfolio: "Madame la ministre du travail,", "Señor Ministro de Trabajo:"
    r"(?P<portfolio>[ \t]+(?:of|for|de|du|des|del|de la|d['’])[ \t]*[\w'’][\w'’ \-]{2,60}?)?)\s*[,:!]?\s*$"
)


def _greeted_office(text: str, parts: Sequence[Part], countries: Sequence[str]) -> list[Party]:
    """The head of state or government a letter greets by office alone: the person a line right above
    the greeting names ("Jane Doe / Government House / Señor Presidente:"), else the office of the one
    country the letter is about."""
    greeting = next((p for p in parts if p.kind == "salutation"), None)
    m = _GREETED_OFFICE.match(clean(text[greeting.start : greeting.end])) if greeting else None
    if not greeting or not m:
        return []
    office = "President" if m.group("president") else "Prime Minister" if m.group("premier") else m["office"]
    # a page's letterhead (its banner, "Press Releases") over its date line is no address
    dated = [p.start for p in parts if p.kind == "date_line" and p.end <= greeting.start]
    heads = [text[p.start : p.end] for p in parts if p.kind == "letterhead" and dated and p.end <= dated[-1]]
    tail = text[: greeting.start].splitlines()[-_ADDRESS_LINES:]
    above = [clean(raw) for raw in tail if clean(raw) and not any(raw in head for head in heads)]
    # a name line, not an address line ("Ciudad Capital, Arcadia", "Avra Ruritania")
    named = [
        name for line in above if not _address_line(line) and (name := person_name(strip_honorific(line)))
    ]
    # a line opening with a given name before one that may name a building ("Palacio Presidencial")
    given = [name for name in named if name.split()[0] in given_names()]
    if named:
        return [Party((given or named)[-1], role=office)]
    if m.group("office"):  # an envoy or an official is no head of the country the letter is about
        return [Party(office + (m.group("portfolio") or ""))]
    if len(countries) != 1:
        return []
    country = governments(countries)[0].name.removeprefix("Government of ")
    return [Party(f"{office} of {country}")]


_ADDRESS_LINES = 5  # how far above a greeting an address block's name line may stand


def _address_line(line: str) -> bool:
    """A line of an address, not a name: a comma, a country's name, a city's."""
    return "," in line or bool(country_counts(line)) or any(w in cities() for w in line.split())


# A Council document (a mandate's report, the communications report) is written to the Council, whatever
# countries its summaries name
_COUNCIL_DOCUMENT = gated(
    r"(?P<body>Human Rights Council|Commission on Human Rights|Conseil des droits de l['’]homme"
    r"|Commission des droits de l['’]homme|Consejo de Derechos Humanos|Comisión de Derechos Humanos)"
    r"\W+(?:[\w-]+\s+){1,2}(?:session|período de sesiones)\b",
    re.I,
)
_COUNCIL_NAMES = {
    "human rights council": "Human Rights Council",
    "commission on human rights": "Commission on Human Rights",
}


def _council(text: str) -> list[Party]:
    m = _COUNCIL_DOCUMENT.search(text[:1500])
    if not m:
        return []
    body = " ".join(m.group("body").split())
    return [Party(_COUNCIL_NAMES.get(body.casefold(), body))]


# A greeting that names the government it writes to, by its head: "Ao governo João Pereira,", "To the
# Government of Jane Doe:"
_GREETED_GOVERNMENT = re.compile(
    r"^[ \t]*(?:Ao|Au|Al|To the)[ \t]+(?:[Gg]overno|[Gg]ouvernement|[Gg]obierno|[Gg]overnment)[ \t]+"
    r"(?:(?:de|do|du|del|of)[ \t]+)?(?P<head>[A-ZÀ-Ý][\w'’\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]+){0,3})"
    r"[ \t]*[,:]?[ \t]*$",
    re.M,
)


def _greeted_government(text: str) -> list[Party]:
    m = _GREETED_GOVERNMENT.search(text[:1500])
    return [Party(m.group("head"))] if m and not country_counts(m.group("head")) else []


# A letter opening on the line it is addressed by, with no greeting below: "À M. Jean Dupont, Président de la
# République d'Arden", "To Mr. John Doe, Prime Minister of Arden", "Al Sr. Juan Pérez, Ministro de Trabajo"
_OPENING_ADDRESS = re.compile(
    r"\A\s*\W{0,3}(?:To|T:o|À|A|Al|Para)\s*:?\s+"
    r"(?:(?:Mr\.?|Mrs\.?|Ms\.?|M\.|Mme\.?|Monsieur|Madame|Sr\.|Sra\.|Señora?|H\.\s?E\.|S\.\s?E\.)\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|da\s+|del\s+)?[A-ZÀ-Ý][\w'’.-]+){1,3})\s*,\s*"
    r"(?=(?:the\s+|le\s+|la\s+|el\s+)?(?:President|Président|Presidente|Prime Minister|Premier ministre"
    r"|Primer Ministro|Minister|Ministre|Ministro|King|Roi|Rey|Secretary|Secrétaire|Secretario|Ambassador"
    r"|Ambassadeur|Embajador|Governor|Gouverneur|Gobernador|Director|Directeur|Directora?|Chair)\b)"
)


def _opening_address(text: str) -> list[Party]:
    m = _OPENING_ADDRESS.match(text[:300])
    return [Party(m.group("name"))] if m else []


# A letter whose title says to whom it is written: "Letter to Commissioner Jan Novak", "Open letter to
# President Ana Ruiz", "Carta al Señor Juan Pérez, Ministro de Trabajo", "Lettre ouverte à M. Jean Dupont"
_TITLE_LETTER = re.compile(
    r"^\W{0,3}(?:(?:An?\s+)?[Oo]pen\s+)?(?:[Ll]etter|Carta(?:\s+abierta)?|Lettre(?:\s+ouverte)?)\s+"
    r"(?:to|al|a\s+la|a|au|à\s+la|à)\s+(?P<who>[^\n:–—(]{3,120})$",
    re.M,
)
_TITLE_LINES = 3  # the title is one of the page's first lines


def _title_address(text: str) -> list[Party]:
    """The person a letter's title names as the one written to, with the office it gives."""
    for line in [clean(raw) for raw in text.lstrip().splitlines()[:_TITLE_LINES]]:
        m = _TITLE_LETTER.match(line)
        if not m:
            continue
        head, _, rest = m.group("who").strip(" |").partition(",")
        name, title = strip_title(strip_honorific(head.strip()))
        if person := person_name(name):
            return [Party(person, role=title or rest.strip() or None)]
        # the office first, then its holder: "Carta al Presidente de la Federación X, Señor Juan Pérez"
        if rest and (person := person_name(strip_honorific(rest.strip()))):
            return [Party(person, role=head.strip())]
    return []


@cache
def _welcome_and_ask() -> tuple[Gated, Gated]:
    """The welcoming and the asking words, each behind the gate of its literals: a case-blind alternation is
    tried at every position of the head, where most heads hold none of its words."""
    words = vocab.load("genres")
    return gated("|".join(words["un_welcomes"]), re.I), gated("|".join(words["un_asks"]), re.I)


def _only_welcomes(text: str) -> bool:
    """A UN release that welcomes a step and asks nothing of anyone: no government is written to."""
    welcomes, asks = _welcome_and_ask()
    return bool(welcomes.search(text[:1000])) and not asks.search(text[:6000])


def addressees(text: str, parts: Sequence[Part], genre: Genre, countries: Sequence[str]) -> list[Party]:
    if genre is Genre.UN_COMMUNICATION and (council := _council(text)):
        return council
    if genre is Genre.ILO_CFA and len(countries) > 1 and listed_cases(text[:6000]):
        return [
            Party("Governing Body")
        ]  # a report on several cases goes to the Governing Body, not each State
    if genre in ILO_COMMITTEES:  # a record cut below the header naming its country is still to a government
        return governments(countries) or [Party("Government")]
    if genre is Genre.UN_COMMUNICATION:
        greeted = any(p.kind == "salutation" for p in parts)
        return [] if not greeted and _only_welcomes(text) else governments(countries)
    found: list[Party] = []
    for part in parts:
        body = text[part.start : part.end]
        if part.kind == "addressee":
            found += _block_addressee([clean(raw) for raw in body.splitlines() if clean(raw)])
        elif part.kind == "cc":
            found += [p for e in _cc_entries(body) if (p := _cc_party(e))]
    if genre is Genre.GOVERNMENT_REPLY and not found:
        m = COMPLIMENTS.search(text[:3000]) or _ADDRESSED_TO.search(text[:2000])
        found = [Party(" ".join(m.group("to").split()))] if m else []
    elif not found:
        found = (
            _greeted(text, parts)
            or _greeted_office(text, parts, countries)
            or _greeted_government(text)
            or _opening_address(text)
            or _title_address(text)
            or address_block(text)
            or reported_addressees(text)
        )
    unique = {p.name: p for p in found}
    return list(unique.values())
