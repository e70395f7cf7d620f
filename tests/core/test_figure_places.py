"""The place of a figure on reports we wrote for the classes of issue #11: the town over the
state it lies in, never a speaker, an office or a newsroom. One case per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def place_of(nlp: Language, text: str) -> str | None:
    found = [c for c in read_claims(nlp, text, None) if c.is_core]
    assert found
    return found[0].location


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the state a sentence names holds the dateline's town, which says more
        (
            "HARTFORD, Conn. (AP) — Two men were wounded at a Connecticut nightclub.",
            "Hartford, Conn.",
        ),
        (
            "SPRINGFIELD, Mass. - Four people were killed in Massachusetts on Monday.",
            "Springfield, Mass.",
        ),
        # a town elsewhere in the state stays itself
        ("TULSA, Okla. - Four people were killed in Norman on Monday.", "Norman"),
        # a state that does not hold the dateline's town stays itself
        ("TULSA, Okla. - Four people were killed in Texas on Monday.", "Texas"),
        # a speaker NER took for a town is no place
        ("Two men were wounded in the shooting, according to Draper.", None),
        ("HARTFORD, Conn. - Two men were wounded, Draper said.", "Hartford, Conn."),
        # an office or a newsroom is no place; the town a police force is named after is the
        # report's town (the force works there), not the force itself
        ("Two men were wounded, the Brackton County Coroner's Office confirmed.", None),
        ("Two men were wounded, the Springfield Police Department said.", "Springfield"),
        ("Two men were wounded, the Springfield Police Department spokesman said.", "Springfield"),
        ("Two men were wounded, St. Brendan's Hospital said.", None),
    ],
)
def test_figure_places(nlp: Language, text: str, place: str | None) -> None:
    assert place_of(nlp, text) == place
