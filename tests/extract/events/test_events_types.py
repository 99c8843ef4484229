"""Event types told in committee reports, government replies and news of other countries: investigations,
missions, ratifications, agreements, law changes, appeals, pardons and killings."""

from __future__ import annotations

import re

import pytest

from casewatch import vocab
from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

from .conftest import kinds_and_dates

LETTER_DATE = PartialDate(2022, 6, 1)


def summary(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(find_events(text, LETTER_DATE))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An investigation into the killing was launched in April 2020, but no one has been charged.",
         [("investigation", "2020-04")]),
        ("The Committee notes that the investigation into the attack was concluded in 2021.",
         [("investigation", "2021")]),
        ("The criminal investigation was reopened in January 2022.", [("investigation", "2022-01")]),
        ("According to the Government, a criminal investigation is under way.", [("investigation", None)]),
        ("The Attorney-General ordered a judicial inquiry on 9 May 2017.", [("investigation", "2017-05-09")]),
        ("Une enquête a été ouverte le 3 mai 2021.", [("investigation", "2021-05-03")]),
        ("La Fiscalía abrió una investigación el 5 de marzo de 2020.", [("investigation", "2020-03-05")]),
    ],
)  # fmt: skip
def test_investigations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An ILO high-level tripartite mission to Colombia took place in October 2019.",
         [("mission", "2019-10")]),
        ("The Special Rapporteur undertook a country visit to Zimbabwe from 17 to 27 September 2019.",
         [("mission", "2019-09-17")]),
        ("The Committee welcomes the technical assistance mission conducted in March 2020.",
         [("mission", "2020-03")]),
        ("A delegation of the Working Group visited Honduras in July 2016.", [("mission", "2016-07")]),
        ("The advisory mission requested by the Government was carried out in February 2018.",
         [("mission", "2018-02")]),
    ],
)  # fmt: skip
def test_missions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2019, the Government deposited its instrument of ratification of the Violence and Harassment "
         "Convention.", [("ratification", "2019")]),
        ("Uzbekistan has ratified the Convention in December 2019.", [("ratification", "2019-12")]),
        ("Le Maroc a ratifié la convention en 2020.", [("ratification", "2020")]),
    ],
)  # fmt: skip
def test_ratifications(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A collective bargaining agreement covering dock workers was reached on 1 May 2020.",
         [("agreement", "2020-05-01")]),
        ("The parties signed a memorandum of understanding on 20 February 2022.",
         [("agreement", "2022-02-20")]),
        ("The port authority and the dockers' union reached a new wage agreement in August 2021.",
         [("agreement", "2021-08")]),
        ("Une convention collective a été signée le 4 juin 2019.", [("agreement", "2019-06-04")]),
        ("El sindicato y la empresa firmaron un convenio colectivo en 2018.", [("agreement", "2018")]),
    ],
)  # fmt: skip
def test_agreements(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Act No. 12/2020 amending the Trade Union Act was published in the Official Gazette on 3 March 2020",
         [("law_change", "2020-03-03")]),
        ("Parliament passed the Trade Unions (Amendment) Act in July 2018.", [("law_change", "2018-07")]),
        ("The Senate passed the bill on 2 April 2019.", [("law_change", "2019-04-02")]),
        ("La loi sur les syndicats a été promulguée le 8 janvier 2016.", [("law_change", "2016-01-08")]),
        ("La ley de huelga fue derogada en 2017.", [("law_change", "2017")]),
    ],
)  # fmt: skip
def test_law_changes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Court of Appeal overturned the conviction in March 2020.", [("appeal", "2020-03")]),
        ("The Supreme Court quashed the sentence on 12 January 2022.", [("appeal", "2022-01-12")]),
        ("On 4 June 2021, the High Court upheld the dismissal of the union president.",
         [("appeal", "2021-06-04")]),
        ("The Labour Court of Appeal set aside the lower court's ruling in 2019.", [("appeal", "2019")]),
        ("Le syndicat a interjeté appel le 5 avril 2021.", [("appeal", "2021-04-05")]),
        ("El sindicato interpuso un recurso de amparo en 2020.", [("appeal", "2020")]),
    ],
)  # fmt: skip
def test_appeals(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The activists were amnestied in March 2019.", [("pardon", "2019-03")]),
        ("Three trade unionists received a presidential pardon in 2018.", [("pardon", "2018")]),
        ("The strikers were granted an amnesty on 1 January 2021.", [("pardon", "2021-01-01")]),
        ("El dirigente fue indultado en 2019.", [("pardon", "2019")]),
        ("Le syndicaliste a été gracié le 14 juillet 2020.", [("pardon", "2020-07-14")]),
    ],
)  # fmt: skip
def test_pardons(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union's general secretary was stabbed to death on 9 September 2019.",
         [("killing", "2019-09-09")]),
        ("A trade unionist lost his life after being beaten to death by security forces in 2020.",
         [("killing", "2020")]),
        ("The body of the union organizer was found on 3 February 2021.", [("killing", "2021-02-03")]),
        ("The shop steward died in police detention on 30 October 2018.", [("killing", "2018-10-30")]),
        ("El sindicalista fue asesinado el 4 de mayo de 2020.", [("killing", "2020-05-04")]),
        ("Le dirigeant syndical a été assassiné le 2 mars 2021.", [("killing", "2021-03-02")]),
    ],
)  # fmt: skip
def test_killings(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to carry out an investigation into the killing.",
        "The Committee urges the Government to ensure that an independent investigation is conducted.",
        "No investigation has been opened into the attack.",
        "The Government has not carried out any investigation.",
        "The Committee notes that the inquiry has not been concluded.",
        "The Committee expects that a direct contacts mission will visit the country.",
        "The Government indicated that it would accept a technical assistance mission.",
        "Please indicate whether the Government intends to ratify Convention No. 98.",
        "The Committee trusts that the bill will be adopted in the near future.",
        "The Committee requests the Government to amend section 12 of the Act.",
        "The union intends to appeal the decision.",
        "The Committee hopes that a collective agreement will be signed soon.",
        "The Committee requests the Government to indicate whether the union leaders were pardoned.",
        "The Government denies that the union leader was killed by the police.",
    ],
)
def test_asked_hoped_and_denied_acts_are_not_events(text: str) -> None:
    assert summary(text) == []


def test_no_wording_mixes_cyrillic_with_latin_words() -> None:
    """The literal prefilter skips Cyrillic-only wordings on Latin text: a wording holding both would
    never fire on a Latin sentence."""
    cyrillic, latin = re.compile("[А-яЁё]"), re.compile("[A-Za-z]{3,}")
    mixed = [
        w
        for wordings in vocab.load("events")["types"].values()
        for w in wordings
        if cyrillic.search(w) and latin.search(re.sub(r"\\[a-zA-Z]", "", w))
    ]
    assert mixed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The case was closed on 3 May 2021 for lack of evidence.", [("investigation", "2021-05-03")]),
        ("The Government states that an inquiry is under way.", [("investigation", None)]),
        ("Прокуратура начала проверку 3 мая 2021 года.", [("investigation", "2021-05-03")]),
        (
            "On 3 May 2021 the union was registered by the Ministry of Labour.",
            [("registration", "2021-05-03")],
        ),
        ("Le syndicat a été enregistré le 3 mai 2021.", [("registration", "2021-05-03")]),
        ("Los dirigentes apelaron la sentencia el 3 de mayo de 2021.", [("appeal", "2021-05-03")]),
    ],
)
def test_closed_cases_inquiries_registrations_and_appeals(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert summary(text) == expected
