"""Cue changed in session 29 on invented text, checked to fail on the code before it: a short
line at the top of a page, under its header, over a caption that opens on its day and a photo's
credit a few lines down, is the picture's title, not a section name of the header."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import tight


def test_a_photo_title_under_the_page_header() -> None:
    res = split_page(tight(
        "zh",
        "A07",
        "2024年10月21日 星期一",
        "体育新闻",
        " 头球制胜",
        "10月20日晚，城市足球联赛第18轮，澄川",
        "队后卫阮力（右）头球破门，帮助球队2:1逆",
        "转汀阳队。",
        " 本报记者 庞 岳 摄",
        "澄川队主场2:1逆转汀阳队",
        "\u3000\u3000本报讯（记者 庞岳）10月20日晚，城市足球联赛第18轮在市体育中心",
        "打响，澄川队主场2:1逆转汀阳队，积分升至联赛第三。"))
    # (the photo is heard after the page's lead)
    assert [s.headline for s in res.stories] == ["澄川队主场2:1逆转汀阳队", "头球制胜"]
    assert res.stories[1].byline == "本报记者 庞岳摄"
    assert "头球制胜" not in " ".join(res.skipped)
