"""Remake every screenshot in docs/screenshots/ from the demo project, the same bytes every run:

    ./run screenshots [NAME.png ...] [--out DIR]

Each picture is made in a fresh process under ``QT_QPA_PLATFORM=offscreen`` with a scratch
settings folder and temporary folder (no saved layout, no recent files), so only the tree
decides what it shows. Most are the command line's own screenshot
(``main.py --demo --screenshot PATH --size WxH [--view V] [--theme T]``, printed for each);
``review.png`` adds the checker's work on the shown claim through the window's own undoable
edits, and ``report-page*.png`` are the pages of File ▸ Export ▸ Report (.pdf) for the demo.
The last line is ``screenshots: N written``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
LARGE = "1600x1000"
SMALL = "1280x720"
REPORT_DPI = 115  # an A4 page 952 pixels wide: readable in a README at full width
REPORT_PAGES = 2
CHILD_TIMEOUT_S = 600

# The checker's work shown in review.png: a verdict, a note, a link, a corrected field. The
# facts are the demo's own (resources/samples, invented reports).
REVIEW_NOTE = ("The hospital received about 30 bodies (Radio Kessel); ask the police for their "
               "count.")
REVIEW_LINK = "https://example.org/eldmere-police-statement"
REVIEW_CORRECTION = ("event_type", "bombing")  # the 19 died in the bombing, not the operation


@dataclass(frozen=True, slots=True)
class Shot:
    """One picture: the window at ``size`` showing ``view`` (main.py's --view), or a
    ``special`` made by this script (the staged review, the report's pages)."""

    size: str = LARGE
    view: str = "compare"
    theme: str | None = None
    special: str | None = None


SHOTS = {
    "compare.png": Shot(),
    "compare-dark.png": Shot(theme="dark"),
    "window-1600x1000.png": Shot(),
    "window-1280x720.png": Shot(size=SMALL),
    "demo.png": Shot(view="event"),
    "statements.png": Shot(view="statements"),
    "grid.png": Shot(view="grid"),
    "review.png": Shot(special="review"),
    "report-page1.png": Shot(special="report"),
    "report-page2.png": Shot(special="report"),
}


def main_argv(shot: Shot, target: Path) -> list[str]:
    """The command line that makes ``shot`` (main.py's own for a plain window shot)."""
    argv = ["main.py", "--demo", "--screenshot", str(target), "--size", shot.size]
    if shot.view != "compare":
        argv += ["--view", shot.view]
    return argv + (["--theme", shot.theme] if shot.theme else [])


def _child(argv: list[str], scratch: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(scratch),
           "XDG_DATA_HOME": str(scratch), "TMPDIR": str(scratch)}
    done = subprocess.run([sys.executable, *argv], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise SystemExit(f"screenshots: {' '.join(argv)} failed:\n{done.stderr[-3000:]}")


def make(names: list[str], out: Path) -> list[Path]:
    """Make the named pictures in ``out``, each in a fresh process; the files written."""
    written: list[Path] = []
    reports = [n for n in names if SHOTS[n].special == "report"]
    for name in names:
        shot, target = SHOTS[name], out / name
        with tempfile.TemporaryDirectory(prefix="claimdesk-shots-") as scratch:
            if shot.special == "review":
                argv = [str(Path(__file__)), "--review", str(target), "--size", shot.size]
            elif shot.special == "report":
                if name != reports[0]:
                    continue  # one run writes every page
                argv = [str(Path(__file__)), "--report", str(out)]
            else:
                argv = main_argv(shot, target)
            print(" ".join(argv), flush=True)
            _child(argv, Path(scratch))
        written += [out / n for n in reports] if shot.special == "report" else [target]
    return written


def review_view(window: MainWindow) -> bool:
    """The compare view, then the checker's work on its current claim."""
    from gui.screenshot_views import show_conflict_state

    if not show_conflict_state(window):
        return False
    claim_id = window.current_item_id()
    window.set_verdict("disputed", [claim_id])
    window.set_note(claim_id, REVIEW_NOTE)
    window.set_evidence(claim_id, (REVIEW_LINK,))
    return window.correct(claim_id, *REVIEW_CORRECTION)


def shoot_review(target: Path, size: str) -> int:
    """The review picture; fails when the work could not be done (the picture would lie)."""
    from gui.app import run_app

    staged: list[bool] = []

    def stage(window: MainWindow) -> bool:
        staged.append(review_view(window))
        return staged[-1]

    width, height = (int(x) for x in size.split("x"))
    code = run_app([sys.argv[0]], demo=True, files=(), project=None, screenshot=str(target),
                   size=(width, height), view=stage)
    if staged != [True]:
        print("screenshots: the review could not be staged on the demo", file=sys.stderr)
        return 1
    return code


def shoot_report(out: Path) -> int:
    """The report of the demo's extraction, dated the day after its latest report."""
    import datetime as dt

    from core import pipeline
    from core.bundled import sample_files
    from gui.app import make_app
    from gui.report import report_pages

    make_app([sys.argv[0]])
    result = pipeline.run(sample_files())
    latest = max(d.published for d in result.documents if d.published)
    pages = report_pages(result, REPORT_DPI, written=latest + dt.timedelta(days=1))
    for n, page in enumerate(pages[:REPORT_PAGES], start=1):
        if not page.save(str(out / f"report-page{n}.png")):  # PNG by its suffix
            return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME.png", help="default: every one")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--review", type=Path, help=argparse.SUPPRESS)  # one child's work
    parser.add_argument("--size", default=LARGE, help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.review:
        return shoot_review(args.review, args.size)
    if args.report:
        return shoot_report(args.report)
    unknown = sorted(set(args.names) - set(SHOTS))
    if unknown:
        parser.error(f"no such screenshot: {', '.join(unknown)} (known: {', '.join(SHOTS)})")
    args.out.mkdir(parents=True, exist_ok=True)
    written = make(args.names or list(SHOTS), args.out)
    print(f"screenshots: {len(written)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
