"""The data Claimdesk ships beside its code: toolbar icons, the sample reports of the demo and
the Linux desktop files, all in ``resources/``.

They are found through ``importlib.resources``, never by a path relative to this file, so the
same lookup works in a checkout, an installed wheel and a PyInstaller bundle. In a checkout the
folder imports as the package ``resources``; a wheel installs it under the distinctive name
``claimdesk_resources`` (``package-dir`` in pyproject.toml), so it cannot clash with another
distribution's ``resources``. Both carry the ``CLAIMDESK_RESOURCES`` marker; a package of that
name from someone else is skipped.

Anything missing raises ``MissingResourceError`` naming the file and the folder searched: an
incomplete install must fail loudly, never open an empty demo.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
from pathlib import Path

from core.errors import ClaimdeskError, Errors

# Checkout first: a test run from a worktree must read that tree's files even when the shared
# environment also holds an installed (or editable) Claimdesk pointing elsewhere.
PACKAGES = ("resources", "claimdesk_resources")
MARKER = "CLAIMDESK_RESOURCES"
SAMPLES = "samples"
ICONS = "icons"
DESKTOP = "desktop"
# The demo project is these five reports; fewer means a broken install.
SAMPLE_COUNT = 5


class MissingResourceError(ClaimdeskError):
    """Part of Claimdesk's bundled data is not installed; ``str(err)`` names it."""


@functools.cache
def root() -> Path:
    """The folder holding the bundled data (checkout or installed package)."""
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if not getattr(module, MARKER, False):
            continue
        folder = importlib.resources.files(module)
        # pipeline.run and Qt read real files: a zipped install would need extracting first.
        if not isinstance(folder, Path):
            raise MissingResourceError(Errors.E060.format(what="resources", where=folder))
        return folder
    raise MissingResourceError(
        Errors.E060.format(what="the resources package", where=" or ".join(PACKAGES))
    )


def path(*parts: str) -> Path:
    """The bundled file ``parts`` (e.g. ``path("icons", "save.svg")``); raises if missing."""
    target = root().joinpath(*parts)
    if not target.is_file():
        raise MissingResourceError(Errors.E060.format(what="/".join(parts), where=root()))
    return target


def sample_files() -> list[Path]:
    """The demo's sample reports, sorted; raises unless all of them are there."""
    folder = root() / SAMPLES
    found = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(found) < SAMPLE_COUNT:
        what = f"{SAMPLE_COUNT} sample reports (*.txt; found {len(found)})"
        raise MissingResourceError(Errors.E060.format(what=what, where=folder))
    return found


def icon_file(name: str) -> Path:
    """The SVG drawing of the icon ``name``; raises if it is not installed."""
    return path(ICONS, f"{name}.svg")
