"""Claimdesk: parse the command line, then run a CLI command or open the window.

python main.py --demo                      the app on the built-in sample project
python main.py --demo --summary            what the sample project holds, without a window
python main.py --install-desktop-entry     add Claimdesk to this user's desktop menu (Linux)
python main.py [FILES...]                  the app on a new project with these files
python main.py open PROJECT                the app on a saved project
python main.py copy PROJECT COPY           a safe copy of a project (open or after a crash)
python main.py extract FILES... --json OUT [--csv OUT] [--xlsx OUT] [--published DATE] [--debug]
                       [--dask [tcp://SCHEDULER:8786]]
                       [--sources CSV]
python main.py export PROJECT --xlsx/--csv/--json/--claimreview OUT [--organisation NAME]
                                                                     [--verified-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.ingest.sources import SourceInfo
    from core.model import Result
    from core.settings import Settings

COMMANDS = ("extract", "export", "open", "copy")
BATCH_FILES = 10  # from this many files on: a progress bar, and every core for extraction
PROJECT_SUFFIX = ".claimdesk"
# gui.screenshot_views.VIEWS by name, listed here so parsing the command line loads no Qt.
SCREENSHOT_VIEWS = ("compare", "event", "statements", "grid")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from core.errors import Errors

        raise argparse.ArgumentTypeError(Errors.E016.format(value=value)) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimdesk", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="extract claims from files and write exports")
    ex.add_argument("files", nargs="+", help="articles: .txt .md .html .pdf .docx")
    ex.add_argument("--json", type=Path, help="write the JSON export (format claims/1)")
    ex.add_argument("--csv", type=Path, help="write the claims as CSV (UTF-8 with BOM)")
    ex.add_argument("--xlsx", type=Path, help="write the Excel workbook")
    ex.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for every file (overrides what is found)",
    )
    ex.add_argument(
        "--sources",
        type=Path,
        metavar="CSV",
        help="per-file metadata: a CSV with a header naming file and any of "
        "published,outlet,title,url",
    )
    ex.add_argument(
        "--processes",
        type=int,
        default=None,
        help=f"worker processes (default: every core for {BATCH_FILES} files or more, else 1)",
    )
    ex.add_argument(
        "--no-statements",
        action="store_true",
        help="figures only: skip attributed statements (about twice as fast)",
    )
    ex.add_argument(
        "--zero-counts",
        action="store_true",
        help="also read a zero told by negation ('no one was hurt', 'no casualties') as a "
        "claim of 0",
    )
    ex.add_argument(
        "--dask",
        nargs="?",
        const="",
        metavar="SCHEDULER_ADDRESS",
        help="extract on a Dask cluster (tcp://host:8786), or on a local one of this "
        "machine's cores when no address is given",
    )
    ex.add_argument("--quiet", action="store_true", help="no per-file summary")
    ex.add_argument(
        "--debug", action="store_true", help="log details, with the traceback of a failed file"
    )

    exp = sub.add_parser("export", help="export a saved project")
    exp.add_argument("project", type=Path)
    exp.add_argument("--xlsx", type=Path)
    exp.add_argument("--csv", type=Path)
    exp.add_argument("--json", type=Path)
    exp.add_argument("--claimreview", type=Path)
    exp.add_argument(
        "--organisation",
        metavar="NAME",
        help="the fact-checking organisation named as author in ClaimReview",
    )
    exp.add_argument("--verified-only", action="store_true")

    op = sub.add_parser("open", help="open a project in the app")
    op.add_argument("project", type=Path)

    cp = sub.add_parser(
        "copy", help="copy a project safely (also while the app has it open, or after a crash)"
    )
    cp.add_argument("project", type=Path)
    cp.add_argument("target", type=Path, help="the new file (never overwritten)")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description=__doc__.splitlines()[0],
        epilog="Commands: " + ", ".join(COMMANDS),
    )
    parser.add_argument("files", nargs="*", help="articles to open in a new project")
    parser.add_argument("--demo", action="store_true", help="open the built-in sample project")
    parser.add_argument(
        "--screenshot", metavar="PATH", help="render the main window to a PNG and exit"
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="extract the project (--demo and/or FILES), print its counts and exit: no window",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="install the menu entry, icon and .claimdesk file type for this user (Linux)",
    )
    parser.add_argument(
        "--size", metavar="WxH", type=_size, default=None,
        help="window size of --screenshot (default 1600x1000)",
    )
    parser.add_argument(
        "--view", choices=SCREENSHOT_VIEWS, default="compare",
        help="what --screenshot shows: a conflict's reports side by side (default), the event "
             "most reports speak of, a who-said-what disagreement, or the grid's first claim",
    )
    parser.add_argument(
        "--theme", choices=("light", "dark", "system"), default=None,
        help="the palette for this run (default: the one chosen in View; light for --screenshot)",
    )
    return parser


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x720") from None
    return width, height


def cmd_extract(args: argparse.Namespace) -> int:
    from core.errors import InputError
    from core.ingest.sources import read_sources

    if not (args.json or args.csv or args.xlsx):
        print("claimdesk extract: nothing to write: give --json, --csv or --xlsx", file=sys.stderr)
        return 2
    try:
        sources = read_sources(args.sources, args.files) if args.sources else None
    except InputError as err:
        print(f"claimdesk extract: {err}", file=sys.stderr)
        return 2
    if args.debug:
        import logging

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("core").setLevel(logging.DEBUG)
    # Every output path is checked before minutes of extraction: a bad one is said at once,
    # and the good ones are still written.
    bad_targets, targets = _extract_targets(args)
    if not any(targets.values()):
        return 1
    return _extract_and_export(args, sources, targets, bad_targets)


def _extract_targets(args: argparse.Namespace) -> tuple[list[str], dict[str, Path | None]]:
    """The messages for the bad output paths, and each kind's path (None where it is bad)."""
    from core.commands import check_targets

    bad_targets = check_targets(args.json, args.csv, args.xlsx)
    for message in bad_targets:
        print(f"error: {message}", file=sys.stderr)
    targets = {
        kind: None if path is None or check_targets(path) else path
        for kind, path in (("json", args.json), ("csv", args.csv), ("xlsx", args.xlsx))
    }
    return bad_targets, targets


def _extract_and_export(
    args: argparse.Namespace,
    sources: dict[str, SourceInfo] | None,
    targets: dict[str, Path | None],
    bad_targets: list[str],
) -> int:
    from core.commands import export_result
    from core.settings import DEFAULT_SETTINGS

    processes = args.processes
    if processes is None:
        processes = (os.cpu_count() or 1) if len(args.files) >= BATCH_FILES else 1
    settings = DEFAULT_SETTINGS.replace(
        published=args.published, n_process=max(1, processes), statements=not args.no_statements,
        zero_counts=args.zero_counts,
    )
    files = list(args.files)
    result = _extract_files(args, files, settings, sources)
    if result is None:
        return 2
    if not args.quiet:
        _print_extract_summary(result)
    _print_extract_problems(result)
    code = export_result(
        result, json=targets["json"], csv=targets["csv"], xlsx=targets["xlsx"],
        settings=settings.as_dict(), out=io.StringIO() if args.quiet else None,
    )
    if result.failures:
        print(
            f"{len(result.failures)} of {len(files)} files failed; the others were exported",
            file=sys.stderr,
        )
        return 1
    return 1 if code or bad_targets else 0


def _extract_files(
    args: argparse.Namespace,
    files: list[str],
    settings: Settings,
    sources: dict[str, SourceInfo] | None,
) -> Result | None:
    """Extract here or on a dask cluster, with a progress bar for a batch; None (and the reason
    said) when dask cannot be loaded. A `--dask` value that is a file joins `files`."""
    from tqdm import tqdm

    from core import pipeline
    from core.export.atomic import printable

    bar = tqdm(
        total=len(args.files),
        unit="file",
        disable=len(args.files) < BATCH_FILES or not sys.stderr.isatty(),
        file=sys.stderr,
    )

    def progress(done: int, total: int, label: str) -> None:
        bar.update(done - bar.n)
        bar.set_postfix_str(printable(label[:30]))

    if args.dask is None:
        result = pipeline.run(files, settings=settings, progress=progress, sources=sources)
    else:
        address = args.dask
        if address and "://" not in address:  # `--dask a.txt b.txt`: a file, not an address
            files.insert(0, address)
            address = ""
        try:
            from core import distributed
        except ImportError as err:
            print(f"claimdesk extract: {err}", file=sys.stderr)
            return None
        bar.total = len(files)
        result = distributed.run(
            files, address=address or None, settings=settings, progress=progress
        )
    bar.close()
    return result


def _print_extract_summary(result: Result) -> None:
    """A line a file, then the totals."""
    from core.export.atomic import printable

    for doc in result.documents:
        claims = [c for c in result.claims if c.document_id == doc.id]
        core_n = sum(c.is_core for c in claims)
        stmts = sum(s.document_id == doc.id for s in result.statements)
        date = (
            f"published {doc.published} ({doc.published_source})"
            if doc.published
            else "publication date unknown"
        )
        print(
            f"{printable(doc.path or doc.name)}: {len(claims)} claims ({core_n} core), "
            f"{stmts} statements, {date}"
        )
    print(
        f"{len(result.documents)} files, {len(result.claims)} claims, "
        f"{len(result.events)} events, {len(result.conflicts)} conflicts"
    )


def _print_extract_problems(result: Result) -> None:
    from core.export.atomic import printable

    for doc in result.documents:
        # the summary line already says when the date is unknown; the rest (a guessed
        # encoding, a limit that cut the text) the user must see, not only the JSON
        for warning in doc.warnings:
            if not warning.startswith("publication date"):
                print(f"warning: {printable(doc.path or doc.name)}: {warning}", file=sys.stderr)
    for failure in result.failures:
        print(f"error: {printable(failure.message)}", file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    from core.commands import export_project

    if not (args.xlsx or args.csv or args.json or args.claimreview):
        print(
            "claimdesk export: nothing to write: give --xlsx, --csv, --json or --claimreview",
            file=sys.stderr,
        )
        return 2
    return export_project(
        args.project,
        xlsx=args.xlsx,
        csv=args.csv,
        json=args.json,
        claimreview=args.claimreview,
        verified_only=args.verified_only,
        organisation=args.organisation,
    )


def cmd_summary(files: Sequence[str], *, demo: bool) -> int:
    """One line a script (or the install test) can check: the project's counts."""
    from core import bundled, pipeline
    from core.settings import DEFAULT_SETTINGS

    paths = [*(str(p) for p in bundled.sample_files()), *files] if demo else list(files)
    if not paths:
        print("claimdesk --summary: give --demo or FILES", file=sys.stderr)
        return 2
    result = pipeline.run(paths, settings=DEFAULT_SETTINGS)
    for failure in result.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    print(
        f"{len(result.documents)} documents, {len(result.claims)} claims, "
        f"{len(result.events)} events, {len(result.conflicts)} conflicts"
    )
    return 1 if result.failures else 0


def cmd_install_desktop_entry() -> int:
    from gui.desktop import install_desktop_entry

    for target in install_desktop_entry():
        print(f"installed {target}")
    return 0


def cmd_gui(
    *,
    argv: list[str],
    demo: bool,
    files: Sequence[str],
    project: str | None,
    screenshot: str | None,
    size: tuple[int, int] | None = None,
    theme: str | None = None,
    view: str = "compare",
) -> int:
    from core.bundled import MissingResourceError
    from gui.app import run_app

    try:
        return run_app(
            argv, demo=demo, files=files, project=project, screenshot=screenshot, size=size,
            theme=theme, view=view,
        )
    except MissingResourceError as err:
        print(f"claimdesk: {err}", file=sys.stderr)
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        # Launched from a desktop menu nobody reads stderr; a headless run cannot answer a box.
        if isinstance(app, QApplication) and app.platformName() not in ("offscreen", "minimal"):
            QMessageBox.critical(None, "Claimdesk", str(err))
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        args = _parser().parse_args(args_list)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "copy":
            from core.commands import copy_project

            return copy_project(args.project, args.target)
        return cmd_gui(
            argv=[sys.argv[0]], demo=False, files=(), project=str(args.project), screenshot=None
        )
    gargs = _gui_parser().parse_args(args_list)
    if gargs.install_desktop_entry:
        return cmd_install_desktop_entry()
    if gargs.summary:
        from core.bundled import MissingResourceError

        try:
            return cmd_summary(gargs.files, demo=gargs.demo)
        except MissingResourceError as err:
            print(f"claimdesk: {err}", file=sys.stderr)
            return 1
    # A file manager opens a project file with the same command it opens articles with.
    projects = [f for f in gargs.files if f.lower().endswith(PROJECT_SUFFIX)]
    return cmd_gui(
        argv=[sys.argv[0]],
        demo=gargs.demo,
        files=[f for f in gargs.files if f not in projects[:1]],
        project=projects[0] if projects else None,
        screenshot=gargs.screenshot,
        size=gargs.size,
        theme=gargs.theme,
        view=gargs.view,
    )


if __name__ == "__main__":
    sys.exit(main())
