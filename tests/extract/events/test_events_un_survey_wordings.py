"""Wordings of UN experts' letters and press releases and of survey entries on union rights: a
closure told with a qualifier ("dissolution sans fondement juridique du X"), a crowd taking to the
streets, people brought before a court ("traduits devant des tribunaux"), an arrest the experts
are alarmed at, and a trend told of many countries ("En muchos de estos países"), which is no act."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2022, 10, 12)


def told(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(found_in(text, PAGE_DATE))


def kinds(text: str) -> list[str]:
    return [kind for kind, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nous souhaitons évoquer des allégations de dissolution sans fondement juridique du Collectif"
        " citoyen de Valmont.",
        "Les autorités ont prononcé la dissolution arbitraire de la Fédération des dockers de Tarsa.",
        "Nous sommes préoccupés par la dissolution, sans préavis, de l'Union des enseignants de Morvan.",
    ],
)
def test_a_closure_told_with_a_qualifier_before_the_named_body_is_a_deregistration(text: str) -> None:
    assert "deregistration" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le syndicat a déposé une requête pour la dissolution anticipée de la Chambre des métiers.",
        "La dissolution éventuelle de la commission paritaire a été évoquée.",
        "Le procureur a saisi le tribunal aux fins de la dissolution immédiate du Comité de grève.",
    ],
)
def test_a_closure_asked_for_or_unnamed_is_no_deregistration(text: str) -> None:
    assert "deregistration" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 14 March 2022, thousands of dock workers took to the streets of Portvale.", "2022-03-14"),
        ("Le 2 mai 2022, les enseignants sont descendus dans la rue à Valmont.", "2022-05-02"),
        ("El 9 de junio de 2022, miles de trabajadores salieron a las calles de Tarsa.", "2022-06-09"),
    ],
)
def test_a_crowd_taking_to_the_streets_is_a_protest(text: str, date: str) -> None:
    assert ("protest", date) in told(text)


def test_a_call_to_take_to_the_streets_is_no_protest() -> None:
    assert "protest" not in kinds("The federation called on its members to take to the streets.")


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 40 grévistes auraient été traduits devant des tribunaux militaires depuis avril 2022.",
        "Le 3 mai 2022, la secrétaire du syndicat a été traduite devant le tribunal correctionnel.",
        "El 3 de mayo de 2022, los dirigentes fueron llevados ante un juez de Tarsa.",
    ],
)
def test_people_brought_before_a_court_face_a_legal_action(text: str) -> None:
    assert "legal_action" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The experts expressed alarm at the arrest of striking nurses in Portvale.",
        "Les experts ont exprimé leur inquiétude face à l'arrestation de grévistes à Valmont.",
        "Los expertos se mostraron alarmados por la detención de huelguistas en Tarsa.",
    ],
)
def test_an_arrest_the_experts_are_alarmed_at_is_reported(text: str) -> None:
    assert "arrest" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "En muchos de dichos países, las huelgas fueron brutalmente reprimidas por las autoridades.",
        "Dans de nombreux pays, les grévistes ont été arrêtés et poursuivis.",
        "En varios de estos países, los dirigentes sindicales fueron detenidos.",
    ],
)
def test_a_trend_told_of_many_countries_is_no_act(text: str) -> None:
    assert told(text) == []


def test_the_same_act_told_of_one_country_is_an_act() -> None:
    assert "arrest" in kinds("En Tarsa, los dirigentes sindicales fueron detenidos el 3 de mayo de 2022.")


@pytest.mark.parametrize(
    "text",
    [
        "Los expertos confirmaron que al menos 9 personas resultaron muertas en marzo de 2022.",
        "Tres huelguistas murieron durante la represión de la marcha del 3 de mayo de 2022.",
        "Deux grévistes ont trouvé la mort lors de la dispersion du 3 mai 2022.",
    ],
)
def test_people_left_dead_by_a_crackdown_are_killed(text: str) -> None:
    assert "killing" in kinds(text)


def test_a_death_told_without_violence_is_no_killing() -> None:
    assert "killing" not in kinds("El padre del dirigente murió en 2010 en Tarsa.")


@pytest.mark.parametrize(
    "text",
    [
        "La misión concluyó tras investigar las protestas ocurridas en marzo de 2022 en Tarsa.",
        "The mission looked into the protests that took place in March 2022 in Portvale.",
        "Les experts ont examiné les grèves qui ont eu lieu en mars 2022 à Valmont.",
    ],
)
def test_protests_said_to_have_taken_place_are_protests(text: str) -> None:
    assert "protest" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "La relatora dijo que los trabajadores de Tarsa tienen derecho a expresar sus quejas sin temor a"
        " ser lesionados o detenidos.",
        "The rapporteur said that the dock workers of Portvale have the right to voice their grievances"
        " without fear of being beaten or arrested.",
        "Le 3 mai 2022, les enseignants de Valmont ont manifesté sans crainte d'être arrêtés.",
    ],
)
def test_an_act_feared_is_no_act(text: str) -> None:
    assert "arrest" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ruritanian police arrest 13 dock workers in Portvale.", "arrest"),
        ("Security forces detain union leader after May Day rally in Tarsa.", "arrest"),
        ("Valmont court convicts 25 strikers for blocking a road - then frees them.", "conviction"),
        ("Valmont court convicts 25 strikers for blocking a road - then frees them.", "release"),
        ("Government raids three NGOs with ties to the dockers' federation.", "harassment"),
        ("Police use water cannon to end nurses' sit-in in Portvale.", "assault"),
        ("Teachers take to the streets of Tarsa to demand unpaid wages.", "protest"),
    ],
)
def test_an_act_told_in_a_headline_present_is_an_act(text: str, kind: str) -> None:
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "If police arrest the strike leaders, the federation will call a general strike.",
        "The federation urged its members to take to the streets.",
        "The law allows police to detain strikers for 48 hours.",
    ],
)
def test_a_present_act_that_is_a_condition_a_call_or_a_rule_is_no_act(text: str) -> None:
    assert {"arrest", "protest"}.isdisjoint(kinds(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Scene from a protest in Portvale on 26 July 2022, during the party congress.", "2022-07-26"),
        ("Photo: nurses at a protest outside the ministry on 3 May 2022.", "2022-05-03"),
        ("Dock workers joined a protest at the harbour gates on 9 June 2022.", "2022-06-09"),
        ("Scene from a Fair Wages Now protest in Tarsa on 2 August 2022.", "2022-08-02"),
    ],
)
def test_a_protest_placed_and_dated_is_a_protest(text: str, date: str) -> None:
    assert ("protest", date) in told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Workers have the right to protest in front of the ministry.",
        "The unions protest at the detention of Dora Pell.",
        "The federation will protest outside the ministry.",
    ],
)
def test_a_right_a_voiced_protest_or_a_plan_is_no_protest(text: str) -> None:
    assert "protest" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Groupe de travail des Nations Unies sur la détention des gens de mer ouvrira sa session"
        " lundi 3 octobre 2022.",
        "The Working Group on Forced Disappearances of Dockers met on 3 May 2022 in Portvale.",
        "El Comité contra la Tortura en los Puertos examinó el informe de Tarsa el 3 de mayo de 2022.",
    ],
)
def test_an_act_named_in_the_title_of_a_mandate_or_committee_is_no_act(text: str) -> None:
    assert {"arrest", "assault"}.isdisjoint(kinds(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Une mission du Haut-Commissariat a pu se rendre à Valmont en octobre 2017.", "2017-10"),
        ("La Rapporteuse spéciale s'est rendue à Valmont du 3 au 7 mai 2022.", "2022-05-03"),
        ("El Relator Especial sobre la tortura visitó Tarsa el 3 de mayo de 2022.", "2022-05-03"),
        ("En 2021, la Relatora Especial realizó una visita oficial a Tarsa.", "2021"),
    ],
)
def test_a_visit_told_in_french_or_spanish_is_a_mission(text: str, date: str) -> None:
    assert ("mission", date) in told(text)


def test_workers_visiting_a_minister_is_no_mission() -> None:
    assert "mission" not in kinds("Los trabajadores visitaron al ministro el 3 de mayo de 2022.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police arrested 31 teachers on 8 July 2022 for taking part in a protest near the parliament.",
            "arrest",
        ),
        ("Los dirigentes fueron detenidos el 3 de mayo de 2022 por participar en una huelga.", "arrest"),
        (
            "Trois syndicalistes ont été condamnés le 3 mai 2022 pour avoir participé à une manifestation.",
            "conviction",
        ),
    ],
)
def test_the_protest_an_act_punishes_is_told_too(text: str, kind: str) -> None:
    assert {kind, "protest"} <= set(kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "Workers may be dismissed for taking part in a strike.",
        "Ils sont venus à Valmont pour participer à une manifestation.",
        "The law punishes strikers for taking part in an illegal strike with a fine.",
    ],
)
def test_a_protest_named_as_a_rule_or_an_aim_is_no_protest(text: str) -> None:
    assert "protest" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The law punishes strikers for taking part in an illegal strike with a fine.",
        "El Código castiga con prisión la participación en huelgas ilegales.",
        "Le Code punit la participation à une grève illégale.",
    ],
)
def test_what_a_law_punishes_is_its_content_no_act(text: str) -> None:
    assert "protest" not in kinds(text)
