"""Wordings of supervisory records told as verbs: a worker "was dismissed" (not a case or charge that
"was dismissed"), a contract terminated, union premises sealed; and a date reported in one "that"
clause never dates what a second "and that" clause reports."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

from .conftest import kinds_and_dates

NAMES = {"Tomas Verell": "person", "Ilse Marrow": "person", "Kessel Port Workers' Union": "organization"}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


def kinds(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The complainant alleges that Tomas Verell was dismissed on 2 February 2016.", "2016-02-02"),
        ("According to the union, Ms Ilse Marrow was summarily dismissed in March 2015 after the strike.",
         "2015-03"),
        ("The federation states that the shop stewards were dismissed on 9 October 2019.", "2019-10-09"),
        ("The complainant alleges that the employment contract of Tomas Verell was terminated in June 2018.",
         "2018-06"),
        ("The company terminated their contracts on 4 April 2017, one week after the union was founded.",
         "2017-04-04"),
    ],
)  # fmt: skip
def test_dismissals_in_plain_wording(text: str, date: str) -> None:
    assert ("harassment", date) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The criminal case against Tomas Verell was dismissed in 2016.",
        "The complaint of the Kessel Port Workers' Union was dismissed on 3 May 2016.",
        "The claims of the workers were dismissed by the Regional Labour Court in 2015.",
    ],
)
def test_a_case_or_claim_dismissed_is_no_dismissal_of_a_worker(text: str) -> None:
    assert "harassment" not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The complainant alleges that the police sealed the union premises on 6 March 2013.",
        "According to the complainant, the Governor had the union offices sealed on 6 March 2013.",
        "The headquarters of the Kessel Port Workers' Union were sealed by the police on 6 March 2013.",
        "L'organisation plaignante indique que le local syndical a été mis sous scellés le 6 mars 2013.",
    ],
)
def test_premises_sealed(text: str) -> None:
    assert ("harassment", "2013-03-06") in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The complainant alleges that the police raided the union office on 6 March 2013 and that the "
         "prosecutor opened a criminal case against Tomas Verell.", "legal_action"),
        ("The union states that Tomas Verell was detained on 6 March 2013 and that Ilse Marrow was later "
         "dismissed.", "harassment"),
        ("L'organisation plaignante allègue que Tomas Verell a été arrêté le 6 mars 2013 et que Ilse Marrow "
         "a été licenciée.", "harassment"),
    ],
)  # fmt: skip
def test_a_second_reported_clause_takes_no_date_from_the_first(text: str, kind: str) -> None:
    found = kinds(text)
    assert (kind, None) in found
    assert all(date == "2013-03-06" for k, date in found if k != kind)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("The union alleges that Tomas Verell was released on 2 May 2018 and that Ilse Marrow filed an "
         "appeal which the court rejected on 30 May 2018.", "release", {"Tomas Verell"}),
        ("The federation states that the director dismissed Ilse Marrow for union activities on 3 March "
         "2018 and that the Supreme Court of Norland dissolved the Kessel Port Workers' Union on 1 April "
         "2018.", "harassment",
         {"director", "Ilse Marrow"}),
        ("Le syndicat indique que Tomas Verell a été libéré le 2 mai 2018 et que Ilse Marrow a été "
         "licenciée le 4 juin 2018.", "release", {"Tomas Verell"}),
    ],
)  # fmt: skip
def test_who_one_reported_clause_names_takes_no_part_in_the_next(
    text: str, kind: str, expected: set[str]
) -> None:
    names = {**NAMES, "Supreme Court of Norland": "organization"}
    found = [e for e in find_events(text, None, mentions_of(text, names)) if e.type.value == kind]
    assert len(found) == 1
    assert {*found[0].actors, *found[0].targets, *found[0].forum} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le 20 février 2018, le tribunal a condamné M. Tomas Verell à deux ans d'emprisonnement.",
        "Le 20 février 2018, la cour a condamné Mme Ilse Marrow à une amende.",
        "El 20 de febrero de 2018, el juzgado condenó al Sr. Tomas Verell a dos años de prisión.",
    ],
)
def test_a_sentence_naming_the_convicted_with_a_title_is_a_conviction_not_an_arrest(text: str) -> None:
    assert kinds(text) == [("conviction", "2018-02-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Allégations: l'arrestation et la condamnation de dirigeants syndicaux", {"arrest", "conviction"}),
        ("Alegatos: la detención y la condena de dirigentes sindicales", {"arrest", "conviction"}),
        ("Allegations: the arrest and conviction of trade union leaders", {"arrest", "conviction"}),
        ("The complainant alleges the conviction of two union leaders in 2017.", {"conviction"}),
    ],
)
def test_convictions_written_as_nouns(text: str, expected: set[str]) -> None:
    assert {k for k, _ in kinds(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le comité exprime sa condamnation de ces actes de violence contre les syndicalistes.",
        "La fédération dénonce la condamnation de tels agissements par les autorités.",
        "El sindicato denuncia la condena de estos actos por el Gobierno.",
    ],
)
def test_a_condemnation_of_acts_is_no_conviction(text: str) -> None:
    assert "conviction" not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The union alleges that the police arrested Tomas Verell, its president, and that the company "
        "dismissed 30 workers for their union membership.",
        "The federation states that Tomas Verell was detained and that the employer dismissed the shop "
        "stewards for their union activities.",
        "Le syndicat allègue que la police a arrêté M. Tomas Verell et que l'entreprise a licencié "
        "30 travailleurs.",
    ],
)
def test_a_reported_clause_naming_no_one_takes_no_one_from_the_clause_before(text: str) -> None:
    (dismissal,) = [e for e in events(text) if e.type.value == "harassment"]
    assert "Tomas Verell" not in (*dismissal.actors, *dismissal.targets)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 May 2017, the Supreme Court upheld the dissolution of the union.", "appeal"),
        ("On 3 May 2017, the Court of Appeal confirmed the dismissals of the union's officers.", "appeal"),
        ("Le 3 mai 2017, la Cour de cassation a confirmé la dissolution du syndicat.", "appeal"),
        ("Le tribunal administratif a annulé l'enregistrement du syndicat le 3 mai 2017.", "deregistration"),
        ("Le 3 mai 2017, l'enregistrement du syndicat a été annulé par le ministère.", "deregistration"),
        ("El 3 de mayo de 2017, el Ministerio canceló el registro del sindicato.", "deregistration"),
        ("The Committee welcomes the adoption in 2017 of the new Trade Union Act.", "law_change"),
        ("The Committee notes the adoption on 3 May 2017 of the Labour Code amendments.", "law_change"),
        ("La commission salue l'adoption en 2017 de la nouvelle loi sur les syndicats.", "law_change"),
    ],
)  # fmt: skip
def test_decisions_and_laws_in_record_wordings(text: str, kind: str) -> None:
    assert kind in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Committee hopes for the adoption in 2020 of the new Trade Union Act.",
        "The Committee requests the Government to ensure the adoption in 2020 of the new Labour Code.",
        "La commission prie le gouvernement d'assurer l'adoption en 2020 de la nouvelle loi.",
    ],
)
def test_an_adoption_hoped_for_or_requested_is_no_law_change(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "dated", "undated"),
    [
        ("Tomas Verell was detained for violating public order and was released on 10 March 2021.",
         "release", "arrest"),
        ("M. Tomas Verell a été arrêté pour trouble à l'ordre public et a été libéré le 10 mars 2021.",
         "release", "arrest"),
        ("Tomas Verell fue detenido por alterar el orden público y fue liberado el 10 de marzo de 2021.",
         "release", "arrest"),
    ],
)  # fmt: skip
def test_a_date_after_a_second_predicate_dates_only_that_predicate(
    text: str, dated: str, undated: str
) -> None:
    found = dict(kinds(text))
    assert found[dated] == "2021-03-10"
    assert found[undated] is None


@pytest.mark.parametrize(
    "text",
    [
        "By a decree of 2 May 1998, his detention became inoperative and he was freed on 5 May 1998.",
        "Par décret du 2 mai 1998, la détention de M. Tomas Verell a pris fin; il a été libéré le 5 mai.",
        "The preventive detention of Ms Ilse Marrow ordered on 4 June 2001 was lifted by the court.",
        "La détention provisoire de Mme Ilse Marrow a été levée le 4 juin 2001.",
    ],
)
def test_a_detention_said_ended_is_no_arrest(text: str) -> None:
    assert "arrest" not in [kind for kind, _ in kinds(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The examining magistrate decided on 7 January 1995 to remand the accused to the district court.",
        "Le juge d'instruction a décidé le 7 janvier 1995 de renvoyer les prévenus devant le tribunal.",
        "El juez resolvió el 7 de enero de 1995 elevar a juicio a los imputados.",
        "On 7 January 1995 Mr Tomas Verell was committed for trial.",
    ],
)
def test_sending_the_accused_for_trial_is_a_legal_action(text: str) -> None:
    assert kinds(text) == [("legal_action", "1995-01-07")]


@pytest.mark.parametrize(
    "text",
    [
        "The Conference Committee urged the Government to refrain from arresting trade unionists.",
        "The Committee called upon the authorities to refrain from arresting striking workers in the future.",
        "The Worker members asked the Government to refrain from imprisoning union leaders.",
    ],
)
def test_an_act_the_government_is_asked_to_refrain_from_is_none(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Allegations: attempted murders of and death threats against trade union leaders",
        "The complainant alleges the attempted murder of Ms Ilse Marrow on 3 March 2019.",
        "The complainant alleges two attempted killings of union leaders in 2019.",
    ],
)
def test_an_attempted_killing_is_an_assault_not_a_killing(text: str) -> None:
    found = [kind for kind, _ in kinds(text)]
    assert "assault" in found and "killing" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The persons concerned were found implicated in, charged with, or convicted of, serious crimes, "
        "including arson, attempted murder, murder and terrorism.",
        "Mr Tomas Verell was charged with attempted murder.",
        "Ms Ilse Marrow was accused of attempted murder.",
    ],
)
def test_an_attempted_killing_charged_is_the_offence_no_assault(text: str) -> None:
    assert "assault" not in [kind for kind, _ in kinds(text)]
