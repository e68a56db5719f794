"""Session 30, checked to fail on the code before it: a Chinese photo credit printed wholly in
brackets on its own line (a columnist's portrait: `（作者照片：本报记者 X 摄）`) is a credit,
never the first line of the headline under it."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages
from audiopaper.split.lines import byline_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("（作者照片：本报记者 卢 珊 摄）", "credit"), ("（本报記者 卢珊 攝）", "credit"),
    ("（记者 卢珊）", None), ("（图为村民在田间收割，记者 卢珊 摄）", None)])
def test_bracketed_credits(line: str, kind: str | None) -> None:
    assert byline_kind(line, "zh") == kind


def test_a_portrait_credit_over_a_column_is_no_headline(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "湖城日报　2025年6月4日　星期三　财经　6",
        "（作者照片：本报记者 卢 珊 摄）",
        "理财别只盯着利率",
        "□ 钱 多 多",
        "　　最近不少储户为了多拿零点几个百分点的利息，在几家银行之间来回搬家。",
        "　　算一算时间和路费，这样的“搬家”未必划算，存款安全和流动性同样要紧。",
    ]) + "\n", encoding="utf-8")
    res = split_pages(read_pages(page))
    assert [a.headline for a in res.articles] == ["理财别只盯着利率"]
    assert not any("作者照片" in p for a in res.articles for p in a.paragraphs)
