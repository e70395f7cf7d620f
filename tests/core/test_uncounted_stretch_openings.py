"""A sentence opened by an uncounted stretch ("Days after an ambush killed six soldiers, the
army said on Wednesday it had detained 4") sets the harm of its "after" clause apart from
the saying's day: the six are not Wednesday's, and the arrests take the saying's day as a
sentence with no other time does. The recogniser leaves the opening "Days" untagged, so no
stretch was seen and both figures took the report's day (issue #11, the day of the saying
for the day of the deed). A counted stretch, one the recogniser tags ("just weeks after"),
"the days after" as a noun of its own, and a saying with no other time keep their
readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 3, 4)  # a Tuesday

Spans = list[tuple[str, str | None, str | None]]
HOURS_AFTER: Spans = [("11", "2031-03-02", "2031-03-02"), ("2", "2031-03-02", "2031-03-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Days after an ambush on a border post killed six soldiers, the army said on "
         "Monday it had detained 4 suspects.",
         [("six", None, None), ("4", "2031-03-03", "2031-03-03")]),
        ("Days after a blast at a fuel depot killed 11 workers, police said on Sunday they "
         "had arrested 2 men.",
         [("11", None, None), ("2", "2031-03-02", "2031-03-02")]),
        ("Weeks after a raid on a hill village left 9 dead, officials said on Monday they "
         "had arrested 3 suspects.",
         [("9", None, None), ("3", "2031-03-03", "2031-03-03")]),
    ],
)
def test_an_uncounted_stretch_sets_the_harm_apart(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said on Monday it had detained 4 suspects.",
         [("4", "2031-03-03", "2031-03-03")]),
        ("Two days after gunmen killed six workers, police said on Wednesday they had "
         "arrested 3 men.", [("six", "2031-02-24", "2031-02-24"),
                             ("3", "2031-02-24", "2031-02-26")]),
        ("The days after the ambush were tense, and the army said on Monday it had "
         "detained 4 suspects.", [("4", "2031-03-03", "2031-03-03")]),
        ("Police said on Monday they had arrested 5 men, days after a raid that killed 2 "
         "guards.", [("5", "2031-03-03", "2031-03-03"), ("2", None, None)]),
        ("Hours after a blast at a fuel depot killed 11 workers, police said on Sunday they "
         "had arrested 2 men.", HOURS_AFTER),
        ("Gunmen killed a guard at the depot on Sunday. Days after 2 workers were wounded "
         "there, police are now saying the guard was the target.",
         [("a guard", "2031-03-02", "2031-03-02"), ("2", "2031-03-02", "2031-03-02")]),
        ("Three men were charged last week, police announced Monday.",
         [("Three", "2031-02-24", "2031-03-02")]),
        ("After an ambush on a border post killed six soldiers on Sunday, the army said on "
         "Monday it had detained 4 suspects.",
         [("six", "2031-03-02", "2031-03-02"), ("4", "2031-03-02", "2031-03-02")]),
    ],
)
def test_other_openings_keep_their_reading(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


# The main clause before the main verb: a figure of its own ahead of a trailing saying, a
# counted subject, or no comma to end the stretch's clause. Set apart, the report's own
# figure lost its day (review of #11); each keeps the reading it had before the stretch.
# A place after a comma in the stretch's clause, or "3 more" added to its toll, stays read.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Days after the ambush, 12 soldiers remained missing, the army said on Monday.",
         [("12", "2031-03-04", "2031-03-04")]),
        ("Days after the rains began, 17 people drowned in Assam, officials said.",
         [("17", "2031-03-04", "2031-03-04")]),
        ("Days after a bridge collapse in Gujarat, 9 people were arrested, police said on "
         "Monday.", [("9", "2031-03-04", "2031-03-04")]),
        ("Days after the tragedy, 2 survivors spoke to reporters on Sunday.",
         [("2", "2031-03-02", "2031-03-02")]),
        ("Days after the attack the death toll rose to 35.",
         [("35", "2031-03-04", "2031-03-04")]),
        ("Days after gunmen killed 8 villagers in Jos, Plateau state, police said on Monday "
         "they had arrested 5 men.", [("8", None, None), ("5", "2031-03-03", "2031-03-03")]),
        ("Days after 7 people were killed in a gas explosion, 3 more died in hospital on "
         "Monday.", [("7", None, None), ("3", "2031-03-03", "2031-03-03")]),
    ],
)
def test_a_main_clause_before_its_verb_keeps_its_day(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PUBLISHED) == expected


def test_without_the_report_date_no_day(nlp: Language) -> None:
    text = ("Days after an ambush on a border post killed six soldiers, the army said on "
            "Monday it had detained 4 suspects.")
    assert written_spans(nlp, text, None) == [("six", None, None), ("4", None, None)]
