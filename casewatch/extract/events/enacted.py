"""A date written as part of a numbered instrument's name dates that instrument, not an act.

"detained under Decree No. 507 of 3 December 1980", "en virtud del decreto núm. 507, de 3 de
diciembre de 1980", "en application de la loi no 90-14 du 2 juin 1990": the date tells when the
decree or law was made; the arrest done under it happened on another day, and only a law's own
adoption takes that date. A law repealed or amended in the passive ("the law No. 9 of 2 May 2000
was repealed in 2008", "la ley núm. 12, de 4 de marzo de 1991, fue derogada") was undone on
another day than it was made.
"""

from __future__ import annotations

import re

from casewatch.extract.dates import DateMention

# a law, decree or order, its number, then the word joining it to its date
_NUMBERED_INSTRUMENT = re.compile(
    r"\b(?:decrees?|laws?|acts?|ordinances?|orders?|regulations?|resolutions?|décrets?|lois?|ordonnances?|"
    r"arrêtés?|décisions?|decretos?|leyes|ley|ordenanzas?|resoluci[óo]n(?:es)?|acuerdos?)"
    r"(?:[-\s](?:ley|loi|law|supremo|ejecutivo|presidencial|présidentiel|ministerial|ministériel|royal|real))?"
    r"\s+(?:No\b\.?|Nos\b\.?|n[°º]s?\.?|no\b\.?|núm\.?|num\.?|número)\s*[\w./-]*\d[\w./-]*"
    r",?\s+(?:of|dated|de\s+fecha|de|del|du|en\s+date\s+du)\s+(?:the\s+|el\s+|le\s+)?$",
    re.I,
)
INSTRUMENT_REACH = 80  # chars before the date: the instrument's kind and number
# a law change told by a passive participle of undoing or changing, at the trigger's end
_UNDONE = re.compile(
    r"\b(?:repealed|amended|abolished|abrogée?s?|modifiée?s?|abolie?s?|derogad[oa]s?|modificad[oa]s?|"
    r"reformad[oa]s?|abolid[oa]s?)$",
    re.I,
)


def instrument_date(text: str, date: DateMention) -> bool:
    """The date follows a numbered instrument's name ("Decree No. 507 of", "decreto núm. 507, de")."""
    return _NUMBERED_INSTRUMENT.search(text, max(0, date.start - INSTRUMENT_REACH), date.start) is not None


def made_on_instrument_date(word: str) -> bool:
    """A law change that may take the date of the instrument it names: its making, not its repeal or
    amendment in the passive ("was repealed", "fue derogada", "a été modifiée"); the amending
    instrument named after it ("was amended by Act No. 5 of 2 May 2001") dates it all the same."""
    return _UNDONE.search(word) is None
