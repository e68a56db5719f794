"""normalize_article: the headline stack as "headline" segments, paragraphs as "body", every
text normalised, and the Script round-trips through JSON like every stage's output."""
from __future__ import annotations

import json

from audiopaper.model import Article, Script
from audiopaper.normalize import Lexicon, normalize_article


def test_article_becomes_script() -> None:
    article = Article(id="a3", kicker="前5月经济运行", headline="规上工业产值增长11.2%",
                      subheadline=None, byline="本报讯（记者 方雯）",
                      paragraphs=("今年1-5月，全县128家企业实现产值186.4亿元。", "  ",
                                  "6月17日9:00，气温超过32℃。"))
    script = normalize_article(article, "zh", Lexicon({"规上": "规模以上"}))
    assert [(s.role, s.text) for s in script.segments] == [
        ("headline", "前五月经济运行"),
        ("headline", "规模以上工业产值增长百分之十一点二"),
        ("body", "今年一到五月，全县一百二十八家企业实现产值一百八十六点四亿元。"),
        ("body", "六月十七日九点，气温超过三十二摄氏度。"),
    ]
    assert script.segments[1].pause_after_ms > script.segments[0].pause_after_ms > 0
    assert (script.article_id, script.lang, script.title) == ("a3", "zh", "规上工业产值增长11.2%")
    assert Script.from_dict(json.loads(json.dumps(script.to_dict()))) == script


def test_english_article() -> None:
    article = Article(id="a1", headline="Council weighs $4.2 million in cuts",
                      paragraphs=("The hearing is at 6 p.m. May 28.",))
    script = normalize_article(article, "en")
    assert [s.text for s in script.segments] == [
        "Council weighs four point two million dollars in cuts",
        "The hearing is at six p m May twenty-eighth.",
    ]
