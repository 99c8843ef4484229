"""French, Spanish and Russian triggers, and English wordings of less usual shape."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Mention, PartialDate

LETTER_DATE = PartialDate(2021, 9, 1)


def kinds(text: str) -> list[str]:
    return [e.type.value for e in find_events(text, LETTER_DATE)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois dirigeants syndicaux ont été arrêtés le 3 mai 2021.", ["arrest"]),
        ("Le secrétaire général a été licencié le 4 juin 2021.", ["harassment"]),
        ("Les dockers sont en grève depuis le 2 juin 2021.", ["protest"]),
        ("El dirigente fue detenido el 5 de mayo de 2021.", ["arrest"]),
        ("El presidente del sindicato fue asesinado el 2 de abril de 2021.", ["killing"]),
        ("Los dirigentes fueron liberados el 9 de junio de 2021.", ["release"]),
        ("Председатель профсоюза был задержан 5 мая 2021 года.", ["arrest"]),
        ("Активист уволен в июне 2021 года.", ["harassment"]),
        ("Рабочие завода начали забастовку в мае 2021 года.", ["protest"]),
        ("Члены профсоюза провели пикет у проходной 5 мая 2021 года.", ["protest"]),
        ("Водители объявили голодовку 2 июня 2021 года.", ["protest"]),
        ("Митинг учителей прошёл на площади 3 июля 2021 года.", ["protest"]),
        ("The two organisers were freed on a judge's order on 9 June 2021.", ["release"]),
        ("The five leaders face charges under article 174 of the Criminal Code.", ["legal_action"]),
        ("The new Labour Code entered into force in 2014.", ["law_change"]),
        ("On 2 July 2021, the High Court dismissed her appeal.", ["appeal"]),
        ("Seven complaints were investigated in 2020.", ["investigation"]),
        ("La policía detuvo a cuatro afiliados del sindicato el 3 de mayo de 2021.", ["arrest"]),
        ("Los agentes arrestaron a dos delegados el 9 de mayo de 2021.", ["arrest"]),
        # custody, handcuffs and the police station; release without the verb "release"
        ("Le 3 mai 2021, deux délégués ont été mis en garde à vue.", ["arrest"]),
        ("On 3 May 2021 the two organisers were handcuffed and taken to the police station.", ["arrest"]),
        ("Los delegados fueron trasladados a la comisaría el 3 de mayo de 2021.", ["arrest"]),
        ("Le délégué est ressorti libre le 5 mai 2021.", ["release"]),
        ("On 17 May 2021 the union's treasurer was picked up from his home by police.", ["arrest"]),
        # a prosecution, a court appearance
        ("Trois postiers ont été poursuivis pour entrave à la circulation en mai 2021.", ["legal_action"]),
        ("On 4 May 2021 seven dockers appeared before the magistrate's court.", ["legal_action"]),
        ("Le 4 mai 2021, sept postiers passent devant le tribunal.", ["legal_action"]),
        ("В мае 2021 года начальники угрожали членам профсоюза увольнением.", ["harassment"]),
    ],
)
def test_triggers_in_other_languages_and_wordings(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Constitution garantit le droit de grève.",
        "La CSI a condamné l'arrêté ministériel du 3 mai 2021.",
        "El derecho de huelga está reconocido en la Constitución.",
        # "the detainees" is no arrest; a strike threatened on a condition is none either
        "Uno de los detenidos no estaba en el lugar de los hechos.",
        "Los trabajadores dijeron que si no los liberan, se declaran en huelga de hambre.",
        # a strike planned is no strike yet
        "On 3 May 2021 the workers notified the management of a planned strike.",
        "Работники уведомили руководство о планирующейся забастовке.",
    ],
)
def test_words_that_are_no_act(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mme Nadia Benali a été arrêtée le 3 mai 2021.", "Nadia Benali"),
        ("El señor Pablo Rivas fue detenido el 5 de mayo de 2021.", "Pablo Rivas"),
        ("Иван Петров был задержан 5 мая 2021 года.", "Иван Петров"),
    ],
)
def test_the_subject_of_a_passive_is_its_target(text: str, person: str) -> None:
    start = text.index(person)
    [event] = find_events(text, LETTER_DATE, [Mention("person", person, start, start + len(person), "p1")])
    assert (event.actors, event.targets) == ((), ("p1",))


def test_a_police_force_named_as_the_agent_acts_and_the_delegates_undergo() -> None:
    text = "Tres delegados del sindicato fueron detenidos por la Guardia Civil en 2021."
    [event] = find_events(text, LETTER_DATE)
    assert (event.actors, event.targets) == (("guardia civil",), ("delegados",))


def test_one_named_after_the_personal_a_is_no_subject() -> None:
    text = "A los trabajadores Pablo Rivas y Ana Gil también los detuvieron en mayo de 2021."
    start = text.index("Pablo Rivas")
    [event] = find_events(text, LETTER_DATE, [Mention("person", "Pablo Rivas", start, start + 11, "p1")])
    assert "p1" in event.targets and "p1" not in event.actors


def test_a_participle_coordinated_with_a_passive_is_passive_too() -> None:
    text = "Alors que Marc Joly parlait, il a été jeté au sol et menotté le 3 mai 2021."
    start = text.index("Marc Joly")
    [event] = find_events(text, LETTER_DATE, [Mention("person", "Marc Joly", start, start + 9, "p1")])
    assert (event.type.value, event.actors, event.targets) == ("arrest", (), ("p1",))


def test_who_walks_free_undergoes_the_release() -> None:
    text = "Le délégué de la Fédération des dockers est ressorti libre le 5 mai 2021."
    start = text.index("Fédération des dockers")
    org = Mention("organization", "Fédération des dockers", start, start + 22, "o1")
    [event] = find_events(text, LETTER_DATE, [org])
    assert (event.actors, event.targets) == ((), ("o1",))


def test_the_militia_by_whom_leaders_were_detained_acts() -> None:
    [event] = find_events("21 мая 2021 года милицией были задержаны активисты профсоюза.", LETTER_DATE)
    assert event.actors == ("милицией",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Rosa Ilves received death threats in May 2021.",
        "Ms Rosa Ilves faces criminal charges since May 2021.",
    ],
)
def test_who_receives_or_faces_an_act_undergoes_it(sentence: str) -> None:
    start = sentence.index("Rosa Ilves")
    [event] = find_events(sentence, LETTER_DATE, [Mention("person", "Rosa Ilves", start, start + 10, "p1")])
    assert (event.actors, event.targets) == ((), ("p1",))


def test_a_russian_group_takes_adjectives_not_the_verb_before_it() -> None:
    text = "22 марта 2015 года полицейские задержали почти двадцать профсоюзных активистов."
    (event,) = find_events(text, None)
    assert event.targets == ("профсоюзных активистов",)


def test_a_russian_criminal_case_opened_against_a_named_official() -> None:
    text = (
        "Уголовное дело в отношении бывшего председателя областного совета профсоюзов было возбуждено "
        "9 октября 2009 года."
    )
    assert [(e.type.value, e.date.iso if e.date else None) for e in find_events(text, None)] == [
        ("legal_action", "2009-10-09")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El 5 de abril de 2021 la secretaria recibió un mensaje en el que se la amenazaba de muerte.",
         [("harassment", "2021-04-05")]),
        ("Le 5 avril 2021, le secrétaire général a été menacé de mort par des inconnus.",
         [("harassment", "2021-04-05")]),
        ("Le 20 mai 2021, le juge a ordonné son placement sous mandat de dépôt.", [("arrest", "2021-05-20")]),
        ("El 20 de mayo de 2021 el juez dictó prisión preventiva contra el dirigente.",
         [("arrest", "2021-05-20")]),
    ],
)  # fmt: skip
def test_threats_and_committals_in_spanish_and_french(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type.value, e.date.iso if e.date else None) for e in find_events(text, None)] == expected


def test_who_is_threatened_in_the_spanish_impersonal_undergoes_it() -> None:
    text = "El 5 de abril de 2021 la Sra. Lucía Ferro recibió un mensaje en el que se la amenazaba de muerte."
    mentions = [Mention("person", "Lucía Ferro", text.index("Lucía"), text.index("Lucía") + 11, "p1")]
    (event,) = find_events(text, None, mentions)
    assert (event.actors, event.targets) == ((), ("p1",))


def test_a_date_after_the_next_act_dates_that_act() -> None:
    text = "Il a été placé en garde à vue pendant 72 heures, puis inculpé de rébellion le 15 mai 2021."
    found = {e.type.value: e.date.iso if e.date else None for e in find_events(text, None)}
    assert found == {"arrest": None, "legal_action": "2021-05-15"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La cour d'appel a confirmé la condamnation le 3 juillet 2019.", [("appeal", "2019-07-03")]),
        ("El 3 de julio de 2019 el tribunal de apelaciones confirmó la condena.", [("appeal", "2019-07-03")]),
        ("La commission note l'adoption, en décembre 2018, de la nouvelle loi sur les syndicats.",
         [("law_change", "2018-12")]),
    ],
)  # fmt: skip
def test_appeals_and_adoptions_in_french_and_spanish(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.type.value, e.date.iso if e.date else None) for e in find_events(text, None)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "La commission prie instamment le gouvernement de procéder à l'adoption de la nouvelle loi.",
        "El Comité pide al Gobierno que garantice la liberación de los dirigentes.",
    ],
)
def test_what_a_committee_asks_in_french_or_spanish_is_no_act(text: str) -> None:
    assert find_events(text, None) == []


@pytest.mark.parametrize(
    "text",
    [
        "El dirigente fue detenido el 3 de mayo de 2019 y puesto en libertad el 10 de mayo de 2019.",
        "Le dirigeant a été arrêté le 3 mai 2019 et libéré le 10 mai 2019.",
        "The leader was arrested on 3 May 2019 and released on 10 May 2019.",
    ],
)
def test_two_coordinated_acts_each_keep_their_own_date(text: str) -> None:
    found = {e.type.value: e.date.iso if e.date else None for e in find_events(text, None)}
    assert found == {"arrest": "2019-05-03", "release": "2019-05-10"}


@pytest.mark.parametrize(
    "text",
    [
        "El 14 de abril de 2021 la policía detuvo al dirigente. Ese mismo día fue despedida la tesorera.",
        "Le 14 avril 2021, la police a arrêté le délégué. Le même jour, la trésorière a été licenciée.",
        "14 апреля 2021 года полиция задержала председателя. В тот же день был уволен его заместитель.",
    ],
)
def test_the_same_day_in_other_languages_takes_the_day_before(text: str) -> None:
    assert [e.date.iso if e.date else None for e in find_events(text, LETTER_DATE)] == ["2021-04-14"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detienen a dos dirigentes del sindicato portuario", ["arrest"]),
        ("Asesinan a un sindicalista en la zona bananera", ["killing"]),
        ("Golpean a tres delegados durante una marcha", ["assault"]),
        ("Despiden a 40 trabajadores tras fundar un sindicato", ["harassment"]),
        ("Liberan a los dos dirigentes de la federación", ["release"]),
    ],
)
def test_a_spanish_headline_tells_its_act_in_the_present(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "En el país matan a sindicalistas cada año.",
        "Los patronos despiden a quien se afilia.",
        "Dicen que detienen a los huelguistas.",
    ],
)
def test_the_present_inside_a_sentence_is_no_headline(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Deux ans de prison pour trois dockers grévistes",
        "Seis meses de cárcel para dos delegadas sindicales",
        "Five years' jail for three strike organisers",
    ],
)
def test_a_headline_naming_a_prison_term_tells_a_conviction(text: str) -> None:
    assert kinds(text) == ["conviction"]


def test_a_prison_term_told_within_a_sentence_is_no_headline() -> None:
    assert kinds("He spent two years in prison for his union work.") == []
