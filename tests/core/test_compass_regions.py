"""A wire report filed from the capital's desk that tells its incident in a region of the
country by a compass word ("ANKARA (Reuters) - A quake struck eastern Turkey") files its
figures under the region told, not the desk's town; a lead naming a town of its own, or
none but the dateline's, keeps what it gives. A country written with a compass word is that
region wherever it is told. Sentences invented; the places real."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims, report_places

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ANKARA, Oct 12 (Reuters) - A strong earthquake struck eastern Turkey on "
            "Tuesday, killing at least 14 people, officials said.",
            "eastern Turkey",
        ),
        (
            "ISLAMABAD, June 8 (Reuters) - A roadside bomb killed four soldiers in "
            "northwest Pakistan on Monday, the army said.",
            "northwest Pakistan",
        ),
        # the headline's figure above the dateline goes with the lead's
        (
            "Floods kill 9 in southern Iran\n\nTEHRAN, May 2 (Reuters) - Flash floods swept "
            "through villages in southern Iran on Sunday, killing nine people.",
            "southern Iran",
        ),
        (
            "ABUJA, March 3 (Reuters) - Gunmen killed 12 people in northeastern Nigeria on "
            "Sunday, police said.",
            "northeastern Nigeria",
        ),
        (
            "ABUJA, March 3 (Reuters) - Gunmen killed 12 people in Nigeria's northeast on "
            "Sunday, police said.",
            "northeast Nigeria",
        ),
        # a country's name of two or more words
        (
            "OUAGADOUGOU, March 3 (AFP) - At least 35 civilians were killed in an attack in "
            "northern Burkina Faso on Sunday, a security source said.",
            "northern Burkina Faso",
        ),
        (
            "FREETOWN, May 2 (Reuters) - Floods killed 12 people in eastern Sierra Leone on "
            "Monday.",
            "eastern Sierra Leone",
        ),
        # negative: the dateline's town is the scene the lead tells
        (
            "KABUL, May 4 (Reuters) - A bomb exploded in the city centre on Thursday, "
            "killing seven people, a spokesman said.",
            "Kabul",
        ),
        # negative: what the country owns is no side of it
        (
            "ABUJA, March 3 (Reuters) - Gunmen killed 12 people in Nigeria's capital on "
            "Sunday, police said.",
            "Abuja, Nigeria",
        ),
        # negative: the lead names a province of the country: it says more
        (
            "ISLAMABAD, June 8 (Reuters) - A roadside bomb killed four soldiers in the "
            "Kurram district of northwest Pakistan on Monday, the army said.",
            "Kurram district",
        ),
    ],
)
def test_a_lead_region_over_the_desk(text: str, place: str) -> None:
    found = report_places(text)
    assert found
    assert all(where == place for where in found)


def test_a_region_of_the_reports_country(nlp: Language) -> None:
    """No dateline: the region says more than the country."""
    text = "A strong earthquake shook southern Iran on Sunday, killing 10 people, officials said."
    assert read_claims(nlp, text, None)[-1].location == "southern Iran"


def test_a_country_alone_stays_the_country(nlp: Language) -> None:
    text = "A strong earthquake shook Iran on Sunday, killing 10 people, officials said."
    assert read_claims(nlp, text, None)[-1].location == "Iran"


def test_a_compass_word_in_the_countrys_own_name_is_no_side(nlp: Language) -> None:
    # "South" of "South Sudan" is the name's, not a side of "Sudan"
    claims = read_claims(nlp, "Clashes killed 20 people in South Sudan on Monday.", None)
    assert [c.location for c in claims] == ["South Sudan"]
