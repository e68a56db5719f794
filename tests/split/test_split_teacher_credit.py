"""A teacher's credit under a pupil's piece (`（指导老师：汪蕾）`, `指导教师 许静`) is a credit,
skipped, as an editor's is: not the headline of a story of its own nor a line of the piece
(cue added in session 33 from set 121's school pages; fails on the code before it)."""
from __future__ import annotations

import pytest

from audiopaper.model import Page
from audiopaper.split import split_page

# wrapped column lines, blocks set apart by blank lines, the credit a block of its own
WRAPPED = ["家乡的石板桥", "",
           "城南小学五年级（3）班 陈小满", "",
           "　　外婆家门前有一座石板桥，桥下的小河一年四季流个不停。每到夏天，我和表哥就坐在桥边",
           "钓鱼，听外婆讲她小时候的故事。", "",
           "　　去年，村里修了新的水泥路，石板桥却留了下来。外婆说，桥老了，可走的人心里踏实。", "",
           "{credit}", "",
           "小记者走进消防站", "",
           "　　3月12日，二十名小记者走进城东消防站，参观了消防车和救援装备，还学会了使用灭火器。"]
# one line to a paragraph, no blank lines, the pupil's byline after the piece, the credit under it
TIGHT = ["家乡的石板桥",
         "外婆家门前有一座石板桥，桥下的小河一年四季流个不停。每到夏天，我和表哥就坐在桥边钓鱼，听外婆讲她小时候的故事。",
         "去年，村里修了新的水泥路，石板桥却留了下来。外婆说，桥老了，可走的人心里踏实。",
         "城南小学五年级（3）班 陈小满",
         "{credit}",
         "本报讯（记者 秦朗）3月12日，二十名小记者走进城东消防站，参观了消防车和救援装备，还学会了使用灭火器。"]


@pytest.mark.parametrize("shape", [WRAPPED, TIGHT], ids=["wrapped", "tight"])
@pytest.mark.parametrize("credit", ["（指导老师：汪蕾）", "指导教师 许静", "（指导老师：王一、李晓红）"])
def test_a_teachers_credit_under_a_pupils_piece_is_skipped(shape: list[str], credit: str) -> None:
    lines = tuple(line.replace("{credit}", credit) for line in shape)
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=lines))
    assert credit in res.skipped
    assert all(credit not in f"{s.kicker}{s.headline}{s.subheadline}{s.byline}{''.join(s.paragraphs)}"
               for s in res.stories)
    assert any(s.paragraphs and s.paragraphs[-1].endswith("心里踏实。") for s in res.stories)
    assert any(s.paragraphs and s.paragraphs[0].startswith("3月12日，二十名") for s in res.stories)
