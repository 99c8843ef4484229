"""Document genre from the marks each kind of document carries (ILO headers, UN codes, letter anatomy)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import count, islice
from typing import Any

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import LiteralIndex, fold, literal_index, necessary
from casewatch.extract.metadata.page_marks import agency_foot
from casewatch.extract.metadata.page_parties import AUTHOR_LINE
from casewatch.extract.metadata.page_titles import titled_statement
from casewatch.extract.metadata.self_voice import body_genre, speaks_alone
from casewatch.extract.metadata.voice import names_ngo, speaker_genre
from casewatch.extract.metadata.weigh import page_genre
from casewatch.extract.pipeline import step
from casewatch.model import Extraction, Genre, Part, Text

# A genre's marks, numbered in one run over the vocabulary's genres in order: (number, genre, pattern)
Marks = list[tuple[int, Genre, re.Pattern[str]]]


@cache
def _marks() -> tuple[Marks, LiteralIndex]:
    """Marks in the first part of a document, in the vocabulary's order: the first genre one of whose marks
    appears wins (a government's reply cites the UN letter's reference, so its own mark is tried first).
    The marks come numbered, with one index of their necessary literals: a head lacking a mark's literals
    is not searched for it (one pass over the head, where a test per genre scanned it for each literal)."""
    return _numbered(vocab.load("genres")["marks"])


@cache
def _body_marks() -> tuple[Marks, LiteralIndex]:
    """Each genre's phrases, numbered, and one index of their necessary literals: a phrase whose
    literals the text lacks is not searched."""
    return _numbered(vocab.load("genres")["body_marks"])


def _numbered(data: list[tuple[str, list[str]]]) -> tuple[Marks, LiteralIndex]:
    n = count()
    marks = [(next(n), Genre(genre), re.compile(m, re.I)) for genre, ms in data for m in ms]
    return marks, literal_index([necessary(p.pattern, re.I) for *_, p in marks])


def _passing(head: str, numbered: tuple[Marks, LiteralIndex]) -> list[tuple[int, Genre, re.Pattern[str]]]:
    """The marks whose literals the head holds, in their order: the others cannot appear in it."""
    marks, index = numbered
    return [marks[i] for i in sorted(index.passing(fold(head)))]


def _first_marked(head: str) -> Genre | None:
    """The genre of the first mark, in the vocabulary's order, that the head carries: the numbers run
    genre after genre, so the first genre with a mark there owns the lowest number found."""
    return next((genre for _, genre, mark in _passing(head, _marks()) if mark.search(head)), None)


def _body_genre(text: str) -> Genre | None:
    """An ILO record cut below its header: the genre whose own phrases its text uses most (two at least)."""
    body = text[:20000]
    marks, _ = _body_marks()
    counts = dict.fromkeys((genre for _, genre, _ in marks), 0)  # every genre, in the vocabulary's order
    for _, marked, mark in _passing(body, _body_marks()):
        counts[marked] += 1 if mark.search(body) else 0
    genre, best = max(counts.items(), key=lambda c: c[1])
    if best >= 2:
        return genre
    # the committee speaking of its own work in its own sentences: twice with one of a genre's phrases, or
    # three times with none (a comment's plainest form: "The Committee notes ... requests the Government ...")
    voiced = len(_committee_voice().findall(body[:6000]))
    if best == 1 and voiced >= 2:
        return genre
    return Genre.ILO_CEACR if best == 0 and voiced >= 3 else None


@cache
def _committee_voice() -> Gated:
    return gated("|".join(vocab.load("genres")["committee_voice"]), re.M)


@cache
def _salutation() -> re.Pattern[str]:
    words = "|".join(vocab.load("genres")["salutations"])
    return re.compile(rf"^\s*(?:{words})", re.M)


# A report's summary, methodology or recommendations heading, numbered or not, in its languages
_REPORT = gated(
    r"^(?:#+\s*)?(?:[IVX\d]{1,4}[.)][ \t]*)?(?:(?:Executive )?Summary|Methodology|Recommendations"
    r"|Résumé(?: exécutif)?|Méthodologie|Recommandations|Resumen(?: ejecutivo)?|Metodología|Recomendaciones"
    r"|Резюме|Методология|Рекомендации)\b",
    re.I | re.M,
)

# A footnote's call glued to a sentence's end, after its stop or before it ("... the right to organise.12 The
# ...", "... en el puerto de Alba3. Los ..."): a report's mark, which no story or letter carries
_FOOTNOTE_CALL = re.compile(
    r"[a-z\u00e0-\u00ff][.,;:]\d{1,3}(?=[ \t]+[A-ZÀ-Ý(“\"]|[ \t]*\n)"
    r"|[a-z\u00e0-\u00ff]{3}[\"”»]?\d{1,2}[.,;:](?=[ \t]*\n|[ \t]+[A-ZÀ-Ý(“\"a-z])"
)


# Every footnote call holds a digit right after a letter, a stop or a quote: a head with fewer than two
# such digits has fewer than two calls, told without trying the call's pattern at each of its letters
_CALL_DIGIT = re.compile(r"\d(?<=[a-z\u00e0-\u00ff\"”».,;:]\d)")


def _footnote_calls(head: str) -> bool:
    """Two footnote calls or more in the head's prose."""
    if sum(1 for _ in islice(_CALL_DIGIT.finditer(head), 2)) < 2:
        return False
    return len(_FOOTNOTE_CALL.findall(head)) >= 2


def _ngo_report(text: str) -> bool:
    """An NGO's report: laid out with its summary or recommendations headings, its publisher named near its
    top; or with footnote calls in its prose, an NGO named anywhere in its head."""
    head = text[:6000]
    if _REPORT.search(text) and names_ngo(head[:1500]):
        return True
    return _footnote_calls(head) and names_ngo(head)


# A report's table of contents, titled so, its entries closed by their page numbers after dotted leaders
# ("Foreword ........ 5", "Africa ....... 14"): a publication laid out in chapters, no letter, statement or
# story
_CONTENTS_HEADING = gated(
    r"\b(?:Contents|Table of contents|Sommaire|Table des matières|Índice|Contenido|Содержание|Оглавление)\b",
    re.I,
)
_CONTENTS_ENTRY = re.compile(r"[^\W\d_][^.\n]{1,60}?[ \t]?\.{4,}[ \t]*\d{1,3}\b")
# Entries enough to be a table of contents, not a line or two trailing off in dots
CONTENTS_ENTRIES = 3


def _contents_report(head: str) -> Genre | None:
    """A union's or an NGO's publication opening on its table of contents: its publisher's own page (a
    union's survey of violations is the union's, as its entries are; an NGO's annual report the NGO's), no
    treatise, whatever headings it is laid out under."""
    contents = _CONTENTS_HEADING.search(head, 0, 3000)
    if not contents or len(_CONTENTS_ENTRY.findall(head, 0, 4000)) < CONTENTS_ENTRIES:
        return None
    # the publisher is named on the cover, line by line from its top: a title below it may name the unions
    # the report is about
    cover = head[: contents.start()].splitlines() or [head[:2000]]
    return next((genre for line in cover if (genre := body_genre(line))), None)


@cache
def _government_voice() -> Gated:
    return gated("|".join(vocab.load("genres")["government_voice"]), re.I)


@cache
def _submission() -> Gated:
    return gated("|".join(vocab.load("genres")["submission"]))


def _submitted(text: str) -> Genre | None:
    """A submission to a UN expert, titled so at its top, is its author's: a union's or an NGO's."""
    m = _submission().search(text[:400])
    if not m:
        return None
    author = AUTHOR_LINE.search(text, m.end(), 1500)
    return speaker_genre(author.group("org") if author else text[m.end() : 2000]) or Genre.NGO_REPORT


def _letter(text: str, parts: tuple[Part, ...]) -> bool:
    kinds = {p.kind for p in parts}
    anatomy = "salutation" in kinds and bool(kinds & {"closing", "signature", "addressee", "date_line"})
    return anatomy or bool(_salutation().search(text[:20000]))


def _signed_for_body(text: str, parts: tuple[Part, ...]) -> bool:
    """A letter whose letterhead, sender lines or signature name a union or an NGO: its body's, however
    much its officer writes as "I"."""
    zones = (text[p.start : p.end] for p in parts if p.kind in {"letterhead", "signature", "sender"})
    return any(body_genre(zone) for zone in zones)


def _sender_zone(text: str, parts: tuple[Part, ...]) -> str:
    """Where a letter says who sends it: the letterhead, the signature and the first lines of the body."""
    zone = [text[p.start : p.end] for p in parts if p.kind in {"letterhead", "signature", "sender"}]
    body = next((p for p in parts if p.kind == "body"), None)
    if body:
        zone.append(text[body.start : body.start + 600])
    return "\n".join(zone) or text[:1500]


@cache
def _employer_bodies() -> re.Pattern[str]:
    """An employers' body by the words of its name, or by the acronym of one the international bodies'
    vocabulary knows (a letterhead or a signature often gives the acronym alone)."""
    words = re.compile("|".join(vocab.load("genres")["employer_bodies"]), re.I)
    acronyms = sorted(
        {
            a
            for body in vocab.load("international_bodies")
            if words.search(body["name"])
            for a in body.get("acronyms", [])
        }
    )
    if not acronyms:
        return words
    known = "|".join(re.escape(a) for a in acronyms)
    return re.compile(rf"{words.pattern}|(?-i:(?<![\w/-])(?:{known})(?![\w/-]))", re.I)


# A letter greeting its body's members: "Dear Members,", "Dear Members and Colleagues,", "Chers membres,"
_MEMBERS_GREETING = re.compile(
    r"^\W*(?:Dear (?:[Mm]embers|[Mm]ember [Oo]rgani[sz]ations)|Chers (?:membres|adhérents)"
    r"|Chères et chers membres|Estimad[oa]s (?:miembros|afiliad[oa]s)|Queridos miembros)\b"
)


_UNION_NOUN = re.compile(r"\b(?:[Uu]nions?|[Ss]yndica\w*|[Ss]indica\w*)\b")


def _sent_by_employers(text: str, parts: tuple[Part, ...]) -> bool:
    """A letter whose letterhead or signature names an employers' body (its notice to its members): the
    letter's own words about unions do not make it a union's. Only the zones that say who sends it are
    read: a union's letter names the employers it protests against in its body, or as its addressee. A
    notice greeting its members says who sends it in its first lines too ("The XYZ secretariat has ...")."""
    kinds = {"letterhead", "signature", "sender"}
    # the greeting, whether or not the layout took it for a salutation ("Chers membres," opens the body)
    greeting = next((text[p.start : p.end] for p in parts if p.kind in {"salutation", "body"}), "")
    zone = [text[p.start : p.end] for p in parts if p.kind in kinds]
    if any(_employer_bodies().search(z) for z in zone):
        return True
    body = next((text[p.start : p.start + 600] for p in parts if p.kind == "body"), "")
    employers = _employer_bodies().search(body) if _MEMBERS_GREETING.match(greeting) else None
    # a union's notice to its members names the employers it deals with after itself
    union = _UNION_NOUN.search(body)
    return bool(employers and (not union or employers.start() < union.start()))


def _letter_genre(text: str, parts: tuple[Part, ...]) -> Genre:
    # it answers the communication near its top, or signs as the permanent representative at its end
    if _government_voice().search(text[:3000]) or _government_voice().search(text[-1500:]):
        return Genre.GOVERNMENT_REPLY
    if _sent_by_employers(text, parts):
        return Genre.OTHER
    # who signs is named in the letter's own zones; failing that, a letter about a union's matters (its
    # members prosecuted, its rights) is a union's or a union-rights body's in this field, an NGO's if
    # only an NGO is named
    if speaks_alone(text[:5000]) and not _signed_for_body(text, parts):  # a politician's letter
        return Genre.OTHER
    spoken = speaker_genre(_sender_zone(text, parts)) or speaker_genre(text[:3000])
    return spoken or (Genre.UNION_LETTER if _greets_comrades(text, parts) else Genre.OTHER)


@cache
def _comrades() -> re.Pattern[str]:
    return re.compile("|".join(vocab.load("genres")["comrades_greeting"]), re.M)


def _greets_comrades(text: str, parts: tuple[Part, ...]) -> bool:
    """A letter to "Dear Comrades": a union's to its members, though it names no union by its words."""
    return any(p.kind == "salutation" and _comrades().match(text, p.start, p.end) for p in parts)


@cache
def _un_speech() -> Gated:
    return gated("|".join(vocab.load("genres")["un_speech"]))


# A publication's own notice, its copyright and edition: a book or a report published, no statement or story
_PUBLICATION = gated(
    r"(?:Copyright|©)[^\n]{0,120}?(?:19|20)\d\d[^\n]{0,60}?"
    r"(?:First (?:published|edition)|Première (?:édition|publication)"
    r"|Primera (?:edición|publicación)|Premier tirage|Seconde impression)",
    re.I,
)
# A body's newsletter, titled so: "NEWSLETTER OF THE X", "Bulletin d'information de la X", "Boletín de la X"
_NEWSLETTER = gated(
    r"(?m:^[^\n]{0,40}?\b(?:NEWSLETTER|Newsletter|BULLETIN|Bulletin|Boletín|BOLETÍN|Lettre d['’]information)"
    r"\b[^\n]{0,30}?\b(?:OF|of|de|du|des)\b([^\n]{3,120})$)"
)


def _employers_newsletter(head: str) -> bool:
    """An employers' body's newsletter to its members: the body's page, neither a story nor a union's."""
    m = _NEWSLETTER.search(head[:1500])
    return bool(m and _employer_bodies().search(m.group(1)))


# A government's press note, titled so near its top: "Nota à imprensa", "Nota de esclarecimento", "Communiqué
# du ministère", "Comunicado del Ministerio", "Press release of the Ministry of Foreign Affairs"
_PRESS_NOTE = re.compile(
    r"(?m:^[ \t#*]*(?:Nota (?:à|a) [Ii]mprensa|Nota de [Ee]sclarecimento|Nota [Oo]ficial"
    r"|Communiqué (?:de presse )?du (?:[Mm]inistère|[Gg]ouvernement)"
    r"|Note (?:de presse |à la presse )?du [Mm]inistère"
    r"|Comunicado (?:de prensa )?del (?:Ministerio|Gobierno)|Nota de prensa del Ministerio"
    r"|Press (?:release|statement|note) (?:of|by|from) the (?:Ministry|Government)))"
)
_GOVERNMENT_WORDS = re.compile(r"\b(?:Governo|Gobierno|Gouvernement|Government|Minist(?:ry|ère|erio|ério))\b")
# the UN's special procedures, which a government's note answers
_UN_MECHANISM = gated(
    r"\b(?:Relator(?:a|es|as)? Especia(?:l|is|les)|Rapporteu(?:r|se)s? spécia(?:l|le|ux)|Special Rapporteurs?"
    r"|Working Group|Grupo de Trabalho|Groupe de travail|Grupo de Trabajo|[Ss]pecial [Pp]rocedures"
    r"|procedimientos especiales|procédures spéciales|procedimentos especiais|titulares de mandatos"
    r"|mandate[- ]holders|titulaires de mandats?)\b"
)


@cache
def _state_voice() -> re.Pattern[str]:
    return re.compile("|".join(vocab.load("genres")["state_voice"]))


def _answers_un(head: str) -> bool:
    """A government's press note about the UN's special procedures (a visit, a communication), or its own
    statement opening with the State as the subject of its answer: its reply in public; a note about anything
    else is no reply."""
    if not _UN_MECHANISM.search(head[:2000]):
        return False
    if _state_voice().search(head[:600]):  # the State itself is the subject: its government speaks
        return True
    note = _PRESS_NOTE.search(head[:800])
    return bool(note and _GOVERNMENT_WORDS.search(head[:2000]))


# An outlet's reprint of a body's statement credits where it was first published: "Read full article on X",
# "Originally published by X", "Lire l'article complet sur X", or a line opening with the source's address
# before its text ("http://www.x.org  The federation condemns ...")
_REPRINT_CREDIT = gated(
    r"\b(?:Read (?:the )?full (?:article|story|statement) (?:on|at)"
    r"|Originally (?:published|posted) (?:on|by|at|in)"
    r"|Lire (?:la suite|l['’]article (?:complet|original)) sur"
    r"|Article (?:paru|publié) (?:initialement )?(?:sur|dans)"
    r"|Leer (?:el )?(?:artículo|nota) (?:completo|completa|original) en|Publicado originalmente (?:en|por))\b"
    r"|(?m:^https?://\S+[ \t]{1,3}(?:The|La|El|Le|Les|Los|Las)[ \t])"
    # a page crediting what it carries to its source under its title: "Source: X Federation, 2031"
    r"|(?m:\A(?:[^\n]*\n){1,3}[ \t]*(?:Source|Fuente)[ \t]*:[ \t]+[A-ZÀ-Ý][^\n]{2,100}$)"
)


def classify(text: str, parts: tuple[Part, ...] = ()) -> Genre:
    head = text[:6000]
    submitted = _submitted(text)
    if submitted:
        return submitted
    marked = _first_marked(head)
    if marked is not None:
        return marked
    # a UN official's speech to a council is the UN body's statement, though it opens as a letter does
    if _un_speech().search(text[:1500]):
        return Genre.UN_COMMUNICATION
    if _answers_un(head):
        return Genre.GOVERNMENT_REPLY
    # a letter quoting a committee's phrases is still a letter
    record = None if any(p.kind == "salutation" for p in parts) else _body_genre(text)
    if record:
        return record
    if _letter(text, parts):
        return _letter_genre(text, parts)
    # a wire's credit at the foot signs the page as its story, whatever its head reads like (footnotes too)
    if agency_foot(text):
        return Genre.NEWS
    if _ngo_report(text):
        return Genre.NGO_REPORT
    if published := _contents_report(head):
        return published
    if _PUBLICATION.search(head[:4000]) or _employers_newsletter(head):
        return Genre.OTHER
    # a reprint is the outlet's page, whatever voice the statement it reprints speaks in
    if _REPRINT_CREDIT.search(head):
        return Genre.NEWS
    return _titled_body(head) or page_genre(text)


def _titled_body(head: str) -> Genre | None:
    """A page titled as a union's or an NGO's statement ("Déclaration de la X sur ...") is that body's."""
    titled = titled_statement(head)
    return speaker_genre(titled.name) if titled else None


@step("genre", needs=["parts"], adds=["meta.genre"])
def STEP(text: Text, ext: Extraction) -> Mapping[str, Any]:
    return {"meta.genre": classify(text.text, ext.parts)}
