"""Requests in Belarusian, Swedish and Tagalog, Russian campaigns for a remedy, and a French campaign page's
call with its pronoun ("pour les appeler à abandonner ...")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2022, 4, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Belarusian: the infinitive right after the verb, or after whoever is asked
        (
            "«Мы патрабуем неадкладна вызваліць усіх затрыманых сяброў прафсаюза і актывістаў.",
            ["вызваліць усіх затрыманых сяброў прафсаюза і актывістаў"],
        ),
        (
            "Мы заклікаем міжнародныя арганізацыі і праваабаронцаў публічна выказаць пратэст "
            "супраць рэпрэсій.",
            ["публічна выказаць пратэст супраць рэпрэсій"],
        ),
        # Swedish: "kräva att" and a clause
        (
            "Facket i Valdoria manar till en aktionsdag för att uppmärksamma fängslade ledare "
            "och kräva att de friges.",
            ["de friges"],
        ),
        # Tagalog: the verb, who asks ("ng"), whom ("kay", "sa"), then "na" and the act
        (
            "Hinihiling ng UNYON kay Ministro Dalisay na suriin ang kaso ni Ramos "
            "at baligtarin ang desisyon.",
            ["suriin ang kaso ni Ramos at baligtarin ang desisyon"],
        ),
        (
            "Mangyaring sumali sa amin sa pagtawag sa pamahalaan ng Valdoria "
            "na palayain sila sa agarang panahon.",
            ["palayain sila sa agarang panahon"],
        ),
        # Russian: a campaign for a remedy, and a demand added after a comma
        (
            "Профсоюзы ведут кампанию за немедленное освобождение Петра Орлова "
            "и снятие с него всех обвинений.",
            ["немедленное освобождение Петра Орлова", "снятие с него всех обвинений"],
        ),
        (
            "Растёт кампания солидарности с рабочими Валдории, с требованием от правительства освободить "
            "задержанных активистов.",
            ["освободить задержанных активистов"],
        ),
        # French: the infinitive of calling, after the pronoun for whom the message goes to
        (
            "Cliquez ici pour envoyer un message aux autorités de Valdorie et les appeler à abandonner "
            "toutes les accusations contre Ana Kovic et à annuler les sentences.",
            ["abandonner toutes les accusations contre Ana Kovic", "annuler les sentences"],
        ),
    ],
)
def test_asks_in_more_languages(text: str, expected: list[str]) -> None:
    assert asked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # pickets that demanded a raise last year: an earlier action told, not an ask of the page
        "В прошлом году пикеты с требованием повысить зарплаты прошли в Заречном.",
        # a call to one's own side to join a day of action asks no authority
        "Fackföreningar manar till en global aktionsdag den 6 mars.",
        # called to a strike: one's own side called to act, not an infinitive asked
        "Il faut les appeler à la grève générale.",
    ],
)
def test_no_asks(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Федерация требует отмены приказа о закрытии и восстановления уволенных докеров.",
         ["отмены приказа о закрытии", "восстановления уволенных докеров"]),
    ],
)  # fmt: skip
def test_a_russian_remedy_named_by_a_further_verbal_noun_is_a_further_ask(
    text: str, expected: list[str]
) -> None:
    assert asked(text) == expected


def test_a_russian_remedy_for_two_people_is_one_ask() -> None:
    text = "Профсоюз требует немедленного освобождения Олега Смирнова и его коллег."
    assert asked(text) == ["немедленного освобождения Олега Смирнова и его коллег"]
