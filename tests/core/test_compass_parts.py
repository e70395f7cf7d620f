"""A part of a country a report names by a compass word (issue #11, place): a later "in the
southwest" with nothing of its own names that part again ("southwest Kenya"), a wide area,
never the village of the report's incident. Sentences written for this class, positive and
negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_RAID = (
    "Raiders seize 14 in Kenyan village attack\n\n"
    "Raiders seized 14 people in a dawn attack on Olkeri village in Narok county, police "
    "said on Monday.\n\n"
)


def test_the_compass_part_named_before_is_the_tallys_place(nlp: Language) -> None:
    text = (
        _RAID
        + "Cattle raiders have for years struck villages across Kenya's southwest.\n\n"
        "More than 700 people were abducted in the southwest last year, a monitor said.\n"
    )
    assert place_of(nlp, text, "More than 700") == "southwest Kenya"


def test_a_compass_word_never_named_before_takes_no_part(nlp: Language) -> None:
    text = _RAID + "More than 700 people were abducted in the southwest last year.\n"
    assert place_of(nlp, text, "More than 700") != "southwest Kenya"


def test_a_compass_word_with_its_own_words_takes_no_part(nlp: Language) -> None:
    text = (
        _RAID
        + "Cattle raiders have for years struck villages across Kenya's southwest.\n\n"
        "More than 700 people were abducted in the southwest of Narok county last year.\n"
    )
    assert place_of(nlp, text, "More than 700") != "southwest Kenya"


_REVIEW = "MANILA, Jan 10 - Attacks rose across the islands last year, a review found.\n\n"


def test_a_compass_part_that_records_a_tally_is_its_countrys_part(nlp: Language) -> None:
    text = _REVIEW + "The northeast recorded 40 attacks in 2030.\n"
    assert place_of(nlp, text, "40") == "northeast Philippines"


def test_a_hyphened_compass_part_that_sees_a_tally_is_one_word(nlp: Language) -> None:
    text = _REVIEW + "Mindanao recorded 31 attacks, and the north-west saw 12 killings.\n"
    assert place_of(nlp, text, "12") == "northwest Philippines"
    assert place_of(nlp, text, "31") == "Mindanao"


def test_a_compass_word_that_records_nothing_counted_takes_no_part(nlp: Language) -> None:
    text = _REVIEW + "The northeast saw heavy rain as 40 people were killed in Cebu.\n"
    assert place_of(nlp, text, "40") != "northeast Philippines"


def test_a_compass_region_that_records_a_tally_is_its_countrys_part(nlp: Language) -> None:
    text = _REVIEW + "Mindanao recorded 31 attacks. The northern region recorded 12 killings.\n"
    assert place_of(nlp, text, "12") == "northern Philippines"


def test_a_compass_province_is_no_part_of_the_country(nlp: Language) -> None:
    # "the northern province" is one province, which the compass word does not name
    text = _REVIEW + "Mindanao recorded 31 attacks. The northern province recorded 12 killings.\n"
    assert place_of(nlp, text, "12") != "northern Philippines"
