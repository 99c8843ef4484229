"""One ask told twice in a document is one request: restated word for word, asked in a lead for people it
counts and again in the body naming them, or asked again with a pronoun for whoever was named."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from casewatch import vocab
from casewatch.model import Request

# "the release of two trade unionists" in a lead, "their release", "leur libération": who is to be
# freed is counted or stood for by a pronoun, not named
# a release asked for people named: "the release of Ms Lena Orvik", "la libération de Tor Alden"
_NAMED_RELEASE = re.compile(
    r"\b(?i:releas|libér|liber|free)\w*\s+(?:\w+\s+){0,4}?(?-i:[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+)"
)
_UNNAMED_OBJECT = re.compile(
    r"\b(?:releas|libér|liber|free)\w*\s+(?:(?:of|de|des|du)\s+)?"
    r"(?:their|leurs?|sa|son|ses|his|her|them|sus?|(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\b)",
    re.I,
)


def lead_restated(text: str, requests: list[Request]) -> list[Request]:
    """A release asked in a lead for people it counts or stands for by a pronoun ("the release of two
    trade unionists"), then asked again in the body naming them ("the release of Lena Orvik and Tor
    Alden"), is one ask: the body's. Asked again with a pronoun ("calls for his immediate release") after
    it named them, with nobody else named between, it is one ask too: the first."""
    out: list[Request] = []
    for i, request in enumerate(requests):
        later = requests[i + 1 :]
        unnamed = _UNNAMED_OBJECT.search(request.text)
        restated = any(_NAMED_RELEASE.search(r.text) for r in later)
        alone = _PRONOUN_RELEASE.search(request.text)
        echoed = alone and any(
            _RELEASE.search(r.text) and not _other_person_between(text, r, request) for r in out
        )
        # "exige leur libération sans conditions" in a lead, "libérer sans conditions les personnes détenues"
        # in the body: the body's says whom
        ahead = alone and any(
            _RELEASE.search(r.text)
            and not _PRONOUN_RELEASE.search(r.text)
            and not _person_between(text, request, r)
            for r in later
        )
        # "demanded the release of nine arrested unionists", then in a quotation "ensure that the arrested
        # unionists are freed at once": the same release told again in other words
        # so is any remedy asked again for no one and nothing new ("the reinstatement of the dismissed
        # drivers", then "reinstate the dismissed drivers now")
        retold = any(_same_release(r.text, request.text) or _same_remedy(r.text, request.text) for r in out)
        if not (unnamed and restated) and not echoed and not ahead and not retold:
            out.append(request)
    return out


# words telling how or that someone is to be freed, not who: "immediate", "unconditionally", "ensure"
_MANNER = (
    "releas",
    "libera",
    "libere",
    "libert",
    "immedi",
    "uncond",
    "incond",
    "condit",
    "sur-le",
    "veille",
    "soient",
    "ensure",
    "guaran",
    "garant",
    "prompt",
    "urgent",
    "inmedi",
    "sincon",
    "should",
    "withou",
    "delay",
)
# a word of five letters or more, a number ("section 12") or a name of any length ("Ivo")
_WORD = re.compile(r"[\w-]{5,}|\d[\w().-]*|(?-i:[A-ZÀ-Ý])[\w-]+")


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _who_freed(text: str) -> frozenset[str]:
    """The words of a release ask naming whom it frees (their first six letters, accents dropped)."""
    words = (_unaccented(w.casefold())[:6] for w in _WORD.findall(text))
    return frozenset(w for w in words if not w.startswith(_MANNER))


def _same_release(first: str, again: str) -> bool:
    """Whether a release ask frees no one the first release ask did not name."""
    whom = _who_freed(again)
    releases = bool(_RELEASE.search(again)) and bool(_RELEASE.search(first))
    return releases and bool(whom) and whom <= _who_freed(first)


def _same_remedy(first: str, again: str) -> bool:
    """Whether an ask names the remedy of an earlier one (its first word of five letters or more, the
    verb or its noun) and nothing that ask did not."""
    remedy, earlier = _remedy_stem(again), _remedy_stem(first)
    whom = _who_freed(again) - {remedy}
    return bool(remedy) and remedy == earlier and bool(whom) and whom <= _who_freed(first)


def _remedy_stem(text: str) -> str:
    # the words read one at a time: only the first that is no manner word is wanted, in a long ask too
    words = (_unaccented(m.group().casefold())[:6] for m in _WORD.finditer(text))
    return next((w for w in words if not w.startswith(_MANNER)), "")


_RELEASE = re.compile(r"\b(?:releas|libér|liber|free)", re.I)
# "his immediate and unconditional release", "their release": the whole ask is the release of whoever it
# stands for
_PRONOUN_RELEASE = re.compile(
    r"^(?:his|her|their|sa|son|leur|su|sus)\s+(?:(?:immediate|unconditional|prompt|immédiate|inconditionnelle)\s+(?:and\s+|et\s+)?)*"
    r"(?:release|freedom|libération|liberación|libertad)"
    r"(?:\s+[«\"“]?\s*(?:sans conditions?|sin condiciones|unconditionally|immediately|sur-le-champ"
    r"|de inmediato))?$",
    re.I,
)


def once_each(text: str, requests: list[Request]) -> list[Request]:
    """An ask restated word for word in the same document (conclusions repeated in a summary) is one
    request: the first statement of it is kept. An ask whose object is a pronoun ("exigeons sa
    libération") is about whoever was named last: with another person named between them, the two
    are asks about different people."""
    seen: dict[str, Request] = {}
    out = []
    for request in requests:
        key = " ".join(request.text.casefold().split())
        first = seen.get(key)
        if first is None or _other_person_between(text, first, request):
            seen[key] = request
            out.append(request)
    return out


# "sa libération", "his release", "su liberación": an object standing for the person named before
_PRONOUN_OBJECT = re.compile(r"\b(?:sa|son|ses|his|her|him|su|sus)\b", re.I)


@cache
def _person_named() -> re.Pattern[str]:
    """An honorific before a capitalised name ("Ms Lena Orvik", "Mme Orvik"): a person named."""
    titles = sorted(vocab.load("honorifics")["honorifics"], key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in titles)
    return re.compile(rf"(?<![\w.])(?:{alternation})\s+(?-i:[A-ZÀ-Ý])")


def _other_person_between(text: str, first: Request, again: Request) -> bool:
    if not _PRONOUN_OBJECT.search(again.text):
        return False
    return bool(_person_named().search(text, first.end, again.start))


def _person_between(text: str, first: Request, then: Request) -> bool:
    return bool(_person_named().search(text, first.end, then.start))
