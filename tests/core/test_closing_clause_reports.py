"""A closing report the parser took for a clause on one more object (issue #11, source):
"Security forces killed 35 militants in the Tarvel region, the state-run Tarvan news agency
reported on Sunday" - the parser makes "the ... agency" an object of "killed" and "reported"
a clause on it, and the figure had no source. Set off by a comma, with nothing of its own
after it but its day, it frames the sentence; a hyphened modifier ("state-run",
"privately-owned") is part of the source's name. A clause that reports more ("reported to
be", "reported by") or a noun that is no source ("the highest toll reported this year") is
none. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def sources(text: str) -> list[object]:
    return report_fields(text, "attribution", published=PUB)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Security forces killed 35 militants in the Middle Tarvel region, the state-run "
         "SONNA news agency reported on Sunday.", "the state-run SONNA news agency"),
        ("Security forces have killed 35 militants in the Middle Tarvel region, the state-run "
         "SONNA news agency reported on Sunday.", "the state-run SONNA news agency"),
        # as before
        ("Troops killed 12 militants in Tarvel, the state-owned news agency reported on "
         "Sunday.", "the state-owned news agency"),
        ("Police arrested six suspects in Tarvel on Sunday, the privately-owned Tarvel Times "
         "reported.", "the privately-owned Tarvel Times"),
    ],
)
def test_the_closing_report_frames_the_sentence(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 12 people in Tarvel on Sunday, the youngest reported to be six.",
        "Troops killed 12 militants in Tarvel on Sunday, the highest toll reported this year.",
        "Troops killed 12 militants in Tarvel, a figure reported by the army.",
    ],
)
def test_a_clause_that_reports_more_is_no_source(text: str) -> None:
    assert set(sources(text)) == {None}
