"""Each stage runs alone from the previous stage's JSON, through the CLI: split → normalize
(the edition's scripts) → synth (espeak, offline) → assemble → publish gives a feed, and the
same episode `audiopaper build` makes of the same pages."""
from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.model import Episode

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "heting-20261125"
PAGES = sorted(str(p) for p in EXAMPLE.glob("*/page.txt"))
CONFIG = str(EXAMPLE / "audiopaper.toml")
DAY = "2026-11-25"
runner = CliRunner()


def cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The stages one command at a time, each reading the file the one before wrote."""
    work = tmp_path_factory.mktemp("stages")
    cache = work / "cache"
    (work / "edition.json").write_text(cli("split", *PAGES, "--json"), encoding="utf-8")
    (work / "scripts.json").write_text(
        cli("normalize", "--edition", str(work / "edition.json"), "--json", "--date", DAY,
            "--config", CONFIG), encoding="utf-8")
    cli("synth", "--scripts", str(work / "scripts.json"), "--json",
        str(work / "renderings.json"), "--engine", "espeak", "--cache-dir", str(cache))
    cli("assemble", str(work / "renderings.json"), "--edition", str(work / "edition.json"),
        "--out", str(work / "out"), "--date", DAY, "--config", CONFIG)
    cli("publish", str(work / "out"), "--base-url", "http://localhost:8000/")
    return work, cache


def test_each_stage_feeds_the_next_and_the_last_gives_a_feed(chain: tuple[Path, Path]) -> None:
    work, _ = chain
    edition = json.loads((work / "edition.json").read_text(encoding="utf-8"))
    scripts = json.loads((work / "scripts.json").read_text(encoding="utf-8"))["scripts"]
    ids = [a["id"] for a in edition["articles"]]
    assert [s["article_id"] for s in scripts] == ["opening", *ids, "closing"]
    assert "二零二六年十一月二十五日" in scripts[0]["segments"][0]["text"]   # normalised
    renderings = json.loads((work / "renderings.json").read_text(encoding="utf-8"))
    assert not renderings["failures"]
    for r in renderings["renderings"]:   # relative to the JSON: the folder moves whole
        assert not Path(r["audio_path"]).is_absolute()
        assert (work / r["audio_path"]).is_file()
    feed = feedparser.parse((work / "out" / "feed.xml").read_bytes())
    assert not feed.bozo and len(feed.entries) == 1
    enclosure = feed.entries[0].enclosures[0]
    assert enclosure.href.startswith("http://localhost:8000/2026-11-25/")
    manifest = Episode.from_dict(json.loads(
        (work / "out" / DAY / "manifest.json").read_text(encoding="utf-8")))
    assert [c.article_id for c in manifest.chapters] == ["opening", *ids]
    assert (work / "out" / DAY / manifest.audio_path).stat().st_size == int(enclosure.length)


def test_the_commands_make_the_episode_build_makes(chain: tuple[Path, Path]) -> None:
    """Same pages, same settings, same cache: the same chapters and the same words heard."""
    work, cache = chain
    cli("build", *PAGES, "--config", CONFIG, "--date", DAY, "--out", str(work / "built"),
        "--cache-dir", str(cache))
    folder = {name: work / name / DAY for name in ("out", "built")}
    made = {name: Episode.from_dict(json.loads((f / "manifest.json").read_text(encoding="utf-8")))
            for name, f in folder.items()}
    assert [(c.article_id, c.title) for c in made["out"].chapters] == [
        (c.article_id, c.title) for c in made["built"].chapters]
    assert abs(made["out"].duration_ms - made["built"].duration_ms) <= 50
    vtt = {name: (f / made[name].vtt_path).read_text(encoding="utf-8")
           for name, f in folder.items()}
    assert vtt["out"] == vtt["built"]


def test_the_stages_pipe_into_one_another(chain: tuple[Path, Path]) -> None:
    """split | normalize | synth | assemble as processes joined by pipes ("-" for stdin and
    stdout), as the README shows: the same episode again."""
    work, cache = chain
    me = f"{shlex.quote(sys.executable)} -m audiopaper"
    edition, out = shlex.quote(str(work / "piped.json")), shlex.quote(str(work / "piped"))
    pages = " ".join(shlex.quote(p) for p in PAGES)
    line = (f"set -eo pipefail; {me} split {pages} --json > {edition}; "
            f"{me} split {pages} --json | {me} normalize --edition - --json --date {DAY} "
            f"--config {shlex.quote(CONFIG)} | {me} synth --scripts - --json - --engine espeak "
            f"--cache-dir {shlex.quote(str(cache))} | {me} assemble - --edition {edition} "
            f"--date {DAY} --config {shlex.quote(CONFIG)} --out {out}")
    done = subprocess.run(["bash", "-c", line], capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr
    piped, staged = (work / name / DAY for name in ("piped", "out"))
    made = [Episode.from_dict(json.loads((f / "manifest.json").read_text(encoding="utf-8")))
            for f in (piped, staged)]
    assert [c.title for c in made[0].chapters] == [c.title for c in made[1].chapters]
    assert (piped / made[0].vtt_path).read_text(encoding="utf-8") == (
        staged / made[1].vtt_path).read_text(encoding="utf-8")


@pytest.mark.parametrize("args,problem", [
    (["normalize", "--edition", "missing.json"], "missing.json: file not found"),
    (["normalize", "--edition", "{bad}", "TEXT"], "give no TEXT"),
    (["synth", "--scripts", "{scripts}"], "needs --json"),
    (["synth", "--scripts", "{bad}", "--json", "{out}"], "bad.json: scripts must be a non-empty"),
    (["synth", "--scripts", "{scripts}", "--json", "{out}", "-o", "x.mp3"], "give no text"),
    (["synth", "--scripts", "{scripts}", "--json", "{out}", "--lang", "en"], "or --lang"),
])
def test_bad_stage_files_are_one_line_and_exit_2(tmp_path: Path, args: list[str],
                                                 problem: str) -> None:
    (tmp_path / "bad.json").write_text('{"articles": 3}', encoding="utf-8")
    (tmp_path / "scripts.json").write_text("[]", encoding="utf-8")
    names = {"bad": str(tmp_path / "bad.json"), "scripts": str(tmp_path / "scripts.json"),
             "out": str(tmp_path / "r.json")}
    result = runner.invoke(app, [a.format(**names) for a in args])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and problem in errors[0], result.stderr

