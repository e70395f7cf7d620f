"""The day of a harm told in the clause that "after" opens under what followed it: "Police
arrested a man on Sunday after two people were wounded", "was charged Monday, a day after
the shooting that killed two", "A week after gunmen killed six, police arrested two on
Friday". The harm comes before the day of the arrest or the charge: that day less the
stretch written before "after", or, with none, that day itself (a news report tells an
arrest made after a shooting as the same day's unless it says otherwise)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import dates_aftermath
from core.extract.incident_words import _governor
from core.text.dates import Period, count_number

if TYPE_CHECKING:
    from spacy.tokens import Token

_AFTER = frozenset({"after", "following"})
# the stretches counted back from the later day, in days
_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# "hours after", "shortly after": the same day
_SAME_DAY = frozenset({"hours", "hour", "minutes", "moments", "shortly", "soon", "just", "right"})
_LONGER = frozenset({"month", "months", "year", "years", "decade", "decades"})


@dataclasses.dataclass(frozen=True, slots=True)
class FollowedDay:
    """The harm's day, and whether the text counts the stretch to it ("a day after")."""

    period: Period
    counted: bool


def day_before_followed(
    anchor: Token, periods: list[tuple[Token, Period, bool]]
) -> FollowedDay | None:
    """The day of the figure's harm when it stands in a clause "after" opens and the verb
    that clause hangs on, a verb of what followed ("arrested", "charged"), is dated by one
    day; by a month or a year with no stretch before "after", that period, not counted (the
    caller keeps it for a figure of an older incident); ``None`` otherwise or when the stretch
    is not counted in days ("weeks after")."""
    after = after_word(anchor)
    if after is None:
        return None
    verb = followed_verb(after)
    dated = [
        (t, p)
        for t, p, reported in periods
        if not reported and _governor(t).i == verb.i and dates_aftermath(t)
    ]
    days = [(t, p) for t, p in dated if p.start == p.end] or dated
    if len(days) != 1:
        return None
    back = stretch_before(after)
    if back is None:
        return None
    if days[0][1].start != days[0][1].end:
        # "was arrested in March 2019 after he wounded three": the harm of that month or year
        # (or just before it), counted by no stretch of days
        return FollowedDay(days[0][1], counted=False) if back == 0 else None
    day = days[0][1].start - dt.timedelta(days=back)
    text = f"{after.doc[after.i - 1].text} {after.text} {days[0][1].text}".strip()
    return FollowedDay(Period(start=day, end=day, text=text), counted=back > 0)


def after_word(anchor: Token) -> Token | None:
    """The "after" whose clause holds the figure: a preposition above it ("after a shooting
    that wounded two") or the mark of a verb above it ("after two people were wounded")."""
    path = (anchor, *anchor.ancestors)
    for n, tok in enumerate(path):
        if tok.dep_ == "prep" and tok.lower_ in _AFTER:
            return tok
        mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _AFTER), None)
        if mark is None:
            continue
        if tok.dep_ == "advcl":
            return mark
        main = _fronted_main(mark)
        if main is not None and (n == 0 or path[n - 1].i != main.i):
            return mark  # the figure stands in the fronted clause, not in the one after it
    return None


def followed_verb(after: Token) -> Token:
    """The verb of what followed: the one the "after" phrase or clause hangs on, or the main
    verb the parser joined to a fronted "after" clause (``_fronted_main``)."""
    if after.dep_ == "prep":
        return after.head
    main = _fronted_main(after) if after.head.dep_ != "advcl" else None
    return main if main is not None else after.head.head


# "A day after", "Two weeks after": the words a fronted "after" clause may open with, after
# the dateline that may open the sentence ("TOWN: A day after ...")
_FRONT_WORDS = 3
_DATELINE_ENDS = frozenset({":", "-", "--", "–", "—"})


def _fronted_main(mark: Token) -> Token | None:
    """ "A day after nine rebels were held in a raid, two more surrendered on Friday": the
    parser may take the fronted "after" clause for the main one and join the main verb to it
    as a conjunct after the comma. That conjunct, the verb of what followed."""
    clause = mark.head
    before = mark.doc[mark.sent.start : mark.i]
    opening = max((t.i + 1 for t in before if t.text in _DATELINE_ENDS), default=before.start)
    if mark.i - opening > _FRONT_WORDS or clause.dep_ == "advcl":
        return None
    return next(
        (
            c
            for c in clause.rights
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and any(t.text == "," for t in mark.doc[clause.i : c.i])
        ),
        None,
    )


def bare_after(after: Token) -> bool:
    """Nothing but the clause before "after": no stretch ("a day after") and no word of the same
    time ("soon after", "hours after"), which ties the clause to the later act's own time."""
    if stretch_before(after) != 0:
        return False
    return after.i == after.sent.start or after.nbor(-1).lower_ not in _SAME_DAY


def stretch_before(after: Token) -> int | None:
    """The days written before "after": 1 for "a day", 7 for "a week", 0 for none or "hours";
    ``None`` for a stretch not counted in days ("days after", "months after")."""
    doc = after.doc
    unit = doc[after.i - 1] if after.i > after.sent.start else None
    if unit is None or unit.is_punct or unit.lower_ in _SAME_DAY:
        return 0
    if unit.lower_ in _LONGER:
        return None
    if unit.lower_ not in _DAYS:
        return 0
    words = doc[after.i - 2].lower_ if after.i - 2 >= after.sent.start else ""
    count = 1 if words in ("a", "one", "the") else count_number(words)
    return None if count is None else count * _DAYS[unit.lower_]
