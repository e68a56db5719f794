"""Every command has help text, and the package's public surface is pinned (httpx style)."""
from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

import audiopaper
from audiopaper.cli import app

COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


def test_the_stages_all_have_a_command() -> None:
    for name in ("split", "normalize", "synth", "voices", "assemble", "publish", "lint", "serve",
                 "build"):
        assert name in COMMANDS


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name: str) -> None:
    done = CliRunner().invoke(app, [name, "--help"])
    assert done.exit_code == 0
    assert get_command(app).commands[name].help  # type: ignore[attr-defined]


def test_public_names_are_pinned() -> None:
    assert sorted(audiopaper.__all__) == ["Article", "AudiopaperError", "Edition", "Page",
                                          "__version__", "build_edition"]


def test_version_and_short_help() -> None:
    runner = CliRunner()
    done = runner.invoke(app, ["--version"])
    assert done.exit_code == 0 and done.output.startswith("audiopaper ")
    for args in (["-h"], ["build", "-h"], ["publish", "-h"]):
        done = runner.invoke(app, args)
        assert done.exit_code == 0 and "Usage" in done.output, args


def _param(command: str, flag: str):
    params = get_command(app).commands[command].params  # type: ignore[attr-defined]
    return next((p for p in params if flag in p.opts), None)


def test_lang_engine_and_fallback_mean_the_same_in_every_command() -> None:
    """One declaration each: the same help, the same default (not given = config, else the
    offline engine / the text's language) wherever the option appears."""
    for flag, commands in (("--lang", ("split", "synth", "normalize", "build")),
                           ("--engine", ("synth", "build")),
                           ("--fallback", ("synth", "build")), ("--tries", ("synth", "build"))):
        params = [_param(c, flag) for c in commands]
        assert all(p is not None for p in params), flag
        assert len({(p.help, p.default, p.metavar) for p in params}) == 1, flag
    assert _param("build", "--lang").default is None and _param("synth", "--engine").default is None


@pytest.mark.parametrize("text,spoken", [("It costs $5.", "It costs five dollars."),
                                         ("价格为5元。", "价格为五元。"), ("12%", "百分之十二")])
def test_normalize_detects_the_language_like_split_and_synth(text: str, spoken: str) -> None:
    done = CliRunner().invoke(app, ["normalize", text])
    assert done.exit_code == 0, done.output
    assert done.stdout == spoken + "\n"
    piped = CliRunner().invoke(app, ["normalize"], input=text + "\n")
    assert piped.stdout == spoken + "\n"
    forced = CliRunner().invoke(app, ["normalize", "--lang", "zh", "5"])
    assert forced.stdout == "五\n"
