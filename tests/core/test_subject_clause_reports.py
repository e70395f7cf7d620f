"""A report that closes its sentence after a comma, which the parser hung as a clause on its
subject ("At least 30 people were killed in an air strike on Friday, the state-run agency
reported on Sunday"): the figure's source read the agency, but no statement was found, so
the report's words had no speaker. Now the sentence before the comma is the agency's
statement, as the source reads it. A participle that reports nothing ("the men reported
missing", "the attack, reported as the worst this year") gives no source and no statement
(issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 3, 10)


def _read(text: str) -> tuple[list[tuple[str | None, str]], list[str | None]]:
    out = run_texts(text, published=DAY)
    return (
        [(s.speaker, s.content) for s in out.statements],
        [c.attribution for c in out.claims],
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("At least 30 people were killed in an air strike on the market on Friday, the "
         "state-run agency reported on Sunday.", "the state-run agency",
         "At least 30 people were killed in an air strike on the market on Friday"),
        ("Eleven villagers were killed in a raid on the farms on Friday, the state-run "
         "broadcaster reported on Saturday.", "the state-run broadcaster",
         "Eleven villagers were killed in a raid on the farms on Friday"),
    ],
)
def test_the_closing_report_is_a_statement(text: str, speaker: str, content: str) -> None:
    statements, sources = _read(text)
    assert statements == [(speaker, content)]
    assert sources == [speaker]


@pytest.mark.parametrize(
    ("text", "statements", "sources"),
    [
        # the report has its own subject: as before
        ("Nine soldiers were killed in an ambush near the border, the official broadcaster "
         "reported.", [("the official broadcaster",
                        "Nine soldiers were killed in an ambush near the border")],
         ["the official broadcaster"]),
        # a participle of no report: no source, no statement
        ("The attack, reported as the worst this year, killed 22 people in the capital on "
         "Monday.", [], [None]),
        ("Police are searching for the three men reported missing after the boat capsized "
         "on Friday, and 4 others were injured.", [], [None]),
        # a relative clause of a report: the residents reported the blast, not the toll
        ("Twelve people were killed in the blast, which was reported by residents on "
         "Sunday.", [], [None]),
        # what was reported, not who reported it: no source, no statement
        ("Two people were killed in a robbery at a bakery on Tuesday, the latest incident "
         "reported on Wednesday.", [], [None]),
        ("Three people were killed in a shooting at a wedding on Friday, the second such "
         "incident reported on Saturday.", [], [None]),
        # an outlet that cites officials: theirs
        ("Gunmen killed 14 villagers in the north of the country on Saturday, the BBC "
         "reported, citing local officials.",
         [("local officials",
           "Gunmen killed 14 villagers in the north of the country on Saturday")],
         ["local officials"]),
    ],
)
def test_other_reports_keep_their_reading(
    text: str, statements: list[tuple[str, str]], sources: list[str | None]
) -> None:
    assert _read(text) == (statements, sources)
