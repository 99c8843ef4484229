"""Requests in French, Spanish and Russian: verbs of asking, their addressees and governed particles."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2021, 6, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.text, r.addressees) for r in find_requests(text, SETTING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Comité prie le gouvernement de communiquer le texte du jugement.",
         [("communiquer le texte du jugement", ("gouvernement",))]),
        ("La commission demande au gouvernement de modifier la loi et de fournir des informations.",
         [("modifier la loi", ("gouvernement",)), ("fournir des informations", ("gouvernement",))]),
        ("La CSI exhorte les autorités de Ruritanie à s’abstenir de les arrêter et d’exercer toute pression.",
         [("s’abstenir de les arrêter et d’exercer toute pression", ("autorités de Ruritanie",))]),
        ("« Aussi, appelons-nous votre gouvernement à libérer les détenus et à retirer les sanctions ».",
         [("libérer les détenus", ("Government",)), ("retirer les sanctions", ("Government",))]),
        ("Nous exigeons la libération immédiate des syndicalistes.",
         [("la libération immédiate des syndicalistes", ("Government",))]),
        ("El Comité pide al Gobierno que reintegre a los trabajadores y que pague los salarios.",
         [("reintegre a los trabajadores", ("Gobierno",)), ("pague los salarios", ("Gobierno",))]),
        ("La Comisión insta al Gobierno a registrar el sindicato.",
         [("registrar el sindicato", ("Gobierno",))]),
        ("Exigimos la libertad inmediata de los dirigentes sindicales.",
         [("la libertad inmediata de los dirigentes sindicales", ("Government",))]),
        ("Мы требуем немедленно освободить профсоюзных активистов.",
         [("освободить профсоюзных активистов", ("Government",))]),
        ("Профсоюз призывает власти прекратить преследование активистов.",
         [("прекратить преследование активистов", ("власти",))]),
    ],
)  # fmt: skip
def test_foreign_demands(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert asked(text) == expected


def test_a_second_demand_verb_starts_a_second_demand() -> None:
    text = "La CSI exhorte le gouvernement à libérer les grévistes et invite le Président à recevoir l’union."
    assert [r.text for r in find_requests(text, SETTING)] == ["libérer les grévistes", "recevoir l’union"]


@pytest.mark.parametrize(
    "text",
    [
        "Rapport où le comité demande à être informé de l’évolution de la situation",
        "La demande de libération a été rejetée.",
        "Informe en el que el Comité pide que se le mantenga informado de la evolución de la situación",
    ],
)
def test_a_wish_to_be_kept_informed_and_nouns_are_not_requests(text: str) -> None:
    assert asked(text) == []


def test_a_pronoun_subject_gives_the_senders_as_issuers() -> None:
    [request] = find_requests("Elle appelle les autorités à libérer le secrétaire général.", SETTING)
    assert request.issuers == ("Union",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission prie à nouveau le gouvernement de fournir le texte.",
         [("fournir le texte", ("gouvernement",))]),
        ("La Comisión pide nuevamente al Gobierno que envíe sus comentarios.",
         [("envíe sus comentarios", ("Gobierno",))]),
    ],
)  # fmt: skip
def test_an_adverb_before_the_addressee(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert asked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le comité veut croire que le gouvernement prendra les mesures nécessaires.",
         ["prendra les mesures nécessaires"]),
        ("El Comité espera que el Gobierno tome sin demora las medidas apropiadas.",
         ["tome sin demora las medidas apropiadas"]),
        ("El Comité expresa la firme esperanza de que el Gobierno garantice la investigación.",
         ["garantice la investigación"]),
        ("Il espère que la grève finira bientôt.", []),
    ],
)  # fmt: skip
def test_a_hope_that_the_government_acts_is_an_ask(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, SETTING)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission prie le gouvernement de modifier la loi et de la tenir informée à cet égard.",
         ["modifier la loi et la tenir informée à cet égard"]),
        ("El Comité pide al Gobierno que registre el sindicato y que lo mantenga informado al respecto.",
         ["registre el sindicato y lo mantenga informado al respecto"]),
    ],
)  # fmt: skip
def test_a_wish_to_be_kept_informed_joins_the_ask_before_it(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, SETTING)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Comité espère vivement que le gouvernement réintégrera les travailleurs licenciés.",
         "réintégrera les travailleurs licenciés"),
        ("Le comité veut fermement croire que le gouvernement modifiera la loi.", "modifiera la loi"),
        ("El Comité espera firmemente que el Gobierno garantice la libertad sindical.",
         "garantice la libertad sindical"),
        ("El Comité confía plenamente en que el Gobierno registrará el sindicato.",
         "registrará el sindicato"),
    ],
)  # fmt: skip
def test_a_firm_hope_that_the_government_acts_is_an_ask(text: str, expected: str) -> None:
    assert [r.text for r in find_requests(text, SETTING)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La CSI a appelé les autorités à libérer les syndicalistes détenus.",
         [("libérer les syndicalistes détenus", ("autorités",))]),
        ("La CSI pidió al Gobierno que libere a los dirigentes detenidos.",
         [("libere a los dirigentes detenidos", ("Gobierno",))]),
        ("La CSI exigió la liberación inmediata de los sindicalistas.",
         [("la liberación inmediata de los sindicalistas", ("Government",))]),
        ("El sindicato llamó a una huelga general.", []),
    ],
)  # fmt: skip
def test_past_demands_are_asks_where_the_genre_reports_them(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert asked(text) == expected


def test_a_past_demand_in_a_committee_record_recalls_an_earlier_one() -> None:
    record = Setting(PartialDate(2021, 6, 1), ("Comité",), ("Gouvernement",))
    text = "Le Comité a demandé au gouvernement de libérer les syndicalistes."
    assert find_requests(text, record) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La commission demande au gouvernement de fournir des précisions sur les aspects d’ordre "
            "juridique et d’organisation interne du conseil.",
            ["fournir des précisions sur les aspects d’ordre juridique et d’organisation interne du conseil"],
        ),
        (
            "Le comité prie le gouvernement de fournir des précisions sur les règles de procédure et de "
            "structure du conseil.",
            ["fournir des précisions sur les règles de procédure et de structure du conseil"],
        ),
        (
            "La commission prie le gouvernement de réviser l’article 9 et de le tenir informé de l’issue du "
            "recours, et de ne pas appliquer le décret.",
            # a wish to be kept informed joins the ask before it
            ["réviser l’article 9 et le tenir informé de l’issue du recours", "ne pas appliquer le décret"],
        ),
        (
            "La commission prie le gouvernement de modifier le code et d’indiquer les mesures prises.",
            ["modifier le code", "indiquer les mesures prises"],
        ),
    ],
)  # fmt: skip
def test_et_de_before_a_noun_joins_one_ask_before_an_infinitive_starts_another(
    text: str, expected: list[str]
) -> None:
    assert [r.text for r in find_requests(text, SETTING)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Comisión ruega al Gobierno que comunique copia de la sentencia.",
         ["comunique copia de la sentencia"]),
        ("La Comisión le ruega que tenga a bien enviar el texto del decreto.",
         ["enviar el texto del decreto"]),
        ("El Comité ruega al Gobierno que indique si el sindicato fue registrado.",
         ["indique si el sindicato fue registrado"]),
    ],
)  # fmt: skip
def test_rogar_asks_in_spanish(text: str, expected: list[str]) -> None:
    assert [r.text for r in find_requests(text, SETTING)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Comisión espera que, antes de su próxima reunión, el Gobierno enviará el texto del decreto.",
         "enviará el texto del decreto"),
        ("La Comisión confía en que, en un futuro próximo, el Gobierno estará en condiciones de informar "
         "de progresos.", "estará en condiciones de informar de progresos"),
        ("La commission exprime l’espoir que, dans un proche avenir, le gouvernement sera en mesure de "
         "faire état de progrès.", "sera en mesure de faire état de progrès"),
        ("La commission espère que, dans son prochain rapport, le gouvernement fournira copie de la loi.",
         "fournira copie de la loi"),
    ],
)  # fmt: skip
def test_a_hope_with_an_aside_before_the_government_is_an_ask(text: str, expected: str) -> None:
    [request] = find_requests(text, SETTING)
    assert request.text.startswith(expected)


REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)


def report_asks(text: str) -> list[str]:
    return [r.text for r in find_requests(text, REPORT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La commission prie le gouvernement: i) de modifier l’article 5; et ii) d’indiquer le nombre de "
         "syndicats enregistrés.", ["modifier l’article 5", "indiquer le nombre de syndicats enregistrés"]),
        ("La Comisión pide al Gobierno que: i) modifique el artículo 5; ii) derogue el decreto núm. 3, y "
         "iii) indique el número de sindicatos.",
         ["modifique el artículo 5", "derogue el decreto núm. 3", "indique el número de sindicatos"]),
        ("La Comisión pide al Gobierno: i) que modifique el artículo 5, y ii) que indique el número de "
         "sindicatos registrados.",
         ["modifique el artículo 5", "indique el número de sindicatos registrados"]),
        ("La commission prie le gouvernement de: a) modifier l’article 5; b) abroger le décret no 3.",
         ["modifier l’article 5", "abroger le décret no 3"]),
    ],
)  # fmt: skip
def test_acts_enumerated_after_a_colon_are_asks_of_their_own(text: str, expected: list[str]) -> None:
    assert report_asks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La commission prie le gouvernement de fournir des informations sur: i) le nombre de syndicats "
        "enregistrés; ii) les grèves déclarées illégales.",
        "La Comisión pide al Gobierno que proporcione información sobre: i) el número de sindicatos "
        "registrados, y ii) las huelgas declaradas ilegales.",
        "La commission prie le gouvernement d’indiquer: a) les motifs du refus; b) les recours exercés.",
    ],
)
def test_topics_enumerated_after_a_request_for_information_are_one_ask(text: str) -> None:
    assert len(report_asks(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le gouvernement est prié de fournir copie de la décision.", ["fournir copie de la décision"]),
        ("Le gouvernement est donc prié de modifier la loi et de communiquer le texte.",
         ["modifier la loi", "communiquer le texte"]),
        ("Les autorités sont instamment priées de libérer les dirigeants.", ["libérer les dirigeants"]),
        ("Le gouvernement est invité à engager un dialogue avec les syndicats.",
         ["engager un dialogue avec les syndicats"]),
        ("Se pide al Gobierno que indique las medidas adoptadas.", ["indique las medidas adoptadas"]),
        ("Se solicita al Gobierno que envíe copia de la sentencia.", ["envíe copia de la sentencia"]),
    ],
)  # fmt: skip
def test_a_records_passive_or_impersonal_ask_is_its_own(text: str, expected: list[str]) -> None:
    assert report_asks(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("La Comisión confía en que el Gobierno tomará las medidas necesarias para modificar la ley y le "
         "pide que informe al respecto.", "tomará las medidas necesarias para modificar la ley"),
        ("La commission exprime l’espoir que le gouvernement prendra les mesures nécessaires et le prie de "
         "fournir des informations.", "prendra les mesures nécessaires"),
        ("La commission veut croire que le gouvernement modifiera la loi et lui demande d’en "
         "communiquer le texte.", "modifiera la loi"),
    ],
)  # fmt: skip
def test_the_pronoun_of_the_next_ask_is_no_part_of_the_first(text: str, first: str) -> None:
    assert report_asks(text)[0] == first


@pytest.mark.parametrize(
    "text",
    [
        "La commission prie encore une fois le gouvernement de modifier la loi.",
        "La commission prie par ailleurs le gouvernement de modifier la loi.",
        "La commission prie, par conséquent, le gouvernement de modifier la loi.",
        "La commission prie instamment et à nouveau le gouvernement de modifier la loi.",
        "La Comisión pide, por consiguiente, al Gobierno que modifique la ley.",
        "La Comisión pide en particular al Gobierno que modifique la ley.",
        "El Comité pide finalmente al Gobierno que modifique la ley.",
    ],
)
def test_a_linking_adverb_between_the_verb_and_the_addressee(text: str) -> None:
    """'prie par ailleurs le gouvernement', 'pide, por consiguiente, al Gobierno': the adverb, set off by
    commas or not, parts the verb from whom it asks without ending the ask."""
    assert report_asks(text) in (["modifier la loi"], ["modifique la ley"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le comité s’attend à ce que l’enquête soit menée à terme sans délai.",
         "l’enquête soit menée à terme sans délai"),
        ("Le comité s’attend à ce que les dirigeants détenus soient libérés.",
         "les dirigeants détenus soient libérés"),
        ("La commission veut croire que les dockers puissent bientôt constituer des syndicats.",
         "les dockers puissent bientôt constituer des syndicats"),
        ("La Comisión confía en que los trabajadores del sector puedan constituir sindicatos en breve.",
         "los trabajadores del sector puedan constituir sindicatos en breve"),
    ],
)  # fmt: skip
def test_an_expectation_told_in_the_subjunctive_is_an_ask(text: str, expected: str) -> None:
    """'s'attend à ce que' governs the subjunctive: what it expects done ('soit menée') is asked, as 'will
    be concluded' is in English."""
    assert report_asks(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Le comité demande au gouvernement qu’il veuille bien fournir copie du jugement.",
        "Le comité demande aux autorités qu’elles veuillent bien fournir copie du jugement.",
        "El Comité solicita al Gobierno que se sirva enviar copia de la sentencia.",
        "El Comité pide al Gobierno que se sirva enviar copia de la sentencia.",
    ],
)
def test_a_formula_of_courtesy_is_no_part_of_the_ask(text: str) -> None:
    """'qu'il veuille bien', 'que se sirva': like 'bien vouloir' and 'tenga a bien', courtesy only."""
    assert report_asks(text) in (["fournir copie du jugement"], ["enviar copia de la sentencia"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le comité note que la loi a été modifiée et l’invite à en communiquer le texte.",
         ["en communiquer le texte"]),
        ("La commission l’encourage vivement à poursuivre le dialogue.", ["poursuivre le dialogue"]),
        ("Le comité l’exhorte à libérer les dockers.", ["libérer les dockers"]),
        ("La commission l’engage à nouveau à modifier la loi.", ["modifier la loi"]),
        ("La commission rappelle que, comme l’exige la convention, les dockers peuvent s’affilier.", []),
        ("La commission prend note de l’invite à négocier adressée aux parties.", []),
    ],
)  # fmt: skip
def test_an_elided_pronoun_may_stand_for_the_one_asked(text: str, expected: list[str]) -> None:
    """'l'invite à', 'l'encourage à': the government asked by its pronoun; 'comme l'exige la convention'
    and the noun 'l'invite' ask nothing."""
    assert report_asks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El Comité espera firmemente que en un futuro próximo el Gobierno tomará las medidas necesarias.",
         "tomará las medidas necesarias"),
        ("La Comisión confía en que en breve el Gobierno modificará la ley.", "modificará la ley"),
        ("La commission espère que dans un proche avenir le gouvernement modifiera la loi.",
         "modifiera la loi"),
        ("Le comité veut croire que dans les plus brefs délais les autorités libéreront les dockers.",
         "libéreront les dockers"),
    ],
)  # fmt: skip
def test_a_hope_with_a_time_before_the_government_is_an_ask(text: str, expected: str) -> None:
    """'espère que dans un proche avenir le gouvernement ...': the time said first, without commas."""
    [ask] = report_asks(text)
    assert ask.endswith(expected)


def test_a_hope_about_no_government_act_is_no_ask() -> None:
    assert report_asks("La Comisión espera que en el país se respete el derecho de huelga.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los trabajadores bloquearon la avenida para demandar la reinstalación de sus dos compañeros.",
            "la reinstalación de sus dos compañeros",
        ),
        (
            "Los docentes salieron a las calles a reclamar el pago de los salarios adeudados.",
            "el pago de los salarios adeudados",
        ),
        (
            "Trois centrales annoncent une grève pour réclamer la libération de leurs délégués.",
            "la libération de leurs délégués",
        ),
        (
            "Les dockers ont marché jusqu'au port pour exiger le respect de la convention collective.",
            "le respect de la convention collective",
        ),
    ],
)
def test_a_protest_held_to_demand_a_remedy_asks_it(text: str, expected: str) -> None:
    assert [t for t, _ in asked(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "La empresa decidió demandar a los trabajadores por daños.",
        "Il garde le droit de réclamer des dommages devant le tribunal.",
        "Nadie puede reclamar a su empleador sin un abogado.",
    ],
)
def test_suing_or_a_right_to_claim_is_no_ask(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El sindicato exige la reinstalación de Ana Rivas y Luis Ferro, quienes eran delegados y que "
            "aseguran, fueron despedidos por represalia.",
            1,
        ),
        ("La federación exige el reintegro de los cinco despedidos y que afirman haber sido amenazados.", 1),
        (
            "El gremio exige la reincorporación de los delegados de planta y que denuncian, fueron "
            "perseguidos por la gerencia.",
            1,
        ),
        ("El sindicato exige la liberación de los detenidos y que se asegure su integridad física.", 2),
    ],
)
def test_a_clause_telling_what_the_named_say_is_no_second_ask(text: str, expected: int) -> None:
    assert len(asked(text)) == expected
