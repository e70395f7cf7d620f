"""A national running tally at the end of a local report ("This is the 12th shooting in the
country so far this year, in which 9 people have been killed and 14 injured"): each of its
figures counts from 1 January to the publication day, over the country, not the local
incident's town and day; the injured joined to the perfect "have been killed" share its
tense. Arrests "in island-wide raids" (a scope word the tokenizer parts at its hyphen) or "in
nationwide raids" are the country's."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

SUNDAY = dt.date(2025, 9, 14)


def claims_of(text: str, published: dt.date = SUNDAY) -> dict[str, Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return {c.number_text: c for c in result.claims if c.is_core}


LOCAL = (
    "Two shot dead outside Galle bar\n\n"
    "GALLE: Two men were shot dead and three others wounded outside a bar in Galle on "
    "Saturday night, police said.\n\n"
    "The gunmen fled on a motorcycle, police spokesman Nihal Perera said.\n\n"
)


def test_the_running_tally_counts_the_year_so_far_over_the_country() -> None:
    text = LOCAL + (
        "This is the 44th shooting reported in the country so far this year, in which 39 "
        "people have been killed and 28 injured, police said.\n"
    )
    found = claims_of(text)
    for figure in ("39", "28"):
        claim = found[figure]
        assert (claim.date_start, claim.date_end) == (dt.date(2025, 1, 1), SUNDAY), figure
        assert claim.location == "Sri Lanka", figure
    assert found["Two"].location == "Galle"


def test_a_joined_verb_with_its_own_tense_keeps_it() -> None:
    # near miss: "and 4 were injured on Saturday" tells its own time, not the perfect's
    text = LOCAL + (
        "So far this year 39 people have been killed in shootings, and 4 were injured in "
        "Galle on Saturday, police said.\n"
    )
    found = claims_of(text)
    assert found["4"].date_start == dt.date(2025, 9, 13)


def test_arrests_in_islandwide_raids_are_the_countrys() -> None:
    text = LOCAL + (
        "Meanwhile, over 1,700 persons were arrested in island-wide raids during the past "
        "24 hours, police said.\n"
    )
    assert claims_of(text)["over 1,700"].location == "Sri Lanka"


def test_arrests_during_a_nationwide_strike_stay_in_the_town() -> None:
    # near miss: a scope word on what happened beside the arrests places none of them
    text = LOCAL + "Police arrested 12 protesters in Galle during a nationwide strike.\n"
    assert claims_of(text)["12"].location == "Galle"
