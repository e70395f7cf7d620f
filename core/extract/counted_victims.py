"""The figures of a sentence less the victims counted already: one named an earlier sentence
counted ("The 15-year-old was killed as he walked home" after "A 15-year-old boy was killed"),
one recalled from an earlier incident, one of those a count before named. Read by
``claims._claims_in_sentence`` before any claim is made."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.extract.both_counts import HOW as BOTH_HOW
from core.extract.condition_counts import restates_condition
from core.extract.figure_periods import figure_period
from core.extract.hearsay_victims import retold_hearsay
from core.extract.introduced_names import introduced_person
from core.extract.lone_arrests import told_before
from core.extract.lone_victims import named_lone, unnamed_again
from core.extract.measures import lexicon
from core.extract.nlp import compound_start
from core.extract.ranked_tolls import ranked_toll
from core.extract.recalled_days import recalled_victim
from core.extract.related_victims import restated_relation
from core.extract.shot_counts import bare_shot
from core.extract.victim_mentions import (
    DEFINITE_AGED,
    LIST_RULE,
    SAME_DAYS,
    SOMEONE_MORE,
    Victim,
    completes_breakdown,
    counted_as_one,
    counted_before,
    in_its_toll,
    lone_hurt,
    numbered_list,
    refers_back,
    restates_count,
    same_person,
    unlinked_surname,
    victim_of,
)
from core.extract.victim_names import APPOSITIVE_ROLL, CASUALTY_MEASURES, ranked_more

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.claim_context import ClaimContext, SentenceReading
    from core.extract.measures import Reading
    from core.model import Measure
    from core.text.dates import Period
    from core.text.numbers import Amount


BOTH_RULE = f"singular_victim:{BOTH_HOW}:"  # "both died", a group counted by "both"


def not_named_before(
    resolved: list[tuple[Amount, Token, Span, Reading]],
    ctx: ClaimContext,
    when: tuple[SentenceReading, dt.date | None],
) -> tuple[list[tuple[Amount, Token, Span, Reading]], list[Victim | None]]:
    """The figures less a victim an earlier sentence counted already ("A 15-year-old boy was
    killed ... The 15-year-old was killed as he walked home"): one person, one claim a harm
    state; an earlier claim that counted the person hurt stays when a later sentence tells
    the death ("Ana Ruiz was wounded ... Ruiz died": hurt, then dead). Within the sentence
    only one name read in two measures ("the slaying of Ana Ruiz, who was shot") is one
    person. With each kept figure, the victim it names for the sentences after, if any
    (``when``: the sentence and publication day)."""
    kept: list[tuple[Amount, Token, Span, Reading]] = []
    named: list[Victim | None] = []
    harmed = [f[3].measure in CASUALTY_MEASURES for f in resolved]
    dead = [f[3].measure == "killed" for f in resolved]
    dead_before = any(measure == "killed" for _, measure, _ in ctx.counted)
    alive = [f[3].measure == "injured" for f in resolved]
    hurt_before = any(measure == "injured" for _, measure, _ in ctx.counted)
    # a group counted hurt before ("shot four people"): one named by age may be among them
    hurt_group = any(measure == "injured" and value > 1 for _, measure, value in ctx.counted)
    toll_readings = [f[3] for f in resolved if f[3].rule.startswith("toll:")]
    tolled = any(c.measure == "killed" and c.rule.startswith("toll:") for c in ctx.numbered)
    # "A woman and her son were found dead, and police say both had been shot": "both"
    # restates the people its sentence counted before it, no figure of its own
    again = [f[3].rule.startswith(BOTH_RULE) for f in resolved]
    counting = [h and not a for h, a in zip(harmed, again, strict=True)]
    for i, found in enumerate(resolved):
        if again[i] and any(counting[:i]):
            continue
        within = sum(counting) > counting[i]  # another casualty figure in the sentence
        dead_too = dead_before or sum(dead) > dead[i]
        hurt_too = hurt_before or sum(alive) > alive[i]
        if restated_relation(found[3], hurt=hurt_too, dead=dead_too) or _refers_back(
            found, ctx, within=within, dead=dead_too, tolled=tolled, hurt=hurt_group
        ):
            continue
        victim = victim_of(found[0], found[2], found[3])
        others = [(f[3].measure, f[0].value) for j, f in enumerate(resolved) if j != i]
        if _in_a_toll(found, victim, others, toll_readings, ctx):
            continue
        if victim is not None:
            earlier = _of_its_time(told_apart(victim, ctx), victim, found, ctx, when)
            if _counted_already(victim, earlier, found, ctx, when):
                continue
            alike = [(n, v) for n, v in enumerate(named) if v is not None and _by_name(v, victim)]
            if victim.measure == "injured" and any(v.measure == "killed" for _, v in alike):
                continue
            for n, v in reversed(alike):
                if victim.measure == "killed" and v.measure == "injured":
                    del kept[n], named[n]
        kept.append(ranked_toll(found, ctx.counted, others))
        named.append(victim)
    return kept, named


def _in_a_toll(
    found: tuple[Amount, Token, Span, Reading],
    victim: Victim | None,
    others: list[tuple[Measure | None, float]],
    toll_readings: list[Reading],
    ctx: ClaimContext,
) -> bool:
    """ "One of the injured later died, raising the toll to four": in the toll; a person
    counted hurt before who died stays counted hurt there ("Ross was in critical condition
    ... Ross died, bringing the toll to four"): each harm state a person is told in counts
    once."""
    if in_its_toll(found[3], found[2], toll_readings):
        return True
    tolls = {r.measure for r in toll_readings}
    return victim is not None and (
        counted_as_one(found[3], tolls, ctx.numbered_values)
        or completes_breakdown(found[3], others, ctx.counted)
    )


def told_apart(victim: Victim, ctx: ClaimContext) -> list[tuple[Victim, str]]:
    """The earlier mentions of ``victim``, less the headline's while the body has counted no
    one in its measure: the body's first telling counts though the headline named the person
    ("Man killed in Elm Park ... A man was killed on Sunday"); a later one is said again."""
    earlier = ctx.victims.earlier(victim)
    if not ctx.headline_ids or any(
        measure == victim.measure and claim_id not in ctx.headline_ids
        for claim_id, measure, _ in ctx.counted
    ):
        return earlier
    return [(v, claim_id) for v, claim_id in earlier if claim_id not in ctx.headline_ids]


def _counted_already(
    victim: Victim,
    earlier: list[tuple[Victim, str]],
    found: tuple[Amount, Token, Span, Reading],
    ctx: ClaimContext,
    when: tuple[SentenceReading, dt.date | None],
) -> bool:
    """The person counted by an earlier mention: by name or age (``counted_before``), a
    surname no full name before gave, or the one victim the body counted unnamed in the
    measure ("a 4-year-old girl was killed ... Mia was fatally shot": ``named_lone``; the
    headline's "Teen killed" is that same one, no second; "a teenage girl" after "a
    14-year-old girl": ``unnamed_again``) on days near its own; or one told
    again as hearsay ("'... a little boy got shot,' said a neighbour": ``retold_hearsay``)."""
    reading = found[3]
    body = [c for c in ctx.counted if c[0] not in ctx.headline_ids]
    if (
        counted_before(victim, earlier)
        or (reading.rule == APPOSITIVE_ROLL and bool(earlier))  # told by no harm: that one
        or retold_hearsay(reading, victim, when[0], body)
        or (
            unlinked_surname(reading, earlier)
            and not introduced_person(
                found[2], ctx.chunks, when[0].chunk.offset + found[2].start_char
            )
        )
    ):
        return True
    same = [c for c, m, _ in body if m == victim.measure]
    if unnamed_again(victim, reading, body, ctx.victims) and not _apart_in_time(
        same, found, ctx, when
    ):
        return True
    if named_lone(victim, reading, body, ctx.victims) and not _apart_in_time(
        same, found, ctx, when
    ):
        # the name is the lone one's from now on: "Mia, 4, ... A 4-year-old girl" is her
        ctx.victims.add(victim, same[0], ctx.victims.days(same[0]))
        return True
    return False


def _apart_in_time(
    claim_ids: list[str],
    found: tuple[Amount, Token, Span, Reading],
    ctx: ClaimContext,
    when: tuple[SentenceReading, dt.date | None],
) -> bool:
    """The figure's own period lies days away from each claim's ("a man was shot dead on
    Monday ... the April killing of Jon Reed": another victim, not the man named)."""
    period = figure_period(found[1], found[3], when[0], ctx, when[1])
    if period is None or not claim_ids:
        return False
    slack = dt.timedelta(days=SAME_DAYS)
    for claim_id in claim_ids:
        days = ctx.victims.days(claim_id)
        if days is None or not (days[0] - period.end > slack or period.start - days[1] > slack):
            return False
    return True


def _refers_back(
    found: tuple[Amount, Token, Span, Reading],
    ctx: ClaimContext,
    *,
    within: bool,
    dead: bool,
    tolled: bool,
    hurt: bool,
) -> bool:
    """Whether a definite victim is one a figure before counted (``refers_back``); when
    the one figure before counted one person hurt, the definite death is news of that person:
    it counts, and the hurt figure stays ("One person is in hospital after being shot ... the
    teen has died": hurt, then dead, each harm state told once). One person arrested is
    told once a report (``lone_arrests``)."""
    reading = found[3]
    if told_before(reading, ctx.arrested) or (within and _ranked_again(reading, ctx)):
        return True
    harmed = ctx.body_harmed or within  # a headline is a telling of its own
    if _the_dead_again(reading, ctx) or _one_of_the_dead(reading, ctx):
        _known_as(found, ctx)
        return True
    if not refers_back(reading, harmed=harmed, dead=dead, tolled=tolled, hurt=hurt):
        return False
    if reading.rule.startswith(LIST_RULE) and _names_someone_new(found[2], reading, ctx):
        return False
    return within or not lone_hurt(ctx.counted, reading)


def _the_dead_again(reading: Reading, ctx: ClaimContext) -> bool:
    """ "Ali, 32, was stabbed to death ... The deceased, a rickshaw driver, was killed": one
    told by a word of the dead with an apposition that describes them is a death the body
    counted before, when it counted one (a first telling counts: "The deceased, a farmer,
    was hacked to death")."""
    noun = reading.noun
    return (
        noun is not None
        and ":apposition:" in reading.rule
        and lexicon().nouns.get(noun.lower_) == "killed"
        and any(m == "killed" and c not in ctx.headline_ids for c, m, _ in ctx.counted)
    )


def _ranked_again(reading: Reading, ctx: ClaimContext) -> bool:
    """ "Jon Roe was shot in the neck ... she killed two and wounded a third": one more than
    the sentence's count, told by rank after the body counted one person in that harm, is
    that person again."""
    noun = reading.noun
    if noun is None or not ranked_more(noun):
        return False
    return any(
        m == reading.measure and v == 1 and c not in ctx.headline_ids for c, m, v in ctx.counted
    )


def _known_as(found: tuple[Amount, Token, Span, Reading], ctx: ClaimContext) -> None:
    """The one person the body counted in the measure is known by this mention's age from
    now on ("A little girl was shot ... the 4-year-old shot herself ... a 4-year-old girl")."""
    victim = victim_of(found[0], found[2], found[3])
    same = [c for c, m, _ in ctx.counted if m == found[3].measure and c not in ctx.headline_ids]
    if victim is not None and len(same) == 1:
        ctx.victims.add(victim, same[0], ctx.victims.days(same[0]))


# one named by age with the article: "the 6-year-old died", "the 4-year-old shot herself"
AGED_RULES = (DEFINITE_AGED, "self_shot:definite_aged:")


def _one_of_the_dead(reading: Reading, ctx: ClaimContext) -> bool:
    """ "A man and his two sons were found dead ... The 51-year-old man died of a gunshot
    wound": a death of one named by age with the article, after the body counted the dead and
    no one hurt, is one of the dead counted, unless told hurt before ("the 16-year-old girl
    who was hurt in the blast died on Tuesday": one more); so is one hurt named so after the
    body counted one person hurt by no age ("A little boy was shot in the leg ... the
    5-year-old accidentally shot himself"), unless "also" hurt or "another"."""
    noun = reading.noun
    if not reading.rule.startswith(AGED_RULES) or reading.anchor is None or noun is None:
        return False
    body = [(c, m) for c, m, _ in ctx.counted if c not in ctx.headline_ids]
    measures = {m for _, m in body}
    if reading.measure == "killed":
        return "killed" in measures and "injured" not in measures and not _hurt_before(noun)
    hurt = [ctx.victims.unnamed(c) for c, m in body if m == "injured"]
    return (
        reading.measure == "injured"
        and len(hurt) == 1
        and hurt[0] is not None
        and hurt[0].age is None
        and not any(t.lower_ in SOMEONE_MORE for t in reading.anchor.sent)
    )


def _hurt_before(noun: Token) -> bool:
    """ "the girl who was hurt in the blast", "the boy wounded on Sunday": a clause on the
    person that tells a harm before their death."""
    verbs = lexicon().verbs
    return any(
        c.dep_ in ("relcl", "acl") and verbs.get(c.lemma_.lower()) in CASUALTY_MEASURES
        for c in noun.children
    )


def _names_someone_new(span: Span, reading: Reading, ctx: ClaimContext) -> bool:
    """ "Mia and Zoe Hart and their mom were shot" after "Mia Hart was killed": a list with
    a relative in it ("their mom") that names one the report named before and, by name,
    someone it never named is news of its own; "Ed Marlow and his son died" after "a man and
    his son were killed" names no one known: the people counted before, said again. The one
    known may be known in the other harm ("Mia Hart was killed ... Mia and Zoe Hart and
    their mom were shot")."""
    known = new = False
    for tok in span:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        words = span.doc[compound_start(tok) : tok.i + 1]
        name = tuple(t.lower_ for t in words if t.is_alpha)
        if any(
            ctx.victims.earlier(Victim(measure=measure, name=name, age=None, noun=None))
            for measure in CASUALTY_MEASURES
        ):
            known = True
        elif name:
            new = True
    return known and new


def not_recalled(
    resolved: list[tuple[Amount, Token, Span, Reading]],
    victims: list[Victim | None],
    here: SentenceReading,
    ctx: ClaimContext,
    published: dt.date | None,
) -> tuple[list[tuple[Amount, Token, Span, Reading]], list[Victim | None], list[Period | None]]:
    """The figures with their periods, less a victim named without a numeral whom the
    sentence recalls from an earlier incident (``recalled_victim``) or who is one of those a
    count before named (``restates_count``) or put in a condition (``restates_condition``).
    A list with a numeral in it is a figure of its own (``numbered_list``): a recalled
    incident's "nine guards and a cook were killed" stays a claim of that incident, as its
    bare "nine guards" would."""
    kept: tuple[list[tuple[Amount, Token, Span, Reading]], list[Victim | None],
                list[Period | None]] = ([], [], [])
    for found, victim in zip(resolved, victims, strict=True):
        period = figure_period(found[1], found[3], here, ctx, published)
        day = period.start if period is not None else None
        # people "shot" are counted hurt or dead only by the words of the person named
        counts = [c for c in ctx.numbered if c.id not in ctx.bare_shot or bare_shot(found[3])]
        listed = numbered_list(found[3].rule, found[2].text)
        if listed or not (
            recalled_victim(found[3], period, ctx.incident, published=published,
                            harmed=ctx.harmed)
            or restates_count(found[3], found[0].value, day, counts, headline_end=ctx.headline_end)
            or restates_condition(found[3], found[2], counts)
        ):
            kept[0].append(found)
            kept[1].append(victim)
            kept[2].append(period)
    return kept


def _by_name(one: Victim, other: Victim) -> bool:
    """Two victims of one sentence named alike in two measures: one person."""
    named = bool(one.name and other.name)
    return named and one.measure != other.measure and same_person(one, other)



def _of_its_time(
    earlier: list[tuple[Victim, str]],
    victim: Victim,
    found: tuple[Amount, Token, Span, Reading],
    ctx: ClaimContext,
    when: tuple[SentenceReading, dt.date | None],
) -> list[tuple[Victim, str]]:
    """The earlier mentions of ``victim`` less those of another time: two victims known by
    their age alone, harmed on days far apart that the later sentence names ("a 6-year-old boy
    shot himself on Nov. 2 ... On April 12, a 6-year-old boy was wounded"), are two people, each
    their own case."""
    if victim.name or not any(not v.name for v, _ in earlier):
        return earlier
    period = figure_period(found[1], found[3], when[0], ctx, when[1])
    if period is None or (period.end - period.start).days > SAME_DAYS:
        return earlier
    if not _dates_the_harm(found[3], period, when[0]):
        return earlier
    kept = []
    for v, claim_id in earlier:
        days = ctx.victims.days(claim_id)
        apart = days is not None and (days[1] - days[0]).days <= SAME_DAYS and (
            days[0] - period.end > dt.timedelta(days=SAME_DAYS)
            or period.start - days[1] > dt.timedelta(days=SAME_DAYS)
        )
        if v.name or not apart:
            kept.append((v, claim_id))
    return kept


def _dates_the_harm(reading: Reading, period: Period, here: SentenceReading) -> bool:
    """Whether the sentence gives the day in the harm's own clause ("On April 24, a boy was
    shot"), not a day carried to it or one of another deed ("a protest over the death of a
    boy turned into a riot tonight")."""
    clause = reading.anchor
    while clause is not None and clause.dep_ == "conj":
        clause = clause.head
    return clause is not None and any(
        p.text == period.text and clause.is_ancestor(tok) for tok, p, _ in here.periods
    )
