"""Heads and feet that carry no greeting: a memo's labelled fields, a statement signed at its end, and a
Governing Body paper on a freedom of association case in Russian (invented documents)."""

from __future__ import annotations

from casewatch.extract.layout import letter_parts
from casewatch.extract.pipeline import extract
from casewatch.model import Genre, Text

MEMO = (
    "Re: Arnav Pellin, union organiser; Dario Veske, union treasurer\n"
    "To: President Olem Varrick, President of Ostravia\n"
    "From: Helena M. Quist\n"
    "Date: 2031-03-09\n"
    "Both officers of the Ostravian Dockers Union were taken from the port office on 2 March and have not "
    "seen a lawyer since.\n"
    "Our association asks that both men be freed at once and that the charges be dropped.\n"
)


def test_a_memo_head_gives_its_addressee_signer_and_date() -> None:
    meta = extract(Text(MEMO, "text/plain")).meta
    assert [p.name for p in meta.addressees] == ["Olem Varrick"]
    assert [p.name for p in meta.signatories] == ["Helena M. Quist"]
    assert meta.date is not None and meta.date.iso == "2031-03-09"


def test_a_to_line_without_a_from_field_is_no_memo() -> None:
    letter = "To: President Olem Varrick\nRepublic of Ostravia\n\nDear President,\n\nWe write.\n"
    kinds = [p.kind for p in letter_parts(letter)]
    assert "sender" not in kinds and kinds.count("addressee") == 1


STATEMENT = (
    "LA FSTV DÉNONCE L'ARRESTATION DES DOCKERS DU PORT DE VALDOR\n"
    "Le 3 mars 2031, des dockers membres du Syndicat des dockers de Valdor ont été arrêtés par la police.\n"
    "La {body}, centrale syndicale des travailleurs des transports de Valdorie, réunie ce jour en bureau "
    "exécutif :\n"
    "- Regrette l'absence de tout dialogue.\n"
    "La {body} en conséquence exige du gouvernement :\n"
    "- De libérer les dockers détenus ;\n"
    "- De respecter la liberté syndicale.\n"
    "Fait à Valdor, le 5 mars 2031\n"
    "Le Secrétaire Général Confédéral\n"
    "KAFFI Ondo Marcel\n"
)


def test_a_statement_signed_at_its_end_is_dated_and_signed_there() -> None:
    meta = extract(Text(STATEMENT.format(body="FSTV"), "text/plain")).meta
    assert meta.genre is Genre.UNION_LETTER
    assert meta.date is not None and meta.date.iso == "2031-03-05"
    # the office line above the name is no one's name
    assert [p.name for p in meta.signatories] == ["KAFFI Ondo Marcel"]


def test_a_body_known_by_a_hyphenated_acronym_demanding_after_a_link_word_sends_its_statement() -> None:
    meta = extract(Text(STATEMENT.format(body="FSTV-VL"), "text/plain")).meta
    assert [p.name for p in meta.senders] == ["FSTV-VL"]


def test_a_story_s_last_lines_without_an_office_are_no_signature() -> None:
    story = "Police detained four dockers in Valdor on 3 March 2031, the union said.\nMarta Kovic\nValdor\n"
    assert not [p for p in letter_parts(story) if p.kind == "signature"]


RU_CFA = (
    "МЕЖДУНАРОДНОЕ БЮРО ТРУДА\n"
    "Административный Совет\n"
    "330 сессия, Женева, 3–17 июня 2031 года\n"
    "GB.330/INS/7/2\n"
    "Доклады Комитета по свободе объединения\n"
    "382-ой Доклад Комитета по свободе объединения\n"
    "Дело № 3104\n"
    "Предварительный доклад\n"
    "Жалоба против Правительства Монголии, представленная:\n"
    "– Конфедерацией профсоюзов портовиков (КПП)\n"
    "412. Жалоба содержится в сообщении от 14 марта 2030 года.\n"
)


def test_a_russian_governing_body_paper_on_a_case_is_a_cfa_report() -> None:
    meta = extract(Text(RU_CFA, "text/plain")).meta
    assert meta.genre is Genre.ILO_CFA
    assert meta.reference == "Case No. 3104"  # the case, not the paper's symbol
    assert meta.date is not None and meta.date.iso == "2031-06"  # the session's month, not its first day
    assert [p.name for p in meta.senders] == ["Committee on Freedom of Association"]
    assert [p.name for p in meta.addressees] == ["Government of Mongolia"]


def _signed_by(signature: str) -> list[str]:
    letter = (
        "Dear President,\n\nWe protest at the closure of the dockers' union.\n\n"
        f"Yours sincerely,\n\n{signature}\n"
    )
    return [p.name for p in extract(Text(letter, "text/plain")).meta.signatories]


def test_two_signers_side_by_side_are_two_signatories() -> None:
    assert _signed_by("Jane Doe      John Roe\nPresident      General Secretary") == ["Jane Doe", "John Roe"]
    assert _signed_by("Jane Doe John Roe") == ["Jane Doe", "John Roe"]


def test_one_long_name_is_one_signatory() -> None:
    assert _signed_by("Maria Elena Torres Vidal\nGeneral Secretary") == ["Maria Elena Torres Vidal"]
