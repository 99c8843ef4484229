"""A union's board speaking for it: "El Consejo Directivo de la ABC repudia ...", "The Executive Committee
of the XYZ condemns ..." is the union's own statement, the union named by its acronym."""

from __future__ import annotations

import re

_BOARD_OF = re.compile(
    r"^(?:Consejo|Comisión|Comité|Junta|Mesa|Conseil|Bureau|Commission|(?:National )?Executive)\b"
    r"[\w ]{0,30}?[ \t](?:de la|del|de|du|d['’]|of the|of)[ \t]+(?P<body>[A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,11})$"
)


def board_acronym(who: str) -> str | None:
    """The acronym of the body whose board `who` names (two capitals at least: "UnTER", "ABC")."""
    m = _BOARD_OF.match(who)
    body = m.group("body") if m else ""
    return body if sum(c.isupper() for c in body) >= 2 else None
