"""The package is complete: every code folder is listed for the wheel, bundled data is found
through importlib.resources, anything missing is named, and the desktop files install."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import main
from core import bundled
from gui import desktop

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        config: dict[str, Any] = tomllib.load(fh)["tool"]["setuptools"]
    return config


def test_every_code_and_data_folder_goes_into_the_wheel() -> None:
    listed = set(_setuptools()["packages"])
    on_disk = {
        ".".join(("claimdesk", "app", *folder.relative_to(ROOT).parts))
        for top in ("core", "gui")
        for folder in [ROOT / top, *(ROOT / top).rglob("*")]
        if folder.is_dir() and folder.name != "__pycache__"
        and any(f.suffix in {".py", ".json", ".txt"} for f in folder.iterdir())
    }
    resource_dirs = {
        ".".join(("claimdesk_resources", *d.relative_to(ROOT / "resources").parts))
        for d in [ROOT / "resources", *(ROOT / "resources").iterdir()]
        if d.is_dir() and d.name != "__pycache__"
    }
    assert on_disk | resource_dirs <= listed
    assert _setuptools()["package-dir"] == {"claimdesk": "packaging/claimdesk",
                                            "claimdesk.app": ".",
                                            "claimdesk_resources": "resources"}


def test_the_wheel_installs_no_generic_top_level_name() -> None:
    # core, gui and main in site-packages collided with other distributions' of those names.
    tops = {name.split(".")[0] for name in _setuptools()["packages"]}
    assert tops == {"claimdesk", "claimdesk_resources"}
    assert "py-modules" not in _setuptools()
    with (ROOT / "pyproject.toml").open("rb") as fh:
        scripts = tomllib.load(fh)["project"]["scripts"]
    assert scripts == {"claimdesk": "claimdesk:main"}


def test_the_launcher_finds_the_checkout_and_runs_main(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "launcher_under_test", ROOT / "packaging" / "claimdesk" / "__init__.py")
    assert spec is not None
    assert spec.loader is not None
    launcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launcher)
    assert launcher.app_folder() == ROOT  # no app/ folder beside it: a checkout
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p != str(ROOT)])
    seen: list[Any] = []
    monkeypatch.setattr(main, "main", lambda argv=None: seen.append(argv) or 3)
    assert launcher.main(["--demo", "--summary"]) == 3
    assert seen == [["--demo", "--summary"]]
    assert sys.path[0] == str(ROOT)


def test_bundled_data_is_found_in_the_checkout() -> None:
    assert bundled.root() == ROOT / "resources"
    assert [p.name for p in bundled.sample_files()] == sorted(
        p.name for p in (ROOT / "resources" / "samples").glob("*.txt"))
    assert bundled.icon_file("save").read_text(encoding="utf-8").startswith("<svg")


def test_a_foreign_resources_package_is_not_taken_for_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    # ``email`` stands for any installed package that is not Claimdesk's: no marker, skipped.
    monkeypatch.setattr(bundled, "PACKAGES", ("email", "resources"))
    bundled.root.cache_clear()
    try:
        assert bundled.root() == ROOT / "resources"
        monkeypatch.setattr(bundled, "PACKAGES", ("email",))
        bundled.root.cache_clear()
        with pytest.raises(bundled.MissingResourceError, match="resources package missing"):
            bundled.root()
    finally:
        bundled.root.cache_clear()


def test_missing_resources_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "samples").mkdir()
    (tmp_path / "samples" / "01.txt").write_text("One report.", encoding="utf-8")
    monkeypatch.setattr(bundled, "root", lambda: tmp_path)
    with pytest.raises(bundled.MissingResourceError, match=r"5 sample reports.*found 1") as err:
        bundled.sample_files()
    assert "reinstall Claimdesk" in str(err.value)
    with pytest.raises(bundled.MissingResourceError, match=r"icons/save\.svg missing"):
        bundled.icon_file("save")


def test_demo_summary_fails_loudly_without_samples(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bundled, "root", lambda: tmp_path)
    assert main.main(["--demo", "--summary"]) == 1
    err = capsys.readouterr().err
    assert "sample reports" in err
    assert str(tmp_path / "samples") in err


def test_a_project_file_argument_opens_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(main, "cmd_gui", lambda **kw: seen.update(kw) or 0)
    assert main.main(["/data/story.claimdesk", "extra.txt"]) == 0
    assert seen["project"] == "/data/story.claimdesk"
    assert list(seen["files"]) == ["extra.txt"]


def test_desktop_entry_installs_under_xdg_data_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    written = desktop.install_desktop_entry()
    assert all(p.is_relative_to(tmp_path) and p.stat().st_size > 0 for p in written)

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(tmp_path / "applications" / f"{desktop.APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].endswith(" %F")
    assert "@" not in section["Exec"]
    assert Path(section["TryExec"]).exists()
    assert section["Icon"] == desktop.APP_ID
    assert section["MimeType"] == "application/x-claimdesk;"
    assert (tmp_path / "icons/hicolor/scalable/apps" / f"{desktop.APP_ID}.svg").is_file()
    validator = shutil.which("desktop-file-validate")
    if validator:  # desktop-file-utils, where installed
        checked = subprocess.run([validator, str(tmp_path / "applications" /
                                                 f"{desktop.APP_ID}.desktop")],
                                 capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout + checked.stderr

    meta = ET.parse(tmp_path / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == desktop.APP_ID
    assert meta.find("launchable").text == f"{desktop.APP_ID}.desktop"  # type: ignore[union-attr]

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(tmp_path / "mime" / "packages" / f"{desktop.APP_ID}.xml").getroot()
    glob = mime.find("m:mime-type/m:glob", ns)
    assert glob is not None
    assert glob.get("pattern") == "*.claimdesk"
    if (tmp_path / "mime" / "globs2").exists():  # update-mime-database ran
        assert "application/x-claimdesk:*.claimdesk" in (tmp_path / "mime" / "globs2").read_text()


def test_desktop_entry_launches_this_program(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", "/opt/Claimdesk/Claimdesk")
    assert desktop.launcher() == ["/opt/Claimdesk/Claimdesk"]
    assert desktop._exec_line(["/my apps/claimdesk"]) == '"/my apps/claimdesk"'


def test_the_lock_pins_every_declared_dependency() -> None:
    """``./run`` installs from the lock only: a pin added to pyproject.toml without
    ``./run lock`` would be missing on a fresh install."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    with (ROOT / "pyproject.toml").open("rb") as fh:
        project = tomllib.load(fh)["project"]
    declared = [*project["dependencies"],
                *(r for extra in project["optional-dependencies"].values() for r in extra)]
    lock = (ROOT / "packaging" / "requirements.lock").read_text(encoding="utf-8")
    locked: dict[str, set[str]] = {}
    for line in lock.splitlines():
        if line and not line[0].isspace() and not line.startswith("#"):
            req = Requirement(line.split(" \\")[0].split(" ;")[0])
            locked.setdefault(canonicalize_name(req.name), set()).update(
                s.version for s in req.specifier)
            assert all(s.operator == "==" for s in req.specifier), line
    stale = [r for r in map(Requirement, declared)
             if not {s.version for s in r.specifier} <= locked.get(canonicalize_name(r.name),
                                                                    set())]
    assert not stale, f"run ./run lock: the lock lacks {stale}"
    blocks = lock.split("\n")
    assert all("--hash=sha256:" in blocks[i + 1] for i, line in enumerate(blocks)
               if line and not line[0].isspace() and not line.startswith("#"))
