"""Metadata of page shapes met on fresh real pages, each class on an invented document of the same shape."""

from __future__ import annotations

from casewatch.extract.metadata.countries_cities import city_country_counts
from casewatch.extract.pipeline import extract
from casewatch.model import Extraction, Genre, Text


def _extract(doc: str) -> Extraction:
    return extract(Text(doc, "text/plain"))


def _names(parties: tuple) -> list[str]:
    return [p.name for p in parties]


def test_a_capitals_headline_is_no_agency_dateline() -> None:
    # "HALTE A LA ..." reads like "CITY Jan 5 ...": a headline in capitals, three words of it or more,
    # is no dateline, and the union's statement under it, signed by the union, stays the union's
    doc = (
        "STOP A LA REPRESSION DES GREVISTES\n"
        "Ce mardi 4 mars, lors de la visite du directeur au dépôt de Valbourg, nos deux camarades ont été "
        "interpellés alors qu'ils distribuaient un tract.\n"
        "Nous sommes restés sur place pour demander leur libération et nous avons été encerclés.\n"
        "Nous vous tiendrons informés de la suite.\n"
        "--\n"
        "Syndicat SUD des agents de Valbourg\n"
    )
    assert _extract(doc).meta.genre is not Genre.NEWS


def test_an_overseas_city_of_a_shared_name_is_its_states() -> None:
    # the gazetteer gives "Saint-Denis" to the overseas city; its State answers for it
    assert city_country_counts("Saint-Denis, le 3 juin 2031\nMonsieur le Ministre,") == {"FRA": 1}


def test_a_body_acting_through_its_officer_is_the_sender() -> None:
    doc = (
        "Union letter to the Arcadian authorities about attacks on unions\n\n"
        "The Miners Union General Secretary Jane Morrow and the Dockers Federation General Secretary Paul "
        "Linden sent a joint "
        "letter to the President of Arcadia P. Varenko and the Chairperson of the National Assembly "
        "O. Dalmat about continuous attempts to interfere in union affairs.\n"
    )
    meta = _extract(doc).meta
    assert _names(meta.senders) == ["Miners Union", "Dockers Federation"]
    assert _names(meta.addressees) == ["P. Varenko", "O. Dalmat"]


def test_an_envoy_greeted_by_office_and_a_body_protesting_through_its_president() -> None:
    doc = (
        "AWTU President Mara Kell has protested to the Arcadian Embassy about the arrest of unionists.\n\n"
        "Madam Ambassador,\n\n"
        "Re: Arrests of trade unionists\n\n"
        "I am writing to protest at the imprisonment of more than 40 members of the Arcadian Federation "
        "of Labour, arrested on 3 May in Valbourg.\n"
    )
    meta = _extract(doc).meta
    assert _names(meta.senders) == ["AWTU"]
    assert _names(meta.addressees) == ["Ambassador"]


def test_unions_listed_on_the_head_line_send_the_letter_to_the_prefect() -> None:
    doc = (
        "Les organisations syndicales UD XTR 77, FSU 77, Solidaires 77\n\n"
        "Valbourg, le 3 mai 2031\n\n"
        "À l'attention  de Monsieur le Préfet de la Marne-Haute\n\n"
        "Monsieur le Préfet,\n\n"
        "Nos organisations ont été choquées par le comportement des forces de l'ordre lors de la "
        "manifestation du 2 mai.\n\n"
        "Veuillez croire, Monsieur le Préfet, en l'assurance de nos convictions syndicalistes.\n"
    )
    meta = _extract(doc).meta
    assert _names(meta.senders) == ["UD XTR 77", "FSU 77", "Solidaires 77"]
    assert _names(meta.addressees) == ["Préfet de la Marne-Haute"]


def test_a_letter_looking_forward_to_the_reply_is_signed_under_it() -> None:
    doc = (
        "Valbourg, 28 August 2031\n\n"
        "Honourable President,\n\n"
        "I am writing to you on behalf of the Global Federation of Miners to call for the release of our "
        "colleague, detained for two years.\n\n"
        "Looking forward to your prompt and positive reply,\n\n\n"
        "Tomas Ralden,\n\n"
        "General Secretary\n"
    )
    assert _names(_extract(doc).meta.signatories) == ["Tomas Ralden"]


def test_a_blog_letter_is_dated_signed_and_addressed_by_its_own_lines() -> None:
    # the blog's stamp tops the page; the letter's own date stands beside its signer in capitals and brackets;
    # its address block stands under a stray line of the page
    doc = (
        "Tuesday, March 14, 2031\n\n"
        "Letter to the Labour Minister.\n\n"
        "Follow us on\n"
        "        The Minister for Labour.\n"
        "          Govt. of Arden.\n"
        "          Valbourg.\n"
        "   The conciliation ended in failure after a year without any positive result, due to the negative "
        "attitude of the management; we request your honour to refer the matter to the Tribunal.\n"
        "     with thanks,\n"
        "                                                  yours sincerely.\n"
        "    Dated: 03.03.2031.                                   (K.L.MARVEN)\n"
        "                                                  SECRETARY GENERAL\n"
    )
    meta = _extract(doc).meta
    assert str(meta.date) == "2031-03-03"
    assert _names(meta.signatories) == ["K.L. Marven"]
    assert _names(meta.addressees) == ["Minister for Labour"]


def test_last_weekday_with_its_day_takes_the_pages_sole_year() -> None:
    doc = (
        "El comisionado pidió la liberación de los dirigentes sindicales detenidos, señaló el pasado lunes "
        "3 de julio ante el Consejo.\n"
        "Los casos de persecución se han presentado desde inicio de este año 2028 en la región.\n"
    )
    assert str(_extract(doc).meta.date) == "2028-07-03"


def test_a_release_serial_with_its_day_is_no_reference() -> None:
    doc = (
        "Union Leaders Face Arrest\n"
        "GLOBAL FEDERATION OF MINERS\n"
        "GFM OnLine\n"
        "014/220331\n"
        "Valbourg, 22 March 2031 (GFM OnLine): The federation has been informed that its officers "
        "face arrest.\n"
    )
    assert _extract(doc).meta.reference is None


def test_experts_told_of_from_outside_make_a_story() -> None:
    doc = (
        "Lawwire UN experts demand an end to the Arcadia union crackdown\n\n"
        "A group of UN human rights experts on Thursday urged the Arcadian government to stop targeting "
        "independent trade unions.\n\n"
        "According to the experts, Arcadia has shut down independent unions and prosecuted their members. "
        "The group also cited reports of mistreatment in detention.\n"
    )
    assert _extract(doc).meta.genre is Genre.NEWS


def test_we_the_body_with_its_acronym_sends_the_letter() -> None:
    doc = (
        "Dear President Varga,\n"
        "We are angered to learn that the leader of the dockers' union is still held in detention.\n"
        "We the Global Solidarity Workers Network (GSWN) stand with unions world wide in condemning this "
        "detention.\n"
        "Yours Sincerely,\n"
        "Ada Ferris, International Liaison Officer\n"
    )
    assert _names(_extract(doc).meta.senders) == ["Global Solidarity Workers Network"]


def test_a_filing_reference_line_ending_on_the_code_gives_the_typed_code() -> None:
    doc = (
        "OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS PALAIS DES NATIONS 1211 GENEVA 10, SWITZERLAND\n\n"
        "REFERENCE: UA G/SO 218/2 G/SO 214 (67-17) Assembly & Association (2010-1) ISL 7/2031\n\n"
        "Excellency,\n\n"
        "We have the honour to address you in our capacity as Special Rapporteurs.\n"
    )
    assert _extract(doc).meta.reference == "UA ISL 7/2031"


def test_a_byline_in_small_letters_and_a_source_credit_make_a_story() -> None:
    byline = (
        "# Union rights under attack\n\n"
        "by Media Watch\n\n"
        "The federation's survey shows an alarming rise in the number of unionists killed, from 15 in 2029 "
        "to 24 in 2030. Thousands were arrested for their part in strikes.\n"
    )
    credited = (
        "Annual Report on Union Rights – 2030\n\n"
        "Source: Global Federation of Miners, 2030\n\n"
        "From the foreword:\n"
        "This report again records violations suffered by unionists defending workers' interests. We "
        "document harassment, intimidation and the murder of trade unionists.\n"
    )
    assert _extract(byline).meta.genre is Genre.NEWS
    assert _extract(credited).meta.genre is Genre.NEWS


def test_a_letter_greeting_madam_or_sir_is_headed_by_its_union() -> None:
    doc = (
        "AARPWU CHQ LETTER ON THE RELAY HUNGER FAST\n\n"
        "Tele-Fax: 2369770\n"
        "ALL ARDEN RURAL POSTAL WORKERS UNION\n"
        "(Central Head Quarter)\n\n"
        "To\n\n"
        "The Secretary,\n"
        "Department of Posts,\n"
        "Valbourg\n\n"
        "Madam/Sir,\n\n"
        "We do not resort to any agitation unless we are compelled to; the administration should give us "
        "definite assurances.\n\n"
        "Yours faithfully,\n\n"
        "(K.L. Marven)\n"
        " General Secretary\n"
    )
    meta = _extract(doc).meta
    assert _names(meta.senders) == ["ALL ARDEN RURAL POSTAL WORKERS UNION"]
    assert _names(meta.signatories) == ["K.L. Marven"]


def test_korean_alone_in_french_and_spanish_is_the_republic() -> None:
    doc = (
        "La fédération est indignée par l'arrestation du président du syndicat après une descente de la "
        "police coréenne au siège. Elle exige que le gouvernement coréen le libère.\n"
    )
    assert _extract(doc).meta.countries == ("KOR",)


def test_a_press_release_credit_names_its_body_whole() -> None:
    # "La" opens "Labour ..." as a word of the name, no article
    doc = (
        "Union rights\n\n"
        "You strike, you settle, you get arrested\n\n"
        "This is  a press release from Labour Watchers Union\n\n"
        "Our union was in a dispute with the employer. We called a strike; the employer agreed to "
        "negotiate. Then the government declared the strike illegal and arrested our leaders.\n\n"
        "We demand that the government release the jailed union leaders now.\n"
    )
    assert _names(_extract(doc).meta.senders) == ["Labour Watchers Union"]


def test_bodies_speaking_together_as_often_as_one_alone_both_send() -> None:
    doc = (
        "La Confederación Regional de Mineros (CRM), junto a la Federación Andina del Transporte (FAT), "
        "han condenado la represión de los trabajadores en Valdoria.\n"
        "«El día de hoy varios dirigentes sindicales fueron detenidos por participar en las protestas», "
        "resalta la nota.\n"
        "La Federación Andina del Transporte y la Confederación Regional de Mineros instan al Gobierno a "
        "que libere a los líderes sindicales detenidos.\n"
    )
    assert sorted(_names(_extract(doc).meta.senders)) == [
        "Confederación Regional de Mineros",
        "Federación Andina del Transporte",
    ]
