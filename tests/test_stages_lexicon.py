"""A lexicon named on `normalize` reaches the stages after it when each runs as its own
process: its vocabulary (spoken forms, jieba user dictionary) travels in the scripts JSON, the
renderings JSON and the manifest, so the piped stages make the transcript and the feed
keywords `audiopaper build --lexicon` makes in one process.

Every command runs in a fresh interpreter: the segmentation is one per process, so a test
running the stages in this one would see words another test added."""
from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

DAY = "2026-11-25"
# jieba cuts 鹤汀江口大桥 as 鹤 汀江 口 大桥, and this sentence's transcript line breaks
# inside one of them (鹤汀江 | 口大桥) unless the lexicon's spoken form is a word
PAGE = ("鹤江桥通车\n本报讯 今年鹤江桥建成通车以来鹤江桥两岸的居民往来鹤江桥东西两侧的商户"
        "都说鹤江桥让生活变得更方便了。\n")
WORD = "鹤汀江口大桥"


def _files(tmp: Path) -> dict[str, str]:
    (tmp / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp / "audiopaper.toml").write_text(
        'paper = "鹤汀日报"\nlanguage = "zh"\nengine = "espeak"\nchime = "none"\n'
        'base_url = "http://localhost:8000/"\n', encoding="utf-8")
    # the user dictionary makes the written 鹤江桥 one word (jieba: 鹤 江桥) for the keywords
    (tmp / "words.txt").write_text("鹤江桥 1000 ns\n", encoding="utf-8")
    (tmp / "lexicon.toml").write_text(f'[words]\n"鹤江桥" = "{WORD}"\n\n[jieba]\n'
                                      'userdict = "words.txt"\n', encoding="utf-8")
    return {k: shlex.quote(str(tmp / v)) for k, v in (
        ("page", "page.txt"), ("config", "audiopaper.toml"), ("lexicon", "lexicon.toml"),
        ("cache", "cache"), ("edition", "edition.json"), ("piped", "piped"),
        ("built", "built"))}


def _run(line: str, cwd: Path) -> None:
    done = subprocess.run(["bash", "-c", "set -eo pipefail; " + line], cwd=cwd,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr


def _keywords(out: Path) -> list[str]:
    found = re.search(r"<itunes:keywords>([^<]*)</itunes:keywords>",
                      (out / "feed.xml").read_text(encoding="utf-8"))
    return found.group(1).split(",") if found else []


def test_the_piped_stages_cut_with_the_lexicon_normalize_was_given(tmp_path: Path) -> None:
    f = _files(tmp_path)
    me = f"{shlex.quote(sys.executable)} -m audiopaper"
    # the lexicon is named once, on normalize, as the README's spine shows
    _run(f"{me} split {f['page']} --json > {f['edition']}; "
         f"{me} split {f['page']} --json | {me} normalize --edition - --json --date {DAY} "
         f"--config {f['config']} --lexicon {f['lexicon']} | {me} synth --scripts - --json - "
         f"--engine espeak --cache-dir {f['cache']} | {me} assemble - --edition {f['edition']} "
         f"--date {DAY} --config {f['config']} --out {f['piped']}; "
         f"{me} publish {f['piped']} --base-url http://localhost:8000/", tmp_path)
    _run(f"{me} build {f['page']} --config {f['config']} --date {DAY} --lexicon {f['lexicon']} "
         f"--cache-dir {f['cache']} --out {f['built']}", tmp_path)
    piped, built = tmp_path / "piped", tmp_path / "built"
    manifests = [json.loads((out / DAY / "manifest.json").read_text(encoding="utf-8"))
                 for out in (piped, built)]
    assert manifests[0]["vocabulary"] == manifests[1]["vocabulary"] == {
        "words": [WORD], "userdict": ["鹤江桥 1000 ns"]}
    vtt = [(out / DAY / m["vtt_path"]).read_text(encoding="utf-8")
           for out, m in zip((piped, built), manifests)]
    assert vtt[0] == vtt[1]
    # never broken across two lines: a break anywhere inside leaves its head or tail alone
    assert vtt[0].count(WORD) == vtt[0].count(WORD[:3]) == vtt[0].count(WORD[-2:]) == 6
    assert _keywords(piped) == _keywords(built)
    assert "鹤江桥" in _keywords(piped)
