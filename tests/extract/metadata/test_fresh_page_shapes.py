"""Genre and senders of page and letter shapes met on fresh real pages outside the corpus (invented
documents)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text


def _extract(doc: str) -> Extraction:
    return extract(Text(doc, "text/plain"))


# ---- senders named in full in the text, short in a headline ---------------------------------------

HEADLINED = [
    (
        "Norland: Federation demands release of jailed dockers\n\n"
        "The Global Federation of Harbour Crews (GFHC) demanded today the release of eleven dockers held "
        "since the strike. Police raided the union office on 3 March 2031.\n",
        "Global Federation of Harbour Crews",
    ),
    (
        "Confederation condemns arrest of teachers\n\n"
        "The Northern Confederation of School Staff condemned today the arrest of four teachers in Velmar "
        "and called for their release.\n",
        "Northern Confederation of School Staff",
    ),
    (
        "Union urges end to raids on its offices\n\n"
        "Brussels, 4 May 2032. The International Union of Glass Makers urged today an end to the raids on "
        "its affiliates' offices in Kessland.\n",
        "International Union of Glass Makers",
    ),
]


@pytest.mark.parametrize(("doc", "sender"), HEADLINED)
def test_a_body_named_short_in_its_headline_sends_under_its_full_name(doc: str, sender: str) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == [sender]


# ---- senders a letter names only in its body ------------------------------------------------------

BODY_NAMED = [
    (
        "His Excellency Mr Oren Valk\nPresident of the Republic\n\n8 October 2033\n\nYour Excellency,\n\n"
        "The Global Union of Quarry Workers writes to protest the dismissal of 200 quarrymen.\n\n"
        "Yours sincerely,\nPeter Halden\nGeneral Secretary\n",
        "Global Union of Quarry Workers",
    ),
    (
        "À Son Excellence Monsieur Oren Valk\nPrésident de la République\n\nGenève, le 4 avril 2032\n\n"
        "Monsieur le Président,\n\nAu nom de la Fédération internationale des travailleurs du liège, je "
        "vous écris pour protester contre l'arrestation de trois syndicalistes.\n\n"
        "Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.\n\n"
        "Lorin Telen\nSecrétaire général\n",
        "Fédération internationale des travailleurs du liège",
    ),
    (
        "Señor Presidente:\n\nEn nombre de la Confederación nacional de trabajadores del corcho, le "
        "escribo para protestar por la detención de dos dirigentes.\n\nAtentamente,\n\nLucía Vargen\n",
        "Confederación nacional de trabajadores del corcho",
    ),
    (
        "5 June 2031\n\nDear Minister Harvel,\n\nI am writing as General Secretary of the Union of Tram "
        "Workers of the Eastern Plain to protest the dismissal of forty members.\n\nYours faithfully,\n"
        "Jan Kobelt\n",
        "Union of Tram Workers of the Eastern Plain",
    ),
]


@pytest.mark.parametrize(("doc", "sender"), BODY_NAMED)
def test_a_letter_s_sender_named_in_its_body(doc: str, sender: str) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == [sender]


@pytest.mark.parametrize(
    "block",
    [
        "His Excellency Mr Oren Valk\nPresident of the Republic\n",
        "À Son Excellence Monsieur Oren Valk\nPrésident de la République\n",
        "A Su Excelencia\nSr. Oren Valk\nPresidente de la República\n",
    ],
)
def test_an_excellency_block_addresses_the_person(block: str) -> None:
    doc = f"{block}\n3 July 2031\n\nYour Excellency,\n\nWe protest.\n\nYours sincerely,\nAna Ferel\n"
    assert [p.name for p in _extract(doc).meta.addressees] == ["Oren Valk"]


# ---- an NGO's release naming itself after its verb ------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "sender"),
    [
        (
            "Les autorités doivent libérer les syndicalistes détenus le 1er mars, a déclaré aujourd'hui la "
            "Ligue des droits humains de Velmarie.\n",
            "Ligue des droits humains de Velmarie",
        ),
        (
            "The authorities should drop all charges against the strikers, said today the Kessland "
            "Observatory for human rights.\n",
            "Kessland Observatory for human rights",
        ),
        (
            "Las autoridades deben liberar a los huelguistas, señaló hoy la Comisión de derechos humanos "
            "del Valle.\n",
            "Comisión de derechos humanos del Valle",
        ),
    ],
)
def test_an_ngo_named_last_in_its_own_release(doc: str, sender: str) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.NGO_REPORT
    assert [p.name for p in meta.senders] == [sender]


# ---- UN summaries: the mandates of each entry -----------------------------------------------------


@pytest.mark.parametrize(
    ("doc", "mandates"),
    [
        (
            "Kessland\n\nUrgent appeal sent on 4 March 2031 by the Special Rapporteur on the situation of "
            "human rights defenders\n\n12. The Special Rapporteur brought to the attention of the "
            "Government information concerning the arrest of Mr Ivo Prann.\n",
            ["Special Rapporteur on the situation of human rights defenders"],
        ),
        (
            "Kessland\n\n14. On 2 February 2032, the Special Rapporteur on the rights to freedom of peaceful "
            "assembly and of association, together with the Special Rapporteur on the situation of human "
            "rights defenders, sent an urgent appeal to the Government concerning union leaders.\n",
            [
                "Special Rapporteur on the rights to freedom of peaceful assembly and of association",
                "Special Rapporteur on the situation of human rights defenders",
            ],
        ),
        (
            "Velmarie\n\nAppel urgent envoyé le 5 mai 2031 par le Rapporteur spécial sur la situation des "
            "défenseurs des droits de l'homme\n\n21. Le Rapporteur spécial a attiré l'attention du "
            "Gouvernement sur l'arrestation de M. Ivo Prann.\n",
            ["Rapporteur spécial sur la situation des défenseurs des droits de l'homme"],
        ),
    ],
)
def test_a_un_summary_entry_names_its_mandates(doc: str, mandates: list[str]) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.UN_COMMUNICATION
    assert [p.name for p in meta.senders] == mandates


@pytest.mark.parametrize(
    ("doc", "iso"),
    [
        (
            "La CSI condamne l'arrestation de dirigeants syndicaux\n\n"
            "Bruxelles, le 12 mai 2031 (CSI en ligne): La Confédération syndicale internationale (CSI) "
            "condamne l'arrestation de cinq dirigeants.\n",
            "2031-05-12",
        ),
        (
            "La CSI exige la libertad de los huelguistas\n\nBruselas, 3 de junio de 2032 (CSI en línea): La "
            "Confederación Sindical Internacional (CSI) exige la libertad de los huelguistas de Kessa.\n",
            "2032-06-03",
        ),
        (
            "ITUC condemns dismissals\n\nBrussels, 7 July 2033 (ITUC Online): The International Trade Union "
            "Confederation (ITUC) condemns the dismissal of union leaders at the Kessa mill.\n",
            "2033-07-07",
        ),
    ],
)
def test_a_union_wire_credited_after_its_dateline(doc: str, iso: str) -> None:
    meta = _extract(doc).meta
    assert meta.date is not None and meta.date.iso == iso
    assert [p.name for p in meta.senders] == ["International Trade Union Confederation"]


# ---- a letter's "we" naming its body; copies listed on one line -----------------------------------

WE_LETTERS = [
    (
        "To: Prime Minister Oren Valk\nCc: Minister of Labour Ivo Tamm; International Labour Office\n\n"
        "12 April 2031\n\nDear Prime Minister,\n\nWe, the Kessland Teachers' Union, protest against the "
        "arrest of our members.\n\nSincerely,\nAna Ferel\nPresident\n",
        "Kessland Teachers' Union",
        ["Oren Valk", "Minister of Labour Ivo Tamm", "International Labour Office"],
    ),
    (
        "To: President Oren Valk\nCc: Ministry of Justice; Office of the Ombudsman\n\n3 May 2032\n\n"
        "Dear President,\n\nNous, la Fédération des employés du rail, dénonçons le licenciement de nos "
        "délégués.\n\nCordialement,\nLuc Marren\n",
        "Fédération des employés du rail",
        ["Oren Valk", "Ministry of Justice", "Office of the Ombudsman"],
    ),
    (
        "To: Governor Oren Valk\nCc: Labour Inspectorate; Kessa City Council\n\n9 June 2033\n\n"
        "Dear Governor,\n\nWe, the Dockers' Union of Kessa, ask you to stop the police raids on our "
        "offices.\n\nYours,\nAna Ferel\n",
        "Dockers' Union of Kessa",
        ["Oren Valk", "Labour Inspectorate", "Kessa City Council"],
    ),
]


@pytest.mark.parametrize(("doc", "sender", "addressees"), WE_LETTERS)
def test_a_letter_s_we_names_its_body_and_copies_part_by_semicolons(
    doc: str, sender: str, addressees: list[str]
) -> None:
    meta = _extract(doc).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == [sender]
    assert [p.name for p in meta.addressees] == addressees


@pytest.mark.parametrize(
    "doc",
    [
        "Le syndicat exige la libération de ses dirigeants\n\nLe Syndicat national des bateliers a exigé "
        "lundi la libération de ses dirigeants, a-t-il indiqué dans un communiqué transmis à l'AFP.\n",
        "Les enseignants dénoncent des sanctions\n\nLa Fédération des professeurs de Kessa dénonce des "
        "sanctions contre ses délégués, ont-ils déclaré mardi lors d'une conférence de presse.\n",
        "La centrale condamne les arrestations\n\nLa Confédération des travailleurs de Velmarie condamne "
        "l'arrestation de dix grévistes, a-t-elle précisé dans une déclaration envoyée à l'agence.\n",
    ],
)
def test_a_union_s_words_told_with_an_inverted_verb_are_news(doc: str) -> None:
    assert _extract(doc).meta.genre is Genre.NEWS


@pytest.mark.parametrize(
    ("doc", "sender"),
    [
        (
            "La COTV exige la libertad de sus dirigentes\n\nKessa, 4 de mayo de 2031 – La Central Obrera "
            "de Trabajadores Velmarenses (COTV) exige la liberación de sus dirigentes y condena.\n",
            "Central Obrera de Trabajadores Velmarenses",
        ),
        (
            "La FNB condamne les licenciements\n\nLa Fédération Nationale des Bateliers (FNB) condamne le "
            "licenciement de vingt délégués et exige leur réintégration.\n",
            "Fédération Nationale des Bateliers",
        ),
        (
            "GUGM demands release of miners\n\nThe Global Union of Gold Miners (GUGM) demanded today the "
            "release of the miners detained at the Kessa pit.\n",
            "Global Union of Gold Miners",
        ),
    ],
)
def test_a_body_headlined_by_its_initials_sends_under_its_full_name(doc: str, sender: str) -> None:
    assert [p.name for p in _extract(doc).meta.senders] == [sender]


@pytest.mark.parametrize(
    ("doc", "genre", "sender"),
    [
        (
            "From the Kessland Federation of Dockers\n\nStrike ends at the port\n\nThe strike ended on "
            "Monday after the employer agreed to talks.\n",
            Genre.UNION_LETTER,
            "Kessland Federation of Dockers",
        ),
        (
            "De la part de la Confédération des cheminots\n\nLa grève continue\n\nLa grève des cheminots "
            "entre dans sa troisième semaine.\n",
            Genre.UNION_LETTER,
            "Confédération des cheminots",
        ),
        (
            "From the Velmar Human Rights Observatory\n\nRaids on union offices\n\nPolice raided three "
            "union offices in Kessa on Monday.\n",
            Genre.NGO_REPORT,
            "Velmar Human Rights Observatory",
        ),
    ],
)
def test_a_page_credited_to_its_body_on_its_first_line(doc: str, genre: Genre, sender: str) -> None:
    meta = _extract(doc).meta
    assert meta.genre is genre
    assert [p.name for p in meta.senders] == [sender]


def test_a_page_from_a_correspondent_is_no_body_s() -> None:
    assert _extract("From our correspondent\n\nThe strike continues.\n").meta.senders == ()


@pytest.mark.parametrize(
    ("doc", "sender"),
    [
        (
            "Профсоюз требует освободить активистов\n\nКонфедерация труда Северной долины требует немедленно "
            "освободить трёх активистов профсоюза докеров.\n",
            "Конфедерация труда Северной долины",
        ),
        (
            "Union demands release of jailed miners\n\nThe Kessland Mineworkers Federation demands the "
            "release of the miners jailed after the strike.\n",
            "Kessland Mineworkers Federation",
        ),
        (
            "Sindicato exige la reincorporación de sus delegados\n\nLa Federación de Trabajadores del Vidrio "
            "exige la reincorporación de los delegados despedidos.\n",
            "Federación de Trabajadores del Vidrio",
        ),
    ],
)
def test_a_headline_opening_with_a_body_s_kind_speaks_for_the_body_named(doc: str, sender: str) -> None:
    assert [p.name for p in _extract(doc).meta.senders] == [sender]


@pytest.mark.parametrize(
    ("doc", "sender"),
    [
        (
            "Señor Presidente:\n\nLe escribo como Secretario General de la Federación de Trabajadores "
            "Portuarios de Kessa para protestar por la detención de nuestros dirigentes.\n\nAtentamente,\n\n"
            "Juan Morel\n",
            "Federación de Trabajadores Portuarios de Kessa",
        ),
        (
            "Monsieur le Ministre,\n\nJe vous écris en tant que secrétaire général de la Fédération des "
            "bateliers pour protester contre le licenciement de nos délégués.\n\nCordialement,\n\n"
            "Luc Maren\n",
            "Fédération des bateliers",
        ),
        (
            "Señora Ministra:\n\nEn nombre de la Asociación para la Defensa de los Estibadores, le escribo "
            "para denunciar el despido de veinte afiliados.\n\nAtentamente,\n\nAna Ferel\n",
            "Asociación para la Defensa de los Estibadores",
        ),
    ],
)
def test_a_letter_s_sender_named_before_its_purpose_clause(doc: str, sender: str) -> None:
    assert [p.name for p in _extract(doc).meta.senders] == [sender]
