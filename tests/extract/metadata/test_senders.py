"""Who sends a page: the UN speaker of a release that names no mandate, the body an appeal's label names
(invented pages in the shapes these genres take)."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch import vocab
from casewatch.extract.metadata.senders import un_statement_senders
from casewatch.extract.metadata.voice import names_ngo
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text


def _senders(page: str) -> tuple[Genre, list[str]]:
    meta = extract(Text(page, "text/plain")).meta
    return meta.genre, [p.name for p in meta.senders]


# A UN release naming no mandate: its speaker is the Office, the High Commissioner, or "UN experts"
@pytest.mark.parametrize(
    ("page", "sender"),
    [
        (
            "Comunicados\n\nLa Oficina en Ruritania del Alto Comisionado de las Naciones Unidas para los "
            "Derechos Humanos condena el asesinato de un dirigente sindical en Avra.\n",
            "Oficina en Ruritania del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
        ),
        (
            "Press releases\n\nRuritania: UN experts alarmed by jailing of union leaders\n\n"
            "PORT AVRA – A group of UN independent experts today urged Ruritania to free the dock union's "
            "leaders.\n",
            "UN experts",
        ),
        (
            "Communiqué de presse\n\nLe Haut Commissaire aux droits de l'homme par intérim est préoccupé par "
            "l'arrestation de syndicalistes à Port-Avra et demande leur libération.\n\n"
            "À l'intention des organes d'information. Document non officiel.\n",
            "Haut Commissaire aux droits de l'homme par intérim",
        ),
    ],
)
def test_a_un_release_naming_no_mandate_is_sent_by_its_speaker(page: str, sender: str) -> None:
    assert _senders(page) == (Genre.UN_COMMUNICATION, [sender])


# An appeal or joint statement labelled with the body that signs it
@pytest.mark.parametrize(
    ("label", "sender"),
    [
        ("Pétition dont la LAD est signataire", "LAD"),
        ("Appel commun dont la Ligue albanaise est signataire", "Ligue albanaise"),
        ("Déclaration commune dont le Réseau Avra est membre", "Réseau Avra"),
    ],
)
def test_an_appeal_is_sent_by_the_body_its_label_names(label: str, sender: str) -> None:
    page = (
        f"Pour la libération de Marc Ardent\n\n{label}\n\n"
        "Marc Ardent, président d'une association de jeunes, a été arrêté à Port-Avra. Nous, signataires de "
        "cet appel, condamnons cette détention arbitraire et demandons sa libération. Signez la pétition.\n"
    )
    assert _senders(page)[1] == [sender]


# A page whose first line titles it as its body's statement
@pytest.mark.parametrize(
    ("title", "sender"),
    [
        ("ARDNET Statement", "ARDNET"),
        ("Avra Dockers Federation Press release", "Avra Dockers Federation"),
        ("FSPA Communiqué", "FSPA"),
    ],
)
def test_a_page_titled_as_a_bodys_statement_is_sent_by_it(title: str, sender: str) -> None:
    page = (
        f"{title}\n\nStatement on the anniversary of the arrests of dock union leaders\n"
        "At its spring meeting the network adopted a statement marking two years since the arrests of the "
        "union leaders. Its members call on the authorities to release the prisoners.\n"
    )
    assert _senders(page)[1] == [sender]


# An NGO's page that says who publishes it nowhere else: the well-known NGO its head names first (three
# such NGOs of the international bodies' vocabulary, by their names and acronyms)
_NGOS = [
    body
    for body in vocab.load("international_bodies")
    if any(names_ngo(form) for form in [body["name"], *body.get("acronyms", [])])
][:3]


@pytest.mark.parametrize("body", _NGOS, ids=lambda body: str(_NGOS.index(body)))
@pytest.mark.parametrize("by_acronym", [False, True])
def test_an_ngo_page_naming_no_publisher_is_sent_by_the_known_ngo_it_names(
    body: dict[str, Any], by_acronym: bool
) -> None:
    acronyms = [a for a in body.get("acronyms", []) if len(a) >= 3]
    named = acronyms[0] if by_acronym and acronyms else body["name"]
    page = (
        "Une action de solidarité pour les défenseurs\n\n"
        f"Nous proposons d'agir pour dix défenseurs en danger : {named} et ses partenaires se mobilisent "
        "en même temps. Vos messages seront envoyés aux autorités visées.\n"
        "Écrivez une lettre, signez une pétition.\n"
    )
    assert _senders(page) == (Genre.NGO_REPORT, [body["name"]])


# A protest letter signed by an officer whose role names the body by its acronym, joined to it by the
# role's preposition, the acronym spelled out nowhere (invented letters)
@pytest.mark.parametrize(
    ("signature", "sender"),
    [
        ("La Secrétaire générale du SYNDAL\nMarie Arnal", "SYNDAL"),
        ("El Secretario General de la FETRAL\nJuan Pérez Ortega", "FETRAL"),
        ("Le Président de l’UNARD\nPaul Verdier", "UNARD"),
        ("General Secretary of the ARWU\nJane Roe", "ARWU"),
    ],
)
def test_a_signers_role_joined_to_an_acronym_names_the_sender(signature: str, sender: str) -> None:
    page = (
        "Monsieur le Président,\n\n"
        "Nous avons appris avec inquiétude l'arrestation du secrétaire général du syndicat des enseignants. "
        "Nous demandons sa libération immédiate et inconditionnelle.\n\n"
        "Veuillez agréer, Monsieur le Président, l'expression de nos salutations distinguées.\n\n"
        f"{signature}\n"
    )
    assert _senders(page)[1] == [sender]


def test_an_acronym_the_letter_spells_out_names_the_sender_in_full() -> None:
    page = (
        "Monsieur le Ministre,\n\n"
        "Le Syndicat National des Agents Libres proteste contre la suspension de ses dirigeants et demande "
        "leur réintégration.\n\n"
        "Veuillez agréer, Monsieur le Ministre, nos salutations.\n\n"
        "Le Secrétaire général du SNAL\nPierre Vidal\n"
    )
    assert _senders(page)[1] == ["Syndicat National des Agents Libres"]


@pytest.mark.parametrize(
    ("note", "sender"),
    [
        (
            "The Ministry of Foreign Affairs of Arden presents its compliments to the Office of the United "
            "Nations "
            "High Commissioner for Human Rights and has the honour to refer to the communication AL ARD "
            "1/2031.",
            "Ministry of Foreign Affairs of Arden",
        ),
        (
            "Le Ministère des Affaires étrangères d’Arden présente ses compliments au Haut-Commissariat "
            "aux droits "
            "de l’homme et a l’honneur de se référer à la communication UA ARD 2/2031.",
            "Ministère des Affaires étrangères d’Arden",
        ),
        (
            "El Ministerio de Relaciones Exteriores de Arden saluda atentamente a la Oficina del Alto "
            "Comisionado y "
            "tiene el honor de referirse a la comunicación AL ARD 3/2031.",
            "Ministerio de Relaciones Exteriores de Arden",
        ),
    ],
)
def test_a_ministrys_note_verbale_is_sent_by_the_ministry(note: str, sender: str) -> None:
    genre, senders = _senders(note)
    assert genre is Genre.GOVERNMENT_REPLY
    assert senders == [sender]


def test_a_missions_note_naming_its_ministry_is_still_the_missions() -> None:
    note = (
        "The Permanent Mission of Arden presents its compliments to the Office of the United Nations High "
        "Commissioner for Human Rights and transmits the reply of the Ministry of Foreign Affairs."
    )
    assert _senders(note)[1] == ["Permanent Mission of Arden"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Statements\nOral update by the Deputy High Commissioner for Human Rights on Freedonia\n\n"
            "Mr. President,",
            "Deputy High Commissioner for Human Rights",
        ),
        (
            "Opening Statement by Ana Brill Vos, United Nations High Commissioner for Human Rights\n\n",
            "United Nations High Commissioner for Human Rights",
        ),
        (
            "Intervention de la Rapporteuse spéciale sur les droits des dockers\n\nMonsieur le Président,",
            "Rapporteuse spéciale sur les droits des dockers",
        ),
        (
            "Discurso del Relator Especial sobre los derechos de los estibadores\n\nSeñor Presidente:",
            "Relator Especial sobre los derechos de los estibadores",
        ),
    ],
)
def test_a_un_speech_is_sent_by_the_office_its_heading_names(text: str, speaker: str) -> None:
    assert [p.name for p in un_statement_senders(text)] == [speaker]
