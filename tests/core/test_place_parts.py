"""A place is written with each of its parts once (issue: a lead's scene written twice and its
district a third time). A town "of" a district the gazetteer does not list, read with the
district carried from the headline or the sentence before, was joined with that district
again, and the scene told later joined to itself. Sentences written for this class, positive
and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from core.text.place_parts import joined, one_of_each
from tests.core.claim_factory import run_texts

_DAY = dt.date(2031, 3, 14)


def place_of(text: str, figure: str) -> str | None:
    """The place of the first figure written ``figure`` in the report, read whole (headline
    and paragraphs apart)."""
    found = [c for c in run_texts(text, published=_DAY).claims if c.number_text == figure]
    assert found, f"no claim on {figure!r}"
    return found[0].location


@pytest.mark.parametrize(
    ("written", "filed"),
    [
        ("Pirwal town, Zarkhel district, Pirwal town, Zarkhel district, Zarkhel",
         "Pirwal town, Zarkhel district"),
        ("Pirwal town, Zarkhel district, Zarkhel", "Pirwal town, Zarkhel district"),
        ("Pirwal town, Zarkhel district, Zarkhel district", "Pirwal town, Zarkhel district"),
        ("Sarband, Sarband village, Zarkhel district", "Sarband, Zarkhel district"),
        ("Mandori area, Tarn province, tarn", "Mandori area, Tarn province"),
        # the land around a place and the place itself: said once, as the land around it
        ("Sarband, Sarband countryside", "Sarband countryside"),
        ("Sarband outskirts, Sarband", "Sarband outskirts"),
        # negative: every part says more than the one before
        ("Sarband village, Lowari tehsil, Zarkhel district",
         "Sarband village, Lowari tehsil, Zarkhel district"),
        ("Kohat town, Kohat district", "Kohat town, Kohat district"),  # a namesake town
        ("Sarband, Sarband district", "Sarband, Sarband district"),
        ("Lowari tehsil, Lowari", "Lowari tehsil, Lowari"),  # the namesake district of a tehsil
        ("Quetta", "Quetta"),
        ("Lowari, Sarband countryside", "Lowari, Sarband countryside"),  # another place's land
    ],
)
def test_each_part_once(written: str, filed: str) -> None:
    assert one_of_each(written) == filed


def test_a_holder_the_place_holds_already_is_not_added() -> None:
    assert joined("Pirwal town, Zarkhel district", "Zarkhel") == "Pirwal town, Zarkhel district"
    assert joined("Pirwal town", "Zarkhel district") == "Pirwal town, Zarkhel district"
    assert joined("Pirwal town", None) == "Pirwal town"


def test_a_town_of_a_district_under_the_headlines_district() -> None:
    text = (
        "Four killed as bomb hits rally in Zarkhel\n\n"
        "QUETTA: At least four people were killed and 11 injured when a bomb went off at a "
        "political rally in Pirwal town of Zarkhel district on Sunday, officials said.\n\n"
        "The injured were shifted to the district hospital.\n"
    )
    for figure in ("Four", "At least four", "11"):
        assert place_of(text, figure) == "Pirwal town, Zarkhel district"


def test_a_town_of_a_tehsil_of_a_district() -> None:
    text = (
        "Three killed in Zarkhel attack\n\n"
        "PESHAWAR: Three policemen were killed and two injured when gunmen attacked a "
        "checkpost in Sarband town, Lowari tehsil of Zarkhel district on Monday, police said.\n"
    )
    assert place_of(text, "two") == "Sarband town, Lowari tehsil, Zarkhel district"


def test_a_village_of_a_tehsil_stays_whole() -> None:
    text = (
        "Three killed in Zarkhel attack\n\n"
        "PESHAWAR: Three policemen were killed and two injured when gunmen attacked a "
        "checkpost in Sarband village, Lowari tehsil of Zarkhel district on Monday, police "
        "said.\n"
    )
    assert place_of(text, "two") == "Sarband village, Lowari tehsil, Zarkhel district"


def test_a_later_sentences_town_after_the_leads_district() -> None:
    text = (
        "QUETTA: Five people were killed in a roadside blast in Zarkhel district on Tuesday, "
        "the Levies said.\n\n"
        "Three more people were injured when a second device went off in Pirwal town of "
        "Zarkhel district on Tuesday.\n"
    )
    assert place_of(text, "Three") == "Pirwal town, Zarkhel district"


def test_a_namesake_town_of_its_district_keeps_both() -> None:
    text = (
        "Three killed in Kohat attack\n\n"
        "PESHAWAR: Three people were killed and six injured when gunmen opened fire at a "
        "market in Kohat town of Kohat district on Wednesday, police said.\n"
    )
    assert place_of(text, "six") == "Kohat town, Kohat district"
