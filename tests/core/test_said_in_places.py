"""Where words were said is not where the figure is (issue #11, place): "said in <town> that
..." hangs the town on the verb of saying before the clause it reports, so the town is the
speaker's; the clause's own place, or the report's scene, files the figure. A town the
reported clause names, or a figure's own "in <town>", stays. The sentences are invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "spoken"),
    [
        (
            "Defence Minister Ravi Perera on Monday said in Colombo that four guards were "
            "killed in an attack on a fuel depot near Vavuniya.",
            "four",
            "Colombo",
        ),
        (
            "The provincial police chief announced in Kandy on Sunday that three constables "
            "had been wounded in a raid near Matale.",
            "three",
            "Kandy",
        ),
        (
            "KANDY, May 3: Five guards were killed in an attack on a depot in Matale on "
            "Tuesday.\n\n"
            "The minister said in Colombo on Wednesday that two more guards had been killed "
            "in the attack.",
            "two",
            "Colombo",
        ),
    ],
)
def test_the_town_where_it_was_said_files_no_figure(
    nlp: Language, text: str, figure: str, spoken: str
) -> None:
    place = place_of(nlp, text, figure)
    assert place is None or spoken not in place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Four guards were killed in Colombo on Monday, the minister said.", "Four", "Colombo"),
        ("The minister said four guards were killed in Colombo on Monday.", "four", "Colombo"),
        # a town put first is the clause's, not where it was said
        ("In Colombo, police say four guards were shot dead on Monday.", "four", "Colombo"),
        (
            "The minister said on Monday that four guards were killed in Colombo.",
            "four",
            "Colombo",
        ),
    ],
)
def test_the_reported_clauses_town_stays(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place
