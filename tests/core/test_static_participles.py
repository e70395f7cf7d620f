"""A date the parser hangs on a participle that tells what someone is ("suspects affiliated
with a banned group late on Friday") dates the main clause; a participle of a real happening
keeps its own date. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.date_clauses import other_clause

if TYPE_CHECKING:
    from spacy.language import Language



@pytest.mark.parametrize(
    "text",
    [
        "The department claimed to have killed four suspected terrorists affiliated with the "
        "banned Tehreek-e-Jihad group in an encounter in Korangi late on Friday night.",
        "Police killed three men belonging to a gang of robbers in Gulberg on Friday night.",
        # what someone does for a living is no happening either
        "The gang, which had kidnapped six clerks of a firm working on the new bridge on "
        "Friday, demanded a ransom.",
    ],
)
def test_a_date_hung_on_an_affiliation_dates_the_deed(nlp: Language, text: str) -> None:
    doc = nlp(text)
    friday = next(t for t in doc if t.text == "Friday")
    assert friday.head.i != friday.i
    deed = next(t for t in doc if t.lemma_ in ("kill", "kidnap"))
    assert not other_clause(deed, friday)


def test_a_participle_of_a_happening_keeps_its_date(nlp: Language) -> None:
    doc = nlp("The quake killed 300 people in a region devastated by the floods of 2004.")
    year = next(t for t in doc if t.text == "2004")
    killed = next(t for t in doc if t.lemma_ == "kill")
    assert other_clause(killed, year)


def test_the_day_of_a_report_ends_no_period(nlp: Language) -> None:
    import datetime as dt

    from core.ingest.files import from_text
    from core.pipeline import run_documents

    text = (
        "Police arrested 12 suspects in raids in Sukkur last week.\n\n"
        "A spokesman said on Tuesday that 40 officers took part in the raids. "
        "The arrested men include five from Larkana."
    )
    result = run_documents([from_text(text, doc_id="d1", published=dt.date(2031, 5, 8))])
    days = {c.number_text: (c.date_start, c.date_end) for c in result.claims}
    assert days["five"] == days["12"]
    assert days["12"][0] is not None
    assert days["12"][0] < days["12"][1]
