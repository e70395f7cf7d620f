"""Writing a project's SQLite database to a new file, whole or not at all."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from core.errors import Errors, ProjectError


def write_copy(backup: Callable[[sqlite3.Connection], None], dst: Path, tmp: Path) -> Path:
    """``backup`` into ``tmp`` (beside ``dst``), made self-contained (no log) and renamed to
    ``dst`` only once complete; on any failure ``tmp`` is removed and ``dst`` left as it was."""
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(tmp, dst)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ProjectError(Errors.E031.format(path=dst, reason=reason)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dst
