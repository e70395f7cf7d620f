"""Command-line actions on a project file (``main.py`` parses argv and calls these)."""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from core.errors import ClaimdeskError, Errors
from core.model import Result

log = logging.getLogger(__name__)

def export_result(
    result: Result,
    *,
    xlsx: Path | None = None,
    csv: Path | None = None,
    json: Path | None = None,
    claimreview: Path | None = None,
    verified_only: bool = False,
    settings: dict[str, object] | None = None,
    organisation: str | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Write the requested exports of a result; the exit code (0 written, 1 failed,
    2 nothing to write or a missing option). Every file is written atomically."""
    from core.export import claimreview as claimreview_file
    from core.export import csvfile, jsonfile
    from core.export import xlsx as xlsx_file

    out = out or sys.stdout
    err = err or sys.stderr
    if not (xlsx or csv or json or claimreview):
        print("claimdesk export: nothing to write: give --xlsx, --csv, --json or --claimreview",
              file=err)
        return 2
    if claimreview and not (organisation and organisation.strip()):
        print(f"claimdesk export: {Errors.E038} (--organisation NAME)", file=err)
        return 2
    jobs: list[tuple[Path, Callable[[Path], None]]] = []
    if xlsx:
        jobs.append((xlsx, lambda p: xlsx_file.write_xlsx(
            result, p, settings=settings, verified_only=verified_only)))
    if csv:
        jobs.append((csv, lambda p: csvfile.write_csv(result, p, verified_only=verified_only)))
    if json:
        jobs.append((json, lambda p: jsonfile.write_json(result, p, verified_only=verified_only)))
    if claimreview:
        jobs.append((claimreview, lambda p: claimreview_file.write_claimreview(
            result, p, organisation=organisation or "", verified_only=verified_only)))
    # One failing writer (a missing folder, a full disk, a bug) never stops the others.
    failed = sum(not _run_export(target, write, out=out, err=err) for target, write in jobs)
    return 1 if failed else 0


def _run_export(
    target: Path, write: Callable[[Path], None], *, out: TextIO, err: TextIO
) -> bool:
    """Write one export, saying what was written or why it was not; whether it was."""
    from core.export.atomic import printable

    try:
        write(target)
    except ClaimdeskError as exc:
        print(f"error: {exc}", file=err)
        return False
    except Exception as exc:  # a bug in one writer must not lose the other exports
        log.debug("writing %s failed", target, exc_info=True)
        reason = f"unexpected {type(exc).__name__}: {exc} (please report it)"
        shown = printable(str(target))
        print(f"error: {Errors.E015.format(target=shown, reason=reason)}", file=err)
        return False
    print(f"wrote {printable(str(target))}", file=out)
    return True


def check_targets(*targets: Path | None) -> list[str]:
    """One message per output path that cannot be written, before any extraction runs."""
    from core.export.atomic import check_target

    messages = []
    for target in targets:
        if target is None:
            continue
        try:
            check_target(target)
        except ClaimdeskError as exc:
            messages.append(str(exc))
    return messages


def copy_project(source: Path, target: Path) -> int:
    """``main.py copy PROJECT COPY``: a self-contained copy of a project, safe while the app
    has it open or after a crash. Returns the exit code."""
    from core.export.atomic import printable
    from core.project.recovery import copy_project as copy

    try:
        copy(source, target)
    except ClaimdeskError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 1
    print(f"copied {printable(str(source))} to {printable(str(target))}")
    return 0


def export_project(
    project: Path,
    *,
    xlsx: Path | None,
    csv: Path | None,
    json: Path | None,
    claimreview: Path | None,
    verified_only: bool,
    organisation: str | None = None,
) -> int:
    """``main.py export PROJECT ...``: the project's claims as the checker corrected them,
    with the verdicts, to each requested file. Returns the exit code."""
    from core.export.atomic import printable
    from core.project.store import Project

    if project.is_dir():
        print(f"error: {Errors.E039.format(path=printable(str(project)))}", file=sys.stderr)
        return 1
    try:
        with Project.open(project) as proj:
            result = proj.result(corrected=True)
            settings = proj.settings().as_dict()
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
        # a damaged page ("database disk image is malformed") or a row that no longer
        # decodes: one line, never a traceback
        log.debug("reading %s failed", project, exc_info=True)
        reason = f"{type(exc).__name__}: {exc}"
        print(f"error: {Errors.E040.format(path=printable(str(project)), reason=reason)}",
              file=sys.stderr)
        return 1
    except ClaimdeskError as exc:
        if not str(exc).startswith(_CANNOT_WRITE):
            print(f"error: {printable(str(exc))}", file=sys.stderr)
            return 1
        # a project in a read-only folder (or on a read-only disk) cannot switch to
        # write-ahead logging: export from a read-only snapshot instead
        try:
            result, settings = _snapshot_result(project)
        except ClaimdeskError as again:
            print(f"error: {printable(str(again))}", file=sys.stderr)
            return 1
        print(f"note: {printable(str(exc))}; exported from a read-only snapshot of the project",
              file=sys.stderr)
    return export_result(
        result, xlsx=xlsx, csv=csv, json=json, claimreview=claimreview,
        verified_only=verified_only, settings=settings, organisation=organisation,
    )


_CANNOT_WRITE = Errors.E031.split("'")[0]  # "cannot write the project "


def _snapshot_result(project: Path) -> tuple[Result, dict[str, object]]:
    """The corrected result and settings of a project read through a temporary copy."""
    import tempfile

    from core.project.recovery import copy_project
    from core.project.store import Project

    with tempfile.TemporaryDirectory(prefix="claimdesk-") as tmp:
        copy = copy_project(project, Path(tmp) / "snapshot.claimdesk")
        with Project.open(copy) as proj:
            return proj.result(corrected=True), proj.settings().as_dict()
