"""Cues added in session 17's third round for Chinese feature and opinion pages, each on
invented text and each checked to fail on the code before it: cross-heads in square brackets
between a feature's paragraphs, a picture's caption after a pull quote set into the text, a
commentary's signature with the writer's post in brackets, where readers send letters, an
essay going on past a picture set into a word, an essay's signature run into its text, a
brief's head as wide as its narrow column, three phrases with figures under a headline, and a
picture's title the tables would name a column."""
from __future__ import annotations

from functools import partial

from audiopaper.split import split_page
from tests.split.build import blocks, text, tight

zh = partial(tight, "zh", page_no=3)

STACK = ("把一间旧仓库开成“社区书房”", "——记“半山书房”创办人柯晚晴", "本报记者 岑川 通讯员 易帆")
OPENING = ("周六下午三点，南城老街32号的旧仓库里坐满了人。二十多个孩子围着长桌听故事，家长们在书架间"
           "轻声翻书。", "这里是“半山书房”，南城第一家由居民自办的社区书房。站在最后一排，能看见整条老街的屋顶，"
           "也能听见巷子里卖豆花的吆喝声。")
MIDDLE = ("柯晚晴今年38岁，南城本地人，做过十年出版社编辑。2019年，她拿出全部积蓄租下这间仓库，"
          "自己动手刷墙、钉书架。",
          "“当时大家都说我傻，老街哪有人来看书？”柯晚晴笑着回忆，头一个月只办出去六张借书证，"
          "她就挨家挨户去送书单。")
LATER = ("如今，“半山书房”每年办活动超过200场，借书证发出去三千多张。书房还开设了老人读报班，"
         "每周二上午准时开讲。",
         "今年，柯晚晴又有了新打算：把书房的书架搬进老街的每一家小店，让买菜的人也能顺手借走一本书，"
         "看完了再还到另一家店里。")


def test_cross_heads_in_brackets_are_paragraphs_of_the_feature() -> None:
    """`【从旧仓库起步】` between two paragraphs is the feature's cross-head, read with its
    text, not a column's logo skipped nor the headline of another story."""
    res = split_page(zh(*STACK, *OPENING, "【从旧仓库起步】", *MIDDLE, "【让街坊走进书房】", *LATER))
    assert [s.headline for s in res.stories] == ["把一间旧仓库开成“社区书房”"]
    assert "【从旧仓库起步】" in res.stories[0].paragraphs
    assert "【让街坊走进书房】" in res.stories[0].paragraphs


def test_a_caption_after_a_pull_quote_set_into_the_text_is_the_photos() -> None:
    """A paragraph to a line: a pull quote set into the text, then a paragraph saying who
    stands where over a credit is the picture's caption; the text goes on past it."""
    res = split_page(zh(*STACK, *OPENING, "“老街哪有人来看书？我偏要试一试。”", *MIDDLE,
                        "柯晚晴（左）在给孩子们讲绘本故事。", "本报记者 岑川 摄", *LATER))
    photo = next(s for s in res.stories if s.byline == "本报记者 岑川 摄")
    assert photo.paragraphs == ["柯晚晴（左）在给孩子们讲绘本故事。"]
    assert res.stories[0].paragraphs[-1].startswith("今年，柯晚晴又有了新打算")


def test_a_commentary_signed_with_the_writers_post_in_brackets() -> None:
    """`□ 郑和声（南城师范学院教师）` under a commentary's headline is its byline."""
    res = split_page(zh("别让“打卡”替代了阅读", "□ 郑和声（南城师范学院教师）",
                        "最近，城南一家“网红书店”火了。周末去看，店里人头攒动，可真正在读书的没几个。",
                        "书店是读书的地方，不只是拍照的布景。希望更多人拍完照之后，能坐下来翻开一本书。"))
    assert (res.stories[0].headline, res.stories[0].byline) == (
        "别让“打卡”替代了阅读", "□ 郑和声（南城师范学院教师）")


def test_where_readers_send_letters_is_skipped() -> None:
    """`来信请发送至：…` under the letters is a contact line, not a headline's first part."""
    res = split_page(zh("建议公交站台增设座椅", "读者 万家禾",
                        "我家附近的公交站是个大站，每天早晚高峰候车的老人不少，可站台上只有一条长椅。",
                        "来信请发送至：duzhe@nancheng.example 或寄南城都市报评论部",
                        "“躺平”的共享单车", "程小禾 作"))
    assert "来信请发送至" not in " ".join(filter(None, (s.headline for s in res.stories)))
    assert "来信请发送至" not in text(res)


def test_an_essay_going_on_past_a_picture_set_into_a_word() -> None:
    """A narrow column, no blank lines: the essay breaks off inside a word (`…阴`), a picture's
    title, caption and credit, and the text goes on (`干的桂花…码进玻璃` / `罐，…`): the line
    under the credit, full and without a pause, is the essay's, not another story's headline."""
    res = split_page(zh("外婆的桂花糖", "□ 任小棠",
                        "外婆家的院子里有两棵桂树，一棵", "金桂，一棵银桂，是外公年轻时从",
                        "山里挖回来的。拣好的桂花要摊在", "竹匾里阴干。外婆说，桂花怕晒，",
                        "太阳一晒，香气就跑了。阴", "芦荡秋色", "10月20日，南城湿地公园的",
                        "芦苇进入最佳观赏期，白鹭", "在芦荡间起落。", "读者 孔令舟 摄",
                        "干的桂花和白糖一层一层码进玻璃", "罐，最上面再压一层糖，封好口，",
                        "放在碗柜最高的一格。", "那罐桂花糖，是我整个冬天的盼头。",
                        "下雪的早晨，外婆煮一锅酒酿圆子，", "舀一小勺桂花糖撒在上面，金黄的",
                        "花瓣在热气里慢慢舒展开来。我捧", "着碗，舍不得一口喝完。"))
    assert [s.headline for s in res.stories] == ["外婆的桂花糖", "芦荡秋色"]
    assert "阴干的桂花和白糖一层一层码进玻璃罐，最上面再压一层糖，" in "".join(res.stories[0].paragraphs)


def test_an_essays_signature_run_into_its_first_line() -> None:
    """`□ 曹一苇 老街南头的杂货铺，` under the essay's headline: the signature is its byline,
    the rest of the line its text."""
    res = split_page(zh("老街的秤", "□ 曹一苇 老街南头的杂货铺，", "柜台上一直放着一杆木秤。秤杆",
                        "是枣木的，被几代人的手磨得油", "亮，秤星却一颗不少。"))
    assert (res.stories[0].byline, res.stories[0].paragraphs[0][:6]) == ("□ 曹一苇", "老街南头的杂")


def test_a_briefs_head_as_wide_as_its_narrow_column() -> None:
    """Under a column head, a brief's head filling a narrow column, its words said again by
    the text under it (`第五届南城湾马拉松开放报名` / `第五届南城湾马拉松赛将于12`), is the
    brief's headline, not its text's first line."""
    res = split_page(blocks("zh", "要闻速览",
                            "南城港10月集装箱吞吐量同比增长14%\n本报讯 （记者 宁 远）记者\n"
                            "从南城港务集团获悉，10月南城港\n完成集装箱吞吐量18.6万标箱，同\n"
                            "比增长14%。",
                            "第五届南城湾马拉松开放报名\n第五届南城湾马拉松赛将于12\n"
                            "月15日鸣枪开跑，即日起开放报名。\n本届赛事设全程马拉松、半程马拉\n"
                            "松和5公里健康跑3个项目。（通讯员 韦 琳）",
                            "南城北站新增4对往返省城动车\n本报讯 （记者 阮 晴）记者\n"
                            "从铁路部门获悉，11月8日起，南\n城北站新增4对往返省城的动车。"))
    assert [s.headline for s in res.stories] == [
        "南城港10月集装箱吞吐量同比增长14%", "第五届南城湾马拉松开放报名", "南城北站新增4对往返省城动车"]


def test_three_phrases_with_figures_under_a_headline_are_its_line() -> None:
    """`新开3条 调整9条 撤销2条` under a headline's line and over its byline is the headline's
    second line, not a slogan: a slogan counts no figures."""
    res = split_page(blocks("zh", "11月10日起 城区公交线网优化调整\n新开3条 调整9条 撤销2条",
                            "本报记者 詹晓彤", "记者昨日从市交通运输局\n获悉，为进一步提升城区公交\n"
                            "服务水平，我市将于11月10日\n起对城区公交线网进行优化调\n整，涉及线路14条。"))
    assert res.stories[0].headline == "11月10日起 城区公交线网优化调整 新开3条 调整9条 撤销2条"


def test_a_photos_title_the_tables_would_name_a_column() -> None:
    """` 安全知识进课堂` over a caption opening on its day and a credit: the picture's title,
    though a column of that name (`…课堂`) would be a logo."""
    res = split_page(blocks("zh", "南城日报\n2024年9月4日 星期三", "南城天气\n今天：多云 19℃～28℃",
                            " 安全知识进课堂\n9月2日，在城关镇中心小学，消防员为学生们\n"
                            "讲授“开学第一课”，教孩子们认识消防器材。\n 记者 蒙 涛 摄",
                            "全县教育工作大会召开\n本报讯 （记者 杭静）9月3日，全县教育工作\n"
                            "大会召开，会议部署了新学年重点工作。",
                            "城东菜市场改造完工\n本报讯 经过三个月的改造，城东菜市场日前\n"
                            "重新开门迎客，新增摊位120个。"))
    photo = next(s for s in res.stories if s.byline and s.byline.endswith("摄"))
    assert photo.headline == "安全知识进课堂"
