"""What a page asks of its readers or of the public is no request of an authority: "PLEASE WRITE IMMEDIATELY
in ... or your own language:" over an appeal's points, "J'en appelle à la population :" over what the
public is called to do (a demand among those points is still one)."""

from __future__ import annotations

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

SETTING = Setting(PartialDate(2010, 11, 1), ("Union",), ("Government",), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, SETTING)]


def test_writing_in_ones_language_is_asked_of_the_reader() -> None:
    text = (
        "The two leaders were arrested on 3 May.\n\n"
        "PLEASE WRITE IMMEDIATELY in Valdorian, English, French or your own language:\n\n"
        "•Urging the Valdorian authorities to release the two leaders immediately;\n"
    )
    assert asked(text) == ["release the two leaders immediately"]


def test_a_call_to_the_public_lists_what_it_does() -> None:
    text = (
        "Une nouvelle fois, l'Etat répond par la répression.\n\n"
        "J'en appelle à la population de toute la région :\n"
        "- Refusons cette criminalisation de l'action syndicale.\n"
        "- Dénonçons cette répression des militants.\n"
        "- Demandons la libération immédiate de Paul Marin et Luc Armand.\n"
    )
    assert asked(text) == ["la libération immédiate de Paul Marin et Luc Armand"]
