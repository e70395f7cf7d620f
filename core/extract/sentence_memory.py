"""What a sentence's claims hand on to the sentences after it: that the report counted someone,
its casualty counts (all of them, those read from numerals, and the wholes a later part may be
of), the victims it named, and the groups it counted by number and noun."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from core.extract.claim_context import ClaimContext
from core.extract.held_parts import held_days
from core.extract.hurt_parts import a_whole
from core.extract.lone_arrests import body_arrests
from core.extract.measures import Reading
from core.extract.outcome_parts import TOLD_PART_RULES
from core.extract.restatements import remember
from core.extract.statistic_periods import lead_statistic, released_after
from core.extract.tabled_records import laid_on
from core.extract.tolls import toll_group
from core.extract.victim_mentions import (
    LONE_RULES,
    TOLL_RULE,
    UNNUMBERED_RULES,
    Victim,
    absorbed,
    numeral_count,
)
from core.extract.victim_names import CASUALTY_MEASURES
from core.model import Claim
from core.text.numbers import Amount

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from core.text.dates import Period


OTHER = "other"  # the measure of a figure that counts no harm, arrest or event


def counted(claims: list[Claim], *, wholes: bool = False) -> list[tuple[str, str, float]]:
    """The casualty figures among ``claims`` (``wholes``: only those a later part may be
    taken from, ``hurt_parts.a_whole``): id, measure, value."""
    return [
        (c.id, c.measure, c.value)
        for c in claims
        if c.measure in CASUALTY_MEASURES and not (wholes and not a_whole(c.rule, c.part_of))
    ]


def hand_on(
    ctx: ClaimContext,
    claims: list[Claim],
    victims: list[Victim | None],
    resolved: list[tuple[Amount, Token, Span, Reading]],
    published: dt.date | None = None,
    *,
    periods: Sequence[tuple[Token, Period, bool]] = (),
) -> None:
    """Record in ``ctx`` what the sentences after may refer back to (see the module); the
    sentence's time expressions (``periods``) tell whether it gives the day a record was laid."""
    ctx.withdrawn.update(absorbed([f[3] for f in resolved], ctx.lone_victims))
    ctx.lone_victims = [(c.id, c.measure) for c in claims if c.rule.startswith(LONE_RULES)]
    harm = [c for c in claims if c.measure in CASUALTY_MEASURES]
    ctx.harmed = ctx.harmed or bool(harm)
    ctx.body_harmed = ctx.body_harmed or any(c.start >= ctx.headline_end for c in harm)
    ctx.arrested = ctx.arrested or body_arrests(claims)
    ctx.captives = ctx.captives or any(c.measure == "kidnapped" for c in claims)
    ctx.counted += counted(claims)
    ctx.numbered += [
        _with_group(c, f[3])
        for c, f in zip(claims, resolved, strict=True)
        if c.measure in CASUALTY_MEASURES and not c.recalls
        and not c.rule.startswith((*UNNUMBERED_RULES, *TOLD_PART_RULES))
    ]
    # a headline is a telling of its own: "One killed in ..." over "A man was shot dead"
    # leaves the body's first telling of that man to count
    _remember_values(ctx, [c for c in harm if c.start >= ctx.headline_end])
    ctx.wholes += counted(claims, wholes=True)
    ctx.held = held_days(claims) or ctx.held
    for claim, victim in zip(claims, victims, strict=True):
        if victim is not None:
            if claim.start < ctx.headline_end:
                ctx.headline_ids.add(claim.id)
            start, end = claim.date_start, claim.date_end
            ctx.victims.add(victim, claim.id, (start, end) if start and end else None)
    remember(ctx.restatable, resolved)
    # a headline's percentage or sum alone ("homicides fall 8%"), or counts it gives no
    # time ("2,100 killed in six months" the parse reads no span of), is no lead: the next
    # sentence's counts are
    if any(c.measure != OTHER and c.date_start is not None for c in claims) and not (
        ctx.lead_read
    ):
        # a review's period closed shortly before its release, unless the report has told
        # its incident as a happening ("a boy shot himself on Tuesday ... last year, four
        # children died"): then a year's tally before it is background
        closed = None if ctx.incident_happened else published
        # "according to data tabled in parliament on Tuesday": the record's figures are the
        # news, whatever years back the period they count over closed
        laid = laid_on(periods)
        ctx.statistic = lead_statistic(claims, published=closed, laid=laid)
        ctx.counted_over = ctx.statistic or lead_statistic(
            claims, tolls=True, published=closed, laid=laid
        )
        ctx.incident = released_after(ctx.incident, ctx.counted_over)
        # "... claimed 1,020 lives in five years, ministry tells MPs": a headline whose
        # counts give no period of statistics leaves the lead sentence to give one
        ctx.lead_read = ctx.counted_over is not None or not all(
            c.sentence_start == 0 for c in claims
        )


def _remember_values(ctx: ClaimContext, harm: list[Claim]) -> None:
    """The values the harm's numerals counted ("One dies of injuries": {1}); not a part's
    ("two shootings, one fatal"), whose victim the report may go on to tell in full."""
    for claim in harm:
        if numeral_count(claim.number_text, claim.value) and not claim.rule.startswith(
            TOLD_PART_RULES
        ):
            ctx.numbered_values.setdefault(claim.measure, set()).add(claim.value)


def _with_group(claim: Claim, reading: Reading) -> Claim:
    """The claim as the sentences after remember it: a toll with the people it counts as its
    subject ("the toll of militants killed": "militant"), so that a soldier who died is no
    one it counts (``victim_mentions.restates_count``)."""
    if not claim.rule.startswith(TOLL_RULE) or claim.subject is not None or reading.anchor is None:
        return claim
    group = toll_group(reading.anchor)
    return claim if group is None else dataclasses.replace(claim, subject=group.lemma_.lower())
