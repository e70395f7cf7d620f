"""Which clause a figure and a date stand in: a date on the far side of "two days after",
a figure set a stretch of time apart, a date or a figure in a clause on a participant, a deed
named in a charge. Each says whether a date of the sentence dates the figure."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, TypeVar

from core.extract.brought_tolls import brings_toll
from core.extract.claim_dates import (
    dates_harm,
    dates_incident,
    death_verb,
    harm_verbs,
    incident_noun,
)
from core.extract.compared_periods import a_same_span_back, named_same_year, same_span_words
from core.extract.cues import cues
from core.extract.measures import lexicon, people_noun
from core.extract.other_incidents import a_scarred_place, another_incident
from core.extract.stretch_words import (
    DAYS_IN,
    MONTHS_IN_A_YEAR,
    YEAR_UNITS,
    a_counted_unit,
    coordinated,
)
from core.rules import load_rules
from core.text.dates import Period, add_months, count_number, date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


SHIFTERS = frozenset({"after", "before", "following", "prior", "since", "until"})
# The prepositions a figure compared with another stands after ("down to 214 from 374")
COMPARED_WITH = frozenset({"from", "against", "versus", "vs", "than"})
_P = TypeVar("_P")


def shifted(anchor: Token, date: Token) -> bool:
    """The date is on the far side of "two days after …" from the figure: it dates another
    happening ("launched on Monday, two days after a bombing in which 26 were killed", "ordered
    a review on Wednesday, three days after a shooting killed three": a clause the shifter
    opens with a stretch counted before it)."""
    date_side = {t.i for t in (date, *date.ancestors)}
    return any(
        t.lower_ in SHIFTERS or _counted_clause(t)
        for t in (anchor, *anchor.ancestors)
        if t.i not in date_side
    )


def _counted_clause(verb: Token) -> bool:
    """A clause a shifter opens with a stretch of time before it: "three days after a
    shooting killed three" ("after" the mark of "killed", "three days" before it)."""
    if verb.dep_ not in ("advcl", "conj") or coordinated(verb):
        return False
    for mark in verb.children:
        # the mark of the clause, or the preposition the parser makes of it before the verb;
        # a conj (the parse where a dateline leads the sentence) only with its mark: "and two
        # days after the attack police arrested three" tells a later happening
        opens = mark.dep_ == "mark" or (
            verb.dep_ == "advcl" and mark.dep_ == "prep" and mark.i < verb.i
        )
        if opens and mark.lower_ in SHIFTERS and mark.i > verb.sent.start and a_counted_unit(
            mark.nbor(-1)
        ):
            return True
    return False


def in_own_clause(anchor: Token, dated: list[tuple[Token, _P]]) -> list[tuple[Token, _P]]:
    """The dates of the clause a time word subordinates the figure in, when it has any:
    "anger has been mounting this week after officers shot a boy who ran at them on Saturday
    night" dates the shooting by Saturday night, the anger by this week."""
    clause = next(
        (
            t
            for t in (anchor, *anchor.ancestors)
            if any(c.dep_ == "mark" and c.lower_ in SHIFTERS for c in t.children)
        ),
        None,
    )
    if clause is None:
        return dated
    inside = {t.i for t in clause.subtree}
    own = [(t, p) for t, p in dated if t.i in inside]
    return own or dated


def set_apart(anchor: Token, units: frozenset[str] | None = None) -> bool:
    """The figure stands in a clause set a stretch of time apart from the sentence's own
    happening: "the island was struck three years after an earthquake killed tens of thousands",
    "two weeks after gunmen killed five, ...". Its day is not the day the report tells of
    (but "police are searching for a gunman after a shooting that killed two" is). With
    ``units``, only a stretch in one of them ("year", "month") sets it apart."""
    return _apart_shifter(anchor, units) is not None


def apart_shifter(anchor: Token) -> Token | None:
    """The "after" or "before" of "two days after ..." whose clause holds the figure."""
    return _apart_shifter(anchor)


def _apart_shifter(anchor: Token, units: frozenset[str] | None = None) -> Token | None:
    """The "after" or "before" of "two years after ..." whose clause holds the figure."""
    doc = anchor.doc
    sent = anchor.sent
    for at, unit in _shifters(sent):
        if units and unit not in units:
            continue
        # the clause runs from the shifter to the main verb, or to the end when it trails
        # (read off the words: the parser often hangs the clause elsewhere)
        root = sent.root.i
        end = root if root > at else sent.end
        if at < anchor.i < end:
            return doc[at]
    return None


def _shifters(sent: Span) -> list[tuple[int, str]]:
    """The sentence's shifters after a stretch of time ("two years after"): each one's index
    and the stretch's unit. Remembered on the parsed chunk: every figure of it asks."""
    memo: dict[tuple[int, int], list[tuple[int, str]]] = sent.doc.user_data.setdefault(
        "claimdesk_shifters", {}
    )
    key = (sent.start, sent.end)
    if key in memo:
        return memo[key]
    doc = sent.doc
    found: list[tuple[int, str]] = []
    for tok in sent:
        if tok.lower_ not in SHIFTERS or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        unit = date_words().units.get(before.lower_)
        if unit is not None and a_counted_unit(before):
            found.append((tok.i, unit))
    memo[key] = found
    return found


# The main verbs by which a sentence ties the report's incident to an earlier one: "the
# strikes came two days after ...", "the attack happened a day after ..."
_TYING_VERBS = frozenset({"come", "happen", "occur", "follow"})


def main_day(
    anchor: Token, periods: list[tuple[Token, Period, bool]], incident: Period | None
) -> Period | None:
    """The day of the sentence's own happening, which a figure set apart is counted from: the
    one day its main clause gives ("launched on Monday, two days after ..."), else the
    report's incident when the main clause ties it in ("The strikes came two days after")."""
    far = [p for t, p, reported in periods if shifted(anchor, t) and not reported]
    if far:
        return far[0] if len(far) == 1 else None
    return incident if told_verb(anchor.sent).lemma_.lower() in _TYING_VERBS else None


# the subjects that stand for the report's incident in a tying sentence: "It was the second
# such ambush in a week, after ...", "This came days after ..."
_TYING_PRONOUNS = frozenset({"it", "this", "that"})


def tied_back(date: Token) -> bool:
    """The date stands in the "after" or "before" clause by which a sentence ties the report's
    incident to another: "It was the second such ambush in a week, after four soldiers were
    killed last Saturday", "The attack came days after gunmen killed three on Friday". It
    dates that other incident, never the report's (unlike "police arrested three on Monday
    after a shooting on Sunday", which tells what the arrests followed)."""
    verb = told_verb(date.sent)
    if verb.lemma_.lower() not in _TYING_VERBS | {"be"}:
        return False
    if not any(_stands_for_incident(c) for c in verb.children if c.dep_ == "nsubj"):
        return False
    clause = next(
        (
            t
            for t in (date, *date.ancestors)
            if t.head.i == verb.i
            and t.dep_ in ("advcl", "prep")
            and (t.lower_ in SHIFTERS or any(
                c.dep_ == "mark" and c.lower_ in SHIFTERS for c in t.children
            ))
        ),
        None,
    )
    return clause is not None


_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


def recalled_earlier(date: Token) -> bool:
    """The date stands in a relative clause told in the past perfect: news copy recalls there
    what happened before the report's incident ("stormed the hideout of the gang, which had
    seized two farmers on a road on March 3", "freed four men who had been held since last
    week"); the main clause's own day is the incident's. Not when that clause tells a death
    ("a man who had been stabbed on Sunday died on Tuesday": the wound's day is the toll's)."""
    clause = _finite_clause(date)
    if clause is None or clause.dep_ != "relcl" or _perfect(clause) != "past":
        return False
    told = clause.head.head if clause.head.dep_ != "ROOT" else clause.head
    return not death_verb(told)


def _finite_clause(tok: Token) -> Token | None:
    """The verb of the clause with a subject or a tense the token stands in (a participle
    without either, "a company working on the road", belongs to the clause above it)."""
    for verb in tok.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ == "ROOT" or any(c.dep_ in _SUBJECT_OR_AUX for c in verb.children):
            return verb
    return None


def led_up_to(date: Token, period: Period, incident: Period | None) -> bool:
    """The date, before the report's incident day, stands in an "after" clause: it tells
    what led up to the incident ("The protest began after a detainee died in custody early
    Monday"), a day the figures told next do not share."""
    if incident is None or period.end >= incident.start:
        return False
    return in_after_clause(date)


def in_after_clause(date: Token) -> bool:
    """The date stands in a clause opened by "after" ("after a detainee died Monday")."""
    return any(
        any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children)
        for t in (date, *date.ancestors)
    )


def _stands_for_incident(subject: Token) -> bool:
    return subject.lower_ in _TYING_PRONOUNS or incident_noun(subject)


def told_verb(sent: Span) -> Token:
    """The main verb of what the sentence tells: its root, or the root's clause of what was
    said when the root reports it ("The raid came two weeks after ..., the army said")."""
    root = sent.root
    if root.lemma_.lower() not in cues().attributing:
        return root
    return next((c for c in root.children if c.dep_ == "ccomp"), root)


def counted_apart(anchor: Token, main: Period | None) -> Period | None:
    """The day of a figure set a counted stretch apart from the day of the sentence's own
    happening: "The strikes came two days after a bomber rammed a convoy, killing 12" on the
    strikes' day less two. ``main`` is that day (the one the main clause gives, else the
    report's incident); ``None`` when it is no single day or the stretch is not counted
    ("just weeks after")."""
    shifter = _apart_shifter(anchor)
    if shifter is None or main is None or main.start != main.end:
        return None
    if shifter.lower_ not in ("after", "before", "since"):
        return None  # "two weeks since a boy was shot" counts back as "two weeks after" does
    doc = shifter.doc
    unit = doc[shifter.i - 1]
    start = unit.i
    while start > anchor.sent.start and doc[start - 1].ent_type_ == "DATE":
        start -= 1
    if start == unit.i and start > anchor.sent.start:
        start -= 1  # "a day after", untagged: the count before the unit
    words = doc[start : unit.i].text.lower()
    count = 1 if words in ("a", "one", "the") else count_number(words)
    if count is None or unit.lower_ not in DAYS_IN.keys() | YEAR_UNITS:
        return None
    sign = 1 if shifter.lower_ == "before" else -1
    if unit.lower_ in YEAR_UNITS:
        day = add_months(main.start, sign * int(count) * MONTHS_IN_A_YEAR)
    else:
        day = main.start + dt.timedelta(days=sign * count * DAYS_IN[unit.lower_])
    return Period(start=day, end=day, text=f"{doc[start : shifter.i + 1].text} {main.text}")


def _clause(tok: Token, deps: tuple[str, ...]) -> Token | None:
    """The innermost clause of these dependencies (a relative clause, a participle's) that
    holds the token."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in deps and t.pos_ in ("VERB", "AUX"):
            return t
    return None


@functools.cache
def _static_participles() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("dates")["static_participles"])


def other_clause(anchor: Token, date: Token) -> bool:
    """The date stands in a relative or participial clause that describes a participant, the
    figure outside it: "a man who killed one at the depot from which he was dismissed last week",
    "killing five in a region devastated by the floods of 2004". (The other
    way round the clause often tells the main event's own outcome: "in 2004 a quake sparked
    a tsunami that killed 170,000".) A date on the incident noun, or of the harm of a victim
    ("who was shot Friday"), dates it wherever it stands."""
    if dates_incident(date):
        return another_incident(anchor, date) or a_scarred_place(anchor, date)
    other = _clause(date, ("relcl", "acl"))
    if other is None:
        return _deed_of_someone(anchor, date)
    if other.dep_ == "acl" and other.lemma_.lower() in _static_participles():
        return False  # "suspects affiliated with the group late on Friday": a misparse
    if anchor.i in {t.i for t in other.subtree} or _counted_subjects(anchor, other, date):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "where" for c in other.children):
        return True  # "Z with 149, where a feud has raged since 2024": the place's own story
    # the clause describes the figure's own noun: "a 110 million aid package unveiled Sunday"
    if other.head.i in {t.i for t in (anchor, *anchor.ancestors)}:
        return False
    # "the killing of his friend, who was shot Friday": the victim's harm is the incident;
    # a participle describes a participant or a place ("in a region devastated by the floods
    # of 2004"), or a victim's harm ("the man shot Friday")
    victim = other.dep_ == "acl" or any(c.lower_ in ("who", "whom") for c in other.children)
    return not (victim and dates_harm(date))


def _counted_subjects(anchor: Token, clause: Token, date: Token) -> bool:
    """ "The number of people who died between June 1 and August 31 reached 1,830": a clause
    on the people a toll or a number counts (its verb's subject) tells when they were counted,
    so its date is the count's; not one on the incident ("the floods, which began on June 1")
    nor a point the count runs from ("detained since the coup on July 26")."""
    if not people_noun(clause.head) or any(t.lower_ == "since" for t in date.ancestors):
        return False
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return any(
        s.dep_ in ("nsubj", "nsubjpass")
        and s.lemma_.lower() in cues().figure_objects
        and s.left_edge.i <= clause.i <= s.right_edge.i
        for s in verb.children
    )


def _deed_of_someone(anchor: Token, date: Token) -> bool:
    """The figure tells, in a clause on a person, what they did ("the officer who shot two
    men", "a man wanted in the deaths of two women"); the date, outside it, the later news of
    them ("was placed on leave Tuesday", "surrendered Tuesday"), unless that is a harm too
    ("the gunman who killed two was shot dead by police Sunday")."""
    deed = _clause(anchor, ("relcl", "acl"))
    if deed is None or date.i in {t.i for t in deed.subtree} or dates_harm(date):
        return False
    if deed.dep_ == "acl" and _counted_incidents(deed.head):
        return False  # "1,284 incidents claiming 1,523 lives": the incidents' own toll
    if any(c.lower_ in ("who", "whom") for c in deed.children):
        return True
    if deed.dep_ == "acl" and _told_before(deed.head):
        return True  # "blocked a road on Tuesday over the five people killed in the attack"
    # "a man wanted in / accused of / charged in ...", not the victims' "two men shot Sunday"
    return deed.dep_ == "acl" and deed.lemma_.lower() not in harm_verbs()


def _counted_incidents(noun: Token) -> bool:
    """ "1,284 incidents", "40 bombings": incidents a numeral counts, whose participle tells
    their toll (a lone "the bombing" may be a misparse's head of a place's clause)."""
    return incident_noun(noun) and any(c.dep_ == "nummod" for c in noun.children)


def _told_before(noun: Token) -> bool:
    """A definite noun phrase: people the report has told of before ("the five people
    killed in the attack", "those wounded"), not new ones ("found two men shot dead")."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "those", "these")) or c.dep_ == "poss"
        for c in noun.children
    )


def charged_deed(anchor: Token, date: Token) -> bool:
    """ "accused of wounding five others, he pleaded guilty on Tuesday": a deed named in a
    charge happened before the day of the proceedings, which does not date it."""
    charges = lexicon().charge_words
    if dates_incident(date):
        return False  # "charged in the shooting death of X on June 4": the deed's own day
    date_side = {t.i for t in (date, *date.ancestors)}
    for tok in (anchor, *anchor.ancestors):
        if tok.i in date_side:
            return False  # the date stands inside the deed's own clause
        prep = tok.head
        if (
            tok.dep_ in ("pcomp", "pobj")
            and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in charges
            and prep.lower_ not in _RAID_PREPS  # "arrested 12 during 47 raids": no deed
        ):
            return True
    return False


_RAID_PREPS = frozenset({"during", "amid"})


def phrase_date(num: Token, dates: list[tuple[Token, _P, bool]]) -> _P | None:
    """A date in the figure's own phrase: "came down to 214 in 2025 from 374 in 2024", "127
    were killed in 2030, against 98 in 2029": the phrase after "from" or "against" carries
    its own year, which dates its figure over the clause's."""
    # the figure, or the noun it counts ("from 374 arrests in 2024")
    phrase = num.head if num.dep_ == "nummod" and num.head.dep_ == "pobj" else num
    prep = phrase.head if phrase.dep_ == "pobj" and phrase.head.dep_ == "prep" else None
    if prep is None or prep.lower_ not in COMPARED_WITH:
        return None
    inside = {t.i for t in prep.subtree}
    # the parser may hang "in 2029" or "the previous year" right after the figure's phrase
    # on the clause's verb
    after = prep.right_edge.i + 1
    own = [
        p
        for t, p, reported in dates
        if (t.i in inside or after in (t.head.i, t.left_edge.i))
        and t.i != num.i
        and not reported
    ]
    return own[0] if len(own) == 1 else None


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
# how the parser hangs a list's later items ("..., 198 in 2022, 205 in 2023 and 199 in 2024")
_LIST_ITEM_DEPS = frozenset({"conj", "npadvmod", "appos"})
# the prepositions a figure's own time follows it with ("198 in 2022", "205 deaths during 2023")
_OWN_TIME_PREPS = frozenset({"in", "during"})


def adjacent_date(num: Token, dates: list[tuple[Token, _P, bool]]) -> _P | None:
    """ "231 in 2021, 198 in 2022, 205 in 2023": a time right after a list item's figure (or
    the noun it counts) is the item's own, however the parser hangs the list's phrases."""
    doc = num.doc
    noun = num.head if num.dep_ == "nummod" and num.head.i == num.i + 1 else num
    after = noun.i + 1
    if after + 1 >= num.sent.end or doc[after].lower_ not in _OWN_TIME_PREPS:
        return None
    start = doc[after + 1]
    if start.ent_type_ != "DATE" or start.ent_iob_ != "B":
        return None
    # a clause's own figure takes a year written right after it ("carried out 702 attacks in
    # 2025"), its other times as the clause gives them (an anniversary's reckoning)
    if noun.dep_ not in _LIST_ITEM_DEPS and not (
        _YEAR_TOKEN.fullmatch(start.text)
        and (after + 2 >= len(doc) or doc[after + 2].ent_type_ != "DATE")
    ):
        return None
    end = after + 1
    while end < num.sent.end and doc[end].ent_type_ == "DATE" and (
        end == after + 1 or doc[end].ent_iob_ == "I"
    ):
        end += 1
    own = [p for t, p, reported in dates if after < t.i < end and not reported]
    return own[0] if len(own) == 1 else None


# "in the same period last year", "the same month a year earlier": the period of the
# sentence a year back
_FIGURE_TO_PERIOD = 4  # "389 in the same period last year": the few words between


def same_period_before(num: Token, dates: list[tuple[Token, Period, bool]]) -> Period | None:
    """ "512 attacks in the first half of the year, compared with 389 in the same period last
    year": the figure compared counts the sentence's own period a year back."""
    prep = num.head if num.dep_ == "pobj" and num.head.dep_ == "prep" else None
    if prep is None or not (
        prep.lower_ in COMPARED_WITH or (prep.lower_ == "with" and prep.head.lemma_ == "compare")
    ):
        return None
    doc, sent = num.doc, num.sent
    # "at the same point last year", "at this time last year": the recogniser may tag the
    # year alone, the words before it say which part of it
    openers, words = same_span_words()
    start = next(
        (t.i for t in doc[num.i + 1 : min(sent.end, num.i + _FIGURE_TO_PERIOD)]
         if t.ent_type_ == "DATE" or t.lower_ in openers),
        None,
    )
    if start is None:
        return None
    end = start
    while end < sent.end and (
        doc[end].ent_type_ == "DATE"
        or doc[end].lower_ in words
        # "the same period of 2025": the tagger may leave the "of" before the year out
        or (
            doc[end].lower_ in ("of", "in")
            and end + 1 < sent.end
            and doc[end + 1].ent_type_ == "DATE"
        )
    ):
        end += 1
    phrase = doc[start:end]
    # "the same period of 2025": the sentence's period in the year named
    named = named_same_year(phrase.text)
    if named is None and not a_same_span_back(phrase.text):
        return None
    main = [p for t, p, reported in dates if not reported and not start <= t.i < end]
    if len(main) != 1:
        return None
    months = -12 if named is None else 12 * (named - main[0].end.year)
    if named is not None and months >= 0:
        return None  # a later year is no period compared with
    back = add_months(main[0].start, months), add_months(main[0].end, months)
    return Period(start=back[0], end=back[1], text=phrase.text)


# A report comes within this many days of what it reports.
REPORT_LAG_DAYS = 7


def reports_on(report: Period, period: Period | None) -> bool:
    """ "... during the last week. A spokesman said on Tuesday that ...": the day of a report
    soon after the period carried keeps it for the figures after (one weeks before, as a
    caption's older attack, does not)."""
    return period is not None and 0 <= (report.start - period.end).days <= REPORT_LAG_DAYS


def running_since(
    anchor: Token, dates: list[tuple[Token, Period, bool]], published: dt.date | None = None
) -> Period | None:
    """ "More than 90 people have been killed ... since clashes broke out in March 2024": a
    figure told in the present perfect counts over the one running span its sentence names
    ("since ...", "this year", "the past week") up to now, however the parser hangs it; or
    from the time its sentence says something began up to ``published`` (``_begun``)."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    tense = _perfect(verb) if verb is not None else None
    if tense is None and brings_toll(anchor):
        # "the raid brings to 45 the number killed since January": a toll brought up counts
        # every death of its running span, whatever the verb's tense
        tense = "present"
    if tense is None:
        return None
    begun = _begun(dates, published) if tense == "present" else None
    if begun is not None:
        return begun
    # a span is never the day of a report: "the 31st attack reported this year, in which 19
    # have died" counts this year's; the past perfect counts up to the story's time only
    # from a "since" ("had arrested 11 in raids since January")
    found = [
        p
        for _, p, _ in dates
        if p.start != p.end
        and _RUNNING_SPAN.match(p.text)
        and (tense == "present" or p.text.lower().startswith("since "))
    ]
    return found[0] if len(found) == 1 else None


def _begun(dates: list[tuple[Token, Period, bool]], published: dt.date | None) -> Period | None:
    """ "the violence that broke out in May 2023", "the war began in 2014 and has killed":
    the one time the sentence says something began, up to the telling."""
    found = [p for t, p, reported in dates if not reported and _beginning(_governor_verb(t))]
    if len(found) != 1 or published is None or found[0].start > published:
        return None
    return Period(start=found[0].start, end=published, text=found[0].text)


def _governor_verb(tok: Token) -> Token:
    head = tok.head
    return head.head if tok.dep_ == "pobj" and head.pos_ == "ADP" else head


def _beginning(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _beginning_verbs():
        return False
    return lemma != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


@functools.cache
def _beginning_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("dates")["beginning_verbs"])


# "since March 2024", "so far this year", "this month", "in the past two weeks"
_RUNNING_SPAN = re.compile(
    r"^(?:(?:in|during|over|for) )?(?:since |so far |this (?:year|month|week)\b|the past )",
    re.IGNORECASE,
)


def _perfect(verb: Token) -> str | None:
    """ "have been killed", "has died": "present", a count up to now; "had arrested": "past";
    ``None`` for no perfect."""
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if verb.tag_ != "VBN" or not aux:
        return None
    return "present" if any(c.tag_ in ("VBP", "VBZ") for c in aux) else "past"


def running_span(period: Period) -> bool:
    """A span that runs up to now: "since March", "so far this year", "the past week"."""
    return period.start != period.end and _RUNNING_SPAN.match(period.text) is not None
