"""A Chinese question column: each item's headline is one question over a reader's turn (`读者问：`,
`市民李女士问：`), the answer under it; the question is the headline whatever the page's shape,
also where each paragraph is one line (cue widened in session 32 from `问：` turns to any asker's,
checked to fail on the code before it)."""
from __future__ import annotations

from audiopaper.model import Page
from audiopaper.split import split_page

ITEMS = [
    ("晚上总是腿抽筋，是缺钙吗？",
     "　　读者问：我今年58岁，最近半年晚上睡觉时常常小腿抽筋，一抽就疼醒。家里人让我多喝骨头汤补钙，喝了也不见好。请问这是怎么回事？",
     "　　专家答：夜间腿抽筋的原因很多，缺钙只是其中之一。受凉、白天走路太多、睡姿不好，都可能诱发抽筋。骨头汤里的钙含量其实很低，靠它补钙效果有限。",
     "（答疑专家：市第一人民医院骨科主任医师 韦明哲）"),
    ("孩子近视了，戴眼镜会越戴越深吗？",
     "　　市民李女士问：女儿今年上三年级，学校体检查出近视150度。我担心一戴眼镜度数就会越来越深，想先不戴，可以吗？",
     "　　专家答：这是很多家长的误解。近视度数加深主要和用眼习惯、户外活动时间有关，而不是戴眼镜造成的。不戴眼镜看不清，孩子反而更容易眯眼、凑近看，加重视疲劳。",
     "（答疑专家：市眼科医院小儿眼科副主任医师 蒲佳音）"),
    ("体检说有脂肪肝，要吃药吗？",
     "　　网友“老陈”问：单位体检，B超提示轻度脂肪肝，转氨酶正常。我平时不喝酒，就是应酬多、不爱运动。需要吃保肝药吗？",
     "　　专家答：轻度脂肪肝且肝功能正常，一般不需要吃药。关键是管住嘴、迈开腿：少吃油炸食品和甜食，晚餐七分饱，每周至少运动150分钟，半年后复查。",
     "（答疑专家：市中医院消化内科主任医师 邢晓岚）"),
]


def test_each_question_over_an_askers_turn_is_its_items_headline() -> None:
    lines = ["健康问答", ""]
    for item in ITEMS:
        lines += [*item, ""]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(lines)))
    assert [s.headline for s in res.stories] == [q for q, *_ in ITEMS]
    assert all(s.paragraphs[0].startswith(item[1].strip()[:6]) for s, item in zip(res.stories, ITEMS))


def test_without_blank_lines_too() -> None:
    lines = ["健康问答", *[x for item in ITEMS for x in item]]
    res = split_page(Page(source="p6.txt", lang="zh", page_no=6, lines=tuple(lines)))
    assert [s.headline for s in res.stories] == [q for q, *_ in ITEMS]
