"""A body named before a verb: its subject, or the end of a list or phrase (invented sentences)."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata.subjects import listed
from casewatch.extract.pipeline import extract
from casewatch.model import Text


@pytest.mark.parametrize(
    ("head", "name", "is_listed"),
    [
        ("SNES, SUD, CGT demand the release of the teachers", "CGT", True),
        ("the unions of Avra Province and the ETUC support the strike", "Avra Province", True),
        ("toutes les organisations syndicales du Val d'Arden soutiennent", "Val d'Arden", True),
        ("The ATWF condemns the arrests", "ATWF", False),
        # the body's own organ speaks for it
        ("A diretoria do SINDAVRA repudia a prisão", "SINDAVRA", False),
        ("The Executive Board of ATWF condemns the arrests", "ATWF", False),
    ],
)
def test_a_name_after_a_comma_or_a_preposition_is_no_subject(head: str, name: str, is_listed: bool) -> None:
    assert listed(head, head.index(name)) is is_listed


# the federation first, then a list whose last name is the object of "du": the federation sends the release
JOINT_SUPPORT = (
    "Halte à la répression syndicale !\n"
    "La FSAR, toutes les organisations syndicales du Val d'Arden et la Confédération Européenne des "
    "Syndicats apportent leur soutien à nos camarades.\n"
    "La FSAR appelle à se rassembler massivement le 8 décembre devant la gendarmerie.\n"
    "Avra, le 5 décembre 2031"
)


def test_the_sender_is_no_name_cut_from_a_place_phrase() -> None:
    senders = [p.name for p in extract(Text(JOINT_SUPPORT, "text/plain")).meta.senders]
    assert all("Val d'Arden" not in s for s in senders)
