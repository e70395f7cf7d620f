"""The gazetteer as a prebuilt index on disk, so a process's first place lookup does not wait
for 170,000 cities to be read and folded (seconds) but opens one SQLite file (milliseconds).

``load(build, sources)`` returns the two tables ``core.text.places`` looks names up in, served
lazily from ``<user cache>/claimdesk/gazetteer-<key>.sqlite``. The key is a hash of
``sources`` (the rule file, the code that builds the table, the versions of the data
packages): when any of them changes, the next process builds a new index (``build()``, once)
and the stale ones are removed. An index that cannot be written (read-only home) is not an
error: the table built in memory is used, as before.

Values are pickled ``Place`` objects; each is read at most once per process (memoised). Most
names asked are no place at all ("Police", "Monday"): each table keeps the sorted CRC-32 hashes of
its keys, read in one row, so a name whose hash is absent is answered without a query.
"""

from __future__ import annotations

import array
import bisect
import hashlib
import logging
import os
import pickle
import sqlite3
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

V = TypeVar("V")
FORMAT = 2  # bump when the file layout changes (2: the tables' key hashes)
PREFIX = "gazetteer-"
STALE_SECONDS = 3 * 24 * 3600
CACHE_ENV = "CLAIMDESK_CACHE_DIR"  # overrides the user cache folder (tests, read-only homes)


def cache_dir() -> Path:
    """The user's cache folder for Claimdesk (XDG on Linux, the platform's own elsewhere)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "claimdesk"


def index_key(sources: Iterable[bytes]) -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    for source in sources:
        digest.update(hashlib.sha256(source).digest())
    return digest.hexdigest()[:20]


class _Connection:
    """One read-only connection per process: a connection must not cross a fork (spaCy's
    n_process workers, Dask nannies)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def query(self, sql: str, *args: str) -> list[Any]:
        with self._lock:
            if self._db is None or self._pid != os.getpid():
                self._db = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True,
                                           check_same_thread=False)
                self._pid = os.getpid()
            return self._db.execute(sql, args).fetchall()


class DiskMap(Mapping[str, V], Generic[V]):
    """A read-only mapping over one table of the index, memoised as it is read."""

    def __init__(self, conn: _Connection, table: str) -> None:
        self._conn = conn
        self._sql = f"SELECT value FROM {table} WHERE key = ?"
        self._count_sql = f"SELECT count(*) FROM {table}"
        self._keys_sql = f"SELECT key FROM {table}"
        self._hashes_sql = f"SELECT value FROM key_hashes WHERE name = '{table}'"
        self._hashes: array.array[int] | None = None
        self._memo: dict[str, V | None] = {}

    def _absent(self, key: str) -> bool:
        """Surely not a key: its hash is not among the keys' (a shared hash only costs a query)."""
        if self._hashes is None:
            self._hashes = array.array("I")
            self._hashes.frombytes(self._conn.query(self._hashes_sql)[0][0])
        hashes, wanted = self._hashes, key_hash(key)
        at = bisect.bisect_left(hashes, wanted)
        return at == len(hashes) or hashes[at] != wanted

    def get(self, key: str, default: V | None = None) -> V | None:  # type: ignore[override]
        if key in self._memo:
            found = self._memo[key]
        elif self._absent(key):
            found = self._memo[key] = None
        else:
            rows = self._conn.query(self._sql, key)
            found = pickle.loads(rows[0][0]) if rows else None
            self._memo[key] = found
        return default if found is None else found

    def __getitem__(self, key: str) -> V:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        # Listing is for tools and benchmarks; lookups never list.
        yield from (key for (key,) in self._conn.query(self._keys_sql))

    def __len__(self) -> int:
        count: int = self._conn.query(self._count_sql)[0][0]
        return count


Tables = tuple[Mapping[str, V], Mapping[str, tuple[V, ...]]]


def key_hash(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def _hashes(keys: Iterable[str]) -> bytes:
    table = array.array("I", sorted({key_hash(k) for k in keys}))
    return table.tobytes()


def load(build: Callable[[], Tables[V]], sources: Iterable[bytes]) -> Tables[V]:
    """``(places, names)`` from the index for ``sources``, building it first if needed."""
    folder = cache_dir()
    path = folder / f"{PREFIX}{index_key(sources)}.sqlite"
    if not path.exists():
        places, names = build()
        try:
            _write(path, places, names)
        except OSError as err:
            log.warning("gazetteer index not written to %s (%s): kept in memory", folder, err)
            return places, names
    conn = _Connection(path)
    return DiskMap(conn, "places"), DiskMap(conn, "names")


def _write(path: Path, places: Mapping[str, V], names: Mapping[str, tuple[V, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built beside, then renamed: a process reading the index never sees half of it, and two
    # processes building at once both end with a whole file.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE key_hashes (name TEXT PRIMARY KEY, value BLOB)")
            tables: dict[str, Mapping[str, Any]] = {"places": places, "names": names}
            for table, rows in tables.items():
                db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
                db.executemany(f"INSERT INTO {table} VALUES (?, ?)",
                               ((k, pickle.dumps(v, protocol=5)) for k, v in rows.items()))
                db.execute("INSERT INTO key_hashes VALUES (?, ?)", (table, _hashes(rows)))
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    # Indexes of older sources go once unused for a while (another checkout or install may
    # still read its own).
    now = time.time()
    for stale in path.parent.glob(f"{PREFIX}*.sqlite"):
        if stale != path and now - stale.stat().st_atime > STALE_SECONDS:
            stale.unlink(missing_ok=True)
