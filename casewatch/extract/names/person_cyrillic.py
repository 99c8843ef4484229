"""Russian-style person names: a patronymic ('Пётр Сергеевич'), a surname then initials ('Кузнецов А. Б.')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from casewatch.extract.names.common import SP, Found, has_cyrillic, not_name_words
from casewatch.extract.names.person_base import PERSON
from casewatch.extract.names.person_given import given_names

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# the common endings of Russian, Ukrainian, Belarusian, Kazakh and Caucasian surnames
_SURNAME = (
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ов|ев|ёв|ин|ын|ий|ый|ой|ова|ева|ёва|ина|ына|ая|ко|ук|юк|ич|ян|"
    r"дзе|швили|ли|уы|улы|кызы|бек|баев|баева|ых|их)"
)
_PATRONYMIC = r"[А-ЯЁ][а-яё]+(?:ович|евич|ьич|ич|овна|евна|ична|инична|ьевна|ьевич)"
_WITH_PATRONYMIC = re.compile(
    rf"(?<![\w-])(?:({_SURNAME}){SP}+)?({_WORD}){SP}+({_PATRONYMIC})(?:{SP}+({_SURNAME}))?(?![\w-])"
)
_ANY_CYRILLIC = re.compile(r"[А-ЯЁ][а-яё]")
_INITIALS = r"[А-ЯЁ]\.[ \t\u00a0]?(?:[А-ЯЁ]\.)?"
_SURNAME_INITIALS = re.compile(rf"(?<![\w-])({_SURNAME}){SP}+({_INITIALS})(?![\w])")


# a given name and surname in another case than the nominative: "дело Вячеслава Кобозева",
# "признал Анну Петрову виновной"
# the surname's stem (to its suffix) apart from its case ending: "Ковалеву" is "Ковалев" + "у"
_OBLIQUE = re.compile(
    rf"(?<![\w-])([А-ЯЁ][а-яё]+(?:а|я|у|ю|ом|ем|е|ы|и|ой|ей)){SP}+"
    r"([А-ЯЁ][а-яё]+?(?:ов|ев|ёв|ин|ын))(?:а|у|ым|е|ой|ую)(?![\w-])"
)
# a man's surname ending in a consonant, in another case: "задержала Александра Шендрика", "с Иваном
# Ковальчуком" (a woman's such surname does not decline: "Марию Ковальчук")
_OBLIQUE_CONSONANT = re.compile(
    rf"(?<![\w-])([А-ЯЁ][а-яё]+(?:а|я|у|ю|ом|ем|е|и)){SP}+"
    r"([А-ЯЁ][а-яё]*?[бгджзклмнпрстфхцчшщ])(?:а|у|ом|ем|е)(?![\w-])"
)
# case endings of a given name, the nominative each comes from ("Дмитрия" <- "Дмитрий", "Ильи" <- "Илья")
_GIVEN_ENDINGS = (
    ("ия", "ий"), ("ии", "ия"), ("ью", "ья"), ("ьи", "ья"), ("ы", "а"), ("у", "а"), ("ой", "а"),
    ("и", "я"), ("ю", "я"), ("ей", "я"), ("а", ""), ("у", ""), ("ом", ""), ("е", ""), ("я", "ь"),
    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"),
)  # fmt: skip


def _nominative_given(word: str, masculine: bool = False) -> str | None:
    """The nominative a given name in another case comes from; a man's first, when `masculine` ("Ивану" is
    "Иван"'s dative, though "Ивана" is a woman's name too; "Ильи" is still "Илья")."""
    names = given_names()
    found = [
        stem
        for ending, nominative in _GIVEN_ENDINGS
        if word.endswith(ending) and (stem := word[: -len(ending)] + nominative) in names and stem != word
    ]
    if masculine:
        return next((stem for stem in found if not stem.endswith(("а", "я"))), found[0] if found else None)
    return found[0] if found else None


def is_given_name_form(word: str) -> bool:
    """'Вячеслава', 'Дмитрием', 'Анна': a given name in any case."""
    return word in given_names() or _nominative_given(word) is not None


def _oblique_persons(text: str) -> Iterator[Found]:
    for m in _OBLIQUE.finditer(text):
        given = _nominative_given(m.group(1))
        if given is None:
            continue
        surname = m.group(2) + ("а" if given[-1] in "ая" else "")
        yield Found(PERSON, m.start(), m.end(), m.group(0), canonical=f"{given} {surname}")
    for m in _OBLIQUE_CONSONANT.finditer(text):
        given = _nominative_given(m.group(1), masculine=True)
        surname = m.group(2)
        # the suffixes of _OBLIQUE and of adjectival surnames are the other rules'; a stem the stop list
        # names is no surname
        if given is None or surname.endswith(_OTHER_SURNAME_STEMS) or surname.casefold() in not_name_words():
            continue
        yield Found(PERSON, m.start(), m.end(), m.group(0), canonical=f"{given} {_unfleeting(surname)}")


_OTHER_SURNAME_STEMS = ("ов", "ев", "ёв", "ин", "ын", "ом", "ем", "ог", "ег", "ым", "им")


def _unfleeting(stem: str) -> str:
    """ "Бригинца" is "Бригинец"'s genitive: the vowel of '-ец' drops when the surname declines."""
    if stem.endswith("ц") and len(stem) > 3 and stem[-2] not in "аеёиоуыэюяь":
        return stem[:-1] + "ец"
    return stem


# a man's adjectival surname in another case: "руководителя Дмитрия Трудового", "с Петром Белым"
_OBLIQUE_ADJECTIVAL = re.compile(
    rf"(?<![\w-])([А-ЯЁ][а-яё]+(?:а|я|у|ю|ом|ем|е)){SP}+([А-ЯЁ][а-яё]+?)(ого|его|ому|ему|ым|им)(?![\w-])"
)


def _oblique_adjectival(text: str) -> Iterator[Found]:
    for m in _OBLIQUE_ADJECTIVAL.finditer(text):
        given = _nominative_given(m.group(1), masculine=True)
        if given is None or given[-1] in "ая":
            continue
        stem = m.group(2)
        # '-ского' comes from '-ский'; after other stems the stressed '-ой' is the commoner surname
        nominative = stem + ("ий" if stem[-1] in "кгхжшчщ" or m.group(3)[0] == "е" else "ой")
        yield Found(PERSON, m.start(), m.end(), m.group(0), canonical=f"{given} {nominative}")


# a surname in the dative, as a Russian address block writes it ("г-ну А. Б. Петрову", "Т. Н. Сидоровой"):
# the nominative it comes from
_DATIVE_SURNAME = (
    ("скому", "ский"), ("цкому", "цкий"), ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"),
    ("ыну", "ын"), ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
)  # fmt: skip
_INITIAL_TOKEN = re.compile(r"^(?:[А-ЯЁ]\.)+$")


def nominative_initialled(name: str) -> str:
    """A name of initials and one surname in the dative, in the nominative ('А. Б. Петрову' is
    'А. Б. Петров'); any other name as written."""
    tokens = name.replace(".", ". ").split()
    surnames = [t for t in tokens if not _INITIAL_TOKEN.match(t)]
    if len(surnames) != 1 or len(surnames) == len(tokens) or not _ANY_CYRILLIC.match(surnames[0]):
        return name
    surname = surnames[0]
    for ending, nominative in _DATIVE_SURNAME:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            return name.replace(surname, surname[: -len(ending)] + nominative)
    return name


def nominative_of_initialled(found: Found) -> Found:
    """A found name of initials and a dative surname, with its nominative as the preferred name."""
    name = found.canonical or nominative_initialled(found.text)
    return found if name == found.text or found.canonical else replace(found, canonical=name)


# a given name and a surname in the nominative, the given name unknown to the list ('Жанболат Торгаев'):
# the surname's ending shows it; the first word is no adjective ('Российская Федерация' has none such)
_NAME_AND_SURNAME = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]{2,})[ \t\u00a0]+([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ын|ына|енко|ук|юк|"
    r"ян|дзе|швили|улы|кызы|баев|баева))(?![\w-])"
)
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ую|юю|их|ых|ым|им)$")


_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "баева")
_MASCULINE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "баев")


def _agree(first: str, surname: str) -> bool:
    """A woman's name ends in -а or -я and so does her surname ('Асем Капарбекова'); a man's ends in a
    consonant ('Жанболат Торгаев'); '-енко', '-ян', '-дзе' are either's ('Москва Путин' is no name)."""
    if surname.endswith(_FEMININE_SURNAME):
        return first.endswith(("а", "я"))
    if surname.endswith(_MASCULINE_SURNAME):
        return not first.endswith(("а", "я", "ы", "и", "у", "ю", "е", "о"))
    return True


def _named_with_surname(text: str) -> Iterator[Found]:
    stop = not_name_words()
    for m in _NAME_AND_SURNAME.finditer(text):
        first, surname = m.group(1), m.group(2)
        if first.casefold() in stop or _ADJECTIVE_END.search(first) or surname.casefold() in stop:
            continue
        # 'Вячеслава Дорохова': a known given name in another case is read by the oblique rules
        known = first in given_names()  # 'Илья Петров': a man's given name may end in -я
        if (not known and not _agree(first, surname)) or (not known and _nominative_given(first)):
            continue
        yield Found(PERSON, m.start(), m.end(), m.group(0))


def cyrillic_persons(text: str) -> Iterator[Found]:
    """'Иванов Пётр Сергеевич', 'Пётр Сергеевич Иванов', 'Пётр Сергеевич', 'Кузнецов А. Б.'."""
    # most documents: no pattern to try at every word (the step's other Russian rules ask the same)
    if not has_cyrillic(text) or not _ANY_CYRILLIC.search(text):
        return
    for m in _WITH_PATRONYMIC.finditer(text):
        # "Уважаемая Анна Петровна": a salutation's adjective looks like a surname
        surname = m.group(1) and m.group(1).casefold() not in not_name_words()
        start = m.start(1) if surname and not m.group(4) else m.start(2)
        end = m.end(4) if m.group(4) else m.end(3)
        yield Found(PERSON, start, end, text[start:end])
    for m in _SURNAME_INITIALS.finditer(text):
        yield Found(PERSON, m.start(), m.end(), m.group(0).rstrip())
    yield from _oblique_persons(text)
    yield from _oblique_adjectival(text)
    yield from _named_with_surname(text)
