"""Participants of acts as pages of many sources word them: a group keeps the participle that says
which group it is ("striking workers"), and a verb before a group names none. Invented documents."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2022, 3, 9)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def participants(event: Event) -> set[str]:
    return {*event.actors, *event.targets}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police in Varnel province detained over 200 striking workers on Monday.", "striking workers"),
        ("Officers arrested dozens of protesting teachers outside the ministry.", "protesting teachers"),
        ("Five dismissed employees were detained by the police at the gate.", "dismissed employees"),
    ],
)
def test_a_group_keeps_the_participle_naming_it(text: str, group: str) -> None:
    (arrest,) = [e for e in events(text) if e.type.value == "arrest"]
    assert group in arrest.targets


def test_a_verb_before_a_group_is_no_part_of_its_name() -> None:
    (arrest,) = [e for e in events("The guards watched as police arrested workers at the depot.")]
    assert "workers" in arrest.targets


@pytest.mark.parametrize(
    "text",
    [
        "Mara Velt, general secretary of the federation, said: “The charges against Ivo Tarn are unjust. "
        "He did not try to flee, yet the authorities placed him in detention.”",
        "Mara Velt, secrétaire générale de la fédération, a déclaré : « Les charges contre Ivo Tarn sont "
        "injustes. Il n'a pas tenté de fuir, or les autorités l'ont placé en détention. »",
    ],
)
def test_a_pronoun_in_a_quotation_speaks_of_whom_it_names_not_of_its_speaker(text: str) -> None:
    names = {"Mara Velt": "person", "Ivo Tarn": "person"}
    (arrest,) = [e for e in events(text, names) if e.type.value == "arrest"]
    assert "Ivo Tarn" in arrest.targets
    assert "Mara Velt" not in participants(arrest)


def test_who_told_of_the_sentence_before_is_not_whom_an_unnamed_act_befalls() -> None:
    text = (
        "По словам председателя профкома Ивана Громова, собрание готовилось неделю.\n\n"
        "- Собрание было назначено на шесть, - рассказал нам Громов. – Когда я пришёл, задержали уже всех."
    )
    names = {"Ивана Громова": "person", "Громов": "person"}
    assert all("Громов" not in participants(e) for e in events(text, names) if e.type.value == "arrest")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Juan Orlo fue despedido por parte de la empresa Lácteos Vira SA tras la huelga.",
            "Lácteos Vira SA",
        ),
        ("Ana Doe was dismissed by the company Orlan Metals after the strike.", "Orlan Metals"),
    ],
)
def test_an_agent_named_with_its_kind_acts(text: str, company: str) -> None:
    names = {company: "organization", "Juan Orlo": "person", "Ana Doe": "person"}
    (dismissal,) = [e for e in events(text, names) if e.type.value == "harassment"]
    assert company in dismissal.actors


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Alegatos: los querellantes alegan despidos antisindicales y actos de persecución en perjuicio "
            "de trabajadores en huelga por parte de la empresa Ferrocarriles Vado S.A.",
            "Ferrocarriles Vado S.A.",
        ),
        (
            "Allegations: the complainant alleges anti-union dismissals and harassment of strikers by the "
            "company Orlan Metals.",
            "Orlan Metals",
        ),
    ],
)
def test_the_agent_closing_a_list_of_alleged_acts_did_the_first_of_them(text: str, company: str) -> None:
    found = [e for e in events(text, {company: "organization"}) if e.type.value == "harassment"]
    assert company in found[0].actors
    assert all(
        company not in e.actors for e in events(text, {company: "organization"}) if e.type.value == "protest"
    )


def test_an_agent_right_after_a_later_act_is_that_acts_own() -> None:
    text = "Allegations: they allege dismissals and the refusal by the Ministry of Works to register."
    found = events(text, {"Ministry of Works": "organization"})
    assert all("Ministry of Works" not in e.actors for e in found if e.type.value == "harassment")


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Workers were detained by the police.", "police"),
        ("Seven unionists were arrested by security forces.", "security forces"),
        ("Quatre dirigeants syndicaux ont été interpellés par des policiers.", "policiers"),
        ("Los sindicalistas fueron detenidos por la policía.", "policía"),
    ],
)
def test_the_force_named_as_agent_of_a_summary_acts(text: str, force: str) -> None:
    (arrest,) = events(text)
    assert force in arrest.actors
    assert arrest.targets


@pytest.mark.parametrize(
    "text",
    [
        "On 6 December 2017 the District Court of Varn fined Ana Doe two basic units for a picket.",
        "Ana Doe has been fined two basic units for a picket.",
    ],
)
def test_a_fine_told_in_any_voice_is_a_conviction(text: str) -> None:
    (fine,) = [e for e in events(text, {"Ana Doe": "person"}) if e.type.value == "conviction"]
    assert "Ana Doe" in fine.targets


def test_a_fine_a_law_provides_for_is_no_conviction() -> None:
    assert events("The offender shall be imprisoned or fined not exceeding ten thousand crowns.") == []


@pytest.mark.parametrize(
    "text",
    [
        "We insist your government drop the absurd charges against Ivo Tarn and release him.",
        "Mara Velt a déclaré : « Les charges retenues contre Ivo Tarn sont injustes. »",
    ],
)
def test_charges_against_a_person_tell_a_prosecution_of_them(text: str) -> None:
    names = {"Ivo Tarn": "person", "Mara Velt": "person"}
    (charges,) = [e for e in events(text, names) if e.type.value == "legal_action"]
    assert charges.targets == ("Ivo Tarn",)
    assert not charges.actors


@pytest.mark.parametrize(
    ("text", "tellers"),
    [
        ("Quatre militants ont été arrêtés le 19 mars, rapporte Julien Dor.", {"Julien Dor"}),
        (
            "« Les collègues ont été arrêtés pour nous faire peur », dénonce Julien Dor, secrétaire fédéral.",
            {"Julien Dor"},
        ),
        ("Cuatro sindicalistas fueron detenidos el lunes, dijo Julien Dor.", {"Julien Dor"}),
        (
            "Quatre militants ont été arrêtés le 19 mars, ont déclaré Rights First et Watch Group.",
            {"Rights First", "Watch Group"},
        ),
        (
            "Police arrested a union organiser in Avra on Monday, said union secretary Julien Dor.",
            {"Julien Dor"},
        ),
        (
            "La policía detuvo a tres sindicalistas, denunció la secretaria del sindicato Julien Dor.",
            {"Julien Dor"},
        ),
    ],
)
def test_who_tells_after_a_comma_and_a_verb_of_saying_takes_no_part(text: str, tellers: set[str]) -> None:
    names = {"Julien Dor": "person", "Rights First": "organization", "Watch Group": "organization"}
    (arrest,) = [e for e in events(text, names) if e.type.value == "arrest"]
    assert not tellers & participants(arrest)
    assert tellers <= set(arrest.reporter)


def test_a_verb_of_saying_before_the_act_keeps_whom_the_act_befell() -> None:
    """No office named between the verb and the name: "said police had arrested X" tells X's arrest."""
    text = "The federation spoke out, said police had arrested Julien Dor on Monday."
    (arrest,) = [e for e in events(text, {"Julien Dor": "person"}) if e.type.value == "arrest"]
    assert "Julien Dor" in participants(arrest)
