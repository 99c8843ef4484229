"""Acts pointed back to, agency datelines whose dash touches the story, and complaints citing acts:
classes of wording met on fresh news pages and committee records."""

from __future__ import annotations

from casewatch.model import PartialDate

from .conftest import found_in, kinds_and_dates

PAGE_DATE = PartialDate(2031, 5, 20)
NAMES = {"Jon Doe": "person", "Ana Roe": "person", "Harbour Workers Union": "organization"}


def test_a_condemned_act_told_before_is_no_new_act() -> None:
    text = (
        "On 3 May 2031 the police detained Jon Doe, leader of the Harbour Workers Union.\n\n"
        "The federation strongly condemns the police's detention of the union leader."
    )
    assert kinds_and_dates(found_in(text, PAGE_DATE, NAMES)) == [("arrest", "2031-05-03")]


def test_violence_condemned_after_the_attack_is_told_is_no_new_act() -> None:
    text = (
        "The federation condemns the attack of the port police on striking dockers.\n\n"
        "We strongly condemn the use of force and violence on unarmed workers."
    )
    assert kinds_and_dates(found_in(text, PAGE_DATE)) == [("assault", None)]


def test_a_condemned_act_on_a_person_not_named_before_is_a_new_act() -> None:
    text = (
        "On 3 May 2031 the police detained Jon Doe, leader of the Harbour Workers Union.\n\n"
        "The federation condemns the arrest of Ana Roe."
    )
    assert kinds_and_dates(found_in(text, PAGE_DATE, NAMES)) == [("arrest", "2031-05-03"), ("arrest", None)]


def test_a_first_condemned_act_is_told() -> None:
    text = "The federation strongly condemns the attack of the port police on striking dockers."
    assert kinds_and_dates(found_in(text, PAGE_DATE)) == [("assault", None)]


def test_the_city_of_an_agency_dateline_takes_no_part() -> None:
    text = "PORTVILLE (Agency) -Police arrested Jon Doe, a leader of the Harbour Workers Union, on Tuesday."
    names = {**NAMES, "PORTVILLE": "place"}
    (event,) = found_in(text, PAGE_DATE, names)
    assert "PORTVILLE" not in (*event.actors, *event.targets)


def test_a_complaint_citing_an_arrest_alleges_it() -> None:
    text = (
        "Specifically, it cites the refusal to negotiate with the unions, the arbitrary arrest of "
        "Mr. Jon Doe and other union leaders, and the withholding of wages."
    )
    events = found_in(text, None, NAMES)
    assert ("arrest", None) in kinds_and_dates(events)


def test_a_strike_taken_part_in_is_told_with_whoever_took_part() -> None:
    text = "Forty drivers were dismissed for their participation in an illegal strike."
    assert ("protest", None) in kinds_and_dates(found_in(text, PAGE_DATE))


def test_unionists_brought_before_the_prosecutor_face_legal_action() -> None:
    text = "Les deux syndicalistes ont été déférés devant le parquet de Grandville."
    assert kinds_and_dates(found_in(text, PAGE_DATE)) == [("legal_action", None)]


def test_a_striker_detained_in_russian_undergoes_the_arrest() -> None:
    (arrest, *_) = found_in("В Гранске был задержан участник забастовки докеров.", PAGE_DATE)
    assert arrest.type.value == "arrest"
    assert "участник забастовки" in arrest.targets


def test_whom_a_russian_case_is_opened_against_undergoes_it() -> None:
    text = "Против председателя профсоюза Петра Гранина возбудили уголовное дело."
    (event,) = found_in(text, PAGE_DATE, {"Петра Гранина": "person"})
    assert (event.type.value, event.actors, event.targets) == ("legal_action", (), ("Петра Гранина",))


def test_a_russian_summons_for_questioning_is_harassment() -> None:
    text = "4 мая 2031 года Петр Гранин был вызван на допрос в полицию."
    assert kinds_and_dates(found_in(text, PAGE_DATE, {"Петр Гранин": "person"})) == [
        ("harassment", "2031-05-04")
    ]


def test_an_allegations_line_on_leaders_sums_up_the_arrest_of_named_leaders() -> None:
    text = (
        "Allegations: Arrests of trade union leaders and strikers following a dispute\n"
        "- 12. Specifically, it cites the arbitrary arrest of Mr. Jon Doe, General Secretary of the Harbour "
        "Workers Union, Ms. Ana Roe and other trade union leaders."
    )
    arrests = [e for e in found_in(text, None, NAMES) if e.type.value == "arrest"]
    assert len(arrests) == 1
    assert {"Jon Doe", "Ana Roe"} <= set(arrests[0].targets)


def test_a_speaker_naming_the_leader_retells_the_conviction_told_without_him() -> None:
    text = (
        "Government representative – The union was dissolved by a court decision on 3 March 2030, and "
        "its leader was convicted of embezzlement.\n\n"
        "Worker members – We recall that the union was dissolved in March 2030 and that its leader Jon Doe "
        "was sentenced to four years in prison."
    )
    convictions = [e for e in found_in(text, PAGE_DATE, NAMES) if e.type.value == "conviction"]
    assert [e.targets for e in convictions] == [("Jon Doe",)]


def test_a_recalled_act_on_a_named_person_is_no_principle() -> None:
    text = "Worker members – We recall that Jon Doe was sentenced to four years in prison."
    assert kinds_and_dates(found_in(text, PAGE_DATE, NAMES)) == [("conviction", None)]


def test_a_recalled_rule_tells_no_act() -> None:
    text = (
        "The Committee recalls that the arrest of trade unionists for union activities violates their rights."
    )
    assert found_in(text, PAGE_DATE) == []


def test_the_subject_of_a_clause_timing_the_act_takes_no_part() -> None:
    text = "Police detained Jon Doe a day after Minister Ana Roe announced new rules for the port."
    (event,) = found_in(text, PAGE_DATE, NAMES)
    assert (event.type.value, event.targets) == ("arrest", ("Jon Doe",))
