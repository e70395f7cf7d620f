"""A tally over a country, a state or a year takes the area its words give, not the town of
the report's incident, and the sentences that go on with it keep that area (issue #11). Reports
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

    from core.model import Claim

PUBLISHED = dt.date(2026, 3, 4)
LEAD = "QUETTA: A bomb killed four people at a market in Quetta on Monday, police said.\n"


def _by_number(nlp: Language, text: str) -> dict[str, Claim]:
    return {c.number_text: c for c in read_claims(nlp, text, PUBLISHED)}


def test_nationwide_tally_takes_the_country_and_its_year(nlp: Language) -> None:
    got = _by_number(
        nlp,
        LEAD + "Across the country, 1,240 people died in such attacks last year, and 310 of "
        "them in Punjab. Police said 90 were arrested.",
    )
    assert got["four"].location == "Quetta"
    assert (got["1,240"].location, got["1,240"].date_start) == ("Pakistan", dt.date(2025, 1, 1))
    assert got["310"].location == "Punjab"  # a place of its own, nearer the figure
    # goes on with the tally: its year, so its area
    assert (got["90"].location, got["90"].date_end) == ("Pakistan", dt.date(2025, 12, 31))


def test_a_sentence_that_goes_on_with_the_tally_keeps_its_area(nlp: Language) -> None:
    got = _by_number(
        nlp,
        LEAD + "Nationwide, militants carried out 300 attacks in 2025. Another 45 attacks "
        "were foiled.",
    )
    assert got["300"].location == got["45"].location == "Pakistan"
    assert got["45"].date_start == dt.date(2025, 1, 1)  # the tally's year, not the bombing's day


def test_a_year_counted_in_a_province_is_a_tally_the_next_sentence_goes_on_with(
    nlp: Language,
) -> None:
    got = _by_number(
        nlp,
        LEAD + "In Balochistan, 300 people were killed in such attacks last year, the report "
        "said. Another 45 were injured.",
    )
    # the province holds the dateline's town, but the tally is the province's, not Quetta's
    assert got["300"].location == got["45"].location == "Balochistan"


def test_statewide_words_and_a_later_year(nlp: Language) -> None:
    got = _by_number(
        nlp,
        "SPRINGFIELD, Ill. (AP) — A man shot two people outside a Springfield bar early "
        "Sunday, police said.\nStatewide, 410 people were killed by gunfire last year, "
        "according to state data. Of those, 95 were teenagers. Another 1,100 were wounded.",
    )
    assert got["410"].location == got["1,100"].location != "Springfield"
    assert got["1,100"].date_start == dt.date(2025, 1, 1)


def test_the_province_since_january(nlp: Language) -> None:
    got = _by_number(
        nlp,
        LEAD + "Three policemen were shot dead in Turbat on Sunday.\nAccording to police data, "
        "18 policemen have been killed in the southern districts of the province since January.",
    )
    assert got["Three"].location != "Balochistan"  # one incident: a town
    assert got["18"].location == "Balochistan"


def test_a_figure_that_happens_every_year_is_no_day_of_the_incident(nlp: Language) -> None:
    got = _by_number(
        nlp, LEAD + "About 40 children in Balochistan die annually in such blasts."
    )
    assert got["About 40"].location == "Balochistan"
    assert got["About 40"].date_start is None


def test_no_tally_without_its_words(nlp: Language) -> None:
    got = _by_number(
        nlp,
        LEAD + "Nationwide, 1,240 people died in such attacks last year.\n"
        "Police said two suspects were arrested in Quetta on Tuesday. Another three were "
        "injured on Monday.",
    )
    # a day of its own: the incident's, not the tally's
    assert got["two"].location == "Quetta"
    assert got["three"].location == "Quetta"


def test_the_country_of_one_incident_is_no_tally(nlp: Language) -> None:
    got = _by_number(
        nlp,
        "SPRINGFIELD, Ill. (AP) — The deadliest attack in the country this year killed 12 in "
        "Chicago. A nationwide strike on Monday left two people injured in Springfield. An "
        "attack in the state killed five on Monday.",
    )
    # the town, with the state the report's next figure is filed under ("the state": the
    # dateline's, by its name since the dateline is read apart from the lead)
    assert got["12"].location == "Chicago, Illinois"
    assert got["two"].location == "Springfield"
    assert got["five"].date_start == dt.date(2026, 3, 2)


def test_one_reports_totals_over_a_country_and_a_province_in_it_are_one_statistic() -> None:
    """One report's tallies of one period, the country's and a province's share, are its
    statistic (one event), and the whole is never set against its part."""
    text = (
        "NEW DELHI: Across the country, 56 people were killed in Maoist violence in 2025, the "
        "ministry said.\nIn Chhattisgarh, 31 people were killed in Maoist violence in 2025."
    )
    result = run_documents([from_text(text, doc_id="d1", path="t.txt", published=PUBLISHED)])
    got = {c.number_text: c for c in result.claims}
    country, province = got["56"], got["31"]
    assert (country.location, province.location) == ("India", "Chhattisgarh")
    events = {c: e.id for e in result.events for c in e.claim_ids}
    assert events[country.id] == events[province.id]
    assert not [x for x in result.conflicts if {country.id, province.id} <= set(x.claim_ids)]


def test_the_country_as_the_subject_of_a_tally_is_its_area(nlp: Language) -> None:
    got = _by_number(
        nlp,
        LEAD + "Last year the country saw more than 400 bombings, which left at least 700 "
        "people dead, according to a think tank.",
    )
    assert got["four"].location == "Quetta"
    assert got["more than 400"].location == "Pakistan"
    assert got["at least 700"].location == "Pakistan"
    # a country's people in a town's attack: no tally
    got = _by_number(nlp, LEAD + "The attack on the market killed two more on Tuesday.")
    assert got["two"].location == "Quetta"


_ISLAND_LEAD = (
    "GALLE: Two men were shot dead by gunmen on motorcycles in Hikkaduwa on Sunday night, "
    "police said.\n"
)


def test_a_tally_across_the_island_is_the_island_nations(nlp: Language) -> None:
    """ "across the island" is how an island nation's reports name their country; the
    figures of an "in which" clause count within the shootings it hangs on."""
    got = _by_number(
        nlp,
        _ISLAND_LEAD + "There have been 61 gun attacks across the island so far this year, in "
        "which 43 people were killed and 29 wounded, police said.",
    )
    assert got["Two"].location == "Hikkaduwa"
    assert [got[n].location for n in ("61", "43", "29")] == ["Sri Lanka"] * 3


def test_an_in_which_clause_of_one_incident_keeps_its_place(nlp: Language) -> None:
    got = _by_number(
        nlp,
        _ISLAND_LEAD + "It was the second shooting on the island this week, in which 43 "
        "people were wounded.",
    )
    assert got["43"].location == "Hikkaduwa"


_VALLEY_LEAD = (
    "SRINAGAR: Two policemen were killed when militants opened fire on a patrol in "
    "Baramulla district on Monday, police said.\n"
)


def test_years_of_a_conflict_are_counted_over_the_province(nlp: Language) -> None:
    """A figure over many years that names no place counts a conflict over the province of
    the incident's district, not in the district."""
    got = _by_number(
        nlp,
        _VALLEY_LEAD + "More than 40,000 people have been killed in the armed conflict since "
        "1990.",
    )
    assert got["Two"].location == "Baramulla district"
    assert got["More than 40,000"].location == "Jammu and Kashmir"


def test_months_of_a_year_stay_with_the_incident_place(nlp: Language) -> None:
    got = _by_number(
        nlp,
        _VALLEY_LEAD + "Police said 45 militants had been killed in the district since January.",
    )
    assert got["45"].location != "Jammu and Kashmir"


def test_years_of_shootings_without_a_conflict_stay_in_the_town(nlp: Language) -> None:
    got = _by_number(
        nlp,
        "FLINT, Mich. (AP) - A boy was wounded in a shooting in Flint on Monday. The "
        "prosecutor said 11 children have been shot in the past two years after finding "
        "loaded guns at home.",
    )
    assert got["11"].location == "Flint"
