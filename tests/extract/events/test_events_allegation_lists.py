"""Allegations of a supervisory record written as a list of noun acts ("dismissal of X in the Y
enterprise; aggression against and detention of Z; ..."): each item's act befalls whom that item
names, never those of another item; acts joined by a mere "and" share who is named after them. And
the noun wordings such records use (aggression, deaths among strikers, proceedings against, the
enactment of a law, "garde à vue")."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of


def events(text: str, names: dict[str, str]) -> list[Event]:
    return find_events(text, None, mentions_of(text, names))


def by_type(found: list[Event], names: dict[str, str]) -> dict[str, list[tuple[str, ...]]]:
    """Per event type, for each event, the invented names its participants hold ("members of X")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for event in found:
        parts = " | ".join((*event.actors, *event.targets))
        out.setdefault(event.type.value, []).append(tuple(n for n in names if n in parts))
    return out


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "Allegations: dismissal of officers of the Dalmor Workers' Union (DWU) in the Ostrel Mills; "
            "aggression against and detention of members of the Pelland Dockers' Union (PDU); "
            "refusal to reinstate officers of the Tarvik Teachers' Union (TTU) despite a court order.",
            {"Dalmor Workers' Union": "organization", "Pelland Dockers' Union": "organization",
             "Tarvik Teachers' Union": "organization"},
            {"harassment": [("Dalmor Workers' Union",)], "assault": [("Pelland Dockers' Union",)],
             "arrest": [("Pelland Dockers' Union",)]},
        ),
        (
            "Allegations: a ministerial order denying recognition to a teachers' association and a "
            "petition to the courts for the dissolution of the association, the storming of the union "
            "premises by the Rural Guard, confiscation of the passport of Mr Olan Verrick.",
            {"Rural Guard": "organization", "Olan Verrick": "person"},
            {"registration_refused": [()], "legal_action": [()],
             "harassment": [("Rural Guard",), ("Olan Verrick",)]},
        ),
        (
            "The complainant alleges the arrest of Mira Tosk; the dismissal of Ivo Brandt and the "
            "threats against Pia Oller.",
            {"Mira Tosk": "person", "Ivo Brandt": "person", "Pia Oller": "person"},
            {"arrest": [("Mira Tosk",)], "harassment": [("Ivo Brandt",), ("Pia Oller",)]},
        ),
    ],
)  # fmt: skip
def test_each_item_of_an_allegation_list_keeps_its_own_participants(
    text: str, names: dict[str, str], expected: dict[str, list[tuple[str, ...]]]
) -> None:
    found = by_type(events(text, names), names)
    assert {k: sorted(v) for k, v in found.items()} == {k: sorted(v) for k, v in expected.items()}


@pytest.mark.parametrize(
    "text",
    [
        "Allegations: the murder of and threats against officials of the Korval Miners' Union",
        "Allegations: anti-union dismissals and threats against officials of the Korval Miners' Union",
        "Allégations: licenciements antisyndicaux et menaces contre les dirigeants du Korval Miners' Union",
    ],
)
def test_acts_joined_by_and_share_who_is_named_after_them(text: str) -> None:
    found = events(text, {"Korval Miners' Union": "organization"})
    assert {e.type.value for e in found} == {"harassment", *(["killing"] if "murder" in text else [])}
    assert all(any("Korval Miners' Union" in t for t in e.targets) for e in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The complainant alleges physical aggression against a member of the Banro Bank union.", "assault"),
        ("The union denounces the aggressions against striking dockers in the port of Velm.", "assault"),
        ("L'organisation plaignante dénonce les sévices infligés aux grévistes de l'usine.", "assault"),
        ("The complainant alleges that the police charge caused deaths and injuries among the pickets.",
         "killing"),
        ("The complainant alleges that the police action caused the deaths of two pickets.", "killing"),
        ("L'organisation plaignante dénonce la mort de deux grévistes lors de la dispersion.", "killing"),
        ("The complainant alleges criminal proceedings against the leaders of the union.", "legal_action"),
        ("The federation refers to lawsuits filed against its treasurer by the Ministry.", "legal_action"),
        ("L'organisation plaignante dénonce les procédures pénales contre les dirigeants du syndicat.",
         "legal_action"),
        ("The complainant alleges the incarceration of three delegates.", "arrest"),
        ("L'organisation plaignante dénonce l'incarcération de trois délégués.", "arrest"),
        ("L'organisation plaignante dénonce la garde à vue de trois délégués pendant deux jours.", "arrest"),
        ("The complainant refers to the enactment of the new Public Assembly Act in 2019.", "law_change"),
        ("Le syndicat dénonce la promulgation de la loi sur les réunions publiques en 2019.", "law_change"),
        ("The complainant alleges the deportation of two foreign union organisers.", "harassment"),
    ],
)  # fmt: skip
def test_noun_wordings_of_supervisory_records(text: str, kind: str) -> None:
    assert kind in {e.type.value for e in events(text, {})}


@pytest.mark.parametrize(
    "text",
    [
        "The law provides that the garde à vue may last 48 hours.",
        "The Committee requests the Government to send its observations on the deaths among strikers.",
        "Norland has ratified the Freedom of Association and Protection of the Right to Organise "
        "Convention, 1948 (No. 87).",
    ],
)
def test_no_act_where_none_is_alleged(text: str) -> None:
    assert events(text, {}) == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Worker members - We are deeply concerned by the arrest on 3 March 2021 of Mira Tosk, and by the "
         "dismissal of 40 union members.", "arrest", "harassment"),
        ("The complainant alleges the killing on 5 June 2019 of Ivo Brandt and threats against his family.",
         "killing", "harassment"),
        ("L'organisation plaignante dénonce l'arrestation le 3 mars 2021 de Mme Mira Tosk et le licenciement "
         "de 40 membres du syndicat.", "arrest", "harassment"),
    ],
)  # fmt: skip
def test_a_date_inside_an_earlier_item_dates_only_that_item(text: str, first: str, second: str) -> None:
    names = {"Mira Tosk": "person", "Ivo Brandt": "person"}
    found = {e.type.value: e.date.iso if e.date else None for e in events(text, names)}
    assert found[first] is not None
    assert found[second] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("These complaints involve allegations of murder and torture of trade union leaders.", "killing"),
        ("Les plaintes portent sur des allégations de meurtres de syndicalistes.", "killing"),
        ("Las quejas contienen alegatos de asesinatos de dirigentes sindicales.", "killing"),
    ],
)
def test_a_complaint_alleging_an_act_alleges_it(text: str, kind: str) -> None:
    assert kind in {e.type.value for e in events(text, {})}


@pytest.mark.parametrize(
    "text",
    [
        "The Government was requested to supply information on the application of ratified Conventions.",
        "The Committee notes the reports due on ratified instruments.",
        "Le gouvernement n'a pas fourni de rapports sur les conventions ratifiées.",
    ],
)
def test_ratified_conventions_named_as_such_are_no_ratification(text: str) -> None:
    assert "ratification" not in {e.type.value for e in events(text, {})}


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("a la suspensión de la personería gremial de la Unión Portuaria", "suspension"),
        ("a la suspensión de su personería y al cierre de su local", "suspension"),
        ("al bloqueo de cuentas bancarias de numerosas organizaciones sindicales", "harassment"),
        ("a la congelación de las cuentas del sindicato", "harassment"),
        ("the freezing of the bank accounts of the dockers' union", "harassment"),
        ("le blocage des comptes bancaires du syndicat", "harassment"),
        ("a unas disposiciones legislativas que modificaron las normas portuarias", "law_change"),
        ("to legislative provisions which amended the rules of dock work", "law_change"),
        ("à des dispositions législatives qui ont modifié le régime du travail portuaire", "law_change"),
    ],
)
def test_an_item_of_a_list_of_allegations_is_typed(item: str, kind: str) -> None:
    text = f"Los alegatos se refieren a la detención de un dirigente sindical; {item}."
    assert kind in {e.type.value for e in events(text, {})}
