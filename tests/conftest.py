"""Fixtures shared by the core and GUI tests."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from core.project import store


@pytest.fixture
def read_only_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, permissions do not bite: every read-write open of a file becomes what SQLite
    gives for a read-only file (``mode=ro``: it opens, and refuses the first write)."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if isinstance(database, str) and database.startswith("file:"):
            database = database.replace("mode=rw", "mode=ro")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(store.sqlite3, "connect", connect)
