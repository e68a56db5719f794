"""Cues added in session 26 on invented text, each checked to fail on the code before it:
a graphic's labels over its credit, bulleted paragraphs in a narrow column, a pull quote in
single marks with a hyphen before its speaker, a scoring summary in typewriter hyphens or
wrapped by its column, and a ranked list (a chart, a bestseller box) with its titles."""
from __future__ import annotations

from audiopaper.split import split_page
from tests.split.build import blocks, every_line, heard


def test_a_maps_labels_over_its_credit_are_no_story() -> None:
    # a route map's title, station names and legend, then `制图 X X` (no colon), set between
    # two stories' blocks; the timeline over a credit of the same shape
    res = split_page(blocks(
        "zh",
        "3\n城建\n2025年4月8日　星期二",
        "环城绿道北段今日开放\n本报记者 柯 岚",
        "环城绿道北段今天上午正式向市民开\n放。北段全长12.4公里，串联起3座公\n园和2处湿地。"
        "\n市园林局介绍，北段设置了6处驿站，\n可提供饮水、充电和休息服务。",
        "北段线路示意图\n白鹭湾\n柳林公园\n①\n北湖湿地\n②\n◎驿站\n制图 罗 青",
        "绿道建设大事记\n2022年3月　规划获批\n2023年9月　北段开工\n2025年4月　北段开放\n制图 罗 青",
        "市民骑行热情高\n本报讯（记者 柯岚）开放首日，不少市民\n带着自行车前来体验。骑行爱好者\n"
        "周女士说，绿道平整，风景也好。"))
    heads = [s.headline for s in res.stories]
    assert heads == ["环城绿道北段今日开放", "市民骑行热情高"]
    said = heard(res)
    assert "柳林公园" not in said and "规划获批" not in said
    assert "可提供饮水、充电和休息服务。" in res.stories[0].paragraphs[-1]


def test_bulleted_paragraphs_in_a_narrow_column_stay_text() -> None:
    # each paragraph opens on a square and a label; the column cuts it after a comma or
    # after a full stop: running text, no index's teasers
    res = split_page(blocks(
        "zh",
        "6\n民生\n2025年3月2日　星期日",
        "医保新政这样用\n本报记者 姜 禾",
        "3月1日起，我市医保报销政策调整。\n记者梳理了几项变化。\n■门诊：普通门诊报销比例提高5个\n"
        "百分点。全年封顶线同步上调。\n■住院：异地住院备案后，可直接结\n算，不再垫付。\n"
        "■药品：新增42种药品纳入目录，\n多为慢性病用药。",
        "春季义诊活动周末举行\n本报讯（记者 姜禾）本周六，市第一人民\n医院将在人民广场举办义诊活动。"))
    first = res.stories[0]
    assert first.headline == "医保新政这样用"
    body = "".join(first.paragraphs)
    for part in ("百分点。全年封顶线同步上调。", "算，不再垫付。", "多为慢性病用药。"):
        assert part in body
    assert "住院：异地住院备案后，可直接结" in body


def test_a_pull_quote_in_single_marks_with_a_hyphen_before_its_speaker() -> None:
    # a British page: the quotation in single marks, `- Name, Firm` under it, between two
    # paragraphs of one story (one line a paragraph, blank lines between blocks)
    res = split_page(blocks(
        "en",
        "18 BUSINESS Harlow Evening News Tuesday 4 March 2025",
        "Ferris Mills to shut Harlow dye works\nBy Nina Shaw, Business Reporter",
        "Ferris Mills is to close its dye works in Harlow with the loss of 85 jobs, the firm said yesterday.\n"
        "The works has run at a loss for three years as orders moved to cheaper plants abroad.\n"
        "Its owners said energy costs at the site had doubled since 2021 and could not be passed on.\n"
        "'There is no version of this plan that keeps the doors open,' managing director Owen Ferris said.",
        "'There is no version of this plan that keeps the doors open'\n- Owen Ferris, Ferris Mills",
        "Mr Ferris said staff would be offered roles at the firm's Leeds site, 40 miles away.\n"
        "The union said it would seek talks with the company this week.\n"
        "A 45-day consultation with the workforce began on Monday.",
        "Bakery opens second shop\nA Harlow bakery has opened a second shop on Market Street, creating six "
        "jobs.\nThe owners said trade at their first shop had grown by a quarter in two years."))
    first = res.stories[0]
    assert first.headline == "Ferris Mills to shut Harlow dye works"
    assert first.paragraphs[-1].endswith("A 45-day consultation with the workforce began on Monday.")
    assert "roles at the firm's Leeds site" in " ".join(first.paragraphs)
    assert [s.headline for s in res.stories[1:]] == ["Bakery opens second shop"]
    assert "- Owen Ferris" not in heard(res)


def test_scoring_rows_in_typewriter_hyphens_and_wrapped_rows_are_no_story() -> None:
    # a scoring summary set into a story's sentence (`MC - Dietz 41 pass…`), and one whose
    # rows the column wrapped (`(Ferraro` / `kick); RID — …`, `… pass from` / `Marchetti…`)
    res = split_page(blocks(
        "en",
        "PREP FOOTBALL\nHawks edge Millbrook, 21-17\nBy Dale Vance\nSports Writer",
        "MILLBROOK -- The Hawks trailed for most of the night. Then\nquarterback Sam Ortiz "
        "found his rhythm, and\nthe visitors scored twice in the final\nquarter to win.\n"
        "Millbrook scored on its first drive when\nrunning back Eli Crane broke a long run on\nthe "
        "game's third play, and",
        "SCORING SUMMARY\nHawks 0 7 0 14 - 21\nMillbrook 7 3 7 0 - 17\nMB - Crane 44 run (Lowe kick)\n"
        "HK - Ortiz 3 run (Diaz kick)\nMB - FG Lowe 28\nMB - Crane 8 pass from Reyes (Lowe kick)",
        "the Mustangs led 17-7 after three quarters.\nOrtiz threw two touchdown passes in the "
        "fourth\nquarter, the second with 31 seconds left.",
        "Ridgeline 14, Carver 10\nFirst quarter: RG — Penn 6 run (Soto\nkick); CV — FG Ames 22\n"
        "Fourth quarter: RG — Lind 12 pass from\nMarchetti (Soto kick); RG — Penn 31 pass\n"
        "from Marchetti (Soto kick)",
        "Otters win home opener\nBy Tess Greer\nCORRAN FALLS — Brynn Adams scored 22 points, and "
        "Corran\nValley State beat Lakemont 71-66 on Sunday."))
    heads = [s.headline for s in res.stories]
    assert heads == ["Hawks edge Millbrook, 21-17", "Otters win home opener"]
    said = heard(res)
    assert "Crane 8 pass" not in said and "Marchetti (Soto kick)" not in said
    assert "the second with 31 seconds left." in res.stories[0].paragraphs[-1]


def test_a_ranked_list_and_its_titles_are_a_box() -> None:
    # a chart of five ranked items (`1 《…》 singer`) under its title, between a photo and a
    # review; and a bestseller list (`1. Title, Author`) under a title and its source line
    res = split_page(blocks(
        "zh",
        "8\n文娱\n2025年5月10日　星期六",
        "春季音乐节闭幕\n本报讯（记者 温岚）为期三天的春季音乐节\n昨晚在滨江公园闭幕，共有2.6万人次入园。",
        "本周金曲榜\n1 《江风》 林一舟\n2 《晚渡》 白露乐队\n3 《桥》 程晓\n4 《归帆》 邵青\n5 《雨巷》 合唱团",
        "《归帆》：把乡愁唱轻了\n□ 叶舒\n新专辑的主打歌《归帆》并不煽情。歌手\n用很轻的声音唱码头和渡船，反倒让人\n记住了。"))
    assert [s.headline for s in res.stories] == ["春季音乐节闭幕", "《归帆》：把乡愁唱轻了"]
    assert "林一舟" not in heard(res) and "金曲榜" not in heard(res)
    en = split_page(blocks(
        "en",
        "C4 BOOKS The Harwick Courier Sunday, May 11, 2025",
        "A quiet novel about a loud family\nReviewed by Ann Dole\nThe Pellmans argue about everything, "
        "and Rosa Vance lets them.\nHer third novel is her best yet.",
        "BESTSELLERS\nHarbor Books, week ending May 4\n1. The Salt Road, Ivo Marsh\n2. Night Ferry, "
        "T.R. Collins\n3. A House of Gulls, Dana Reyes\n4. Lantern Year, Mae Holt",
        "Library adds Sunday hours\nThe Harwick Public Library will open from noon to 4 p.m. on Sundays "
        "starting in June."))
    assert [s.headline for s in en.stories] == ["A quiet novel about a loud family", "Library adds Sunday hours"]
    assert "Salt Road" not in heard(en) and "BESTSELLERS" not in heard(en) and "week ending" not in heard(en)


def test_a_jump_marker_the_column_wrapped_after_its_page_number() -> None:
    # `（下转5` / `版）`: the marker's tail alone on a line ends the story, which jumps, and
    # heads nothing (a blank line after every line, narrow columns)
    res = split_page(every_line(
        "zh",
        "1", "要闻", "2025年9月10日　星期三",
        "乡村学校迎来新老师",
        "本报讯（记者 邹蔓）今年秋季学期，全县",
        "共有86名新教师走上乡村学校讲台。",
        "在白沙镇中心小学，新教师孟晓雨带",
        "的是三年级。她说，自己小时候就在镇上",
        "读书，如今回来，是想让孩子们在家门",
        "口也能上好学。（下转5",
        "版）",
        "秋季流感疫苗开始接种",
        "本报讯（记者 邹蔓）记者从县疾控中心获",
        "悉，今年秋季流感疫苗本周起开始接种。",
        page_no=1))
    first = res.stories[0]
    assert first.continued_to == 5 and first.paragraphs[-1].endswith("口也能上好学。")
    assert [s.headline for s in res.stories] == ["乡村学校迎来新老师", "秋季流感疫苗开始接种"]



def test_a_notice_ends_on_its_issuers_date_under_the_closing_formula() -> None:
    # a paid death notice closes on `特此讣告。` and the issuer with the date on one line; the
    # headline and text under it are the next story's, not the notice's tail
    res = split_page(blocks(
        "zh",
        "2\n乡镇·社会\n2025年6月3日　星期二",
        "讣告\n县实验小学退休教师柯明远先生，因病医治无效，于2025年5月30日逝世，享年84岁。\n"
        "特此讣告。\n柯明远治丧小组 2025年6月1日",
        "石桥镇为留守儿童开办“假日课堂”",
        "6月1日，石桥镇“假日课堂”在镇中心小学开班，首批招收留守儿童120名。\n"
        "“暑假在家没人管，来这里有老师教作业。”五年级学生杨小雨说。"))
    assert [s.headline for s in res.stories] == ["石桥镇为留守儿童开办“假日课堂”"]
    assert res.stories[0].paragraphs[0].startswith("6月1日，石桥镇")
    assert "柯明远" not in heard(res)


def test_a_letters_policy_ends_at_its_address_row() -> None:
    # under the last letter's signature, the letters policy ends on its `Email:` row at the
    # end of its block; the guest essay under it keeps its label, headline and text
    res = split_page(blocks(
        "en",
        "A4 OPINION The Hollis Falls Record Thursday, May 8, 2025",
        "LETTERS TO THE EDITOR",
        "Keep the pool open in August",
        "My children learned to swim at the town pool, and so did I. Closing it two weeks early "
        "to save $6,000 is a poor trade for a town this size.\nNora Beale, Hollis Falls",
        "Fix the crosswalk on Elm",
        "Drivers roll through the crosswalk at Elm and Third every morning while children wait "
        "to cross. A flashing light would cost little and save a lot.\nRay Dunning, East Hollis",
        "WRITE TO US\nLetters should be 250 words or fewer and include your name and town. "
        "We edit for length.\nEmail: letters@hollisfallsrecord.example",
        "GUEST ESSAY",
        "What my mother's garden taught me\nabout patience",
        "My mother planted her garden every April, whatever the weather. She said the ground "
        "knew more than the calendar did.\nShe was right more often than not. The tomatoes "
        "always came, late or early, and she never once pulled a plant too soon."))
    essay = res.stories[-1]
    assert essay.headline == "What my mother's garden taught me about patience"
    assert essay.paragraphs[0].startswith("My mother planted her garden")
