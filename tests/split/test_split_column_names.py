"""Session 30, checked to fail on the code before it: names of columns that end in a column's
word (`图片新闻`, `人物专访`, `岚港观点`, `晚报帮办`, `记者帮你问`) are logos, skipped, not a
headline's first line; in the page header the same shape names the page's section (`综合新闻`)
and leaves the headline's own short line under it alone (`守好田 种好粮`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages
from audiopaper.split.lines import furniture_kind


@pytest.mark.parametrize(("line", "kind"), [
    ("图片新闻", "logo"), ("人物专访", "logo"), ("嵐港觀點", "logo"), ("晚报帮办", "logo"),
    ("记者帮你问", "logo"), ("县融媒体中心发布年度十大新闻", None)])
def test_column_names(line: str, kind: str | None) -> None:
    assert furniture_kind(line, "zh") == kind


def _split(tmp_path: Path, lines: list[str]):  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return split_pages(read_pages(page))


def test_a_column_logo_over_a_headline_is_skipped(tmp_path: Path) -> None:
    res = _split(tmp_path, [
        "岭西日报　2025年6月3日　星期二", "2　综合新闻",
        "夏粮收购过半 农户售粮不用排队",
        "本报讯（记者 邱 岚）连日来，县粮食收储中心开通预约售粮服务，农户在手机上选好时段，",
        "到点过磅、当场结算。截至6月2日，全县已收购小麦3.2万吨，完成计划的56%。",
        "图片新闻",
        "麦浪翻金",
        "6月2日，石坪镇种粮大户驾驶收割机抢收小麦。",
        "通讯员 冯 川 摄",
    ])
    assert [a.headline for a in res.articles] == ["夏粮收购过半 农户售粮不用排队", "麦浪翻金"]
    assert "图片新闻" in res.skipped


def test_a_section_in_the_header_leaves_the_headline_whole(tmp_path: Path) -> None:
    res = _split(tmp_path, [
        "2", "2025年6月3日 星期二", "综合新闻",
        "守好田 种好粮",
        "我县夏粮收购过半",
        "本报记者 邱 岚",
        "连日来，县粮食收储中心开通预约售粮服务，农户在手机上选好时段，到点过磅、当场结算。",
        "截至6月2日，全县已收购小麦3.2万吨，完成计划的56%。",
    ])
    assert [a.headline for a in res.articles] == ["守好田 种好粮 我县夏粮收购过半"]
