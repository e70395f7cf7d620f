"""A count said to have moved with no verb of change ("deaths were up from 733", "with
abductions down from 88"): the earlier figure counts what the plural before the direction
word names, as it would after "rose from"; a plural of no harm or deed counts nothing.
Sentences and places we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures

LEAD = (
    "Veloria violence review\n\n"
    "Veloria recorded 640 militant attacks in 2031, in which 910 people were killed, "
    "the Orvane Institute said on Sunday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The year was the bloodiest since 2024, with fatalities up from 733 in 2030.",
         ("733", "killed")),
        ("Raids had climbed from 512 in 2030, while deaths were up from 733 the year before.",
         ("733", "killed")),
        ("Abductions were down from 88 in 2030, the institute said.", ("88", "kidnapped")),
        ("The death toll was up from 702 a year earlier.", ("702", "killed")),
    ],
)
def test_an_earlier_figure_of_a_count_that_moved(text: str, expected: tuple[str, str]) -> None:
    assert expected in report_figures(LEAD + text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Fuel prices were up from 88 in 2030, the institute said.", "88"),
        ("Donations were down from 702 a year earlier.", "702"),
    ],
)
def test_an_earlier_figure_of_no_harm_counts_nothing(text: str, figure: str) -> None:
    assert all(found != figure for found, _ in report_figures(LEAD + text))
