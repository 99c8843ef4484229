"""Who says each sentence, and which documents a thread looks at."""

from __future__ import annotations

from casewatch.analyse.followup import followup
from casewatch.analyse.followup.units import units
from casewatch.model import Genre, SpeakerGroup

GOVINFO = """Individual Case (CAS) - Discussion: 2023, Publication: 111th ILC session (2023)

Written information provided by the Government

The Teachers' Association was registered on 4 May 2022.
"""


def test_a_lone_written_information_section_is_the_governments(doc):
    found = units(doc(1, Genre.ILO_CAS, "2023", "LSO", GOVINFO))
    said = {u.text: u.group for u in found}
    assert said["The Teachers' Association was registered on 4 May 2022."] == "government"


def test_a_speaker_label_is_not_quoted(doc):
    text = "Worker members – The strike leaders remain in prison.\n"
    found = units(
        doc(1, Genre.ILO_CAS, "2023", "LSO", text, turns=[("Worker members –", SpeakerGroup.WORKERS, None)])
    )
    assert [(u.text, u.group) for u in found] == [("The strike leaders remain in prison.", "workers")]


def test_a_thread_reads_only_its_own_countrys_documents(doc):
    ask = doc(
        1,
        Genre.UNION_LETTER,
        "2020",
        "LSO",
        "We urge the release of the detained strike leaders.",
        asks=["release of the detained strike leaders"],
    )
    elsewhere = doc(2, Genre.GOVERNMENT_REPLY, "2021", "NAM", "The detained strike leaders were released.")
    assert followup([ask, elsewhere]).threads[0].statuses == ()
