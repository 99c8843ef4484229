"""Who sends a page that is no letter: a body named by the page's title (invented pages)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.page_parties import page_senders
from casewatch.extract.pipeline import extract
from casewatch.model import Text


@pytest.mark.parametrize(
    ("page", "sender"),
    [
        (
            "ЗАЯВЛЕНИЕ КОНФЕДЕРАЦИИ ТРУДА АРНИСТАНА\n\nМы осуждаем арест председателя профсоюза шахтеров "
            "и требуем его немедленного освобождения.\n",
            "Конфедерация труда арнистана",  # the genitive head in the nominative; case is no part of a name
        ),
        (
            "Обращение Федерации профсоюзов работников леса\n\nПризываем власти прекратить давление на "
            "профсоюз.\n",
            "Федерация профсоюзов работников леса",
        ),
        (
            "Déclaration de la Fédération nationale des travailleurs du bois\n\nNous condamnons "
            "l'arrestation de trois délégués et exigeons leur libération.\n",
            "Fédération nationale des travailleurs du bois",
        ),
        (
            "Statement of the Northern Dockworkers Union\n\nWe condemn the dismissal of twelve union members "
            "and call on the employer to reinstate them.\n",
            "Northern Dockworkers Union",
        ),
        # the title says what the statement is about after the body: "on ...", "sur ..."
        (
            "Statement of the Valdoran Miners Union on the decree closing the mines\n\nWe condemn the decree "
            "and call on the government to withdraw it.\n",
            "Valdoran Miners Union",
        ),
        # a body known only by its acronym
        (
            "Statement of KTWU on the arrest of its chairman\n\nWe demand the immediate release of our "
            "chairman and condemn the raid on our office.\n",
            "KTWU",
        ),
    ],
)
def test_a_page_titled_as_a_bodys_statement_is_sent_by_that_body(page: str, sender: str) -> None:
    assert [p.name for p in extract(Text(page, "text/plain")).meta.senders] == [sender]


@pytest.mark.parametrize(
    ("page", "sender", "signer"),
    [
        (
            "Carta de Ana M. Quiroga, presidenta de la CGTA a Ramírez\n12 de marzo de 2019\n"
            "Al señor Tomás Ramírez\nPresidente de la República\nEstimado señor Presidente:\n"
            "Le escribimos por la detención de los dirigentes.\n",
            "CGTA",
            "Ana M. Quiroga",
        ),
        (
            "Letter from Jane Roe, General Secretary of the Avra Dockers Union, to the Prime Minister\n\n"
            "3 May 2020\n\nDear Prime Minister,\n\nWe protest against the dismissal of our members.\n",
            "Avra Dockers Union",
            "Jane Roe",
        ),
        (
            "Lettre de Paul Ndiaye, secrétaire général de la Fédération des Cheminots Unis, au ministre\n\n"
            "Avra, le 3 mai 2020\n\nMonsieur le Ministre,\n\nNous protestons contre les licenciements.\n",
            "Fédération des Cheminots Unis",
            "Paul Ndiaye",
        ),
    ],
)
def test_a_page_titled_as_a_letter_from_its_signer_names_the_signers_body(
    page: str, sender: str, signer: str
) -> None:
    meta = extract(Text(page, "text/plain")).meta
    assert [p.name for p in meta.senders] == [sender]
    assert [p.name for p in meta.signatories] == [signer]


@pytest.mark.parametrize(
    ("page", "senders"),
    [
        (
            "La Central General de Trabajadores (CGTA) y la Federación Nacional del Transporte (FNTA) han "
            "condenado la represión de los trabajadores.\n«La CGTA y la FNTA instan a su Gobierno a "
            "liberar a los líderes sindicales detenidos.»\n",
            ["Central General de Trabajadores", "Federación Nacional del Transporte"],
        ),
        (
            "The Avra Dockers Union (ADU) and the Port Workers Union (PWU) have condemned the arrests of "
            "union members.\nThe ADU and the PWU urge the government to release the union leaders.\n",
            ["Avra Dockers Union", "Port Workers Union"],
        ),
        (
            "La Fédération des Syndicats du Transport (FSTA) et la Confédération Nationale du Travail (CNTA) "
            "ont condamné les licenciements de syndicalistes.\nLa FSTA et la CNTA exigent la réintégration "
            "des délégués syndicaux.\n",
            ["Fédération des Syndicats du Transport", "Confédération Nationale du Travail"],
        ),
    ],
)
def test_two_bodies_speaking_together_are_both_senders(page: str, senders: list[str]) -> None:
    assert [p.name for p in extract(Text(page, "text/plain")).meta.senders] == senders


@pytest.mark.parametrize(
    "page",
    [
        "The Council for Dockers Union and Maritime Affairs condemns the harassment of union organisers.\n",
        "The Institute for Labour Studies and Human Rights condemns the arrests of the strikers.\n",
        "El Centro de Estudios Sindicales y Derechos Humanos condena la detención de los dirigentes.\n",
    ],
)
def test_one_name_holding_and_is_one_sender(page: str) -> None:
    assert len(extract(Text(page, "text/plain")).meta.senders) == 1


# A union's release headed by its name, quoting its president: the union its officer's title or its heading
# names sends it
@pytest.mark.parametrize(
    ("page", "union"),
    [
        (
            "Avra Council of Trade Unions\n\nUnions demand release of dockers\n\nACTA President Jane Doe "
            "met the dockers' leader in June.\n\n“He knew the risks,” said Ms Doe.\n",
            "Avra Council of Trade Unions",
        ),
        (
            "Avra Council of Trade Unions – Media Release\n\nFree the dockers\n\nJane Doe, President of the "
            "Avra Council of Trade Unions, said today the arrests broke the law.\n",
            "Avra Council of Trade Unions",
        ),
        (
            "Confederación Sindical de Avra\n\nLibertad para los estibadores\n\nAna Ruiz, presidenta de la "
            "Confederación Sindical de Avra, afirmó que las detenciones violan los convenios.\n",
            "Confederación Sindical de Avra",
        ),
    ],
)
def test_a_union_s_release_quoting_its_president_is_sent_by_the_union(page: str, union: str) -> None:
    assert [party.name for party in page_senders(page)] == [union]
