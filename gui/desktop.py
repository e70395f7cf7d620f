"""Linux desktop integration for the current user: the menu entry, the app icon, the AppStream
metainfo and the ``.claimdesk`` file type, written into the XDG data folder
(``$XDG_DATA_HOME``, else ``~/.local/share``) from the templates in ``resources/desktop``.

The menu entry runs the very program that installed it (the bundle, the venv's ``claimdesk``
script, or this Python on ``main.py``), so it works whether or not that is on the desktop
session's PATH.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from core import bundled

log = logging.getLogger(__name__)

APP_ID = "org.claimdesk.Claimdesk"
MIME_ICON = "application-x-claimdesk"  # the freedesktop icon name of application/x-claimdesk
EXEC_FIELD = "@EXEC@"
TRYEXEC_FIELD = "@TRYEXEC@"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec: a relative value is invalid and must be ignored.
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launcher() -> list[str]:
    """The command that starts this Claimdesk."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable]
    script = Path(sys.executable).parent / "claimdesk"
    if script.is_file():  # an installed package: the entry-point script beside its Python
        return [str(script)]
    main = sys.modules.get("__main__")
    source = getattr(main, "__file__", None)
    return [sys.executable, str(Path(source).resolve())] if source else [sys.executable, "-m",
                                                                           "main"]


def _exec_line(argv: list[str]) -> str:
    # Desktop Entry spec: arguments with spaces are double-quoted; shlex quoting is a subset
    # every launcher accepts for plain paths.
    return " ".join(f'"{a}"' if " " in a else shlex.quote(a) for a in argv)


def install_desktop_entry(target: Path | None = None) -> list[Path]:
    """Install the entry, icons, metainfo and MIME type under ``target`` (the XDG data home by
    default); the files written. Refreshes the desktop caches when their tools exist."""
    base = target or data_home()
    argv = launcher()
    entry = bundled.path(bundled.DESKTOP, f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry = entry.replace(EXEC_FIELD, _exec_line(argv)).replace(TRYEXEC_FIELD, argv[0])
    app_icon = bundled.icon_file("app")
    written = {
        base / "applications" / f"{APP_ID}.desktop": entry.encode("utf-8"),
        base / "metainfo" / f"{APP_ID}.metainfo.xml":
            bundled.path(bundled.DESKTOP, f"{APP_ID}.metainfo.xml").read_bytes(),
        base / "mime" / "packages" / f"{APP_ID}.xml":
            bundled.path(bundled.DESKTOP, f"{APP_ID}.mime.xml").read_bytes(),
        base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": app_icon.read_bytes(),
        base / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_ICON}.svg":
            app_icon.read_bytes(),
    }
    for path, data in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    _refresh_caches(base)
    return list(written)


def _refresh_caches(base: Path) -> None:
    """The file manager learns the new type and entry from these caches; without the tools
    (a minimal system) it rescans at next login."""
    for tool, args in (
        ("update-mime-database", [str(base / "mime")]),
        ("update-desktop-database", [str(base / "applications")]),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(base / "icons" / "hicolor")]),
    ):
        exe = shutil.which(tool)
        if exe is None:
            continue
        done = subprocess.run([exe, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log.warning("%s failed: %s", tool, done.stderr.strip())
