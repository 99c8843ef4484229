"""National law titles in French, Spanish and Russian: constitutions, laws, decrees, orders.

French and Spanish titles run in lower case after their head ("loi sur les relations
professionnelles", "Ley de Servicio Civil"), so a title ends at what cannot be part of it: a
bracket, a comma, a year ("de 2012"), a date, a relative clause, the verb the sentence goes on
with ("prévoit", "establece", "принят"). Decrees and orders are named by their number ("décret
n° 90-14", "ordenanza ministerial núm. 9/1981", "указ № 5") and keyed in English whatever the
language ("Decree No. 90-14", "Ministerial Order No. 9/1981"), as a law without a subject is.
Russian heads are written in the nominative whatever their case in the sentence ("статья 5
Закона о ..."); Russian codes may go by their abbreviation ("статья 405 УК РФ").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.citations.cues import Cues
from casewatch.extract.citations.law_countries import LawName, numbered_title, strip_foreign_country
from casewatch.extract.metadata.countries_ru import cyrillic_country_counts
from casewatch.extract.openings import DOCUMENT, Openings, with_openings

_CONSTITUTION = re.compile(r"\b(?:Constitución(?:\s+Política)?|Конституци(?:я|и|ю|ей|е))(?!\w)")
# The verbs a sentence goes on with after naming a law ("la loi ... prévoit que", "la ley ... establece")
_VERB = (
    r"(?:prévoit|dispose|stipule|établit|fixe|régit|interdit|garantit|reconnaît|permet|exige|définit|énonce"
    r"|précise|prohibe|autorise|impose|confère|accorde|est|sont|ont|avait|était|a\s+(?:été|prévu|permis|modifié|abrogé)"
    r"|establece|dispone"
    r"|prevé|prohíbe|garantiza|reconoce|regula|permite|exige|señala|estipula|define|faculta|es|fue|ha|había"
    r"|rige|regía|contempla|indica|sanciona|castiga|obliga|protege|crea|modifica|deroga|reforma|otorga"
    r"|предусматривает|устанавливает|запрещает|гарантирует|был|была|было|были|принят|принята|принято|приняты"
    r"|изменён|изменен|отменён|отменен|вступил|вступает|действует|позволяет|требует|содержит|является"
    r"|ограничивает|регулирует|определяет)"
)
# Where a law applies is part of its title ("loi relative au droit syndical dans les entreprises",
# "ley sobre la huelga en la función pública"); any other "dans"/"en" goes on with the sentence
_WORKPLACES = (
    r"(?:les\s+entreprises|l['’]entreprise|la\s+fonction\s+publique|les\s+services\s+publics|les\s+administrations"
    r"|le\s+secteur\s+(?:public|privé)|las\s+empresas|la\s+empresa|la\s+función\s+pública|los\s+servicios\s+públicos"
    r"|la\s+administración\s+pública|el\s+sector\s+(?:público|privado))\b"
)
_END = (  # a number ends a title too: "ordenanza núm. 7/1990 prohibió"
    r"(?:(?<=\d)(?![\w/-])|(?=\s*(?:[(),;:.«»\"“”\n]|$)|\s+(?:de|du|del)\s+(?:19|20)\d\d\b"
    rf"|\s+(?:en|dans)\s(?!\s*{_WORKPLACES})|\s+(?:qui|que|et|y|ainsi|pour|por|и|от|{_VERB})(?:\s|(?=[.,;:!?]))))"
)
# Without a subject a title ends with its number, whatever the number's form ("núm. 010-2003-TR")
_NUMBER_END = r"(?<=\w)(?![\w/-])"
_FR = re.compile(
    r"\b(?P<head>[Ll]oi(?:\s+organique)?|[Dd]écret(?:-loi|\s+(?:exécutif|présidentiel|législatif))?|[Oo]rdonnance"
    r"|[Aa]rrêté(?:\s+(?:ministériel|royal|présidentiel))?|[Dd]ahir)"
    r"(?P<no>\s+(?:[Nn][°º]|[Nn]o\.?(?=\s*\d))\s*\d[\w./-]*)?"
    r"(?P<date>\s+du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}|\s+de\s+(?:19|20)\d\d(?!\d))?"
    r"(?:(?P<body>\s+(?:sur|relative?s?\s+(?:à|aux|au)|portant|concernant)\s+[^,;:.()«»\n]{3,90}?)"
    + _END
    + "|"
    + _NUMBER_END
    + ")"
)
# Spanish numbers often go without "núm.": "ley 19.759", "Decreto 1072 de 2015", "Decreto 57-2008"
_UNMARKED = r"\d{1,3}(?:\.\d{3})+(?!\.?\d)|\d{1,5}[/-](?:19|20)\d\d\b|\d{3,5}(?=\s+de\s+(?:19|20)\d\d)"
_ES = re.compile(
    r"\b(?P<head>Ley(?:\s+(?:Orgánica|Federal|General|Nacional))?|(?:ley|decreto(?:\s+(?:de\s+gabinete|supremo|ejecutivo"
    r"|legislativo|presidencial|ley))?)(?=\s+(?:N[°º]|[Nn]úm|\d))"
    # a royal decree-law is a decree-law ("Real Decreto-ley 5/2019"); a royal decree, a decree of its kind
    r"|(?:[Rr]eal\s+)?[Dd]ecreto-[Ll]ey|(?:Real\s+|real\s+(?=[Dd]ecreto\s+(?:N[°º]|[Nn]úm|\d)))?[Dd]ecreto(?=\s+(?:N[°º]|[Nn]úm|\d))"
    r"|Decreto(?:\s+(?:de\s+Gabinete|Supremo|Ejecutivo|Legislativo|Ley"
    r"|Presidencial))?|[Oo]rdenanza(?:\s+[Mm]inisterial)?|[Oo]rden\s+[Mm]inisterial|Resolución(?:\s+[Mm]inisterial)?|Acuerdo\s+(?:Ministerial"
    r"|Gubernativo))"
    rf"(?P<no>\s+(?:(?:N[°º]\.?|[Nn]úm\.?|No\.?|número)\s*\d[\w./-]*|{_UNMARKED}))?"
    r"(?:\s+de\s+\d{1,2}\s+de\s+\w+\s+de\s+\d{4}|\s+de\s+(?:19|20)\d\d(?!\d))?"
    r"(?:(?P<body>\s+(?:de|del|sobre|para)\s+(?!\d)[^,;:.()«»\n]{3,90}?)" + _END + "|" + _NUMBER_END + ")"
)
# "от 22 апреля 1992 г.", "от 12.01.1996"
_RU_DATE = r"\s+от\s+(?:\d{1,2}\s+[а-яё]+\s+|\d{1,2}\.\d{1,2}\.)(?:19|20)\d\d(?:\s*(?:года|г\.))?"
_RU = re.compile(
    # "статья 9 Федерального закона ...": the adjective opens the name, so the article before it cites it
    r"(?<![\w-])(?:[Фф]едеральн(?:ый|ого|ом|ому|ым)\s+(?=[Зз]акон))?(?P<head>[Зз]акон(?:а|е|ом|у)?|[Уу]каз(?:а|е|ом|у)?|[Пп]остановлени(?:е|я|ем|ю))"
    r"(?:\s+(?:Президента|Правительства))?"
    # whose law, then when and which: "Закон Республики X от 22 апреля 1992 г. № 1605-XII «О ...»"
    r"(?P<country>\s+(?:Республики\s+[А-ЯЁ][\w-]+|[А-ЯЁ][а-яё]+ской\s+(?:Федерации|Республики)))?"
    # the number's sign typed as a Latin N too ("N 10-ФЗ"); the subject in «», "" or “”
    rf"(?:{_RU_DATE})?(?P<no>\s+(?:№|N)\s*\d[\w/-]*)?(?:{_RU_DATE})?"
    r"(?:(?P<body>\s+[«\"“]?(?:[Оо]|[Оо]б)\s+[^,;:.()«»\"“”\n]{3,90}?[»\"”]?)"
    + _END
    + "|"
    + _NUMBER_END
    + ")"
)
_AMENDING = re.compile(r"\s+[«\"“]?О\s+внесении\s+изменени")
_NOMINATIVE = {"закон": "Закон", "указ": "Указ", "постановлени": "Постановление"}
# Orders and decrees are named by number; a bare "la loi" or "el decreto" names nothing.
_NEEDS_NUMBER = re.compile(
    r"^(?:[Dd]écret|[Oo]rdonnance|[Aa]rrêté|[Dd]ahir|(?:[Rr]eal\s+)?[Dd]ecreto|[Oo]rden|Resolución|Acuerdo|[Уу]каз|[Пп]остан)"
)


def _cyrillic_country(words: str) -> str | None:
    counts = cyrillic_country_counts(words)
    return counts.most_common(1)[0][0] if counts else None


def _english_head(head: str) -> str:
    folded = head.casefold().removeprefix("real ")
    if folded.startswith(("loi", "ley", "закон")):
        return "Law"
    return "Decree" if folded.startswith(("décret", "decreto", "указ")) else "Order"


def _nominative(head: str) -> str:
    stem = next((s for s in _NOMINATIVE if head.casefold().startswith(s)), None)
    return _NOMINATIVE[stem] if stem else head


def _titles(pattern: Openings, text: str) -> Iterator[LawName]:
    for m in pattern.finditer(text):
        number, body = m.group("no"), m.group("body")
        # a decree is known by its number, or by its date and subject ('Décret du 24 novembre 2005 sur ...')
        dated = bool(body and m.groupdict().get("date"))
        if not (number or body) or (_NEEDS_NUMBER.match(m.group("head")) and not number and not dated):
            continue
        # "закон «О внесении изменений в ...»": the law it amends is cited by its own name; an amending
        # law is known by its number alone
        amending = bool(body and _AMENDING.match(body))
        if amending and not number:
            continue
        # a decree is known by its number; a law by its subject ("loi n° 5 sur X" is "Loi sur X")
        by_number = _NEEDS_NUMBER.match(m.group("head")) or not body or amending
        end = m.end("no") if number and by_number else m.end()
        rest = body if body and end == m.end() else text[m.end("head") : end]  # no number, no year
        head = _nominative(" ".join(m.group("head").split()))
        rest = " ".join(rest.split()).strip('«»"“” ')
        title = f"{head[:1].upper()}{head[1:]} {rest}".strip()
        if number and end == m.end("no"):  # known by its number: the key reads the same in any language
            title = numbered_title(head, number)
        title, iso = strip_foreign_country(title)
        if not iso and m.groupdict().get("country"):
            iso = _cyrillic_country(m.group("country"))
        span_end = end if amending else m.end()  # the amended law, inside, is cited by its own name
        number = number.strip() if number else None
        yield LawName(_english_head(head), title, m.start(), span_end, iso, number)


# Fragments one of which a text must hold for each pattern to be run (most texts are in English). Each
# pattern opens with "\b", which `re` tries at every position: it is tried only where a head starts
# (its openings, found in the pass over the folded document that the names and citations rules share).
_CUES: tuple[tuple[Openings, tuple[str, ...]], ...] = (
    (with_openings(_FR, together=DOCUMENT), ("loi", "Loi", "écret", "rdonnance", "rrêté", "ahir")),
    (with_openings(_ES, together=DOCUMENT), ("Ley", "ley ", "ecreto", "rden", "Resolución", "Acuerdo")),
    (with_openings(_RU, together=DOCUMENT), ("акон", "каз", "остановлени")),
)


# a Spanish or Portuguese code titled by capitalised adjectives: 'Código Orgánico Procesal Penal', 'Código
# Penal Militar' (one adjective, 'Código Penal', is a generic title the vocabulary names)
_CAP_ES = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñç]+"
_CODIGO = re.compile(
    rf"(?<![\w-])Código(?P<body>(?:\s+{_CAP_ES}){{2,4}}(?:\s+(?:de\s+la|del|de|da|do)\s+{_CAP_ES}(?:\s+{_CAP_ES})?)?)"
    r"(?![\w-])"
)


def _codigos(text: str) -> Iterator[LawName]:
    for m in _CODIGO.finditer(text):
        title = "Código " + " ".join(m.group("body").split())
        yield LawName("Code", title, m.start(), m.end(), None)


_CODE_ABBREVIATION = re.compile(r"(?<![\w-])(?:УК|ТК|УПК|КоАП|ГК)(?![\w-])")
# "УК РФ", "ТК РК": a country's abbreviation after; or a provision's number before ("статья 405 УК")
_ABBREVIATED_STATES: dict[str, str] = vocab.load("national_laws")["state_abbreviations"]
_ABBREVIATION_COUNTRY = re.compile(rf"\s+({'|'.join(map(re.escape, _ABBREVIATED_STATES))})(?![\w-])")
_ABBREVIATION_PROVISION = re.compile(r"\d[\w.()]*\s+$")


@cache
def _code_titles() -> dict[str, str]:
    return dict(vocab.load("national_laws")["abbreviations"])


def _code_abbreviations(text: str) -> Iterator[LawName]:
    """ "статья 405 УК РФ": a Russian code by its abbreviation, where nothing else can be meant."""
    for m in _CODE_ABBREVIATION.finditer(text):
        title = _code_titles().get(m.group(0))
        after = _ABBREVIATION_COUNTRY.match(text, m.end())
        if title and (after or _ABBREVIATION_PROVISION.search(text, max(0, m.start() - 12), m.start())):
            country = _ABBREVIATED_STATES[after.group(1)] if after else None
            yield LawName("Code", title, m.start(), after.end() if after else m.end(), country)


_CUED = Cues(("Constitución", "Конституци"), *(cues for _, cues in _CUES))


def foreign_laws(text: str) -> Iterator[LawName]:
    if _CUED.held(text, 0):
        for m in _CONSTITUTION.finditer(text):
            after = _ABBREVIATION_COUNTRY.match(text, m.end())  # 'Конституция РФ'
            end, country = (after.end(), _ABBREVIATED_STATES[after.group(1)]) if after else (m.end(), None)
            yield LawName("Constitution", "Constitution", m.start(), end, country)
    if "К" in text:
        yield from _code_abbreviations(text)
    if "Código" in text:
        yield from _codigos(text)
    for group, (pattern, _) in enumerate(_CUES, start=1):
        if _CUED.held(text, group):
            yield from _titles(pattern, text)
