"""Demands told as taking a stand ("выступил за"), after a dash, of a noun before a possessive; calls to
one's own affiliates; and a lead-in whose particle waits for the numbered asks below it."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate, Text

SETTING = Setting(PartialDate(2021, 6, 1), ("Union",), ("Government",), reported=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Профсоюз горняков Ардании выступил за немедленное освобождение всех задержанных активистов.",
         ["немедленное освобождение всех задержанных активистов"]),
        ("Председатель союза требует - немедленного освобождения Ивана Петрова и других активистов.",
         ["немедленного освобождения Ивана Петрова и других активистов"]),
    ],
)  # fmt: skip
def test_a_russian_stand_for_a_remedy_or_a_demand_after_a_dash_asks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_noun_asked_before_a_possessive_is_the_ask_not_a_party() -> None:
    ask = "la libération immédiate de notre camarade Lina Varga, présidente de la commission des femmes"
    assert texts(f"Demande {ask}.") == [ask]


@pytest.mark.parametrize(
    "text",
    [
        "Appelle l'ensemble de ses organisations syndicales affiliées, ainsi que les organisations amies "
        "dans le monde, à soutenir la lutte des enseignants.",
        "La fédération appelle ses organisations affiliées à manifester samedi.",
    ],
)
def test_a_call_to_ones_own_affiliates_to_act_is_no_request(text: str) -> None:
    assert texts(text) == []


def test_a_party_asked_to_act_is_still_read() -> None:
    text = "« Nous appelons la direction à réintégrer les chauffeurs licenciés », a dit sa secrétaire."
    assert texts(text) == ["réintégrer les chauffeurs licenciés"]


def test_a_lead_in_ending_on_and_to_announces_its_numbered_asks() -> None:
    text = (
        "The federations wrote to the commissioner asking to urge the Vandorian and Ostrian authorities to "
        "respect their labour obligations and to\n\n"
        "  1. Immediately release all the dockers arrested in the port strike.\n"
        "  2. Repeal the security law adopted last year.\n"
    )
    assert sorted(texts(text)) == [
        "Repeal the security law adopted last year",
        "release all the dockers arrested in the port strike",
        "respect their labour obligations",
    ]
    assert {r.addressees for r in find_requests(text, SETTING)} == {("Vandorian and Ostrian authorities",)}


def test_a_demand_made_upon_an_authority_for_a_remedy_is_an_ask_of_it() -> None:
    text = (
        "The federation backs the protest and demands upon the provincial government for immediate "
        "unconditional release of Comrade Ana Kovic and other leaders."
    )
    (request,) = find_requests(text, SETTING)
    assert request.text == "immediate unconditional release of Comrade Ana Kovic and other leaders"
    assert request.addressees == ("provincial government",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Verband verurteilt die Politik der Regierung und fordert die sofortige Freilassung von "
         "Lena Orvik.",
         ["die sofortige Freilassung von Lena Orvik"]),
        ("Gemeinsam verlangen wir die sofortige Freilassung aller inhaftierten Aktivisten in Ardanien "
         "und ein Ende der Verfolgung unabhängiger Gewerkschaften.",
         ["die sofortige Freilassung aller inhaftierten Aktivisten in Ardanien",
          "ein Ende der Verfolgung unabhängiger Gewerkschaften"]),
        ("Weiters verlangt er, dass alle verletzten Personen medizinisch versorgt werden.",
         ["alle verletzten Personen medizinisch versorgt werden"]),
        ("In einem Schreiben an den Arbeitsminister hat die Föderation um dringende Intervention im "
         "Falle der Entlassung von 40 Fahrern gebeten.",
         ["dringende Intervention im Falle der Entlassung von 40 Fahrern"]),
        ("Os representantes sindicais exigem a libertação imediata dos detidos.",
         ["a libertação imediata dos detidos"]),
        ("A federação enviou uma carta à ministra do Trabalho, solicitando uma intervenção urgente na "
         "demissão de 40 motoristas.",
         ["uma intervenção urgente na demissão de 40 motoristas"]),
    ],
)  # fmt: skip
def test_german_and_portuguese_demands_are_asks(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_an_appeal_to_the_reader_to_share_the_message_asks_no_authority() -> None:
    text = "Please make sure to share this message with your friends and fellow union members."
    assert texts(text) == []


def test_a_clause_cut_before_its_verb_names_no_issuer() -> None:
    text = (
        "The federations wrote to the commissioner, Pedro Alvarez asking to urge the Vandorian authorities "
        "to respect their labour obligations."
    )
    (request,) = find_requests(text, SETTING)
    assert request.issuers == ("Union",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dockers' union has repeatedly demanded the reinstatement of the dismissed porters, but the "
         "company refused.", ["the reinstatement of the dismissed porters"]),
        ("The union demands the release of its officers, but also the return of their seized files.",
         ["the release of its officers", "the return of their seized files"]),
    ],
)  # fmt: skip
def test_what_answered_the_ask_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_who_wrote_asks_not_whom_they_wrote_to() -> None:
    text = (
        "The federation wrote to the Prime Minister demanding that the charges against Tor Alden be dropped."
    )
    (request,) = find_requests(text, SETTING)
    assert request.issuers == ("federation",)


def test_a_reported_lead_in_gives_its_bullets_their_issuer_and_addressee() -> None:
    text = (
        "The Committee called upon the Government to:\n"
        "(i) release the detained porters;\n"
        "(ii) register the porters' union without delay."
    )
    requests = find_requests(text, SETTING)
    assert [r.text for r in requests] == [
        "release the detained porters",
        "register the porters' union without delay",
    ]
    assert {(r.issuers, r.addressees) for r in requests} == {(("Committee",), ("Government",))}


def test_a_russian_committee_asks_in_its_own_record() -> None:
    record = Setting(PartialDate(2021, 6, 1), ("Committee",), ("Government",), body_only=True)
    text = "Комитет просит правительство представить информацию о принятых мерах."
    assert [r.text for r in find_requests(text, record)] == ["представить информацию о принятых мерах"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union called for the suspension of the decree.", ["the suspension of the decree"]),
        ("The federation called for the prosecution of those who attacked the strikers.",
         ["the prosecution of those who attacked the strikers"]),
    ],
)  # fmt: skip
def test_a_call_reported_for_a_remedy_named_by_its_noun_is_an_ask(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los estibadores reclaman la reincorporación de los despedidos y el pago de salarios atrasados.",
         ["la reincorporación de los despedidos", "el pago de salarios atrasados"]),
        ("Ils exigent la levée des sanctions et l'ouverture de négociations.",
         ["la levée des sanctions", "l'ouverture de négociations"]),
    ],
)  # fmt: skip
def test_each_noun_of_an_act_asked_is_one_ask(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"The use of tear gas against the strikers cannot be defended and must not be repeated."',
        "Trade union work in Ardania must not be hindered in future.",
    ],
)
def test_what_must_not_be_done_again_is_an_ask_told_with_its_subject(text: str) -> None:
    assert len(texts(text)) == 1


def test_a_reported_request_for_an_intervention_is_an_ask() -> None:
    assert texts("The federation requested the intervention of the Ombudsman.") == [
        "the intervention of the Ombudsman"
    ]


RECORD = Setting(PartialDate(2021, 6, 1), ("Committee",), ("Government",), body_only=True)


def test_a_sentence_wrapped_over_lines_is_read_whole() -> None:
    text = (
        "- 460. The Committee requests the Government to take the necessary\n"
        "measures to ensure that the porters concerned are reinstated without loss of\n"
        "pay."
    )
    (request,) = find_requests(text, RECORD)
    assert request.text == (
        "take the necessary measures to ensure that the porters concerned are reinstated without loss of pay"
    )
    assert request.issuers == ("Committee",)


def test_a_word_hyphenated_at_a_lines_end_is_one_word() -> None:
    assert texts("The federation calls on the Govern-\nment to release the detained porters.") == [
        "release the detained porters"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The federation urges the Ministry of Labour to register the Independent\n"
         "Porters Union and to reinstate the dismissed porters.",
         ["register the Independent Porters Union", "reinstate the dismissed porters"]),
        ("We urge you to:\n"
         "- ensure that the registration of the\n"
         "Independent Porters Union is completed;\n"
         "- release Tor Alden\n"
         "The federation also calls for an inquiry into the raid.",
         ["ensure that the registration of the Independent Porters Union is completed", "release Tor Alden",
          "an inquiry into the raid"]),
    ],
)  # fmt: skip
def test_a_line_ending_inside_a_name_or_phrase_goes_on_below(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_title_case_line_over_prose_stays_a_title() -> None:
    text = (
        "Porters Union Calls For End To Repression Of Dockers\n"
        "In a statement, the union called on the authorities to end the repression of dockers."
    )
    assert texts(text) == ["end the repression of dockers"]


def test_conclusions_without_a_heading_open_with_taking_into_account_the_discussion() -> None:
    text = (
        "Individual Case (CAS) - Discussion: 2019, Publication: 108th ILC session (2019)\n"
        "Convention No. 87 - Ardania\n\n"
        "The Committee took note of the statements made by the Government representative.\n"
        "Taking into account the discussion of the case, the Committee urged the Government to take the "
        "following measures:\n"
        "• amend the Law on Porters' Unions to remove the registration requirement;\n"
        "• refrain from interfering in union elections.\n"
    )
    requests = extract(Text(text=text, media_type="text/plain")).requests
    assert [r.text for r in requests] == [
        "amend the Law on Porters' Unions to remove the registration requirement",
        "refrain from interfering in union elections",
    ]


@pytest.mark.parametrize(
    ("text", "expected", "issuer"),
    [
        ("In a letter to the President, the federation asked for the immediate release of the detained "
         "porters.",
         ["the immediate release of the detained porters"], ("federation",)),
        ("La fédération lance un appel urgent pour la libération des syndicalistes.",
         ["la libération des syndicalistes"], ("fédération",)),
        ("The federation issued a statement urging the government to drop the charges against the porters.",
         ["drop the charges against the porters"], ("federation",)),
    ],
)  # fmt: skip
def test_an_appeal_for_a_remedy_told_in_a_letter_or_statement(
    text: str, expected: list[str], issuer: tuple[str, ...]
) -> None:
    requests = find_requests(text, SETTING)
    assert [r.text for r in requests] == expected
    assert requests[0].issuers == issuer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Профсоюз докеров выступил с требованием освободить задержанных активистов.",
         ["освободить задержанных активистов"]),
        ("Профсоюзы обратились к президенту с просьбой освободить активистов.", ["освободить активистов"]),
        ("La central lanzó un llamado urgente para la liberación de los sindicalistas.",
         ["la liberación de los sindicalistas"]),
    ],
)  # fmt: skip
def test_a_demand_made_by_its_noun_with_the_act_asked(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Freilassung aller Verhafteten fordert der Verband in einem Brief an den Präsidenten.",
         ["Die Freilassung aller Verhafteten"]),
        ("In einem Brief an den Präsidenten wird die Freilassung aller Verhafteten gefordert.",
         ["die Freilassung aller Verhafteten"]),
        ("Der Verband fordert die Regierung auf, das Gesetz zurückzunehmen.", ["das Gesetz zurückzunehmen"]),
    ],
)  # fmt: skip
def test_german_asks_told_object_first_in_the_passive_or_around_a_parted_verb(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_a_press_agency_mark_after_the_full_stop_ends_prose_not_a_title() -> None:
    text = (
        "Union protests against arrests\n\n"
        "Wien (VB) - Die Freilassung aller Verhafteten fordert der Verband in einem Brief.++++\n\n"
        "Der Verband fordert nun die sofortige Freilassung ohne Anklage der Gewerkschafter."
    )
    assert texts(text) == [
        "Die Freilassung aller Verhafteten",
        "die sofortige Freilassung ohne Anklage der Gewerkschafter",
    ]
