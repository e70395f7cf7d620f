"""Claimdesk: parse the command line, then run a CLI command or open the window.

python main.py --demo                      the app on the built-in sample project
python main.py [FILES...]                  the app on a new project with these files
python main.py open PROJECT                the app on a saved project
python main.py extract FILES... --json OUT [--csv OUT] [--xlsx OUT] [--published DATE]
                                        [--sources CSV]
python main.py export PROJECT --xlsx/--csv/--json/--claimreview OUT [--organisation NAME]
                                                                     [--verified-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent / "resources" / "samples"
COMMANDS = ("extract", "export", "open")


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
        "--processes", type=int, default=1, help="worker processes for large batches (default 1)"
    )
    ex.add_argument(
        "--no-statements",
        action="store_true",
        help="figures only: skip attributed statements (about twice as fast)",
    )
    ex.add_argument("--quiet", action="store_true", help="no per-file summary")

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
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from core import pipeline
    from core.errors import ExportError, InputError
    from core.export.writers import write_json
    from core.ingest.sources import read_sources
    from core.settings import DEFAULT_SETTINGS

    if not (args.json or args.csv or args.xlsx):
        print("claimdesk extract: nothing to write: give --json, --csv or --xlsx", file=sys.stderr)
        return 2
    try:
        sources = read_sources(args.sources, args.files) if args.sources else None
    except InputError as err:
        print(f"claimdesk extract: {err}", file=sys.stderr)
        return 2
    settings = DEFAULT_SETTINGS.replace(
        published=args.published, n_process=args.processes, statements=not args.no_statements
    )
    bar = tqdm(
        total=len(args.files),
        unit="file",
        disable=len(args.files) < 10 or not sys.stderr.isatty(),
        file=sys.stderr,
    )

    def progress(done: int, total: int, label: str) -> None:
        bar.update(done - bar.n)
        bar.set_postfix_str(label[:30])

    result = pipeline.run(args.files, settings=settings, progress=progress, sources=sources)
    bar.close()
    if not args.quiet:
        for doc in result.documents:
            claims = [c for c in result.claims if c.document_id == doc.id]
            core_n = sum(c.is_core for c in claims)
            stmts = sum(s.document_id == doc.id for s in result.statements)
            date = (
                f"published {doc.published} ({doc.published_source})"
                if doc.published
                else "publication date unknown"
            )
            print(f"{doc.path}: {len(claims)} claims ({core_n} core), {stmts} statements, {date}")
        print(
            f"{len(result.documents)} files, {len(result.claims)} claims, "
            f"{len(result.events)} events, {len(result.conflicts)} conflicts"
        )
    for failure in result.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    try:
        if args.json:
            write_json(result, args.json)
        if args.csv:
            from core.export.writers import write_csv

            write_csv(result, args.csv)
        if args.xlsx:
            from core.export.writers import write_xlsx

            write_xlsx(result, args.xlsx, settings=settings.as_dict())
    except ExportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if result.failures:
        print(
            f"{len(result.failures)} of {len(args.files)} files failed; the others were exported",
            file=sys.stderr,
        )
        return 1
    return 0


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


def cmd_gui(
    *,
    argv: list[str],
    demo: bool,
    files: Sequence[str],
    project: str | None,
    screenshot: str | None,
) -> int:
    from gui.app import run_app

    return run_app(argv, demo=demo, files=files, project=project, screenshot=screenshot)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        args = _parser().parse_args(args_list)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "export":
            return cmd_export(args)
        return cmd_gui(
            argv=[sys.argv[0]], demo=False, files=(), project=str(args.project), screenshot=None
        )
    gargs = _gui_parser().parse_args(args_list)
    return cmd_gui(
        argv=[sys.argv[0]],
        demo=gargs.demo,
        files=gargs.files,
        project=None,
        screenshot=gargs.screenshot,
    )


if __name__ == "__main__":
    sys.exit(main())
