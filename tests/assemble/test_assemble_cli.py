"""`audiopaper assemble`: the JSON files in, the edition folder out; bad input → one line, exit 2."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.model import Episode

runner = CliRunner()


def write_inputs(tmp_path, small_edition, report_shape=False):
    edition, intro, arts, outro, _ = small_edition
    items = [p.rendering.to_dict() for p in (intro, *arts, outro)]
    renderings = tmp_path / "renderings.json"
    renderings.write_text(json.dumps({"renderings": items} if report_shape else items,
                                     ensure_ascii=False), encoding="utf-8")
    edition_json = tmp_path / "edition.json"
    edition_json.write_text(json.dumps(edition.to_dict(), ensure_ascii=False), encoding="utf-8")
    return renderings, edition_json


def test_assemble_writes_the_folder_and_a_summary(tmp_path, small_edition):
    renderings, edition_json = write_inputs(tmp_path, small_edition, report_shape=True)
    r = runner.invoke(app, ["assemble", str(renderings), "--edition", str(edition_json),
                            "--out", str(tmp_path / "out"), "--date", "2024-06-13",
                            "--bitrate", "48k", "--chime", "none"])
    assert r.exit_code == 0, r.output
    assert "3 articles" in r.output
    manifest = tmp_path / "out" / "2024-06-13" / "manifest.json"
    ep = Episode.from_dict(json.loads(manifest.read_text(encoding="utf-8")))
    assert ep.date == "2024-06-13" and [c.article_id for c in ep.chapters] == [
        "opening", "a1", "a2", "a3"]


def test_bad_inputs_are_one_line_and_exit_2(tmp_path, small_edition):
    renderings, edition_json = write_inputs(tmp_path, small_edition)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    toml = tmp_path / "audiopaper.toml"
    toml.write_text('bitrate = "fast"\n', encoding="utf-8")
    cases = [
        ([str(bad), "--edition", str(edition_json)], "bad.json"),
        ([str(renderings), "--edition", str(bad)], "bad.json"),
        ([str(renderings), "--edition", str(edition_json), "--date", "13.06.2024"], "YYYY-MM-DD"),
        ([str(renderings), "--edition", str(edition_json), "--date", "2023-02-30"],
         "--date: 2023-02-30 is not a calendar day (February 2023 has 28 days)"),
        ([str(renderings), "--edition", str(edition_json), "--date", "2023-13-01"],
         "--date: 2023-13-01 is not a calendar day"),
        ([str(renderings), "--edition", str(edition_json), "--config", str(toml)], "bitrate"),
        ([str(renderings), "--edition", str(edition_json), "--bitrate", "7"], "bitrate"),
        ([str(tmp_path / "none.json"), "--edition", str(edition_json)], "not found"),
    ]
    for args, words in cases:
        r = runner.invoke(app, ["assemble", *args, "--out", str(tmp_path / "out")])
        assert r.exit_code == 2, (args, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0]


def test_help_names_the_command():
    r = runner.invoke(app, ["assemble", "--help"])
    assert r.exit_code == 0 and "--edition" in r.output
