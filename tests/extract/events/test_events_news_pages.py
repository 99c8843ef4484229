"""Classes of wording met on news pages, NGO statements and union protest letters: the date of the
telling is not the act's, acts still to come or retold in a relative clause are no acts, a byline
names no participant, noun acts listed together share their date, and a state retells its act."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2023, 8, 1)


def events(
    text: str, names: dict[str, str] | None = None, anchor: PartialDate | None = PAGE_DATE
) -> list[Event]:
    return found_in(text, anchor, names)


def told(text: str, anchor: PartialDate | None = PAGE_DATE) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text, anchor=anchor))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fédération a demandé la libération de neuf militants arrêtés, ce 21 mars, à leur hôtel.",
            [("arrest", "2023-03-21")],
        ),
        ("A judge found Mr Orvik in contempt of court on 3 April 2023.", [("conviction", "2023-04-03")]),
        ("Los dirigentes fueron dejados en libertad el 8 de noviembre de 2022.", [("release", "2022-11-08")]),
        ("Le 23 mars, un cheminot est éborgné par une grenade de la police.", [("assault", "2023-03-23")]),
        (
            "Striking guards were legally striking and picketing on 13 January 2023.",
            [("protest", "2023-01-13")],
        ),
    ],
)
def test_wordings_of_news_pages(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert told(text) == expected


def test_a_weekday_is_read_against_the_page_not_a_year_of_the_sentence() -> None:
    text = (
        "Seis dirigentes, detenidos el 7 de julio de 2022, fueron condenados la noche del martes "
        "a diez años de prisión."
    )
    dates = dict(told(text))
    assert dates["arrest"] == "2022-07-07"
    assert (dates["conviction"] or "").startswith("2023")


@pytest.mark.parametrize(
    "text",
    [
        "La Defensoría confirmó este martes 20 de junio, que los dos sindicalistas se encuentran detenidos.",
        "Police raided the offices of the Arden Federation of Dock Workers, it was reported today.",
    ],
)
def test_the_date_of_the_telling_is_not_the_date_of_the_act(text: str) -> None:
    assert [d for _, d in told(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Los dirigentes decretaron una huelga nacional que empezará el próximo martes.",
        "The union announced a strike which will begin on Monday.",
        'Las ONG califican el hecho de "persecución política".',
    ],
)
def test_an_act_to_come_or_a_characterisation_is_no_act(text: str) -> None:
    assert told(text) == []


def test_who_was_arrested_in_a_relative_clause_retells_the_arrest() -> None:
    assert [t for t, _ in told("Dix de ceux qui ont été arrêtés à Torvik ont été libérés.")] == ["release"]


def test_the_byline_names_no_participant() -> None:
    text = (
        "Répression des syndicalistes\npar Lena Orvik, 30 mars 2023\n\n"
        "Le 19 mars, la police a arrêté quatre militants."
    )
    found = events(text, {"Lena Orvik": "person"})
    assert [e.type.value for e in found] == ["arrest"]
    assert all("Lena Orvik" not in (*e.actors, *e.targets) for e in found)


def test_noun_acts_listed_together_share_the_date_written_after_them() -> None:
    text = (
        "The Arden Federation condemns the murder of Tomas Vell, its district president, and the brutal "
        "assault on two young activists on 25 June 2023."
    )
    found = told(text)
    assert ("killing", "2023-06-25") in found
    assert ("assault", "2023-06-25") in found


def test_a_state_of_detention_told_twice_is_one_arrest_without_the_day_of_the_telling() -> None:
    text = (
        "La Defensoría informó hoy que los dos sindicalistas se encuentran detenidos en la comisaría. "
        "Trabajadores protestaron por los sindicalistas, quienes siguen detenidos."
    )
    assert [e for e in told(text, PartialDate(2023, 6, 20)) if e[0] == "arrest"] == [("arrest", None)]


def test_the_speaker_after_a_quotation_tells_and_takes_no_part() -> None:
    text = (
        '"Los dos dirigentes se encuentran detenidos desde el 11 de junio", así lo informó el coordinador '
        "de la ONG, Rafael Dunmore."
    )
    found = [e for e in events(text, {"Rafael Dunmore": "person"}) if e.type.value == "arrest"]
    assert found and all("Rafael Dunmore" not in (*e.actors, *e.targets) for e in found)


def test_an_act_negated_up_to_a_time_is_done_at_that_time() -> None:
    assert [
        t for t, _ in told("The charges were dropped, but Mr Orvik was not freed until 20 February 2023.")
    ] == ["release"]


def test_who_died_of_the_wounds_is_the_one_killed() -> None:
    text = "Tomas Vell died of his wounds in hospital on 3 May 2023."
    [event] = events(text, {"Tomas Vell": "person"})
    assert (event.type.value, event.actors, event.targets) == ("killing", (), ("Tomas Vell",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El lunes 5 de junio el tribunal ha confirmado el rechazo de los recursos de las dirigentes.",
            "appeal",
        ),
        (
            "La federación repudia la detención de los dirigentes del Sindicato de Estibadores de Arden.",
            "arrest",
        ),
    ],
)
def test_wordings_of_appeals_and_of_repudiated_acts(text: str, expected: str) -> None:
    assert expected in [t for t, _ in told(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May 2023 the organiser received a three-year prison sentence.",
            [("conviction", "2023-05-02")],
        ),
        (
            "El 4 de julio de 2023 los seis delegados recibieron una condena de ocho años.",
            [("conviction", "2023-07-04")],
        ),
        (
            "Le 2 mai 2023, le secrétaire du syndicat a écopé de deux ans de prison.",
            [("conviction", "2023-05-02")],
        ),
    ],
)
def test_a_sentence_received_is_a_conviction(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "His twelve-year term, handed down in 2019, was reduced to four years on appeal.",
        "La pena del dirigente fue rebajada a tres años en apelación.",
        "Sa peine a été ramenée à un an en appel.",
    ],
)
def test_a_sentence_reduced_on_appeal_is_an_appeal_decided(text: str) -> None:
    assert "appeal" in [t for t, _ in told(text, anchor=None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tras un año y dos meses detenidos, el 1 de agosto de 2023 los delegados fueron liberados.",
        "Après deux ans de détention, le trésorier a été libéré le 3 mai 2023.",
        "Two years in detention had left the organiser ill when she was freed on 3 May 2023.",
    ],
)
def test_time_spent_in_detention_is_no_new_arrest(text: str) -> None:
    assert [t for t, _ in told(text)] == ["release"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023 the organiser was cleared of all charges by the district court.",
        "The two shop stewards were cleared of the charges on 3 May 2023.",
        "On 3 May 2023 the union's treasurer was cleared of all criminal charges.",
    ],
)
def test_cleared_of_charges_is_an_acquittal_no_legal_action(text: str) -> None:
    assert [t for t, _ in told(text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,900 trade unionists have been killed in the country since 1991.",
        "Desde 1991 unos 1.900 sindicalistas fueron asesinados en el país.",
        "En la provincia han muerto nueve dirigentes sindicales en los últimos tres años.",
        "Onze syndicalistes ont été tués au cours des deux dernières années dans la région.",
        "Of the 81 trade unionists killed worldwide that year, 52 were from the same country.",
        "De los 81 sindicalistas asesinados en todo el mundo ese año, 52 eran del mismo país.",
    ],
)  # fmt: skip
def test_a_count_over_a_period_or_a_share_of_a_world_count_tells_no_act(text: str) -> None:
    assert told(text) == []


def test_a_dated_killing_beside_a_count_of_other_years_is_kept() -> None:
    page = (
        "Some 1,900 trade unionists have been killed in the country since 1991. "
        "On 3 July 2023 gunmen killed the treasurer of the dockers' union."
    )
    assert told(page) == [("killing", "2023-07-03")]


@pytest.mark.parametrize(
    "text",
    [
        "The eight dockers were accused of having assaulted a manager during the strike.",
        "Les huit dockers étaient accusés d'avoir séquestré deux cadres pendant la grève.",
        "Los ocho estibadores fueron acusados de haber agredido a un gerente durante la huelga.",
        "The shop steward was charged with beating a security guard.",
    ],
)  # fmt: skip
def test_the_offence_a_person_is_accused_of_is_no_assault_on_them(text: str) -> None:
    assert "assault" not in [k for k, _ in told(text)]


@pytest.mark.parametrize(
    ("page", "named", "kind"),
    [
        ("Arland: union leader Tomas Erlen detained\nOn 3 May 2031, police detained union leader Tomas "
         "Erlen at his home.\n", "Tomas Erlen", "arrest"),
        ("Union leader Tomas Erlen jailed for six years\nOn 3 May 2031, a court sentenced him to six years "
         "in prison for organising a strike.\n", "Tomas Erlen", "conviction"),
        ("Arlande : le syndicaliste Marc Roillet interpellé\nLe 3 mai 2031, la police a interpellé le "
         "syndicaliste à son domicile.\n", "Marc Roillet", "arrest"),
        ("Borduria: el dirigente Juan Pardo detenido tras una marcha\nLa policía lo detuvo el 3 de mayo de "
         "2031 en Kestel.\n", "Juan Pardo", "arrest"),
    ],
)  # fmt: skip
def test_who_a_headline_names_before_its_bare_participle_undergoes_the_act(
    page: str, named: str, kind: str
) -> None:
    (event,) = [e for e in found_in(page, None, {named: "person"}) if e.type.value == kind]
    assert named in event.targets and named not in event.actors


def test_a_line_running_on_into_lowercase_is_no_headline() -> None:
    page = "The manager Tomas Erlen detained\ntwo strikers on 3 May 2031 in the port office.\n"
    (event,) = [e for e in found_in(page, None, {"Tomas Erlen": "person"}) if e.type.value == "arrest"]
    assert "Tomas Erlen" in event.actors
