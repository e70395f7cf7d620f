"""A village the gazetteer lacks, named beside what holds it, is filed with its holder as a
reader files it ("Village, District"): in an appositive ("X, a community in Y LGA", "X, a
hamlet near Y"), after its kind word ("X community of Y LGA"), in brackets ("X (Y
district)"), after a comma ("X village, Y tehsil, Z"; "X, Y LGA"), or named by a proper noun
the parser reads as an adjective ("the X area of Y"). A list of units is no chain, and a
people's word before "area" names no area. Sentences invented; the districts, LGAs and towns
holding the villages are real."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places as places_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an appositive kind the table now knows, with the LGA holding the village
        (
            "Eight people were killed in Tungan Bugaje, a community in Anka LGA, on Sunday.",
            "Tungan Bugaje, Anka LGA",
        ),
        # the kind word after the name, "of" its holder
        (
            "Eight people were killed in Tungan Bugaje community of Anka LGA on Sunday.",
            "Tungan Bugaje community, Anka LGA",
        ),
        # a locality of a town, NER taking the name for a person's
        (
            "Two people were shot dead in Mohalla Jangi, a locality of Peshawar, on Monday.",
            "Mohalla Jangi, Peshawar",
        ),
        # a hamlet near a town is filed under that town
        (
            "Two people were shot dead at Pirwala, a settlement near Multan, on Monday.",
            "Pirwala, Multan",
        ),
        # the district in brackets after the village
        (
            "Two soldiers were killed in an ambush in Zarghun Kalay (Zhob district) on "
            "Wednesday.",
            "Zarghun Kalay, Zhob district",
        ),
        (
            "Three people were killed in Gulabad village (Dir Lower district) on Friday.",
            "Gulabad village, Dir Lower district",
        ),
        # a proper noun the parser hangs as an adjective on "area" names the area
        (
            "Four people were killed in the Marghuz area of Swabi on Friday.",
            "Marghuz area, Swabi",
        ),
        (
            "Four people were killed in the Marghuz area of Swabi district on Friday.",
            "Marghuz area, Swabi district",
        ),
        # units after commas hold the village before them
        (
            "Security forces killed four militants in Sheikh Baba village, Ghulam Khan tehsil, "
            "North Waziristan, on Monday.",
            "Sheikh Baba village, Ghulam Khan tehsil, North Waziristan",
        ),
        (
            "Bandits killed eleven villagers in Kadisau, Bakura LGA of Zamfara State on Sunday.",
            "Kadisau, Bakura LGA, Zamfara State",
        ),
        # an LGA is a unit a village is set in
        (
            "Gunmen killed five farmers at Dogon Daji in Tsafe LGA of Zamfara State on "
            "Tuesday.",
            "Dogon Daji, Tsafe LGA, Zamfara State",
        ),
        # a people's word before "town of" is no holder, though a province elsewhere bears it
        (
            "Six people were killed when a bomb went off at a bus stop in the Somali town of "
            "Afgooye on Thursday.",
            "Afgooye",
        ),
        # a province before "town of" that holds the town is told with it
        (
            "Six people were killed in the Punjab town of Kamoke on Thursday.",
            "Kamoke, Punjab",
        ),
    ],
)
def test_a_village_is_filed_with_its_holder(text: str, place: str) -> None:
    assert places_of(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # units of one kind after a comma are a list, not a chain
        (
            "Curfew was imposed after six people were killed in Mir Ali tehsil, Datta Khel "
            "tehsil and Razmak on Sunday.",
            None,
        ),
        # a town the gazetteer knows, a comma, a district: two places, not a village of it
        (
            "Six people were killed in Bannu, Lakki Marwat district and Karak on Sunday.",
            None,
        ),
        # a people's word before "area" names no area
        (
            "Four people were killed in the Kurdish area of Kirkuk on Friday.",
            "Kirkuk",
        ),
        # a landmark near a village is not what holds it
        (
            "Two people were shot dead in Marlow Creek, a small community near the Dayton "
            "airport, on Monday.",
            "Marlow Creek",
        ),
        # a kind word after a town's name: no village of the name after "of"
        (
            "A shell that hit the Addis Ababa neighbourhood of Kolfe killed two children.",
            "Addis Ababa",
        ),
        # brackets that hold no place add nothing
        (
            "Two soldiers were killed in an ambush in Zarghun Kalay (officials said) on "
            "Wednesday.",
            "Zarghun Kalay",
        ),
    ],
)
def test_no_holder_where_the_text_gives_none(text: str, place: str | None) -> None:
    found = places_of(text)
    assert len(found) == 1
    if place is not None:
        assert found == [place]
    else:
        assert "Bannu, Lakki" not in str(found[0])
        assert "tehsil, Datta" not in str(found[0])
