"""Laws known by their number, in any language and in lists; ordinances and territories' laws."""

from __future__ import annotations

import pytest

from .conftest import cited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Ministerio dictó dos ordenanzas ministeriales en 1994 (núms. 3/1994 y 4/1994) que prohíben",
         {"RUT Ministerial Order No. 3/1994", "RUT Ministerial Order No. 4/1994"}),
        ("las ordenanzas ministeriales núms. 21/2003 y 22/2003 restringen",
         {"RUT Ministerial Order No. 21/2003", "RUT Ministerial Order No. 22/2003"}),
        ("Presidential Decrees Nos 61 and 62 dissolved the two federations.",
         {"RUT Presidential Decree No. 61", "RUT Presidential Decree No. 62"}),
        ("les décrets nos 2014-7 et 2014-8 ont été abrogés",
         {"RUT Decree No. 2014-7", "RUT Decree No. 2014-8"}),
        ("Указы № 17 и 18 отменены", {"RUT Decree No. 17", "RUT Decree No. 18"}),
    ],
)  # fmt: skip
def test_a_list_of_numbers_after_a_plural_head_is_one_law_each(text: str, expected: set[str]) -> None:
    assert set(cited(text)) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("el Decreto Supremo núm. 004-2011-TR establece", "RUT Supreme Decree No. 004-2011-TR"),
        ("la Orden Ministerial núm. 15 de 2008 prohibió", "RUT Ministerial Order No. 15"),
        ("l'Arrêté ministériel n° 41 du 9 mars 2002 fixe", "RUT Ministerial Order No. 41"),
        ("l'Ordonnance n° 2011-12 régit la fonction publique", "RUT Ordinance No. 2011-12"),
        ("le Décret n° 97-310 du 4 avril 1997 fixe", "RUT Decree No. 97-310"),
        ("Decree-Law No. 18/2016 amended the rules on strikes.", "RUT Decree-Law No. 18/2016"),
        ("the Labour Relations Act No. 9 of 2006 provides", "RUT Labour Relations Act"),
        ("Republic Act No. 10151 repealed the curfew", "RUT Republic Act No. 10151"),
        ("Federal Law No. 44-FZ applies", "RUT Federal Law No. 44-FZ"),
        ("la reforma laboral se hizo con la ley 21.345, vigente", "RUT Law No. 21.345"),
        ("el Decreto 2351 de 2014 reglamenta", "RUT Decree No. 2351"),
        ("la Ley 11/1994 reguladora", "RUT Law No. 11/1994"),
        ("la loi no 2003-17 du 5 mars 2003", "RUT Law No. 2003-17"),
    ],
)
def test_a_law_known_by_number_is_keyed_in_english(text: str, key: str) -> None:
    assert set(cited(text)) == {key}


@pytest.mark.parametrize(
    "text", ["la ley de la oferta y la demanda", "la ley 5 de ellos", "el orden público"]
)
def test_a_lower_case_law_word_without_a_number_names_no_law(text: str) -> None:
    assert cited(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The police relied on section 17A of the Hong Kong Public Order Ordinance.",
         {"HKG Public Order Ordinance": {"s 17A"}}),
        ("The union was registered under the Trade Unions Ordinance (Cap. 412).",
         {"RUT Trade Unions Ordinance": set()}),
        ("Section 8 of the Employment Ordinance of Hong Kong allows dismissal.",
         {"HKG Employment Ordinance": {"s 8"}}),
    ],
)  # fmt: skip
def test_ordinances_and_a_territorys_own_code(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Labour Relations Act (LRA) applies federally; the Northern Cape LRA was adopted in 2015.",
         {"RUT Labour Relations Act", "RUT Northern Cape LRA"}),
        ("la loi sur les relations du travail (LRT) de 2011 et la LRT du Haut-Plateau adoptée en 2013",
         {"RUT Loi sur les relations du travail", "RUT LRT du Haut-Plateau"}),
        ("The Labour Relations Act (LRA) was amended. The LRA now requires a ballot.",
         {"RUT Labour Relations Act"}),
    ],
)  # fmt: skip
def test_a_provinces_own_version_of_a_law_known_by_its_acronym(text: str, expected: set[str]) -> None:
    assert set(cited(text)) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("la Loi n° 2009-11 relative aux organisations syndicales prévoit que",
         "RUT Loi relative aux organisations syndicales"),
        ("la Ley núm. 8 de 1999 sobre cooperativas establece que", "RUT Ley sobre cooperativas"),
        ("статьи 3 и 4 Закона «Об общественных объединениях»", "RUT Law on Public Associations"),
        ("la loi n° 15-02 portant Code du travail", "RUT Labour Code"),
        ("Закон о профсоюзах принят в 2015 году.", "RUT Law on Trade Unions"),
        ("l’adoption de la loi de 2009 sur les relations de travail (LRT), qui régit",
         "RUT Loi sur les relations de travail"),
    ],
)  # fmt: skip
def test_a_foreign_title_ends_before_the_sentence_goes_on(text: str, key: str) -> None:
    assert set(cited(text)) == {key}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Его обвинили по статье 212 УК РФ.", {"RUS Criminal Code": {"art 212"}}),  # РФ names its state
        ("нарушены статьи 8 и 9 ТК", {"RUT Labour Code": {"art 8", "art 9"}}),
        ("штраф по ст. 20.2 КоАП РФ", {"RUS Code of Administrative Offences": {"art 20.2"}}),
        ("акция прошла у входа в ТК «Радуга»", {}),
    ],
)  # fmt: skip
def test_a_russian_code_by_its_abbreviation(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the Constitution of the union, the congress elects the board.", {}),
        ("The federation's Constitution was amended at its congress.", {}),
        ("the NWU's Constitution requires a ballot", {}),
        ("según la Constitución del sindicato", {}),
        ("Article 11 of the Constitution of the Russian Federation", {"RUS Constitution": {"art 11"}}),
        ("Ruritania's Constitution guarantees freedom of association", {"RUT Constitution": set()}),
        ("The Human Rights Act 1998 applies.", {"RUT Human Rights Act": set()}),
        ("international human rights law", {}),
    ],
)  # fmt: skip
def test_a_bodys_own_constitution_is_not_a_law(text: str, expected: dict[str, set[str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("el Real Decreto-Ley 21/1979 regula la huelga", "RUT Decree-Law No. 21/1979"),
        ("mediante el real decreto-ley 8/2031, de 2 de abril,", "RUT Decree-Law No. 8/2031"),
        ("el Decreto-ley 14/1988 sobre conflictos", "RUT Decree-Law No. 14/1988"),
        ("el Real Decreto 512/2005 aprobó el reglamento", "RUT Royal Decree No. 512/2005"),
    ],
)
def test_a_spanish_decree_law_is_a_decree_law_royal_or_not(text: str, key: str) -> None:
    assert set(cited(text)) == {key}
