"""Session 30, checked to fail on the code before it: a page printed in traditional characters
(a Taiwan, Hong Kong or Macau paper) is read by the same tables and cues as a simplified one:
an occasion verb's kicker (`…會議召開`), a reporter's byline on its line (`本報記者 陳 敏`), a
column of briefs under its head (`港聞簡訊`), an ad's hotline, a jump marker (`（下轉4版）`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages
from audiopaper.split.lines import byline_kind, cue, furniture_kind, jumps_in

PAGE = [
    "銀灣日報　2025年3月5日　星期三　港聞　A2",
    "全港防災工作會議召開",
    "各區加強斜坡巡查",
    "本報記者 陳 敏",
    "　　政府昨日召開全港防災工作會議，要求各區在雨季來臨前完成斜坡巡查，並在",
    "學校及長者中心張貼應變指引。",
    "　　會上公布，今年共有三百二十個斜坡列入優先維修名單，工程將於五月底前完成。（下轉4版）",
    "港聞簡訊",
    "銀洲郵局暫停服務　銀洲郵政局將於3月10日至23日暫停服務，進行內部翻新，期間市民可到",
    "翠峰郵局辦理業務。",
    "長者中心招義工　鷺灣長者鄰舍中心現招募義工，協助探訪獨居長者，年滿18歲人士均可參加。",
    "廣告熱線：2345 6789",
]


def test_a_traditional_page_reads_as_a_simplified_one(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    res = split_pages(read_pages(page))
    heads = [(a.kicker, a.headline) for a in res.articles]
    assert heads == [("全港防災工作會議召開", "各區加強斜坡巡查"), (None, "銀洲郵局暫停服務"),
                     (None, "長者中心招義工")]
    assert res.articles[0].byline == "本報記者 陳敏" and res.articles[0].continued_to == 4
    said = "".join(p for a in res.articles for p in a.paragraphs)
    assert "港聞簡訊" not in said and "廣告熱線" not in said


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("全县防汛工作会议召开", "全縣防汛工作會議召開"), ("陶文澜在会上强调", "陶文瀾在會上強調")])
def test_cue_words_read_traditional_characters(simplified: str, traditional: str) -> None:
    assert cue(traditional) == cue(simplified) is not None


def test_tables_read_traditional_characters() -> None:
    assert furniture_kind("廣告熱線：2345 6789", "zh") == furniture_kind("广告热线：2345 6789", "zh") == "ad"
    assert byline_kind("本報記者 陳 敏", "zh") == "line"
    assert [(d, n) for d, n, _ in jumps_in("完成。（下轉4版）", "zh")] == [("to", 4)]


@pytest.mark.parametrize(("line", "jump"), [
    ("附近居民的（下轉A4版）", ("to", 4)), ("（上接A1版）市府表示", ("from", 1)),
    ("（下转B2版）", ("to", 2))])
def test_a_jump_to_a_lettered_section_page(line: str, jump: tuple[str, int]) -> None:
    # (a paper in sections prints its pages A1, A4, B2: the jump names the page with its letter)
    assert [(d, n) for d, n, _ in jumps_in(line, "zh")] == [jump]
