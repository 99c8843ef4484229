"""Organisations named in French, Spanish or Portuguese style: a head, lower-case adjectives, complements.

'Confédération des travailleurs unis', 'Union des syndicats de Ruritanie', 'Conseil national de la presse',
'ministerio del Interior': only the head is capitalised, so the capitalised-chain rule stops at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from casewatch import vocab
from casewatch.extract.names.common import SP, Found, not_name_words, words_not_after
from casewatch.extract.names.org_abbreviations import abbreviates, acronyms_around
from casewatch.extract.names.org_words import ORG, word_sets
from casewatch.extract.openings import DOCUMENT, Openings, first_match, with_openings

# "contra", "para", "pour" join only a capitalised complement ('Delitos contra Sindicalistas')
_PREP = (
    r"(?:de(?:[ \t\u00a0]+la|[ \t\u00a0]+los|[ \t\u00a0]+las)?|del|du|des|da|do|das|dos|d[’']"
    r"|contra|para|pour)"
)
_CAPITALISED_ONLY = frozenset({"contra", "para", "pour"})
_WORD = r"[^\W\d_][\w’'-]*"
# lower-case words that read as adjectives: 'générale', 'nacional', 'supérieur', 'judiciaire', 'publics'
_ADJECTIVE = re.compile(
    r"[a-zà-ÿ][\w-]*(?:al|ale|ales|aux|el|nelle|nelles|uelle|uelles|ique|iques|ic|ics|ico|ica|icos|icas|aire|aires|if|ive|ifs|"
    r"ives|ivo|iva|ivos|ivas|ien|ienne|iens|iennes|ier|ière|iers|ières|ieur|ieure|ieurs|ieures|ais|aise|ano|ana|"
    r"anos|anas|ense|enses|ista|istas|ant|ante|ants|antes|ente|entes|é|ée|és|ées|ado|ada|ados|adas|ido|ida|"
    r"idos|idas|ar|ares|oire|oires|orio|oria|nal|nales|naux|il|ile|iles|ome|omes|bre|bres|ero|era|eros|eras)"
)


@cache
def _function_words() -> frozenset[str]:
    """Articles, pronouns, auxiliaries and conjunctions: a name never goes on through them."""
    return frozenset(vocab.load("org_heads")["romance_function_words"])


@cache
def _place_words() -> frozenset[str]:
    return frozenset(vocab.load("org_heads")["romance_place_words"])


@cache
def _heads() -> tuple[str, ...]:
    return tuple(vocab.load("org_heads")["romance_heads"])


@cache
def _pattern() -> re.Pattern[str]:
    # a few heads name one body even in lower case ('el ministerio del Interior'); most then are common nouns
    lowered = {h[0].lower() + h[1:] for h in vocab.load("org_heads")["romance_lowercase_heads"]}
    # "(?<![\w-])(?:head|...)" with the look-behind after the first letter: scanned for at C speed
    heads = words_not_after(r"\w-", sorted(set(_heads()) | lowered, key=len, reverse=True))
    step = (
        rf"(?:{SP}+{_WORD}"  # an adjective after the head or a noun (checked below)
        rf"|{SP}+{_PREP}(?:{SP}+|(?<=[’'])){_WORD}"  # a complement
        rf"|{SP}+(?:et|y|e){SP}+(?:{_PREP}{SP}+|(?:les|los|las|la|le|l[’']){SP}*)?[a-zà-ÿ][\w’'-]*)"
    )
    return re.compile(rf"({heads})((?:{step}){{1,20}})")


_STEP = re.compile(
    rf"{SP}+(?P<conj>et|y|e){SP}+(?:(?P<prep2>{_PREP}){SP}+|(?:les|los|las|la|le|l[’']){SP}*)?(?P<word2>[\w’'-]+)"
    rf"|{SP}+(?:(?P<prep>{_PREP})(?:{SP}+|(?<=[’'])))?(?P<word>{_WORD})"
)


# the rest of a name up to the acronym in brackets that closes it: ', de la chimie et du caoutchouc (SYN)'
_TO_ACRONYM = re.compile(
    rf"((?:,?{SP}+[^\W\d_][\w’'-]*){{1,14}}){SP}*\((?:[A-ZÀ-Ý][A-ZÀ-Ý&-]{{1,11}}|(?P<word>[A-ZÀ-Ý][a-zà-ÿ]{{2,20}}))\)"
)
_JOINING = frozenset(
    {
        "de",
        "del",
        "du",
        "des",
        "la",
        "le",
        "les",
        "los",
        "las",
        "el",
        "y",
        "et",
        "e",
        "da",
        "do",
        "das",
        "dos",
        "ou",  # 'secteurs annexes ou analogues (XYZ)': within a name closed by its acronym
        "en",  # '... de la Construcción en General (Sinacog)'
        "em",
        "o",
    }
)
_ELIDED = re.compile(r"^[dl][’']")


def _name_words_only(words: str) -> bool:
    """Words a name may run on through: no verb, pronoun or other function word, no other body's head."""
    heads = set(_heads()) | word_sets()["heads"]
    stops = _function_words() - _JOINING
    bare = (_ELIDED.sub("", word) for word in words.replace(",", " ").split())
    return not any(word.casefold() in stops or word in heads for word in bare)


def _up_to_acronym(text: str, start: int, end: int) -> int:
    """A name cut at a comma or a lower-case word runs on to the acronym bracketed right after it, when
    the words between hold no verb, pronoun or other body's head."""
    m = _TO_ACRONYM.match(text, end)
    if m is None:
        return end
    # an acronym written as a word ('(Sinacog)') must abbreviate the name: '(Valdor)' is a place
    if m.group("word") and not abbreviates(m.group("word"), text[start : m.end(1)]):
        return end
    return m.end(1) if _name_words_only(m.group(1)) else end


# a name's complements listed with commas and closed by 'et'/'y', with no acronym after them:
# ', de la chimie et des mines', ', del caucho y de la madera' (the comma alone cuts no such name)
_LOWER = r"[a-zà-ÿ][\w’'-]*"
_ENUMERATED = re.compile(
    rf"((?:,{SP}+{_PREP}(?:{SP}+|(?<=[’'])){_LOWER}){{1,4}}"
    rf"{SP}+(?:et|y|e){SP}+{_PREP}(?:{SP}+|(?<=[’'])){_LOWER}(?:{SP}+(?:et|y|e){SP}+{_LOWER})?)(?![\w’'-])"
)
_ENDS_AT_COMPLEMENT = re.compile(r"(?:\b(?:de|du|des|del|da|do|das|dos)\s+|\bd[’'])[^\W\d_][\w’'-]*$")


def _through_enumeration(text: str, start: int, end: int) -> int:
    """A name ending at a complement ('Union des syndicats du bois') runs on through the complements
    listed after it (', de la chimie et des mines') when they hold no function word or other body's head."""
    if not _ENDS_AT_COMPLEMENT.search(text, start, end):
        return end
    m = _ENUMERATED.match(text, end)
    if m is None:
        return end
    return m.end(1) if _name_words_only(m.group(1)) else end


@cache
def _opened_by_heads() -> Openings:
    """The heads are many, and rare in most texts: the rule is tried only where one starts (found in the
    document's one Aho-Corasick pass), where a scan stops at each capital opening any of them."""
    return with_openings(_pattern(), together=DOCUMENT)


def romance_orgs(text: str) -> Iterator[Found]:
    heads = _opened_by_heads()
    starts = heads.starts(text)
    pos = 0
    while (m := first_match(heads, text, 0, starts, pos)) is not None:
        end = _name_end(m.group(2), m.end(1))
        if end > m.end(1):
            cut = end
            end = _up_to_acronym(text, m.start(1), end)
            end = _through_enumeration(text, m.start(1), end) if end == cut else end
        if end > m.end(1) and not _a_kind_of_body(text[m.start(1) : end]):
            acronyms = acronyms_around(text, m.start(1), end)  # 'Fédération ... du bois (FITB)'
            yield Found(ORG, m.start(1), end, text[m.start(1) : end], acronyms=acronyms)
        # the search goes on where the name ends: a head cut short ("le ministère a refusé
        # d'enregistrer le Syndicat national ...") must not hide a name its run of words holds
        pos = max(end, m.end(1))


_CAPITAL = re.compile(r"(?<![\w’'-])[A-ZÀ-Ý]")


def _a_kind_of_body(name: str) -> bool:
    """'le tribunal correctionnel', 'un tribunal colegiado del primer circuito': a lower-case head with no
    capitalised word after it tells what kind of body acted, it names none ('el ministerio del Interior'
    does); an acronym after it still names the body."""
    return name[:1].islower() and _CAPITAL.search(name) is None


# adjectives written before their noun: 'de grande instance', 'de primera instancia', 'de haute qualité'
_BEFORE_NOUN = frozenset(
    {"grande", "grand", "petite", "petit", "haute", "haut", "première", "premier", "nouvelle", "nouveau"}
    | {"primera", "primer", "segunda", "gran", "alta", "nueva", "nuevo", "primeira", "nova"}
)
_ARTICLE_AFTER = re.compile(rf"{SP}+(?:los|las|el|la|le|les|un|una|une|os)(?![\w’'-])")


def _name_end(tail: str, offset: int) -> int:
    """Where the name ends: after the last adjective or complement that reads as part of it."""
    end, pos, adjectives, complements, named, noun_due = offset, 0, 0, 0, False, False
    while (step := _STEP.match(tail, pos)) is not None:
        word = step.group("word") or step.group("word2") or ""
        if step.group("conj"):
            # 'et des transports publics' joins; 'et la CGT', 'et de Me X' do not; two adjectives joined
            # qualify the head together: 'Conseil économique et social', 'Consejo económico y social'
            paired = adjectives == 1 and not step.group("prep2") and _adjective(word.casefold())
            if not paired and (not complements or not word[:1].islower() or word in _function_words()):
                break
            adjectives = 2 if paired else adjectives
        elif step.group("prep"):
            if _ends_at_complement(step.group("prep"), word):
                break
            adjectives, complements = 0, complements + 1
            # 'de grande instance', 'de première instance': an adjective opening a complement, its noun after
            noun_due = word in _BEFORE_NOUN or (word[:1].islower() and _adjective(word))
            pos, end = step.end(), offset + step.end()
            named = True
            continue
        elif word[:1].isupper() and not word.isupper() and word.casefold() not in not_name_words():
            if word in word_sets()["not_org_after_head"]:
                break  # 'Office Circular', 'Union Bulletin': a document of the body, in English
            adjectives = 0  # 'Central Autónoma de ...'; without a complement no name ('Central Asia')
        elif noun_due and word[:1].islower() and word not in _function_words():
            noun_due = False  # the complement's noun: 'grande instance'
        elif not _adjective(word) or adjectives >= 2 or _ARTICLE_AFTER.match(tail, step.end()):
            break  # 'la Fiscalía presente los actos': a verb that an article follows, not an adjective
        elif not complements and _plural_after_singular(word, tail):
            break  # 'el Ministerio Público acusados de ...': a participle of the sentence, not an adjective
        else:
            adjectives += 1
        noun_due = False
        pos = step.end()
        end = offset + pos
        # 'Poder Judicial': a capitalised adjective names the body too ('Central Asia' does not)
        named = named or bool(step.group("prep")) or bool(_ADJECTIVE.fullmatch(word.lower()))
    return end if named else offset


def _plural_after_singular(word: str, tail: str) -> bool:
    """A lower-case plural adjective right after a singular head's words agrees with no word of the name:
    the sentence has gone on ('Ministerio Público acusados', 'Tribunal Supremo condenados')."""
    before = tail[: tail.find(word)].split()
    last = before[-1] if before else ""
    return word.endswith(("s", "x")) and bool(last) and not last.endswith(("s", "x"))


def _adjective(word: str) -> bool:
    """A lower-case word that reads as an adjective; "la Policía recientemente detuvo": a Spanish adverb
    ends in an adjective's ending too."""
    if word in _function_words() or (word.endswith("mente") and len(word) > 7):
        return False
    return bool(_ADJECTIVE.fullmatch(word.lower()))


def _ends_at_complement(prep: str, word: str) -> bool:
    """A function word, a lower-case word after 'contra', or another body's head: 'del Ministerio Público'.
    A plural head names the members of a body of bodies: 'Unión Internacional de Sindicatos de ...'."""
    if word in _function_words() or (prep in _CAPITALISED_ONLY and not word[:1].isupper()):
        return True
    # 'Delitos contra Sindicalistas' names whom the body serves, in the plural; 'la Guardia Nacional contra
    # González' tells whom it acted against
    if prep in _CAPITALISED_ONLY and not word.endswith(("s", "x")):
        return True
    if word in _place_words():  # '... de Santa Cruz del departamento de ...': where the body is, not its name
        return True
    # a bare 'de' before a head names the body's field, not a second body: 'Dirección General de Inspección
    # del Trabajo', 'Empresa Regional de Servicio Público'; 'del Ministerio', 'de la Empresa' name another
    if prep == "de" and word[:1].isupper():
        return False
    return (word in _heads() or word in word_sets()["heads"]) and not word.endswith("s")
