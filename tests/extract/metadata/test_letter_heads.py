"""Heads of letters: a sender's whole head on one line, an international body's head addressed by office,
a Spanish reference line under the mandates, a union circular's number, and a report library's page
(invented cases)."""

from __future__ import annotations

import pytest

from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

# ---- a sender's head on one line: "Name, Role, Body, ACRONYM, City, date" ------------------------------

ONE_LINE_HEADS = {
    "es": (
        "Marta Ferrel Quiroga, Secretaria General, Federación Andina de Trabajadores del Transporte, FATT, "
        "Lima, junio 3 de 2015\nSeñor Tomás Arvelo Duin, Presidente de la República, Ciudad Nueva\n"
        "Señor Presidente:\nLa Federación Andina de Trabajadores del Transporte (FATT) rechaza la detención "
        "de dirigentes sindicales.\n",
        "2015-06-03",
        "Marta Ferrel Quiroga",
        "Federación Andina de Trabajadores del Transporte",
        "Tomás Arvelo Duin",
    ),
    "en": (
        "Peter Lomond, General Secretary, Northern Federation of Dock Workers, NFDW, Harwick, 12 March 2016\n"
        "Mr Arvid Kessel, Prime Minister, Kingdom of Ostrava\nDear Prime Minister,\n"
        "The Northern Federation of Dock Workers (NFDW) is deeply concerned at the arrest of port workers.\n",
        "2016-03-12",
        "Peter Lomond",
        "Northern Federation of Dock Workers",
        "Arvid Kessel",
    ),
    "fr": (
        "Awa Sendé, Secrétaire générale, Confédération des Syndicats Autonomes du Littoral, CSAL, "
        "Porto-Lago, le 9 avril 2022\nMonsieur Jules Aboké, Ministre du Travail\nMonsieur le Ministre,\n"
        "La Confédération des Syndicats Autonomes du Littoral (CSAL) proteste contre le licenciement de ses "
        "délégués.\n",
        "2022-04-09",
        "Awa Sendé",
        "Confédération des Syndicats Autonomes du Littoral",
        "Jules Aboké",
    ),
}


@pytest.mark.parametrize(
    "text,date,signer,sender,addressee", ONE_LINE_HEADS.values(), ids=list(ONE_LINE_HEADS)
)
def test_a_senders_head_on_one_line_names_the_signer_not_the_addressee(
    text: str, date: str, signer: str, sender: str, addressee: str
) -> None:
    meta = extract(Text(text, "text/plain")).meta
    assert meta.date is not None and meta.date.iso == date
    assert [p.name for p in meta.signatories] == [signer]
    assert [p.name for p in meta.senders] == [sender]
    assert [p.name for p in meta.addressees] == [addressee]


# ---- the head of an international body addressed by office over its seat -----------------------------

BODY_HEADS = {
    "director_general": (
        "Director-General of the ILO\nGeneva, Switzerland\nRiga, 14 October 2012\n\nMr Director-General,\n\n"
        "Speaking for the Baltic Confederation of Free Unions (BCFU) may I express our concern.\n",
        "Director-General of the ILO",
        "Baltic Confederation of Free Unions",
    ),
    "secretary_general": (
        "Secretary-General of the United Nations\nNew York, USA\nAccra, 2 May 2019\n\n"
        "Mr Secretary-General,\n\n"
        "On behalf of the Coastal Federation of Labour (CFL), I write about the arrest of our members.\n\n"
        "Yours faithfully,\nKofi Mensah-Dade\nGeneral Secretary\n",
        "Secretary-General of the United Nations",
        "Coastal Federation of Labour",
    ),
    "high_commissioner": (
        "High Commissioner for Human Rights\nGeneva, Switzerland\n\n3 June 2020\n\n"
        "Dear High Commissioner,\n\n"
        "Speaking for the Union of Lake Fishermen (ULF), we write about the closure of our union.\n",
        "High Commissioner for Human Rights",
        "Union of Lake Fishermen",
    ),
}


@pytest.mark.parametrize("text,addressee,sender", BODY_HEADS.values(), ids=list(BODY_HEADS))
def test_an_international_bodys_head_is_the_addressee_and_its_seat_no_country(
    text: str, addressee: str, sender: str
) -> None:
    meta = extract(Text(text, "text/plain")).meta
    assert [p.name for p in meta.addressees] == [addressee]
    assert [p.name for p in meta.senders] == [sender]
    assert meta.countries == ()


# ---- a reference line under the mandates heading, in Spanish and French -------------------------------

MANDATE_REFERENCES = {
    "referencia": ("REFERENCIA: AL ARC 3/2030", "AL ARC 3/2030"),
    "referencia_lower": ("Referencia: UA ARC 7/2031", "UA ARC 7/2031"),
    "reference_fr": ("Référence : AL ARC 2/2029", "AL ARC 2/2029"),
}


@pytest.mark.parametrize("line,code", MANDATE_REFERENCES.values(), ids=list(MANDATE_REFERENCES))
def test_a_reference_line_is_no_part_of_the_mandates(line: str, code: str) -> None:
    text = (
        "Mandatos del Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación\n"
        f"{line}\n5 de abril de 2030\nExcelencia:\nTenemos el honor de dirigirnos a Usted en nuestra calidad "
        "de Relator Especial.\n"
    )
    meta = extract(Text(text, "text/plain")).meta
    assert [p.name for p in meta.senders] == [
        "Relator Especial sobre los derechos a la libertad de reunión pacífica y de asociación"
    ]
    assert meta.reference == code


# ---- a union circular's number is its reference, no addressee -----------------------------------------

CIRCULARS = {
    "general_office": ("General Office Circular No. GS/114/19/KL", "GS/114/19/KL"),
    "head_office": ("Head Office Circular No. HO/2/21", "HO/2/21"),
    "circulaire": ("Circulaire n° 12/2020", "12/2020"),
}


@pytest.mark.parametrize("line,code", CIRCULARS.values(), ids=list(CIRCULARS))
def test_a_circulars_number_is_its_reference(line: str, code: str) -> None:
    text = (
        f"Support for detained dock workers\n\n{line}\n\nTo the Secretary all Branches,\n"
        "Executive Council members.\n\nTuesday 12th March 2019\n\nDear Colleagues,\n\n"
        "Our colleague was arrested on 2 March.\n\nYours sincerely\n\nMary Dunmore\nGeneral Secretary\n"
    )
    meta = extract(Text(text, "text/plain")).meta
    assert meta.reference == code
    assert all("Circula" not in p.name for p in meta.addressees)


# ---- a report library's page ---------------------------------------------------------------------------

LIBRARY_PAGES = {
    "en": "Choose a language to view report",
    "fr": "Choisir une langue pour afficher le rapport",
    "es": "Elija un idioma para ver el informe",
}


@pytest.mark.parametrize("chooser", LIBRARY_PAGES.values(), ids=list(LIBRARY_PAGES))
def test_a_report_librarys_page_is_an_ngo_report(chooser: str) -> None:
    text = (
        "Arcadia: Union leaders held in crackdown on dock workers\n"
        "Three union leaders have been detained in what appears to be a coordinated crackdown on the dock "
        "workers' union in the northern province. The whereabouts of two other members are unknown.\n"
        f"{chooser}\nRecently Added\n"
    )
    assert extract(Text(text, "text/plain")).meta.genre is Genre.NGO_REPORT


# ---- a Committee of Experts' comment cut below its header ---------------------------------------------

EXPERTS_BODIES = {
    "en": (
        "The Committee notes the observations of the Confederation of Arcadian Unions received on "
        "1 September 2030. The Committee requests the Government to provide its comments in this respect.\n"
        "Articles 2 and 3 of the Convention. The Committee recalls its request to amend the Union Act.\n"
    ),
    "fr": (
        "La commission prend note des observations de la Confédération des syndicats d'Arcadie. "
        "La commission prie le gouvernement de communiquer ses commentaires à cet égard.\n"
        "Article 3 de la convention. La commission rappelle sa demande de modifier la loi syndicale.\n"
    ),
    "es": (
        "La Comisión toma nota de las observaciones de la Central de Trabajadores de Arcadia. "
        "La Comisión pide al Gobierno que envíe sus comentarios al respecto.\n"
        "Artículos 2 y 3 del Convenio. La Comisión recuerda su solicitud de modificar la ley sindical.\n"
    ),
}


@pytest.mark.parametrize("text", EXPERTS_BODIES.values(), ids=list(EXPERTS_BODIES))
def test_an_experts_comment_without_its_header_is_theirs(text: str) -> None:
    assert extract(Text(text, "text/plain")).meta.genre is Genre.ILO_CEACR


# ---- a ministry's letter answering a communication by its code; an urgent action's page ------------------

MINISTRY_REPLIES = {
    "en": (
        "MINISTRY OF FOREIGN AFFAIRS\n\nPort Lago, 3 June 2031\n\nExcellency,\n\nIn response to the joint "
        "communication AL ARC 2/2031 of 12 May 2031, the Ministry provides the following information.\n"
    ),
    "fr": (
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES\n\nPort-Lago, le 3 juin 2031\n\nExcellence,\n\nEn réponse à la "
        "communication conjointe UA ARC 3/2031, le Ministère fournit les informations suivantes.\n"
    ),
    "es": (
        "MINISTERIO DE RELACIONES EXTERIORES\n\nPuerto Lago, 3 de junio de 2031\n\nExcelencia:\n\n"
        "En respuesta a la comunicación conjunta OL ARC 1/2031, el Ministerio informa lo siguiente.\n"
    ),
}


@pytest.mark.parametrize("text", MINISTRY_REPLIES.values(), ids=list(MINISTRY_REPLIES))
def test_a_letter_answering_a_communication_by_its_code_is_the_governments(text: str) -> None:
    assert extract(Text(text, "text/plain")).meta.genre is Genre.GOVERNMENT_REPLY


# an urgent action's document number: "AI Index: EUR 12/3456/2031"
URGENT_ACTIONS = {
    "en": "URGENT ACTION\nDOCK WORKERS' LEADER HELD IN ARCADIA\nUA: 41/31 Index: EUR 12/3456/2031\n",
    "ai_index": "Urgent Action\nDOCK WORKERS' LEADER HELD\nAI Index: AMR 40/0123/2031\n",
    "es": "ACCIÓN URGENTE\nDIRIGENTE PORTUARIO DETENIDO EN ARCADIA\nÍndice: AMR 41/7788/2031\n",
}


@pytest.mark.parametrize("head", URGENT_ACTIONS.values(), ids=list(URGENT_ACTIONS))
def test_an_urgent_action_numbered_in_its_index_is_an_ngo_report_though_it_carries_a_model_letter(
    head: str,
) -> None:
    text = (
        f"{head}The leader of the dock workers' union, Jon Varr, was detained on 3 May 2031 and charged with "
        "organising an unlawful strike.\nTAKE ACTION: WRITE AN APPEAL\nDear Prosecutor General,\n"
        "I am writing to express my concern about the detention of Jon Varr.\n"
    )
    meta = extract(Text(text, "text/plain")).meta
    assert meta.genre is Genre.NGO_REPORT
    # the series banner and the headline under it are no masthead
    assert all(p.name not in head for p in meta.senders)


# ---- an older ILO record's header: "CEACR: Individual Observation ... Published: 2009" -------------------

OLD_RECORD_HEADERS = {
    "ceacr_en": (
        "CEACR: Individual Observation concerning Freedom of Association and Protection of the Right to "
        "Organise Convention, 1948 (No. 87) Arcadia (ratification: 1960) Published: 2009\n\n"
        "The Committee notes the Government's report.\n",
        Genre.ILO_CEACR,
        "2009",
    ),
    "ceacr_fr": (
        "CEACR : Observation individuelle concernant la convention (n° 87) sur la liberté syndicale, 1948 "
        "Arcadie (ratification : 1960) Publication : 2010\n\nLa commission prend note du rapport.\n",
        Genre.ILO_CEACR,
        "2010",
    ),
    "ilccr_en": (
        "ILCCR: Examination of individual case concerning Convention No. 87, Freedom of Association, 1948 "
        "Arcadia (ratification: 1960) Published: 2011\n\nA Government representative stated that measures "
        "had been taken.\n",
        Genre.ILO_CAS,
        "2011",
    ),
}


@pytest.mark.parametrize("text,genre,year", OLD_RECORD_HEADERS.values(), ids=list(OLD_RECORD_HEADERS))
def test_an_older_records_header_gives_its_genre_and_year(text: str, genre: Genre, year: str) -> None:
    meta = extract(Text(text, "text/plain")).meta
    assert meta.genre is genre
    assert meta.date is not None and meta.date.iso == year


NOTES_VERBALES = {
    "es_upper": "NOTA VERBAL No. 123/2031\n\nLa Misión de Arcadia transmite la información del Gobierno.\n",
    "es_title": "Nota Verbal 45/2031\n\nLa Embajada de Arcadia remite la respuesta de su Gobierno.\n",
    "es_lower": "Nota verbal n.º 7\n\nEl Ministerio de Arcadia transmite sus observaciones.\n",
}


@pytest.mark.parametrize("text", NOTES_VERBALES.values(), ids=list(NOTES_VERBALES))
def test_a_spanish_note_verbale_is_the_governments(text: str) -> None:
    assert extract(Text(text, "text/plain")).meta.genre is Genre.GOVERNMENT_REPLY


# ---- a communication's public summary without its code: labelled mandates and type -----------------------

SUMMARIES = {
    "es": (
        "Comunicación enviada el 12/03/2031\nTipo: Llamamiento urgente\nMandatos: Relator Especial sobre los "
        "derechos a la libertad de reunión pacífica y de asociación\nResumen: Presunta detención de un "
        "dirigente sindical.\n"
    ),
    "fr": (
        "Communication envoyée le 12/03/2031\nType : Appel urgent\n"
        "Mandats : Rapporteur spécial sur les droits à la liberté de réunion pacifique et d'association\n"
        "Résumé : Arrestation alléguée d'un syndicaliste.\n"
    ),
    "en": (
        "Communication sent on 12/03/2031\nType: Allegation letter\nMandates: Working Group on arbitrary "
        "detention\nSummary: Alleged detention of a union leader.\n"
    ),
}


@pytest.mark.parametrize("text", SUMMARIES.values(), ids=list(SUMMARIES))
def test_a_communications_summary_without_its_code_is_the_uns(text: str) -> None:
    assert extract(Text(text, "text/plain")).meta.genre is Genre.UN_COMMUNICATION
