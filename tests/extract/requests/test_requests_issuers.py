"""Who asks when the demand follows another verb of the same subject ("La CGTR recuerda que ... y exige
...", "le SNEB condamne ... et exige ..."), an aside ("The Committee, while noting ..., requests it to
..."), or a reported clause ("notes that the union requested ...")."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate, Text

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Post",), ("Government",), reported=True)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("La CGTR recuerda que la huelga está protegida y exige al Gobierno que retire el decreto.", "CGTR"),
        (
            "La FTTV rappelle que la liberté syndicale est garantie et exige la libération des dirigeants.",
            "FTTV",
        ),
        (
            "Le comité rappelle que ces détentions sont contraires aux principes et demande au gouvernement "
            "de libérer M. Durand.",
            "comité",
        ),
        (
            "The federation recalls that the right to strike is protected and urges the Government to "
            "withdraw the decree.",
            "federation",
        ),
        (
            "Dans une déclaration, le SNEB dénonce les interpellations et exige la libération des élèves.",
            "SNEB",
        ),
        (
            "En un comunicado, la CGTR condena las detenciones y exige la liberación de los dirigentes.",
            "CGTR",
        ),
    ],
)
def test_who_states_or_condemns_then_demands_is_the_issuer(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "The Committee, while noting the Government's indication, requests it to indicate the progress "
            "made.",
            "Committee",
        ),
        (
            "La CGTR, tras recordar que la huelga está protegida, exige al Gobierno que retire el decreto.",
            "CGTR",
        ),
        (
            "The Arden Dockers' Union, in a statement issued on Monday, urged the Government to release the "
            "pickets.",
            "Arden Dockers' Union",
        ),
    ],
)
def test_a_subject_before_an_aside_is_the_issuer(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("The Committee notes that the union requested the Government to intervene in the dispute.", "union"),
        ("The spokesperson said that the federation urged the Government to drop the charges.", "federation"),
        ("El portavoz afirmó que la central exigió al Gobierno que retire los cargos.", "central"),
    ],
)
def test_the_subject_of_a_reported_clause_is_the_issuer(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("La alta comisionada, Ana Velo, hizo un llamado para exigir la liberación de los detenidos.",
         "Ana Velo"),
        ("El relator especial, Tomas Varga, hizo un llamado a liberar a los dirigentes detenidos.",
         "Tomas Varga"),
        ("El secretario, Ivo Marsk, hizo un llamamiento urgente para exigir la liberación de los presos.",
         "Ivo Marsk"),
    ],
)  # fmt: skip
def test_who_made_a_call_is_named_in_the_clause_before(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


@pytest.mark.parametrize(
    "text",
    [
        "Como sindicato, decimos fuerte y claro que exigimos la libertad de los compañeros presos.",
        "Como federación, reiteramos que exigimos la reapertura de la sede sindical.",
        "Como trabajadores, afirmamos que exigimos el reintegro de los despedidos.",
    ],
)
def test_a_verb_in_the_first_person_plural_is_no_issuer(text: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [("Arden Post",)]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee refers to its previous comments and once again requests the Government to provide "
        "information on the consultations.",
        "The Committee welcomes the adoption of the Act and requests the Government to provide a copy of it.",
        "The Committee refers to its 2019 observation and asks the Government to amend section 4.",
    ],
)
def test_who_refers_or_welcomes_and_then_asks_is_the_subject(text: str) -> None:
    [request] = find_requests(text, NEWS)
    assert request.issuers == ("Committee",)


REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c) El Comité espera firmemente que el tribunal se pronuncie en breve y pide al Gobierno que le "
         "envíe copia de la sentencia.", ("Comité", "le envíe copia de la sentencia")),
        ("La Comisión confía en que la junta se reúna pronto y pide al Gobierno que informe al respecto de "
         "sus decisiones.", ("Comisión", "informe al respecto de sus decisiones")),
        ("d) Le comité exprime le ferme espoir que le tribunal statuera bientôt et prie le gouvernement de "
         "lui transmettre le jugement.", ("comité", "lui transmettre le jugement")),
        ("Le comité veut croire que la cour statuera bientôt et prie le gouvernement de communiquer l’arrêt.",
         ("comité", "communiquer l’arrêt")),
    ],
)  # fmt: skip
def test_who_hopes_and_then_asks_is_the_body(text: str, expected: tuple[str, str]) -> None:
    """The hope names no act of the Government; the ask after it is the body's own, not a party's told of."""
    assert [(r.issuers[0], r.text) for r in find_requests(text, REPORT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le comité regrette que le gouvernement n’ait pas répondu et le prie de communiquer ses "
         "observations.",
         ("comité", "communiquer ses observations")),
        ("El Comité lamenta que el Gobierno no haya respondido y le pide que comunique sus observaciones.",
         ("Comité", "comunique sus observaciones")),
        ("Le comité note que la loi a été modifiée et lui demande d’en communiquer le texte.",
         ("comité", "en communiquer le texte")),
        ("Le comité le prie de fournir des informations sur l’enquête.",
         ("comité", "fournir des informations sur l’enquête")),
        ("El Comité le pide que envíe copia de la sentencia.", ("Comité", "envíe copia de la sentencia")),
        ("Le comité lui demande de réintégrer les dockers licenciés.",
         ("comité", "réintégrer les dockers licenciés")),
    ],
)  # fmt: skip
def test_a_pronoun_for_the_one_asked_is_no_part_of_who_asks(text: str, expected: tuple[str, str]) -> None:
    """'... et le prie de', 'le pide que': the pronoun before the verb stands for the Government; the body
    that regretted or noted asks, and the ask is its own in a record."""
    assert [(r.issuers[0], r.text) for r in find_requests(text, REPORT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le comité ne peut que prier le gouvernement de modifier la loi.", ("comité", "modifier la loi")),
        ("El Comité no puede sino pedir al Gobierno que modifique la ley.", ("Comité", "modifique la ley")),
        ("Le comité souhaite prier le gouvernement de modifier la loi.", ("comité", "modifier la loi")),
        ("El Comité debe pedir de nuevo al Gobierno que modifique la ley.", ("Comité", "modifique la ley")),
        ("El Comité quisiera pedir al Gobierno que modifique la ley.", ("Comité", "modifique la ley")),
    ],
)  # fmt: skip
def test_a_modal_before_the_verb_of_asking_is_no_part_of_who_asks(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(r.issuers[0], r.text) for r in find_requests(text, REPORT)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Comité desea subrayar que la ley debe ser modificada y pide al Gobierno que lo haga sin demora.",
         ("Comité", "lo haga sin demora")),
        ("Le comité tient à rappeler que la grève est un droit et prie le gouvernement de modifier la loi.",
         ("comité", "modifier la loi")),
        ("Le comité souhaite souligner que ces détentions sont graves et prie le gouvernement de libérer "
         "les dockers.", ("comité", "libérer les dockers")),
    ],
)  # fmt: skip
def test_who_wishes_to_stress_a_principle_and_then_asks_is_the_body(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(r.issuers[0], r.text) for r in find_requests(text, REPORT)] == [expected]


RECORD = Setting(PartialDate(2022, 3, 1), ("Association Committee",), ("Government",), body_only=True)


@pytest.mark.parametrize(
    "text",
    [
        "The Committee deeply regrets that the Government has not replied and urges it to reply promptly.",
        "The Committee strongly deplores the killing of the leader and urges the Government to act on it.",
        "The Committee once again regrets the delay and requests the Government to register the union.",
        "The Committee firmly condemns the raid and requests the Government to return the seized files.",
    ],
)
def test_an_adverb_before_the_first_verb_is_no_part_of_who_asks(text: str) -> None:
    assert [r.issuers for r in find_requests(text, RECORD)] == [("Committee",)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "En una marcha, miembros de la Coalición Sindical del Puerto demandaron la liberación de sus "
            "dirigentes.",
            "Coalición Sindical del Puerto",
        ),
        (
            "Members of the Harbour Workers Federation demanded the release of the detained stewards.",
            "Harbour Workers Federation",
        ),
        (
            "Des membres de la Fédération des Dockers ont exigé la libération des délégués.",
            "Fédération des Dockers",
        ),
    ],
)
def test_members_of_a_body_ask_as_that_body(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            '"We urge the authorities to release the stewards. Their only crime was to organise," '
            "the Harbour Workers Union said.",
            "Harbour Workers Union",
        ),
        (
            "“We call on the government to drop the charges. These workers did nothing wrong,” said the "
            "federation.",
            "federation",
        ),
        (
            '"Exigimos la liberación de los delegados. No cometieron ningún delito", dijo el Sindicato del '
            "Puerto.",
            "Sindicato del Puerto",
        ),
    ],
)
def test_a_quotation_going_on_past_the_ask_is_spoken_by_who_is_named_after_it(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]


def test_a_quotation_closed_in_another_paragraph_keeps_the_senders() -> None:
    text = '"We demand the release of the stewards.\nThe strike goes on," the Harbour Workers Union said.'
    assert [r.issuers for r in find_requests(text, NEWS)] == [("Arden Post",)]


@pytest.mark.parametrize(
    "closing",
    [
        "Yours sincerely,\nComrade Ana Kovic.",
        "Yours faithfully,\nJon Marek\nGeneral Secretary",
        "Sincerely,\nOra Castel",
    ],
)
def test_a_letter_naming_no_body_is_asked_by_its_signatory(closing: str) -> None:
    letter = (
        "To: Mr. Ivo Brandt, President of Lindoria\nDear President Brandt,\n"
        "On 3 March, Pel Varo, leader of the dockers' union, was arrested at his home. His detention "
        "violates international law, and I accordingly demand his immediate and unconditional release.\n"
        + closing
    )
    [request] = extract(Text(text=letter, media_type="text/plain")).requests
    assert request.issuers == (closing.split("\n")[1].removeprefix("Comrade ").rstrip("."),)


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "AVRA, Feb 15 (Wire Agency) - U.N. human rights experts urged Ostria on Monday to release the "
            "detained dockers.",
            "U.N. human rights experts",
        ),
        (
            "Feb. 10 (Wire Agency) -- Labour Secretary Ivo Marsk called on Ostria to release six leaders.",
            "Labour Secretary Ivo Marsk",
        ),
    ],
)
def test_a_news_dateline_is_no_part_of_who_asks(text: str, issuer: str) -> None:
    assert [r.issuers for r in find_requests(text, NEWS)] == [(issuer,)]
