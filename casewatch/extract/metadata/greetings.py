"""Whom a Slavic letter greets: "Шановний пане Коваль!", "Уважаемый господин Петров!", "Шаноўны спадар
Каваль!" name the addressee by surname or office after the courtesy word for Sir or Madam."""

from __future__ import annotations

import re

GREETED_SLAVIC = re.compile(
    r"^(?:Шановн\w+[ \t]+(?:пане|пані)|Уважаем\w+[ \t]+(?:господин\w*|госпожа|г-н|г-жа)"
    r"|Паважан\w+[ \t]+(?:спадар\w*)|Шаноўн\w+[ \t]+(?:спадар\w*))"
    r"[ \t]+(?P<who>[А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’\-]+(?:[ \t]+[А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’\-]+)?)[ \t]*[!,.]?[ \t]*$"
)
# an office greeted in the vocative, named in the nominative: "пане Президенте" is the President
_VOCATIVE_OFFICES = {
    "Президенте": "Президент",
    "Прем'єр-міністре": "Прем'єр-міністр",
    "Прем’єр-міністре": "Прем’єр-міністр",
    "Міністре": "Міністр",
    "Голово": "Голова",
}


def slavic_greeted(line: str) -> str | None:
    """The surname or office a Ukrainian, Russian or Belarusian greeting names, in the nominative."""
    m = GREETED_SLAVIC.match(line)
    if not m:
        return None
    who = m.group("who")
    return _VOCATIVE_OFFICES.get(who, who)
