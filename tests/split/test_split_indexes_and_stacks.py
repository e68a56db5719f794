"""Cues added in session 17's first round, each on invented text and each checked to fail on
the code before it: an index box's teasers ending on their page, a weather line with the
wind's force among its items, a two-line stack between two bodies going with the body below
it, and figures in the last line of a short lead that do not make its column narrower."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line

LEAD = ("本报讯（记者 郝文澜）12月3日，全市冬季供暖工作推进会召开。会议要求各供热企业"
        "提前检修管网，确保居民室内温度不低于18摄氏度。")
MORE = "据统计，今年全市新增集中供热面积210万平方米，改造老旧管网46公里。"


def test_index_teasers_ending_on_their_page_are_skipped() -> None:
    """`冒名上门收费 老人被骗两万元 3版` under `今日导读` is a teaser of the index box, not
    the first lines of the lead's headline."""
    page = every_line("zh", "鹿鸣日报", "2024年12月4日 星期三 第3110期", "今日导读",
                      "冒名上门收费 老人被骗两万元 3版", "冬储白菜开卖，每斤八毛 4版",
                      "全市冬季供暖工作推进会召开", LEAD, MORE)
    res = split_page(page)
    assert res.stories[0].headline == "全市冬季供暖工作推进会召开"
    assert "冒名上门收费 老人被骗两万元 3版" in " ".join(res.skipped)


def test_a_weather_line_with_the_winds_force_among_its_items_is_skipped() -> None:
    """`西南风3-4级 紫外线强度：中等` is the last line of a weather box set into a story:
    it heads no story, and the text after the box goes on the story above."""
    page = every_line("zh", "全市冬季供暖工作推进会召开", LEAD, "鹿鸣天气", "12月4日 多云转晴",
                      "-3℃～6℃", "西南风3-4级 紫外线强度：中等", MORE)
    res = split_page(page)
    assert [s.headline for s in res.stories] == ["全市冬季供暖工作推进会召开"]
    assert "".join(res.stories[0].paragraphs).endswith(MORE)
    assert "西南风3-4级 紫外线强度：中等" in " ".join(res.skipped)


def test_a_two_line_stack_between_two_bodies_goes_with_the_body_below() -> None:
    """A story cut by a data box, then a headline in two lines with a byline, then a text:
    the headline's first line is the text's below, not a headline printed after the cut
    story's second half (a Chinese headline stands over its body more often than under it)."""
    page = blocks(
        "zh", "鹿鸣日报　2024年12月4日　星期三　　经济　　5",
        "11月我市社会消费品零售总额增长6.2%", "本报记者 房晓川",
        "记者从市统计局获悉，11月，全市实现社会消费品零售总额86.4亿元，同比增长6.2%；其中限额以上"
        "单位零售额31.7亿元，同比增长8.9%。",
        "从商品类别看，升级类商品销售较快。11月，全市新能源汽车零售额同比增长41.3%，智能家电零售额"
        "同比增长17.6%，通讯器材类零售额增长12.4%，",
        "消费数读\n社零总额　86.4亿元　　同比　+6.2%\n限上零售　31.7亿元　　同比　+8.9%\n"
        "数据来源：市统计局",
        "金银珠宝类零售额则同比下降3.5%。多家商场负责人表示，12月以来客流明显回升，但顾客在价格上仍较为谨慎。",
        "业内人士预计，随着年末消费旺季到来，12月至明年1月零售市场有望继续保持平稳增长。",
        "取暖补贴本月起陆续到账", "这些人可以申领", "本报记者 涂安宁",
        "记者从市民政局获悉，今年冬季取暖补贴将于12月起发放到户。记者就市民关心的问题采访了"
        "相关负责人。",
        "问：哪些家庭可以申领补贴？",
        "答：城乡低保家庭、特困供养人员和享受定期抚恤补助的优抚对象，均可申领每户每月200元的取暖补贴。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "11月我市社会消费品零售总额增长6.2%", "取暖补贴本月起陆续到账 这些人可以申领"]
    assert res.stories[1].byline == "本报记者 涂安宁"


def test_figures_in_the_last_line_of_a_short_lead_do_not_narrow_its_column() -> None:
    """A column of twelve cells with a blank line after every line: `任泽）9 月 8 日，鹿城县`
    is set in the column (its figures a whole cell each), so the paragraph after the lead is
    no story of another column's, and the commentary's head stays over the commentary."""
    page = every_line(
        "zh", "鹿城县首届冬季农产品年货节开幕", "百余种年货集中展销",
        "本报讯 （记者 纪然 通讯员", " 任泽）9 月 8 日，鹿城县", "首届冬季农产品年货节在梅",
        "溪镇商贸中心开幕。",
        "全县36个村的合作社和家", "庭农场带来腊肉、香菇、冬笋",
        "等百余种年货集中展销，开", "幕当天销售额达到92万元。",
        "活动现场，腊味制作比赛、", "冬笋品鉴会轮番上演，吸引", "周边县市游客8000余人次。",
        "冬日出行更需绷紧安全弦", "本报评论员",
        "寒潮来临，路面结冰。在出", "行的路上，有一根弦一刻也", "不能松，那就是安全。",
        "各级各部门要把巡查的脚步", "迈进路口桥头，每一位司机", "也要守住慢行的底线。",
        "记者从县交通运输局获悉，", "今年以来，我县新增农村公", "路安全防护设施84公里。",
        "全县新增农村公路防护栏84公里", "本报记者 林一帆")
    res = split_page(page)
    heads = {s.headline: s for s in res.stories}
    assert "冬日出行更需绷紧安全弦" in heads
    assert heads["冬日出行更需绷紧安全弦"].paragraphs[0].startswith("寒潮来临")
    assert heads["百余种年货集中展销"].paragraphs[-1].startswith("活动现场")


def test_a_two_line_headline_on_a_page_of_a_paragraph_to_a_line() -> None:
    """A paragraph to a line, a blank line only between stories: two short lines without a
    pause over a text's first line, printed in one block with it, are the next story's
    headline, not two paragraphs of the story above."""
    page = blocks("zh", "2　2024年12月4日　星期三　综合新闻", "全市冬季供暖工作推进会召开\n" + LEAD + "\n" + MORE,
                  "2025年度城乡居民医保开始缴费\n个人缴费标准每人每年400元\n"
                  "记者从市医疗保障局获悉，2025年度城乡居民基本医疗保险集中缴费工作已于9月1日启动，"
                  "集中缴费期截至12月31日。\n"
                  "特困人员、孤儿的个人缴费部分由财政全额资助，低保对象按每人每年200元标准给予资助，"
                  "参保群众可通过手机银行缴费，也可到村（社区）便民服务点现场缴费。",
                  "城东菜市场改造完工\n经过三个月的改造，城东菜市场日前重新开门迎客，新增摊位120个，"
                  "地面、排水和照明设施全部更新，市民买菜更加方便舒心。")
    res = split_page(page)
    assert [s.headline for s in res.stories] == [
        "全市冬季供暖工作推进会召开", "2025年度城乡居民医保开始缴费 个人缴费标准每人每年400元",
        "城东菜市场改造完工"]
