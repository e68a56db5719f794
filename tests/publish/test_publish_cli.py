"""The publish, lint and serve commands: thin, helpful, exit 2 with one line on bad input."""
from __future__ import annotations

from typer.testing import CliRunner

from audiopaper.cli import app

BASE = "https://example.org/qingxi/"


def test_publish_then_lint_is_clean(tmp_path, make_edition):
    make_edition(tmp_path, "2024-05-01")
    make_edition(tmp_path, "2024-05-02")
    runner = CliRunner()
    result = runner.invoke(app, ["publish", "--out", str(tmp_path), "--base-url", BASE,
                                 "--email", "desk@example.org"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ("2 editions published (2 added, 0 replaced, 0 dropped, "
                                     f"0 trimmed); feed: {BASE}feed.xml")
    lint = runner.invoke(app, ["lint", str(tmp_path)])
    assert lint.exit_code == 0 and lint.stdout == "", lint.output
    again = runner.invoke(app, ["publish", str(tmp_path), "--keep", "1"])
    assert again.exit_code == 0
    assert "1 editions published (0 added, 0 replaced, 0 dropped, 1 trimmed)" in again.stdout


def test_bad_input_exits_2_with_one_line(tmp_path, make_edition):
    runner = CliRunner()
    cases = [
        (["publish", str(tmp_path / "missing"), "--base-url", BASE], "not a folder"),
        (["publish", str(tmp_path), "--base-url", "ftp://x"], "base URL must be absolute http(s)"),
        (["publish", str(tmp_path), "--base-url", BASE, "--timezone", "Mars/Olympus"],
         "unknown time zone 'Mars/Olympus'"),
        (["publish", str(tmp_path), "--base-url", BASE, "--email", "nobody"],
         "owner email is not an address"),
        (["publish", str(tmp_path), "--base-url", BASE, "--keep", "0"], "--keep must be at least 1"),
        (["publish", str(tmp_path), "--base-url", BASE], "no edition folder"),
        (["serve", str(tmp_path / "missing")], "not a folder"),
    ]
    for args, message in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines


def test_help_of_each_command(tmp_path):
    runner = CliRunner()
    for cmd, words in [("publish", "--base-url"), ("lint", "one line per problem"),
                       ("serve", "--host")]:
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0 and words in result.stdout, cmd
