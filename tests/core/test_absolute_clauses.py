"""A place that is the subject of an absolute "with" clause beside a figure ("..., with the
north recording its worst year") is not where the figure was counted; a figure inside such
a clause ("with 40 killed in X") keeps its place. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 1, 4)


def places(nlp: Language, text: str) -> dict[str, str | None]:
    return {c.number_text: c.location for c in counted_claims(nlp, text, PUB)}


def test_absolute_clause_subject_is_not_the_figures_place(nlp: Language) -> None:
    got = places(nlp, "NEW DELHI: Militant violence killed 1,240 people across India in 2030, "
                 "the Centre for Conflict Studies (CCS) said in its yearly review, "
                 "with Manipur recording its worst toll since the centre began keeping "
                 "records.")
    assert got["1,240"] == "India"


def test_figure_inside_the_absolute_clause_keeps_its_place(nlp: Language) -> None:
    got = places(nlp, "Floods swept the country last week, with 40 people killed in Assam, "
                 "officials said.")
    assert got["40"] == "Assam"
