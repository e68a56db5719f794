"""A cue added in session 30 on invented text, checked to fail on the code before it: a Chinese
note wholly in brackets under a text's last sentence (`（作者单位：…）`, `（本报综合）`) closes that
text, so the next story's headline under it stands alone, whatever blank lines the page has."""
from __future__ import annotations

from pathlib import Path

import pytest

from audiopaper.ingest.pages import read_pages
from audiopaper.split.edition import split_pages

LINES = [
    "桐溪日报 2025年4月9日 星期三", "评论 4",
    "让老街的烟火气留得住",
    "□ 柯 言",
    "老街改造，改的是路面和管线，留的应当是街坊", "邻里的日子。有的地方把老店一迁了之，街面", "亮堂了，人却散了。",
    "改造之前多听听住户和店主的意见，把修鞋铺、", "裁缝店这样的小本生意留在原处，老街才有", "人气，也才有看头。",
    "（作者单位：桐溪县社会科学联合会）",
    "公交站牌该换块大字的了",
    "□ 郑 宁",
    "不少老人反映，站牌上的线路图字太小、位置太", "高，看不清也够不着。换一块大字站牌花钱不", "多，却能方便不少人。",
    "（本报综合）",
    "夜市摊位要亮码经营",
    "本报讯（记者 唐 禾）4月8日起，城南夜市", "120个摊位全部亮码经营，市民扫码即可查看", "摊主信息和食品检测结果。",
]


@pytest.mark.parametrize("blank_after_each", [False, True], ids=["no-blank-lines", "blank-after-each"])
def test_a_note_in_brackets_closes_the_text_above(tmp_path: Path, blank_after_each: bool) -> None:
    page = tmp_path / "page.txt"
    page.write_text(("\n\n" if blank_after_each else "\n").join(LINES) + "\n", encoding="utf-8")
    res = split_pages(read_pages(page))
    assert [a.headline for a in res.articles] == [
        "让老街的烟火气留得住", "公交站牌该换块大字的了", "夜市摊位要亮码经营"]
    # (said with the text above: as its last paragraph, or as its byline)
    for a, note in zip(res.articles, ("（作者单位：桐溪县社会科学联合会）", "（本报综合）")):
        assert a.paragraphs[-1].endswith(note) or a.byline == note
