"""What frames a sentence's acts without taking part in them: the dateline a news report is filed
from, the byline of who writes the page, the name heading a list item, an act named only to time
another ("after the strike", "following his arrest"), a standing fact ("has ratified"), the start
of a period ("since 2014") and a letter's salutation run into its first sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from casewatch.extract.dates import DateMention
from casewatch.extract.events.dates import BYLINE_OPENING
from casewatch.extract.events.participants import key
from casewatch.extract.events.triggers import Trigger
from casewatch.extract.names.org_companies import without_legal_form
from casewatch.extract.sentences import Sentence
from casewatch.model import Mention, Part

# "LONDON (Agency) - Police ...": a dateline; after the agency the dash may touch the first word
_DATELINE_NAME = re.compile(
    r"[A-ZÀ-ÝА-Я][A-ZÀ-ÝА-Я .'/-]*[A-ZÀ-ÝА-Я]\s*(?:,[^–—()-]{0,40})?(?:\([^)]{1,40}\)\s*[–—-]\s?|[–—-]\s)"
)
# an act of the one spoken of, named to time another act ("following his arrest", "tras su detención")
_AFTER_OWN = re.compile(
    r"\b(?:after|following|since|upon|tras|después de|desde|après|depuis|lors de|dès)\s+"
    r"(?:his|her|their|its|su|sus|son|sa|ses|leur|leurs)\s+$",
    re.I,
)
# a list item headed by a name and a colon: its bullet or number, "the", the name, its acronym
_ITEM_LABEL = re.compile(
    r"[\s•▪■*()\-–—\d.a-z]{0,12}?(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
    r"[A-Z][^:;.()]{0,70}?\s*(?:\([^()]{1,40}\)\s*)?:\s"
)
_BYLINE = re.compile(BYLINE_OPENING, re.I)
# a quoted post signed on its own line: "— Jon Roe (@jroe) May 2, 2023"
_SIGNATURE_DASH = re.compile(r"\s*[—–-]+\s*")
_HANDLE_AFTER = re.compile(r"\s*\(@\w+\)")
# a strike told with who called it, right after its noun
_CALLED_BY = re.compile(
    r"(?:\s+[\w-]+){0,3}?,?\s+(?:called|organi[sz]ed|convened|led|declared|convocad[oa]s?|organizad[oa]s?|"
    r"convoquée?s?|organisée?s?|lancée?s?)\s+(?:(?:\w+ly|jointly)\s+)?(?:by|por|par)\b",
    re.I,
)
# the body a letter speaks as, named right after "We": "We the X", "Nous, la X", "Nosotros, el X"
_WE_THE = re.compile(r"\b(?:we|nous|nosotros|nosotras),?\s+(?:the|la|le|les|l['’]|el|los|las)\s*$", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|desde|depuis)\s+(?:\w+\s+){0,3}$", re.I)
# "X has ratified": a standing fact
_STANDING = re.compile(r"\b(?:has|have|had|a|ont|avait|ha|han|había)\s+$", re.I)
_AFTER_ACT = re.compile(
    r"\b(?:after|following|during|amid|since|à la suite (?:de la|des|du|de l['’]|d['’]une)|"
    r"après (?:la|les|le|l['’]|une)|depuis (?:la|les|le|l['’])|pendant (?:la|les|le|l['’]|une)|"
    r"lors (?:de la|des|du|d['’]une)|au cours (?:de la|d['’]une)|tras (?:la|el|las|los|una)|"
    r"después de (?:la|el|las|los|una)|desde (?:la|el)|durante (?:la|el|las|los|una)|"
    r"en el marco de (?:la|una)|в ходе|во время)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)


def standing(text: str, trigger: Trigger) -> bool:
    return bool(_STANDING.search(text[max(0, trigger.start - 12) : trigger.start]))


def in_dateline(text: str, sentence: Sentence, mention: Mention) -> bool:
    """ "LONDON (Agency) – Police arrested ...": the city a report is filed from takes no part."""
    return mention.start - sentence.start < 3 and bool(_DATELINE_NAME.match(text, mention.start))


def item_label(text: str, sentence: Sentence) -> int:
    """ "- Harbour Transport Company (HTC): 40 workers were detained": where the name heading a list
    item ends (or the sentence's start). That enterprise or place is where the item's acts happened,
    it takes no part in them."""
    label = _ITEM_LABEL.match(text, sentence.start, sentence.end)
    return label.end() if label else sentence.start


def since(text: str, date: DateMention) -> bool:
    return bool(_SINCE_BEFORE.search(text, max(0, date.start - 40), date.start))


def in_byline(text: str, mention: Mention) -> bool:
    """ "par Rachel Doe, 30 mars 2023", "By Jon Roe", a quoted post's signature ("— Jon Roe (@jroe)
    May 2, 2023"): who writes the page or the post tells its acts, takes no part."""
    line = text.rfind("\n", 0, mention.start) + 1
    if _SIGNATURE_DASH.fullmatch(text, line, mention.start) and _HANDLE_AFTER.match(text, mention.end):
        return True
    return _BYLINE.fullmatch(text, line, mention.start) is not None


def time_reference(text: str, trigger: Trigger) -> bool:
    """ "dismissed after the strike", "à la suite des grèves": a strike named to time another act
    is that act's background, told as an event where the page dates or tells it."""
    return bool(_AFTER_ACT.search(text, max(0, trigger.start - 30), trigger.start))


def circumstance(text: str, trigger: Trigger, date: DateMention | None, acts: Sequence[Trigger]) -> bool:
    """ "On 20 May the police detained X during a strike", "fue detenido el 3 de mayo durante una
    huelga": a strike named as the circumstance of an act told before it in the sentence takes no
    date of its own there (the date is that act's); the page dates it where it tells it."""
    if not time_reference(text, trigger) or _CALLED_BY.match(text, trigger.end):
        return False  # "en el marco de una huelga convocada por X": the strike is told with who called it
    told_before = any(t.start < trigger.start and t.type != trigger.type for t in acts)
    return date is None or (told_before and date.end <= trigger.start)


def after_own(text: str, trigger: Trigger) -> bool:
    """ "demonstrations following his arrest were dispersed": his arrest is told elsewhere."""
    return bool(_AFTER_OWN.search(text, max(0, trigger.start - 30), trigger.start))


# "those held are at risk of ill-treatment", "X and the others jailed are political prisoners": the
# participle names the persons, not an act told here
_THOSE_BEFORE = re.compile(
    r"\b(?:(?:all )?those|the others|(?:all )?the rest|les autres|los demás|(?:tous )?ceux(?: qui)?"
    r"|(?:toutes )?celles(?: qui)?|quienes|aquell[oa]s(?: que)?)"
    r"(?:\s+(?:were|have been|had been|ont été|sont|avaient été|fueron|han sido|habían sido))?\s+$",
    re.I,
)
# "Those arrested are: ...", "those detained include ...": a list of whom the act befell tells it
_LISTED_AFTER = re.compile(
    r"\s*(?:(?:are|were|sont|étaient|son|eran)\s*)?:"
    r"|\s+(?:are|were)?\s*(?:include[sd]?|including|incluyen|incluyeron|notamment|sont notamment)\b",
    re.I,
)


def those_undergoing(text: str, trigger: Trigger) -> bool:
    """ "those held are in grave danger of ill-treatment", "ceux qui ont été arrêtés": who underwent an
    act, named by it, is spoken of; the act itself is told elsewhere (unless a list of them follows)."""
    return bool(
        _THOSE_BEFORE.search(text, max(0, trigger.start - 30), trigger.start)
    ) and not _LISTED_AFTER.match(text, trigger.end)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_MIN_WORDS = 3  # long words a line needs to be read as a title-case headline


def title_case(text: str, start: int) -> bool:
    """ "Union Condemns Arrest of Leaders": the line holding `start` is a headline in title case,
    where a capitalised verb is still a verb (not a word of a name)."""
    end = text.find("\n", start)
    return _title_case_line(text, text.rfind("\n", 0, start) + 1, len(text) if end < 0 else end)


@lru_cache(maxsize=16)  # the reporting verbs of a line, and its acts, ask of it in turn
def _title_case_line(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    if line.endswith("."):
        return False
    long = 0
    # a paragraph read as one line fails at its first long word in lower case: no need to read on
    for word in _WORD.finditer(line):
        if len(word.group(0)) > 3:
            if not word.group(0)[:1].isupper():
                return False
            long += 1
    return long >= TITLE_MIN_WORDS


def past_skipped(text: str, sentence: Sentence, skip: Sequence[Part]) -> Sentence:
    """ "Dear President,\nWe learnt that X was arrested": a salutation (or a letterhead line) ending
    without a full stop runs into the body's first sentence; the sentence begins where its part ends."""
    for part in skip:
        if part.start <= sentence.start < part.end < sentence.end:
            rest = text[part.end : sentence.end]
            start = part.end + len(rest) - len(rest.lstrip())
            return past_skipped(text, Sentence(start, sentence.end, text[start : sentence.end]), skip)
    return sentence


def our_voice(text: str, named: Sequence[Mention]) -> set[str]:
    """ "We the Union of X stand with ... in condemning this detention": the body a letter speaks as
    tells of the acts it condemns; it undergoes none of them."""
    return {key(m) for m in named if _WE_THE.search(text, max(0, m.start - 16), m.start)}


MAX_QUOTE = 400  # chars of a sentence kept as an event's quote, around its trigger


def quote_of(sentence: Sentence, trigger: Trigger) -> str:
    """The sentence telling the act, or the stretch of it around the act's wording."""
    if len(sentence.text) <= MAX_QUOTE:
        return sentence.text
    centre = trigger.start - sentence.start
    start = max(0, min(centre - MAX_QUOTE // 2, len(sentence.text) - MAX_QUOTE))
    return sentence.text[start : start + MAX_QUOTE].strip()


def in_company_name(trigger: Trigger, inside: Sequence[Mention]) -> bool:
    """ "the plant of Molinos Procesadas S.A.": a word of an act ("procesadas", prosecuted) inside a
    company's name written with its legal form is a word of the name, no act."""
    return any(
        m.label == "organization"
        and m.start <= trigger.start
        and trigger.end <= m.end
        and without_legal_form(m.text) is not None
        for m in inside
    )
