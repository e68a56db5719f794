"""The README's command table is the CLI's reference: every command and every option is in it,
and nothing in it is gone from the CLI (sqlite-utils checks its docs against its commands).

Read from the typer app itself, so a new option fails here until its row names it.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from audiopaper.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
# typer's own click (vendored since typer 0.28): commands and parameters read by duck typing
COMMANDS: dict[str, Any] = dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
_FLAG = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
_CELL = re.compile(r"(?<!\\)\|")  # a table cell ends at a `|` that is not escaped (`\|`)


def rows(name: str) -> list[str]:
    """The README's table rows of command `name` (a command may have several usages)."""
    return [line for line in README.splitlines()
            if line.startswith(f"| `audiopaper {name} ") or line.startswith(f"| `audiopaper {name}`")]


def usage_flags(name: str) -> set[str]:
    """The flags written in the usage cells (the first column) of command `name`'s rows."""
    return {flag for line in rows(name) for flag in _FLAG.findall(_CELL.split(line)[1])}


def options(command: Any) -> list[tuple[str, ...]]:
    """Each option's spellings (`--verbose`, `-v`), `--help` aside."""
    return [tuple(p.opts + p.secondary_opts) for p in command.params
            if p.param_type_name == "option" and "--help" not in p.opts]


def test_every_command_has_a_row() -> None:
    assert [name for name in COMMANDS if not rows(name)] == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_option_is_in_its_commands_rows(name: str) -> None:
    written = usage_flags(name)
    missing = [spellings[0] for spellings in options(COMMANDS[name])
               if written.isdisjoint(spellings)]
    assert missing == [], f"README's `audiopaper {name}` row does not name {missing}"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_row_names_an_option_the_command_lacks(name: str) -> None:
    known = {s for spellings in options(COMMANDS[name]) for s in spellings}
    assert sorted(usage_flags(name) - known) == []
