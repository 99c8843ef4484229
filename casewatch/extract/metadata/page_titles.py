"""A page's own sender told by its title or its signature: "Statement of the X Union on ...", "Letter from
Jane Doe, General Secretary of the X, to ...", "От имени Федерации профсоюзов X", a letter a page says was
sent by a body."""

from __future__ import annotations

import re

from casewatch.extract.gated import gated
from casewatch.extract.metadata.party_names import known_body, org_name
from casewatch.model import Party

# "От имени Федерации профсоюзов X выражаем ...": a Russian body named in the genitive after "on behalf of",
# up to the verb; its head noun is put back in the nominative, its complements are genitive in both
_RUSSIAN_HEADS = {"Федерации": "Федерация", "Конфедерации": "Конфедерация", "Ассоциации": "Ассоциация",
                  "Организации": "Организация", "Профсоюза": "Профсоюз", "Союза": "Союз",
                  "Объединения": "Объединение", "Комитета": "Комитет", "Совета": "Совет"}  # fmt: skip
ON_BEHALF_RU = gated(
    rf"\b[Оо]т имени\s+(?P<head>{'|'.join(_RUSSIAN_HEADS)})"
    r"(?P<rest>(?:\s+(?![а-яё]+(?:ем|им|ют|ят|ет|ит)\b)[А-ЯЁа-яё\-]+){0,6})"
)


# "Председатель Федерации профсоюзов X П.Г. Иванов": a Russian signature line giving the signer's office in
# the body named in the genitive, then the signer's initials and surname
SIGNED_RU = gated(
    r"^[ \t]*(?:Председатель|Президент|Генеральный секретарь|Заместитель председателя|Руководитель)[ \t]+"
    rf"(?P<head>{'|'.join(_RUSSIAN_HEADS)})"
    r"(?P<rest>(?:[ \t]+(?![А-ЯЁ]\.)[А-ЯЁа-яё\-]+){0,6}?)[ \t]+(?:[А-ЯЁ]\.[ \t]?){1,2}[А-ЯЁ][а-яё]+[ \t]*$",
    re.M,
)


def russian_body(head: str, tail: str = "") -> Party | None:
    m = ON_BEHALF_RU.search(head) or SIGNED_RU.search(tail)
    return Party(_RUSSIAN_HEADS[m.group("head")] + m.group("rest")) if m else None


# A page that carries a letter says who sent it: "The following letter ... was sent by the X Union to ..."
LETTER_SENT_BY = gated(
    r"\b(?:[Ll]etter|[Ss]tatement|[Aa]ppeal|[Cc]arta|[Ll]ettre|[Dd]éclaration|[Dd]eclaración)\b[^.\n]{0,240}?"
    r"\b(?:was|were|has been|a été|fue)\s+(?:sent|written|issued|signed|envoyée|écrite|enviada|escrita)\s+"
    r"(?:by|par|por)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?P<org>[^\n,;.()]{3,100})"
)


# A page titled as a body's own statement names the body in its title, before what it is about: "Statement
# of the X Union (on the decree)", "Déclaration de la X (sur ...)", "Comunicato dell'X", "ОБРАЩЕНИЕ ФЕДЕРАЦИИ
# ПРОФСОЮЗОВ X" (a Russian body in the genitive)
_TITLED_STATEMENT = re.compile(
    r"\A\W*(?:[\d/.-]{6,10}:[ \t]*)?(?:(?:Joint |Public )?(?:Statement|Declaration|Appeal)|Open [Ll]etter"
    r"|Déclaration|Appel|Communiqué|Lettre ouverte|Declaración|Comunicado|Comunicato|Llamamiento"
    r"|Carta abierta)"
    r"[ \t]+(?:by|of|from|de|du|des|del|dall['’]|della|dell['’]|dei)[ \t]*(?:the[ \t]+|la[ \t]+|l['’])?"
    r"(?P<org>[^\n]{3,120}?)"
    r"(?:[ \t]+(?:on|about|concerning|regarding|sur|sobre|su|sulla)[ \t][^\n]*)?[ \t]*\n"
)
_TITLED_STATEMENT_RU = re.compile(
    rf"\A\W*(?:Обращение|Заявление|Открытое письмо|Резолюция)[ \t]+(?P<head>{'|'.join(_RUSSIAN_HEADS)})"
    r"(?P<rest>(?:[ \t]+[А-ЯЁа-яё\-]+){0,6})[ \t]*\n",
    re.I,
)


# A page titled as the letter it carries, by its signer and the body the signer leads: "Letter from Jane
# Doe, General Secretary of the X, to ...", "Carta de Juan Pérez, presidente de la X, a ..."
LETTER_FROM = re.compile(
    r"\A\W*(?:Open |Joint )?(?:[Ll]etter|[Cc]arta(?: abierta)?|[Ll]ettre(?: ouverte)?)[ \t]+"
    r"(?:from|de|by)[ \t]+"
    r"(?P<name>[A-ZÀ-Ý][\w'’\-]+(?:\s+(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][\w'’\-]+|de|del|da|van|von|bin|al)){1,3})"
    r",?[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:of|de|du|del)[ \t]+(?:the[ \t]+|la[ \t]+|l['’])?"
    r"(?P<org>[^,\n]{2,80}?)[ \t]*(?:,|[ \t](?:to|a|al|à|au)[ \t]|\n)"
)


_TITLE_ACRONYM = re.compile(r"[A-Z]{2,10}(?:-[A-Z]{2,10})?")


def _title_acronym(org: str) -> str | None:
    """An acronym alone, or a name with its acronym, that `org_name` does not take for a body's name."""
    named = _NAME_ACRONYM.fullmatch(org)
    return org if _TITLE_ACRONYM.fullmatch(org) else named.group("acronym") if named else None


def letter_from(head: str) -> tuple[str, str] | None:
    """The signer and the body of a page titled as the letter it carries."""
    m = LETTER_FROM.match(head)
    if not m:
        return None
    org = org_name(m.group("org")) or (m.group("org") if _TITLE_ACRONYM.fullmatch(m.group("org")) else None)
    return (m.group("name"), org) if org else None


# a body's name with its acronym after it: "Unione dei Lavoratori (UL)"
_NAME_ACRONYM = re.compile(r"[^()]+\((?P<acronym>[A-Z]{2,10})\)")


def titled_statement(head: str) -> Party | None:
    m = _TITLED_STATEMENT.match(head)
    org = m and (org_name(m.group("org")) or _title_acronym(m.group("org")))
    if org:
        return Party(known_body(org))
    m = _TITLED_STATEMENT_RU.match(head)
    if not m:
        return None
    rest = m.group("rest").lower() if m.group("rest").isupper() else m.group("rest")
    return Party(_RUSSIAN_HEADS[m.group("head").capitalize()] + rest)
