"""Reprinted releases, stories of UN statements, demonyms of less-read languages, address blocks without a
greeting, welcoming UN releases, signers in columns and a story's yearless weekday (invented documents)."""

from __future__ import annotations

from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text


def _extract(doc: str) -> Extraction:
    return extract(Text(doc, "text/plain"))


# An outlet's page reprinting a union federation's release: its banner, its stamp with the time of day and
# its section's links frame the federation's own words
REPRINT = (
    "DAILY WIRE SERVICE\n\n"
    "Mass arrests of dockers in Valdoria\n\n"
    "Published: Tue 4 Mar 2031 09:15 AM\n"
    "Mass arrests of dockers in Valdoria\n"
    "Brussels: The World Federation of Dock Unions has condemned the arrests today of forty dockers "
    "in Valdoria, including leaders of the Valdoria Dockers' Union. Police broke up the picket at the port.\n"
    '"We call upon the government to release all those detained at once," said Federation General Secretary '
    'Ana Brel. "We will take the case to the ILO," she added.\n\n'
    "Read more\n"
)


def test_outlet_frame_makes_a_reprinted_release_news() -> None:
    assert _extract(REPRINT).meta.genre is Genre.NEWS


# A story telling UN experts' statement from outside
UN_STORY = (
    "Three independent United Nations human rights experts Friday called on Valdoria to release two "
    "port union leaders arrested during a strike, and to drop the charges against them.\n"
    "The special rapporteurs on freedom of association and on human rights defenders reacted in a statement "
    "to a decision by a Valdorian court to keep the two men in custody."
)


def test_story_of_un_experts_statement_is_news() -> None:
    assert _extract(UN_STORY).meta.genre is Genre.NEWS


# A Portuguese story naming the country only by its demonym, and "nos" as "in the"
PORTUGUESE_STORY = (
    "Sindicatos venezuelanos denunciaram, nesta terça-feira, a prisão de doze dirigentes sindicais nos "
    "últimos meses. A federação dos portuários vai recorrer à OIT, informaram em entrevista coletiva.\n"
    '"É uma ofensiva contra o movimento sindical", disse o dirigente Paulo Ventor.\n'
    "Os dirigentes foram detidos pela polícia em suas casas e o paradeiro de dois deles não é conhecido."
)


def test_portuguese_demonym_names_the_country_and_the_story_is_news() -> None:
    meta = _extract(PORTUGUESE_STORY).meta
    assert meta.countries == ("VEN",)
    assert meta.genre is Genre.NEWS


# A union's letter with no greeting: it opens on an address block
ADDRESS_BLOCK = (
    "Ref: 12/FED/2031                                   14/03/2031\n"
    "Shri. Ravi Menon,\n"
    "Hon'ble Minister for Labour,\n"
    "Shram Bhawan\n"
    "Nandipur 110 001.\n"
    "Sub: Withdrawal of the suspension of union office bearers.\n"
    "Our Federation requests the Minister to withdraw the suspension of the office bearers of the Nandipur "
    "Postal Workers Union, who were suspended for leading the strike of 3 March 2031.\n"
    "Yours sincerely,\n"
    "K. Raghavan\n"
    "Secretary General\n"
)

UNDER_TO = (
    "NANDIPUR POSTAL WORKERS UNION\n"
    "President: A.B. Rao          General Secretary K.L. Das\n"
    "Letter No. NPWU/4/2031    Dated: 02.04.2031\n"
    "To\n"
    "The Director,\n"
    "Postal Services,\n"
    "Nandipur 110 002\n"
    "Sub: Relay hunger fast from 10-04-2031.\n"
    "Madam/Sir,\n"
    "We inform you that the union will hold a relay hunger fast before the Circle office to press its "
    "demands, which have been pending for two years without any settlement.\n"
    "Yours faithfully,\n"
    "(K.L. Das)\n"
    "General Secretary\n"
)


def test_address_block_without_greeting_names_the_addressee() -> None:
    assert [p.name for p in _extract(ADDRESS_BLOCK).meta.addressees] == ["Ravi Menon"]
    assert [p.name for p in _extract(UNDER_TO).meta.addressees] == ["Director"]


# A UN release that only welcomes a step asks nothing of a government
UN_WELCOME = (
    "UN expert group welcomes the release of dockers in Valdoria\n\n"
    "GENEVA (4 March 2031) – The United Nations Working Group on Arbitrary Detention today welcomed the "
    "release of twelve dockers in Valdoria, whose cases the Working Group has followed.\n"
    "“The aim of our opinions, the release, has been achieved and we can only welcome it,” said the head "
    "of the Working Group.\n"
    "ENDS\n"
)


def test_un_release_that_only_welcomes_has_no_addressee() -> None:
    meta = _extract(UN_WELCOME).meta
    assert meta.genre is Genre.UN_COMMUNICATION
    assert meta.addressees == ()


# Signers side by side, their initials glued to their names, over their offices side by side
COLUMNS = (
    "Tuesday, 4 March 2031\n\n"
    "Dear Comrades,\n"
    "As called by our federation, our members wrote to the Minister against the suspension of the union.\n"
    "Let us stay united to defend the rights we won.\n"
    "R.Velan                S.Kathir                           P.Arul\n"
    "Circle President,                   Circle Secretary                                  Circle Treasurer\n"
)


def test_signers_in_columns_with_glued_initials() -> None:
    names = [p.name for p in _extract(COLUMNS).meta.signatories]
    assert names == ["R. Velan", "S. Kathir", "P. Arul"]


# A story told on "this" weekday without a year, its year given by a dated quotation
YEARLESS_WEEKDAY = (
    "Detienen a dos dirigentes del sindicato portuario\n"
    "La Fiscalía confirmó este martes 13 de mayo que los dos dirigentes sindicales se encuentran detenidos "
    "en la sede de la policía, tras la protesta en el puerto de Valdoria.\n"
    "El abogado del sindicato señaló que la protesta de este lunes 12 de mayo, frente a la sede de la "
    "Fiscalía en el centro de la ciudad, fue necesaria para que las autoridades informaran dónde estaban.\n"
    "En la manifestación, estibadores y otros gremios exigieron al organismo intervenir y hacer cumplir "
    "las garantías de los dirigentes, quienes se encuentran privados de su libertad desde el pasado "
    "domingo 11 de mayo, luego de reclamar mejoras salariales en el puerto.\n"
    "Según el sindicato, ninguno de los dos ha podido hablar con su familia ni con su abogado desde "
    "entonces, y la empresa portuaria no ha respondido a las preguntas de los trabajadores sobre su "
    "situación.\n"
    "Los estibadores anunciaron nuevas asambleas en el puerto durante toda la semana.\n"
    "Los gremios del transporte se sumaron a la convocatoria.\n"
    "— Paulo Ventor (@pventor) May 13, 2031\n"
    "Los trabajadores exigieron su liberación inmediata."
)


def test_this_weekday_dates_the_story_in_the_year_the_page_gives() -> None:
    assert str(_extract(YEARLESS_WEEKDAY).meta.date) == "2031-05-13"


# A signer's name and title each closed by a full stop, over the label of what the letter encloses
ENCLOSED = (
    "Ref: 7/FED/2031                                   02/05/2031\n"
    "Shri P. Varma,\n"
    "Postal Board,\n"
    "Nandipur 110 001.\n"
    "Sub: Support to the strike demands.\n"
    "Our Federation supports the strike demands of the postal unions and will hold a black badge campaign "
    "on 20/05/2031 at all working places.\n"
    "Yours sincerely,\n"
    "K. Raghavan.\n"
    "Secretary General.\n"
    "DA: The charter of demands of the Federation enclosed.\n"
)


def test_signature_stops_at_the_enclosure_label_and_a_title_names_no_one() -> None:
    meta = _extract(ENCLOSED).meta
    assert [(p.name, p.role) for p in meta.signatories] == [("K. Raghavan", "Secretary General")]
    assert all("enclosed" not in p.name for p in meta.senders)
