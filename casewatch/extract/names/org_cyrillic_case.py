"""A Russian body named in the genitive after a noun ('председатель Свободного профсоюза литейщиков'): its
name in the nominative, the form a case file lists it by; its genitive complements stay as written."""

from __future__ import annotations

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
# adjective endings in the genitive and their nominative for each gender ('-ского' -> '-ский' of a union)
_ADJECTIVES = {
    "m": (("ского", "ский"), ("цкого", "цкий"), ("кого", "кий"), ("гого", "гий"), ("хого", "хий"),
          ("его", "ий"), ("ого", "ый")),
    "n": (("его", "ее"), ("ого", "ое")),
    "f": (("ей", "яя"), ("ой", "ая")),
}  # fmt: skip


def _nominative_adjective(word: str, gender: str) -> str | None:
    for ending, nominative in _ADJECTIVES[gender]:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return None


def nominative_body(found: Found) -> Found:
    """The found name with its nominative as the preferred name, when it opens with adjectives and a head
    noun in the genitive ('Свободного профсоюза литейщиков' -> 'Свободный профсоюз литейщиков')."""
    words = found.text.split()
    head = next((i for i, w in enumerate(words) if w.casefold() in _HEADS), None)
    if found.canonical or head is None or head > 3 or not words[0][:1].isupper():
        return found
    nominative, gender = _HEADS[words[head].casefold()]
    adjectives = [_nominative_adjective(w, gender) for w in words[:head]]
    if any(a is None for a in adjectives):
        return found
    first = nominative if head else nominative.capitalize()
    name = " ".join([*(a for a in adjectives if a), first, *words[head + 1 :]])
    return replace(found, canonical=name)
