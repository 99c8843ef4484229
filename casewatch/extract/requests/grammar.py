"""The request vocabulary (vocab/requests.json) compiled once: verbs of asking, addressees, particles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from casewatch import vocab
from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import LiteralIndex, fold, literal_index, necessary
from casewatch.extract.openings import Openings, with_openings


@dataclass(frozen=True)
class Gates:
    """Which of many patterns may match a sentence, told in two passes before any pattern runs: a
    pattern is tried only where the sentence holds one of its cue fragments (in the case-folded
    sentence) and one of the literals that every match of it holds (`literals.necessary`)."""

    names: tuple[str, ...]
    cues: LiteralIndex  # per name, its cue fragments (None: no cue list; an empty set: never tried)
    literals: LiteralIndex

    def open(self, sentence: str) -> frozenset[str]:
        passing = self.cues.passing(sentence.casefold()) & self.literals.passing(fold(sentence))
        return frozenset(self.names[i] for i in passing)


def gates(patterns: dict[str, tuple[re.Pattern[str], tuple[str, ...] | None]]) -> Gates:
    """Gates of named patterns, each with its cue fragments or None."""
    names = tuple(patterns)
    cues = [None if c is None else frozenset(c) for _, c in patterns.values()]
    literals = [necessary(p.pattern, p.flags) for p, _ in patterns.values()]
    return Gates(names, literal_index(cues), literal_index(literals))


@dataclass(frozen=True)
class Foreign:
    """One language's demand: verb, optional addressee, adverbs, the particle it governs, the ask."""

    language: str
    demand: Gated
    cues: tuple[str, ...]  # a sentence holding none of these has no demand in the language
    reported: Gated | None = None  # past forms: an ask where the genre reports asks
    # "... et appelle tant l'OIT que le rapporteur à intervenir", "... et nous demandons à la justice de":
    # a second demand after a conjunction, of any addressee (what stands between the verb and its particle)
    second: Gated | None = None


@dataclass(frozen=True)
class Grammar:
    """Compiled request vocabulary."""

    demand: re.Pattern[str]
    demand_that: re.Pattern[str]
    passive_demand: re.Pattern[str]  # "The Government is requested to provide ...": addressee first
    grateful: re.Pattern[str]  # "would be grateful if the Government would provide ...": addressee first
    grateful_info: re.Pattern[str]  # "would be grateful to receive information on ...": no addressee
    mobilised: re.Pattern[str]  # "les travailleurs", "sus afiliados": one's own side called to act, not asked
    call_for: re.Pattern[str]
    reported_demand: re.Pattern[str]  # "urged the authorities to": an ask in news, a recollection in ILO
    reported_call_for: re.Pattern[str]  # "called for the release of"
    reported_demand_that: re.Pattern[str]  # "demanded that the authorities release ..."
    call_for_passive: re.Pattern[str]  # "calls for X to be released", "called for the charges to be dropped"
    not_reported: re.Pattern[str]  # "has urged", "previously requested": an earlier request
    modal: re.Pattern[str]  # "the authorities should release ..."
    modal_passive: re.Pattern[str]  # "those detained must be released": an ask told with its subject
    ultimatum: re.Pattern[str]  # "gave the company an ultimatum to reinstate ...": an ask with its deadline
    foreign_modal: re.Pattern[str]  # "la répression doit cesser", "deben ser liberados": ask and subject
    general_duty: re.Pattern[str]  # "les États", "governments everywhere": a modal's subject asks no one
    info_request: re.Pattern[str]  # "requests clarification of ...": information asked without an addressee
    reported_info_request: re.Pattern[str]  # "requested from the Government information on ...": told in news
    next_ask: re.Pattern[str]  # ", free the detainees and lift the ban": a further ask without its "to"
    next_verb: re.Pattern[str]  # "... and drop the charges": a second remedy in a modal ask
    remedy_pair: re.Pattern[str]  # "reinstate X and regulate Y": two remedies joined by a bare "and"
    noun_request: re.Pattern[str]  # "the Committee's request to release ..."
    please: Gated  # most sentences hold none of its words: they are not scanned for it
    please_not: re.Pattern[str]
    fillers: re.Pattern[str]
    ask_end: re.Pattern[
        str
    ]  # ", soulignant que ...", "et menace l'Etat ...": what follows the ask, told apart
    measures_intro: re.Pattern[str]
    keep_purpose: str
    not_asks: re.Pattern[str]
    foreign: tuple[Foreign, ...]
    informed_tail: re.Pattern[str]
    informed_only: re.Pattern[str]  # "keep it informed in this regard": a wish naming nothing to report on
    bare_lead_in: re.Pattern[str]  # "Therefore we demand:": the asks are the bullets below
    recalled_lead: re.Pattern[str]  # "the Committee made the following recommendations:"
    topic_lead: re.Pattern[str]  # "..., with regard to:": the bullets are the matters of the lead's one ask
    earlier_examination: re.Pattern[str]  # "at its March 2019 meeting", "[see 388th Report": made before
    supervisory_bodies: re.Pattern[str]  # "the Committee", "la commission": who states a record's own asks
    renewed_request: re.Pattern[str]  # "the Committee reiterates" before "its request to": asked again here
    back_reference: re.Pattern[str]  # "take all measures to address these issues": no new ask
    refers_back: re.Pattern[str]  # "indicate how it complies": a question about the one before
    remedy_verbs: str  # "release", "drop", "reinstate": what an authority is asked to do
    remedies: str  # "release", "reinstatement", "end": a remedy named by its noun
    next_subjunctive: re.Pattern[str]  # "que cese ..., libere ... y cumpla": a further Spanish ask
    cues: dict[str, tuple[str, ...]]  # pattern name -> fragments one of which a match holds


ENUMERATOR = r"\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)"  # "i)", "(b)", "2)": an enumerated ask


# Russian and Belarusian ask with the infinitive right after the verb or its addressee
_NO_PARTICLE = frozenset({"ru", "be"})
# languages whose second demand after "et"/"y" names its own addressee ("... et appelle X à ...")
_SECOND_DEMANDS = frozenset({"fr", "es", "de", "pt"})


def _foreign(language: str, entry: dict[str, Any]) -> Foreign:
    # a particle is a whole word ("a", not the first letter of "al"), or ends in an elided vowel ("d'")
    # "pide al Gobierno que: i) modifique ...; y ii) indique ...": a colon and an enumerator after it
    particle = rf"(?P<p>{entry['particle']})(?:\s*:\s*{ENUMERATOR}\s+|(?<=['’])\s*|\s+|(?=,\s))"
    if language in _NO_PARTICLE:  # an infinitive follows the verb directly
        particle = rf"(?:{particle})?"
    # "настаиваем, чтобы": a comma may part the verb from its particle; the ask may open a quotation,
    # also before a noun ("réclame « la libération de ... »") or its particle ("insta “a que cumpla ...”")
    # "réclame : la libération de ...": a colon may part the verb from a noun asked on the same line, and
    # so may a dash ("требует - немедленного освобождения ...")
    adverb = entry["adverbs"]
    adverbs = rf"(?:{adverb}(?:,?\s+(?:et|y)\s+{adverb})?,?\s+)*"
    rest = (
        # "le ministre du Travail, M. Paul Ivars, à ...": who the addressee is, between commas
        # "prie, par conséquent, le gouvernement", "prie instamment et à nouveau le gouvernement"
        rf"(?:\s*:(?=[ \t]*\w)|\s+[–—-](?=\s))?,?\s+{adverbs}"
        # "prie le gouvernement: i) de modifier ...; et ii) d'indiquer ...": enumerated after a colon
        # "Instamos al gobierno de Ruritania, a que ...": a comma may close the addressee before its particle
        rf"(?:(?P<to>{entry['to']})(?:,\s+[^,;]{{2,60}}?,)?(?:\s*:\s*{ENUMERATOR})?,?\s+)?"
        rf"{adverbs}"
        # "pide al Gobierno que, en consulta con los interlocutores sociales, modifique ...": an aside first
        rf"(?:(?:[\"“«]\s*)?{particle}|(?=(?:[\"“«]\s*)?{entry['determiner']}))(?P<aside>,\s*[^,;.]{{3,80}},\s*)?"
        rf"(?P<ask>(?:[\"“«]\s*)?\w.*)"
    )
    demand = gated(rf"(?P<verb>(?i:{entry['verb']})){rest}", re.S)
    past = entry.get("reported_verb")
    reported = gated(rf"(?P<verb>(?i:{past})){rest}", re.S) if past else None
    second = None
    if language in _SECOND_DEMANDS:  # a Russian demand has no particle to end its addressee
        # the addressee ends at a particle before an infinitive ("à intervenir"), or at a "que" close by
        infinitive = r"(?:s['’]|se\s+)?\w+(?:er|ir|re|ar)\b"
        second = gated(
            rf"\s(?:et|y)\s+(?:(?:nous|ils|elles|nosotros|ellos)\s+)?(?P<verb>(?i:{entry['verb']})),?\s+(?:{entry['adverbs']}\s+)*"
            rf"(?:(?P<to>[^;.]{{2,150}}?)\s+(?P<p>à|de|a)\s+(?={infinitive})|(?P<to2>[^;.]{{2,150}}?)\s+d['’]\s*(?={infinitive})"
            rf"|(?P<to3>(?:[^\s;.]+\s+){{0,4}}?[^\s;.]+)\s+(?P<p3>(?:para |a |à ce )?que)\s+)"
            rf"(?P<ask>[\"“«]?\w.*)",
            re.S,
        )
    return Foreign(language, demand, tuple(entry["cues"]), reported, second)


def _country_names() -> str:
    """Country names in Latin letters, longest first: "called on Ruritania to release ..." addresses its
    authorities."""
    names = {
        n
        for entry in vocab.load("countries").values()
        for n in entry["names"]
        if n[:1].isupper() and n.isascii() and len(n.split()) <= 4
    }
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def grammar() -> Grammar:
    data = vocab.load("requests")
    verbs, addressees = data["verbs"], data["addressees"]
    # a country standing for its authorities is addressed after a verb of asking, not before a modal
    # a person asked by name, with or without a title ("called on Durand to release ...", "urged Minister
    # Ana Ruiz to reinstate ..."): a capitalised name right before the remedy asked of it
    remedy = rf"(?:{data['remedy_verbs']}|intervene|reverse|pardon|reconsider|veto)"
    when = rf"(?:\s+(?:{data['told_when']}))?"  # "urged Ruritania on Monday to ...": when the call was made
    person = (
        r"(?-i:(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)"
        rf"(?=(?:,\s*[^,;.]{{2,40}},)?{when},?\s+to\s+(?:(?:immediately|urgently|unconditionally|also)\s+)?{remedy}\b)"
    )
    # "urges the international community to ...", "asked the employers to ...": a party, not an authority
    party = rf"(?:(?:the|all|its|their|our|his|her|other)\s+)*(?:[\w’'-]+\s+){{0,2}}?(?:{data['parties']})"
    # "the Government and the social partners": a party asked together with the first is one addressee
    first = rf"(?:{addressees}|(?:the )?(?-i:{_country_names()})(?={when}\s+to\s)|{person}|{party})"
    # "calls on the President, Prosecutor-General, and Prime Minister of Ukraine to ...": one ask of several
    # parties listed after a first one, each a capitalised title or a party of the listed kinds
    listed = (
        r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?:of\s+)?(?:the\s+)?(?-i:[A-Z])[\w’'-]*){0,4}"
        rf"|(?:[\w’'-]+\s+){{0,2}}?(?:{data['parties']}|{data['listed_parties']}))"
    )
    # a list ends with "and" its last party; without it, a party between commas is an apposition
    more = rf"(?:,\s+{listed}){{0,3}},?\s+and\s+{listed}"
    addressed = rf"(?:{first}(?:{data['coaddressees']}|{more})?)"
    # "urge you, Mr President, to ...": a vocative between the addressee and the ask
    # "requests it in its next report to indicate ...": when the answer is due, between addressee and ask
    to_ask = (
        rf"(?:\s+\(\w+\))?{when}"
        r"(?:\s+in\s+(?:its|their)\s+(?:next\s+|forthcoming\s+)?(?:report|reply))?"
        r"(?:\s*,\s*[^,;.]{2,40},)?(?:\s*,?\s+(?:\w+\s+){0,2}?|\s*:\s*\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+)"
        # 'calls on the Government "to institute ..."': the ask quoted from the resolution
        r"[\"“«]?to\b"
        r"\s*:?\s*(?P<ask>.*)"
    )
    # "demands upon the Government for the immediate release of ...": whom the call is made on, then "for"
    call_for = rf")(?:\s+(?:up)?on\s+(?P<to>{addressed})\s+for)?\s+(?P<ask>{data['call_for_object']}.*)"
    please = data["please"]
    return Grammar(
        # "requests once again the Government to ...": an adverb between the verb and its addressee
        demand=re.compile(
            rf"\b(?P<verb>{verbs})\s+(?:(?:once again|again|also|therefore|further|firmly)\s+)?"
            rf"(?P<to>{addressed}){to_ask}",
            re.I | re.S,
        ),
        passive_demand=re.compile(data["passive_demand"], re.I | re.S),
        grateful=re.compile(data["grateful"], re.I | re.S),
        grateful_info=re.compile(data["grateful_info"], re.I | re.S),
        mobilised=re.compile(data["mobilised"], re.I),
        demand_that=re.compile(rf"\b(?P<verb>{verbs}|{data['hopes']})\s+that\s+(?P<ask>.*)", re.I | re.S),
        call_for=re.compile(rf"\b(?P<verb>{data['call_for']}{call_for}", re.I | re.S),
        reported_demand=re.compile(
            rf"\b(?P<verb>{data['reported_verbs']})\s+(?P<to>{addressed}){to_ask}", re.I | re.S
        ),
        reported_call_for=re.compile(
            rf"\b(?P<verb>{data['reported_call_for']})\s+"
            rf"(?P<ask>(?:{data['call_for_object']}(?:[\w’'-]+\s+){{0,3}}?{data['remedies']}\b|{data['bare_remedy']}).*)",
            re.I | re.S,
        ),
        reported_demand_that=re.compile(
            # "they insist he must be reinstated": a present insistence asks a remedy only, "that" said or not
            rf"\b(?P<verb>{data['reported_verbs']}|insists?(?=\s+(?:that\s+)?(?:{data['subjunctive_remedy']})))"
            rf"\s+(?:also\s+)?(?:that\s+|(?<=insist\s)|(?<=insists\s)|(?<=insisted\s))"
            rf"(?=(?:the\s+)?(?:(?-i:[A-Z][\w’'-]+)\s+)?"
            rf"(?:government|authorities|state|president|prime minister|minister|ministry|regime)\b"
            # a country or city standing for its authorities: "demanded that Ruritania drop the charges",
            # a body by its name or acronym: "demanded that the NWRC change its ruling"
            rf"|(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){{0,2}}\s+{data['remedy_verbs']}\s"
            # a subjunctive of a remedy: "insisted that the decree be revoked", "that the arrests stop"
            rf"|{data['subjunctive_remedy']})"
            rf"(?P<ask>.*)",
            re.I | re.S,
        ),
        call_for_passive=re.compile(
            rf"\b(?P<verb>{data['call_for_passive']})\s+(?P<ask>[^,;.]{{2,100}}?\s+to\s+be\s+"
            rf"(?:(?:immediately|unconditionally|promptly|fully|urgently)\s+)*[a-z]+(?:ed|en|t)\b.*)",
            re.I | re.S,
        ),
        not_reported=re.compile(data["not_reported"], re.I),
        modal=re.compile(rf"\b(?P<to>{addressees})\s+{data['modal']}(?P<ask>.*)", re.I | re.S),
        modal_passive=re.compile(data["modal_passive"], re.I | re.S),
        ultimatum=re.compile(data["ultimatum"], re.S),
        foreign_modal=re.compile(data["foreign_modal"], re.S),
        general_duty=re.compile(data["general_duty"], re.I),
        info_request=re.compile(rf"\b(?P<verb>{data['info_verbs']}){data['info_request']}", re.I | re.S),
        reported_info_request=re.compile(
            rf"\b(?P<verb>{data['reported_info_verbs']}){data['info_request']}", re.I | re.S
        ),
        next_ask=re.compile(
            rf"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:(?:also|immediately|urgently)\s+)?"
            rf"(?={data['next_ask_verbs']}\s(?!of\b|for\b))"
        ),
        next_verb=re.compile(rf",?\s+and\s+(?=(?:immediately\s+)?{data['remedy_verbs']}\s)"),
        remedy_pair=re.compile(rf"(?:{data['remedy_pairs']})\s"),
        noun_request=re.compile(rf"{data['noun_request']}(?P<ask>.*)", re.I | re.S),
        please=gated(rf"\b(?:{please})\s+(?P<ask>.*?)(?=\s*\b(?:{please})\b|$)", re.I | re.S),
        please_not=re.compile(data["please_not_asks"], re.I),
        fillers=re.compile(data["fillers"], re.I),
        ask_end=re.compile(
            rf",\s+(?:{data['comment_clauses']})\b.*$|\s+(?:and|et|y)\s+(?:{data['second_predicates']})\b.*$",
            re.I | re.S,
        ),
        measures_intro=re.compile(data["measures_intro"], re.I),
        keep_purpose=data["keep_purpose"],
        not_asks=re.compile(data["not_asks"], re.I),
        foreign=tuple(_foreign(lang, e) for lang, e in data["foreign"].items() if not lang.startswith("_")),
        informed_tail=re.compile(data["informed_tail"], re.I),
        informed_only=re.compile(data["informed_only"], re.I),
        bare_lead_in=re.compile(data["bare_lead_in"], re.I),
        recalled_lead=re.compile(data["recalled_lead"], re.I),
        topic_lead=re.compile(data["topic_lead"], re.I),
        earlier_examination=re.compile(data["earlier_examination"], re.I),
        supervisory_bodies=re.compile(data["supervisory_bodies"], re.I),
        renewed_request=re.compile(data["renewed_request"], re.I),
        back_reference=re.compile(data["back_reference"], re.I),
        refers_back=re.compile(data["refers_back"], re.I),
        remedy_verbs=data["remedy_verbs"],
        remedies=data["remedies"],
        next_subjunctive=re.compile(rf"(?:,\s+|,?\s+y\s+)(?=(?:{data['foreign']['es']['next_verbs']})\b)"),
        cues={name: tuple(c) for name, c in data["cues"].items() if not name.startswith("_")},
    )


@cache
def english_gates() -> Gates:
    """The gates of the English patterns named in the vocabulary's cues."""
    g = grammar()
    return gates({name: (getattr(g, name), cues) for name, cues in g.cues.items()})


@cache
def english_forms() -> tuple[Openings, dict[str, int]]:
    """The English patterns named in the vocabulary's cues behind their openings, and each one's index."""
    g = grammar()
    return with_openings(*(getattr(g, name) for name in g.cues)), {name: i for i, name in enumerate(g.cues)}
