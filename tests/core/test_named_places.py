"""A town's nickname written with "the" ("the Gem City's homicide count") is the report's
town, not a small town of that name elsewhere; a big town the gazetteer knows by that
nickname, and a town's own name with "City", stay places. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Two men were shot inside a bar in Dayton early Saturday, police said.\n\n"
            "The death of one of them raised the Gem City's 2031 homicide count to 20.",
            "Dayton",
        ),
        (
            "A man was shot dead on a porch in New Haven on Friday, police said.\n\n"
            "Shootings in the Elm City have killed 14 people so far this year.",
            "New Haven",
        ),
        # negative: a town named so, without "the"
        (
            "A man was shot dead on a porch in Dayton on Friday, police said.\n\n"
            "Two people were killed in Elm City on Sunday, a state trooper said.",
            "Elm City",
        ),
    ],
)
def test_a_towns_nickname(text: str, place: str) -> None:
    assert report_places(text)[-1] == place
