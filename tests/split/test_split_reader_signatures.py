"""Cue added in session 23 on invented text, checked to fail on the code before it: a reader's
signature naming the housing estate or compound the reader lives in (`滨河花园小区 读者　柏永年`,
`东风路9号院 居民 邬国庆`) closes the letter as its byline; it heads nothing."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight


def test_letters_signed_from_an_estate_close_on_their_signatures() -> None:
    """A column of letters, no blank lines: each letter's headline, its text, and its
    signature as its byline; the signature is no headline run into the next letter."""
    res = split_page(tight(
        "zh",
        "读者来信",
        "小区充电桩何时能装上",
        "编辑同志：我家住在滨河花园小区，小区建成已有十多年，",
        "目前电动汽车已有一百多辆，可小区里一个公共充电桩都",
        "没有。希望有关部门能牵头协调，早日解决充电难题。",
        "滨河花园小区 读者　柏永年",
        "老旧楼道的灯该修修了",
        "编辑同志：我住的东风路9号院是一栋老楼，楼道里的声",
        "控灯坏了大半年，晚上上下楼全靠手机照明。希望社区能",
        "帮忙协调，早日把灯修好。",
        "东风路9号院 居民 邬国庆"))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("小区充电桩何时能装上", "滨河花园小区 读者 柏永年"),
        ("老旧楼道的灯该修修了", "东风路9号院 居民 邬国庆")]
