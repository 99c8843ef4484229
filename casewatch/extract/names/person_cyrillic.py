"""Russian-style person names: a patronymic ('Пётр Сергеевич'), a surname then initials ('Кузнецов А. Б.')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from casewatch.extract.names.common import SP, Found
from casewatch.extract.names.person_base import PERSON

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# the common endings of Russian, Ukrainian, Belarusian, Kazakh and Caucasian surnames
_SURNAME = (
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ов|ев|ёв|ин|ын|ий|ый|ой|ова|ева|ёва|ина|ына|ая|ко|ук|юк|ич|ян|"
    r"дзе|швили|ли|уы|улы|кызы|бек|баев|баева|ых|их)"
)
_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична|ьевна|ьевич)"
_WITH_PATRONYMIC = re.compile(
    rf"(?<![\w-])(?:({_SURNAME}){SP}+)?({_WORD}){SP}+({_PATRONYMIC})(?:{SP}+({_SURNAME}))?(?![\w-])"
)
_ANY_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]")
_INITIALS = r"[А-ЯЁ]\.[ \t\u00a0]?(?:[А-ЯЁ]\.)?"
_SURNAME_INITIALS = re.compile(rf"(?<![\w-])({_SURNAME}){SP}+({_INITIALS})(?![\w])")


def cyrillic_persons(text: str) -> Iterator[Found]:
    """'Иванов Пётр Сергеевич', 'Пётр Сергеевич Иванов', 'Пётр Сергеевич', 'Кузнецов А. Б.'."""
    if not _ANY_CYRILLIC.search(text):  # most documents: no pattern to try at every word
        return
    for m in _WITH_PATRONYMIC.finditer(text):
        start = m.start(1) if m.group(1) and not m.group(4) else m.start(2)
        end = m.end(4) if m.group(4) else m.end(3)
        yield Found(PERSON, start, end, text[start:end])
    for m in _SURNAME_INITIALS.finditer(text):
        yield Found(PERSON, m.start(), m.end(), m.group(0).rstrip())
