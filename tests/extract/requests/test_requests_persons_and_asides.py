"""An addressee followed by who they are ("Ms Ana Velt, the Minister of Labour, to ...", "le ministre du
Travail, M. Paul Ivars, à ..."), a remedy asked by a bare noun ("exigimos justicia por ..."), and an
aside inside an indirect question ("describe how the board, meeting twice a year, settles ...")
that parts no ask."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import find_asks


@pytest.mark.parametrize(
    ("sentence", "addressee", "ask"),
    [
        (
            "We urge Ms Ana Velt, the Minister of Labour, to reinstate the dismissed drivers.",
            "Ms Ana Velt",
            "reinstate the dismissed drivers",
        ),
        (
            "La CSTV exhorte le ministre du Travail, M. Paul Ivars, à réintégrer les grévistes licenciés.",
            "le ministre du Travail",
            "réintégrer les grévistes licenciés",
        ),
        (
            "La central instó al ministro de Trabajo, Juan Oller, a reintegrar a los despedidos.",
            "al ministro de Trabajo",
            "reintegrar a los despedidos",
        ),
        (
            "La federación exige a la ministra de Trabajo, Rosa Ibarz, que reconozca al sindicato.",
            "a la ministra de Trabajo",
            "reconozca al sindicato",
        ),
    ],
)
def test_an_addressee_with_an_apposition_is_asked(sentence: str, addressee: str, ask: str) -> None:
    assert [(a.addressee, a.text) for a in find_asks(sentence, True)] == [(addressee, ask)]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Exigimos justicia para los trabajadores heridos en la planta de Valmir.",
            "justicia para los trabajadores heridos en la planta de Valmir",
        ),
        (
            "Nous exigeons justice pour les dockers tués à Port-Arden.",
            "justice pour les dockers tués à Port-Arden",
        ),
        (
            "Los trabajadores reclaman libertad para los dirigentes presos.",
            "libertad para los dirigentes presos",
        ),
    ],
)
def test_a_remedy_asked_by_a_bare_noun_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        (
            "The Committee requests the Government to describe how the board, meeting twice a year, "
            "settles disputes over dismissals.",
            ["describe how the board, meeting twice a year, settles disputes over dismissals"],
        ),
        (
            "We call on the authorities to explain how the workers, who were arrested at dawn, were treated, "
            "release them and drop the charges.",
            [
                "explain how the workers, who were arrested at dawn, were treated",
                "release them",
                "drop the charges",
            ],
        ),
        (
            "The Committee requests the Government to indicate whether the union was consulted, "
            "provide the text of the decree and keep it informed.",
            [
                "indicate whether the union was consulted",
                "provide the text of the decree and keep it informed",
            ],
        ),
    ],
)
def test_an_aside_in_an_indirect_question_parts_no_ask(sentence: str, asks: list[str]) -> None:
    assert [a.text for a in find_asks(sentence, True)] == asks


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        (
            "Noting that the leaders were freed on bail, the Committee requests the\nGovernment to indicate "
            "whether the charges were dropped.",
            "indicate whether the charges were dropped",
        ),
        (
            "Le comité prie le\ngouvernement de communiquer le jugement du tribunal d'Arden.",
            "communiquer le jugement du tribunal d'Arden",
        ),
        ("El Comité pide al\nGobierno que envíe copia de la sentencia.", "envíe copia de la sentencia"),
    ],
)
def test_a_line_wrapped_inside_the_addressee_phrase_parts_nothing(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, False)] == [ask]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee expects that the Government will reinstate the drivers and requests it to report on "
        "the steps taken.",
        "The Committee trusts that the Government will register the union and urges it to report on the "
        "steps taken.",
        "The Committee hopes that the Government will drop the charges and also requests it to report on the "
        "steps taken.",
    ],
)
def test_a_second_verb_of_asking_after_and_is_a_second_ask(sentence: str) -> None:
    asks = [a.text for a in find_asks(sentence, False)]
    assert len(asks) == 2
    assert asks[1] == "report on the steps taken"


@pytest.mark.parametrize(
    ("sentence", "addressee", "ask"),
    [
        (
            "La CSTV demande au président Paul Ivars de libérer les dirigeants syndicaux.",
            "au président Paul Ivars",
            "libérer les dirigeants syndicaux",
        ),
        (
            "La CSTV exhorte la ministre Anne Varon à réintégrer les grévistes.",
            "la ministre Anne Varon",
            "réintégrer les grévistes",
        ),
        (
            "La federación insta a la ministra Rosa Ibarz a que reintegre a los despedidos.",
            "a la ministra Rosa Ibarz",
            "reintegre a los despedidos",
        ),
        (
            "The IFDW demands that President Ivo Brandt immediately order the police to stop shooting.",
            "President Ivo Brandt",
            "order the police to stop shooting",
        ),
        (
            "The federation demanded that the President of Valdoria release the jailed organisers.",
            "the President of Valdoria",
            "release the jailed organisers",
        ),
    ],
)
def test_a_person_asked_by_title_and_name_is_the_addressee(sentence: str, addressee: str, ask: str) -> None:
    assert [(a.addressee, a.text) for a in find_asks(sentence, True)] == [(addressee, ask)]
