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
    ],
)
def test_a_date_hung_on_an_affiliation_dates_the_deed(nlp: Language, text: str) -> None:
    doc = nlp(text)
    friday = next(t for t in doc if t.text == "Friday")
    assert friday.head.i != friday.i
    killed = next(t for t in doc if t.lemma_ == "kill")
    assert not other_clause(killed, friday)


def test_a_participle_of_a_happening_keeps_its_date(nlp: Language) -> None:
    doc = nlp("The quake killed 300 people in a region devastated by the floods of 2004.")
    year = next(t for t in doc if t.text == "2004")
    killed = next(t for t in doc if t.lemma_ == "kill")
    assert other_clause(killed, year)
