"""The head of a plain-text report without metadata: a dateline's date and an outlet + date
line under the headline give the publication date and the outlet, never the title. All
places, outlets and sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core import pipeline
from core.ingest.files import from_text
from core.ingest.outlets import is_date_line
from core.lexicon.mastheads import dated_masthead
from core.text.publication_dates import find_publication_date

HEADLINE = "Flood kills 12 in river town\n\n"
LEAD = " Floodwaters swept through the lower town on Sunday, killing 12 people, officials said.\n"
MAY_4 = dt.date(2031, 5, 4)


@pytest.mark.parametrize(
    "dateline",
    [
        "MARROWBY, 4 May 2031 -",
        "MARROWBY, May 4, 2031 —",
        "MARROWBY, 4th May 2031 –",
        "MARROWBY, Dorr., May 4, 2031 --",
        "Marrowby, 4 May 2031 (Wire):",
        "MARROWBY, 4 May 2031:",
        "Marrowby, May 4, 2031 -",
    ],
)
def test_a_dateline_with_a_full_date_is_the_publication_date(dateline: str) -> None:
    found = find_publication_date(HEADLINE + dateline + LEAD)
    assert found is not None
    assert found.date == MAY_4
    assert "dateline" in found.evidence


def test_a_dateline_without_its_year_takes_the_year_the_text_writes() -> None:
    text = HEADLINE + "MARROWBY, May 4 (Wire) —" + LEAD + "The river had risen since 1 May 2031.\n"
    found = find_publication_date(text)
    assert found is not None
    assert found.date == MAY_4
    assert "year 2031 from the document" in found.evidence


def test_a_dateline_without_a_year_in_a_text_without_one_gives_no_date() -> None:
    assert find_publication_date(HEADLINE + "MARROWBY, May 4 (Wire) —" + LEAD) is None


def test_a_date_in_the_first_sentence_is_the_incident_day_not_the_dateline() -> None:
    text = HEADLINE + "MARROWBY — On 4 May 2031 a flood swept through the lower town, killing 12.\n"
    assert find_publication_date(text) is None


def test_a_weekday_opening_a_sentence_is_no_dateline() -> None:
    text = HEADLINE + "Sunday, 4 May 2031 - a day the lower town will not forget, residents said.\n"
    assert find_publication_date(text) is None


def test_an_outlet_and_date_line_under_the_headline_is_outlet_and_date() -> None:
    text = (
        "Marrowby flood toll rises to 15\nNorthgate Times, 6 May 2031\n\n"
        "The toll from the flood in Marrowby rose to 15 on Tuesday, officials said.\n"
    )
    doc = from_text(text, doc_id="d1")
    assert doc.outlet == "Northgate Times"
    assert doc.title == "Marrowby flood toll rises to 15"
    found = find_publication_date(text)
    assert found is not None
    assert found.date == dt.date(2031, 5, 6)
    assert "outlet and date line" in found.evidence


def test_an_outlet_and_date_line_over_the_headline_is_never_the_title() -> None:
    text = (
        "Valley Post, Wednesday, 7 May 2031\nMarrowby flood toll rises to 15\n\n"
        "The toll from the flood in Marrowby rose to 15 on Tuesday, officials said.\n"
    )
    doc = from_text(text, doc_id="d1")
    assert (doc.outlet, doc.title) == ("Valley Post", "Marrowby flood toll rises to 15")
    found = find_publication_date(text)
    assert found is not None
    assert found.date == dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Northgate Times, 6 May 2031", "Northgate Times"),
        ("The Harrow Evening Chronicle | May 6, 2031 10:42 am", "The Harrow Evening Chronicle"),
        ("Dawn, 6 May 2031", "Dawn"),  # a known paper without a publication word
        ("Kestrel Herald - 2031-05-06", "Kestrel Herald"),
        ("Northgate Times, May 6", "Northgate Times"),
        ("Times Square, 6 May", None),  # no publication word ends the name
        ("Crowds fill Times Square, 6 May 2031", None),
        ("Northgate Times 6 May 2031", None),  # no separator: words run into a date
        ("Northgate Times", None),  # no date: a plain masthead, read elsewhere
        ("Flood warning issued for Northgate Times, officials say", None),
    ],
)
def test_an_outlet_date_line_needs_a_publication_name_and_a_date(
    line: str, outlet: str | None
) -> None:
    assert dated_masthead(line) == outlet


def test_a_date_alone_is_a_date_line_but_a_headline_with_a_date_is_not() -> None:
    assert is_date_line("Tuesday, 6 May 2031")
    assert is_date_line("Northgate Times, 6 May 2031")
    assert not is_date_line("Crowds gather at Times Square, 6 May")
    doc = from_text("Crowds gather at Times Square, 6 May\n\nThousands came.\n", doc_id="d1")
    assert doc.title == "Crowds gather at Times Square, 6 May"
    assert doc.outlet is None


def test_a_later_report_under_a_dated_head_updates_the_toll_not_contradicts_it() -> None:
    first = from_text(
        "Flood kills 12 in Marrowby\n\nMARROWBY, 4 May 2031 - A flash flood swept through the "
        "lower town of Marrowby on Sunday, killing 12 people, officials said.\n",
        doc_id="d1",
    )
    later = from_text(
        "Marrowby flood toll rises to 15\nNorthgate Times, 6 May 2031\n\nThe death toll from "
        "Sunday's flash flood in Marrowby rose to 15 on Tuesday, officials said.\n",
        doc_id="d2",
    )
    result = pipeline.run_documents([first, later])
    assert [(d.published, d.published_source) for d in result.documents] == [
        (MAY_4, "text"),
        (dt.date(2031, 5, 6), "text"),
    ]
    killed = [c for c in result.conflicts if c.measure == "killed"]
    assert killed
    assert all(c.kind == "update" for c in killed)


@pytest.mark.parametrize(
    "dateline",
    [
        "MARROWBY, 4 May 2031 (Reuters):",
        "Marrowby, 4 May 2031 (Wire):",
        "MARROWBY, 4 May 2031:",
        "MARROWBY, May 4, 2031 —",
    ],
)
def test_a_dated_dateline_is_the_filing_day_not_a_figure_nor_the_incident_day(
    dateline: str,
) -> None:
    doc = from_text(
        f"Flood in river town\n\n{dateline} The flood killed 12 people in the lower town on "
        "Saturday, the mayor said.\n",
        doc_id="d1",
    )
    claims = pipeline.run_documents([doc]).claims
    assert [(c.value, c.measure) for c in claims] == [(12, "killed")]
    assert claims[0].date_start == dt.date(2031, 5, 3)  # the Saturday before, not the filing day


@pytest.mark.parametrize(
    "date_line",
    [
        "Sun May 4, 2031 7:12pm EDT",
        "05/04/31 10:20 PM ET",
        "PUBLISHED: 01:15 GMT, 4 May 2031 | UPDATED: 20:02 GMT, 4 May 2031",
        "By Ada Venn, River Desk / Sunday, May 4 2031",
    ],
)
def test_a_date_line_under_the_headline_anchors_the_weekdays_of_the_body(date_line: str) -> None:
    doc = from_text(
        f"Flood in river town\n{date_line}\nThe flood killed 12 people in the lower town on "
        "Saturday, the mayor said.\nRescuers pulled 30 people from the water.\n",
        doc_id="d1",
    )
    result = pipeline.run_documents([doc])
    assert result.documents[0].published == MAY_4
    killed = [c for c in result.claims if c.measure == "killed"]
    assert [(c.value, c.date_start) for c in killed] == [(12, dt.date(2031, 5, 3))]


def test_a_text_without_a_date_line_leaves_its_weekdays_unknown() -> None:
    doc = from_text(
        "Flood in river town\nThe flood killed 12 people in the lower town on Saturday, the "
        "mayor said.\n",
        doc_id="d1",
    )
    result = pipeline.run_documents([doc])
    assert result.documents[0].published is None
    assert [(c.value, c.date_start) for c in result.claims] == [(12, None)]


def test_an_update_stamp_under_the_headline_dates_a_lead_that_dates_nothing() -> None:
    doc = from_text(
        "Flood in river town\nUpdated Sun 4 May 2031 9:03am AEST\nTwelve people died when "
        "the river burst its banks in the lower town.\nRescuers pulled 30 people from the "
        "water.\n",
        doc_id="d1",
    )
    result = pipeline.run_documents([doc])
    assert result.documents[0].published == MAY_4
    killed = [c for c in result.claims if c.measure == "killed"]
    assert [(c.value, c.date_start) for c in killed] == [(12, MAY_4)]


def _counting_years(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every whole-text read of the years a text writes, by the text read."""
    from core.text import publication_dates

    reads: list[str] = []
    real = publication_dates._written_years

    def counted(text: str) -> list[int]:
        reads.append(text)
        return real(text)

    monkeypatch.setattr(publication_dates, "_written_years", counted)
    return reads


def test_the_texts_years_are_read_only_for_a_dateline_without_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = _counting_years(monkeypatch)
    text = HEADLINE + "MARROWBY, May 4 (Wire) —" + LEAD + "The river had risen since 1 May 2031.\n"
    found = find_publication_date(text)
    assert found is not None
    assert found.date == MAY_4
    assert len(reads) == 1


@pytest.mark.parametrize(
    "text",
    [
        HEADLINE + "MARROWBY, 4 May 2031 -" + LEAD,  # the dateline writes its year
        HEADLINE + LEAD + "The river had risen since 1 May 2031.\n",  # no dateline
    ],
)
def test_the_texts_years_are_not_read_when_no_dateline_lacks_one(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    reads = _counting_years(monkeypatch)
    find_publication_date(text)
    assert reads == []
