"""Cues changed in session 29 on invented text, checked to fail on the code before them: a
log's items whose heads are a day and what happened, parted from each other and from the text
by ideographic spaces (`11月3日　仓库起火　3日晚…`), keep the whole head, and are not read as an
agenda's rows (a day and what is on) where each item's text runs on after its head."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_a_log_of_dated_items_keeps_each_head_whole() -> None:
    res = split_page(blocks(
        "zh",
        "消防站开放日迎来小学生",
        "\u3000\u3000本报讯　3月2日，新城区消防站举办开放日活动，80余名小学生参观营房、"
        "试穿战斗服，学习使用灭火器。",
        "\u3000\u30003月3日\u3000城北仓库纸箱起火\u30003日晚8时许，城北物流园一处仓库堆放的纸箱起火，"
        "消防员10分钟将火扑灭，无人员受伤。\n"
        "\u3000\u30003月4日\u3000老人被困家中\u30004日上午，和平巷一名独居老人摔倒后无法开门，"
        "消防员破门将其救出送医。\n"
        "\u3000\u30003月5日\u3000电动车充电引燃杂物\u30005日凌晨，南湖小区一楼道内电动车充电时起火，"
        "楼上住户及时报警，火势未蔓延。\n"
        "\u3000\u30003月6日\u3000游客山间迷路\u30006日傍晚，两名游客在青峰山迷路，消防员与民警搜寻"
        "两小时后将二人带下山。"))
    assert [(s.headline or "").replace("\u3000", " ") for s in res.stories][1:] == [
        "3月3日 城北仓库纸箱起火", "3月4日 老人被困家中", "3月5日 电动车充电引燃杂物",
        "3月6日 游客山间迷路"]
    assert res.stories[3].paragraphs[0].startswith("5日凌晨，南湖小区")
