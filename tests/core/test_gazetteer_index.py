"""The prebuilt gazetteer index: built once per set of sources, read lazily, rebuilt when a
source changes, and never in the way when the cache folder cannot be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.text import gazetteer_index, places

LOWFIELD = places.Place("geo:1", "Lowfield", "city", "XX", population=5000)
BRANNOCK = places.Place("XX-BR", "Brannock", "admin1", "XX", admin1="XX-BR")


class Builder:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> gazetteer_index.Tables[places.Place]:
        self.calls += 1
        table = {p.key: p for p in (LOWFIELD, BRANNOCK)}
        return table, {"lowfield": (LOWFIELD,), "brannock": (BRANNOCK, LOWFIELD)}


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(gazetteer_index.CACHE_ENV, str(folder))
    return folder


def test_built_once_then_read_from_disk(cache: Path) -> None:
    build = Builder()
    gazetteer_index.load(build, [b"rules v1"])
    table, names = gazetteer_index.load(build, [b"rules v1"])
    assert build.calls == 1
    assert len(list(cache.glob("gazetteer-*.sqlite"))) == 1
    assert names.get("brannock") == (BRANNOCK, LOWFIELD)
    assert "lowfield" in names
    assert "eldmere" not in names
    assert names.get("eldmere") is None
    assert table["XX-BR"] == BRANNOCK
    assert sorted(table) == ["XX-BR", "geo:1"]
    assert len(names) == 2
    with pytest.raises(KeyError):
        table["geo:2"]


def test_a_changed_source_builds_a_new_index(cache: Path) -> None:
    build = Builder()
    gazetteer_index.load(build, [b"rules v1"])
    gazetteer_index.load(build, [b"rules v2"])
    assert build.calls == 2
    assert len(list(cache.glob("gazetteer-*.sqlite"))) == 2  # the old one is not stale yet


def test_an_unwritable_cache_keeps_the_table_in_memory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(gazetteer_index.CACHE_ENV, str(blocker / "cache"))
    table, names = gazetteer_index.load(Builder(), [b"rules v1"])
    assert isinstance(table, dict)
    assert names["lowfield"] == (LOWFIELD,)


def test_places_are_served_from_the_index() -> None:
    gazetteer = places._gazetteer()
    assert isinstance(gazetteer.names, gazetteer_index.DiskMap)
    quetta = places.lookup("Quetta")
    assert quetta is not None
    assert quetta.admin1 == "PK-BA"


def test_a_name_no_key_hashes_to_is_answered_without_a_query(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, names = gazetteer_index.load(Builder(), [b"rules v1"])
    assert isinstance(names, gazetteer_index.DiskMap)
    assert names.get("lowfield") == (LOWFIELD,)  # the hashes are read with the first lookup
    asked: list[tuple[str, ...]] = []
    query = gazetteer_index._Connection.query

    def counted(conn: gazetteer_index._Connection, sql: str, *args: str) -> list[object]:
        asked.append(args)
        return query(conn, sql, *args)

    monkeypatch.setattr(gazetteer_index._Connection, "query", counted)
    assert names.get("monday") is None
    assert "police" not in names
    assert names.get("brannock") == (BRANNOCK, LOWFIELD)
    assert asked == [("brannock",)]
