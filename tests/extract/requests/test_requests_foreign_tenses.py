"""Spanish asks that news tells in the future ("solicitarán el indulto"), in a past subjunctive after
another verb ("tomaron la planta y exigieran ..."), or before a body ("ante el Ministerio de Trabajo");
a subjunctive governed by "que" is what is asked, and a French relative clause ("la marche à laquelle a
appelé la X") asks nothing (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_asks, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Post",), (), reported=True)


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("Los dirigentes de la FETRAVAL solicitarán el indulto para los huelguistas.",
         "el indulto para los huelguistas"),
        ("La central exigirá la reincorporación inmediata de los delegados.",
         "la reincorporación inmediata de los delegados"),
        ("El sindicato reclamará la libertad de sus afiliados detenidos.",
         "la libertad de sus afiliados detenidos"),
        ("Los docentes pedirán la derogación del decreto 14.", "la derogación del decreto 14"),
    ],
)  # fmt: skip
def test_a_demand_announced_in_the_future_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    ("sentence", "ask"),
    [
        ("Los obreros tomaron la planta y exigieran la reincorporación de sus delegados.",
         "la reincorporación de sus delegados"),
        ("Los maestros marcharon hasta la plaza y reclamaran la libertad de su dirigente.",
         "la libertad de su dirigente"),
        ("Los vecinos cortaron la ruta y pidieran la reapertura de la planta.", "la reapertura de la planta"),
    ],
)  # fmt: skip
def test_a_past_subjunctive_after_another_act_is_an_ask(sentence: str, ask: str) -> None:
    assert [a.text for a in find_asks(sentence, True)] == [ask]


@pytest.mark.parametrize(
    "sentence",
    [
        "El juez pidió que el sindicato solicitara una audiencia.",
        "La federación exigió que la empresa reclamara el pago al Estado.",
        "Los expertos instaron a que la comisión pidiera un informe.",
    ],
)
def test_a_subjunctive_governed_by_que_is_the_ask_not_a_new_demand(sentence: str) -> None:
    asks = find_asks(sentence, True)
    assert len(asks) == 1
    assert asks[0].text.split()[-1] in sentence.split()[-1]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("La UTRAV solicitará ante el Ministerio de Trabajo la reincorporación de los obreros.",
         "ante el Ministerio de Trabajo"),
        ("El gremio reclamó ante la Secretaría de Trabajo la reinstalación de los despedidos.",
         "ante la Secretaría de Trabajo"),
        ("Los delegados exigieron ante la Inspección del Trabajo la reapertura de la planta.",
         "ante la Inspección del Trabajo"),
    ],
)  # fmt: skip
def test_a_body_before_which_the_demand_is_made_is_its_addressee(sentence: str, body: str) -> None:
    assert [a.addressee for a in find_asks(sentence, True)] == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Ils ont été arrêtés alors qu'ils tentaient d'organiser la marche à laquelle a appelé la "
        "Centrale des travailleurs de Valdor.",
        "La grève à laquelle ont appelé les syndicats de la santé a été interdite.",
        "C'est le rassemblement auquel a appelé la fédération qui a été dispersé.",
        "La libération qu'ont réclamée les syndicats n'a pas eu lieu.",
    ],
)
def test_a_relative_clause_of_a_call_asks_nothing(text: str) -> None:
    assert find_requests(text, NEWS) == []


def test_a_time_opening_the_clause_is_no_part_of_who_asks() -> None:
    text = "Este jueves la FETRAVAL solicitará ante el Ministerio de Trabajo la reincorporación de todos."
    assert [r.issuers for r in find_requests(text, NEWS)] == [("FETRAVAL",)]
