"""The signature at a page's foot: an officer's name on its own line over the title it signs with, and the
union or NGO that title names."""

from __future__ import annotations

import re

from casewatch.extract.metadata.voice import OFFICER, speaker_genre
from casewatch.model import Genre

# The page's foot signed by an officer: a name on its own line over the title it signs with ("Jane Doe" /
# "General Secretary, Arden Union")
_FOOT_SIGNATURE = re.compile(
    r"^[ \t]*[A-ZÀ-ÝА-ЯЁ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÝА-ЯЁ][\w'’.-]+){1,3}[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?P<title>[^\n]{3,90}?)\s*\Z",
    re.M,
)
# a body's president signs as its officer where the title names the union or NGO: "President, Arden Union"
_PRESIDENT = re.compile(r"(?:Vice[- ])?(?:President|Présidente?|President[ae])\b")


def _signing_title(text: str) -> str | None:
    m = _FOOT_SIGNATURE.search(text[-300:])
    title = m.group("title") if m else ""
    officer = OFFICER.match(title) or (_PRESIDENT.match(title) and speaker_genre(title))
    return title if officer else None


def signed_genre(head: str) -> Genre | None:
    """The genre of a page closing on an officer's signature: the union's or NGO's its title names, else
    the one the page's words name. A story closes on no officer's signature."""
    title = _signing_title(head)
    return (speaker_genre(title) or speaker_genre(head[:3000])) if title else None


# what joins an officer's title to the body's name: "General Secretary of the", "Secretaria general de la"
_TITLE_JOIN = re.compile(
    r"^[ \t,;:–—-]*(?:(?:of|de|del|du|des|for|pour|para)[ \t]+)?(?:the|la|el|le|l['’])?[ \t]*"
)
_ACRONYM_NAME = re.compile(r"[A-ZÀ-ÝА-ЯЁ][A-ZÀ-ÝА-ЯЁ&.-]{1,9}(?:[ \t][A-ZÀ-ÝА-ЯЁ&.-]{2,9})?")


def signing_body(text: str) -> str | None:
    """The union or NGO an officer signs for at the page's foot, by the name or acronym after the title."""
    title = _signing_title(text)
    return office_body(title) if title else None


def office_body(title: str) -> str | None:
    """The union or NGO an officer's title names after the office ("Secretaria general de la Federación de
    Estibadores" -> "Federación de Estibadores", "General Secretary ARPS" -> "ARPS")."""
    office = OFFICER.match(title)
    if not office:
        return None
    body = _TITLE_JOIN.sub("", title[office.end() :]).strip(" .")
    return body if body and (speaker_genre(body) or _ACRONYM_NAME.fullmatch(body)) else None
