"""The one loader of ``core/rules/*.json``."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from core.rules import load_rules, rule_bytes


def test_every_rule_file_loads_through_the_one_loader() -> None:
    names = [f.name for f in resources.files("core.rules").iterdir() if f.name.endswith(".json")]
    assert len(names) >= 9
    for name in names:
        stem = name.removesuffix(".json")
        assert load_rules(stem) == json.loads(rule_bytes(stem))


def test_a_table_is_read_once() -> None:
    assert load_rules("dates") is load_rules("dates")


def test_a_missing_table_is_named() -> None:
    with pytest.raises(FileNotFoundError, match="no_such_table"):
        load_rules("no_such_table")
