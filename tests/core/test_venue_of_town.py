"""A town named as "the <venue> of <town>" (issue #11, place): "a blast in the main market of
Mardan, Charsadda district" files the figure under the town, not the dateline's; only a part
of a street ("the 400 block of Elm", "the corner of Oak and Pine") makes the name after
"of" a street. Sentences written for this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        # a venue "of" a town with its unit written after it: the town
        (
            "PESHAWAR: Six people were killed in a blast in the old market of Takht Bhai, "
            "Mardan district, on Monday, police said.\n",
            "Takht Bhai, Mardan district",  # a town the gazetteer lacks, with its district
        ),
        (
            "ISLAMABAD: Six people were killed in a blast in the main bazaar of Kotli "
            "Saidan, Kohat district, on Monday, officials said.\n",
            "Kotli Saidan, Kohat district",
        ),
        # a venue "of" a town NER knows: the town
        (
            "KARACHI: A suicide bomber killed six worshippers in the central mosque of "
            "Gujranwala on Friday, police said.\n",
            "Gujranwala",
        ),
        # a part of a street: the name after "of" is the street, in the dateline's town
        (
            "DENVER (AP) — Six people were shot in the 400 block of Elm on Monday, "
            "police said.\n",
            "Denver",
        ),
        (
            "DENVER (AP) — Six people were shot at the corner of Colfax and Pine on "
            "Monday, police said.\n",
            "Denver",
        ),
        # a venue "of" its owner, no town: the dateline's town
        (
            "DENVER (AP) — Six people were shot in the parking lot of Brightmart on "
            "Monday, police said.\n",
            "Denver",
        ),
    ],
)
def test_the_town_of_a_venue(lead: str, place: str) -> None:
    claims = core_claims_by_text(["Market blast\n" + lead], PLACE_DAY)["Market blast\n" + lead]
    assert [c.location for c in claims if c.value == 6] == [place]
