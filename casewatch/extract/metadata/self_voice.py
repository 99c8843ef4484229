"""Who speaks on a page, by the page's own first person and its sign-off: a body writing as "we" of its
own members, a body signing its statement at the foot, or one person writing as "I" for no body."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from casewatch.extract.dates import find_dates
from casewatch.extract.metadata.page_language import portuguese
from casewatch.extract.metadata.party_names import org_name, signed_for
from casewatch.extract.metadata.voice import BODY, OFFICER, QUOTATION, speaker_genre
from casewatch.model import Genre

# "we" and "our": who "we" are is said by the noun "our" governs ("nos syndicats", "our union's members") or
# by an apposition before "we" ("Comme organisations syndicales, nous ..."); a sentence in the first person
# that names unions as those "we" work with, or only as its subject matter ("trade unionists arrested"), is
# no union's voice
_WE = re.compile(r"(?<![\w-])(?:we|us|nous|nosotr[oa]s|мы)(?![\w-])", re.I)
_OUR = re.compile(r"(?<![\w-])(?:our|ours|notre|nos|nuestr[oa]s?|наш\w*)(?![\w-])", re.I)
# "I", "je", "my", "mon" ("mes" is also Spanish for "month", and left out)
_I = re.compile(
    r"(?<![\w-])(?:(?:I|I['’]m|[Jj]e|[Mm]oi|[Mm]on|[Mm]a|[Mm]y|[Yy]o|[Яя]|[Мм]ой|[Мм]оя|[Мм]не)(?![\w-])|[Jj]['’](?=\w))"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# the people a union stands for, named as its subject matter rather than as its speaker
_UNIONISTS = re.compile(
    r"(?<![\w-])(?:trade[ -])?unionists?|syndicalistes?|sindicalistas?|militant(?:e|-e)?s? syndica\w+"
    r"|libertés? syndicales?|libertad(?:es)? sindical(?:es)?|(?:trade )?union rights|droits? syndica\w+"
    r"|derechos? sindical(?:es)?|профсоюзн\w+ (?:активист\w*|лидер\w*|прав\w*)",
    re.I,
)


def body_genre(text: str) -> Genre | None:
    """The genre of the bodies a text names as speakers, leaving out the unionists and the union rights it
    speaks of: "the arrest of these unionists" names no union that speaks."""
    return speaker_genre(_UNIONISTS.sub(" ", text))


@lru_cache(maxsize=16)
def own_we(head: str) -> tuple[Genre, ...]:
    """The genre of each sentence in which the page, in its own words, speaks as "we" and names a union or
    an NGO as what "we" are: a body's statement, however it is framed."""
    said = QUOTATION.sub(" ", head)
    found = []
    for sentence in _SENTENCE.findall(said):
        near = [sentence[max(m.start() - NEAR, 0) : m.start()] for m in _WE.finditer(sentence)]
        ours = [sentence[m.end() : m.end() + NEAR] for m in _our(sentence)]
        genre = next((g for text in near + ours if (g := _body_named(text))), None)
        # "our union", "our local federation": a union, though the bare noun is no union word elsewhere
        genre = genre or next(
            (Genre.UNION_LETTER for t in ours if _OUR_UNION.match(_UNIONISTS.sub(" ", t))), None
        )
        if genre:
            found.append(genre)
    return tuple(found)


_OUR_UNION = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:unions?|federations?|congress)\b", re.I)
# An NGO named as what "we" are: by the noun of a body ("our organisation", "notre ligue"), not by the rights
# it speaks of ("notre pays des droits de l'homme", "our human rights")
_NGO_BODY = re.compile(
    r"\b(?:organi[sz]ations?|associations?|leagues?|ligues?|ligas?|groups?|networks?|réseaux?|red(?:es)?"
    r"|coalitions?|coalici[oó]n|observato(?:ry|ire|rio)|Watch|Amnesty|Amnist[ií]a|Amnistie|FIDH|OMCT"
    r"|организаци\w+|центр\w*)\b",
    re.I,
)


def _body_named(text: str) -> Genre | None:
    genre = body_genre(text)
    return None if genre is Genre.NGO_REPORT and not _NGO_BODY.search(text) else genre


# how far from "we" the page names what "we" are
NEAR = 40


def _our(sentence: str) -> list[re.Match[str]]:
    our = list(_OUR.finditer(sentence))
    if our and portuguese(sentence):  # Portuguese "nos" is "in the"
        our = [m for m in our if m.group(0).lower() != "nos"]
    return our


def _first_plural(sentence: str) -> bool:
    return bool(_WE.search(sentence) or _our(sentence))


# An interview's or a hearing's lines, each opening with a dash: the words of those it reports
_DIALOGUE = re.compile(r"(?m)^[ \t]*[-–—][ \t]*[^\n]*$")


def speaks_alone(head: str) -> bool:
    """One person writing as "I" in the page's own words, more than as "we", no body named as what "we"
    are: a politician's or a citizen's page, not a union's, however much it speaks of unionists."""
    said = _DIALOGUE.sub(" ", QUOTATION.sub(" ", head))
    singular = len(_I.findall(said))
    if singular < 2:  # most pages: their sentences in the plural need no counting
        return False
    # counted only up to the singular's count: as many or more outweigh it
    plural = sum(1 for _ in islice((s for s in _SENTENCE.findall(said) if _first_plural(s)), singular))
    # a union's officer signs as "I" too: her title at the foot makes it the union's letter
    return singular > plural and not own_we(head) and not OFFICER.search(head[-FOOT:])


# A sign-off at the page's foot: a body's name on its own line, before a comma and its date ("The
# organisations of the district, 30/11/2031", "Union of Avra Dockers, le 3 mai 2031"), or under the
# name of the person who signs ("Jan Kovar,\nArden Union of Postal Workers (AUPW)")
_BODY_DATED = re.compile(r"^[ \t]*(?P<body>[A-ZÀ-ÝА-ЯЁ][^\n,]{5,100}),[ \t]*(?P<date>[^\n]{6,40})$", re.M)
_NAME_THEN_BODY = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ÝА-ЯЁ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÝА-ЯЁ][\w'’.-]+){1,3})[ \t]*,?[ \t]*\n"
    r"[ \t]*(?P<body>[A-ZÀ-ÝА-ЯЁ][^\n]{5,90})$",
    re.M,
)
FOOT = 600


# a line of prose: a sentence runs on and stops
_PROSE_LINE = re.compile(r"[^\n]{40,}[.!?][ \t]*(?:\n|$)")


def _foot(text: str) -> str:
    """The page's last lines, never its first three (a title, a byline, a date line)."""
    start = len(text) - FOOT
    head_end = -1
    for _ in range(3):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            return ""
    return text[max(start, head_end + 1) :]


def _closes(foot: str, end: int) -> bool:
    """A sign-off closes the page: no sentence of prose follows it (a site's links and calendar may)."""
    return not _PROSE_LINE.search(foot, end)


def sign_off(text: str) -> tuple[Genre, str] | None:
    """The genre and name of the body that signs the page at its foot, by either shape of sign-off."""
    foot = _foot(text)
    for m in _BODY_DATED.finditer(foot):
        body = m.group("body")
        if _closes(foot, m.end()) and find_dates(m.group("date")) and (genre := body_genre(body)):
            return genre, body.strip()
    for m in _NAME_THEN_BODY.finditer(foot):
        body = m.group("body").strip()
        if _closes(foot, m.end()) and not body.endswith((".", ":")) and (genre := body_genre(body)):
            return genre, body
    return None


_ACRONYMS_AFTER = re.compile(r"[ \t]*\((?:[A-ZÀ-ÝА-ЯЁ][\w&-]{1,12}(?:[ \t]*[–/,-][ \t]*)?)+\)$")

# A body's name on a line of its own, the stop after it optional: "Union syndicale Fictive", "Syndicat X."
_NAME_LINE = re.compile(r"^[ \t]*(?P<body>[A-ZÀ-ÝА-ЯЁ][^\n.!?]{3,100})\.?[ \t]*$", re.M)


def _titled(line: str) -> bool:
    """A name is written in capitals, its connectors aside; a sentence runs on in lower case."""
    words = [w for w in line.split() if len(w) > 3]
    return sum(w[0].isupper() for w in words) * 2 >= len(words)


def foot_body(text: str) -> str | None:
    """The body a page signs at its foot: its sign-off, or its name on a line of its own that closes the
    page (after a rule, over a site's links): a statement whose body writes as "we" and signs only so."""
    if signed := sign_off(text):  # its acronyms after its name are no part of it: "X Union (XU – UX)"
        return _ACRONYMS_AFTER.sub("", signed[1])
    foot = _foot(text)
    names = [
        name
        for m in _NAME_LINE.finditer(foot)
        if _closes(foot, m.end())
        and _titled(m.group("body"))
        # "Pour le Conseil de la Fédération X": the body signed for, not the words that say so
        and (name := org_name(signed_for(m.group("body")) or m.group("body")))
        and body_genre(name)
    ]
    return names[0] if names else None


def signer_over_body(text: str) -> str | None:
    """The name a page's foot signs over its body's name ("Jan Kovar,\nArden Union of Postal Workers"), as
    written: a letter set as a page, without a signature block its layout knows."""
    foot = _foot(text)
    for m in _NAME_THEN_BODY.finditer(foot):
        body = m.group("body").strip()
        if _closes(foot, m.end()) and not body.endswith((".", ":")) and body_genre(body):
            return m.group("name")
    return None


# A body's release announcing its own action names who organises it: "This day of action has been organised
# by the X and the Y", "La jornada ha sido convocada por la X" (a report tells others' actions in the past)
_ORGANISED_BY = re.compile(
    r"\b(?:(?:(?:has|have) been|is being|are being) (?:organi[sz]ed|called|launched|convened) by (?:the )?"
    r"|(?:a|ont) été (?:organisée?s?|lancée?s?|convoquée?s?) par (?:la |le |les |l['’])?"
    r"|(?:ha|han) sido (?:organizad[oa]s?|convocad[oa]s?|lanzad[oa]s?) por (?:la |el |los |las )?)"
    # the names end at the clause's end, or where "and" joins the sentence's next verb
    rf"{BODY}(?=[ \t]*(?:[.,;:\n]|(?:and|et|y)[ \t]+(?:is|are|has|have|was|est|sont|a|es|está|fue)\b))"
)


def organisers(head: str) -> str | None:
    """The union or NGO a page says organises the action it announces, as written (the bodies joined)."""
    m = _ORGANISED_BY.search(head[:1500])
    return m.group("who") if m and speaker_genre(m.group("who")) else None


# A member's question in a chamber: the minister or the speaker addressed between commas in the course of a
# sentence that asks ("Pourquoi, madame la ministre, recourir à ...?", "Will the Minister, Mr Speaker,
# ...?"); a letter greets its addressee before its body instead
_CHAMBER_QUESTION = re.compile(
    r",[ \t]*(?:(?:madame|monsieur)[ \t]+(?:la |le )?(?:ministre|secrétaire d['’]État|président(?:e)?)"
    r"|(?:Mr|Madam|Madame) (?:Speaker|Deputy Speaker)|(?:señora?)[ \t]+(?:ministr[oa]|president[ae])"
    r"|(?:уважаем\w+ )?(?:господин|госпожа) министр)[ \t]*,[^?\n]{0,200}\?"
)


def chamber_question(head: str) -> bool:
    """The page asks a minister a question in the course of a speech: a member's words in a chamber."""
    return bool(_CHAMBER_QUESTION.search(QUOTATION.sub(" ", head)))


# An action alert's call to its reader, at a line's end or as its own line: "Please act!", "Take action now",
# "¡Actúa ya!", "Agissez !"
_ACT = re.compile(
    r"(?m:(?:Please act|Take action(?: now)?|Act now|Agissez(?: maintenant)?|Passez à l['’]action"
    r"|¡?Actúa(?: ya| ahora)?|¡?Actúe(?: ya| ahora)?|Действуйте)[ \t]*[!.]?[ \t]*$)"
)


def alerts(head: str) -> bool:
    """The page is an alert that asks its reader to act."""
    return bool(_ACT.search(head))
