"""Cue added in session 23 on invented text, checked to fail on the code before it: one story
has one byline, so display lines between two bodies holding two bylines with headlines
between them are two stacks (the upper one printed under its body, the lower one over its
own), not one stack given to either story."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, tight


def test_two_bylines_in_one_run_part_two_stacks() -> None:
    """A feature whose headline and byline are printed under its body, then a science
    piece's headline and byline over its body, an ad under it; blank lines between blocks:
    each story gets its own headline and byline (the ad's lines head neither)."""
    res = split_page(blocks(
        "zh",
        "深夜十一点，县人民医院急诊科的灯还亮着。护士长韦丽娟刚送走一名突发心绞痛的老人，顾不上喝口水，又推着抢救车走向下一张病床。",
        "今年是韦丽娟在急诊科工作的第22年。22年来，她参与抢救的危重病人超过1.8万人次，带出的年轻护士已有60多名。",
        "“病人能平平安安出院，就是对我们最好的回报。”韦丽娟说。",
        "急诊室里的“定心丸”\n——记县人民医院急诊科护士长韦丽娟",
        "本报记者 覃一帆",
        "秋燥咳嗽，润肺要分清寒热",
        "□ 县中医院 陆 萍",
        "入秋以后，不少市民出现干咳、咽痒等症状。中医认为，秋燥有温燥和凉燥之分，润肺的方法也不一样。",
        "温燥多见于初秋，表现为干咳少痰、口干咽痛，可以适当吃些梨、百合、银耳；凉燥多见于深秋，宜吃些生姜、葱白等辛温之品。",
        "专家提醒，咳嗽持续两周以上，或伴有发热、胸痛，应及时到医院就诊。",
        "明亮眼科医院\n白内障 青光眼 近视矫正",
        "预约热线：6211 3300 地址：河西路8号\n（广告）"))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("急诊室里的“定心丸”", "本报记者 覃一帆"),
        ("秋燥咳嗽，润肺要分清寒热", "□ 县中医院 陆萍")]


def test_an_english_stack_closed_by_its_byline_heads_the_text_above() -> None:
    """English, no blank lines: an ad, a text with no headline over it, then `Credit union
    earnings` / `climb 14% in quarter` / `By …`, then `Tool library opens` / `at Northside
    branch` over a brief with no byline: the byline closes the upper stack, which heads the
    text above it (its headline printed under it); the lower one heads the brief."""
    res = split_page(tight(
        "en",
        "MARSH HOLLOW HARDWARE", "Snow blowers serviced $59", "Call 555-0123 • Open daily",
        "Brantley Credit Union earned $2.8", "million in the third quarter, up 14%",
        "from a year earlier, as loans for", "cars and small boats kept growing.",
        "Chief executive Dana Ostrander said", "deposits rose 6% and the board will",
        "pay a dividend of 12 cents a share.",
        "Credit union earnings", "climb 14% in quarter", "By Ines Whitcombe | Staff Writer",
        "Tool library opens", "at Northside branch",
        "Residents can now borrow drills,", "ladders and garden tools with a",
        "library card. The Northside branch", "lent 140 tools in its first week."))
    assert [(s.headline, s.byline) for s in res.stories] == [
        ("Credit union earnings climb 14% in quarter", "By Ines Whitcombe | Staff Writer"),
        ("Tool library opens at Northside branch", None)]
    assert res.stories[0].paragraphs[0].startswith("Brantley Credit Union earned")
