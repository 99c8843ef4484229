"""What frames a sentence without being one of its acts: a letter's salutation run into the first
sentence of its body, and the body a letter speaks as ("We the X condemn this detention")."""

from __future__ import annotations

import pytest

from casewatch.extract.events.framing import title_case
from casewatch.extract.pipeline import extract
from casewatch.read import read_bytes

from .conftest import found_in


def letter_events(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    ext = extract(read_bytes(text.encode(), "letter.txt"))
    names = {e.key: e.name for e in ext.entities}
    return [
        (e.type.value, e.date.iso if e.date else None, tuple(names[k] for k in e.targets)) for e in ext.events
    ]


@pytest.mark.parametrize(
    ("letter", "kind"),
    [
        ("3 May 2019\n\nDear Minister,\nWe learnt that Mr Orin Vale was arrested on 2 May 2019 at his "
         "home by the police.\nWe urge you to release him.\n\nYours sincerely,\nMira Sorn\n"
         "General Secretary\n",
         "arrest"),
        ("3 mai 2019\n\nMonsieur le Ministre,\nNous avons appris que M. Orin Vale a été arrêté le 2 mai 2019 "
         "à son domicile par la police.\nNous vous prions de le libérer.\n\nVeuillez agréer,\nMira Sorn\n"
         "Secrétaire générale\n", "arrest"),
        ("3 de mayo de 2019\n\nEstimado Ministro:\nHemos sabido que el Sr. Orin Vale fue detenido el "
         "2 de mayo de 2019 en su domicilio por la policía.\nLe instamos a liberarlo.\n\nAtentamente,\n"
         "Mira Sorn\nSecretaria General\n", "arrest"),
    ],
)  # fmt: skip
def test_the_first_sentence_after_a_salutation_tells_its_act(letter: str, kind: str) -> None:
    assert (kind, "2019-05-02") in [(t, d) for t, d, _ in letter_events(letter)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Orin Vale was arrested by the police on 2 May 2019. We the Union of Millers (UM) join all unions "
         "in their condemnation of this detention and torture.", "Union of Millers"),
        ("Orin Vale a été arrêté par la police le 2 mai 2019. Nous, la Fédération des meuniers, condamnons "
         "cette détention et la torture.", "Fédération des meuniers"),
        ("Orin Vale fue detenido por la policía el 2 de mayo de 2019. Nosotros, la Federación de Molineros, "
         "condenamos esta detención.", "Federación de Molineros"),
    ],
)  # fmt: skip
def test_the_body_a_letter_speaks_as_undergoes_nothing(text: str, body: str) -> None:
    found = found_in(text, None, {body: "organization", "Orin Vale": "person"})
    assert [e.type.value for e in found if e.type.value == "arrest"] == ["arrest"]
    assert all(body not in e.targets + e.actors for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 May 2021 the police detained Ivo Parn during a strike at the Velmar port.",
        "El 4 de mayo de 2021 la policía detuvo a Ivo Parn durante una huelga en el puerto de Velmar.",
        "Le 4 mai 2021, la police a arrêté Ivo Parn pendant une grève au port de Velmar.",
    ],
)
def test_a_strike_named_as_the_circumstance_of_a_dated_act_takes_not_its_date(sentence: str) -> None:
    found = found_in(sentence, None, {"Ivo Parn": "person"})
    assert [(e.type.value, e.date.iso if e.date else None) for e in found] == [("arrest", "2021-05-04")]


def test_a_strike_told_with_who_called_it_is_a_protest_though_it_frames_an_act() -> None:
    text = (
        "La detención se produjo en el marco de una huelga convocada por el Sindicato de Estibadores de "
        "Velmar."
    )
    found = found_in(text, None, {"Sindicato de Estibadores de Velmar": "organization"})
    assert "protest" in [e.type.value for e in found]


def test_a_strike_dated_after_its_noun_keeps_its_date() -> None:
    found = found_in("Ivo Parn was dismissed during the strike of 3 May 2021.", None, {"Ivo Parn": "person"})
    assert ("protest", "2021-05-03") in [(e.type.value, e.date.iso if e.date else None) for e in found]


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Union Condemns Arrest of Dock Leaders\nThe police detained them.", True),
        ("Union condemns arrest of dock leaders\nThe police detained them.", False),
        ("Union Condemns Arrest.\nThe police detained them.", False),  # a full stop ends a sentence
        ("Union Condemns It\nThe police detained them.", False),  # two long words: too few to tell
        ("The Velcor Dockers' Union said that its leaders were detained on Monday and charged.", False),
    ],
)
def test_a_title_case_headline_line(text: str, headline: bool) -> None:
    assert title_case(text, 2) is headline
