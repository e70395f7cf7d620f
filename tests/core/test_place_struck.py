"""The town an event struck, described with its population and province (issue #11, place):
"a tremor rocked Darvan, a town of 12,000 people in Yazd province" names the town with its
province, and the town is the scene the next sentence's figures take. Sentences written for
this class, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_LEAD = (
    "Quake shakes southern Iran\n"
    "A moderate quake shook southern Iran on Sunday, damaging homes, officials said.\n"
)


def _places(text: str, figure: str) -> list[str | None]:
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    return [c.location for c in claims if c.number_text == figure]


@pytest.mark.parametrize(
    ("described", "place"),
    [
        # the town struck, with the province its description puts it in
        ("Darvan, a town of about 12,000 people in Yazd province", "Darvan, Yazd province"),
        # no province named: the town alone
        ("Darvan, a town of about 12,000 people in the hills", "Darvan"),
    ],
)
def test_the_town_struck_is_carried_with_its_province(described: str, place: str) -> None:
    text = (
        _LEAD + f"Two years ago a strong tremor rocked {described}.\n"
        "It killed 85 people and injured more than 300.\n"
    )
    assert _places(text, "85") == [place]


def test_a_town_only_visited_is_no_scene_carried_over_the_struck_one() -> None:
    text = (
        _LEAD + "Two years ago a strong tremor rocked Darvan, a town of about 12,000 people "
        "in Yazd province, and the president visited Tehran.\n"
        "It killed 85 people and injured more than 300.\n"
    )
    assert _places(text, "85") == ["Darvan, Yazd province"]


@pytest.mark.parametrize(
    ("before", "carried"),
    [
        # a region named only as what a verb acts on is a topic, not the scene carried
        ("The two governments still contest the oil fields of the Darfur region.\n", False),
        # the region a quake struck is the scene
        ("A second tremor then struck the Darfur region.\n", True),
    ],
)
def test_a_region_named_as_a_topic_is_not_carried(before: str, carried: bool) -> None:
    text = (
        "Border talks stall in Chad\n"
        "Envoys from Chad and Sudan met in N'Djamena on Monday without agreement.\n"
        + before + "Some 300 people died in the fighting that followed.\n"
    )
    assert (_places(text, "Some 300") == ["Darfur"]) is carried
