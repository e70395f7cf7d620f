"""The qualifier table and the one reading of each qualifier as an interval."""

from __future__ import annotations

import pytest

from core.model import QUALIFIERS, Qualifier
from core.rules import load_rules
from core.settings import DEFAULT_SETTINGS
from core.text.qualifiers import interval, qualifier_for, qualifier_table

_RAW = load_rules("qualifiers")


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(_RAW["prefixes"].items()))
def test_every_prefix_phrase_is_looked_up(phrase: str, qualifier: str) -> None:
    assert qualifier in QUALIFIERS
    assert qualifier_for(phrase) == qualifier
    assert qualifier_for("  " + phrase.upper().replace(" ", "  ") + " ") == qualifier


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(_RAW["suffixes"].items()))
def test_every_suffix_phrase_is_looked_up(phrase: str, qualifier: str) -> None:
    assert qualifier_for(phrase) == qualifier


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("At least", "at_least"),
        ("more  than", "more_than"),
        ("Nearly", "nearly"),
        ("just under", "nearly"),
        ("an estimated", "approx"),
        ("as many as", "up_to"),
        ("fewer than", "less_than"),
        ("between", "range"),
        ("dozens", "vague"),
        ("thousands", "vague"),
        ("killed", None),
        ("at", None),
        ("least", None),
        ("", None),
        ("no", None),
        ("several", None),
    ],
)
def test_qualifier_for(phrase: str, expected: Qualifier | None) -> None:
    assert qualifier_for(phrase) == expected


def test_vague_units_follow_the_export_contract() -> None:
    units = qualifier_table().vague_units
    assert units["tens"] == 10
    assert units["scores"] == 20
    assert units["dozens"] == 12
    assert units["hundreds"] == 100
    assert units["thousands"] == 1000
    assert units["millions"] == 1e6
    assert units["billions"] == 1e9


@pytest.mark.parametrize(
    ("value", "qualifier", "high_value", "expected"),
    [
        (30, "exact", None, (30, 30)),
        (0, "exact", None, (0, 0)),
        (26, "at_least", None, (26, None)),
        (13000, "more_than", None, (13001, None)),
        (0.5, "more_than", None, (0.5, None)),
        (30, "nearly", None, (27, 29)),
        (1, "nearly", None, (0, 0)),
        (7, "nearly", None, (6, 6)),  # ceil(6.3) = 7 > 6: the low end never passes the high
        (30, "approx", None, (27, 33)),
        (29000, "approx", None, (26100, 31900)),
        (12, "approx", None, (10, 14)),
        (1.5, "approx", None, (1.35, 1.65)),
        (40, "up_to", None, (0, 40)),
        (10, "less_than", None, (0, 9)),
        (0, "less_than", None, (0, 0)),
        (0.5, "less_than", None, (0, 0.5)),
        (20, "range", 30, (20, 30)),
        (12, "vague", None, (24, None)),
        (20, "vague", None, (40, None)),
        (100, "vague", None, (200, None)),
        (1000, "vague", None, (2000, None)),
        (10000, "vague", None, (20000, None)),
    ],
)
def test_interval_readings(
    value: float,
    qualifier: Qualifier,
    high_value: float | None,
    expected: tuple[float | None, float | None],
) -> None:
    assert interval(value, qualifier, high_value=high_value) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("qualifier", "tolerance", "expected"),
    [
        ("approx", 0.2, (80, 120)),
        ("approx", 0.0, (100, 100)),
        ("nearly", 0.05, (95, 99)),
        ("nearly", 0.3, (70, 99)),
    ],
)
def test_tolerances_come_from_settings(
    qualifier: Qualifier, tolerance: float, expected: tuple[float, float]
) -> None:
    settings = DEFAULT_SETTINGS.replace(approx_tolerance=tolerance, nearly_tolerance=tolerance)
    assert interval(100, qualifier, settings=settings) == expected


def test_every_qualifier_has_a_reading() -> None:
    for qualifier in QUALIFIERS:
        low, high = interval(30, qualifier, high_value=40)
        assert low is not None
        assert high is None or low <= high


def test_range_needs_its_high_end() -> None:
    with pytest.raises(ValueError, match="high_value"):
        interval(20, "range")
