"""A demo project is a throwaway: opening the demo leaves Open Recent as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def test_the_demo_is_not_added_to_open_recent(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gui import app as app_module
    from gui.main_window import MainWindow

    # Default QSettings() go to tmp_path for the rest of the session: no test reads the user's.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().setValue("recent/projects", ["/work/story.claimdesk"])
    imported: list[list[str]] = []
    # No extraction: what matters is the project switch, not the samples' claims.
    monkeypatch.setattr(MainWindow, "import_files", lambda self, paths: imported.append(paths))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the demo project's folder
    try:
        assert app_module.run_app(["claimdesk"], demo=True, files=(), project=None,
                                  screenshot=None) == 0
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        assert Path(window.ws.backend.path).parent.name.startswith(app_module.DEMO_PREFIX)
        assert len(imported[0]) == 5
        assert window.recent_projects() == ["/work/story.claimdesk"]
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()
