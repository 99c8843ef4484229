"""Acts of one type told in contrasted clauses of one sentence, each with its own subject and date,
are acts of their own, each befalling whom its clause names."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import mentions_of


def acts(
    text: str, names: list[str], anchor: PartialDate | None = None
) -> list[tuple[str | None, tuple[str, ...]]]:
    found = find_events(text, anchor, mentions_of(text, dict.fromkeys(names, "person")))
    return sorted((e.date.iso if e.date else None, e.targets) for e in found if e.type.value == "arrest")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The union's president, Ana Korvel, was detained on 10 July 2019, while organiser "
            "Tomas Brenn was detained on 9 April 2019.",
            "Ana Korvel",
            "Tomas Brenn",
        ),
        (
            "La secretaria general, Marta Quiroz, fue detenida el 10 de julio de 2019, mientras "
            "que el delegado Tomás Beltrán fue arrestado el 9 de abril de 2019.",
            "Marta Quiroz",
            "Tomás Beltrán",
        ),
        (
            "Le trésorier, Paul Vernet, a été arrêté le 10 juillet 2019, tandis que la déléguée "
            "Lise Armand a été arrêtée le 9 avril 2019.",
            "Paul Vernet",
            "Lise Armand",
        ),
    ],
)
def test_each_clause_tells_its_own_act(text: str, first: str, second: str) -> None:
    assert acts(text, [first, second]) == [("2019-04-09", (second,)), ("2019-07-10", (first,))]


def test_undated_clauses_still_tell_two_acts() -> None:
    text = (
        "The head of the dockers' union, Ivo Marsh, was detained on July 10, while activist Pera Dolan "
        "was detained on April 9."
    )
    assert acts(text, ["Ivo Marsh", "Pera Dolan"]) == [(None, ("Ivo Marsh",)), (None, ("Pera Dolan",))]


def test_one_subject_doing_both_tells_one_act() -> None:
    text = "Police arrested Ana Lis on 3 May 2019 and detained Ivo Brand."
    assert acts(text, ["Ana Lis", "Ivo Brand"]) == [("2019-05-03", ("Ana Lis", "Ivo Brand"))]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Darn was arrested on 3 May 2023 and Lina Berg on 5 May 2023.",
        "Police arrested Ivo Darn on 3 May 2023, and organiser Lina Berg on 5 May 2023.",
        "Ivo Darn fue detenido el 3 de mayo de 2023 y Lina Berg el 5 de mayo de 2023.",
        "Ivo Darn a été arrêté le 3 mai 2023 et Lina Berg le 5 mai 2023.",
    ],
)
def test_a_clause_without_its_verb_tells_an_act_on_its_own_date(text: str) -> None:
    assert acts(text, ["Ivo Darn", "Lina Berg"]) == [
        ("2023-05-03", ("Ivo Darn",)),
        ("2023-05-05", ("Lina Berg",)),
    ]


def test_two_persons_of_one_act_stay_together() -> None:
    assert acts("Ivo Darn and Lina Berg were arrested on 3 May 2023.", ["Ivo Darn", "Lina Berg"]) == [
        ("2023-05-03", ("Ivo Darn", "Lina Berg"))
    ]


def roles(text: str, names: list[str]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    named = {**dict.fromkeys(names, "person"), "Harbour Court": "organization"}
    found = find_events(text, None, mentions_of(text, named))
    return {e.type.value: (e.actors, e.targets) for e in found}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "On 3 May 2023 riot police beat dozens of striking workers and arrested the union's president, "
            "Ivo Darn.",
            "assault",
            "arrest",
        ),
        (
            "On 3 May 2023 soldiers detained twenty dockers and beat up the port union's leader, Ivo Darn.",
            "arrest",
            "assault",
        ),
        (
            "On 3 May 2023 police arrested forty strikers and charged their spokesman, Ivo Darn.",
            "arrest",
            "legal_action",
        ),
    ],
)
def test_verbs_sharing_a_subject_act_each_on_their_own_object(text: str, first: str, second: str) -> None:
    acts = roles(text, ["Ivo Darn"])
    assert "Ivo Darn" not in acts[first][1]
    assert "Ivo Darn" in acts[second][1]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police arrested Ivo Darn on 3 May 2023 and released him on 5 May 2023.", "release"),
        ("Police detained Ivo Darn on 3 May 2023 and beat him severely.", "assault"),
        (
            "Police arrested Ivo Darn on 3 May 2023 and charged him and Lina Berg with rioting.",
            "legal_action",
        ),
    ],
)
def test_whom_a_pronoun_stands_for_undergoes_the_second_act(text: str, kind: str) -> None:
    actors, targets = roles(text, ["Ivo Darn", "Lina Berg"])[kind]
    assert "Ivo Darn" in targets
    assert "Ivo Darn" not in actors


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Ivo Darn on 3 May 2023, and the Harbour Court sentenced Lina Berg on 5 May 2023.",
        "Ivo Darn was arrested on 3 May 2023, while Lina Berg was sentenced on 5 May 2023.",
        "Ivo Darn fue detenido el 3 de mayo de 2023, mientras que Lina Berg fue condenada a dos años el 5 de "
        "mayo de 2023.",
    ],
)
def test_clauses_of_two_types_name_each_their_own_persons(text: str) -> None:
    acts = roles(text, ["Ivo Darn", "Lina Berg"])
    assert acts["arrest"][1] == ("Ivo Darn",)
    assert acts["conviction"][1] == ("Lina Berg",)
    assert "Ivo Darn" not in acts["conviction"][0]


@pytest.mark.parametrize(
    "second",
    [
        "The authorities raided the union's offices on 4 May 2023.",
        "On 4 May 2023 police searched the federation's headquarters.",
        "Security agents seized the union's computers on 4 May 2023.",
    ],
)
def test_an_act_on_a_place_or_thing_takes_no_one_from_the_sentence_before(second: str) -> None:
    text = f"On 3 May 2023, Ivo Darn was arrested. {second}"
    [act] = [
        e
        for e in find_events(text, None, mentions_of(text, {"Ivo Darn": "person"}))
        if e.type.value != "arrest"
    ]
    assert "Ivo Darn" not in act.targets


def test_an_act_on_his_home_still_befalls_the_person_before() -> None:
    text = "On 3 May 2023, Ivo Darn was arrested. On 5 May 2023 police searched his home."
    [search] = [
        e
        for e in find_events(text, None, mentions_of(text, {"Ivo Darn": "person"}))
        if e.type.value != "arrest"
    ]
    assert search.targets == ("Ivo Darn",)


@pytest.mark.parametrize(
    "text",
    [
        "The union lists the detention of these members: Aldo Brun, treasurer of the port "
        "union, detained on 4 March; Ilse Varga, organizer of the bakers' union, and Omar Tiel, delegate "
        "of the drivers' union, both detained on 6 March.",
        "Le syndicat énumère la détention de ces membres: Aldo Brun, trésorier, détenu le "
        "4 mars; Ilse Varga, déléguée du syndicat des boulangers, et Omar Tiel, délégué du syndicat des "
        "chauffeurs, tous deux détenus le 6 mars.",
        "El sindicato enumera la detención de estos miembros: Aldo Brun, tesorero, detenido "
        "el 4 de marzo; Ilse Varga, delegada del sindicato de panaderos, y Omar Tiel, delegado del sindicato "
        "de choferes, detenidos ambos el 6 de marzo.",
    ],
)
def test_a_participle_said_of_both_persons_listed_before_it_befalls_both(text: str) -> None:
    names = {"Aldo Brun": "person", "Ilse Varga": "person", "Omar Tiel": "person"}
    found = find_events(text, PartialDate(1996, 5), mentions_of(text, names))
    dated = {e.date.iso if e.date else None: e for e in found if e.type.value == "arrest"}
    assert sorted(d for d in dated if d) == ["1996-03-04", "1996-03-06"]
    assert "Aldo Brun" in dated["1996-03-04"].targets
    assert (dated["1996-03-06"].actors, dated["1996-03-06"].targets) == ((), ("Ilse Varga", "Omar Tiel"))
