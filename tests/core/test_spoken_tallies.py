"""A tally a spokesman gives in his own words vouches for his paragraph, not for the tallies
the outlet tells in its own voice in later paragraphs; his quote run on into the next
paragraph, and a body's report restated paragraph after paragraph, still do. Sentences,
places and bodies written for this class, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 4)
_HEADLINE = "Police say 40 killed in Tarn this year\n\n"


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", path="t.txt", published=PUB)])
    return {
        c.number_text.split()[-1]: c.attribution for c in result.claims if c.sentence_start > 0
    }


def test_a_later_paragraph_s_tally_is_not_the_spokesman_s() -> None:
    text = _HEADLINE + (
        "KELMOR, May 3 - At least 40 people have been killed in militant attacks in Tarn "
        "district this year, a police spokesman said on Saturday.\n\n"
        "The spokesman said most of the victims were farm labourers.\n\n"
        "Rights activists say the real toll is far higher.\n\n"
        "At least 52 people have been killed in the district this year, including 19 women.\n"
    )
    found = sources(text)
    assert found["40"] == "a police spokesman"
    assert found["52"] is None
    assert found["19"] is None


def test_a_tally_of_the_spokesman_s_own_paragraph_is_his() -> None:
    text = _HEADLINE + (
        "KELMOR, May 3 - At least 40 people have been killed in militant attacks in Tarn "
        "district this year, a police spokesman said on Saturday. Another 52 were wounded in "
        "the district this year.\n\n"
        "Rights activists say the real toll is far higher.\n"
    )
    assert sources(text)["52"] == "a police spokesman"


def test_his_quote_run_on_into_the_next_paragraph_is_his() -> None:
    text = _HEADLINE + (
        'KELMOR, May 3 - "We have lost 40 people to militant attacks in Tarn district this '
        'year," a police spokesman said on Saturday.\n\n'
        '"Another 52 were wounded this year, and we are hunting the killers."\n'
    )
    assert sources(text)["52"] == "a police spokesman"


def test_a_body_s_report_restated_in_later_paragraphs_stays_the_body_s() -> None:
    text = (
        "Militant attacks kill 40 in Tarn this year: report\n\n"
        "KELMOR, May 3 - At least 40 people have been killed in militant attacks in Tarn "
        "district this year, according to a report by the Kelmor Institute for Peace "
        "Studies.\n\n"
        "The district saw 52 attacks this year.\n"
    )
    assert sources(text)["52"] == "the Kelmor Institute for Peace Studies"


def test_a_later_area_that_records_a_tally_is_not_the_spokesman_s() -> None:
    text = _HEADLINE + (
        "KELMOR, May 3 - At least 40 people have been killed in militant attacks in Tarn "
        "district this year, a police spokesman said on Saturday.\n\n"
        "Rights activists say the real toll is far higher.\n\n"
        "Neighbouring Wend district recorded 14 attacks this year.\n"
    )
    assert sources(text)["14"] is None


def test_a_later_area_that_records_a_tally_of_a_body_s_lead_is_the_body_s() -> None:
    text = (
        "Militant attacks kill 40 in Tarn this year: ministry\n\n"
        "KELMOR, May 3 - At least 40 people have been killed in militant attacks in Tarn "
        "district this year, the interior ministry said on Saturday.\n\n"
        "Rights activists say the real toll is far higher.\n\n"
        "Neighbouring Wend district recorded 14 attacks this year.\n"
    )
    assert sources(text)["14"] == "the interior ministry"
