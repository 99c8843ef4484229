"""A record tells one act on a group more than once: as the group ("the detention of many dock officers",
"three union leaders were arrested"), then with the persons named ("those detained include leaders
X, Y and Z"), or the other way round; an allegation told again with who did it adds its actor."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event, PartialDate

from .conftest import mentions_of

REPORT_DATE = PartialDate(2016, 6)
PERSONS = {"Karel Dusek": "person", "Mira Bonev": "person", "Ivo Stanek": "person"}


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return find_events(text, REPORT_DATE, mentions_of(text, names or PERSONS))


@pytest.mark.parametrize(
    "text",
    [
        "The federation states that the Government carried out mass arrests of dock officers after "
        "the lockout. The complainant states that those detained include dock officers Karel Dusek, "
        "Mira Bonev and Ivo Stanek.",
        "La fédération dénonce l'arrestation massive de dirigeants syndicaux après la grève. Selon elle, "
        "les dirigeants syndicaux Karel Dusek, Mira Bonev et Ivo Stanek ont été arrêtés.",
        "La federación denuncia la detención masiva de dirigentes sindicales tras la huelga. Según ella, "
        "los dirigentes sindicales Karel Dusek, Mira Bonev e Ivo Stanek fueron detenidos.",
    ],
)
def test_a_group_then_its_persons_named_is_one_arrest(text: str) -> None:
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert len(arrests) == 1
    assert {"Karel Dusek", "Mira Bonev", "Ivo Stanek"} <= set(arrests[0].targets)


@pytest.mark.parametrize(
    "later",
    [
        "The Committee notes the allegation that three named dock officers were detained.",
        "The Committee notes the allegation that the three union leaders were detained for their activities.",
        "Le comité note l'allégation selon laquelle trois dirigeants syndicaux ont été arrêtés.",
    ],
)
def test_a_counted_group_after_its_persons_is_no_second_arrest(later: str) -> None:
    text = f"The union states that Karel Dusek, Mira Bonev and Ivo Stanek were detained. {later}"
    assert [e.type.value for e in events(text)] == ["arrest"]


def test_a_group_counted_otherwise_is_another_arrest() -> None:
    text = (
        "The union states that Karel Dusek, Mira Bonev and Ivo Stanek were detained. "
        "It adds that five union members were detained at the port."
    )
    assert [e.type.value for e in events(text)] == ["arrest", "arrest"]


@pytest.mark.parametrize(
    "dated",
    [
        "On 4 December 2015 the police arrested Karel Dusek, Mira Bonev and Ivo Stanek, union leaders.",
        "Karel Dusek, Mira Bonev and Ivo Stanek, leaders of the union, were detained on 4 December 2015.",
        "Le 4 décembre 2015, la police a arrêté Karel Dusek, Mira Bonev et Ivo Stanek, syndicalistes.",
    ],
)
def test_an_allegations_line_counting_the_persons_later_named_is_the_dated_arrest(dated: str) -> None:
    text = (
        "Allegations: the complainant alleges that three union leaders were arrested after a strike\n\n"
        f"301. In its communication of 2 February 2016, the union adds details. {dated}\n"
    )
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert [e.date.iso if e.date else None for e in arrests] == ["2015-12-04"]


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (
            "The union refers to the denial of registration of the Guild of Archivists (GOA).",
            "The observation refers to the denial of registration of the GOA by the Ministry of Culture.",
        ),
        (
            "Le syndicat dénonce le refus d'enregistrement de la Guilde des archivistes (GDA).",
            "Il dénonce le refus d'enregistrement de la GDA par le Ministère de la Culture.",
        ),
        (
            "The union alleges the dissolution of the Guild of Archivists (GOA).",
            "It denounces the dissolution of the GOA by the Ministry of Culture.",
        ),
    ],
)
def test_an_allegation_told_again_with_who_did_it_adds_its_actor(first: str, again: str) -> None:
    text = f"{first} {again}"
    bodies = ("Guild of Archivists", "GOA", "Guilde des archivistes", "GDA")
    bodies += ("Ministry of Culture", "Ministère de la Culture")
    names = dict.fromkeys(bodies, "organization")
    found = events(text, names)
    assert len(found) == 1
    assert any(a.startswith("Minist") for a in found[0].actors)


@pytest.mark.parametrize(
    "dated",
    [
        "the union states that on 4 December 2015 the police arrested three union leaders at the port.",
        "le syndicat indique que le 4 décembre 2015 la police a arrêté trois dirigeants syndicaux au port.",
        "el sindicato indica que el 4 de diciembre de 2015 la policía detuvo a tres dirigentes sindicales.",
    ],
)
def test_an_allegations_line_naming_the_persons_a_dated_telling_counts_is_that_arrest(dated: str) -> None:
    text = (
        "Allegations: the arrest of union leaders Karel Dusek, Mira Bonev and Ivo Stanek after a strike\n\n"
        f"301. In its communication of 2 February 2016, {dated}\n"
    )
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert [e.date.iso if e.date else None for e in arrests] == ["2015-12-04"]
    assert {"Karel Dusek", "Mira Bonev", "Ivo Stanek"} <= set(arrests[0].targets)


@pytest.mark.parametrize(
    "retold",
    [
        'The federation states that "hundreds of dockers were detained and their officers face criminal '
        'charges".',
        "La fédération affirme que des centaines de dockers ont été arrêtés et que leurs délégués font "
        "l'objet de poursuites judiciaires.",
        "La federación afirma que cientos de trabajadores fueron detenidos y que sus delegados son objeto "
        "de procesos judiciales.",
    ],
)
def test_a_heading_naming_no_one_takes_whom_its_retelling_names(retold: str) -> None:
    text = f"Allegations concerning the Detention of Dockers in 2004\n\n41. {retold}\n"
    arrests = [e for e in events(text) if e.type.value == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].date is not None and arrests[0].date.iso == "2004"
    assert arrests[0].targets
