"""Genre, senders and addressees of page shapes met on real documents outside the corpus (invented cases)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text


def _extract(doc: str) -> Extraction:
    return extract(Text(doc, "text/plain"))


# A CFA case page cut below its header: only the section headings and the case history remain.
CFA_HEADLESS = {
    "en": (
        "Display in: French - Spanish\n\n"
        "A. The complainants' allegations\n\n"
        "  1. 214. The complaint submitted by the Federation of Harbour Workers makes the following "
        "allegations: the port authority of Valdoria locked out 300 crane operators in March 2019 and "
        "the Government of Valdoria dissolved the union by decree.\n"
        "  2. 215. The Government sent its observations in a communication dated 4 June 2019.\n"
    ),
    "fr": (
        "Afficher en : Anglais - Espagnol\n\n"
        "A. Allégations de l'organisation plaignante\n\n"
        "- 88. La plainte présentée par le Syndicat des agents portuaires fait état du licenciement de "
        "quarante dockers et de la fermeture du local syndical par la police.\n"
        "- 89. Le gouvernement de la Valdorie a envoyé ses observations dans une communication "
        "du 3 mai 2018.\n"
    ),
    "es": (
        "Visualizar en: Inglés - Francés\n\n"
        "A. Alegatos de la organización querellante\n\n"
        "- 301. La queja presentada por el Sindicato de Trabajadores Portuarios denuncia el despido de "
        "cuarenta estibadores y el cierre del local sindical por la policía.\n"
        "- 302. El Gobierno de Valdoria envió sus observaciones por comunicación de 3 de mayo de 2018.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(CFA_HEADLESS))
def test_a_cfa_page_cut_below_its_header_is_known_by_its_headings(lang: str) -> None:
    meta = _extract(CFA_HEADLESS[lang]).meta
    assert meta.genre is Genre.ILO_CFA
    assert [p.name for p in meta.senders] == ["Committee on Freedom of Association"]


# A short CEACR comment that only notes a union's comments and asks for a reply in the next report.
CEACR_NOTES = [
    "The Committee notes the comments made by the Valdorian Confederation of Labour in a communication "
    "of 12 September 2014 on the application of the Convention. The Committee requests the Government "
    "to send its observations thereon in its next report.",
    "La commission prend note des commentaires de la Confédération valdorienne du travail du 2 septembre "
    "2015 sur l'application de la convention et prie le gouvernement d'y répondre dans son prochain rapport.",
    "La Comisión toma nota de los comentarios de la Central Valdoriana de Trabajadores sobre la aplicación "
    "del Convenio y pide al Gobierno que envíe sus observaciones en su próxima memoria.",
]


@pytest.mark.parametrize("doc", CEACR_NOTES)
def test_a_headless_ceacr_note_is_a_ceacr_comment(doc: str) -> None:
    page = "National Legislation on Labour and Social Rights\nDisplay in: French - Spanish\n" + doc
    assert _extract(page).meta.genre is Genre.ILO_CEACR


def test_a_union_federation_named_with_its_accent_speaks_in_its_own_voice() -> None:
    page = (
        "Publié 3 mars 2021\n\n"
        "L'Internationale de l'Éducation se félicite de la libération de deux enseignants syndicalistes "
        "valdoriens détenus depuis janvier. Avec son affilié, le Syndicat national des enseignants, "
        "l'Internationale de l'Éducation appelle les autorités à abandonner toutes les charges.\n"
    )
    assert _extract(page).meta.genre is Genre.UNION_LETTER


def test_a_report_that_quotes_what_unions_write_is_news() -> None:
    page = (
        "« La répression des grévistes doit cesser », écrivent la Fédération des cheminots et le "
        "Syndicat du rail dans un courrier adressé lundi au ministre valdorien du Travail. Ils exigent "
        "la levée des sanctions prises contre six cheminots.\n"
    )
    assert _extract(page).meta.genre is Genre.NEWS


# A union's web page carrying its letter: a title led by the union's name, the place and date, then a
# greeting that names only the office of the head of state.
LETTER_PAGE = (
    "Global Union of Miners: Free our colleague Ana Petrova\n\n"
    "By Global Union of Miners\n\n"
    "Geneva, 3 May 2021\n\n"
    "{greeting}\n"
    "I am writing to you on behalf of Global Union of Miners, which represents miners in Moldova, to urge "
    "you to release our colleague Ana Petrova, held without trial since 2019 in Moldova.\n"
)


@pytest.mark.parametrize(
    ("greeting", "office"),
    [
        ("Honourable President,", "President of Moldova"),
        ("Dear Prime Minister,", "Prime Minister of Moldova"),
        ("Monsieur le Président,", "President of Moldova"),
    ],
)
def test_an_office_greeted_without_a_name_is_the_office_of_the_country(greeting: str, office: str) -> None:
    meta = _extract(LETTER_PAGE.replace("{greeting}", greeting)).meta
    assert [p.name for p in meta.addressees] == [office]


def test_a_page_title_led_by_the_union_name_gives_the_sender_not_the_headline() -> None:
    meta = _extract(LETTER_PAGE.replace("{greeting}", "Honourable President,")).meta
    assert [p.name for p in meta.senders] == ["Global Union of Miners"]
    assert meta.genre is Genre.UNION_LETTER


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        ("От имени Федерации профсоюзов Молдовы выражаем протест", "Федерация профсоюзов Молдовы"),
        (
            "От имени Конфедерации Свободных Профсоюзов Молдовы требуем",
            "Конфедерация Свободных Профсоюзов Молдовы",
        ),
        ("от имени Профсоюза горняков Молдовы просим Вас", "Профсоюз горняков Молдовы"),
    ],
)
def test_a_russian_letter_names_its_sender_on_whose_behalf_it_writes(body: str, sender: str) -> None:
    letter = (
        "Министру труда Республики Молдова\n\nУважаемый господин Министр!\n\n"
        f"{body} в связи с задержанием председателя первичной профсоюзной организации.\n\n"
        "С уважением,\n\nПредседатель\n\nИ.И. Петренко\n\n12.03.2021 г.\n"
    )
    assert [p.name for p in _extract(letter).meta.senders] == [sender]


# A Latin American letter: a date line with the month first, an address block closed by "Presente"
# instead of a greeting, a signer whose role names the body by its acronym, a copy line under the signature.
ADDRESS_BLOCK_LETTER = (
    "Valparaíso, Marzo 3 de 2019\n\n"
    "Señor\nComandante de Carabineros de Valparaíso\nPresente\n\n"
    "La Confederación Nacional de Trabajadores Portuarios y sus sindicatos de base le comunicamos que "
    "suspendemos nuestra participación en la mesa de diálogo mientras continúe el hostigamiento a los "
    "dirigentes que encabezaron el paro del 12 de febrero.\n\n"
    "Atentamente,\n\n"
    "MARÍA JOSÉ FUENTES\nPresidenta CNTP\n\n"
    "Copia: Pedro Salinas, Director Regional del Trabajo\n\n"
    "Comentarios (0)\n"
)


@pytest.mark.parametrize("block_end", ["Presente", "Despacho", "E.S.D."])
def test_a_letter_whose_address_block_ends_presente_is_a_letter_with_its_parties(block_end: str) -> None:
    meta = _extract(ADDRESS_BLOCK_LETTER.replace("Presente", block_end)).meta
    assert meta.genre is Genre.UNION_LETTER
    assert str(meta.date) == "2019-03-03"
    assert [p.name for p in meta.senders] == ["Confederación Nacional de Trabajadores Portuarios"]
    assert [p.name for p in meta.addressees] == ["Comandante de Carabineros de Valparaíso", "Pedro Salinas"]


@pytest.mark.parametrize(
    ("page", "sender"),
    [
        (
            "Desde la Federación de Trabajadores del Metal exigimos la readmisión inmediata de los dos "
            "delegados despedidos por convocar elecciones sindicales en la planta de Sabadell.",
            "Federación de Trabajadores del Metal",
        ),
        (
            "Desde SITRAMET entendemos que el despido de los dos delegados es una represalia por su labor "
            "sindical. Seguiremos defendiendo la libertad sindical en la empresa.",
            "SITRAMET",
        ),
    ],
)
def test_a_spanish_body_speaking_as_we_is_the_sender_of_its_statement(page: str, sender: str) -> None:
    meta = _extract(page).meta
    assert meta.genre is Genre.UNION_LETTER
    assert [p.name for p in meta.senders] == [sender]


def test_a_ministry_speaking_as_we_on_a_union_page_is_no_union_statement() -> None:
    page = (
        "Desde el Ministerio aseguramos que los despidos de los delegados sindicales serán revisados, "
        "según informó ayer la portavoz del ministerio a los periodistas."
    )
    assert _extract(page).meta.genre is not Genre.UNION_LETTER


@pytest.mark.parametrize("dateline", ["LISBON (12 June 2019) –", "LISBON, 12 June 2019 –"])
def test_a_press_release_is_dated_by_its_dateline_not_by_the_site_banner(dateline: str) -> None:
    page = (
        "Tuesday, October 8, 2024\nHome > News\n\n"
        "UN experts alarmed at dismissals of dock workers' leaders\n\n"
        f"{dateline} Three United Nations human rights experts today urged the Government of Portugal "
        "to reinstate the leaders of the dock workers' union dismissed after the strike of March.\n"
    )
    assert str(_extract(page).meta.date) == "2019-06-12"


def test_an_honourable_address_line_is_no_greeting() -> None:
    letter = (
        "Honourable Jane Mwale\nMinister of Labour\nLusaka\n\n"
        "14 March 2021\n\n"
        "We write to protest the arrest of the leaders of the teachers' union on 2 March.\n\n"
        "Yours sincerely,\n\nGlobal Union of Teachers\n"
    )
    meta = _extract(letter).meta
    assert str(meta.date) == "2021-03-14"
    assert not any(p.kind == "salutation" for p in _extract(letter).parts)
