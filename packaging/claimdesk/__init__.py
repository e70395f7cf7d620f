"""Claimdesk as a wheel installs it: the program's own folders (``core``, ``gui`` and
``main.py``) live in ``claimdesk/app``, off the shared import path, so their short names never
collide with another distribution's in site-packages. The ``claimdesk`` command (``main``)
puts that folder first on its own process's path, then runs ``main.main``; a Dask worker on
another machine does the same with ``dask worker ... --preload claimdesk`` (``dask_setup``).

From a checkout (an editable install, ``./run``) there is no ``app`` folder: the checkout's
root, two levels up from this file, holds the same folders.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PLACES = (HERE / "app", HERE.parents[1])  # the wheel's folder, then a checkout's root


def app_folder() -> Path:
    """The folder holding ``main.py``, ``core`` and ``gui``."""
    for folder in PLACES:
        if (folder / "main.py").is_file() and (folder / "core").is_dir():
            return folder
    looked = " or ".join(str(p) for p in PLACES)
    raise SystemExit(f"Claimdesk's installation is incomplete: main.py missing (looked in "
                     f"{looked}); reinstall Claimdesk")


def use_app_folder() -> None:
    """Put the program's folder first on this process's import path (once)."""
    folder = str(app_folder())
    if folder not in sys.path:
        sys.path.insert(0, folder)


def main(argv: list[str] | None = None) -> int:
    """The ``claimdesk`` command."""
    use_app_folder()
    from main import main as run

    code: int = run(argv)
    return code


def dask_setup(_worker: Any) -> None:
    """``dask worker --preload claimdesk``: the worker imports the program's modules."""
    use_app_folder()
