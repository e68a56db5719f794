"""A refer to a related piece elsewhere in the paper (a label, the piece's title and its page
after a comma; in Chinese a pointer in brackets) is furniture, not the last paragraph of
the story it is printed under."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, text


def test_an_english_refer_under_a_story_is_skipped() -> None:
    res = split_page(blocks(
        "en",
        "Ferry fares rise 50 cents in June",
        "By Odile Marsh",
        "HARBOR POINT — Riders on the island ferry will pay $3.25 a trip from June 1, the\n"
        "transit board decided Tuesday.\n"
        "Monthly passes stay at $80, and riders over 65 still ride free.",
        "See also: Why the island wants a second dock, Page B3",
        "Library adds Sunday hours",
        "The Harbor Point Library will open on Sundays from noon to 5 p.m. starting next\n"
        "month, the director said."))
    assert [s.headline for s in res.stories] == ["Ferry fares rise 50 cents in June",
                                                 "Library adds Sunday hours"]
    assert "second dock" not in text(res)
    assert any("second dock" in x for x in res.skipped)


def test_a_chinese_pointer_in_brackets_under_a_story_is_skipped() -> None:
    res = split_page(blocks(
        "zh",
        "城南片区启动老旧小区加装电梯",
        "本报讯（记者 宋予安）",
        "5月12日，城南片区首批12个老旧小区加装电梯项目同时开工，预计年底前全部投用。\n"
        "居民可通过社区提交申请，符合条件的每部电梯可获补助15万元。",
        "（相关链接见第6版）",
        "市民公园月季进入盛花期",
        "近日，市民公园月季园内200余个品种的月季竞相开放，吸引众多市民前来观赏。"))
    assert [s.headline for s in res.stories] == ["城南片区启动老旧小区加装电梯", "市民公园月季进入盛花期"]
    assert "相关链接" not in text(res)
