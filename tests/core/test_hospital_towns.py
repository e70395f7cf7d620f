"""The town written after a hospital's name and a comma ("Civil Hospital, Mardan") is where
the hospital stands, not where the hurt were hurt (issue #11, place), as "a hospital in
Mardan" is; unless the hospital is the scene. Sentences written for this class."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a toll that rose as the hurt died in a hospital of another town
        (
            "ABBOTTABAD: The death toll from Tuesday's blast in Swabi rose to seven on Thursday "
            "after two more wounded succumbed at Ayub Teaching Hospital, Abbottabad.\n",
            "seven",
            "Swabi",
        ),
        (
            "Three more injured passengers succumbed at the District Headquarters Hospital, "
            "Kohat, on Friday, a day after the van was ambushed near Hangu.\n",
            "Three",
            "Hangu",
        ),
        # the hospital is the scene: its town is the place
        (
            "A blast at the Civil Hospital, Peshawar, killed ten people on Monday.\n",
            "ten",
            "Peshawar",
        ),
    ],
)
def test_a_hospitals_town_after_a_comma(text: str, figure: str, place: str) -> None:
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    assert [c.location for c in claims if c.number_text == figure] == [place]
