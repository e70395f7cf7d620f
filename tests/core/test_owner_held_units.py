"""A numbered unit "of" a name that owns a common noun's thing ("Unit 4 of Maria's apartment
complex") lies in the thing, not in the owner: the unit was read as held by the owner's name
("Unit 4, Maria"), a person given to the checker as a place (issue #11, places). Sentences
invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters found 2 bodies in Unit 4 of Maria's apartment complex on Monday.",
        "Two tenants were hurt in Unit 9 of Dawson's housing block on Friday.",
        "Police found 3 bodies in Block 2 of Okafor's old warehouse on Sunday.",
    ],
)
def test_a_unit_of_an_owned_thing_names_no_owner(text: str) -> None:
    assert report_places(text) == [None]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the owned thing's town, written in the sentence
        ("Two people died in Unit 12 of Ahmed's building in Lahore on Monday.", "Lahore"),
        ("Firefighters found 2 bodies in Unit 4 of Maria's apartment complex in Leeds.", "Leeds"),
        ("Police found 2 bodies in Unit 6 of Dawson's family estate in Macon on Monday.", "Macon"),
        # a unit of a locality, no possessive
        ("Police said 2 men were shot in Block 7 of Gulshan-e-Iqbal on Monday.",
         "Block 7, Gulshan-e-Iqbal"),
        ("Gunmen killed 2 guards in Sector 11-B of North Karachi on Monday.",
         "Sector 11-B, North Karachi"),
        # a town owning a named locality keeps today's reading
        ("Police said 2 men were shot in Block 7 of Karachi's Orangi Town on Monday.",
         "Block 7, Karachi"),
        ("Gunmen shot dead a guard in Phase 2 of Hayatabad in Peshawar on Monday.",
         "Phase 2, Hayatabad"),
    ],
)
def test_other_units_keep_their_reading(text: str, place: str) -> None:
    assert report_places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # review: a town owning a quarter's common noun holds the unit, as before
        ("Two people were shot in Ward 3 of Kisumu's central district on Monday.",
         "Ward 3, Kisumu"),
        ("Fire killed 4 people in Block C of Mumbai's Dharavi slum on Sunday.",
         "Block C, Mumbai"),
        ("A blast killed 2 people in Block 3 of Peshawar's old city on Friday.",
         "Block 3, Peshawar"),
        ("Two men were shot in Zone 2 of Port Harcourt's waterfront area on Monday.",
         "Zone 2, Port Harcourt"),
    ],
)
def test_a_town_owning_a_quarter_holds_the_unit(text: str, place: str) -> None:
    assert report_places(text) == [place]
