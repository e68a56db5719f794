"""Bad inputs, flags and folders end in one line on stderr and exit 2, never a traceback, and
everything a build can check is checked before any speech is made (no chunk in the cache).

Read-only and full folders are real: a tmpfs mounted read-only or 64 KB small (as root, when
mounting is allowed), or a folder without write permission (as any other user).
"""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper.cli import app

runner = CliRunner()
PAGE = """城市公园正式开放

本报讯 今天上午，新的城市公园正式开放。公园里有步道和湖泊。市民们纷纷前来参观。
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def one_error(stderr: str) -> str:
    """The single `error:` line of stderr (blank lines from the progress display aside)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


def cli(*args: str) -> tuple[int, str]:
    done = runner.invoke(app, list(args))
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        raise done.exception
    return done.exit_code, done.stderr


def build(page: Path, out: Path, cache: Path, *extra: str) -> tuple[int, str]:
    return cli("build", str(page), "--out", str(out), "--cache-dir", str(cache), "--engine",
               "espeak", "--date", "2026-01-05", *extra)


def no_speech(cache: Path) -> bool:
    return not list(cache.rglob("*.wav")) and not list(cache.rglob("*.mp3"))


def _mount(target: Path, options: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    target.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def readonly(tmp_path: Path) -> Iterator[Path]:
    """A folder nothing can be written in: a read-only tmpfs (root) or mode 0555 (others)."""
    if os.geteuid() != 0:
        folder = tmp_path / "readonly"
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    yield from _mount(tmp_path / "readonly", "ro,size=1m")


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    """A folder on a disk with 64 KB in all."""
    yield from _mount(tmp_path / "full", "size=64k")


# -- input files ---------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["split", "build"])
def test_bom_then_invalid_bytes_is_one_line(command: str, tmp_path: Path) -> None:
    bad = tmp_path / "bom.txt"
    bad.write_bytes(b"\xef\xbb\xbf\xe4\xbd\xa0\xe5\xa5\xbd\xff\xfe bad")
    args = [command, str(bad)] + (["--out", str(tmp_path / "out"), "--cache-dir",
                                   str(tmp_path / "c")] if command == "build" else [])
    code, err = cli(*args)
    assert code == 2
    line = one_error(err)
    assert f"{bad}: starts with a UTF-8 byte-order mark but is not UTF-8" in line
    assert "offset 9" in line


def test_a_newline_in_a_file_name_still_gives_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "page\n2.txt"
    bad.write_bytes(b"\xef\xbb\xbf\xff")
    done = subprocess.run([sys.executable, "-m", "audiopaper", "split", str(bad)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert one_error(done.stderr).startswith(f"error: {tmp_path}/page\\n2.txt: starts with")


# -- flags, checked before any speech ------------------------------------------------------

@pytest.mark.parametrize("extra,message", [
    (["--date", "2023-02-30"], ("error: --date: 2023-02-30 is not a calendar day "
                                "(February 2023 has 28 days)")),
    (["--date", "2024-13-01"], ("error: --date: 2024-13-01 is not a calendar day "
                                "(there is no month 13)")),
    (["--date", "yesterday"], "error: --date: must be YYYY-MM-DD, got 'yesterday'"),
    (["--keep", "0"], "error: --keep: must be at least 1, got 0"),
])
def test_bad_flags_fail_before_any_speech(page: Path, tmp_path: Path, extra: list[str],
                                          message: str) -> None:
    cache = tmp_path / "cache"
    code, err = build(page, tmp_path / "out", cache, *extra)
    assert code == 2 and one_error(err) == message
    assert no_speech(cache)


# -- folders, checked before any speech ----------------------------------------------------

def test_out_naming_a_file(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "feed.xml"
    target.write_text("not a folder", encoding="utf-8")
    cache = tmp_path / "cache"
    code, err = build(page, target, cache)
    assert code == 2 and one_error(err) == f"error: {target}: --out names a file, not a folder"
    assert no_speech(cache)
    code, err = build(page, target / "sub", cache)
    assert code == 2 and f"--out: {target} is a file, not a folder" in one_error(err)


def test_cache_dir_naming_a_file(page: Path, tmp_path: Path) -> None:
    target = tmp_path / "cache.txt"
    target.write_text("x", encoding="utf-8")
    code, err = build(page, tmp_path / "out", target)
    assert code == 2
    assert one_error(err) == f"error: {target}: --cache-dir names a file, not a folder"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_read_only_out_folder(page: Path, tmp_path: Path, readonly: Path) -> None:
    cache = tmp_path / "cache"
    code, err = build(page, readonly, cache)
    assert code == 2
    assert one_error(err).startswith(f"error: {readonly}: --out: cannot write in this folder (")
    assert no_speech(cache)


def test_read_only_cache_folder(page: Path, tmp_path: Path, readonly: Path) -> None:
    code, err = build(page, tmp_path / "out", readonly / "cache")
    assert code == 2
    assert one_error(err).startswith(f"error: {readonly / 'cache'}: --cache-dir: cannot create")


def test_full_disk_is_found_before_any_speech(page: Path, tmp_path: Path, full: Path) -> None:
    cache = tmp_path / "cache"
    code, err = build(page, full, cache)
    assert code == 2
    assert one_error(err) == (f"error: {full}: --out: only 64 KB free on its disk; a build "
                              "needs at least 32 MB")
    assert no_speech(cache)


def test_disk_full_mid_build_is_one_line(page: Path, tmp_path: Path, full: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from audiopaper import preflight

    monkeypatch.setattr(preflight, "MIN_FREE_BYTES", 0)  # let the build start on the small disk
    monkeypatch.setattr(preflight.writable_folder, "__defaults__", (0,))
    code, err = build(page, full, tmp_path / "cache")
    assert code == 2 and "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error:")]  # after progress
    assert errors == [f"error: {full}: cannot write: No space left on device"]


# -- the config: a flag's error names the flag, the file's error names the file -------------

@pytest.mark.parametrize("extra,message", [
    (["--bitrate", "fast"], "error: --bitrate: must be like \"64k\" (32k..320k), got 'fast'"),
    (["--jobs", "0"], "error: --jobs: must be a whole number in 1..64, got 0"),
    (["--timezone", "Mars/Base"], "error: --timezone: unknown time zone 'Mars/Base'"),
    (["--loudness", "-3"], "error: --loudness: must be in -40..-5, got -3.0"),
    (["--pause-between", "-5"], "error: --pause-between: must be whole ms in 0..10000, got -5"),
    (["--lang", "fr"], "error: --lang: must be zh, en or auto, got 'fr'"),
])
def test_a_bad_flag_is_named_not_the_config_file(page: Path, tmp_path: Path, extra: list[str],
                                                 message: str) -> None:
    config = tmp_path / "audiopaper.toml"
    config.write_text('paper = "测试日报"\nbitrate = "64k"\n', encoding="utf-8")
    cache = tmp_path / "cache"
    code, err = build(page, tmp_path / "out", cache, "--config", str(config), *extra)
    assert code == 2 and one_error(err) == message
    assert no_speech(cache)


def test_a_bad_config_value_names_the_file(page: Path, tmp_path: Path) -> None:
    config = tmp_path / "audiopaper.toml"
    config.write_text('bitrate = "fast"\n', encoding="utf-8")
    code, err = build(page, tmp_path / "out", tmp_path / "cache", "--config", str(config))
    assert code == 2
    assert one_error(err) == f"error: {config}: bitrate: must be like \"64k\" (32k..320k), got 'fast'"


def test_a_broken_template_fails_before_any_speech(page: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    bundled = Path(__file__).resolve().parent.parent / "voices" / "templates-zh.toml"
    (templates / "templates-zh.toml").write_text(
        bundled.read_text(encoding="utf-8").replace("{paper}", "{papr}"), encoding="utf-8")
    cache = tmp_path / "cache"
    code, err = build(page, tmp_path / "out", cache, "--templates", str(templates))
    assert code == 2 and "papr" in one_error(err)
    assert no_speech(cache)
