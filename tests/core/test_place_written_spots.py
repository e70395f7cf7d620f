"""How a report's spot is written (issue #11, place): a spot is filed with the unit that holds
it ("Khogyani, Nangarhar"), never run on with another spot that has its own unit ("Khogyani,
Wazir area, Achin district" names two places as one); a spot the figures placed a part of
("Sang Bast area, Herat" of Herat) is written as they had it. Places written for this class."""

from __future__ import annotations

import pytest

from core.extract.report_scene import Opening, _written_with_unit


@pytest.mark.parametrize(
    ("spot", "bureau", "other"),
    [
        ("Khogyani", "Jalalabad City", "Wazir area, Achin district"),
        ("Nad Ali", "Lashkar Gah City", "Marja area, Nahr-e Saraj district"),
    ],
)
def test_a_spot_is_not_written_with_another_spot(spot: str, bureau: str, other: str) -> None:
    opening = Opening(spot=spot, bureaus=frozenset({bureau}), reach=700, dateline_end=80)
    assert _written_with_unit(opening, [spot, bureau, other], "") == spot


def test_a_spot_is_written_with_its_unit() -> None:
    opening = Opening(spot="Khogyani", bureaus=frozenset({"Jalalabad City"}), dateline_end=80)
    written = _written_with_unit(opening, ["Khogyani", "Nangarhar province"], "")
    assert written == "Khogyani, Nangarhar province"


def test_a_spot_the_figures_placed_inside_is_written_as_they_had_it() -> None:
    opening = Opening(spot="Herat", bureaus=frozenset(), dateline_end=-1)
    written = _written_with_unit(opening, ["Sang Bast area, Herat"], "")
    assert written == "Sang Bast area, Herat"
