"""Who acts on others: the police, security forces and assailants named by a plural noun (the
vocabulary's collectives, with those news pages name), and police, military or intelligence bodies
named by their name ("the National Police Force", "la Dirección de Inteligencia Costera"). In
an act on persons such a body acts, never undergoes; named as where someone is held ("recluidos en
la sede de la Policía ...", "held at the headquarters of the ... Police") it is the place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from casewatch import vocab
from casewatch.extract.events.participants import key
from casewatch.extract.events.triggers import PERSON_ACTS, Trigger
from casewatch.model import Mention

PLACE_REACH = 60  # chars before a body's name where "at the headquarters of" makes it the place
_HELD_AT = re.compile(
    r"\b(?:at|in|inside|to|en|a|dans|au|aux)\s+(?:the\s+|la\s+|el\s+|le\s+|les\s+|los\s+|las\s+)?"
    r"(?:headquarters|premises|offices?|station|cells?|barracks|prison|sede|oficinas|instalaciones"
    r"|calabozos?|cuartel|comando|locaux|si[eè]ge|cellules?|caserne)\s+(?:of|de|del|du|des)\s+"
    r"(?:the\s+|la\s+|el\s+|le\s+|les\s+|l['’]\s*)?$",
    re.I,
)


def group_heads() -> tuple[str, ...]:
    """Plural nouns naming a group: the general ones, those of news pages, and the authorities."""
    data = vocab.load("events")
    news = data.get("collectives_news", {})
    heads = (*data["collectives"]["heads"], *news.get("heads", []), *data["collectives"]["authorities"])
    return (*heads, *news.get("authorities", []), *news.get("perpetrators", []))


def _of_kind(kind: str) -> frozenset[str]:
    data = vocab.load("events")
    words = (*data["collectives"][kind], *data.get("collectives_news", {}).get(kind, []))
    return frozenset(w.lower() for w in words)


@cache
def authorities() -> frozenset[str]:
    return _of_kind("authorities")


@cache
def perpetrators() -> frozenset[str]:
    return _of_kind("perpetrators")


@cache
def _forces() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = vocab.load("events")
    return re.compile(data["forces_news"], re.I), re.compile(data["forces_not_news"], re.I)


def is_force(mention: Mention) -> bool:
    """An organisation whose name makes it a police, military or intelligence body (not a union of
    police officers, nor a police academy or commission)."""
    force, not_force = _forces()
    return (
        mention.label == "organization"
        and bool(force.search(mention.text))
        and not not_force.search(mention.text)
    )


def force_roles(
    text: str,
    trigger: Trigger,
    taking_part: Sequence[Mention],
    actors: tuple[str, ...],
    targets: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """In an act on persons a named police or security body acts, or is the place someone is held."""
    if trigger.type not in PERSON_ACTS:
        return actors, targets
    forces = [m for m in taking_part if is_force(m)]
    if not forces:
        return actors, targets
    held = {key(m) for m in forces if _HELD_AT.search(text, max(0, m.start - PLACE_REACH), m.start)}
    acting = {key(m) for m in forces} - held
    kept_actors = tuple(
        k for k in dict.fromkeys((*actors, *(k for k in targets if k in acting))) if k not in held
    )
    return kept_actors, tuple(k for k in targets if k not in acting and k not in held)


def acts_only(mention: Mention, authority: bool) -> bool:
    """Whether the participant only acts on others: an authority (`authority`, see
    roles.is_authority) or assailants ("beaten by a group of men in plain clothes, he was taken"):
    whom the act befalls is then named elsewhere."""
    return authority or (mention.label == "group" and mention.text.lower() in perpetrators())
