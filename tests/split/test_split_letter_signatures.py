"""Letters signed on two lines (the writer's name, then the town under it) read the same in
every extraction shape: the two lines are the letter's byline, never a headline of the next
letter, whether the page prints a blank line after every line, blank lines between blocks or
none at all."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page
from tests.split.build import blocks, every_line, tight

_LETTERS = (
    ("Bring back the late bus",
     "My daughter stays after school for band\nthree days a week. Since the late bus was\n"
     "cut she walks two miles home along Route\n9 in the dark. Please restore it.",
     "Marisol Greaves\nPennock"),
    ("Fix the library roof first",
     "The council wants new benches downtown\nwhile buckets catch the rain in the\n"
     "library reading room. Roof first.",
     "Tobias Renwick\nEast Pennock"),
    ("Thanks to the road crew",
     "The crew that cleared Mill Road after the\nice storm worked through the night. We\n"
     "noticed, and we are grateful.",
     "Ada Feld\nCrane Hollow"),
)


def _page(shape: str) -> Page:
    parts = ["YOUR LETTERS"]
    for head, body, sig in _LETTERS:
        parts += [head, body, sig]
    if shape == "blocks":
        return blocks("en", *parts)
    if shape == "lines":
        return every_line("en", *[x for p in parts for x in p.split("\n")])
    return tight("en", *[x for p in parts for x in p.split("\n")])


@pytest.mark.parametrize("shape", ["blocks", "lines", "tight"])
def test_two_line_signatures_close_their_letters_in_every_shape(shape: str) -> None:
    res = split_page(_page(shape))
    got = [(s.headline, s.byline) for s in res.stories]
    assert got == [(head, sig.replace("\n", " ")) for head, _, sig in _LETTERS], got


_ZH_LETTERS = (
    ("菜市场早市能否延长一小时",
     "我家附近的菜市场早上七点半就收摊了，\n上班族根本赶不上。希望管理方把早市延\n长一小时，方便大家买菜。",
     "柳湾街道 护士 胡晓晴"),
    ("建议在学校门口增设减速带",
     "每天放学时段，校门口车流很多，车速也\n快，孩子们过马路很危险。建议相关部门\n尽快增设减速带和提示牌。",
     "北塘镇中心小学 教师 严国栋"),
    ("为小区志愿者点个赞",
     "这个冬天，小区志愿者天天帮独居老人\n送菜、测血压，风雨无阻。我想借贵报一\n角，向他们说声谢谢。",
     "松林社区 退休工人 钱素云"),
)


@pytest.mark.parametrize("shape", ["blocks", "tight"])
def test_chinese_signatures_of_place_role_and_name_close_their_letters(shape: str) -> None:
    """A reader's signature in three parts (where from, what they are, the name), whatever
    the role is called, is the letter's byline: not a line of the next letter's headline."""
    parts = ["读者来信"]
    for head, body, sig in _ZH_LETTERS:
        parts += [head, body, sig]
    page = blocks("zh", *parts) if shape == "blocks" \
        else tight("zh", *[x for p in parts for x in p.split("\n")])
    res = split_page(page)
    assert [(s.headline, s.byline) for s in res.stories] == \
        [(head, sig) for head, _, sig in _ZH_LETTERS]
