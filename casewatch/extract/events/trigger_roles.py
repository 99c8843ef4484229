"""Who takes part in one act a trigger tells, and who only tells of it or decides on it: the named
persons and bodies of its sentence, the groups near it, members standing for their organisation."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from casewatch.extract.events.context import Context
from casewatch.extract.events.framing import our_voice
from casewatch.extract.events.lists import item_before, item_participants
from casewatch.extract.events.participants import agent_of, key
from casewatch.extract.events.records import alleging
from casewatch.extract.events.roles import GROUP, acting_authority, forum
from casewatch.extract.events.segments import appeared_before
from casewatch.extract.events.speakers import reporters, speaking_groups
from casewatch.extract.events.triggers import Trigger, other_report
from casewatch.extract.sentences import Sentence
from casewatch.model import EventType, Mention

# from an act's word to the agent named after it: "by the", "por parte de la empresa"
_AGENT_OPENING = re.compile(r"\s+(?:by|par|por(?:\s+parte\s+de)?)\s+(?:[\w'’-]+\s+){0,3}", re.I)
_ON_STRIKE = re.compile(r"\b(?:en|on)\s+$")  # "en huelga", "on strike", "en grève"
OBJECT_REACH = 12  # chars from a noun act ("the release of") to the one it names ("Mr X")
GROUP_REACH = 150  # chars: a group named farther from the trigger takes part in another act


def trigger_roles(
    ctx: Context,
    sentence: Sentence,
    trigger: Trigger,
    named: list[Mention],
    groups: list[Mention],
    summary: bool,
    spans: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
    owned: tuple[Mapping[str, set[int]], Mapping[int, str]],
) -> tuple[list[Mention], set[str], set[str]]:
    """The trigger's participants (named ones and the groups near it), and who of the named only
    tells of it (reporters) or decides on it (forum). An organisation whose members take part (`owned`,
    see `owners`) does not."""
    if trigger.type is EventType.PROTEST and _ON_STRIKE.search(
        ctx.text, max(0, trigger.start - 4), trigger.start
    ):
        # "trabajadores en huelga por parte de la empresa X": a strike told as the state of a group
        # named before it has no agent after it (the agent is of the acts the group underwent)
        named = [m for m in named if m.start < trigger.end or not agent_of(ctx.text, trigger, m)]
    told_by = reporters(ctx.text, sentence, trigger.start, named) | our_voice(ctx.text, named)
    told_by |= speaking_groups(ctx.text, sentence, trigger.start, groups)
    told_by |= alleging(ctx.text, sentence, trigger.start, named)
    if trigger.nominal:  # "she reported the release of X": X, named right after it, undergoes it
        told_by -= {key(m) for m in named if 0 <= m.start - trigger.end <= OBJECT_REACH}
    if summary:  # a summary of many acts names its groups before it, when it names no one else
        aside = told_by | set(owned[0])
        named_others = any(key(m) not in aside for m in named)
        # ... and the authority it names as the agent acts in each ("Workers were detained by the police")
        groups = [
            g
            for g in groups
            if (g.end <= trigger.start and not named_others)
            or (g.start > trigger.end and acting_authority(ctx.text, g))
        ]
    near = [
        g
        for g in groups
        if abs(g.start - trigger.start) <= GROUP_REACH
        and ";" not in _between(ctx, g, trigger)
        and not other_report(ctx.text, min(g.end, trigger.end), max(g.start, trigger.start))
    ]
    if trigger.nominal:
        # a noun act names who undergoes it after it ("arrests of workers"); else the sentence does
        # up to the next act the sentence tells ("the killing of X and threats against Y")
        earlier, later = spans  # the other acts of the sentence, before and after this one
        speaking = [m for m in (*named, *near) if key(m) not in told_by]
        after = [m for m in speaking if m.start >= trigger.end]
        own = item_participants(ctx.text, trigger.end, later, after, sentence.end)
        if not own and trigger.type is not EventType.PROTEST:
            # "dismissals and persecution of strikers by the company X": the agent closing acts joined
            # by "and" did each of them (an item set off by a comma, or an act right before the agent
            # "dismissals and the refusal by the ministry to register", names its own)
            own = [
                m
                for m in after
                if agent_of(ctx.text, trigger, m)
                and "," not in ctx.text[trigger.end : m.start]
                and not _agent_of_later(ctx.text, later, m)
            ]
        # "false charges, surveillance, as well as the dismissal of workers": a list item opened by
        # "as well as" names its own participants; the acts before it befall those named before them
        before = [m for m in speaking if m.end <= trigger.start]
        before = item_before(ctx.text, trigger.start, before)
        # "the refusal of the Ministry to register X": who the wording names inside it takes part
        within = [m for m in speaking if trigger.start < m.start and m.end <= trigger.end]
        # an item of a list that names no one takes no one from the other items
        rest = [] if earlier or later else speaking
        chosen = [*within, *(own or before or rest)]
    else:
        chosen = [*named, *near]
    chosen = sorted(_as_members(chosen, owned), key=lambda m: m.start)
    return chosen, told_by, forum(chosen) | {key(m) for m in chosen if appeared_before(ctx.text, m)}


def _agent_of_later(text: str, later: Sequence[tuple[int, int]], agent: Mention) -> bool:
    """The agent phrase opens right after a later act ("the refusal by the ministry"), but a strike
    told as the state of a group ("trabajadores en huelga por parte de la empresa") has none."""
    return any(
        start <= agent.start < end  # "the refusal by the Ministry to register": inside its wording
        or (
            end <= agent.start
            and _AGENT_OPENING.fullmatch(text, end, agent.start) is not None
            and not _ON_STRIKE.search(text, max(0, start - 4), start)
        )
        for start, end in later
    )


def _as_members(
    chosen: list[Mention], owned: tuple[Mapping[str, set[int]], Mapping[int, str]]
) -> list[Mention]:
    """ "members of the FFTU" take part under that name; their organisation takes no part."""
    members = {m.start for m in chosen if m.label == GROUP}
    return [
        replace(m, text=owned[1][m.start]) if m.label == GROUP and m.start in owned[1] else m
        for m in chosen
        if not owned[0].get(key(m), set()) & members
    ]


def _between(ctx: Context, mention: Mention, trigger: Trigger) -> str:
    return ctx.text[min(mention.end, trigger.end) : max(mention.start, trigger.start)]
