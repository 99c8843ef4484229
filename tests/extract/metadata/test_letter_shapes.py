"""Letters and pages of shapes the seeds lack: office addressees, greetings by title, signing for a body,
French courtesy formulas, a union's own wire, older UN codes, French mandates (all invented)."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import letter_parts
from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text

OPEN_LETTER_FR = """Lettre ouverte de l'Union syndicale Norvalienne aux autorités de Ruritanie

Président de la République de Ruritanie
Premier Ministre de la République de Ruritanie
Ministre d'État, Ministre du Travail et de la Sécurité sociale de la République de Ruritanie

Monsieur le Président de la République,

L'Union syndicale Norvalienne apprend la fermeture de la Bourse du travail de Port-Royal.
Nous vous demandons d'annuler cette mesure.

Dans l'attente, recevez nos salutations syndicales.

Pour l'Union syndicale Norvalienne :
Claire Dumontel
"""

NGO_LETTER_FR = """Réf : 88/SE-OBSLIB/03/2019 Port-Royal, le 12/03/2019
A Son Excellence Monsieur le Ministre de la Sécurité publique ;
à
Port-Royal

Excellence Monsieur le Ministre,

Nous avons l'honneur de vous transmettre une note sur les réunions publiques interdites.

Vous en souhaitant bonne réception, je vous prie d'agréer, Excellence, l'expression de notre considération.

Pour l'OBSLIB,
Marc TELLIER,
Président
"""

HIGH_COMMISSION_LETTER = """Madam High Commissioner,

Re: Arrests of dock workers

I am writing to protest at the arrest of twelve members of the dockworkers' trade union.

Yours sincerely,

Hana Moreau
General Secretary
"""

LETTER_TO_THE_SECRETARY_GENERAL = """A Monsieur Paul Verlaine-Dubois
Secrétaire général de l'Organisation des Nations Unies
New York
Objet : Atteintes à la liberté syndicale
Monsieur le Secrétaire général
Nous souhaitons porter à votre connaissance des atteintes graves à la liberté syndicale.
"""

RUSSIAN_LETTER = """Губернатору Энской области

И.И. Петрову

Уважаемый Иван Иванович!

Профсоюз работников порта просит Вас принять меры.
"""

UNION_WIRE = """Freedonia: five dockers' delegates arrested
Lisbon, 3 March 2016 (Dockers' Federation OnLine): The Federation has condemned the arrest
of five delegates to the national congress. "We demand their release," said its General Secretary.
"""

OLD_UN_LETTER_FR = """NATIONS UNIES
HAUT COMMISSARIAT DES NATIONS UNIES AUX DROITS DE L'HOMME
Mandats du Rapporteur spécial sur le droit de réunion et d'association pacifiques ;
et de la Rapporteuse spéciale sur la situation des défenseurs des droits de l'homme.
REFERENCE: UA G/SO 214 (33-27) G/SO 214 (107-9)
NOR 2/2012
4 mai 2012
Excellence,
Nous avons l'honneur de nous adresser à vous.
"""

OLD_CFA_REPORT = """Informe provisional - Informe núm. 91, 1967

Caso núm. 301 (Noruega) - Fecha de presentación de la queja:: 04-OCT-65 - Cerrado

  1. 120. El Comité examinó este caso en su reunión de febrero de 1966.
"""

CAPS_DATELINE_NEWS = """Портовики вышли на забастовку

ЭНСК В порту третий день не работают краны. Профсоюз докеров требует повышения зарплаты.
"""


def _meta(text: str) -> Extraction:
    return extract(Text(text, "text/plain"))


def _names(text: str, field: str) -> list[str]:
    return [p.name for p in getattr(_meta(text).meta, field)]


def test_offices_addressed_by_title_one_a_line() -> None:
    assert _names(OPEN_LETTER_FR, "addressees") == [
        "Président de la République de Ruritanie",
        "Premier Ministre de la République de Ruritanie",
        "Ministre d'État, Ministre du Travail et de la Sécurité sociale de la République de Ruritanie",
    ]


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (NGO_LETTER_FR, "Ministre de la Sécurité publique"),
        (LETTER_TO_THE_SECRETARY_GENERAL, "Paul Verlaine-Dubois"),
        (RUSSIAN_LETTER, "Губернатор Энской области"),
    ],
)
def test_addressee_block(text: str, addressee: str) -> None:
    assert _names(text, "addressees")[:1] == [addressee]


@pytest.mark.parametrize(
    ("text", "sender"),
    [(OPEN_LETTER_FR, "Union syndicale Norvalienne"), (NGO_LETTER_FR, "OBSLIB")],
)
def test_the_body_a_letter_is_signed_for_sends_it(text: str, sender: str) -> None:
    assert _names(text, "senders") == [sender]


def test_a_signature_after_the_french_courtesy_formula() -> None:
    assert _names(NGO_LETTER_FR, "signatories") == ["Marc TELLIER"]


@pytest.mark.parametrize(
    "greeting",
    ["Madam High Commissioner,", "Mr President,", "Monsieur le Secrétaire général", "Madame la Ministre,"],
)
def test_greetings_by_title(greeting: str) -> None:
    text = f"Re: Arrests\n\n{greeting}\n\nWe protest.\n"
    kinds = [(p.kind, text[p.start : p.end]) for p in letter_parts(text)]
    assert ("salutation", greeting) in kinds


def test_an_address_line_with_a_title_is_not_the_greeting() -> None:
    text = "Monsieur le Ministre du Travail\n12 rue Haute\n\nMonsieur le Ministre,\n\nNous protestons."
    greeting = next(p for p in letter_parts(text) if p.kind == "salutation")
    assert text[greeting.start : greeting.end] == "Monsieur le Ministre,"


def test_a_letter_greeting_an_office_is_a_union_letter() -> None:
    meta = _meta(HIGH_COMMISSION_LETTER).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.signatories] == ["Hana Moreau"]


def test_a_union_wire_dateline_makes_the_page_the_union_s_own() -> None:
    meta = _meta(UNION_WIRE).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == ["Dockers' Federation"]
    assert meta.date is not None and meta.date.iso == "2016-03-03"


def test_an_older_un_letter_in_french() -> None:
    meta = _meta(OLD_UN_LETTER_FR).meta
    assert meta.genre is Genre.UN_COMMUNICATION
    assert meta.reference == "UA NOR 2/2012"
    assert meta.countries == ("NOR",)
    assert [p.name for p in meta.senders] == [
        "Rapporteur spécial sur le droit de réunion et d'association pacifiques",
        "Rapporteuse spéciale sur la situation des défenseurs des droits de l'homme",
    ]


def test_an_old_cfa_report_is_dated_by_its_year() -> None:
    meta = _meta(OLD_CFA_REPORT).meta
    assert meta.date is not None and meta.date.iso == "1967"


def test_a_reference_line_runs_on_into_place_and_date() -> None:
    assert _meta(NGO_LETTER_FR).meta.reference == "88/SE-OBSLIB/03/2019"


def test_a_capitals_dateline_opens_a_news_story() -> None:
    assert _meta(CAPS_DATELINE_NEWS).meta.genre is Genre.NEWS


@pytest.mark.parametrize(
    "block",
    [
        "President of the Republic of Norvalia\nMs Jane Okoro",
        "Ms Jane Okoro\nPresident of the Republic of Norvalia",
    ],
)
def test_a_block_naming_a_person_is_written_to_the_person(block: str) -> None:
    text = f"{block}\n\nDear President,\n\nWe protest at the arrest of trade union leaders.\n"
    assert _names(text, "addressees") == ["Jane Okoro"]


@pytest.mark.parametrize(
    "greeting", ["Шановний пане Міністре!", "Паважаны спадар Міністр!", "Уважаемый господин министр!"]
)
def test_ukrainian_belarusian_and_russian_greetings_open_a_letter(greeting: str) -> None:
    text = f"Профспілка портовиків\n\n{greeting}\n\nПросимо Вас вжити заходів.\n"
    kinds = [(p.kind, text[p.start : p.end]) for p in letter_parts(text)]
    assert ("salutation", greeting) in kinds
