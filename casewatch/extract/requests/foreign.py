"""Demands in French, Spanish and Russian: "exhorte les autorités à A et à B", "pide al Gobierno que A",
"требуем освободить ...". Coordinated asks repeat the particle their verb governs."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casewatch.extract.gated import Gated, gated
from casewatch.extract.literals import LiteralIndex, literal_index
from casewatch.extract.openings import Openings, first_match, with_openings
from casewatch.extract.requests.asks import Ask, subject_before
from casewatch.extract.requests.coordinated import clean_ask, is_ask, told_part
from casewatch.extract.requests.grammar import ENUMERATOR, Foreign, grammar

_PRONOUNS = re.compile(
    r"^(?:nous|je|il|elle|ils|elles|on|nosotros|él|ella|ellos|ellas|мы|я|он|она|они)?\s*"
    r"(?:vous|lui|leur|les|le|la|les)?$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:(?:la|le|les|el|los|las)\s+|l['’]\s*)", re.I)
# a noun asked, in any of the languages: "la suppression de X", "die Freilassung von Y", "a libertação de Z"
_ASKED_NOUN = re.compile(
    r"^(?:(?:la|le|les|el|los|las|die|den|das|ein|eine|a|o|as|os|uma|il|lo|gli|i|una?)\s+|l['’]\s*)", re.I
)
# "que le gouvernement prendra ...", "que el Gobierno tome ...": the ask without the one asked
_GOVERNMENT_SUBJECT = re.compile(r"^(?:le gouvernement|les autorités|el Gobierno|las autoridades)\s+", re.I)
# "y que aún no han sido reintegrados": a relative clause telling a fact, not a second ask; so is one
# telling what the named say ("a X y B, quienes ... y que aseguran, fueron despedidos por ...")
_FACT = (
    r"(?!(?:aún |todavía |ya |también )?(?:no |ne |n['’])?(?:han|ha|había|habían|es|son|era|eran|fue|fueron"
    r"|está|están|estaban|se encuentran?|ont|a|avait|avaient|sont|est|était|étaient"
    r"|aseguran?|afirman?|dicen|dice|señalan?|sostienen?|explican?|denuncian?"
    r"|affirment|affirme|disent|dit|assurent|soulignent|expliquent|dénoncent)\b)"
)
# What may stand between "de" and the infinitive it governs: "de ne pas", "de le tenir", "de bien vouloir"
_CLITICS = (
    r"(?:ne\s+(?:pas\s+)?|n['’]|s['’]|se\s+|l['’]|le\s+|la\s+|les\s+|lui\s+|leur\s+|y\s+|en\s+"
    r"|bien\s+|tout\s+)"
)
# The particle repeated before each coordinated ask: "à A et à B", "que A y que B", "a A y a B".
_NEXT_ASK = {
    particle: re.compile(pattern)
    for particle, pattern in {
        "à": r",?\s+et\s+à\s+",
        "à ce que": rf",?\s+et\s+(?:à\s+ce\s+)?que\s+{_FACT}",
        "a que": rf",?\s+y\s+(?:a\s+)?que\s+{_FACT}",
        # "et à la CGTG de fournir": the same ask of a second party; "de façon précise" is no new ask
        # and a listed ", d'abandonner": a comma before "de" and an infinitive; "des aspects d'ordre
        # juridique et d'organisation interne": "et de" before a noun joins the words of one ask
        "de": r",?\s+et\s+(?:à\s+(?:la\s+|le\s+|les\s+|l['’])?[A-Z][\w-]+\s+)?"
        rf"(?:de\s+|d['’]\s*)(?=(?:{_CLITICS})*\w+(?:er|ir|re|oir)\b)(?!\w+(?:ure|tre|bre)\b)"
        r"|,\s*(?:de\s+|d['’])(?=(?:s['’]|se\s+)?\w+(?:er|ir|re)\b)",
        "que": rf",?\s+(?:et|y)\s+que\s+{_FACT}",
        # Italian too: "invita X a A e ad B" (Spanish joins with "e" only before an "i")
        "a": r",?\s+(?:y\s+a|e\s+ad?)\s+",
        "di": r",?\s+e\s+(?:di\s+|d['’]\s*)(?=\w+(?:are|ere|ire)\b)",  # "chiede di A e di B"
        "para que": rf",?\s+y\s+(?:para\s+)?que\s+{_FACT}",
        # a noun asked ("exigen la liberación de X y que el juez sea juzgado"): a "que" clause is a second ask
        "": rf",?\s+(?:et|y)\s+que\s+{_FACT}",
    }.items()
}
# "la solicitud de la Comisión de que ...": a request named by its noun
_NAMED = re.compile(r"(?:demanda|petición|solicitud|exigencia|demande|requête)\b", re.I)
_SEMICOLON = re.compile(r"\s*;\s*")
Forms = frozenset[Gated] | None  # the demand forms whose literals a sentence holds; None: not known
# A listed noun of action after a comma, or "et"/"y" and one, is a further ask of a noun demand; an
# apposition ("la libération de X, le dirigeant du syndicat") is none
_NEXT_NOUN_ASK = re.compile(
    r"(?:,\s+(?:et\s+|y\s+|und\s+|e\s+)?|\s+(?:et|y|und|e)\s+)"
    r"(?=(?:(?:la|le|les|l['’]|une?|el|los|las|una)\s*|(?:ein|eine|einen|die|den|das|a|o|as|os|uma|um|il|lo|gli|i)\s+)"
    r"(?:[\w-]+\s+)?(?:\w+(?:tion|sion|ment|ción|sión|miento|ung|ção|são|mento|zione|sione)|fin|respect|respeto|réforme"
    r"|reforma|levée|arrêt|cese|retrait|retiro|suppression|supresión|Ende|fim|(?:ré)?ouverture|(?:re)?apertura"
    r"|abertura|pago|paiement|abandono?|retour|retorno|Rücknahme|cierre|clôture|libertad|liberté"
    r"|ritiro|rilascio|reintegro|revoca|fine|libertà)s?\b)"
    # "exige la levée des restrictions et à revenir sur la décision": an infinitive with its own particle
    r"|,?\s+et\s+à\s+(?=(?:s['’]\s*|se\s+)?[a-zà-ÿ]+(?:er|ir|re)\b)",
    re.I,
)
_OPENING_MARKS = '«“„" '
_SUBJUNCTIVE_PARTICLES = frozenset({"a que", "que", "para que"})
# "... la loi et le" before "prie de ...": the conjunction and the pronoun standing for the one asked next
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:et|y|и|and)(?:\s+(?:le|la|les|lui|leur|lo|l['’]))?$")
# "hat ... um dringende Intervention ... gebeten": the participle closing a German ask is no part of it
# ("ruft zu ihrer Freilassung auf“, heißt es"): also the particle closing a call, before its quotation ends
_CLOSING_PARTICIPLE = re.compile(r"\s+(?:gebeten|ersucht|auf)(?=[\s.!]*(?:[“”\"«»].*)?$)", re.S)
# "que: i) modifique ...; y ii) que indique ...": each enumerated item is an ask, its particle repeated or not
_ENUMERATED = re.compile(rf"(?:[,;]?\s+(?:et|y|and)\s+|[,;]\s*){ENUMERATOR}\s+")
# ... but topics enumerated after a colon, each a noun, are the matters of one request for information
_ENUMERATED_TOPICS = re.compile(rf":\s*{ENUMERATOR}\s+(?:le|la|les|l['’]|el|los|las|un|une|una|des|du|del)\b")
_REPEATED_PARTICLE = re.compile(r"^(?:que|de|à|a que)\s+|^d['’]\s*")


# "dass A versorgt werden müssen und die Akten zurückzugeben sind": a clause closed by its verb, then "und"
# and the subject of a second one
_NEXT_GERMAN_CLAUSE = re.compile(
    r"(?:(?<=\s(?:müssen|werden|sollen|dürfen))|(?<=\s(?:muss|wird|soll|darf|sind))|(?<=\sist))"
    r",?\s+und\s+(?=(?:die|der|das|den|dem|alle|seine|ihre)\s)"
)
# "освободить задержанных и прекратить преследование": Russian repeats no particle, only the infinitive;
# "за освобождение X и снятие обвинений": a further verbal noun of a remedy
_NEXT_RUSSIAN_ASK = re.compile(
    r",?\s+(?:и|а также)\s+(?=(?:не\s+)?[а-яё]+(?:ть|ти|чь|ли)(?:сь|ся)?\s"
    r"|(?:(?:немедленное|немедленного|безусловное|безусловного|полное|полного)\s+)?[а-яё]{3,}(?:ние|тие|ния|тия)\s"
    r"|отмен[уаы]\s)"
)
_CYRILLIC = re.compile(r"[а-яё]")


def _pieces(ask: str, particle: str | None) -> list[str]:
    key = "de" if particle and particle.startswith("d") and particle not in ("dass", "di") else particle
    key = "a" if key == "ad" else key
    split = _NEXT_ASK.get(key or "")
    if _CYRILLIC.search(ask[:20]):
        split = _NEXT_RUSSIAN_ASK if split is None or not key else split
    told = told_part(ask)
    if _ENUMERATED_TOPICS.search(
        told
    ):  # "des informations sur: i) le nombre ...; ii) les motifs ...": one ask
        return [a for a in [clean_ask(told)] if is_ask(a)]
    items = _ENUMERATED.split(told)
    items = items[:1] + [_REPEATED_PARTICLE.sub("", i) for i in items[1:]]
    parts = [p for item in items for p in _SEMICOLON.split(item)]
    if split:
        parts = [p for part in parts for p in split.split(part)]
    if key == "dass":  # "dass die Verletzten versorgt werden müssen und die Akten zurückzugeben sind"
        parts = [p for part in parts for p in _NEXT_GERMAN_CLAUSE.split(part)]
    if key in _SUBJUNCTIVE_PARTICLES:  # "que cese la represión y libere a los detenidos"
        parts = [p for part in parts for p in grammar().next_subjunctive.split(part)]
    # "exigent la suppression de X, une augmentation de Y et la fin de Z", also quoted ("« la levée de ...")
    if not key and _ASKED_NOUN.match(ask.lstrip(_OPENING_MARKS)):
        parts = [p for part in parts for p in _NEXT_NOUN_ASK.split(part)]
    return [a for a in (clean_ask(_GOVERNMENT_SUBJECT.sub("", p)) for p in parts) if is_ask(a)]


@cache
def _cue_index() -> LiteralIndex:
    return literal_index([frozenset(f.cues) for f in grammar().foreign])


@lru_cache(maxsize=4)  # asked once per demand of the sentence
def _languages(body: str) -> tuple[Foreign, ...]:
    """The languages whose cues the sentence holds (found in one pass for all of them)."""
    passing = _cue_index().passing(body.casefold())
    return tuple(f for i, f in enumerate(grammar().foreign) if i in passing)


@cache
def _demand_forms() -> tuple[Openings, dict[Gated, int]]:
    """Every language's demand, second demand and past demand behind their openings, and each one's index:
    a demand is tried only where its verb may start, not at every position of the sentence."""
    demands = [p for f in grammar().foreign for p in (f.demand, f.second, f.reported) if p is not None]
    return with_openings(*(p.compiled for p in demands)), {p: i for i, p in enumerate(demands)}


@lru_cache(maxsize=4)  # read once per demand of the sentence
def _demand_starts(body: str) -> list[list[int]]:
    return _demand_forms()[0].starts(body)


def _search(demand: Gated, body: str, pos: int = 0, held: Forms = None) -> re.Match[str] | None:
    """What `demand.search(body, pos)` finds. `held`: the forms whose literals the sentence holds, when known
    (`silent.Silence.foreign_forms`)."""
    if (held is not None and demand not in held) or demand.vain(body, pos):
        return None
    forms, index = _demand_forms()
    return first_match(forms, body, index[demand], _demand_starts(body), pos)


def _first_demand(body: str, pos: int, reported: bool, held: Forms = None) -> re.Match[str] | None:
    """The first demand from `pos`; after a first one (pos > 0) also a second demand of any addressee."""
    languages = _languages(body)
    patterns = [f.demand for f in languages]
    if pos:
        patterns += [f.second for f in languages if f.second is not None]
    found = [m for m in (_search(p, body, pos, held) for p in patterns) if m]
    if reported:
        past = (f.reported for f in grammar().foreign if f.reported)
        found += [m for m in (_reported(p, body, pos, held) for p in past) if m]
    return min(found, key=lambda f: f.start()) if found else None


# "exigieran", "solicitara": a past subjunctive of asking
_PAST_SUBJUNCTIVE = re.compile(r"(?:ara|aran|iera|ieran)$")
# "... que el sindicato solicitara una audiencia": a "que" before it in its clause makes it what is asked
_QUE_BEFORE = re.compile(r"\bque\b[^,;:.]*$", re.I)


def _governed_subjunctive(body: str, m: re.Match[str]) -> bool:
    clause_start = max(0, m.start() - 120)
    return bool(_PAST_SUBJUNCTIVE.search(m["verb"]) and _QUE_BEFORE.search(body, clause_start, m.start()))


def _reported(pattern: Gated, body: str, pos: int, held: Forms = None) -> re.Match[str] | None:
    """The first past demand from `pos`; a past subjunctive asks ("tomaron la planta y exigieran la
    reincorporación") unless a "que" governs it in its clause ("pidió que el sindicato solicitara ...")."""
    m = _search(pattern, body, pos, held)
    while m and _governed_subjunctive(body, m):
        m = _search(pattern, body, m.end("verb"), held)
    return m


# "la demanda de la CTA para que ...": the named owner of the demand asks
_NOUN_DEMAND_OWNER = re.compile(
    r"^(?:demanda|petición|solicitud|exigencia)\s+de\s+(?:la |el |los |las )?(?P<owner>\S+)$", re.I
)
# "el Comité se ve obligado a urgir": the subject without what binds it to the verb
_SUBJECT_TAIL = re.compile(
    r"\s+(?:se (?:ve|vio|voit|vit) (?:obligad[oa]s?|obligée?s?|contraint(?:e|s)?)|desea|souhaite)"
    r"\s+(?:a|de|d['’])$"
    # "Le comité ne peut que prier", "El Comité debe pedir", "quisiera pedir": a modal before the verb
    r"|\s+(?:ne (?:peut|peuvent) que|no (?:puede|pueden) (?:sino|menos que|dejar de)|souhaite|désire|tient à"
    r"|doit|se doit de|desea|quisiera|quiere|debe)$"
)


# "Le comité le prie de ...", "El Comité le pide que ...": the pronoun stands for the one asked
_OBJECT_PRONOUN = re.compile(r"\s+(?:le|la|les|lo|lui|leur|l['’])$")
_COORDINATED_VERB = re.compile(r"^(\S+)\s.*\s(?:и|et|y|und|e)$")


def _subject(body: str, m: re.Match[str]) -> str:
    owner = _NOUN_DEMAND_OWNER.match(m["verb"])
    if owner:
        return owner["owner"]
    subject = subject_before(body, m.start("verb")).lstrip('«“" ')
    subject = _OBJECT_PRONOUN.sub("", _SUBJECT_TAIL.sub("", subject))
    # "Мы разделяем эти призывы и настаиваем": the subject of a second verb is the first clause's
    subject = _COORDINATED_VERB.sub(r"\1", subject)
    return "" if _PRONOUNS.match(subject) else _ARTICLE.sub("", subject)


# "чтобы органы власти (как можно скорее) освободили": the doer before a past-tense verb
_RUSSIAN_DOER = re.compile(
    r"(?P<to>[а-яё-]+(?:\s+[а-яё-]+){0,3}?)\s+(?:(?:как можно скорее|немедленно|незамедлительно)\s+)?"
    r"(?=[а-яё]+(?:ли|ла|ло|л)(?:сь)?\s)",
    re.I,
)


# "demande à tous ses membres de signer", "appelle les travailleurs à se mobiliser", "pide a los
# trabajadores que se afilien": a party, then its particle and the act asked of it (an infinitive, or a
# "que" clause)
# "demande la libération immédiate de notre camarade": a possessive ("notre", "votre") is no infinitive, so
# the noun before it is what is asked, not a party asked to act
_PARTY_ASKED = re.compile(
    r"(?P<to>(?:tous\s+|toutes\s+|todos\s+|todas\s+)?(?:les|la|le|ses|leurs|sus|los|las|el)\s+"
    r"[^\s,;.:]+(?:\s+(?!(?:et|y|de|des|du|del|d['’])\b)[^\s,;.:]+){0,4}?)"
    r"\s+(?:(?P<p>de|à|a|que|para que)\s+|(?P<p2>d['’])\s*)"
    r"(?=(?!(?:notre|votre|nuestra|nuestro|vuestra|vuestro)\b)"
    r"(?:s['’]\s*|se\s+)?[a-zà-ÿ]+(?:er|ir|re|ar)(?:se|le|les|lo|la)?\b|(?<=que )\w)"
)


# "a representantes del Gobierno, la liberación de ...": the party asked, a comma, the act asked by its noun
# ("a realizar los esfuerzos ..., el juzgamiento y ...": an infinitive is the act asked, no party)
_PARTY_THEN_NOUN = re.compile(
    r"(?![a-zà-ÿ]+(?:ar|er|ir|re)\s)(?P<to>[^,;.:]{2,80}?),\s+(?=(?:la|le|les|l['’]|el|los|las)\s*\w+(?:tion|sion|ment|ción|sión|miento)s?\b)"
)
# a party and its particle with nothing after but a further demand: that demand is what the party is asked
_PARTY_ONLY = re.compile(
    r"^(?:(?:la|le|les|los|las|el|l['’])\s*)[^\s,;.:]+(?:\s+[^\s,;.:]+){0,4}?\s+(?:a|à|de)\s*$", re.I
)


def foreign_asks(body: str, reported: bool = False, held: Forms = None) -> list[Ask]:
    """Each demand of the sentence in any of the languages, one ask per repeated particle; a demand
    ends where the next one starts ("exhorte X à A et appelle Y à B"). `reported`: the genre reports
    asks, so past forms ("a appelé les autorités à", "pidió al Gobierno que") count. `held`: the demand
    forms whose literals the sentence holds, when known (the others are not tried)."""
    asks: list[Ask] = []
    m = _first_demand(body, 0, reported, held)
    if reported:  # "« La répression doit cesser », écrivent X ... « Nous exigeons ... »": a modal before
        asks.extend(_modal_asks(body[: m.start()] if m else body))
    if m is None:
        asks.extend(_german_object_first(body))
    while m:
        after = _first_demand(body, m.end("verb"), reported, held)
        ask = body[m.start("ask") : after.start() if after else len(body)]
        if after and _PARTY_ONLY.match(ask):  # "instan a la comunidad internacional a exigir a X que ...":
            after = _first_demand(body, after.end("verb"), reported, held)  # the party is asked to demand
            ask = body[m.start("ask") : after.start() if after else len(body)]
        ask = _TRAILING_CONJUNCTION.sub("", _CLOSING_PARTICIPLE.sub("", ask.rstrip(" ,")))
        if m.groupdict().get("aside"):  # the aside before the act asked goes after it
            ask = f"{ask.rstrip(' .')}, {m['aside'].strip(' ,')}"
        found = m.groupdict()
        to = (found["to"] or found.get("to2") or found.get("to3") or "").strip(" ,") or None
        particle = found["p"] or ("de" if found.get("to2") else found.get("p3"))
        # a second demand joined by "et"/"y" has the first one's subject
        subject = asks[-1].subject if asks and "to3" in found else _subject(body, m)
        named = _RUSSIAN_DOER.match(ask) if particle and particle.endswith("чтобы") else None
        if named:  # "настаиваем, чтобы власти освободили ...": who is to act is the addressee
            to, ask = named["to"], ask[named.end() :]
        party = _PARTY_ASKED.match(ask) if to is None and particle in (None, "à", "a") else None
        if party:  # "demande à tous ses membres de signer ...": the party named before the act asked
            to, ask, particle = party["to"], ask[party.end() :], party["p"] or party["p2"]
        party = _PARTY_THEN_NOUN.match(ask) if to is None and particle in ("à", "a") else None
        if party:  # "solicitado a representantes del Gobierno, la liberación de ...": a noun asked of them
            to, ask, particle = party["to"], ask[party.end() :], None
        separable = _CALLED_UPON.match(ask) if to is None else None
        if separable:  # "fordert die Regierung auf, das Gesetz zurückzunehmen": the party, then the act
            to, ask = separable["to"], separable["ask"]
        if _mobilises(to, ask, particle):  # "appelle les travailleurs à se mobiliser": no request
            m = after
            continue
        # "la demanda de la CTA para que": a noun and its owner; "le comité demande au gouvernement": a verb
        by_noun = bool(_NAMED.match(m["verb"])) and " " in m["verb"].strip()
        asks.extend(Ask(p, subject, to, by_noun) for p in _pieces(ask, particle))
        m = after
    return asks


# "l'ensemble de ses organisations affiliées, ainsi que ... à soutenir la lutte": one's own side, however
# long its list, and the act it is called to
_CALLED_TO_ACT = re.compile(r"\s(?:à|a)\s+(?:s['’]\s*|se\s+)?[a-zà-ÿ]+(?:er|ir|re|ar)\b")


def _mobilises(to: str | None, ask: str, particle: str | None) -> bool:
    """A call to one's own side to act (members, affiliates, workers), not a request of an authority."""
    mobilised = grammar().mobilised
    if to:
        return bool(mobilised.match(to))
    if particle in ("à", "a"):  # "J'en appelle à la population :", "hace un llamado a los trabajadores"
        return bool(mobilised.match(ask))
    return particle is None and bool(mobilised.match(ask)) and bool(_CALLED_TO_ACT.search(ask[:300]))


# "fordert die Regierung auf, ... zu ...": German calls upon a party with a verb parted around it
_CALLED_UPON = re.compile(r"(?P<to>(?:die|den|das|alle)\s+[^,;.]{2,60}?)\s+auf,\s+(?P<ask>.+)", re.S)
# German puts what is asked first ("Die Freilassung aller Verhafteten fordert der Verband in einem Brief
# an ...") or asks in the passive ("In einem Brief wird die Freilassung der Verhafteten gefordert")
_GERMAN_OBJECT_FIRST = gated(  # most sentences hold none of its verbs: they are not scanned for it
    # the object first is a noun of action ("Die Freilassung ...", "Ein Ende ..."), not who demands ("Die
    # Gewerkschaften fordern Fortschritte ...": the subject first, its object bare)
    r"^(?:[^.;!?]{0,40}?\s[-–—]\s)?[\"„“]?(?P<ask>(?:Die|Eine|Den|Einen|Ein)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"(?:[A-ZÄÖÜ][\w-]*(?:ung|nahme|heit|keit)|Ende|Stopp)\b[^.;!?]{0,200}?)\s+(?:fordert|fordern|verlangt|verlangen)\s+"
    r"(?P<subject>[^.;!?,]{2,60}?)(?=\s+(?:in|mit|von|bei|am|im|auf|nun|erneut)\b|[.;!?,]|$)"
    r"|\b(?:wird|werden)\s+(?P<passive>(?:die|eine|ein|den)\s+[^.;!?]{3,200}?)\s+(?:gefordert|verlangt)\b"
)


def _german_object_first(body: str) -> list[Ask]:
    m = _GERMAN_OBJECT_FIRST.search(body)
    if m is None:
        return []
    ask = clean_ask(m["ask"] or m["passive"])
    return [Ask(ask, (m["subject"] or "").strip(), None)] if is_ask(ask) else []


MODAL_CUE = gated(r"\b(?:doit|doivent|devrait|devraient|debe|deben)\s")
# "... doit être libéré et toutes les charges doivent être abandonnées": a second clause with its own modal;
# "libérer X et abandonner Y": a second infinitive
_NEXT_MODAL_ASK = re.compile(
    r",?\s+(?:et|y)\s+(?=[^,;]{0,100}?\s(?:doit|doivent|devrait|devraient|debe|deben)\s|[a-zéí]+(?:er|ir|re|ar)\s)"
)


_MODAL_VERB = re.compile(r"\s+(?:doit|doivent|devrait|devraient|debe|deben)\s")


def _modal_asks(body: str) -> list[Ask]:
    """A French or Spanish modal told with its subject ("La répression doit cesser"): a reported ask;
    not a duty of States in general ("les États doivent garantir ...")."""
    g = grammar()
    m = g.foreign_modal.search(body) if MODAL_CUE.search(body) else None
    if m is None or g.general_duty.match(_MODAL_VERB.split(m["ask"], maxsplit=1)[0].strip()):
        return []
    return [Ask(a, "", None) for a in (clean_ask(p) for p in _NEXT_MODAL_ASK.split(m["ask"])) if is_ask(a)]
