"""Cues changed in session 29 on invented text, checked to fail on the code before them: a
log's items whose heads are a day and what happened, parted from each other and from the text
by ideographic spaces (`11月3日　仓库起火　3日晚…`), keep the whole head, and are not read as an
agenda's rows (a day and what is on) where each item's text runs on after its head; a byline
that opens a text (`本报讯（记者 X）`), alone on its line, is never a headline's line."""
from __future__ import annotations

from pathlib import Path

from audiopaper.ingest.pages import read_pages
from audiopaper.split import split_page
from audiopaper.split.edition import split_pages
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


def test_a_byline_opening_the_text_alone_on_its_line_is_no_headline(tmp_path: Path) -> None:
    # (a tool's lines of a narrow column: the ideographic space after the byline parts it
    # from the text, which the shape reads as a head run in)
    page = tmp_path / "page.txt"
    page.write_text("\n".join([
        "溪南日报 2025年6月3日 星期二", "体育 5", "第五届全民健身运动会开幕", "1800名选手参加比赛",
        "\u3000\u3000本报讯（记者 林方）\u30006月2日上午，溪", "南县第五届全民健身运动会在县体育馆开幕。来自全",
        "县9个乡镇的1800名选手将在为期5天的比赛中角", "逐12个大项的奖牌。",
        "\u3000\u3000开幕式上，300名学生表演了竹竿舞，赢得阵", "阵掌声。", "县老年门球队获市赛亚军",
        "\u3000\u3000本报讯（通讯员 许诺）\u3000日前，市老年门球", "邀请赛落幕，溪南县老年门球队获亚军。"]),
        encoding="utf-8")
    res = split_pages(read_pages(page))
    assert [(s.kicker, s.headline) for s in res.articles] == [
        ("第五届全民健身运动会开幕", "1800名选手参加比赛"), (None, "县老年门球队获市赛亚军")]
