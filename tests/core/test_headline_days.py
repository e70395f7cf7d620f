"""A headline's figure dated as the lead that restates it (issue #11), not by an incident the
body recalls further down nor by the old crime a follow-up's arrest is about. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

from tests.core.claim_factory import core_claims_by_text

D = dt.date.fromisoformat
SUN = D("2031-07-13")  # a Sunday


def dated(text: str, published: dt.date) -> list[tuple[str, str, dt.date | None]]:
    """(figure, measure, day) of each casualty or arrest figure of the report, in text order."""
    return [
        (c.number_text, c.measure, c.date_start)
        for c in core_claims_by_text([text], published)[text]
        if c.measure in ("killed", "injured", "arrested")
    ]


def test_headline_takes_the_leads_day_not_a_recalled_incidents() -> None:
    text = (
        "Five guards killed in raid on Velmora outpost\n\n"
        "Five border guards were killed when raiders stormed an outpost near Velmora in the "
        "early hours of Saturday, officials said.\n\n"
        "It was the second raid in the province this month. On July 4, three guards were "
        "killed when their convoy was ambushed near Ostrana."
    )
    got = dated(text, SUN)
    assert got[0] == ("Five", "killed", D("2031-07-12"))
    assert got[1] == ("Five", "killed", D("2031-07-12"))
    assert got[-1] == ("three", "killed", D("2031-07-04"))


def test_headline_arrests_take_the_day_of_the_arrest() -> None:
    text = (
        "Four held for killing of Tarnby trader\n\n"
        "Police on Saturday arrested four men wanted for the killing of a grain trader who "
        "was shot dead outside his warehouse in Tarnby on July 2, officers said."
    )
    got = [g for g in dated(text, SUN) if g[1] == "arrested"]  # and the trader's death
    assert got[0] == ("Four", "arrested", D("2031-07-12"))
    assert got[1] == ("four", "arrested", D("2031-07-12"))


def test_headline_with_no_figure_restated_keeps_its_day() -> None:
    # the lead counts otherwise: nothing restates the headline's "Nine"
    text = (
        "Nine hurt as bus overturns near Kelso Pass\n\n"
        "A passenger bus overturned on a mountain road near Kelso Pass on Friday, injuring "
        "several people, officials said."
    )
    got = dated(text, SUN)
    assert got[0] == ("Nine", "injured", D("2031-07-11"))


def test_a_first_line_that_is_a_sentence_is_no_headline() -> None:
    # a closing full stop: the first line is the lead itself, dated as it says
    text = (
        "Two miners were killed in a rockfall at the Dunmore pit on July 1.\n\n"
        "On Friday, two more miners were killed in a second fall at the same pit."
    )
    got = dated(text, SUN)
    assert got[0] == ("Two", "killed", D("2031-07-01"))
