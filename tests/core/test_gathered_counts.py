"""Issue #11, counts that gather the happenings of several days of one incident: a total that
rose or was brought to a figure runs from the incident's day to the last later day the report
gives a death, a body found or an arrest on (the measure's own happenings); people said to be
in custody run to the telling. A toll that moved on a day its clause gives, one that only
stands, one with no later happening told, and a single happening keep their day. Sentences we
wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts, report_places

if TYPE_CHECKING:
    from spacy.language import Language

THU = dt.date(2031, 5, 8)  # the report's day, a Thursday
SUN, MON, TUE, WED = (dt.date(2031, 5, d) for d in (4, 5, 6, 7))

counts = functools.partial(dated_counts, published=THU)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that rose: to the day of the last death the report gives
        (
            "A gas blast tore through a market in Tarvel on Sunday. A worker died of his burns "
            "on Tuesday night. The death toll has risen to 12, officials said on Wednesday.",
            ("killed", 12, SUN, TUE),
        ),
        # the later happening told after the total: bodies found
        (
            "A ferry capsized on the Lune river on Sunday night. The number of passengers "
            "killed has climbed to 17, the coast guard said. Two more bodies were found on "
            "Wednesday.",
            ("killed", 17, SUN, WED),
        ),
        # the total a later arrest brought up, "to" hung inside the total's own phrase
        (
            "Police raided a row of houses in Marrow on Monday. Officers have since caught a "
            "man who escaped, bringing the number of people arrested in the sweep to 10. He "
            "was arrested on Wednesday at a bus depot.",
            ("arrested", 10, MON, WED),
        ),
        # a death "overnight" in Thursday's report: the night before
        (
            "A bus bombing killed 11 people in Tarvel on Monday. "
            "One more victim died overnight, bringing the toll to 12.",
            ("killed", 12, MON, WED),
        ),
        # people in custody, the present told back: up to the telling
        (
            "Clashes broke out between two villages near Dorra on Monday. A police spokesman "
            "said that six people had died and 15 suspects were in custody.",
            ("arrested", 15, MON, THU),
        ),
    ],
)
def test_a_count_that_gathered_runs_to_its_last_day(
    nlp: Language, text: str, expected: tuple[str, float, dt.date, dt.date]
) -> None:
    assert expected in counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no later happening told: the toll may be the incident's own dead, counted again
        (
            "A gas blast tore through a market in Tarvel on Sunday. "
            "The death toll has risen to 12, officials said on Wednesday.",
            ("killed", 12, SUN, SUN),
        ),
        # a later day of another measure (an arrest) gathers no deaths
        (
            "A gas blast tore through a market in Tarvel on Sunday. Police arrested the "
            "owner on Tuesday. The death toll has risen to 12.",
            ("killed", 12, SUN, SUN),
        ),
        # the toll moved on a day its clause gives: that day, as before
        (
            "A gas blast tore through a market in Tarvel on Sunday. "
            "The death toll rose to 12 on Tuesday.",
            ("killed", 12, TUE, TUE),
        ),
        # a toll that stands restates the count
        (
            "A gas blast tore through a market in Tarvel on Sunday. A worker died of his burns "
            "on Tuesday night. The death toll stood at 12, officials said.",
            ("killed", 12, SUN, SUN),
        ),
        # a single happening keeps its day
        (
            "Clashes broke out between two villages near Dorra on Monday. A police spokesman "
            "said 15 suspects were taken into custody that night.",
            ("arrested", 15, MON, MON),
        ),
    ],
)
def test_a_single_or_dated_count_keeps_its_day(
    nlp: Language, text: str, expected: tuple[str, float, dt.date, dt.date]
) -> None:
    assert expected in counts(nlp, text)


TOLL_REPORT = (
    "Mill blast toll rises to 12\n\n"
    "KARACHI (Agency) - The death toll from a boiler explosion at a textile mill has risen to "
    "12, officials said on Thursday.\n\n"
    "A machine operator died in hospital on Wednesday night, three days after the blast ripped "
    "through the mill in Kotri, an industrial town in Sindh.\n"
)


def test_a_toll_running_from_the_incident_is_filed_under_its_scene() -> None:
    # the toll runs from Sunday's blast to Wednesday's death: the blast's figure still, filed
    # where the report puts the blast, not under the bureau's town
    # (the third: the machine operator who died, one of the toll's, filed there too)
    assert report_places(TOLL_REPORT, THU) == ["Kotri, Sindh", "Kotri, Sindh", "Kotri, Sindh"]


def test_a_toll_with_a_place_of_its_own_keeps_it() -> None:
    text = TOLL_REPORT.replace("at a textile mill", "at a textile mill in Hyderabad")
    assert report_places(text, THU)[1] == "Hyderabad"
