"""A Russian body named in the genitive after a noun ('председатель Свободного профсоюза литейщиков'), in
the dative or the prepositional after a preposition ('иск к Областному профсоюзу «Рассвет»', 'в Озёрском
совете профсоюзов'): its name in the nominative, the form a case file lists it by; its genitive complements
stay as written."""

from __future__ import annotations

import re
from dataclasses import replace

from casewatch.extract.names.common import Found

# the head nouns in the genitive, each with its nominative and gender (m, n, f)
_HEADS = {
    "профсоюза": ("профсоюз", "m"), "союза": ("союз", "m"), "конгресса": ("конгресс", "m"),
    "комитета": ("комитет", "m"), "совета": ("совет", "m"), "центра": ("центр", "m"), "суда": ("суд", "m"),
    "объединения": ("объединение", "n"), "профобъединения": ("профобъединение", "n"),
    "министерства": ("министерство", "n"), "федерации": ("федерация", "f"),
    "конфедерации": ("конфедерация", "f"),
    "ассоциации": ("ассоциация", "f"), "организации": ("организация", "f"), "партии": ("партия", "f"),
    "службы": ("служба", "f"), "палаты": ("палата", "f"), "инспекции": ("инспекция", "f"),
    "прокуратуры": ("прокуратура", "f"),
}  # fmt: skip
# the head nouns in the dative whose form differs from the genitive's (a feminine head's does not)
_DATIVE_HEADS = {
    "профсоюзу": ("профсоюз", "m"), "союзу": ("союз", "m"), "конгрессу": ("конгресс", "m"),
    "комитету": ("комитет", "m"), "совету": ("совет", "m"), "центру": ("центр", "m"), "суду": ("суд", "m"),
    "объединению": ("объединение", "n"), "профобъединению": ("профобъединение", "n"),
    "министерству": ("министерство", "n"),
}  # fmt: skip
_DATIVE_ADJECTIVES = {
    "m": (("скому", "ский"), ("цкому", "цкий"), ("кому", "кий"), ("ему", "ий"), ("ому", "ый")),
    "n": (("ему", "ее"), ("ому", "ое")),
}  # fmt: skip
# the head nouns in the prepositional ('в Озёрском совете профсоюзов'); a feminine head's is its genitive
_PREPOSITIONAL_HEADS = {
    "профсоюзе": ("профсоюз", "m"), "союзе": ("союз", "m"), "конгрессе": ("конгресс", "m"),
    "комитете": ("комитет", "m"), "совете": ("совет", "m"), "центре": ("центр", "m"), "суде": ("суд", "m"),
    "объединении": ("объединение", "n"), "профобъединении": ("профобъединение", "n"),
    "министерстве": ("министерство", "n"),
}  # fmt: skip
_PREPOSITIONAL_ADJECTIVES = {
    "m": (("ском", "ский"), ("цком", "цкий"), ("ком", "кий"), ("ем", "ий"), ("ом", "ый")),
    "n": (("ем", "ее"), ("ом", "ое")),
}  # fmt: skip
# "указанного профсоюза", "данной организации": a body named before, pointed back at, not a name
_POINTING = re.compile(
    r"(?:вышеуказанн|указанн|упомянут|названн|данн)[а-яё]{1,3}|эт(?:от|ого|ому|им|ом|а|ой|у)|тот|того"
)
# adjective endings in the genitive and their nominative for each gender ('-ского' -> '-ский' of a union)
_ADJECTIVES = {
    "m": (("ского", "ский"), ("цкого", "цкий"), ("кого", "кий"), ("гого", "гий"), ("хого", "хий"),
          ("его", "ий"), ("ого", "ый")),
    "n": (("его", "ее"), ("ого", "ое")),
    "f": (("ей", "яя"), ("ой", "ая")),
}  # fmt: skip


def points_back(found: Found) -> bool:
    return bool(_POINTING.fullmatch(found.text.split()[0].casefold()))


_Endings = dict[str, tuple[tuple[str, str], ...]]


def _nominative_adjective(word: str, gender: str, endings: _Endings) -> str | None:
    for ending, nominative in endings[gender]:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return None


def nominative_body(found: Found) -> Found:
    """The found name with its nominative as the preferred name, when it opens with adjectives and a head
    noun in the genitive ('Свободного профсоюза литейщиков' -> 'Свободный профсоюз литейщиков')."""
    words = found.text.split()
    cases = (
        (_HEADS, _ADJECTIVES),
        (_DATIVE_HEADS, _DATIVE_ADJECTIVES),
        (_PREPOSITIONAL_HEADS, _PREPOSITIONAL_ADJECTIVES),
    )
    heads, endings = next((c for c in cases if any(w.casefold() in c[0] for w in words[:4])), cases[0])
    head = next((i for i, w in enumerate(words) if w.casefold() in heads), None)
    if found.canonical or head is None or head > 3 or not words[0][:1].isupper():
        return found
    nominative, gender = heads[words[head].casefold()]
    adjectives = [_nominative_adjective(w, gender, endings) for w in words[:head]]
    if any(a is None for a in adjectives):
        return found
    first = nominative if head else nominative.capitalize()
    name = " ".join([*(a for a in adjectives if a), first, *words[head + 1 :]])
    return replace(found, canonical=name)
