"""Anatomy of letters and ILO records written for the tests: parts and speaker turns."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import ilo_anatomy, is_ilo_record, letter_parts
from casewatch.model import SpeakerGroup

UNION_LETTER = """Global Federation of Dockworkers
Rue de la Loi 12, Brussels

President
Anna Lindqvist

To: H.E. Mr Carlos Mendez
President of the Republic of Ruritania
cc: Prime Minister Ortega

Our ref.: GFD/2019/44

Brussels, 5 March 2019

Dear President,

We protest against the arrest of dockworkers.

- release the detained workers;
- drop all charges.

Yours sincerely,

Peter Novak
General Secretary
Global Federation of Dockworkers
"""

CAS_RECORD = """Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)

Freedom of Association Convention, 1948 (No. 87) - Belarus (Ratification: 1956)

Written information provided by the Government

The Government reports on the registration of unions.

Discussion by the Committee

Government representative, Minister of Labour – We have amended the law.

Worker members – The situation has not improved.

Government member, Sweden – Speaking on behalf of the Nordic countries.

Observer, Public Services International (PSI) – Our members were dismissed.

Conclusions of the Committee

The Committee requests the Government to register the unions.
"""


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, text[p.start : p.end]) for p in letter_parts(text) if p.kind != "body"]


def test_letter_parts() -> None:
    assert _kinds(UNION_LETTER) == [
        ("letterhead", "Global Federation of Dockworkers\nRue de la Loi 12, Brussels"),
        ("letterhead", "President\nAnna Lindqvist"),
        ("addressee", "To: H.E. Mr Carlos Mendez\nPresident of the Republic of Ruritania"),
        ("cc", "cc: Prime Minister Ortega"),
        ("reference", "Our ref.: GFD/2019/44"),
        ("date_line", "Brussels, 5 March 2019"),
        ("salutation", "Dear President,"),
        ("list", "- release the detained workers;"),
        ("list", "- drop all charges."),
        ("closing", "Yours sincerely,"),
        ("signature", "Peter Novak\nGeneral Secretary\nGlobal Federation of Dockworkers"),
    ]


def test_inline_cc_is_cut_from_the_addressee_line() -> None:
    text = "Republic of Arcadia cc: Minister Doe\n\nDear Minister,\n\nText.\n\nSincerely,\n\nA. Writer\n"
    assert _kinds(text)[:2] == [("addressee", "Republic of Arcadia"), ("cc", "cc: Minister Doe")]


def test_un_questions_and_annex() -> None:
    text = (
        "## Mandates of the Working Group on Arbitrary Detention\n\nREFERENCE: UA TUR 5/2019\n\n"
        "Excellency,\n\nWe would be grateful for your observations on the following matters:\n\n"
        "1. Please provide information.\n2. Please explain the legal basis.\n\n"
        "Please accept, Excellency, the assurances of our highest consideration.\n\n"
        "## Jane Roe\n\nChair-Rapporteur of the Working Group on Arbitrary Detention\n\n"
        "## Annex\n\nLaw text.\n"
    )
    kinds = [(p.kind, text[p.start : p.end]) for p in letter_parts(text) if p.kind != "body"]
    assert kinds[0][0] == "mandates"
    assert [k for k in kinds if k[0] == "questions"] == [
        ("questions", "1. Please provide information."),
        ("questions", "2. Please explain the legal basis."),
    ]
    assert kinds[-1] == ("annex", "## Annex\n\nLaw text.\n")


def test_cas_sections_and_turns() -> None:
    parts, _ = ilo_anatomy(CAS_RECORD)
    assert [(p.kind, p.label) for p in parts if p.kind == "section"] == [
        ("section", "written_information"),
        ("section", "discussion"),
        ("section", "conclusions"),
    ]
    turns = [CAS_RECORD[p.start : p.end] for p in parts if p.kind == "turn"]
    assert turns[1] == "Worker members – The situation has not improved."


@pytest.mark.parametrize(
    ("speaker", "group", "country"),
    [
        ("Government", SpeakerGroup.GOVERNMENT, "BLR"),
        ("Government representative, Minister of Labour", SpeakerGroup.GOVERNMENT, "BLR"),
        ("Worker members", SpeakerGroup.WORKERS, None),
        ("Government member, Sweden", SpeakerGroup.GOVERNMENT, "SWE"),
        ("Observer, Public Services International (PSI)", SpeakerGroup.OBSERVER, None),
        ("The Committee", SpeakerGroup.COMMITTEE, None),
    ],
)
def test_cas_statements(speaker: str, group: SpeakerGroup, country: str | None) -> None:
    _, statements = ilo_anatomy(CAS_RECORD)
    found = {s.speaker: (s.group, s.country) for s in statements}
    assert found[speaker] == (group, country)


def test_markdown_interpretation_turn() -> None:
    text = (
        "**Discussion by the Committee**\n\n"
        "Interpretation from Spanish: Employer member, [Colombia](http://x) – We agree.\n\n"
        "Worker member, Brazil - We disagree.\n"
    )
    _, statements = ilo_anatomy(text)
    assert [(s.speaker, s.group, s.country) for s in statements] == [
        ("Employer member, Colombia", SpeakerGroup.EMPLOYERS, "COL"),
        ("Worker member, Brazil", SpeakerGroup.WORKERS, "BRA"),
    ]


def test_a_rule_line_ends_the_signature() -> None:
    text = (
        "Dear colleagues,\n\nWe forward the letter below.\n\nFraternally,\nAnna Berg\n"
        "---------- forwarded text ----------\nThe Federation of Dock Unions expresses its concern.\n"
    )
    signature = next(p for p in letter_parts(text) if p.kind == "signature")
    assert text[signature.start : signature.end] == "Anna Berg"


def test_a_spanish_greeting_with_an_abbreviated_title() -> None:
    text = "Carta abierta\n\nSr. Secretario General de la Federación, don Pedro Ibarra,\n\nLe escribo.\n"
    greeting = next(p for p in letter_parts(text) if p.kind == "salutation")
    assert text[greeting.start : greeting.end].startswith("Sr. Secretario General")


def test_a_date_glued_to_the_greeting_is_cut_in_two() -> None:
    text = (
        "Mandates of the Special Rapporteur on seafarers' rights\n\n"
        "REFERENCE: UA FDN 2/2031\n\n"
        "14 March 2031    Excellency,\n\n"
        "We have the honour to address you in our capacity as Special Rapporteur.\n"
    )
    kinds = {p.kind: text[p.start : p.end] for p in letter_parts(text)}
    assert kinds["date_line"] == "14 March 2031"
    assert kinds["salutation"] == "Excellency,"
    assert kinds["mandates"].startswith("Mandates of")


@pytest.mark.parametrize(
    "head",
    [
        "Letter of the dockers to the President\n3 May 2019\nTo: H.E. Mr Carlos Mendez\n"
        "President of the Republic of Ruritania\nDear President,\n",
        "Lettre ouverte des cheminots\nAlba, le 3 mai 2019\nMonsieur Carlos Mendez\n"
        "Président de la République de Ruritanie\nMonsieur le Président,\n",
        "Carta abierta de los portuarios\n3 de mayo de 2019\nAl señor Carlos Mendez\n"
        "Presidente de la República de Ruritania\nSeñor Presidente:\n",
    ],
)
def test_a_date_line_parts_a_title_above_from_the_address_block_below(head: str) -> None:
    text = head + "\nWe protest against the arrest of dockworkers.\n"
    kinds = {text[p.start : p.end].split("\n")[0]: p.kind for p in letter_parts(text)}
    assert kinds[head.split("\n")[2]] == "addressee"
    assert kinds[head.split("\n")[0]] == "letterhead"


@pytest.mark.parametrize(
    "head,date",
    [
        ("Jon Varr, President, Union of Arcadian Miners, UAM, Port Lago, 3 May 2031", "3 May 2031"),
        (
            "Ana Bel, Secretaria General, Central de Trabajadores de Arcadia, CTA, Lago, mayo 3 de 2031",
            "mayo 3 de 2031",
        ),
        ("Luc Dore, Président, Fédération des Dockers, FD, Lagos-Ville, le 3 mai 2031", "le 3 mai 2031"),
    ],
)
def test_a_senders_head_on_one_line_is_cut_from_its_date(head: str, date: str) -> None:
    text = f"{head}\nMr Tom Vale, Minister of Labour\nDear Minister,\nWe protest.\n"
    parts = {p.kind: text[p.start : p.end] for p in letter_parts(text)}
    assert parts["sender"].startswith(head.split(",")[0]) and parts["date_line"] == date
    assert parts["addressee"] == "Mr Tom Vale, Minister of Labour"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Discussion par la commission\n\nReprésentante gouvernementale, ministre du Travail – Le code a"
            " été modifié.\n\nMembres travailleurs – Rien n'a changé.\n\nMembre gouvernemental, Finlande –"
            " Nous saluons les progrès.\n\nObservatrice, Fédération syndicale des enseignants – Nos membres"
            " ont été licenciés.\n",
            [
                ("Représentante gouvernementale, ministre du Travail", SpeakerGroup.GOVERNMENT),
                ("Membres travailleurs", SpeakerGroup.WORKERS),
                ("Membre gouvernemental, Finlande", SpeakerGroup.GOVERNMENT),
                ("Observatrice, Fédération syndicale des enseignants", SpeakerGroup.OBSERVER),
            ],
        ),
        (
            "Discusión\n\nRepresentante gubernamental – Se ha adoptado la reforma.\n\nMiembros empleadores"
            " – Tomamos nota.\n\nMiembro trabajador, Finlandia – Persisten los despidos.\n\nLa Presidenta –"
            " Se cierra el debate.\n",
            [
                ("Representante gubernamental", SpeakerGroup.GOVERNMENT),
                ("Miembros empleadores", SpeakerGroup.EMPLOYERS),
                ("Miembro trabajador, Finlandia", SpeakerGroup.WORKERS),
                ("La Presidenta", SpeakerGroup.OTHER),
            ],
        ),
        (
            "Discussion par la commission\n\nMembres employeurs – Nous partageons l'avis.\n\n"
            "Membre travailleuse, Finlande – Les grèves sont interdites.\n",
            [
                ("Membres employeurs", SpeakerGroup.EMPLOYERS),
                ("Membre travailleuse, Finlande", SpeakerGroup.WORKERS),
            ],
        ),
    ],
)
def test_french_and_spanish_turns_name_their_speakers(
    text: str, expected: list[tuple[str, SpeakerGroup]]
) -> None:
    _, statements = ilo_anatomy(text)
    turns = [(s.speaker, s.group) for s in statements if s.group is not SpeakerGroup.COMMITTEE]
    assert turns == expected
    members = [s.country for s in statements if s.speaker.startswith(("Membre ", "Miembro "))]
    assert all(country == "FIN" for country in members) and members


@pytest.mark.parametrize(
    ("cue", "kind"),
    [
        ("The Rapporteur would be grateful for your observations on the following matters:", "questions"),
        ("The experts raise the following questions:", "questions"),
        ("The union reports these measures:", "list"),
    ],
)
def test_list_items_under_a_cue_are_questions_else_a_list(cue: str, kind: str) -> None:
    # the body is searched for the cue once as a whole: its items are questions only under the cue
    items = "1. Please provide information.\n\n2. Please explain."
    text = f"Dear Minister,\n\n{cue}\n\n{items}\n\nYours sincerely,\nAna Vell\n"
    kinds = {p.kind for p in letter_parts(text)}
    assert kind in kinds and ({"questions", "list"} - {kind}).isdisjoint(kinds)


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("Discussion by the Committee\n\nWorker members – We regret the arrests.\n", True),
        ("Información escrita proporcionada por el Gobierno\n\nMiembros empleadores – Tomamos nota.\n", True),
        ("CONCLUSIONS OF THE COMMITTEE\nThe Chairperson – The Committee noted.\n", True),
        ("Dear Minister,\n\nWorker members of our union – were dismissed.\n\nYours,\nAna Vell\n", False),
    ],
)
def test_a_record_opens_two_lines_with_a_section_or_a_turn(text: str, record: bool) -> None:
    # the section headings and the turn labels are tried as one pattern per line: each keeps its own case
    assert is_ilo_record(text) is record
