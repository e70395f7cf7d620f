"""One window's hold on its project file (a ``PROJECT.claimdesk.lock`` beside it, Qt's
QLockFile): two windows on one project would each keep their own view of it, and one's Undo
would silently take back the other's last edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


def lock_path(project: str | Path) -> str:
    return f"{project}{LOCK_SUFFIX}"


class ProjectLock:
    """The lock of the project this window has open (none for a project in memory)."""

    def __init__(self) -> None:
        self._lock: QLockFile | None = None
        self._path = ""

    def holder(self, project: str | Path) -> str | None:
        """Why this window may not open ``project`` (another window has it), else None. A
        folder where no lock can be written is no refusal: the project opens read-only."""
        if str(project) == self._path:
            return None
        probe = _lock(project)
        if probe.tryLock(0):
            probe.unlock()
            return None
        if probe.error() != QLockFile.LockError.LockFailedError:
            return None
        info = probe.getLockInfo()
        pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (
            "?", "?")
        return (f"{project} is open in another Claimdesk window (process {pid} on {host}): "
                "close it there first. Two windows on one project would undo each other's "
                "edits; File ▸ Save a copy there makes a copy to open here.")

    def hold(self, project: str | Path | None) -> None:
        """Hold ``project``'s lock (releasing the previous one); quietly none when it cannot
        be written."""
        if project is not None and str(project) == self._path:
            return
        self.release()
        if project is None:
            return
        lock = _lock(project)
        if lock.tryLock(0):
            self._lock, self._path = lock, str(project)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
        self._lock, self._path = None, ""


def _lock(project: str | Path) -> QLockFile:
    lock = QLockFile(lock_path(project))
    # Stale only when its process is gone, never by age: a window open all day keeps it.
    lock.setStaleLockTime(0)
    return lock
