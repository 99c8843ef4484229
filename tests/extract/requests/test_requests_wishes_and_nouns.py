"""A committee's wish about a text to be adopted, a request renewed by its noun, remedies listed by their
nouns, a lead-in in the past tense over bullets, and a release asked again with a pronoun."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import Part, PartialDate

REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)
CONCLUSIONS = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",))
NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Federation",), ("Minister",), reported=True)


def texts(text: str, setting: Setting = REPORT) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Committee hopes that the draft Labour Code will be adopted without delay.",
            "the draft Labour Code will be adopted without delay",
        ),
        (
            "The Committee trusts that the amendments to section 14 will "
            "soon be brought into line with the Convention.",
            "the amendments to section 14 will soon be brought into line with the Convention",
        ),
        (
            "The Committee firmly hopes that these provisions will be repealed in the near future.",
            "these provisions will be repealed in the near future",
        ),
    ],
)
def test_a_wish_that_a_text_be_adopted_is_a_request(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "La commission exprime l’espoir que le projet de loi sera adopté prochainement.",
            "le projet de loi sera",
        ),
        (
            "La commission veut croire que ces dispositions seront abrogées sans délai.",
            "ces dispositions seront",
        ),
        (
            "La Comisión confía en que la reforma del Código será adoptada en breve.",
            "la reforma del Código será",
        ),
    ],
)
def test_a_wish_in_french_or_spanish_that_a_text_be_adopted_is_a_request(text: str, start: str) -> None:
    found = texts(text)
    assert len(found) == 1 and found[0].startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "The Committee hopes that the situation has improved since then.",
        "The Committee notes that the bill will be adopted next year.",
        "La commission note que le projet de loi sera examiné par le Parlement.",
    ],
)
def test_a_statement_about_a_text_is_no_request(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La commission réitère sa demande au gouvernement de fournir copie du décret no 12.",
            "fournir copie",
        ),
        (
            "La commission renouvelle donc sa demande au gouvernement de modifier l’article 8.",
            "modifier l’article 8",
        ),
        (
            "La Comisión reitera su solicitud al Gobierno de que derogue el decreto núm. 40.",
            "derogue el decreto",
        ),
    ],
)
def test_a_request_renewed_by_its_noun_in_french_or_spanish_is_asked_again(text: str, expected: str) -> None:
    found = texts(text)
    assert len(found) == 1 and found[0].startswith(expected)


def test_a_request_recalled_without_renewing_it_is_not_asked_again() -> None:
    assert texts("La commission rappelle que sa demande portait sur l’article 8.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The federation demanded the release of the three leaders and an end to the crackdown on unions.",
            ["the release of the three leaders", "an end to the crackdown on unions"],
        ),
        (
            "We demand the reinstatement of the dismissed porters and "
            "the withdrawal of all charges against them.",
            ["the reinstatement of the dismissed porters", "the withdrawal of all charges against them"],
        ),
        (
            "The union calls for the immediate and unconditional release "
            "of Ivo Marsk and the repeal of Decree 9.",
            ["the immediate and unconditional release of Ivo Marsk", "the repeal of Decree 9"],
        ),
        (
            "The federation called for the release of the detained stewards and for an independent inquiry "
            "into the raid on their office.",
            ["the release of the detained stewards", "an independent inquiry into the raid on their office"],
        ),
        (
            "The union calls for a review of the sentences and the reinstatement of the dismissed drivers.",
            ["a review of the sentences", "the reinstatement of the dismissed drivers"],
        ),
    ],
)
def test_remedies_listed_by_their_nouns_are_separate_requests(text: str, expected: list[str]) -> None:
    assert texts(text, NEWS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The federation demands the release of Ivo Marsk, and the release of Lena Orvik.",
        "The unions call for the immediate release of Tor Alden and the release of the other porters.",
        "We demand the reinstatement of the crane drivers and the reinstatement of the porters.",
    ],
)
def test_one_remedy_for_more_people_stays_one_request(text: str) -> None:
    assert len(texts(text, NEWS)) == 1


def test_one_act_over_two_nouns_stays_one_request() -> None:
    found = texts(
        "We urge the Minister to ensure the release of Ivo Marsk and the return of his passport.", NEWS
    )
    assert found == ["ensure the release of Ivo Marsk and the return of his passport"]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee expects that the new Code will be adopted soon "
        "and that it will guarantee the right to strike.",
        "The Committee trusts that the bill will be enacted shortly and "
        "that it will take its comments into account.",
        "The Committee expects that the regulations will be amended "
        "and that they will allow unions to register.",
    ],
)
def test_a_text_to_be_adopted_and_what_it_will_do_are_one_request(text: str) -> None:
    assert len(texts(text)) == 1


def test_the_government_asked_twice_in_one_wish_gives_two_requests() -> None:
    found = texts(
        "The Committee trusts that the Government will amend section 3 "
        "and that it will provide a copy of the text."
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    "verb", ["urged the Government to:", "called upon the Government to:", "requested the Government to:"]
)
def test_a_past_lead_in_of_the_conclusions_announces_its_bullets(verb: str) -> None:
    text = (
        f"Taking into account the discussion, the Committee {verb}\n- repeal section 12 of "
        "the Unions Act;\n- release the leaders of the Marn Dockers Union."
    )
    conclusions = [Part("section", 0, len(text), "conclusions")]
    found = [r.text for r in find_requests(text, CONCLUSIONS, own_words=conclusions)]
    assert found == ["repeal section 12 of the Unions Act", "release the leaders of the Marn Dockers Union"]


@pytest.mark.parametrize(
    "text",
    [
        "The union demanded the unconditional release of Ivo Marsk. It "
        "condemns the arrest and calls for his immediate release.",
        "The federation called for the release of Lena Orvik. \u201cWe "
        "call for her release,\u201d its secretary said.",
        "Unions demand the release of Tor Alden and Kai Brenn. They repeated "
        "their call for their immediate and unconditional release.",
    ],
)
def test_a_release_asked_again_with_a_pronoun_is_one_request(text: str) -> None:
    assert len(texts(text, NEWS)) == 1


def test_a_release_asked_with_a_pronoun_after_another_person_is_named_is_a_second_request() -> None:
    text = (
        "The union demanded the release of Ivo Marsk. Ms Lena Orvik "
        "was also detained. It calls for her release."
    )
    assert len(texts(text, NEWS)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The union reiterates the Committee of Experts' demand to release all detained porters.",
        "The federation supports the ILO Committee on Freedom of "
        "Association call to release all detained porters.",
        "The confederation echoes the Special Rapporteur's request to release all detained porters.",
    ],
)
def test_a_demand_of_another_body_made_again_is_a_request(text: str) -> None:
    assert texts(text, NEWS) == ["release all detained porters"]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee trusts that the Government will raise with the commission its other concerns, "
        "with regard to:\n- the coverage of dock work;\n- the list of occupational diseases.",
        "La Comisión espera que el Gobierno presente a la comisión sus demás preocupaciones, en lo que "
        "atañe a:\n- el trabajo portuario;\n- la lista de enfermedades.",
        "La commission veut croire que le gouvernement soumettra ses autres préoccupations, en ce qui "
        "concerne:\n- le travail portuaire;\n- la liste des maladies.",
    ],
)
def test_bullets_of_the_matters_of_one_ask_are_part_of_it(text: str) -> None:
    assert len(texts(text)) == 1


def test_bullets_of_acts_under_a_lead_in_are_asks_each() -> None:
    text = "The Committee requests the Government to:\n- amend section 4;\n- register the Marn Porters Union."
    assert texts(text) == ["amend section 4", "register the Marn Porters Union"]


def test_a_release_asked_again_with_a_pronoun_after_a_release_of_a_person_by_office() -> None:
    text = (
        "The union demanded the release of the president of the Marn Porters Union. "
        "It calls for his immediate and unconditional release."
    )
    assert len(texts(text, NEWS)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(b) The Committee expresses its firm expectation that the Government will register the Marn "
            "Porters Union without delay.",
            "register the Marn Porters Union without delay",
        ),
        (
            "The Committee expresses the strong expectation that the draft Code will be adopted soon.",
            "the draft Code will be adopted soon",
        ),
        (
            "The Committee expresses its expectation that the Government will reinstate the crane drivers.",
            "reinstate the crane drivers",
        ),
    ],
)
def test_an_expectation_expressed_is_a_request(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La fédération exige leur libération « sans conditions ». Elle demande aux autorités de libérer "
            "sans conditions les dockers détenus.",
            "libérer sans conditions les dockers détenus",
        ),
        (
            "The union demands their unconditional release. It calls on the authorities to release the five "
            "detained porters.",
            "release the five detained porters",
        ),
        (
            "La federación exige su libertad. Pide al Gobierno que libere a los estibadores detenidos.",
            "libere a los estibadores detenidos",
        ),
    ],
)
def test_a_release_asked_with_a_pronoun_then_told_whom_is_the_later_request(text: str, expected: str) -> None:
    assert texts(text, NEWS) == [expected]
