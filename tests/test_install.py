"""Acceptance for a desktop install: build the wheel, install it into a fresh virtual
environment, run the installed ``claimdesk`` from an unrelated folder.

To stay quick and offline the new environment borrows the already-installed dependencies (a
``.pth`` line naming this environment's site-packages) and gets only the wheel, ``--no-deps
--no-index``; the checkout is never on its path, so everything it reads comes from the wheel.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
# What a wheel is built from; the build must not litter the checkout, so it runs on a copy.
SOURCES = ("pyproject.toml", "README.md", "main.py", "core", "gui", "resources",
           "packaging/claimdesk")
SUMMARY = re.compile(r"^(\d+) documents, (\d+) claims, (\d+) events, (\d+) conflicts$", re.M)


def _run(argv: list[str | Path], *, cwd: Path, env: dict[str, str] | None = None,
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the built wheel; its bin/ folder."""
    base = tmp_path_factory.mktemp("install")
    src = base / "src"
    src.mkdir()
    for name in SOURCES:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(item, src / name)
    built = _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                  base / "dist", src], cwd=src)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((base / "dist").glob("claimdesk-*.whl"))

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=base).stdout.strip()
    Path(site, "borrowed-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
                 "--no-index", "--quiet", wheel], cwd=base)
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"), "TMPDIR": str(home)}


@pytest.mark.slow
def test_the_installed_app_reads_only_its_own_package(installed: Path, tmp_path: Path) -> None:
    where = _run([installed / "python", "-c",
                  "import claimdesk; claimdesk.use_app_folder(); "
                  "import core, gui, main; from core import bundled; "
                  "print(bundled.root()); print(core.__file__); print(main.__file__)"],
                 cwd=tmp_path, env=_env(tmp_path))
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).is_relative_to(installed.parent), line
    resources = Path(where.stdout.splitlines()[0])
    assert resources.name == "claimdesk_resources"
    assert Path(where.stdout.splitlines()[2]).parent.name == "app"
    shipped = {p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*.*")
               if "__pycache__" not in p.parts}
    assert shipped <= {p.relative_to(resources) for p in resources.rglob("*.*")}


@pytest.mark.slow
def test_the_wheel_puts_no_generic_name_in_site_packages(installed: Path,
                                                         tmp_path: Path) -> None:
    # core, gui and main at the top of site-packages overwrote, or were overwritten by,
    # another distribution's modules of those names.
    site = _run([installed / "python", "-c",
                 "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=tmp_path).stdout.strip()
    names = {p.name for p in Path(site).iterdir()} - {"borrowed-dependencies.pth"}
    assert {n for n in names if not n.startswith("claimdesk")} == set(), names
    bare = _run([installed / "python", "-c", "import core"], cwd=tmp_path, env=_env(tmp_path))
    assert "No module named 'core'" in bare.stderr


@pytest.mark.slow
def test_the_installed_demo_loads_the_samples_and_every_icon(
    installed: Path, tmp_path: Path
) -> None:
    summary = _run([installed / "claimdesk", "--demo", "--summary"], cwd=tmp_path,
                   env=_env(tmp_path))
    assert summary.returncode == 0, summary.stderr
    found = SUMMARY.search(summary.stdout)
    assert found, summary.stdout
    documents, claims, events, conflicts = map(int, found.groups())
    assert documents == 5
    assert claims >= 20
    assert events >= 3
    assert conflicts >= 1
    # the README quotes what the installed app prints: it must not drift from it
    assert f"`{found.group(0)}`" in (ROOT / "README.md").read_text(encoding="utf-8")

    # The window draws every icon it uses at start-up, and a missing drawing raises: a
    # screenshot run that exits 0 means each one resolved inside the installed package.
    shot = tmp_path / "demo.png"
    window = _run([installed / "claimdesk", "--demo", "--screenshot", shot], cwd=tmp_path,
                  env=_env(tmp_path))
    assert window.returncode == 0, window.stderr
    assert QImage(str(shot)).width() >= 1200


@pytest.mark.slow
def test_a_broken_install_names_what_is_missing(installed: Path, tmp_path: Path) -> None:
    package = installed.parent / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}"
    resources = package / "site-packages" / "claimdesk_resources"
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    moved = [resources / "icons" / "save.svg", resources / "samples" / "01_norhaven_courier.txt"]
    for item in moved:
        shutil.move(item, hidden / item.name)
    try:
        summary = _run([installed / "claimdesk", "--demo", "--summary"], cwd=tmp_path,
                       env=_env(tmp_path))
        assert summary.returncode == 1
        assert "5 sample reports" in summary.stderr
        assert str(resources / "samples") in summary.stderr
        window = _run([installed / "claimdesk", "--screenshot", tmp_path / "x.png"],
                      cwd=tmp_path, env=_env(tmp_path))
        assert window.returncode == 1
        assert "icons/save.svg missing" in window.stderr
    finally:
        for item in moved:
            shutil.move(hidden / item.name, item)
