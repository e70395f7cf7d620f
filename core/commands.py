"""Command-line actions on a project file (``main.py`` parses argv and calls these)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from core.errors import ClaimdeskError, Errors
from core.model import Result


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
    from core.export import writers as export

    out = out or sys.stdout
    err = err or sys.stderr
    if not (xlsx or csv or json or claimreview):
        print("claimdesk export: nothing to write: give --xlsx, --csv, --json or --claimreview",
              file=err)
        return 2
    if claimreview and not (organisation and organisation.strip()):
        print(f"claimdesk export: {Errors.E038} (--organisation NAME)", file=err)
        return 2
    try:
        if xlsx:
            export.write_xlsx(result, xlsx, settings=settings, verified_only=verified_only)
            print(f"wrote {xlsx}", file=out)
        if csv:
            export.write_csv(result, csv, verified_only=verified_only)
            print(f"wrote {csv}", file=out)
        if json:
            export.write_json(result, json, verified_only=verified_only)
            print(f"wrote {json}", file=out)
        if claimreview:
            export.write_claimreview(result, claimreview, organisation=organisation or "",
                                     verified_only=verified_only)
            print(f"wrote {claimreview}", file=out)
    except ClaimdeskError as exc:
        print(f"error: {exc}", file=err)
        return 1
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
    from core.project.store import Project

    try:
        with Project.open(project) as proj:
            result = proj.result(corrected=True)
            settings = proj.settings().as_dict()
    except ClaimdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return export_result(
        result, xlsx=xlsx, csv=csv, json=json, claimreview=claimreview,
        verified_only=verified_only, settings=settings, organisation=organisation,
    )
