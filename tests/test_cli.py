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
