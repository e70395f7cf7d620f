"""A ministry's written answer to parliament with a total over several years and the figures
of each year: the headline's "since" total runs to the cut-off the body gives, a year that is
the subject of "recorded" or "saw" dates its own clause, the figures of a body speaking from
the national capital count over the country, and "the reply added" is the ministry's.
Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

D = dt.date.fromisoformat
PUB = D("2033-03-10")
REPORT = (
    "Ministry says 1,730 people died in bandit attacks since 2028\n\n"
    "NAIROBI: The interior ministry informed the Senate on Monday that 1,730 people died in "
    "bandit attacks between 2028 and 2032.\n\n"
    "In a written reply, the ministry said there were 410 raids in 2028, in which 290 people "
    "died.\n\n"
    "The year 2030 saw 515 raids and 377 deaths, while 2031 recorded 604 raids and 341 "
    "deaths.\n\n"
    "In the first two months of 2033, 61 raids were recorded, in which 44 people died, the "
    "reply added.\n"
)


def claims_of(text: str, published: dt.date = PUB) -> dict[str, Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return {c.number_text: c for c in result.claims}


def span(claim: Claim) -> tuple[dt.date | None, dt.date | None]:
    return claim.date_start, claim.date_end


def test_since_total_with_no_cut_off_runs_to_the_day() -> None:
    text = (
        "NAIROBI: The interior ministry said on Monday that 1,730 people had died in bandit "
        "attacks since 2028.\n"
    )
    assert span(claims_of(text)["1,730"]) == (D("2028-01-01"), PUB)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (REPORT, "604", (D("2031-01-01"), D("2031-12-31"))),
        (REPORT, "341", (D("2031-01-01"), D("2031-12-31"))),
        (REPORT, "515", (D("2030-01-01"), D("2030-12-31"))),
        # a year the recogniser takes for a number, the subject of "saw"
        ("NAIROBI: The interior ministry said on Monday that the north was quiet in 2027, "
         "but 2028 saw 230 kidnappings and 61 deaths.\n", "230",
         (D("2028-01-01"), D("2028-12-31"))),
        ("NAIROBI: The interior ministry said on Monday that the north was quiet in 2027, "
         "but 2028 saw 230 kidnappings and 61 deaths.\n", "61",
         (D("2028-01-01"), D("2028-12-31"))),
        # negative: a number that is no year is no time of the figures
        ("NAIROBI: Police said on Monday that 1,500 recorded 20 cases in 2031.\n", "20",
         (D("2031-01-01"), D("2031-12-31"))),
    ],
)
def test_year_subject_dates_its_clause(
    text: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert span(claims_of(text)[figure]) == expected


@pytest.mark.parametrize("figure", ["1,730", "410", "290", "515", "377", "604", "341"])
def test_capital_ministry_counts_over_the_country(figure: str) -> None:
    assert claims_of(REPORT)[figure].location == "Kenya"


def test_restated_headline_counts_over_the_country() -> None:
    found = run_documents([from_text(REPORT, doc_id="d1", published=PUB)]).claims
    assert {c.location for c in found if c.number_text == "1,730"} == {"Kenya"}


def test_town_of_no_capital_keeps_its_place() -> None:
    text = REPORT.replace("NAIROBI:", "MOMBASA:")
    assert claims_of(text)["410"].location != "Kenya"


@pytest.mark.parametrize("figure", ["515", "604", "61", "44"])
def test_reply_speaks_for_the_ministry(figure: str) -> None:
    assert claims_of(REPORT)[figure].attribution is not None


def test_bare_ministry_is_no_recorder() -> None:
    text = REPORT.replace("The interior ministry informed", "The ministry informed")
    assert claims_of(text)["515"].attribution is None


def test_from_a_stretch_still_runs() -> None:
    # no "when": the "from" of a stretch the date begins
    text = (
        "TORVIK: At least 90 people were killed in clashes in the north from January to "
        "March, police said on Thursday.\n"
    )
    found = claims_of(text, D("2034-07-18"))["At least 90"]
    assert span(found) == (D("2034-01-01"), D("2034-03-31"))


def test_headline_kind_and_lines_are_the_ministrys() -> None:
    # the headline's bare "Ministry" is the interior ministry; paragraphs on single lines
    text = REPORT.replace("\n\n", "\n")
    found = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    assert {c.attribution for c in found} == {"The interior ministry"}


def test_headline_kind_of_another_body_is_not_the_recorders() -> None:
    text = REPORT.replace("Ministry says", "Police say")
    found = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    assert {c.attribution for c in found if c.number_text == "1,730"} != {"The interior ministry"}
