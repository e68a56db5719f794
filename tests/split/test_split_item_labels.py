"""Cue added in session 23 on invented text, checked to fail on the code before it: a label
in lenticular brackets that the page prints at the head of several items' paragraphs
(`【基本案情】`, `【裁判结果】`) is a section of each item, not a brief's head run into its
text."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks


def test_labels_printed_again_in_each_item_are_its_paragraphs() -> None:
    """Two cases under their headlines, each told in `【基本案情】…` and `【裁判结果】…`
    paragraphs, blank lines between blocks: two stories, each with its headline and both its
    labelled paragraphs, and no story headed by a label."""
    res = split_page(blocks(
        "zh",
        "典型案例",
        "案例一 快递员与站点之间是否存在劳动关系",
        "【基本案情】快递员周某经某站点招录，每天按\n站点排班派件，接受考勤和罚款管理，报酬\n按月由站点发放。后周某派件途中受伤。",
        "【裁判结果】法院认为，站点对周某实施了劳动\n管理，双方存在劳动关系，判决确认双方存\n在劳动关系。",
        "案例二 “不买社保”约定是否有效",
        "【基本案情】某家具厂与工人孙某约定不缴纳\n社会保险，每月另发200元补贴。后孙某以\n此为由解除劳动合同，要求经济补偿。",
        "【裁判结果】法院认为，缴纳社会保险是法定\n义务，该约定无效，判决家具厂支付孙某经\n济补偿1.8万元。"))
    assert [s.headline for s in res.stories] == ["案例一 快递员与站点之间是否存在劳动关系",
                                                 "案例二 “不买社保”约定是否有效"]
    for s in res.stories:
        assert s.paragraphs[0].startswith("【基本案情】")
        assert s.paragraphs[-1].startswith("【裁判结果】")
