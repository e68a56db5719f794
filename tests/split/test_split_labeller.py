"""The cue-weighing labeller on small pages without blank lines (the `tight` shape), where no
blank line can say which lines were printed together: every decision comes from the words,
the widths and the page grammar."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page
from audiopaper.split.shape import measure, run_in_head

from .conftest import column


def tight(*blocks: list[str] | str) -> Page:
    lines: list[str] = []
    for b in blocks:
        lines += [b] if isinstance(b, str) else b
    return Page(source="p1.txt", lang="zh", page_no=1, lines=tuple(lines))


A_BODY = ("6月10日，青河镇农贸市场改造工程完工，新市场共设摊位260个，配备冷链储存区和"
          "农产品检测室，商户已于当天陆续入驻经营。")
A_MORE = "市场管理方表示，改造后的市场将实行统一保洁和明码标价，方便周边群众采购。"
B_BODY = ("连日来，县图书馆开展暑期少儿阅读活动，组织绘本共读、手工课堂和科普讲座等二十余场，"
          "吸引少儿读者一千二百多人次参加。")
B_MORE = "县图书馆负责人介绍，活动将持续到八月底，少儿阅览室每天延长开放两小时。"


def test_a_story_whose_headline_follows_its_body_is_cut_at_a_paragraph_break() -> None:
    """Two stories meet at a paragraph break with no headline between them; each headline is
    printed after its body.  The stacks decide the cut, each going with the body that shares
    its words."""
    page = tight("青河日报", "县域新闻", "青河镇农贸市场改造完工", "本报讯 （记者 林 静）",
                 column(A_BODY), column(A_MORE), column(B_BODY), column(B_MORE),
                 "县图书馆暑期少儿阅读活动开展", "本报记者 周 航")
    assert measure(page.lines).style == "tight"
    stories = split_page(page).stories
    heads = {s.headline: "".join(s.paragraphs) for s in stories}
    assert set(heads) == {"青河镇农贸市场改造完工", "县图书馆暑期少儿阅读活动开展"}
    assert heads["青河镇农贸市场改造完工"].startswith("6月10日")
    assert "少儿" not in heads["青河镇农贸市场改造完工"]
    assert heads["县图书馆暑期少儿阅读活动开展"].startswith("连日来")


def test_a_run_in_head_is_split_off_a_brief() -> None:
    assert run_in_head("Pool opens early  The town pool will open on Saturday") == "Pool opens early"
    assert run_in_head("镇卫生院开通夜间门诊\u3000即日起，镇卫生院开通夜间门诊") == "镇卫生院开通夜间门诊"
    # justified columns spread plain spaces inside running text and jump lines: no heads there
    assert run_in_head("close on Mondays and  the Riverside branch") is None
    assert run_in_head("See B    UDGET, Page A6") is None
    assert run_in_head("袁家军在  讲话中指出，重") is None
