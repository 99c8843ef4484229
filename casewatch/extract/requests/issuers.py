"""Who asks, told by the subject of the verb of asking: the words naming a body or a person, without the
clause around them ("the Committee notes that ...", "... said"), auxiliaries, a renewal, or the party
written to; a pronoun or a clause cut before its verb names no one (the document's senders then ask)."""

from __future__ import annotations

import re
from functools import cache

from casewatch import vocab
from casewatch.extract.requests.asks import PRONOUN_SUBJECTS
from casewatch.extract.requests.named import bare_subject

# "– a) el Comité", "- 460. The Committee": an item's mark or a paragraph's number
_ITEM_MARK = re.compile(r"^[-–—•]?\s*(?:\(?(?:[a-z]|[ivx]{2,4}|\d{1,3})\)|\d{1,4}\.)\s+")
_LEADING_CONJUNCTION = re.compile(r"^(?:(?:and|et|e|y|и)(?:\s+|$))+")
_TRAILING_AUXILIARY = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|would|will|shall)(?:\s+(?:also|again|now|repeatedly))?"
    r"|today|yesterday|also|again"
    # "Amnesty International renewed calls for ...": renewing the call is no part of the name
    r"|renewed|reiterated|repeated|renews|reiterates|repeats)$"
)
_LEADING_THE = re.compile(r"^(?:(?:the|The|[Ll]as?|[Ll]es?|[Ll]os|[Ee]l)\s+|[Ll]['’]\s*)")
_PERFECT_TAIL = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|és|ée|ées)|(?:ha|han|había|habían)\s+\w+(?:ado|ido))\b.*$",
    re.S,
)
_JOINS_IN = re.compile(r"\s+(?:(?:also|again|now)\s+)?join(?:s|ed)?\s+[^,;:]{1,80}?\s+in$")
# "The Committee reiterates its previous request and asks ...": the body renewing its request asks
# "Forty UN experts have renewed their call for ...": those renewing it ask
_RENEWS = re.compile(
    r"\s+(?:reiterates?|renews?|repeats?)\s+(?:its|their)\s+(?:\w+\s+)?requests?(?:\s+and)?$"
    r"|\s+(?:(?:have|has|had)\s+)?(?:renewed|reiterated|repeated|renews?|reiterates?|repeats?)\s+(?:its|their|his|her)$"
)


# "the Committee notes that the union requests ...": who asks is the subject of the reported clause
# also "Ana Kovic said the union was calling on ...": a clause told after "said" without "that"
REPORTED_CLAUSE = re.compile(
    r"\b(?:that|que|qu['’])\s*|\b(?:said|says|told (?:\w+ )?reporters|added|stated)\s+", re.I
)


def named_asker(subject: str) -> str | None:
    """The issuer named by the subject of a verb of asking, or None when it names no one."""
    # "the Committee notes that the union requested ...": who asks is the subject of the reported clause
    subject = REPORTED_CLAUSE.split(subject)[-1].strip()
    subject = _LEADING_CONJUNCTION.sub("", _ITEM_MARK.sub("", subject))
    subject = _statement_lead().sub("", subject)  # "In a statement, the union": the medium is no one
    # "sent an e-mail to the President, the Prime Minister and the Minister ...": a clause cut at its commas
    # or dashes, or two parties joined, make no long name
    whole = not _CLAUSE_MARKS.search(subject)
    # "Amnesty International is calling on ...": the auxiliary is no part of who asks
    subject = _TRAILING_AUXILIARY.sub("", bare_subject(subject))
    # "L'union a condamné les arrestations avant de demander ...", "a donné un ultimatum ... pour": who
    # acted before the demand asks
    subject = _SENT_TAIL.sub("", _PERFECT_TAIL.sub("", subject))
    # "The union joins the federation in calling for ...": the one joining asks
    subject = _RENEWS.sub("", _JOINS_IN.sub("", subject))
    subject = subject.lstrip("\"“„«‘' ")  # a quotation that opens with its speaker ('"The union calls ...')
    named = subject.lower() not in PRONOUN_SUBJECTS and _names_someone(subject)
    # "We support and call for ...", "They, too, demand ...": a pronoun opens the clause of who asks
    named = named and not _PRONOUN_FIRST.match(subject)
    # "... Fontelles asking to", "... its support to the protest and": a clause cut before its verb ends on a
    # function word, and names no one who asks
    named = named and not _ends_on_function_word(subject)
    if named and (len(subject.split()) <= 8 or (whole and _long_name(subject))):
        return _LEADING_THE.sub("", subject)
    return None


_CLAUSE_MARKS = re.compile(r"[,;:–—]|\s-\s|\s(?:and|et|y)\s+(?:the|le|la|les|el|los|las)\s")
# "le Cadre unitaire syndical des enseignants du moyen et du secondaire": a body's long name, one capitalised
# word after its article and no clause (no comma) in it
_LONG_NAME = re.compile(r"^(?:(?:the|le|la|les|el|los|las)\s+|l['’]\s*)?(?-i:[A-ZÀ-ÝА-ЯЁ])[^,;:]*$", re.I)


def _long_name(subject: str) -> bool:
    """ "During the meeting held last week in the capital the delegates": a clause opening on a function word
    names no one."""
    words = _LEADING_THE.sub("", subject).split()
    return (
        len(words) <= 12 and bool(_LONG_NAME.match(subject)) and words[0].lower() not in _not_issuer_words()
    )


@cache
def _statement_lead() -> re.Pattern[str]:
    return re.compile(vocab.load("requests")["statement_lead"], re.I)


@cache
def _not_issuer_words() -> frozenset[str]:
    return frozenset(vocab.load("requests")["not_issuer_words"])


# "The federation wrote to the Prime Minister demanding ...", "The union issued a statement urging ...": who
# wrote asks, not whom they wrote to nor what they wrote
_SENT_TAIL = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:wrote|written|sent|addressed|issued|released|published)\b.*$", re.S
)
_PRONOUN_FIRST = re.compile(
    r"^(?:we|i|they|he|she|it|nous|je|ils|elles|il|elle|nosotros|nosotras|ellos|ellas|yo)\b(?![’'-])"
    # "Please send your message to the authorities demanding ...": the reader is asked to pass the ask on
    r"|^(?:please|veuillez|por favor)\b"
    # "decimos fuerte y claro que ...": a verb in the first person plural, its subject left out
    r"|^(?-i:[a-zñ]+(?:amos|emos|imos))\b",
    re.I,
)
_WORD = re.compile(r"[\w’'-]+")


def _ends_on_function_word(subject: str) -> bool:
    words = _WORD.findall(subject)
    return len(words) > 1 and words[-1].lower() in _not_issuer_words()


def _names_someone(subject: str) -> bool:
    """ "While they", "Nous en", "a": a subject of function words only names no one."""
    return any(w.lower().strip("’'-") not in _not_issuer_words() for w in _WORD.findall(subject))
