"""`audiopaper split` from the outside: output schema, page numbers, and bad input.

Bad input must give one line on stderr naming the file and the problem, exit code 2 and no
traceback, so the command runs in a real subprocess exactly as a user would run it.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiopaper", "split", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def two_stories(layout) -> str:
    column, page_text = layout
    return page_text(
        "县图书馆延长开放时间",
        *column("本报讯 （通讯员 赵 敏）为方便读者错峰阅读，县图书馆从本月起将每天的开放时间延长至晚上9点，周末照常开放。"),
        "城南社区卫生服务中心投用",
        *column("本报讯 （记者 李 强）近日，城南社区卫生服务中心正式投入使用，可为周边2.1万名居民提供基本医疗服务。"))


def test_json_follows_the_corpus_schema(layout, write_page) -> None:
    out = run(write_page(two_stories(layout)), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"articles", "skipped"}
    first = data["articles"][0]
    assert list(first) == ["id", "kind", "kicker", "headline", "subheadline", "byline",
                           "paragraphs", "continued_to", "continued_from"]
    assert [a["id"] for a in data["articles"]] == ["a1", "a2"]


def test_table_output_lists_the_articles(layout, write_page) -> None:
    out = run(write_page(two_stories(layout)))
    assert out.returncode == 0, out.stderr
    assert "2 articles" in out.stdout and "a1" in out.stdout and "a2" in out.stdout


def _bad(tmp_path: Path, kind: str) -> Path:
    p = tmp_path / f"{kind}.txt"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 4)
    elif kind == "undetectable":
        p.write_bytes(b"\x81\x30\xff\xfe\x80\x80\x81\x30\xfe\xff\x80\xa0\xff\x81\x7f\x80" * 8)
    elif kind == "no-article":
        p.write_text("责任编辑：周琳 版式：何潇 校对：陈晨\n\n2025年3月6日 星期四\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("kind, reason", [
    ("empty", "empty"), ("binary", "binary"), ("undetectable", "encoding"),
    ("no-article", "no article"), ("missing", "no such file"),
])
def test_bad_input_is_one_line_exit_2(tmp_path: Path, kind: str, reason: str) -> None:
    path = _bad(tmp_path, kind)
    out = run(path)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("error: ") and path.name in lines[0] and reason in lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_pages_option_must_match_the_files(layout, write_page) -> None:
    out = run(write_page(two_stories(layout)), "--pages", "1,3")
    assert out.returncode == 2 and "--pages" in out.stderr and "Traceback" not in out.stderr
