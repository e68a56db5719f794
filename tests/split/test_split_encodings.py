"""The same page in every encoding a Chinese paper ships splits the same, and `-v` says which
encoding was read (GBK/GB18030 and UTF-8 with BOM in Simplified, Big5 in Traditional)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SIMPLIFIED = [
    ("王立新在全县春耕生产工作会议上强调",),
    ("抓早抓实春耕备耕", "确保全年粮食稳产增收"),
    "本报讯 （记者 方 雯）3月5日上午，全县春耕生产工作会议召开。县委书记王立新出席会议并讲话。他强调，要抓早抓实春耕备耕。",
    ("县图书馆延长开放时间",),
    "本报讯 （通讯员 赵 敏）为方便读者错峰阅读，县图书馆从本月起将每天的开放时间延长至晚上9点。",
]
TRADITIONAL = [
    ("王立新在全縣春耕生產工作會議上強調",),
    ("抓早抓實春耕備耕", "確保全年糧食穩產增收"),
    "本報訊 （記者 方 雯）3月5日上午，全縣春耕生產工作會議召開。縣委書記王立新出席會議並講話。他強調，要抓早抓實春耕備耕。",
    ("縣圖書館延長開放時間",),
    "本報訊 （通訊員 趙 敏）為方便讀者錯峰閱讀，縣圖書館從本月起將每天的開放時間延長至晚上9點。",
]


def build(layout, parts: list) -> str:
    column, page_text = layout
    blocks: list = []
    for part in parts:
        blocks += [part if len(part) > 1 else part[0]] if isinstance(part, tuple) else column(part)
    return page_text(*blocks)


def split(path: Path) -> tuple[list[dict], str]:
    out = subprocess.run([sys.executable, "-m", "audiopaper", "split", str(path), "--json", "-v"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["articles"], out.stderr


@pytest.mark.parametrize("parts, encoding, named", [
    (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
    (SIMPLIFIED, "gbk", "gb"),
    (SIMPLIFIED, "gb18030", "gb18030"),
    (TRADITIONAL, "big5", "big5"),
])
def test_same_page_any_encoding(layout, write_page, parts: list, encoding: str, named: str) -> None:
    text = build(layout, parts)
    reference, _ = split(write_page(text, "utf8.txt"))
    articles, said = split(write_page(text, f"{encoding}.txt", encoding))
    assert articles == reference
    assert f"encoding {named}" in said
    assert len(articles) == 2 and articles[0]["kicker"] == parts[0][0]
    assert articles[0]["byline"].startswith("本")
