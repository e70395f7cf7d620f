"""A headline written "Firing in Karachi: 3 Dead" is no row of a table ("Bannu: 4"): the
words before the colon are a phrase that names a place, not a place's name, so the figure's
place is the one the phrase names (issue #11, place). It was "Firing in Karachi". A row whose
label is a place's name, its own "and" or particle included ("Jammu and Kashmir: 7"), keeps
its reading. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places

BODY = "\n\nThree people were killed when gunmen opened fire on a shop on Wednesday."


@pytest.mark.parametrize(
    ("headline", "place"),
    [
        ("Firing in Karachi: 3 Dead", "Karachi"),
        ("Attack in Bannu: 3 Killed", "Bannu"),
        ("Gunmen Strike in Mardan: 3 Killed", "Mardan"),
        ("Clashes in Imphal: 3 Dead", "Imphal"),
    ],
)
def test_a_headline_phrase_is_no_rows_label(headline: str, place: str) -> None:
    assert report_places(headline + BODY)[0] == place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Casualties by province:\nJammu and Kashmir: 7\nKhyber Pakhtunkhwa: 5",
            ["Jammu and Kashmir", "Khyber Pakhtunkhwa"],
        ),
        ("Killed by province:\nPunjab: 7\nSindh: 5", ["Punjab", "Sindh"]),
        ("Killed in the north: 40", [None]),
    ],
)
def test_rows_of_place_names_keep_their_reading(text: str, places: list[str | None]) -> None:
    assert report_places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the word for the kind of place after the name is the name's, not a phrase's
        (
            "Killed:\nBeni Suef governorate: 3\nFayoum: 1",
            ["Beni Suef governorate", "Fayoum"],
        ),
        (
            "Killed:\nSidi Bouzid governorate: 2\nKasserine: 1",
            ["Sidi Bouzid governorate", "Kasserine"],
        ),
        ("Killed:\nSar-e Pul province: 3\nBalkh: 1", ["Sar-e Pul province", "Balkh"]),
        ("Hurt:\nKano metropolis: 6\nZaria: 2", ["Kano metropolis", "Zaria"]),
        ("Killed:\nSwat valley: 7\nBuner: 2", ["Swat valley", "Buner"]),
        (
            "Killed:\nKurram tribal district: 5\nHangu: 2",
            ["Kurram tribal district", "Hangu"],
        ),
    ],
)
def test_a_rows_label_with_its_kind_of_place_keeps_its_reading(
    text: str, places: list[str | None]
) -> None:
    assert report_places(text) == places
