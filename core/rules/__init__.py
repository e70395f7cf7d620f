"""The rule tables of ``core/rules/*.json``: one loader, read on first use and cached.

Found through ``importlib.resources`` so a wheel or a frozen bundle reads them like a checkout.
Each module keeps its own typed accessor over the raw table it needs.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.cache
def load_rules(name: str) -> Any:
    """The parsed ``rules/<name>.json`` (shared: callers must not mutate it)."""
    return json.loads(rule_bytes(name).decode("utf-8"))


@functools.cache
def word_set(name: str, key: str) -> frozenset[str]:
    """The words of one list of ``rules/<name>.json`` as a set, read once."""
    return frozenset(str(w) for w in load_rules(name)[key])


@functools.cache
def rule_bytes(name: str) -> bytes:
    """The bytes of ``rules/<name>.json`` (what a cache key of derived tables hashes)."""
    return resources.files(__name__).joinpath(f"{name}.json").read_bytes()
