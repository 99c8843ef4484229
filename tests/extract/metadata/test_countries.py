"""The countries a document concerns: streets, territories, Russian case forms, headlines, one mention."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.fields import _spellings, countries_concerned, country_code, country_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office on Avenida Brasil was searched; police in Peru detained two leaders in Peru.", ("PER",)),
        ("Union leaders in Hong Kong face arrest for the protests in Hong Kong.", ("CHN", "HKG")),
        ("The union was dissolved by a court in Peru.", ("PER",)),  # named once, still concerned
        ("Belarus: French unionists detained in Belarus, the French embassy and France protest.", ("BLR",)),
        ("В России суд закрыл профсоюз. Российские власти молчат. Россия не ответила.", ("RUS",)),
    ],
)
def test_countries_concerned(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [("Bahreïn", "BHR"), ("République de Corée", "KOR"), ("Colombie", "COL"), ("Etiopía", "ETH")],
)
def test_french_and_spanish_names(name: str, code: str) -> None:
    assert country_code(name) == code


def test_russian_case_forms_count_once_each() -> None:
    assert country_counts("в Казахстане, из Казахстана, Казахстан")["KAZ"] == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, 4 Mar. (Agencia Norte) – La policía detuvo al dirigente de los estibadores.", ("PER",)),
        ("Nairobi – Twelve nurses were arrested after the strike, their union says.", ("KEN",)),
        ("Les agents de la ville de Dakar ont été licenciés après la grève, selon le syndicat.", ("SEN",)),
        ("Marchers gathered in the centre of Lahore; the union leader was taken away.", ("PAK",)),
    ],
)
def test_a_page_naming_only_a_city_concerns_its_country(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Santiago Morales, the union's treasurer, was dismissed.",  # a given name, not a place
        "The federation met Victoria Ossei and Mary Quist about the wage claim.",
        "In Lagos and in Accra the unions marched.",  # two cities of two countries: none first
    ],
)
def test_a_city_word_that_places_nothing_names_no_country(text: str) -> None:
    assert countries_concerned(text, ()) == ()


def test_a_named_country_outweighs_the_cities() -> None:
    text = "GENEVA, 3 May – The federation condemned the arrests of dockers in Chile."
    assert countries_concerned(text, ()) == ("CHL",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Двадцать активистов профсоюза задержаны в Туле перед собранием.", ("RUS",)),
        ("Суд в Гомеле арестовал председателя независимого профсоюза.", ("BLR",)),
        ("Забастовщиков из Казани вызвали в полицию.", ("RUS",)),
    ],
)
def test_a_russian_page_placing_things_in_a_city_in_a_case_form(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les manifestants ont été dispersés au carrefour Roumanie. Au Togo, marcher suppose une déclaration.",
        "La marche partit du rond-point Chili; au Togo la police l'a bloquée.",
        "Los obreros se concentraron en la glorieta Brasil; en Togo la policía los dispersó.",
    ],
)
def test_a_crossroads_named_after_a_country_names_no_country(text: str) -> None:
    assert countries_concerned(text, ()) == ("TGO",)


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Rive d'Arden", "Rive-d’Arden"),  # a hyphen before the article, a curly apostrophe
        ("Rive d'Arden", "Rive d’Arden"),
        ("Val de l'Orme", "Val de l’Orme"),
    ],
)
def test_a_name_with_an_elided_article_is_also_typed_curly_or_hyphenated(name: str, typed: str) -> None:
    assert typed in _spellings(name)


@pytest.mark.parametrize(
    "text",
    [
        # curly, as word processors type it
        "Le Territoire britannique de l’océan Indien a répondu au comité.",
        "Le Territoire britannique de l'océan Indien a répondu au comité.",
        "La réponse (Territoire britannique de l’océan Indien) est arrivée.",
    ],
)
def test_a_country_name_typed_with_a_curly_apostrophe_is_found(text: str) -> None:
    assert country_counts(text) == {"IOT": 1}


def test_a_hyphenated_name_with_an_elided_article_folds_to_the_vocabulary_name() -> None:
    assert (
        country_code("Territoire britannique de-l’océan Indien")
        == country_code("Territoire britannique de l'océan Indien")
        == "IOT"
    )


def test_a_hyphenated_first_name_is_no_country() -> None:
    assert not country_counts("Marie-Louise d’Arden signed for the federation in Port-Avra d’Amont.")


@pytest.mark.parametrize(
    "text",
    [
        "Police raided the dockers' union office on Rua do Peru in Porto Avra and seized its files.",
        "The federation's office at Praça de Portugal in Avra was searched on Monday.",
        "I delegati si sono riuniti in Via della Grecia ad Avra.",
        "The union's office on Irak Caddesi in Arden was raided by the police.",
    ],
)
def test_a_street_named_after_a_country_in_other_languages_names_no_country(text: str) -> None:
    assert not country_counts(text)


def test_a_way_through_a_country_still_names_it() -> None:
    assert country_counts("The delegates travelled to Geneva via Greece.") == {"GRC": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El sindicato denunció que los trabajadores hondureños fueron despedidos tras la huelga.", ("HND",)),
        ("Les syndicalistes guatémaltèques ont été arrêtés après la manifestation.", ("GTM",)),
        ("Los jueces colombianos y las autoridades colombianas no respondieron al sindicato.", ("COL",)),
        ("Une enseignante burkinabè a été convoquée ; ses collègues burkinabès protestent.", ("BFA",)),
    ],
)
def test_spanish_and_french_demonyms_name_their_country(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize("word", ["español", "français", "indios", "congolais"])
def test_a_language_or_a_shared_demonym_names_no_country(word: str) -> None:
    assert country_code(word) is None


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police detained the activist; China says he lied, and a rally in Hong Kong followed.",
        "La police chinoise a arrêté le militant. En Chine, la grève continue ; à Hong Kong, on manifeste.",
        "China detuvo al dirigente; China lo acusa de alterar el orden. En Hong Kong hubo una protesta.",
    ],
)
def test_a_territory_named_beside_its_dominant_sovereign_is_concerned_too(text: str) -> None:
    assert countries_concerned(text, ()) == ("CHN", "HKG")


def test_a_territory_beside_another_dominant_country_is_no_concern() -> None:
    text = "Peru jailed the leaders; Peru refuses visits; Peru's courts agree. A flight via Hong Kong left."
    assert countries_concerned(text, ()) == ("PER",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports of the Committee on Freedom of Association\n\nContents\n\n"
            "Case No. 9101 (Paraguay): Interim report ...... 10–20\n"
            "Case No. 9102 (Peru): Definitive report ...... 21–30\n"
            "Case No. 9103 (Paraguay): Follow-up report ...... 31–40\n",
            ("PER", "PRY"),
        ),
        (
            "Rapports du Comité de la liberté syndicale\n\nTable des matières\n\n"
            "Cas no 9201 (Bénin): Rapport intérimaire ...... 10–20\n"
            "Cas no 9202 (Bolivie): Rapport définitif ...... 21–30\n"
            "Cas no 9203 (Pérou): Rapport intérimaire ...... 31–40\n",
            ("BEN", "BOL", "PER"),
        ),
        (
            "Informes del Comité de Libertad Sindical\n\nÍndice\n\n"
            "Caso núm. 9301 (Ecuador): Informe provisional ...... 10–20\n"
            "Caso núm. 9302 (Uruguay): Informe definitivo ...... 21–30\n"
            "Caso núm. 9303 (Ecuador): Informe provisional ...... 31–40\n",
            ("ECU", "URY"),
        ),
    ],
)
def test_a_reports_contents_listing_several_cases_concerns_each_country(
    text: str, expected: tuple[str, ...]
) -> None:
    assert countries_concerned(text, ()) == expected


def test_a_single_case_report_keeps_its_one_country() -> None:
    text = (
        "Case No. 9401 (Peru) - Complaint date: 01-MAY-31 - Active\n\n"
        "The complaint concerns dockers dismissed in Peru; a similar Case No. 9000 was closed.\n"
    )
    assert countries_concerned(text, ()) == ("PER",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les deux délégués ont été placés en garde à vue à Tarbes après la manifestation.", ("FRA",)),
        ("Decenas de personas se concentraron en Ponferrada tras la detención de tres delegados.", ("ESP",)),
        ("Los sindicalistas viajaron a Varsovia para la reunión.", ("POL",)),  # a city as Spanish writes it
        ("O dirigente foi detido em Itabuna durante a assembleia.", ("BRA",)),
    ],
)
def test_a_page_placing_things_in_a_town_concerns_its_country(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tarbes said the union would appeal. Tarbes added that the strike goes on.",  # a surname, twice
        "The union's lawyer, Mr Ponferrada, filed the appeal with Ponferrada's partner.",
    ],
)
def test_a_town_named_but_not_told_as_a_place_names_no_country(text: str) -> None:
    assert countries_concerned(text, ()) == ()


def test_a_russian_city_in_the_locative_before_its_region() -> None:
    text = "В Вологде Вологодской области задержали председателя профсоюза."
    assert countries_concerned(text, ()) == ("RUS",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teachers marched against the Abia State Government over unpaid salaries.", ("NGA",)),
        ("Estado de emergencia en la provincia de Chimborazo: dirigentes detenidos.", ("ECU",)),
        ("Trois convocations du secrétaire du syndicat en Corrèze cette semaine.", ("FRA",)),
    ],
)
def test_a_page_placing_things_in_a_region_concerns_its_country(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


def test_a_region_name_not_told_as_a_place_names_no_country() -> None:
    assert countries_concerned("Victoria Mensah and Delta Okafor chaired the meeting.", ()) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Рабочие тверского завода объявили забастовку.", ("RUS",)),
        ("Председателя профкома вызвали в гомельскую прокуратуру.", ("BLR",)),
    ],
)
def test_a_russian_page_naming_a_city_by_its_adjective(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


def test_a_country_named_less_often_than_the_main_one_is_named_in_passing() -> None:
    text = (
        "Police in Chad arrested the union's leaders. Chad's government said the strike was illegal. "
        "Unions in Chad called a new strike. Delegates from Mali, who had visited Mali's unions, protested."
    )
    assert countries_concerned(text, ()) == ("TCD",)


def test_two_countries_named_as_often_are_both_concerned() -> None:
    text = "Dockers in Chad and in Mali struck together; the ports of Chad and of Mali stayed closed."
    assert countries_concerned(text, ()) == ("MLI", "TCD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ми засуджуємо арешт голови профспілки в Україні.", ("UKR",)),
        ("Суд у Беларусі пакараў старшыню прафсаюза.", ("BLR",)),
    ],
)
def test_a_ukrainian_or_belarusian_page_naming_its_country_in_a_case_form(
    text: str, expected: tuple[str, ...]
) -> None:
    assert countries_concerned(text, ()) == expected


def test_a_russian_city_in_the_genitive_after_in_the_centre_of() -> None:
    assert countries_concerned("В центре Вологды задержали двух членов профсоюза.", ()) == ("RUS",)


def test_a_dateline_closed_by_a_bullet_places_the_page() -> None:
    text = "NAIROBI • Twelve nurses were arrested after the strike, their union says."
    assert countries_concerned(text, ()) == ("KEN",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drivers of the Lagos and Suburbs Bus Company protested on Monday.", ("NGA",)),
        ("Two teachers visiting from Portugal met the Lagos Dock Workers' Union.", ("NGA",)),
        ("A delegation from Norway met the strikers of Peru on Monday.", ("PER",)),
    ],
)
def test_a_body_s_city_places_the_page_not_its_visitors_origin(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قالت النقابة إن الشرطة في الأردن اعتقلت ثلاثة من أعضائها.", ("JOR",)),
        ("أعلن اتحاد العمال في تونس الإضراب العام.", ("TUN",)),
    ],
)
def test_a_country_named_in_arabic(text: str, expected: tuple[str, ...]) -> None:
    assert countries_concerned(text, ()) == expected
