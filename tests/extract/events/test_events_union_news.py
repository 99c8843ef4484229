"""Classes of wording met in union protest letters, union news releases and press reports on
arrested or killed unionists (vocab/events.json): idioms of killing and of an investigation opened,
property seized that is no arrest of a person, kin who are the victims, a union's verbal protest
that is no protest action, an act pointed back to by a demonstrative, and acts said unknown or
absent. Invented names and sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2022, 6, 10)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_dates(events(text))]


@pytest.mark.parametrize(
    "text",
    [
        "El dirigente Tomás Irala fue privado de la vida frente a su casa.",
        "La secretaria del sindicato, Marta Quiroga, fue privada de la vida por hombres armados.",
        "A Tomás Irala le quitaron la vida cuando salía de una asamblea sindical.",
    ],
)
def test_deprived_of_life_is_a_killing(text: str) -> None:
    assert kinds(text) == ["killing"]


@pytest.mark.parametrize(
    "text",
    [
        "La fiscalía dijo que ya se iniciaron las investigaciones del caso del tesorero.",
        "Según la fiscalía, se abrió una investigación penal por el ataque.",
        "Se inició una investigación sobre la agresión al dirigente.",
    ],
)
def test_an_investigation_opened_told_reflexively_is_one(text: str) -> None:
    assert "investigation" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Суд арестовал имущество председателя профсоюза Ивана Орлова.",
        "Было арестовано имущество профсоюза докеров.",
        "Прокуратура сообщила об аресте имущества профсоюзной организации.",
    ],
)
def test_property_seized_is_no_arrest(text: str) -> None:
    assert "arrest" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "21 мая 2021 года милицией были задержаны активисты профсоюза.",
        "Полиция арестовала председателя профсоюза Ивана Орлова.",
        "Профсоюз сообщает об аресте трех активистов.",
    ],
)
def test_persons_arrested_still_are(text: str) -> None:
    assert "arrest" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Профсоюз сообщает о возбуждении уголовного дела против председателя.",
        "Профсоюз сообщает о возбуждении дела против активистов.",
        "Правозащитники сообщают о задержаниях и возбуждении уголовного дела.",
    ],
)
def test_a_criminal_case_opened_told_as_a_noun_is_legal_action(text: str) -> None:
    assert "legal_action" in kinds(text)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("On 4 March the wives of three union leaders were arrested.", "wives"),
        ("The union fears that family members of the jailed organisers were detained on 4 March too.",
         "family members"),
        ("Los familiares del dirigente fueron detenidos por la policía el 4 de marzo.", "familiares"),
    ],
)  # fmt: skip
def test_kin_arrested_are_the_victims(text: str, victims: str) -> None:
    [arrest] = [e for e in events(text) if e.type.value == "arrest"]
    assert victims in arrest.targets


@pytest.mark.parametrize(
    "text",
    [
        "In a letter, the Arden Federation strongly protested against the detention of two officers.",
        "In its letter, the Federation vigorously protested against the dismissal of the union's leaders.",
        "The confederation firmly protested against the intimidation of its affiliate.",
    ],
)
def test_a_union_protesting_against_an_act_in_words_stages_no_protest(text: str) -> None:
    assert "protest" not in kinds(text)


def test_workers_protesting_against_an_act_protest() -> None:
    assert "protest" in kinds("Dock workers protested against the dismissal of their leader on 3 May 2021.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "On 2 May 2021 soldiers raided the office of the Arden Federation. "
            "The Arden Federation, while condemning this unprovoked attack, calls for an apology.",
            "harassment",
        ),
        (
            "Le dirigeant Paul Verdier a été arrêté le 3 mars 2021. "
            "Cette arrestation, dénoncée par la fédération, vise à faire taire le syndicat.",
            "arrest",
        ),
        (
            "Tomás Irala fue detenido el 5 de abril de 2021. "
            "El sindicato denuncia que esta detención arbitraria busca intimidar a los trabajadores.",
            "arrest",
        ),
    ],
)
def test_an_act_pointed_back_to_by_a_demonstrative_is_told_once(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "There was no information about the dockers being freed when the report went to press.",
        "There was no news about the organisers being freed.",
        "Según la familia, en ninguno de los tres casos ha habido detenidos.",
    ],
)
def test_an_act_said_unknown_or_absent_is_none(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor declared the union illegal on 26 January 2021.",
        "Le 4 mai 2021, le préfet a déclaré le syndicat illégal.",
        "El 4 de mayo de 2021 el ministerio declaró ilegal al sindicato.",
    ],
)
def test_a_union_declared_illegal_is_dissolved(text: str) -> None:
    assert kinds(text) == ["deregistration"]


@pytest.mark.parametrize(
    "text",
    [
        "Le 4 mai 2021, Paul Verdier a reçu une lettre de licenciement de la mairie.",
        "On 4 May 2021 the union's treasurer received a letter of dismissal.",
        "El 4 de mayo de 2021 el dirigente recibió su carta de despido.",
    ],
)
def test_a_dismissal_letter_received_is_a_dismissal(text: str) -> None:
    assert kinds(text) == ["harassment"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Los dos delegados encabezaron el último miércoles una marcha de taxistas.", "2022-06-08"),
        ("On 3 March 2020 she led a march of teachers to the ministry.", "2020-03-03"),
        ("Le 3 mars 2020, il avait mené des marches d'enseignants.", "2020-03-03"),
    ],
)
def test_leading_a_march_is_a_protest(text: str, date: str) -> None:
    assert kinds_and_dates(events(text)) == [("protest", date)]


def test_a_dispute_leading_to_a_strike_is_no_leading_of_one() -> None:
    assert [e.trigger for e in events("The dispute led to a strike in 2020.")] == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Le 4 mai 2021, Paul Verdier a été maintenu en détention.",
        "On 4 May 2021 the organiser was kept in detention.",
        "El 4 de mayo de 2021 el dirigente fue mantenido en detención.",
    ],
)
def test_kept_in_detention_is_a_detention(text: str) -> None:
    assert kinds_and_dates(events(text, {"Paul Verdier": "person"})) == [("arrest", "2021-05-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Le 2 mai 2021, des grévistes ont fait irruption dans le hall de la préfecture.",
        "Le 2 mai 2021, une trentaine de dockers grévistes y ont fait irruption.",
        "Le 2 mai 2021, des manifestants ont fait irruption dans la mairie.",
    ],
)
def test_strikers_bursting_in_undergo_no_raid(text: str) -> None:
    assert "harassment" not in kinds(text)


def test_the_police_bursting_in_raid() -> None:
    assert kinds("Le 2 mai 2021, la police a fait irruption dans le local syndical.") == ["harassment"]


@pytest.mark.parametrize(
    ("text", "who", "role"),
    [
        ("El 4 de mayo de 2021 asesinaron a dos líderes sindicales.", "líderes sindicales", "targets"),
        ("Les enseignants ont été menacés par les services de sécurité le 4 mai 2021.",
         "services de sécurité", "actors"),
        ("On 4 May 2021 the security services detained three organisers.", "security services", "actors"),
        ("On 4 May 2021 police arrested one of the union's security staff.",
         "union's security staff", "targets"),
    ],
)  # fmt: skip
def test_groups_of_union_news_take_part(text: str, who: str, role: str) -> None:
    [event] = events(text)
    assert who in getattr(event, role)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2021 the dockers' strike was broken up by riot police and dozens were held.",
        "Le 3 mai 2021, le rassemblement a été violemment dispersé par la police.",
        "El 3 de mayo de 2021 la concentración fue reprimida por la policía.",
    ],
)
def test_a_strike_or_gathering_broken_up_took_place(text: str) -> None:
    assert ("protest", "2021-05-03") in kinds_and_dates(events(text))


def test_a_strike_banned_did_not_take_place() -> None:
    assert "protest" not in kinds("The strike was banned on 3 May 2021.")
