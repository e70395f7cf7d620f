"""A hang becomes a failure: pytest-timeout, configured in pyproject.toml, ends a test stuck
where no Python code runs (Qt's event loop with nothing to wake it), naming the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANG = '''
from PySide6.QtCore import QEventLoop


def test_waits_forever(qapp):
    QEventLoop().exec()  # no timer, no window: only a timeout ends this
'''


def test_a_test_stuck_in_the_qt_event_loop_fails_the_run(tmp_path: Path) -> None:
    (tmp_path / "test_stuck.py").write_text(HANG, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The project's own settings, with the timeout shortened so the check is quick.
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir",
         str(tmp_path), "-p", "no:cacheprovider", "-o", "timeout=3", "test_stuck.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240, check=False)
    output = run.stdout + run.stderr
    assert run.returncode != 0, output[-2000:]
    assert "Timeout" in output, output[-2000:]
    assert "test_waits_forever" in output, output[-2000:]
