"""Writing an export file safely: the target checked first, written whole or not at all."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from core.errors import Errors, ExportError

# What an OSError means for an export, said plainly (errno → reason).
_WRITE_REASONS: dict[int, str] = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the folder path is a file, not a folder",
    errno.EISDIR: "it is a folder: give a file name",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EACCES: "permission denied (is the file open in another program, or the folder "
    "read-only?)",
    errno.EPERM: "permission denied (is the file open in another program, or the folder "
    "read-only?)",
    errno.EBUSY: "the file is in use by another program",
}


def write_reason(exc: OSError) -> str:
    """Why a write failed, in the user's terms."""
    if exc.errno in _WRITE_REASONS:
        return _WRITE_REASONS[exc.errno]
    return str(exc.strerror or exc)


def check_target(target: str | os.PathLike[str]) -> None:
    """Raise ``ExportError`` now if ``target`` cannot be written (missing folder, a folder
    given as the file, a read-only folder), before any work is spent on it."""
    path = Path(target)
    folder = path.parent
    try:
        if len(os.fsencode(path.name)) > _name_max(folder):
            reason = _WRITE_REASONS[errno.ENAMETOOLONG]
        elif path.is_dir():
            reason = _WRITE_REASONS[errno.EISDIR]
        elif not folder.is_dir():
            reason = _WRITE_REASONS[errno.ENOENT if not folder.exists() else errno.ENOTDIR]
        elif not os.access(folder, os.W_OK | os.X_OK):
            reason = _WRITE_REASONS[errno.EACCES]
        else:
            return
    except OSError as exc:
        reason = write_reason(exc)
    raise ExportError(Errors.E015.format(target=printable(str(path)), reason=reason))


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # not on every system
        return 255


def printable(text: str) -> str:
    """A file name as a terminal may print it: control characters (newlines, escape codes)
    shown as ``\\n``, ``\\x1b``, never sent raw."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


# The temporary file's name: short, so a target name at the file system's limit still works.
_TMP_PREFIX = ".claimdesk-"


def write_atomic(target: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file in the target's folder, then rename it into place:
    a failure never leaves half a file behind."""
    path = Path(target)
    shown = printable(str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise ExportError(Errors.E015.format(target=shown, reason=write_reason(exc))) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        # mkstemp makes the file private (0600); an export keeps the mode of the file it
        # replaces, or gets the usual 0644
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.is_file() else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(Errors.E015.format(target=shown, reason=write_reason(exc))) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes(fh: IO[bytes], data: bytes) -> None:
    fh.write(data)
