"""Generate labelled newspaper pages (page.txt + gold.json, corpus schema) from gold articles.

The stories of existing gold files (their headline stacks, paragraphs, photo captions, briefs)
are laid out again as NEW extracted pages: re-wrapped to another column width, with the
headline stack before, after or inside the body, bylines printed another way, photos, pull
quotes and data boxes breaking into bodies, a brief column with run-in heads, invented
page furniture, jumps to a second page of the same edition, and the extraction printed in
one of the shapes real PDF-to-text tools leave (blank line after every line, blank lines
between blocks, no blank lines; CRLF, BOM, GB18030, justified runs of spaces).  The gold
follows ../shared/corpus/README.md, and every non-blank line of the page lies in exactly
one gold field, one jump marker or one `skipped` entry (`check_accounting` proves it).

Everything is drawn from `random.Random(seed)`: the same sources and seed give the same
bytes.  Every knob can also be set (see `Knobs`).

    python tests/split/pagegen.py --from GOLD_OR_DIR... --out DIR --count N --seed S \
        [--shape lines|blocks|tight[+crlf|+bom|+gb18030|+spaced]] [--lang zh|en] [--editions P]

writes N page folders (NAME/page.txt + gold.json; a two-page edition as NAME-p1 and NAME-pN,
which ../shared/tools/eval_split.py runs together).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

WS = re.compile(r"\s+")
SENTENCE_END = tuple("。！？…”’」』.!?\"'")
CLOSE = set("，。、；：？！”’）》」』…,.;:?!)")
OPEN = set("“‘（《「『(")
ZH_UNIT = re.compile(r"[0-9A-Za-z.%:/+\-]+|.", re.DOTALL)
KINDS = ("news", "photo", "commentary", "interview", "brief", "feature")
FIELDS = ("kicker", "headline", "subheadline", "byline")
# textual cues of a Chinese headline stack (README): a line ending so is a kicker / subheadline
ZH_KICKER_END = ("强调", "指出", "要求", "召开", "举行", "开幕", "闭幕", "落幕", "收官")
ZH_SUB_END = ("主持", "出席", "讲话", "作说明")
SHAPES = ("lines", "blocks", "tight")
PARA_SHAPES = ("para", "para_tight")  # one printed paragraph per line (blank lines between or not)
ALL_SHAPES = SHAPES + PARA_SHAPES
EXTRAS = ("crlf", "bom", "gb18030", "spaced")
ZH_DIGITS = "〇一二三四五六七八九"
JUMP_RES = {
    "zh": (re.compile(r"（(?:下转|转)第?(\d+|[一二三四五六七八九十]+)版）"),
           re.compile(r"（(?:上接|接)第?(\d+|[一二三四五六七八九十]+)版）")),
    "en": (re.compile(r"(?:Please[Ss]ee|See)[A-Z][A-Za-z'’\-]*,?(?:on)?(?:Page)?A?(\d+)"),
           re.compile(r"(?:Continuedfrom(?:Page)?|FromPage)A?(\d+)")),
}


def zh_numeral(n: int) -> str:
    """A page number in Chinese numerals (3 -> 三, 12 -> 十二)."""
    if n < 10:
        return ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else ZH_DIGITS[tens]) + "十" + (ZH_DIGITS[ones] if ones else "")


def page_number(s: str) -> int:
    """A jump marker's page number, in digits or Chinese numerals."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (ZH_DIGITS.index(a) if a else 1) * 10 + (ZH_DIGITS.index(b) if b else 0)
    return ZH_DIGITS.index(s)


def norm(s: str | None) -> str:
    return WS.sub("", s or "")


def cells(s: str) -> int:
    """Display width: CJK characters take two cells."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def zh_cued(line: str) -> bool:
    """Would this headline-stack line read as a kicker or subheadline by the README's cues?"""
    s = line.strip()
    return s.startswith("——") or s.endswith(ZH_KICKER_END) or s.endswith(ZH_SUB_END)


def ends_sentence(s: str) -> bool:
    return norm(s).endswith(SENTENCE_END)


# ---- knobs ---------------------------------------------------------------------------------------
@dataclass
class Knobs:
    """What a generated page looks like.  None = drawn from the page's random generator."""

    lang: str | None = None            # zh | en (follows the sources)
    width: int | None = None           # column width: zh 8..34 CJK characters, en 28..75 chars
    indent: str | None = None          # zh: ideo | short | none; en: spaces | none
    headline: str | None = None        # before | after | middle | mixed (where stacks sit)
    wrap_headline: bool | None = None  # long headlines over two lines
    byline: str | None = None          # inline | line | tail | none | mixed
    photo: str | None = None           # none | between | inside (a body)
    pull_quote: bool | None = None     # a skipped pull quote inside a body
    data_box: bool | None = None       # a skipped 数读 / BY THE NUMBERS box inside a body
    briefs: str | None = None          # none | plain | run_in (a brief column)
    furniture: str | None = None       # light | heavy
    jump: str | None = None            # none | out (to a page not generated) | edition
    shape: str | None = None           # lines | blocks | tight
    extras: tuple[str, ...] | None = None  # any of crlf, bom, gb18030 (zh), spaced
    soft_hyphen: bool | None = None    # en: rev-/enue breaks
    spaced_digits: bool | None = None  # zh: 6 月 11 日 printed with spaces
    stories: int | None = None         # main stories on the page (besides photos, briefs)
    # Later variety.  Drawn from a second generator (`xrng`), so a page with all of it off is the
    # page the generator made before it existed; variety=False turns all of it off.
    variety: bool | None = None        # False: none of the knobs below (and no para shapes)
    letters: bool | None = None        # a letters-to-the-editor column (signature = byline)
    quote_place: str | None = None     # line | between | mid: where a pull quote sits in a body
    credit: str | None = None          # classic | varied: photo credits (and 文/图 bylines)
    listing: str | None = None         # none | stocks | cinema | weather: a skipped listing box
    col_head: str | None = None        # plain | spaced: letter-spaced column heads, zh series tags
    jump_form: str | None = None       # classic | varied: 第三版, Please see X, Page A4, From Page A1
    foot: bool | None = None           # classified and house lines at a column foot (skipped)
    # Third wave, from a third generator (`yrng`), so the pages above stay as they were.
    obit: str | None = None            # none | story | notice | both: staff obituaries, paid notice box
    blotter: str | None = None         # none | column (head skipped, items briefs) | log (one story)
    sports: str | None = None          # none | between | inside: recap + box/line score, standings
    qa: bool | None = None             # a Q&A interview (记者：/潘静：, Q:/A:, NAME: turns)
    corrections: str | None = None     # none | one | several: a CORRECTIONS / 更正 box (a brief)
    masthead: str | None = None        # classic | varied: mastheads, ears, page headers
    mid_box: bool | None = None        # a caption or small box inside a sentence of a story
    # Fourth wave, from a fourth generator (`zrng`): with all of it off (False) a page is the page
    # the generator made before it, byte for byte; variety=False turns it off too.
    logo: bool | None = None           # a column logo over one story: zh 今日评论/港城对话… (skipped),
                                       # en OUR VIEW/MY TURN/GUEST COLUMN… (that story's kicker)
    deck_block: bool | None = None     # en: decks in the headline's block, in wider lines (subheadline)
    prose_spaces: bool | None = None   # en: runs of 2-4 spaces between words inside prose lines
    run_in_wrap: bool | None = None    # run-in brief heads: zh heads wrapping over the line end
                                       # (…周六开 / 幕 10月24日…), en run-in heads (wrapped or not)
    obit_dates: bool | None = None     # en: obituaries with a life-dates line under the name (subheadline)
    split_word: bool | None = None     # en: a photo caption + credit between the halves of a hyphen-
                                       # broken word of a story's sentence (two- / caption / story)
    after_box: bool | None = None      # zh: a stack printed after its body (blocks shape) with a tide or
                                       # price table (数据来源 line, skipped) inside one of its paragraphs

    def fill(self, rng: random.Random, lang: str, xrng: random.Random | None = None,
             yrng: random.Random | None = None, zrng: random.Random | None = None) -> Knobs:
        k = replace(self, lang=self.lang or lang)
        zh = k.lang == "zh"
        x = xrng or rng

        def pick(name: str, value: Any) -> None:
            if getattr(k, name) is None:
                setattr(k, name, value)

        pick("width", rng.randint(8, 34) if zh else rng.randint(28, 75))
        pick("indent", rng.choice(["ideo", "short", "none", "ideo"] if zh else ["none", "spaces"]))
        pick("headline", rng.choice(["before", "before", "after", "middle", "mixed"] if zh
                                    else ["before", "before", "middle", "mixed"]))
        pick("wrap_headline", rng.random() < 0.5)
        pick("byline", rng.choice(["inline", "line", "tail", "none", "mixed", "mixed"] if zh
                                  else ["inline", "line", "none", "mixed", "mixed"]))
        pick("photo", rng.choice(["none", "between", "between", "inside"]))
        pick("pull_quote", rng.random() < 0.35)
        pick("data_box", rng.random() < (0.3 if zh else 0.2))
        pick("briefs", rng.choice(["none", "plain", "run_in"]))
        pick("furniture", rng.choice(["light", "heavy"]))
        pick("jump", rng.choice(["none", "none", "out"]))
        pick("shape", rng.choice(SHAPES))
        if k.extras is None:
            pool = [e for e in EXTRAS if zh or e != "gb18030"]
            k.extras = tuple(e for e in pool if rng.random() < 0.2)
        pick("soft_hyphen", not zh and rng.random() < 0.7)
        pick("spaced_digits", zh and rng.random() < 0.4)
        pick("stories", rng.randint(2, 5))
        # the later variety, from x (the draws above are the generator's original ones)
        on = k.variety is not False
        if self.shape is None and on and x.random() < 0.2:
            k.shape = x.choice(PARA_SHAPES)
        for name, value, off in (
                ("letters", x.random() < 0.3, False),
                ("quote_place", x.choice(["line", "between", "mid", "mid"]), "line"),
                ("credit", x.choice(["classic", "varied"]), "classic"),
                ("listing", x.choice(["none", "none", "stocks", "cinema", "weather"]), "none"),
                ("col_head", x.choice(["plain", "spaced"]), "plain"),
                ("jump_form", x.choice(["classic", "varied"]), "classic"),
                ("foot", x.random() < 0.35, False)):
            pick(name, value if on else off)
        y = yrng or x
        for name, value, off in (
                ("obit", y.choice(["none", "none", "story", "notice", "both"]), "none"),
                ("blotter", y.choice(["none", "none", "column", "log"]), "none"),
                ("sports", y.choice(["none", "none", "between", "inside"]), "none"),
                ("qa", y.random() < 0.25, False),
                ("corrections", y.choice(["none", "none", "one", "several"]), "none"),
                ("masthead", y.choice(["classic", "varied"]), "classic"),
                ("mid_box", y.random() < 0.3, False)):
            pick(name, value if on else off)
        z = zrng or y
        for name, value in (
                ("logo", z.random() < 0.35),
                ("deck_block", z.random() < 0.35 and not zh),
                ("prose_spaces", z.random() < 0.3 and not zh),
                ("run_in_wrap", z.random() < 0.3),
                ("obit_dates", z.random() < 0.2 and not zh),
                ("split_word", z.random() < 0.25 and not zh),
                ("after_box", z.random() < 0.25 and zh)):
            pick(name, value and on)
        if k.run_in_wrap and self.briefs is None and k.briefs == "none":
            k.briefs = "run_in"
        if k.after_box and zh and self.shape is None:
            k.shape = "blocks"
        return k

    def summary(self) -> dict[str, Any]:
        """The knobs as a dict (with variety off, the third and fourth waves are left out, and the
        fourth when all of it is off: the gold of such a page is the old generator's, byte for byte)."""
        four_off = not any(getattr(self, n) for n in FOURTH_WAVE)
        return {f.name: (list(v) if isinstance(v, tuple) else v)
                for f in fields(self) for v in [getattr(self, f.name)]
                if not (self.variety is False and f.name in THIRD_WAVE + FOURTH_WAVE)
                and not (four_off and f.name in FOURTH_WAVE)}


THIRD_WAVE = ("obit", "blotter", "sports", "qa", "corrections", "masthead", "mid_box")
FOURTH_WAVE = ("logo", "deck_block", "prose_spaces", "run_in_wrap", "obit_dates", "split_word", "after_box")
FOURTH_OFF = {n: False for n in FOURTH_WAVE}  # Knobs(**FOURTH_OFF): the pages of the generator before it


# ---- sources -------------------------------------------------------------------------------------
@dataclass
class Story:
    """A gold article's printed content, usable on a new page."""

    kind: str
    kicker: str | None
    headline: str | None
    subheadline: str | None
    byline: str | None
    paragraphs: list[str]
    lang: str
    key: str  # where it came from (source file and id), to use each story once per page


def gold_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out += sorted(p.rglob("gold.json")) if p.is_dir() else [p]
    return out


def load_sources(paths: list[Path]) -> dict[str, list[Story]]:
    """Stories by language from gold files (or folders holding them), cleaned for reuse: a
    continuation's mid-sentence start and a jumped story's cut-off end are dropped."""
    pool: dict[str, list[Story]] = {"zh": [], "en": []}
    for f in gold_files(paths):
        gold = json.loads(f.read_text(encoding="utf-8"))
        lang = gold.get("page", {}).get("language") or "zh"
        for a in gold["articles"]:
            paras = [p for p in a.get("paragraphs") or [] if norm(p)]
            if a.get("continued_from") and paras:
                paras = paras[1:]
            if a.get("continued_to") and paras and not ends_sentence(paras[-1]):
                paras = paras[:-1]
            if a["kind"] != "photo" and not paras:
                continue
            if not a.get("headline") and a["kind"] != "photo":
                continue
            pool.setdefault(lang, []).append(Story(
                a["kind"], a.get("kicker"), a.get("headline"), a.get("subheadline"),
                a.get("byline"), paras, lang, f"{f.parent.name}/{a['id']}"))
    return pool


# ---- invented names and furniture ----------------------------------------------------------------
ZH_PLACE1 = [("岫", "XIU"), ("榆", "YU"), ("澄", "CHENG"), ("枫", "FENG"), ("琅", "LANG"), ("沐", "MU"),
             ("蓼", "LIAO"), ("芷", "ZHI"), ("栖", "QI"), ("渝", "YU"), ("桦", "HUA"), ("黛", "DAI")]
ZH_PLACE2 = [("川", "CHUAN"), ("源", "YUAN"), ("原", "YUAN"), ("阳", "YANG"), ("江", "JIANG"),
             ("宁", "NING"), ("丘", "QIU"), ("浦", "PU"), ("陵", "LING"), ("坪", "PING")]
ZH_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余")
ZH_GIVEN = list("晓明静磊敏婷宇航芳涛欣怡军丽鹏霞斌雯娜强燕峰倩凯琳勇岚昊洁")
EN_FIRST = ["Nora", "Caleb", "Priscilla", "Dev", "Harriet", "Owen", "Lucia", "Tobias", "Imani",
            "Reggie", "Wren", "Mateo", "Colette", "Jonah", "Beatrix", "Samir"]
EN_LAST = ["Brannigan", "Okonkwo", "Lindqvist", "Farrow", "Delacroix", "Pruitt", "Haverford",
           "Nakamura", "Quill", "Esposito", "Thibodeaux", "Warrick", "Szabo", "Kettering"]
EN_TOWN1 = ["Birch", "Copper", "Heron", "Maple", "Flint", "Willow", "Granite", "Otter"]
EN_TOWN2 = ["Hollow", "Ridge", "Springs", "Crossing", "Bend", "Harbor", "Prairie", "Mills"]
EN_PAPER = ["Courier", "Ledger", "Herald", "Tribune", "Record", "Dispatch", "Chronicle", "Observer"]
WEEK_ZH = "一二三四五六日"
MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
          "OCTOBER", "NOVEMBER", "DECEMBER"]


# letters to the editor: (headline, paragraphs), invented; {town} {street} {n} {place} {road} filled in
EN_LETTERS = [
    ("Keep the branch library open on Sundays",
     ["I have taken my two boys to the {town} branch every Sunday afternoon for {n} years, and I was "
      "sorry to read that the trustees may close it that day to save money.",
      "Sunday is the only day many working parents can get there. A few hours of heat and lights "
      "seem a small price for a place where children learn to love books.",
      "I hope the board will look for the savings somewhere else before it votes next month."]),
    ("A signal is overdue at the {street} crossing",
     ["Twice this spring I have watched a driver roll through the crosswalk on {street} while "
      "children from the middle school waited at the curb.",
      "Painted lines are not enough on a road where traffic moves this fast. The town has talked "
      "about a signal for {n} years; it is time to put one in before someone is hurt."]),
    ("Thanks to the volunteers who cleaned up the river trail",
     ["On a cold Saturday morning more than {n} neighbors showed up with gloves and trash bags and "
      "hauled tires, bottles and an old shopping cart out of the brush along the river.",
      "Nobody asked them to do it, and nobody paid them. The trail looks better than it has in "
      "years. My thanks to every one of them, and to the hardware store that lent the rakes."]),
    ("Parking fee plan asks too much of Main Street",
     ["The proposal to charge for parking downtown will hurt the small shops that are barely "
      "hanging on after a slow winter.",
      "Shoppers will simply drive to the plaza out on the highway, where parking is free. I urge "
      "the council to try a two-hour limit first and see whether that solves the problem.",
      "The shops on Main Street are what make {town} feel like home. Let us not drive them away."]),
    ("Bring back the summer bus route",
     ["Until {n} years ago a small bus ran from the senior apartments to the lake and the farm "
      "stands every summer weekend. Many of us who no longer drive counted on it.",
      "The county says there is no money, yet it found money to repave the golf course road. "
      "Surely a few thousand dollars can be found for people who simply want to get outdoors."]),
    ("School garden deserves a permanent home",
     ["The vegetable garden behind the elementary school fed {n} families last fall and taught "
      "our kids more about patience than any worksheet could.",
      "Now the district wants the plot for extra parking. I hope the school board will find "
      "another spot for the cars and leave the tomatoes where they are."]),
]
ZH_LETTERS = [
    ("小区门口的路灯该修了",
     ["我住在{place}县{road}路{n}号小区，小区门口的两盏路灯已经坏了快一个月，晚上出门黑乎乎一片，"
      "老人孩子走路都得打着手电。",
      "我们给物业打过几次电话，物业说路灯归市政管，市政又说要等统一维修。希望有关部门能尽快派人看一看，"
      "别让群众的小事拖成大事。"]),
    ("感谢公交司机的一次耐心等待",
     ["上周三下午，我带着行动不便的母亲去医院复查，到站时公交车已经准备关门。",
      "司机师傅看见我们，不但停下车等我们慢慢上车，还帮忙把轮椅折好放稳。车上的乘客也纷纷让座。",
      "一件小事，让我们一家人心里暖了好几天。借贵报一角，向这位师傅和车上的乘客说声谢谢。"]),
    ("农贸市场的排水沟盼整治",
     ["{road}农贸市场东侧的排水沟常年堵塞，一下雨污水就漫到路面上，摊主和买菜的居民只能踮着脚走。",
      "听说市场改造已经列入今年的计划，希望早日动工，也希望施工期间能给摊主们安排好临时摊位。"]),
    ("建议在河边步道多设几处休息椅",
     ["{place}河边步道修好以后，每天早晚散步的人越来越多，这是件大好事。",
      "美中不足的是，步道全长{n}公里左右，沿途只有两三处能坐下歇脚的地方，上了年纪的人走一段就累了。"
      "建议有关部门在步道沿线多安排一些休息椅，再添几个垃圾桶。"]),
    ("社区食堂让我们老两口省了心",
     ["我和老伴都七十多岁了，儿女在外地工作，做饭成了每天最发愁的事。",
      "去年社区办起了老年食堂，一荤两素一个汤，每餐只要{n}元，饭菜软烂可口，还能送餐上门。"
      "如今我们每天按时去吃饭，顺便和老邻居们聊聊天，日子过得舒心多了。"]),
    ("学校门口接送车辆乱停亟待规范",
     ["每天放学时段，{road}路小学门口的接送车辆把路堵得水泄不通，孩子们只能从车缝里穿过去，十分危险。",
      "希望交警部门在放学时段加强疏导，学校也可以考虑错峰放学，让孩子们平平安安回家。"]),
]


def zh_name(rng: random.Random) -> str:
    return rng.choice(ZH_SUR) + "".join(rng.sample(ZH_GIVEN, rng.choice([1, 1, 2])))


def en_name(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def pad(name: str, rng: random.Random) -> str:
    """Two-character names are often printed with a space between the characters."""
    return " ".join(name) if len(name) == 2 and rng.random() < 0.5 else name


@dataclass
class Paper:
    lang: str
    name: str
    place: str       # zh: the county's name; en: the town
    latin: str       # zh: pinyin of the paper's name
    date: dt.date


def make_paper(rng: random.Random, lang: str) -> Paper:
    date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    if lang == "zh":
        (a, pa), (b, pb) = rng.choice(ZH_PLACE1), rng.choice(ZH_PLACE2)
        kind, latin = rng.choice([("日报", "RIBAO"), ("日报", "RIBAO"), ("晚报", "WANBAO"),
                                  ("时报", "SHIBAO")])
        return Paper(lang, a + b + kind, a + b, f"{pa}{pb} {latin}", date)
    town = f"{rng.choice(EN_TOWN1)} {rng.choice(EN_TOWN2)}"
    return Paper(lang, f"The {town} {rng.choice(EN_PAPER)}", town, "", date)


class Furniture:
    """Invented page furniture: each call returns the lines of one printed block."""

    def __init__(self, rng: random.Random, paper: Paper, page: int, label: str) -> None:
        self.rng, self.p, self.page, self.label = rng, paper, page, label
        self.x = rng          # the generator of the later variety (PageBuilder sets its own)
        self.spaced = False   # letter-spaced column heads

    def zh_date(self) -> str:
        d = self.p.date
        return f"{d.year}年{d.month}月{d.day}日 星期{WEEK_ZH[d.weekday()]}"

    def en_date(self) -> str:
        d = self.p.date
        return f"{d.strftime('%A').upper()}, {MONTHS[d.month - 1]} {d.day}, {d.year}"

    def masthead(self) -> list[str]:
        r, p = self.rng, self.p
        if p.lang == "en":
            motto = r.choice([f"Covering {p.place} and the valley since {r.randint(1870, 1960)}",
                              f"{p.place}'s hometown paper", "Independent. Local. Daily."])
            return [p.name] + ([motto] if r.random() < 0.7 else [])
        name = " ".join(p.name) if r.random() < 0.5 else p.name
        lines = [name]
        if r.random() < 0.6:
            lines.append(p.latin)
        lines.append(r.choice([f"中共{p.place}县委机关报", f"{p.place}县融媒体中心主办",
                               f"国内统一连续出版物号 CN {r.randint(11, 65)}-{r.randint(10, 99):04d}"]))
        return lines

    def issue(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            return [" | ".join([self.en_date(), f"VOL. {r.randint(20, 140)}, NO. {r.randint(1, 300)}",
                                r.choice(["$1.00", "$1.50", "$2.00", "75 cents"])])]
        parts = [self.zh_date(), f"今日{r.choice([4, 8, 12, 16])}版", f"第{r.randint(1000, 9999)}期"]
        if r.random() < 0.5:
            parts.insert(1, "农历" + r.choice(["甲", "乙", "丙"]) + r.choice(["子", "巳", "午"]) + "年"
                         + r.choice(["正", "三", "六", "九"]) + "月" + r.choice(["初五", "十二", "廿一"]))
        return [" ".join(parts)]

    def header(self) -> list[str]:
        r, n = self.rng, self.page
        sec = r.choice(["要闻", "综合新闻", "经济", "民生", "文体", "社会", "县域"] if self.p.lang == "zh"
                       else ["LOCAL", "REGION", "BUSINESS", "COMMUNITY"])
        if self.p.lang == "en":
            return [r.choice([f"{self.label} | {self.p.name.upper()} | {self.en_date()}",
                              f"{self.p.name} • {self.label} • {sec}"])]
        return [r.choice([f"{n} {self.zh_date()} {sec}", f"{sec} {self.zh_date()} {n}",
                          f"{self.p.name} {n} {self.zh_date()} {sec}", f"A{n:02d} {sec} {self.zh_date()}"])]

    def index(self, heads: list[str]) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            secs = r.sample(["Obituaries", "Sports", "Opinion", "Classifieds", "Comics", "Puzzles"], 4)
            return ["INSIDE", " | ".join(f"{s} {r.choice('ABC')}{r.randint(2, 9)}" for s in secs)]
        title = r.choice(["今日导读", "本期导读", "导 读"])
        return [title] + [f"●{h} {r.randint(2, 8)}版" for h in heads]

    def weather(self) -> list[str]:
        r = self.rng
        lo = r.randint(-5, 22)
        if self.p.lang == "en":
            sky = r.choice(['Sunny', 'Cloudy', 'Light rain', 'Breezy'])
            head = r.choice(['WEATHER', 'TODAY'])
            return [f"{head}: {sky}, {lo + 40}°F / {lo + 25}°F. Forecast, B{r.randint(2, 8)}"]
        cond = r.choice(["晴", "多云", "阴转小雨", "晴转多云", "小雨转阴"])
        lines = [f"{self.p.place}天气", f"{cond} {lo}～{lo + r.randint(4, 11)}℃"]
        if r.random() < 0.5:
            lines.append(f"{r.choice(['东', '南', '西北', '东南'])}风{r.randint(1, 3)}级")
        return lines

    def credits(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            return [f"Page editor: {en_name(r)} | Design: {en_name(r)}"]
        a, b, c = (pad(zh_name(r), r) for _ in range(3))
        return [r.choice([f"责任编辑：{a} 版式：{b} 校对：{c}", f"本版编辑：{a} 美编：{b}",
                          f"值班编委：{a}", f"本版责编：{a} 校对：{c}"])]

    def qr(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            return [r.choice(["Scan the code to read today's e-edition",
                              f"Follow {self.p.name} online: scan the code"])]
        return r.choice([[f"扫码下载{self.p.place}新闻客户端"], ["扫描二维码", f"关注{self.p.name}微信公众号"],
                         [f"手机扫一扫 看更多{self.p.place}新闻"]])

    def contact(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            return [f"News tips? Call 555-{r.randint(100, 999):04d} or email desk@{self.p.place.split()[0].lower()}.example"]
        return [r.choice([f"新闻热线：0{r.randint(700, 899)}-{r.randint(6000000, 6999999)}",
                          f"本报地址：{self.p.place}县{r.choice(['滨江', '人民', '建设'])}路{r.randint(1, 200)}号"])]

    def ad(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            what = r.choice(['Saturday 8-2', 'Apply in person', 'Two-bedroom, quiet street'])
            return [r.choice(["YARD SALE", "NOW HIRING", "FOR RENT"]),
                    f"{what}. Call 555-{r.randint(100, 999):04d}."]
        where = f"{self.p.place}县{r.choice(['东门', '新城', '老街'])}临街门面{r.randint(2, 6)}间，"
        return [r.choice(["旺铺出租", "诚聘英才", "广 告"]),
                f"{where}面积{r.randint(30, 90)}-{r.randint(100, 200)}平方米。",
                f"咨询电话：1{r.randint(3, 8)}{r.randint(100000000, 999999999)}"]

    def notice(self, width: int) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            text = (f"The {self.p.place} Zoning Board will hold a hearing at {r.randint(5, 7)} p.m. on "
                    f"a request to build a garage at {r.randint(10, 999)} {r.choice(EN_TOWN1)} Lane.")
            return ["PUBLIC NOTICE"] + wrap_en(text, max(width, 30))
        who = f"{self.p.place}县{r.choice(['禾丰', '兴达', '宏远'])}{r.choice(['农机经营部', '建材商行', '餐饮店'])}"
        text = f"{who}不慎遗失{r.choice(['营业执照副本', '公章一枚', '开户许可证'])}，声明作废。"
        return [r.choice(["遗失声明", "遗 失 声 明"])] + wrap_zh(text, max(width, 10))

    def slogan(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            return [r.choice(["Shop local. Keep Main Street alive.", "Read it here first."])]
        return [" ".join(r.sample(["绿水青山", "实干争先", "共建共享", "崇德向善", "守正创新", "人民至上"], 3))]

    def column_head(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            head = [r.choice(["NEWS IN BRIEF", "IN BRIEF", "AROUND TOWN", "BRIEFLY"])]
        else:
            head = [r.choice(["简讯", "简 讯", "快讯", f"{self.p.place}快讯", "综合简讯"])]
        if not self.spaced:
            return head
        x = self.x
        if self.p.lang == "en":
            return [x.choice(["AROUND TOWN", "BUSINESS BRIEFS", "B U S I N E S S   B R I E F S",
                              "A R O U N D   T O W N", "ON THE BEAT", f"{self.p.place.upper()} NOTES"])]
        return [x.choice(["简　讯", "快　讯", "简　　讯", "综　合　快　讯", f"{self.p.place}　简　讯"])]

    # -- the later variety (drawn from self.x)
    def series_tag(self) -> list[str]:
        """A zh series tag over one story (a column logo: skipped)."""
        x = self.x
        return [x.choice(["奋进新征程　建功新时代·身边的榜样", "聚焦高质量发展·一线观察",
                          "乡村振兴进行时·田野新景", "我为群众办实事·民生回音壁",
                          f"{self.p.place}　新　气　象", "基层治理　创新实践·走进社区"])]

    def letters_head(self) -> list[str]:
        x = self.x
        if self.p.lang == "en":
            heads = ["LETTERS TO THE EDITOR", "LETTERS", "YOUR VIEWS", "READERS WRITE"]
            if self.spaced:
                heads = ["L E T T E R S", "L E T T E R S   T O   T H E   E D I T O R"]
            return [x.choice(heads)]
        heads = ["读者来信", "来信选登", "读者之声", "百姓心声"]
        if self.spaced:
            heads = ["读　者　来　信", "读者来信", "来　信　选　登"]
        return [x.choice(heads)]

    def letters_policy(self) -> list[str]:
        x, p = self.x, self.p
        if p.lang == "en":
            host = p.place.split()[0].lower()
            return [x.choice([
                f"Letters of {x.choice([200, 250, 300])} words or fewer may be sent to letters@{host}.example. "
                "Include your name, town and a daytime phone number.",
                f"Write to: Letters, {p.name}, {x.randint(10, 400)} {x.choice(EN_TOWN1)} St., {p.place}. "
                "We edit for length and clarity.",
                "One letter per writer every 30 days, please. Unsigned letters are not printed."])]
        return [x.choice([
            "欢迎读者来信反映身边事，来信请注明真实姓名和联系电话，本版对来稿有删改权。",
            f"来信地址：{p.place}县{x.choice(['文昌', '解放', '朝阳'])}路{x.randint(2, 180)}号{p.name}群工部",
            f"读者来信邮箱：duzhe{x.randint(10, 99)}@example.cn"])]

    def listing(self, kind: str) -> list[str]:
        """A skipped listing box: a stock table, cinema or events times, a forecast."""
        x, p = self.x, self.p
        if p.lang == "en":
            if kind == "stocks":
                cos = x.sample(["Heron Mills Bancorp", "Granite Valley Energy", "Otter Creek Foods",
                                "Birchline Rail", "Copper Ridge Tools", "Willow Pharma", "Flint Outdoor",
                                "Maple Harbor Mutual"], x.randint(3, 5))
                return ([x.choice(["STOCKS OF LOCAL INTEREST", "LOCAL STOCKS", "MARKET WATCH"]),
                         "Company Close Chg"]
                        + [f"{c} {x.uniform(4, 180):.2f} {x.uniform(-3, 3):+.2f}" for c in cos]
                        + ([f"Closing prices as of {x.choice([3, 4])} p.m. Source: market data"]
                           if x.random() < 0.5 else []))
            if kind == "cinema":
                if x.random() < 0.5:
                    films = x.sample(["The Lantern Keeper", "Northbound Freight", "Saltwater Sisters",
                                      "A Quiet Acre", "Rocket Summer", "The Ninth Inning"], 3)
                    return ([x.choice(["AT THE MOVIES", "NOW SHOWING"]),
                             f"{x.choice(EN_TOWN1)} Cinema {x.randint(2, 8)}"]
                            + [f"{t} ({x.choice(['G', 'PG', 'PG-13', 'R'])}) {x.randint(1, 2)}:{x.choice(['05', '20', '45'])}, "
                               f"{x.randint(4, 5)}:{x.choice(['00', '30', '10'])}, {x.randint(7, 9)}:{x.choice(['15', '40', '50'])}"
                               for t in films])
                events = x.sample(["Library trustees, Town Hall annex", "Farmers market, Depot lot",
                                   "Blood drive, Grange hall", "Story hour, branch library",
                                   "Planning board, council chambers", "Square dance, VFW post"], 3)
                days = x.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], 3)
                return ([x.choice(["THIS WEEK", "COMMUNITY CALENDAR", "DATEBOOK"])]
                        + [f"{d} {x.randint(1, 11)}:{x.choice(['00', '15', '30'])} {x.choice(['a.m.', 'p.m.'])} {e}"
                           for d, e in zip(days, events)])
            days = x.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], 4)
            hi = x.randint(35, 85)
            return ([x.choice(["5-DAY FORECAST", "THE WEEK'S WEATHER"])]
                    + [f"{d} {hi + x.randint(-6, 6)}/{hi - x.randint(12, 22)} "
                       f"{x.choice(['Showers', 'Sunny', 'Clouds', 'Windy', 'Fog, then sun'])}" for d in days])
        if kind == "stocks":
            cos = x.sample(["电子", "药业", "新材", "农科", "建工", "物流", "能源"], x.randint(3, 5))
            return ([x.choice(["本地上市公司行情", "股市行情", "本地股一览"]), "股票名称 收盘 涨跌"]
                    + [f"{p.place}{c} {x.uniform(3, 60):.2f} {x.uniform(-2, 2):+.2f}" for c in cos])
        if kind == "cinema":
            films = x.sample(["青石巷的灯", "渡口往事", "白鹭归来时", "第七个夏天", "小城邮差", "云上的牧场"], 3)
            return ([x.choice(["影讯", "影　讯", "今日影讯"]), f"{p.place}{x.choice(['影城', '电影院', '文化中心影厅'])}"]
                    + [f"《{t}》 {x.randint(9, 11)}:{x.choice(['00', '30', '50'])} {x.randint(13, 16)}:{x.choice(['10', '40'])} "
                       f"{x.randint(18, 21)}:{x.choice(['05', '20', '35'])}" for t in films])
        lo = x.randint(-3, 22)
        rows = [f"{d} {x.choice(['晴', '多云', '阴', '小雨', '阵雨转多云', '晴转阴'])} {lo + x.randint(-2, 2)}～{lo + x.randint(6, 11)}℃"
                for d in x.sample(["今天", "明天", "后天"], 3)]
        return ([x.choice(["天气预报", "天 气", f"{p.place}未来三天天气"])] + rows
                + ([f"日出 0{x.randint(5, 6)}:{x.randint(10, 59)} 日落 {x.randint(17, 19)}:{x.randint(10, 59)}"]
                   if x.random() < 0.5 else []))

    def foot(self) -> list[str]:
        """One classified or house line at a column foot (skipped)."""
        x, p = self.x, self.p
        tel = f"555-{x.randint(100, 999):04d}"
        if p.lang == "en":
            street = f"{x.randint(10, 990)} {x.choice(EN_TOWN1)} {x.choice(['Ct.', 'Ln.', 'Ave.', 'Rd.'])}"
            return [x.choice([
                f"ESTATE SALE {x.choice(['Sat-Sun', 'Fri-Sat', 'Sat only'])} {x.randint(7, 9)}-{x.randint(1, 4)}, "
                f"{street} {x.choice(['Cash only.', 'Tools, quilts, records.', 'No early birds.'])}",
                f"Subscribe: ${x.randint(30, 90)} a year | {tel}",
                f"Home delivery from ${x.randint(3, 9)} a month. Call {tel}",
                f"WEEK AHEAD: {x.choice(['Rain', 'Sun', 'Wind', 'Snow showers'])} "
                f"{x.choice(['Monday', 'Thursday', 'Saturday'])}, highs {x.randint(30, 60)}-{x.randint(61, 80)}.",
                f"FOUND: {x.choice(['gray tabby cat', 'ring of keys', 'child’s bicycle'])} near {street} Call {tel}.",
                f"HELP WANTED: {x.choice(['line cook', 'school bus driver', 'bookkeeper'])}, apply at {street}"])]
        tel = f"1{x.randint(3, 8)}{x.randint(100000000, 999999999)}"
        return [x.choice([
            f"出租：{p.place}县{x.choice(['城南', '河西', '新桥'])}小区{x.choice(['两室一厅', '三室两厅'])}，拎包入住。电话{tel}",
            f"订阅热线：0{x.randint(700, 899)}-{x.randint(6000000, 6999999)} 全年订价{x.randint(180, 420)}元",
            f"下周天气：周{x.choice('一二三四五')}有{x.choice(['小雨', '中雨', '阵雨'])}，气温{x.randint(5, 18)}～{x.randint(19, 32)}℃",
            f"招聘：{p.place}县{x.choice(['惠民超市', '顺达物流', '四季餐馆'])}招{x.choice(['收银员', '送货员', '厨师'])}"
            f"{x.randint(1, 5)}名 电话{tel}",
            f"寻物启事：本人于{x.randint(1, 28)}日在{x.choice(['汽车站', '农贸市场'])}附近遗失{x.choice(['黑色背包', '钥匙一串'])}，"
            f"拾到者请致电{tel}"])]

    def data_box(self) -> list[str]:
        r = self.rng
        if self.p.lang == "en":
            items = r.sample(["miles of road repaved", "new hires", "permits filed", "acres protected"], 3)
            return (["BY THE NUMBERS"] + [f"{r.randint(2, 900):,}: {x}" for x in items]
                    + [f"Source: {self.p.place} {r.choice(['clerk', 'planning office'])}"])
        items = r.sample(["新增就业", "完成投资", "接待游客", "新建道路", "改造农田"], 3)
        units = {"新增就业": "人", "完成投资": "亿元", "接待游客": "万人次", "新建道路": "公里", "改造农田": "亩"}
        return ([r.choice(["数读", "数 读", "数字看点"])]
                + [f"{x} {r.randint(11, 999)}.{r.randint(1, 9)}{units[x]}" for x in items]
                + [r.choice([f"制图：{zh_name(r)}", f"数据来源：{self.p.place}县统计局"])])


# ---- wrapping ------------------------------------------------------------------------------------
def zh_units(text: str) -> list[str]:
    units: list[str] = []
    for u in ZH_UNIT.findall(text):
        if units and (u in CLOSE or units[-1][-1] in OPEN):
            units[-1] += u
        else:
            units.append(u)
    return units


def wrap_zh(text: str, width: int, first: int = 0, prefix: str = "") -> list[str]:
    """Column lines of `width` CJK characters (`first` cells fewer on the first line); closing
    punctuation never starts a line, opening punctuation never ends one.  `prefix` (a run-in
    head or a jump marker) stays whole on the first line when it fits."""
    cap0 = 2 * width
    lines: list[str] = []
    cur, cap = "", cap0 - first
    if prefix and cells(prefix) <= cap:
        cur = prefix
    else:
        text = prefix + text
    for u in zh_units(text):
        core = u.rstrip("".join(CLOSE))
        while cells(u) > cap0:  # an overlong Latin/number run: cut it
            room = max(1, cap - cells(cur))
            lines.append(cur + u[:room])
            u, cur, cap = u[room:], "", cap0
            core = u
        if cur.strip() and cells(cur) + cells(core) > cap:
            lines.append(cur)
            cur, cap = "", cap0
        cur += u
    if cur:
        lines.append(cur)
    return lines


def wrap_en(text: str, width: int, indent: int = 0, rng: random.Random | None = None,
            hyphen: float = 0.0) -> list[str]:
    """Lines of at most `width` characters, broken at spaces; with `hyphen` > 0 a long word is
    sometimes split with a soft hyphen (rev-/enue), a compound at its own hyphen (one-/time)."""
    lines: list[str] = []
    cur, cap = " " * indent, width
    for w in text.split():
        trial = f"{cur} {w}" if cur.strip() else cur + w
        if len(trial) <= cap:
            cur = trial
            continue
        room = cap - len(cur) - 1
        if (rng is not None and hyphen and w.isalpha() and w.islower() and len(w) >= 7
                and rng.random() < hyphen and min(room - 1, len(w) - 3) >= 3):
            k = min(room - 1, len(w) - 3)
            lines.append(f"{cur} {w[:k]}-" if cur.strip() else f"{cur}{w[:k]}-")
            cur, w = "", w[k:]
        elif "-" in w[1:-1] and w.index("-", 1) + 1 <= room:
            i = w.index("-", 1) + 1
            lines.append(f"{cur} {w[:i]}" if cur.strip() else cur + w[:i])
            cur, w = "", w[i:]
        elif cur.strip():
            lines.append(cur)
            cur = ""
        cur = w if not cur else cur + w
    if cur.strip():
        lines.append(cur)
    return lines


# ---- one page ------------------------------------------------------------------------------------
@dataclass
class Block:
    """Printed lines that a tool would keep together (a display block, a run of body lines)."""

    lines: list[str]
    body: bool = False  # column lines: justified runs of spaces, cut into column blocks
    keep: int = 0       # (fourth wave) leading lines never given runs of spaces (a run-in head's)


@dataclass
class Cut:
    """A story cut by a jump: the part printed here and what goes on the other page."""

    story: Story
    paragraphs: list[str]
    rest: list[str]
    to_page: int
    mid_sentence: bool
    from_page: int = 1


@dataclass
class GenPage:
    name: str
    gold: dict[str, Any]
    text: str           # the page's lines, '\n' ends, before encoding
    data: bytes         # page.txt as written
    knobs: Knobs

    def write(self, out: Path) -> Path:
        d = out / self.name
        d.mkdir(parents=True, exist_ok=True)
        (d / "page.txt").write_bytes(self.data)
        (d / "gold.json").write_text(json.dumps(self.gold, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
        return d


class PageBuilder:
    """Lays out one page's stories and furniture into blocks, and its gold."""

    def __init__(self, rng: random.Random, knobs: Knobs, paper: Paper, page: int,
                 xrng: random.Random | None = None) -> None:
        self.rng, self.k, self.paper, self.page = rng, knobs, paper, page
        self.x = xrng or rng  # the later variety draws from here, so the rest stays as it was
        self.z = self.x       # the fourth wave's generator (build_page sets its own)
        self.zh = knobs.lang == "zh"
        self.label = f"A{page}" if not self.zh else str(page)
        self.furn = Furniture(rng, paper, page, self.label)
        self.furn.x, self.furn.spaced = self.x, knobs.col_head == "spaced"
        self.blocks: list[tuple[Block, Any]] = []  # (block, owner: article dict | "skip")
        self.skipped: list[str] = []
        self.spoken = ""  # all article text on the page, normalized (skipped must not occur in it)
        self.notes: list[str] = []

    # -- helpers
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def skip_block(self, lines: list[str], body: bool = False) -> tuple[Block, Any] | None:
        entry = " ".join(x.strip() for x in lines if x.strip())
        if not norm(entry) or norm(entry) in self.spoken or entry in self.skipped:
            return None
        self.skipped.append(entry)
        return (Block(lines, body), "skip")

    def emit(self, items: list[tuple[Block, Any] | None]) -> None:
        self.blocks += [x for x in items if x is not None]

    def flow_width(self) -> int:
        """The width text is wrapped to: the column, or no wrapping in a paragraph-per-line shape."""
        return 10 ** 5 if self.k.shape in PARA_SHAPES else (self.k.width or 20)

    def wrap(self, text: str, first: int = 0, prefix: str = "", width: int | None = None,
             hyphen: bool = True) -> list[str]:
        w = width or self.flow_width()
        if self.zh:
            lines = wrap_zh(text, w, first, prefix)
            if self.k.spaced_digits:
                lines = [re.sub(r"(?<=\d)(?=[年月日时])|(?<=[年月日])(?=\d)", " ", x)
                         if self.chance(0.35) else x for x in lines]
            return lines
        body = (prefix + " " + text) if prefix else text
        return wrap_en(body, w, first, self.rng, 0.35 if hyphen and self.k.soft_hyphen else 0.0)

    def paragraph_lines(self, text: str, prefix: str = "") -> list[str]:
        """A paragraph as column lines: first line indented (or just shorter), last one short."""
        if self.zh:
            mode = self.k.indent
            if mode == "ideo":
                return self.wrap(text, 0, "　　" + prefix)
            return self.wrap(text, self.rng.choice([2, 4]) if mode == "short" else 0, prefix)
        sp = self.rng.randint(2, 4) if self.k.indent == "spaces" else 0
        lines = self.wrap(text, 0, prefix)
        return [(" " * sp + lines[0])] + lines[1:] if lines else lines

    # -- headline stacks
    def stack(self, st: Story, size: str = "story") -> list[Block]:
        out: list[Block] = []
        if st.kicker:
            out.append(Block([st.kicker]))
        if self.k.deck_block and not self.zh and st.headline and st.subheadline:
            one = self.deck_block(st.headline, st.subheadline)
            if one:
                return out + [one]
        if st.headline:
            out.append(Block(self.headline_lines(st.headline)))
        if st.subheadline:
            sub = st.subheadline
            if not self.zh and len(sub) > 40 and self.k.wrap_headline:
                out.append(Block(wrap_en(sub, max(30, len(sub) // 2 + 6))))
            else:
                out.append(Block([sub]))
        return out

    def deck_block(self, head: str, deck: str) -> Block | None:
        """(fourth wave) A headline wrapped narrow with its deck under it in the same block, in
        wider lines; None when the deck would not come out wider."""
        z = self.z
        lines = wrap_en(head, max(14, len(head) // 2 + z.randint(2, 6))) if len(head) >= 24 else [head]
        hw = max(len(x) for x in lines)
        deck_lines = wrap_en(deck, hw + z.randint(8, 22))
        if max(len(x) for x in deck_lines) <= hw:
            return None
        return Block(lines + deck_lines)

    def headline_lines(self, head: str) -> list[str]:
        if self.zh:
            parts = head.split()
            if len(parts) == 1 and self.k.wrap_headline and len(head) >= 12:
                for cut in sorted(range(5, len(head) - 4), key=lambda i: abs(i - len(head) / 2)):
                    a, b = head[:cut], head[cut:]
                    if a[-1] not in OPEN and b[0] not in CLOSE and not zh_cued(a) and not zh_cued(b) \
                            and not (a[-1].isdigit() and b[0].isdigit()):
                        return [a, b]
                return [head]
            if len(parts) > 1 and (self.k.wrap_headline or self.chance(0.5)) \
                    and not any(zh_cued(p) for p in parts):
                return parts
            return [head]
        if head.isupper() or not self.k.wrap_headline or len(head) < 30:
            return [head]
        return wrap_en(head, max(16, len(head) // 2 + 4))

    # -- bylines
    def byline(self, st: Story, mode: str) -> tuple[str | None, str | None, str]:
        """(gold byline, printed form, place: inline | line | tail | none)."""
        r = self.rng
        if mode == "none":
            return None, None, "none"
        if not self.zh:
            if mode == "tail":
                mode = "line"
            name = en_name(r)
            gold = r.choice([f"By {name}", f"By {name} / Staff Writer", f"By {name.upper()}"])
            return gold, gold, mode
        a, b = zh_name(r), zh_name(r)
        if st.kind == "commentary" and mode != "tail":
            gold = r.choice(["本报评论员", f"□ {a}", f"本报评论员 {a}"])
            return gold, gold.replace(a, pad(a, r)), "line"
        if mode == "inline":
            src = r.choice([f"本报讯（记者 {a}）", f"本报讯（记者 {a} 通讯员 {b}）", f"本报讯（通讯员 {a}）",
                            f"{self.paper.name}讯（记者 {a}）"])
            printed = src.replace(a, pad(a, r)).replace(b, pad(b, r))
            if self.chance(0.3):
                printed = printed.replace("讯（", "讯 （")
            return src, printed, "inline"
        if mode == "line":
            src = r.choice([f"本报记者 {a}", f"本报记者 {a} 通讯员 {b}", f"本报记者 {a} 实习生 {b}"])
            printed = src.replace(a, pad(a, r)).replace(b, pad(b, r))
            if self.k.credit == "varied" and self.x.random() < 0.3:
                c = self.x.choice(["晚报记者" if self.paper.name.endswith("晚报") else "本报记者", "记者"])
                src = f"{c} {a} 文/图"
                printed = src.replace(a, pad(a, self.x))
            return src, printed, "line"
        src = r.choice([f"（通讯员 {a}）", f"（本报记者 {a}）", f"（记者 {a} 通讯员 {b}）"])
        return src, src.replace(a, pad(a, r)).replace(b, pad(b, r)), "tail"

    def credit(self) -> str:
        r = self.rng
        if self.zh:
            return r.choice([f"记者 {zh_name(r)} 摄", f"通讯员 {zh_name(r)} 摄", f"本报记者 {zh_name(r)} 摄"])
        return r.choice([f"{en_name(r).upper()} / {self.paper.name.replace('The ', '')}",
                         f"Photo by {en_name(r)}"])

    # -- articles
    def article(self, st: Story, kind: str | None = None, **over: Any) -> dict[str, Any]:
        a: dict[str, Any] = {"id": "", "kind": kind or st.kind, "kicker": st.kicker, "headline": st.headline,
                             "subheadline": st.subheadline, "byline": None,
                             "paragraphs": list(st.paragraphs), "continued_to": None,
                             "continued_from": None}
        a.update(over)
        return a

    def varied_credit(self) -> tuple[str, str]:
        """(gold, printed) of a photo credit in one of the later forms."""
        x = self.x
        if self.zh:
            n = zh_name(x)
            c = "晚报记者" if self.paper.name.endswith("晚报") else x.choice(["本报记者", "记者"])
            gold = x.choice([f"记者　{n}　摄", f"{c} {n} 文/图", f"图/{n}", f"图／本报记者 {n}"])
            return gold, gold.replace(n, pad(n, x)) if "图/" not in gold else gold
        n, last = en_name(x), self.paper.name.split()[-1]
        gold = x.choice([f"{n.upper()} | {self.paper.name.upper()}", f"{last} photo by {n}",
                         f"({n.upper()} / {last})",
                         f"Photo courtesy of {x.choice([n, f'the {self.paper.place} Historical Society', 'the family'])}"])
        return gold, gold

    def photo_blocks(self, st: Story) -> tuple[dict[str, Any], list[tuple[Block, Any]]]:
        credit = self.credit()
        printed_x = None
        if self.k.credit == "varied" and self.x.random() < 0.75:
            credit, printed_x = self.varied_credit()
        a = self.article(st, "photo", kicker=None, subheadline=None, byline=credit)
        if not self.zh and a["headline"] and self.chance(0.5):
            a["headline"] = a["headline"].upper()
        out: list[tuple[Block, Any]] = []
        lead_space = " " if self.zh and self.chance(0.4) else ""
        if a["headline"]:
            out.append((Block([lead_space + a["headline"]]), a))
        cw = max(12, (self.k.width or 20) + self.rng.randint(-2, 8)) if self.zh else \
            max(30, (self.k.width or 40) + self.rng.randint(-5, 15))
        if self.k.shape in PARA_SHAPES:
            cw = 10 ** 5
        for p in a["paragraphs"]:
            lines = wrap_zh(p, cw) if self.zh else wrap_en(p, cw)
            out.append((Block(lines, body=True), a))
        if printed_x is None:
            printed = credit.replace(credit.split()[-2], pad(credit.split()[-2], self.rng)) if self.zh else credit
        else:
            printed = printed_x
        line = (Block([(" " if self.chance(0.3) else "") + printed]), a)
        if printed_x is not None and self.x.random() < 0.45:  # the credit above the caption
            out.insert(1 if a["headline"] else 0, line)
        else:
            out.append(line)
        return a, out

    def attribution(self) -> str:
        """A pull quote's attribution line in one of the later forms."""
        x = self.x
        if self.zh:
            n = zh_name(x)
            return x.choice([f"——{n}", f"——{n}", f"——{x.choice(['村党支部书记', '社区网格员', '种植户', '企业负责人'])}{n}"])
        first, last = x.choice(EN_FIRST), x.choice(EN_LAST)
        role = x.choice(["library board chair", "owner of the feed store", "third-grade teacher",
                         "county road supervisor", "fire district volunteer", "town clerk"])
        return x.choice([f"— {x.choice(['Supt.', 'Sgt.', 'Chief', 'Rep.', 'Coach'])} {first} {last}",
                         f"{first.upper()} {last.upper()}, {role}", f"— Dr. {last}"])

    def letters(self) -> list[tuple[str, list[str], str, str]]:
        """2-3 invented letters: (headline, paragraphs, gold byline, printed signature)."""
        x, p = self.x, self.paper
        out = []
        for head, paras in x.sample(ZH_LETTERS if self.zh else EN_LETTERS, x.randint(2, 3)):
            slots = {"town": p.place, "street": f"{x.choice(EN_TOWN1)} {x.choice(['Street', 'Avenue', 'Road'])}",
                     "n": x.randint(3, 60), "place": p.place, "road": x.choice(["文昌", "解放", "朝阳", "滨河", "育才"])}
            head = head.format(**slots)
            paras = [q.format(**slots) for q in paras]
            if len(paras) > 2 and x.random() < 0.3:
                paras = paras[:2]
            if self.zh:
                n = zh_name(x)
                gold = x.choice([f"读者　{n}", f"读者 {n}（{x.choice(['城南', '河西', '新桥', '东关'])}街道）",
                                 f"市民　{n}", f"{p.place}县读者 {n}"])
                printed = gold.replace(n, pad(n, x))
            else:
                n = en_name(x)
                town = x.choice([p.place, f"{x.choice(EN_TOWN1)} {x.choice(EN_TOWN2)}"])
                gold = x.choice([f"— {n}, {town}", f"{n}, {town}", f"{n} / {town}", f"— {n}"])
                printed = gold
            out.append((head, paras, gold, printed))
        return out

    def pull_quote(self, earlier: str) -> list[str] | None:
        """A pull quote re-wording something the story said before: a clause of it in other
        quotation marks, with an attribution, so the skipped block never occurs in the text."""
        r = self.rng
        if self.zh:
            clauses = [c for c in re.split(r"[，。；！？“”]", earlier) if 8 <= len(c) <= 30]
            if not clauses:
                return None
            text = "「" + r.choice(clauses) + "」"
            lines = wrap_zh(text, r.randint(8, 13))
            return lines + ([f"——{zh_name(r)}"] if r.random() < 0.6 else [])
        words = earlier.split()
        if len(words) < 12:
            return None
        i = r.randrange(0, len(words) - 10)
        text = "“" + " ".join(words[i:i + r.randint(6, 10)]).strip("\",.;") + ".”"
        return wrap_en(text, r.randint(22, 30)) + [f"— {en_name(r)}"]

    def story_blocks(self, st: Story, a: dict[str, Any], place: str, bymode: str,
                     inserts: list[list[tuple[Block, Any]]], jump_to: int | None = None,
                     jump_from: int | None = None,
                     placed: list[tuple[str, list[tuple[Block, Any]]]] | None = None,
                     logo: list[tuple[Block, Any]] | None = None) -> list[tuple[Block, Any]]:
        """One story: headline stack, byline, body with interruptions, jump markers.  `inserts`
        break into the body at random line ends; `placed` ones ("between" | "mid") between two
        paragraphs or inside a sentence (the body resumes after them); `logo` (fourth wave) is
        printed directly above the headline stack."""
        r, zh, x = self.rng, self.zh, self.x
        varied = self.k.jump_form == "varied"
        paras = list(a["paragraphs"])
        gold_by, printed_by, byplace = self.byline(st, bymode)
        a["byline"] = gold_by
        prefix = ""
        if byplace == "inline":
            prefix = printed_by or ""
        marker_to = marker_from = None
        from_line: str | None = None
        to_line: str | None = None
        if jump_from is not None:
            a["continued_from"] = jump_from
            if zh:
                m = r.choice([f"（上接第{jump_from}版）", f"（上接{jump_from}版）", f"（接{jump_from}版）"])
                if varied and x.random() < 0.7:
                    m = x.choice([f"（上接第{zh_numeral(jump_from)}版）", f"（接第{zh_numeral(jump_from)}版）"])
                if r.random() < 0.5:
                    marker_from = m
                else:
                    from_line = m
            else:
                from_line = r.choice([f"Continued from Page A{jump_from}", f"Continued from A{jump_from}"])
                if varied:
                    from_line = x.choice([f"From Page A{jump_from}", f"Continued from Page A{jump_from}"])
        if jump_to is not None:
            a["continued_to"] = jump_to
            if zh:
                m = r.choice([f"（下转第{jump_to}版）", f"（下转{jump_to}版）", f"（转{jump_to}版）"])
                if varied and x.random() < 0.7:
                    m = x.choice([f"（下转第{zh_numeral(jump_to)}版）", f"（转第{zh_numeral(jump_to)}版）"])
                if r.random() < 0.6:
                    marker_to = m
                else:
                    to_line = m
            else:
                word = next((w for w in re.findall(r"[A-Za-z]{4,}", a["headline"] or "")
                             if w.lower() not in ("with", "from", "that", "this", "will")), "STORY")
                to_line = r.choice([f"See {word.upper()}, Page A{jump_to}",
                                    f"See {word.upper()} on Page A{jump_to}"])
                if varied:
                    to_line = x.choice([f"Please see {word.upper()}, Page A{jump_to}",
                                        f"See {word.upper()} on A{jump_to}", f"Please see {word.upper()}, A{jump_to}"])
        body: list[str] = []
        para_starts: list[int] = []
        for n, p in enumerate(paras):
            para_starts.append(len(body))
            pre = ""
            if n == 0:
                pre = (marker_from or "") + prefix
            text = p
            if n == len(paras) - 1 and byplace == "tail":
                text = p + (printed_by or "")
            lines = self.paragraph_lines(text, pre) if (pre or text) else []
            if n == len(paras) - 1 and marker_to:
                w = 2 * (self.k.width or 20) + 2
                if lines and cells(lines[-1] + marker_to) <= w:
                    lines[-1] += marker_to
                else:
                    lines.append(marker_to)
            body += lines
        if not paras and prefix:
            body.append(prefix)
        extra_at: list[tuple[int, list[tuple[Block, Any]]]] = []
        for how, ins in placed or []:
            n0 = len(body)
            at = self.insert_point(body, para_starts, how)
            if how in ("hyphen", "zmid") and len(body) > n0:  # a line split before `at`: shift the rest
                extra_at = [(c + 1 if c >= at else c, v) for c, v in extra_at]
            extra_at.append((at, ins))
            extra_at.sort(key=lambda t: t[0])
        # interruptions at line boundaries inside the body (never before its third line)
        segments: list[list[tuple[Block, Any]]] = []
        cuts = sorted(r.sample(range(2, len(body) - 1), min(len(inserts), max(0, len(body) - 3))))
        prev = 0
        for c, ins in sorted(list(zip(cuts, inserts)) + extra_at, key=lambda t: t[0]):
            segments.append([(Block(body[prev:c], body=True), a)])
            segments.append(ins)
            prev = c
        segments.append([(Block(body[prev:], body=True), a)])
        segments += inserts[len(cuts):]  # no room inside a short body: after it
        flat = [x for s in segments for x in s if x[0].lines]
        stack = list(logo or []) + [(b, a) for b in self.stack(st)]
        by_block = [(Block([printed_by or ""]), a)] if byplace == "line" else []
        if from_line:
            flat.insert(0, (Block([from_line]), a))
        if to_line:
            flat.append((Block([to_line]), a))
        if place == "after":
            return flat + stack + by_block
        if place == "middle" and len(body) > 4 and flat[0][0].body:
            k = r.randint(2, min(6, len(flat[0][0].lines) - 1)) if len(flat[0][0].lines) > 3 else 0
            if k:
                head = flat[0]
                first = (Block(head[0].lines[:k], body=True), a)
                rest = (Block(head[0].lines[k:], body=True), a)
                return [first] + stack + by_block + [rest] + flat[1:]
        return stack + by_block + flat


    def insert_point(self, body: list[str], starts: list[int], how: str) -> int:
        """A line index to break the body at: between two paragraphs, or inside a sentence (a
        line end that ends no sentence; in a paragraph-per-line shape the paragraph's line is
        split in two).  `body` and `starts` are updated when a line is split.  Fourth wave:
        "hyphen" breaks at a hyphen-broken word, "zmid" is "mid" drawn from the fourth generator."""
        x = self.x
        if how == "hyphen":
            return self.hyphen_point(body, starts)
        if how == "zmid":
            x, how = self.z, "mid"
        if how == "between" and len(starts) > 1:
            return x.choice(starts[1:])
        ok = [i for i in range(1, len(body)) if i not in starts and not ends_sentence(body[i - 1])
              and "（" not in body[i - 1][-8:]]
        if ok:
            return x.choice(ok)
        # split a long line inside a sentence (both halves stay one paragraph)
        for i in sorted(range(len(body)), key=lambda j: -len(body[j]))[:3]:
            line = body[i]
            if self.zh:
                spots = [j for j in range(len(line) // 3, 2 * len(line) // 3)
                         if line[j - 1] not in "。！？…”’」』（" and line[j] not in CLOSE and not line[j - 1].isspace()
                         and not (line[j - 1].isascii() and line[j].isascii())]
            else:
                spots = [m.start() for m in re.finditer(r" ", line)
                         if len(line) // 3 < m.start() < 2 * len(line) // 3
                         and not line[:m.start()].endswith(SENTENCE_END)]
            spots = [j for j in spots if all(len(rx.findall(norm(line))) == len(rx.findall(norm(line[:j])))
                                              + len(rx.findall(norm(line[j:]))) for rx in JUMP_RES["zh" if self.zh else "en"])]
            if spots and len(line) >= 30:
                j = x.choice(spots)
                head, tail = line[:j].rstrip(), line[j:].lstrip()
                if not head.strip() or not tail.strip() or ends_sentence(head):
                    continue
                body[i:i + 1] = [head, tail]
                starts[:] = [s if s <= i else s + 1 for s in starts]
                return i + 1
        return x.choice(starts[1:]) if len(starts) > 1 else len(body)

    def hyphen_point(self, body: list[str], starts: list[int]) -> int:
        """(fourth wave, en) A line index right after a line ending in a hyphen-broken word inside
        a paragraph: an existing soft or compound break, else a word of a line broken in two
        (`two-` / `story building`, `build-` / `ing`)."""
        z = self.z
        ok = [i for i in range(1, len(body)) if i not in starts and re.search(r"[A-Za-z]-$", body[i - 1])]
        if ok and z.random() < 0.5:
            return z.choice(ok)
        spots = [(i, m) for i, line in enumerate(body)
                 for m in re.finditer(r"(?<= )([a-z]{2,}-[a-z]{3,}|[a-z]{7,})(?=[ ,.;:]|$)", line)
                 if line[:m.start()].strip() and line[m.end():].strip()]
        if not spots:
            return z.choice(ok) if ok else self.insert_point(body, starts, "zmid")
        compound = [t for t in spots if "-" in t[1].group(1)]
        i, m = z.choice(compound if compound and z.random() < 0.6 else spots)
        line, w = body[i], m.group(1)
        if "-" in w:
            k = w.index("-") + 1
            head, tail = line[:m.start()] + w[:k], w[k:] + line[m.end():]
        else:
            k = z.randint(3, len(w) - 3)
            head, tail = line[:m.start()] + w[:k] + "-", w[k:] + line[m.end():]
        body[i:i + 1] = [head, tail]
        starts[:] = [s if s <= i else s + 1 for s in starts]
        return i + 1


# ---- the third wave: obituaries, blotters, sports, Q&A, corrections, mastheads, mid-sentence boxes
EN_TEAMS = ["Ridgeline", "Copper Bend", "Heron Falls", "Maple Ford", "Granite Hill", "Otter Lake",
            "Flint Creek", "Willowbrook", "Birch Valley", "Stony Point"]
EN_WOMEN = {"Nora", "Priscilla", "Harriet", "Lucia", "Imani", "Wren", "Colette", "Beatrix"}
EN_MASCOTS = ["Hawks", "Miners", "Herons", "Pioneers", "Rams", "Otters", "Wolves", "Eagles"]
ZH_TEAMS = ["城关镇", "河西镇", "新桥乡", "东关街道", "县一中", "县实验中学", "工业园区", "白沙镇"]
EN_ROLES = ["ran the hardware store on Main Street", "taught fourth grade at the elementary school",
            "drove a school bus", "kept the books for the grain co-op", "served on the volunteer fire "
            "department", "ran a dairy farm north of town", "played the organ at the Methodist church"]
ZH_ROLES = [("县第一中学退休教师", "从事教育工作"), ("县人民医院原副院长", "从事医疗工作"),
            ("县农业技术推广站原站长", "从事农技推广工作"), ("县供销社退休职工", "在供销系统工作")]
EN_QA = [
    ("What surprised you most in your first months?",
     "How many people stop me at the grocery store with ideas. Most of them are good ones, and a few "
     "are already on my list."),
    ("What is the biggest job ahead of you this year?",
     "Getting the {thing} finished before winter. We have the money set aside; now it is a matter of "
     "weather and crews."),
    ("Where does the money come from?",
     "About two-thirds from a state grant and the rest from the reserve fund. No one's taxes go up "
     "for it."),
    ("What would you tell someone who thinks the town is moving too fast?",
     "Come to a meeting. I would rather hear the worry in March than read about it in November."),
    ("What do you do when you are not at work?",
     "I coach my daughter's soccer team, badly, and I fish whenever the river lets me."),
]
ZH_QA = [
    ("今年的重点工作有哪些？",
     "主要是三件事：一是把{thing}建好用好，二是抓好冬春季节的安全生产，三是继续帮助群众增收。"),
    ("群众最关心的问题是什么？",
     "大家最关心的还是家门口的事，比如道路、饮水和孩子上学。我们把这些事情列成清单，一件一件去办。"),
    ("资金从哪里来？",
     "一部分来自上级补助，一部分由县里统筹安排，还有一部分是企业和乡贤自愿捐助的。"),
    ("工作中遇到的最大困难是什么？",
     "最难的是人手不够。我们一方面从机关抽调干部下沉，一方面请村里的老党员、老教师一起来帮忙。"),
    ("下一步还有什么打算？",
     "我们准备在年底前再走访一遍全县的村和社区，把群众提的意见建议梳理出来，明年接着干。"),
]


class More:
    """Invented content of the third wave, drawn from its own generator `y`."""

    def __init__(self, b: PageBuilder, y: random.Random) -> None:
        self.b, self.y, self.p, self.zh = b, y, b.paper, b.zh

    def story(self, kind: str, headline: str, paras: list[str], kicker: str | None = None,
              sub: str | None = None, plain: bool = False) -> Story:
        """An invented story (`plain`: printed with no byline, its headline before it)."""
        return Story(kind, kicker, headline, sub, None, paras, self.p.lang,
                     ("plain/" if plain else "more/") + headline)

    def md(self) -> tuple[int, int]:
        d = self.p.date - dt.timedelta(days=self.y.randint(1, 3))
        return d.month, d.day

    # -- obituaries
    def obit_story(self) -> Story:
        y, p = self.y, self.p
        m, d = self.md()
        age = y.randint(71, 99)
        if self.zh:
            name = zh_name(y)
            role, work = y.choice(ZH_ROLES)
            head = y.choice([f"{name}同志逝世", f"{role}{name}同志逝世", f"深切缅怀{name}同志"])
            paras = [f"{role}{name}同志，因病医治无效，于{p.date.year}年{m}月{d}日在{p.place}逝世，享年{age}岁。",
                     f"{name}同志{p.date.year - age}年出生，{p.date.year - age + 20}年参加工作，长期{work}，"
                     f"先后{y.randint(2, 6)}次被评为县级先进工作者。退休后，{name}同志仍热心公益，"
                     f"常年义务为{y.choice(['社区居民', '村里的孩子', '老年大学学员'])}讲课。",
                     f"{name}同志的遗体告别仪式已于{m}月{d + 1 if d < 28 else d}日在{p.place}县殡仪馆进行。"]
            return self.story("news", head, paras)
        first, last = y.choice(EN_FIRST), y.choice(EN_LAST)
        mid = y.choice("ABCDEJLMRW")
        she = "She" if first in EN_WOMEN else "He"
        role = y.choice(EN_ROLES)
        head = y.choice([f"{first} {mid}. {last}, {age}", f"{first} {last}, who {role}, dies at {age}",
                         f"{first} {last} remembered for decades of service"])
        wd = (p.date - dt.timedelta(days=y.randint(1, 3))).strftime("%A")
        paras = [f"{first} {mid}. {last}, who {role} for {y.randint(12, 45)} years, died {wd} at "
                 f"{y.choice(['home', 'the county hospital', 'a care center in ' + p.place])}. "
                 f"{she} was {age}.",
                 f"Born in {p.place} in {p.date.year - age}, {she.lower()} graduated from {p.place} High "
                 f"School and spent most of {'her' if she == 'She' else 'his'} life within a few miles "
                 "of the house where "
                 f"{she.lower()} grew up.",
                 f"Friends said {she.lower()} never missed a school play or a church supper. "
                 f"“{y.choice(['Everybody knew where to find', 'You could always count on'])} "
                 f"{'her' if she == 'She' else 'him'},” said {en_name(y)}, a neighbor.",
                 f"{she} is survived by {y.randint(2, 5)} children and {y.randint(3, 14)} grandchildren. "
                 f"A memorial service is planned for {y.randint(10, 11)} a.m. Saturday at "
                 f"{y.choice(['St. Brendan', 'First Methodist', 'Grace Lutheran'])} Church."]
        return self.story("news", head, paras)

    def obit_head(self) -> list[str]:
        return [self.y.choice(["讣闻", "缅怀"] if self.zh else ["OBITUARIES", "Obituaries", "DEATHS"])]

    def obit_contact(self) -> list[str]:
        y = self.y
        if self.zh:
            return [f"讣闻刊登请联系：0{y.randint(700, 899)}-{y.randint(6000000, 6999999)}"]
        host = self.p.place.split()[0].lower()
        return [f"Obituaries may be sent to obits@{host}.example or call 555-{y.randint(100, 999):04d}."]

    def death_notice(self, width: int) -> list[str]:
        """A paid death notice box (skipped)."""
        y, p = self.y, self.p
        m, d = self.md()
        if self.zh:
            n = zh_name(y)
            text = (f"{n}同志因病于{p.date.year}年{m}月{d}日逝世，享年{y.randint(70, 96)}岁。"
                    f"定于{m}月{min(d + 2, 28)}日上午{y.randint(8, 10)}时在{p.place}县殡仪馆"
                    f"{y.choice(['福寿厅', '安息厅', '一号厅'])}举行告别仪式。特此讣告。")
            return ([y.choice(["讣告", "讣　告", "讣 告"])] + wrap_zh(text, max(width, 10))
                    + [f"{n}同志治丧小组", f"{p.date.year}年{m}月{d}日"])
        out = [y.choice(["DEATH NOTICES", "IN MEMORIAM", "PAID NOTICES"])]
        for _ in range(y.randint(1, 3)):
            last, first = y.choice(EN_LAST).upper(), y.choice(EN_FIRST)
            text = (f"{last}, {first} {y.choice('ABCDEJLMRW')}., {y.randint(60, 99)}, of "
                    f"{y.choice(EN_TOWN1)} {y.choice(EN_TOWN2)}, {MONTHS[m - 1][:3].title()}. {d}. "
                    f"Services {y.randint(10, 11)} a.m. {y.choice(['Saturday', 'Monday', 'Tuesday'])}. "
                    f"Arrangements by {y.choice(EN_LAST)} Funeral Home.")
            out += wrap_en(text, max(width, 30))
        return out

    # -- police blotter
    def blotter_items(self) -> list[tuple[str, str]]:
        y, p = self.y, self.p
        if self.zh:
            pool = [
                ("电动车被盗", "{m}月{d}日晚，{where}一居民报警称，停放在楼下的电动车被盗。民警调取监控后，"
                 "于次日将嫌疑人抓获，被盗车辆已发还失主。"),
                ("醉驾被查", "{m}月{d}日凌晨，交警在{where}路口查获一名酒后驾驶小型汽车的男子，经检测，"
                 "其血液酒精含量达到醉驾标准，已被依法处理。"),
                ("老人走失", "{m}月{d}日下午，一名八旬老人在{where}附近走失。民警和网格员分头寻找，"
                 "两个小时后将老人平安送回家中。"),
                ("电信诈骗", "{m}月{d}日，{where}一居民接到自称“客服”的电话，险些按对方要求转账。"
                 "社区民警及时上门劝阻，避免了损失。"),
                ("邻里纠纷", "{m}月{d}日上午，{where}两户居民因楼道堆物发生争执。民警到场后耐心调解，"
                 "双方握手言和。"),
            ]
            wheres = ["城南小区", "河西街道", "汽车站", "农贸市场", "新桥社区", f"{p.place}大道"]
        else:
            pool = [
                ("Bike taken from rack", "A resident of the {n}00 block of {street} told officers {wd} that "
                 "someone cut a lock and took a blue mountain bike from a rack outside the library."),
                ("Driver cited after crash", "Police cited a {age}-year-old driver for following too "
                 "closely after a two-car crash at {street} and Depot Road on {wd}. No one was hurt."),
                ("Mailbox damaged", "A homeowner on {street} reported {wd} that a mailbox had been knocked "
                 "over for the second time this month. Damage was estimated at ${n}0."),
                ("Phone scam reported", "A caller on {street} reported {wd} that a man claiming to work "
                 "for the power company demanded payment in gift cards. She hung up and called police."),
                ("Loose cattle", "Officers helped a farmer herd {n} heifers back through a broken fence "
                 "on {street} early {wd}. Traffic was slowed for about an hour."),
            ]
            wheres = [f"{y.choice(EN_TOWN1)} {y.choice(['Street', 'Avenue', 'Road'])}" for _ in range(5)]
        out = []
        for head, text in y.sample(pool, y.randint(2, 4)):
            m, d = self.md()
            wd = y.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
            out.append((head, text.format(m=m, d=d, where=y.choice(wheres), street=y.choice(wheres),
                                          n=y.randint(2, 9), wd=wd, age=y.randint(17, 80))))
        return out

    def blotter_head(self) -> list[str]:
        return [self.y.choice(["警情通报", "警　讯", "平安播报", "警务快讯"] if self.zh
                              else ["POLICE BLOTTER", "POLICE BEAT", "ON THE BLOTTER", "SHERIFF'S CALLS"])]

    def police_log(self) -> Story:
        """A log of timestamped entries under one head: one story, an entry a paragraph."""
        y = self.y
        items = self.blotter_items()
        if self.zh:
            head = y.choice(["一周警情", "警情简报"])
            paras = [t for _, t in items]  # each entry starts with its date
            intro = "以下警情由县公安局提供。"
        else:
            head = y.choice(["Police log", "Sheriff's log", "POLICE LOG"])
            m = MONTHS[self.p.date.month - 1][:3].title()
            paras = [f"{m}. {y.randint(1, 28)}, {y.randint(1, 11)}:{y.randint(10, 59)} "
                     f"{y.choice(['a.m.', 'p.m.'])}: " + t for _, t in items]
            intro = "The following items are taken from police reports. An arrest is not a finding of guilt."
        return self.story("news", head, ([intro] if y.random() < 0.6 else []) + paras, plain=True)

    # -- sports
    def sports(self) -> tuple[Story, list[list[str]]]:
        """A game recap and its boxes (line score with scoring summary, standings, results)."""
        y, p = self.y, self.p
        m, d = self.md()
        if self.zh:
            a, bb = y.sample(ZH_TEAMS, 2)
            qa = [y.randint(14, 28) for _ in range(4)]
            qb = [y.randint(12, 26) for _ in range(4)]
            if sum(qa) <= sum(qb):
                qa[3] += sum(qb) - sum(qa) + y.randint(1, 6)
            sa, sb = sum(qa), sum(qb)
            star, pts = zh_name(y), y.randint(18, 34)
            head = y.choice([f"{a}队{sa}∶{sb}力克{bb}队", f"全民篮球联赛{a}队主场取胜"])
            paras = [f"{m}月{d}日晚，{p.place}县第{y.randint(3, 9)}届全民篮球联赛第{y.randint(2, 8)}轮在县体育馆进行，"
                     f"{a}队以{sa}比{sb}战胜{bb}队。",
                     f"比赛开始后，双方比分交替上升。第三节{a}队加强防守，连续抢断得手，一度领先{y.randint(8, 15)}分。"
                     f"{bb}队在最后一节奋力追赶，但未能扭转局面。",
                     f"{a}队{star}全场拿下{pts}分，是场上得分最高的球员。赛后他说：“大家打得很团结，下一轮还要继续努力。”",
                     f"据了解，本届联赛共有{y.randint(8, 16)}支队伍参赛，比赛将持续到{m % 12 + 1}月中旬。"]
            line = ([y.choice(["比分", "本场比分", "技术统计"])]
                    + [f"{t}队 " + " ".join(map(str, q)) + f" — {sum(q)}" for t, q in ((a, qa), (bb, qb))]
                    + [f"得分最高：{a}队 {star} {pts}分", f"篮板最多：{bb}队 {zh_name(y)} {y.randint(8, 15)}个"])
            teams = y.sample(ZH_TEAMS, 5)
            wins = sorted((y.randint(0, 7) for _ in teams), reverse=True)
            standings = ([y.choice(["积分榜", "本轮积分榜"]), "名次 队名 胜 负 积分"]
                         + [f"{i + 1} {t}队 {w} {7 - w} {2 * w + (7 - w)}" for i, (t, w) in enumerate(zip(teams, wins))])
            others = y.sample([t for t in ZH_TEAMS if t not in (a, bb)], 4)
            results = ([y.choice(["本轮战果", "其他场次"])]
                       + [f"{others[i]}队 {y.randint(60, 95)}∶{y.randint(55, 90)} {others[i + 1]}队" for i in (0, 2)])
            return self.story("news", head, paras), [line, standings, results]
        a, bb = y.sample(EN_TEAMS, 2)
        ma = y.choice(EN_MASCOTS)
        pts = [0, 0, 3, 7, 7, 10, 14]
        qa = [y.choice(pts) for _ in range(4)]
        qb = [y.choice(pts) for _ in range(4)]
        if sum(qa) <= sum(qb):
            qa[3] += sum(qb) - sum(qa) + 7
        sa, sb = sum(qa), sum(qb)
        back, qb_name, kick = y.choice(EN_LAST), y.choice(EN_LAST), y.choice(EN_LAST)
        head = y.choice([f"{ma} hold off {bb}", f"{back} carries {a} past {bb}", f"{a} rallies for {sa}-{sb} win"])
        paras = [f"{a.upper()} — {y.choice(EN_FIRST)} {back} ran for {y.randint(90, 210)} yards and two "
                 f"touchdowns Friday night as the {ma} beat {bb} {sa}-{sb} in a Valley Conference game.",
                 f"{bb} led at halftime, but {a} opened the third quarter with a {y.randint(8, 14)}-play drive "
                 f"and never trailed again. {qb_name} completed {y.randint(9, 15)} of {y.randint(16, 24)} passes.",
                 f"“We just kept running the same play until they stopped it,” coach {en_name(y)} said. "
                 "“They never did.”",
                 f"The {ma} ({y.randint(4, 8)}-{y.randint(0, 3)}) play at {y.choice(EN_TEAMS)} next week."]
        ab, bab = "".join(w[0] for w in a.split()), "".join(w[0] for w in bb.split())
        if ab == bab:
            bab = bb[:2].upper()
        summary = [f"{ab} — {back} {y.randint(1, 9)} run ({kick} kick)",
                   f"{bab} — FG {y.choice(EN_LAST)} {y.randint(22, 45)}",
                   f"{ab} — {y.choice(EN_LAST)} {y.randint(10, 60)} pass from {qb_name} ({kick} kick)"]
        line = ([y.choice(["BOX SCORE", "SCOREBOARD", f"{a.upper()} {sa}, {bb.upper()} {sb}"])]
                + [f"{t} " + " ".join(map(str, q)) + f" — {sum(q)}" for t, q in ((a, qa), (bb, qb))])
        if y.random() < 0.7:
            line += (["Scoring summary"] if y.random() < 0.5 else []) + summary
        teams = y.sample(EN_TEAMS, 5)
        wins = sorted((y.randint(0, 8) for _ in teams), reverse=True)
        standings = ([y.choice(["VALLEY CONFERENCE", "STANDINGS"]), "Conf. W L"]
                     + [f"{t} {w} {8 - w}" for t, w in zip(teams, wins)])
        others = y.sample([t for t in EN_TEAMS if t not in (a, bb)], 4)
        results = ([y.choice(["FRIDAY'S RESULTS", "AREA SCORES", "RESULTS"])]
                   + [f"{others[i]} {y.randint(21, 48)}, {others[i + 1]} {y.choice([0, 3, 6, 7, 10, 13, 14, 17, 20])}"
                      for i in (0, 2)])
        return self.story("news", head, paras, kicker=y.choice([None, "PREP FOOTBALL"])), [line, standings, results]

    # -- Q&A
    def qa(self) -> Story:
        y, p = self.y, self.p
        pairs = y.sample(ZH_QA if self.zh else EN_QA, y.randint(3, 5))
        if self.zh:
            name = zh_name(y)
            role = y.choice(["农业农村局局长", "文旅局局长", "住建局局长", "镇党委书记"])
            thing = y.choice(["乡村客厅", "农产品冷链仓", "城乡公交线路"])
            head = y.choice(["把群众的小事当成大事来办", "让更多农产品走出大山", "一件一件办好家门口的事"])
            intro = f"近日，记者就今年的重点工作采访了{p.place}县{role}{name}。"
            ask = y.choice(["记者：", "问：", "本报记者："])
            ans = name + "：" if ask != "问：" else "答："
            paras = [intro] + [t for q, a in pairs for t in (ask + q, ans + a.format(thing=thing))]
            return self.story("interview", head, paras, sub=f"——专访{p.place}县{role}{name}")
        first, last = y.choice(EN_FIRST), y.choice(EN_LAST)
        role = y.choice(["fire chief", "town manager", "library director", "school superintendent"])
        thing = y.choice(["new fire station", "river trail bridge", "library addition"])
        head = y.choice([f"Five questions for the new {role}", f"A conversation with {first} {last}",
                         f"{last} on the year ahead"])
        intro = (f"{first} {last} became {p.place}'s {role} in the spring. {last} spoke with the "
                 f"{p.name.replace('The ', '')} about the year ahead. The interview has been edited for length.")
        if y.random() < 0.5:
            ask, ans = "Q: ", "A: "
        else:
            ask, ans = p.name.split()[-1].upper() + ": ", last.upper() + ": "
        paras = [intro] + [t for q, a in pairs for t in (ask + q, ans + a.format(thing=thing))]
        return self.story("interview", head, paras, kicker=y.choice([None, "Q&A", "THE INTERVIEW"]))

    # -- corrections
    def corrections(self, n: int) -> Story:
        y, p = self.y, self.p
        m, d = self.md()
        if self.zh:
            forms = [("《{t}》一文中，“{a}万元”应为“{b}万元”。", "数字"),
                     ("《{t}》一文中，受访者“{x}”的姓名有误，应为“{z}”。", "姓名"),
                     ("《{t}》一文的图片说明中，拍摄地点应为{place}县{loc}。", "地点")]
            items = []
            for form, _ in y.sample(forms, n):
                t = y.choice(["城南新添口袋公园", "冬季农产品展销会开幕", "老街改造完成过半", "县图书馆延长开放时间"])
                x = zh_name(y)
                body = form.format(t=t, a=y.randint(20, 90), b=y.randint(100, 300), x=x, z=x[0] + y.choice(ZH_GIVEN),
                                   place=p.place, loc=y.choice(["白沙镇", "河西街道", "新桥乡"]))
                items.append(f"本报{m}月{d}日{y.randint(2, 8)}版" + body + y.choice(["特此更正。", "特此更正，并向读者致歉。"]))
            return self.story("brief", y.choice(["更正", "更　正", "更正启事"]) if n == 1 else y.choice(["更正", "更正与说明"]), items, plain=True)
        wd = (p.date - dt.timedelta(days=y.randint(1, 3))).strftime("%A")
        forms = ["A story on Page A{pg} on {wd} about the {town} {event} gave the wrong date. It is {mon} {d}.",
                 "A photo caption on Page A{pg} on {wd} misspelled the name of {first} {last}.",
                 "A story on {wd} about the {town} school budget misstated the increase. It is {n} percent."]
        items = [f.format(pg=y.randint(2, 8), wd=wd, town=p.place, event=y.choice(["craft fair", "arts walk", "food drive"]),
                          mon=MONTHS[m - 1][:3].title() + ".", d=y.randint(1, 28), first=y.choice(EN_FIRST),
                          last=y.choice(EN_LAST), n=y.randint(2, 9)) for f in y.sample(forms, n)]
        items[-1] += f" The {p.name.split()[-1]} regrets the error{'s' if n > 1 else ''}."
        return self.story("brief", y.choice(["CORRECTION", "Correction", "FOR THE RECORD"]) if n == 1
                          else y.choice(["CORRECTIONS", "Corrections", "FOR THE RECORD"]), items, plain=True)

    # -- mastheads and page headers (skipped): each visually separate block one list
    def masthead(self, heads: list[str]) -> list[list[str]]:
        y, p = self.y, self.p
        d = p.date
        issue = y.randint(12, 52)
        if self.zh:
            # the nameplate alone would occur in a 某某日报讯 byline: it goes with a line under it
            name = y.choice([p.name, " ".join(p.name), "　".join(p.name)])
            motto = y.choice(["立足县域　服务群众", "传递党的声音　记录百姓生活", f"{p.place}人自己的报纸"])
            blocks = [[name, y.choice([p.latin, motto])]]
            blocks.append([y.choice([f"{d.year}年{d.month}月{d.day}日 第{issue}期 本期{y.choice([4, 8, 12])}版",
                                     f"{d.year}年{d.month}月{d.day}日 星期{WEEK_ZH[d.weekday()]} 每份{y.choice(['1.00', '1.50', '2.00'])}元",
                                     f"{d.year}年{d.month}月{d.day}日 第{issue}期 零售价{y.choice(['一', '二'])}元"])])
            if y.random() < 0.6:
                secs = y.sample(["要闻 2版", "市场·行情 3版", "县域 4版", "文体 5版", "民生 6版", "副刊 7版"], 3)
                blocks.append([y.choice(["本期导读：", "导读　"]) + " ".join(secs)])
            if y.random() < 0.6:
                lo = y.randint(-3, 18)
                blocks.append(y.choice([[f"今日天气 {y.choice(['多云', '晴', '小雨'])} {lo}～{lo + y.randint(5, 10)}℃"],
                                        ["福利彩票", f"双色球第{d.year}{y.randint(100, 140)}期",
                                         " ".join(f"{y.randint(1, 33):02d}" for _ in range(6)) + f" + {y.randint(1, 16):02d}"]]))
            return blocks
        mon = MONTHS[d.month - 1]
        # the nameplate goes with its motto (alone it would occur in a photo credit)
        blocks = [[p.name.upper() if y.random() < 0.7 else p.name,
                   y.choice([f"Serving {p.place} since {y.randint(1870, 1960)}", "All the news that fits the valley",
                             f"{p.place}'s own newspaper"])]]
        week = f"WEEK OF {mon[:3]}. {d.day}-{d.day + 6}, {d.year}" if d.day <= 22 else f"{d.strftime('%A').upper()}, {mon} {d.day}, {d.year}"
        blocks.append([y.choice([f"{d.strftime('%A')}, {mon.title()} {d.day}, {d.year} • {y.choice(['Late Edition', 'Final Edition', 'Weekend Edition'])} • ${y.choice(['1.00', '1.50', '2.00'])}",
                                 f"{week} | Vol. {y.randint(20, 140)}, No. {issue} | {y.choice(['$1', '75¢', '$1.25'])}"])])
        if y.random() < 0.6:
            secs = y.sample(["Obituaries A4", "Opinion A6", "Sports B1", "Classifieds B6", "Puzzles B7", "Calendar A5"], 4)
            blocks.append([y.choice(["INSIDE: ", "INDEX "]) + " • ".join(secs)])
        if y.random() < 0.6:
            hi = y.randint(30, 85)
            blocks.append(y.choice([[f"TODAY {hi}°/{hi - y.randint(10, 20)}° {y.choice(['Showers', 'Sunny', 'Cloudy'])}"],
                                    ["LOTTERY", f"Pick 3: {y.randint(0, 9)}-{y.randint(0, 9)}-{y.randint(0, 9)}",
                                     "Powerball: " + "-".join(str(v) for v in sorted(y.sample(range(1, 70), 5)))
                                     + f" ({y.randint(1, 26)})"]]))
        return blocks

    def header(self, page: int, letter: str) -> list[list[str]]:
        y, p = self.y, self.p
        d = p.date
        if self.zh:
            sec = y.choice(["市场·行情", "县域·观察", "文体·周刊", "民生·热线", "综合新闻"])
            forms = [[f"第{page}版 {sec}"], [f"{d.year}年{d.month}月{d.day}日 第{y.randint(12, 52)}期 本期{y.choice([4, 8, 12])}版"],
                     [f"{page:02d} {sec} 责编：{pad(zh_name(y), y)}"], [f"第{zh_numeral(page)}版　{sec}"]]
            return y.sample(forms, y.randint(1, 2))
        sec = y.choice(["SPORTS", "LOCAL", "OPINION", "BUSINESS", "LIFE"])
        mon = MONTHS[d.month - 1][:3]
        week = f"WEEK OF {mon}. {d.day}-{d.day + 6}, {d.year}" if d.day <= 22 else f"{mon}. {d.day}, {d.year}"
        return [y.choice([[f"{letter}{page} {sec} {p.name.upper()} • {week}"],
                          [f"{letter}{page} | {sec.title()} | {d.strftime('%A')}, {mon}. {d.day}, {d.year}"],
                          [f"{p.name} {sec} {letter}{page}"]])]

    # -- a small box that lands inside a sentence
    def small_box(self) -> list[str]:
        y, p = self.y, self.p
        if self.zh:
            return y.choice([[y.choice(["链接", "小贴士", "温馨提示"]), f"咨询电话：0{y.randint(700, 899)}-{y.randint(6000000, 6999999)}"],
                             [f"扫码观看{p.place}融媒视频"],
                             ["数据", f"{y.randint(2, 30)}个 {y.randint(100, 900)}户 {y.randint(2, 9)}.{y.randint(1, 9)}亿元"]])
        host = p.place.split()[0].lower()
        return y.choice([["IF YOU GO", f"When: {y.randint(1, 11)} p.m. {y.choice(['Saturday', 'Sunday'])}",
                          f"Where: {y.choice(EN_TOWN1)} Grange Hall", f"Cost: ${y.randint(2, 15)}"],
                         [f"ONLINE: More photos at {host}.example/{y.choice(['news', 'local', 'photos'])}"],
                         ["FAST FACTS", f"{y.randint(2, 90)} volunteers", f"{y.randint(2, 900)} meals served"]])


# ---- the fourth wave: column logos, decks in the headline's block, spaced prose, wrapped run-in
# heads, obituary life dates, a caption inside a hyphen-broken word, a stack after its body with a table
ZH_LOGO_HEAD = ["今日", "政策", "民生", "港城", "乡镇", "法官", "读者", "三农", "百姓", "县域", "周末", "社区",
                "健康", "法治", "田间", "警民", "文化", "校园", "网友", "专家", "基层", "滨江", "老街", "职工"]
ZH_LOGO_NOUN = ["评论", "问答", "热线", "对话", "传真", "说法", "来信", "观察", "视点", "时评", "漫谈", "访谈",
                "纪事", "手记", "速递", "茶座", "论坛", "信箱"]
EN_OPINION_LOGOS = ["OUR VIEW", "MY TURN", "GUEST COLUMN", "ANOTHER VIEW", "IN MY OPINION", "EDITORIAL",
                    "COMMENTARY", "FROM THE EDITOR"]
EN_COLUMN_LOGOS = ["GUEST COLUMN", "SPORTS COLUMN", "OUTDOORS COLUMN", "MY TURN", "COMMUNITY VOICES", "ON THE FARM"]
EN_LOGOS = EN_OPINION_LOGOS + [x for x in EN_COLUMN_LOGOS if x not in EN_OPINION_LOGOS]
EN_DECKS = ["Officials say the work could stretch into next year, and residents will get a chance to weigh in",
            "Supporters call the change overdue, while critics worry about what it will cost taxpayers",
            "The plan would be paid for with a state grant and a small draw from the town's reserves",
            "Board members are split on the timing as the deadline for a decision draws near",
            "A public hearing is planned for next month before any final vote is taken",
            "Neighbors packed the meeting room, and many left with more questions than answers"]
EN_CAPTIONS = [("NEW STATION RISING", "Crews set roof trusses on the new {place} fire station on Tuesday. "
                "The building is due to open in the spring."),
               ("STOCKING UP", "Volunteers sort canned goods at the {place} food pantry on Monday ahead of "
                "the holiday rush."),
               ("HIGH WATER", "A heron fishes below the Mill Street dam on Wednesday morning as the river "
                "runs high after two days of rain."),
               ("GREEN THUMBS", "Students from {place} High School plant oak seedlings along the river "
                "trail on Friday."),
               ("READY TO READ", "{first} {last}, 7, picks out a stack of picture books at the {place} "
                "library's summer reading kickoff on Saturday.")]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ZH_TIDES = ["潮汐预报", "本周潮汐表", "{place}港潮汐"]
ZH_PRICES = [("今日菜价", "品名 价格（元/斤）", ["白菜", "萝卜", "土豆", "西红柿", "黄瓜", "青椒", "芹菜"], 0.8, 6),
             ("农贸市场价格行情", "品名 均价（元/斤）", ["猪肉", "牛肉", "鸡蛋", "草鱼", "带鱼", "活虾"], 5, 45),
             ("粮油价格", "品名 价格（元/公斤）", ["大米", "面粉", "菜籽油", "花生油", "玉米"], 3, 30)]


class Fourth:
    """Invented content of the fourth wave, drawn from its own generator `z`."""

    def __init__(self, b: PageBuilder, z: random.Random) -> None:
        self.b, self.z, self.p, self.zh = b, z, b.paper, b.zh

    def logo(self, opinion: bool = True) -> str:
        """A column name: zh 2-6 characters ending in a genre noun, en an ALL-CAPS label (an
        opinion one over a commentary)."""
        z = self.z
        if not self.zh:
            return z.choice(EN_OPINION_LOGOS if opinion else EN_COLUMN_LOGOS)
        return z.choice(ZH_LOGO_HEAD + [self.p.place, self.p.place, ""]) + z.choice(ZH_LOGO_NOUN)

    def deck(self) -> str:
        return self.z.choice(EN_DECKS)

    def table(self) -> list[str]:
        """A tide or price table with its 数据来源 line (a skipped data box)."""
        z, p = self.z, self.p
        if z.random() < 0.4:
            rows = []
            for n in range(z.randint(2, 4)):
                d = p.date + dt.timedelta(days=n)
                h1, h2 = z.randint(0, 11), z.randint(12, 23)
                rows.append(f"{d.month}月{d.day}日 {h1:02d}:{z.randint(0, 59):02d} {z.randint(280, 520)}厘米 "
                            f"{h2:02d}:{z.randint(0, 59):02d} {z.randint(40, 180)}厘米")
            return ([z.choice(ZH_TIDES).format(place=p.place), "日期 高潮 潮高 低潮 潮高"] + rows
                    + [f"数据来源：{p.place}县{z.choice(['海洋气象站', '海洋预报台', '水文站'])}"])
        title, cols, items, lo, hi = z.choice(ZH_PRICES)
        rows = [f"{it} {z.uniform(lo, hi):.2f}" for it in z.sample(items, z.randint(3, 5))]
        return ([title, cols] + rows
                + [f"数据来源：{p.place}县{z.choice(['市场监管局', '发改局价格监测中心', '农贸市场管理处'])}"]
                + ([f"制图：{zh_name(z)}"] if z.random() < 0.3 else []))

    def obit(self) -> Story:
        """An English obituary: the name as headline, the life dates under it as subheadline."""
        z, p = self.z, self.p
        first, last, mid = z.choice(EN_FIRST), z.choice(EN_LAST), z.choice("ABCDEJLMRW")
        she = first in EN_WOMEN
        he, his = ("She", "her") if she else ("He", "his")
        died = p.date - dt.timedelta(days=z.randint(1, 5))
        born = dt.date(died.year - z.randint(68, 101), z.randint(1, 12), z.randint(1, 28))
        age = died.year - born.year - ((born.month, born.day) > (died.month, died.day))

        def full(d: dt.date) -> str:
            return f"{MONTHS[d.month - 1].title()} {d.day}, {d.year}"

        def ap(d: dt.date) -> str:
            return f"{AP_MONTHS[d.month - 1]} {d.day}, {d.year}"

        dash = z.choice([" – ", " – ", " - ", " — "])
        dates = z.choice([full(born) + dash + ap(died), ap(born) + dash + ap(died),
                          full(born) + dash + full(died), f"{born.year}{dash}{died.year}"])
        name = z.choice([f"{first} {mid}. {last}", f"{first} {last}"])
        where = z.choice(["at home", "at the county hospital", f"at a care center in {p.place}"])
        town = f"{z.choice(EN_TOWN1)} {z.choice(EN_TOWN2)}"
        paras = [f"{first} {mid}. {last}, {age}, of {p.place}, died {ap(died)}, {where}.",
                 f"{he} was born {full(born)}, in {town}, to {z.choice(EN_FIRST)} and "
                 f"{z.choice(EN_FIRST)} {last}, and moved to {p.place} as a young {'woman' if she else 'man'}.",
                 f"{he} {z.choice(EN_ROLES)} for {z.randint(12, 45)} years and never missed "
                 f"{z.choice(['a school play', 'a church supper', 'a Friday football game'])}.",
                 f"{he} is survived by {z.randint(2, 5)} children and {z.randint(3, 14)} grandchildren. "
                 f"Services will be at {z.randint(10, 11)} a.m. {z.choice(['Saturday', 'Monday'])} at "
                 f"{z.choice(['St. Brendan', 'First Methodist', 'Grace Lutheran'])} Church. Arrangements "
                 f"are by {z.choice(EN_LAST)} Funeral Home, which is taking condolences on {his} behalf."]
        return Story("news", None, name, dates, None, paras, "en", "fourth/" + name)

    def obit_head(self) -> list[str]:
        return [self.z.choice(["OBITUARIES", "DEATHS", "Obituaries", "IN REMEMBRANCE"])]

    def photo(self) -> tuple[dict[str, Any], list[tuple[Block, Any]]]:
        """An English photo (label or none, caption, credit) to break into a hyphen-broken word."""
        z, p, b = self.z, self.p, self.b
        label, cap = z.choice(EN_CAPTIONS)
        cap = cap.format(place=p.place, first=z.choice(EN_FIRST), last=z.choice(EN_LAST))
        n, short = en_name(z), p.name.replace("The ", "")
        credit = z.choice([f"{n.upper()} / {short}", f"Staff photo by {n}", f"Photo by {n}",
                           f"{n.upper()} | {p.name.upper()}"])
        head = label if z.random() < 0.4 else None
        a = b.article(Story("photo", None, head, None, None, [cap], "en", "fourth-photo"), "photo",
                      byline=credit)
        cw = 10 ** 5 if b.k.shape in PARA_SHAPES else max(30, (b.k.width or 40) + z.randint(-5, 10))
        items = [(Block([head]), a)] if head else []
        items += [(Block(wrap_en(cap, cw), body=True), a), (Block([credit]), a)]
        return a, items


def run_in_lines(b: PageBuilder, head: str, text: str) -> list[str] | None:
    """(fourth wave) A brief's first paragraph with its head run in: zh, the head wrapping over the
    line end (its last characters start the next line, then the gap, then the text); en, the head
    wrapped the same way or on one line.  None when the head cannot be printed so."""
    z, zh = b.z, b.zh
    para = b.k.shape in PARA_SHAPES
    if zh:
        gap = z.choice([" ", "  ", "　"])
        indent = "　　" if z.random() < 0.7 else ""
        spots = [r for r in range(1, min(4, len(head) - 4) + 1)
                 if head[-r - 1] not in OPEN and head[-r] not in CLOSE
                 and not (head[-r - 1].isascii() and head[-r].isascii())]
        if para or not spots:
            return wrap_zh(text, 10 ** 5 if para else b.flow_width(), 0, indent + head + gap)
        r = z.choice(spots)
        width = len(indent) + len(head) - r
        return [indent + head[:-r]] + wrap_zh(text, width, 0, head[-r:] + gap)
    gap = z.choice(["  ", "   "])
    words = head.split()
    cut = None
    for j in range(len(words) - 1, 0, -1):
        lo = len(" ".join(words[:j]))
        hi = lo + len(words[j])
        if hi >= 24 and not para and z.random() < 0.8:
            cut, width = j, z.randint(max(lo, 24), hi)
            break
    if cut is None:
        width = 10 ** 5 if para else max(b.flow_width(), len(head) + 12)
        lines = wrap_en(text, width, len(head + gap))
        return [head + gap + lines[0][len(head + gap):]] + lines[1:]
    first, rest = " ".join(words[:cut]), " ".join(words[cut:]) + gap
    lines = wrap_en(text, width, len(rest))
    return [first, rest + lines[0][len(rest):]] + lines[1:]


def pick_paragraphs(paras: list[str], limit: int) -> list[str]:
    """A prefix of whole paragraphs of about `limit` characters (at least one)."""
    out: list[str] = []
    for p in paras:
        if out and sum(len(x) for x in out) + len(p) > limit:
            break
        out.append(p)
    return out


def cut_story(st: Story, rng: random.Random, to_page: int) -> Cut | None:
    """Cut a story for a jump: at a paragraph end that ends a sentence, or mid-sentence."""
    paras = st.paragraphs
    total = sum(len(p) for p in paras)
    if total < 200 or len(paras) < 1:
        return None
    zh = st.lang == "zh"
    if len(paras) >= 3 and rng.random() < 0.4:
        i = rng.randint(1, len(paras) - 1)
        if ends_sentence(paras[i - 1]):
            return Cut(st, paras[:i], paras[i:], to_page, False)
    # mid-sentence: a long paragraph, cut where the head does not end a sentence
    order = sorted(range(len(paras)), key=lambda i: -len(paras[i]))
    for i in order[:3]:
        p = paras[i]
        if zh:
            spots = [j for j in range(len(p) // 3, 2 * len(p) // 3)
                     if p[j - 1] not in "。！？…”’」』" and p[j] not in CLOSE and not p[j - 1].isspace()
                     and not (p[j - 1].isdigit() and p[j].isdigit())
                     and not (p[j - 1].isascii() and p[j - 1].isalnum() and p[j].isascii() and p[j].isalnum())]
        else:
            spots = [m.start() for m in re.finditer(r" ", p) if len(p) // 3 < m.start() < 2 * len(p) // 3
                     and not p[:m.start()].endswith(SENTENCE_END) and p[m.start() - 1] not in ",;:—"]
        if spots and len(p) >= 40:
            j = rng.choice(spots)
            head, tail = p[:j], p[j:]
            if not zh:
                head, tail = head.rstrip(), tail.lstrip()
            if ends_sentence(head):
                continue
            return Cut(st, paras[:i] + [head], [tail] + paras[i + 1:], to_page, True)
    return None


class Planner:
    """Chooses a page's stories from the pool and lays them out with a PageBuilder."""

    def __init__(self, pool: dict[str, list[Story]], rng: random.Random) -> None:
        self.pool, self.rng = pool, rng

    def choose(self, lang: str, used: set[str], kinds: tuple[str, ...], n: int,
               min_chars: int = 0, max_chars: int = 10 ** 9) -> list[Story]:
        cands = [s for s in self.pool.get(lang, []) if s.kind in kinds and s.key not in used
                 and min_chars <= sum(len(p) for p in s.paragraphs) <= max_chars]
        cands.sort(key=lambda s: s.key)
        out = self.rng.sample(cands, min(n, len(cands)))
        used.update(s.key for s in out)
        return out


def build_page(planner: Planner, knobs: Knobs, paper: Paper, page: int, used: set[str],
               cut_in: Cut | None = None, want_cut_to: int | None = None,
               name: str = "page", xrng: random.Random | None = None,
               yrng: random.Random | None = None,
               zrng: random.Random | None = None) -> tuple[GenPage, Cut | None]:
    rng = planner.rng
    xr = xrng or random.Random(f"pagegen-x:{name}")
    yr = yrng or random.Random(f"pagegen-y:{name}")
    zr = zrng or random.Random(f"pagegen-z:{name}")
    k = knobs
    zh = k.lang == "zh"
    lang = k.lang or "zh"
    b = PageBuilder(rng, k, paper, page, xr)
    b.z = zr
    limit = rng.randint(900, 1600) if zh else rng.randint(1600, 2600)
    nstories = k.stories or 3
    stories = planner.choose(lang, used, ("news", "commentary", "feature", "interview"), nstories, 60)
    stories = [replace(s, paragraphs=pick_paragraphs(s.paragraphs, limit if i == 0 else limit // 2))
               for i, s in enumerate(stories)]
    if zh is False:  # an English section label above a headline is its kicker
        stories = [replace(s, kicker=rng.choice(["CITY HALL", "SCHOOLS", "COURTS", "OUTDOORS", "BUSINESS"]))
                   if not s.kicker and rng.random() < 0.25 else s for s in stories]
    # the fourth wave (drawn from zr only, so with it off every draw above and below is as it was)
    fo = Fourth(b, zr)
    logo_host = split_host = after_host = -1
    if k.logo and stories:  # zh: a skipped logo over the story; en: the story's kicker
        com = [i for i, s in enumerate(stories) if s.kind == "commentary"]
        logo_host = zr.choice(com) if com and zr.random() < 0.8 else zr.randrange(len(stories))
        if not zh:
            host = stories[logo_host]
            stories[logo_host] = replace(host, kicker=fo.logo(host.kind == "commentary"))
    if k.deck_block and not zh and stories:
        decks = zr.sample(EN_DECKS, len(EN_DECKS))
        stories = [replace(s, subheadline=decks.pop()) if not s.subheadline and (i == 0 or zr.random() < 0.4)
                   else s for i, s in enumerate(stories)]
    split_photo = fo.photo() if k.split_word and not zh and stories else None
    if split_photo:
        split_host = max(range(len(stories)), key=lambda i: (sum(len(p) for p in stories[i].paragraphs), zr.random()))
    if k.after_box and zh and stories:
        rich = [i for i, s in enumerate(stories) if s.kicker or s.subheadline or len((s.headline or "").split()) > 1]
        after_host = zr.choice(rich or list(range(len(stories))))
    obits4 = [fo.obit() for _ in range(zr.choice([1, 1, 2]))] if k.obit_dates and not zh else []
    photos = planner.choose(lang, used, ("photo",), rng.randint(1, 2)) if k.photo != "none" else []
    briefs: list[Story] = []
    if k.briefs != "none":
        briefs = planner.choose(lang, used, ("brief",), rng.randint(2, 4))
        more = planner.choose(lang, used, ("news",), max(0, 3 - len(briefs)), 60)
        briefs += [replace(s, kind="brief", kicker=None, subheadline=None,
                           paragraphs=s.paragraphs[:1]) for s in more]
        briefs = [replace(s, headline=s.headline.split()[-1] if zh and s.headline else s.headline,
                          paragraphs=pick_paragraphs(s.paragraphs, 260 if zh else 500))
                  for s in briefs]
    # everything that will be spoken, so that no furniture repeats it
    texts = [t for s in stories + photos + briefs for t in [s.kicker, s.headline, s.subheadline]
             + s.paragraphs if t]
    letters = b.letters() if k.letters else []
    texts += [t for head, paras, by, _ in letters for t in [head, by, *paras]]
    if cut_in:
        texts += cut_in.rest + [cut_in.story.headline or ""]
    # the third wave (drawn from yr; the main generator only where a story is laid out)
    mo = More(b, yr)
    third: list[tuple[str, Any]] = []  # queue items
    obits = [mo.obit_story() for _ in range(yr.choice([1, 1, 2]))] if k.obit in ("story", "both") else []
    if obits:
        third.append(("obits", obits))
    if k.obit in ("notice", "both"):
        third.append(("skip", [mo.death_notice(b.flow_width() if k.shape not in PARA_SHAPES else 40)]))
    if k.blotter == "column":
        third.append(("blotter", mo.blotter_items()))
    elif k.blotter == "log":
        third.append(("more", mo.police_log()))
    sports_boxes: list[list[str]] = []
    if k.sports in ("between", "inside"):
        recap, sports_boxes = mo.sports()
        sports_boxes = yr.sample(sports_boxes, yr.randint(1, 3))
        third.append(("sports", recap))
    if k.qa:
        third.append(("more", mo.qa()))
    if k.corrections in ("one", "several"):
        third.append(("more", mo.corrections(1 if k.corrections == "one" else yr.randint(2, 3))))
    mid_photo = planner.choose(lang, used, ("photo",), 1) if k.mid_box and yr.random() < 0.5 else []
    for _, v in third:
        for st in v if isinstance(v, list) else [v]:
            if isinstance(st, Story):
                texts += [t for t in [st.kicker, st.headline, st.subheadline, *st.paragraphs] if t]
            elif isinstance(st, tuple):
                texts += list(st)
    texts += [t for s in mid_photo for t in [s.headline, *s.paragraphs] if t]
    texts += [t for s in obits4 for t in [s.headline, s.subheadline, *s.paragraphs] if t]
    if split_photo:
        texts += [t for t in [split_photo[0]["headline"], split_photo[0]["byline"], *split_photo[0]["paragraphs"]] if t]
    b.spoken = "".join(norm(x) for x in texts)

    cut_out: Cut | None = None
    jump_idx = None
    if want_cut_to is not None and stories:
        order = [0] + list(range(1, len(stories))) if rng.random() < 0.6 else \
            list(range(1, len(stories))) + [0]
        for i in order:
            c = cut_story(stories[i], rng, want_cut_to)
            if c:
                cut_out, jump_idx = c, i
                break

    def bymode() -> str:
        m = k.byline or "mixed"
        if m == "mixed":
            m = rng.choice(["inline", "line", "tail", "none"] if zh else ["inline", "line", "none"])
        return m

    def place(i: int) -> str:
        m = k.headline or "before"
        if m == "mixed":
            m = rng.choice(["before", "after", "middle"] if zh else ["before", "middle"])
        if m == "after" and not zh:
            m = "before"
        return "before" if i == 0 and m == "after" and rng.random() < 0.5 else m

    # top furniture
    f = b.furn
    top: list[list[str]] = []
    if k.masthead == "varied":
        letter = "A" if cut_in is not None or want_cut_to is not None else yr.choice("ABCD")
        top += mo.masthead([]) if page == 1 else mo.header(page, letter)
        if k.furniture == "heavy" and rng.random() < 0.5:
            top.append(f.credits())
    elif page == 1:
        top.append(f.masthead())
        top.append(f.issue())
        if k.furniture == "heavy":
            others = [s.headline for s in planner.pool.get(lang, []) if s.key not in used and s.headline
                      and s.kind != "photo"]
            others.sort()
            if zh and others:
                top.append(f.index(rng.sample(others, min(3, len(others)))))
            elif not zh:
                top.append(f.index([]))
            if rng.random() < 0.6:
                top.append(f.weather())
    if k.masthead != "varied" and page != 1:
        top.append(f.header())
        if k.furniture == "heavy" and rng.random() < 0.5:
            top.append(f.weather() if rng.random() < 0.5 else f.credits())
    if k.furniture == "heavy" and zh and rng.random() < 0.4:
        top.append(f.slogan())
    b.emit([b.skip_block(x) for x in top])

    arts: list[tuple[int, int, dict[str, Any]]] = []  # (is-not-lead, start block, article)

    def place_article(items: list[tuple[Block, Any]], lead: bool = False) -> None:
        start = len(b.blocks)
        b.emit(list(items))
        for n, (_, owner) in enumerate(items):
            if isinstance(owner, dict) and all(owner is not x[2] for x in arts):
                arts.append((0 if lead and owner is items[0][1] else 1, start + n, owner))

    # the continuation of a story jumped from another page comes first (it is this page's lead)
    if cut_in is not None:
        st = replace(cut_in.story, paragraphs=cut_in.rest, kicker=None, subheadline=None)
        head = st.headline or ""
        if zh:
            rep = head.split()[0] if len(head.split()) > 1 and rng.random() < 0.6 else head
        else:
            words = [w for w in re.findall(r"[A-Za-z]{4,}", head)]
            rep = words[0].upper() if words and rng.random() < 0.5 else head
        st = replace(st, headline=rep)
        a = b.article(st)
        items = b.story_blocks(st, a, "after" if zh and rng.random() < 0.3 else "before", "none", [],
                               jump_from=cut_in.from_page)
        place_article(items, lead=True)

    # the page's stories, with photos, briefs and furniture between them
    queue: list[tuple[str, Any]] = [("story", i) for i in range(len(stories))]
    inside_photo = photos[:1] if k.photo == "inside" else []
    between = [("photo", p) for p in photos if p not in inside_photo]
    extra_furn: list[tuple[str, Any]] = []
    if k.furniture == "heavy":
        extra_furn = [("furn", rng.choice(["ad", "notice", "slogan", "qr"]))]
    rest = queue[1:] + between + extra_furn
    rng.shuffle(rest)
    if briefs:
        rest.insert(rng.randint(max(0, len(rest) - 1), len(rest)), ("briefs", briefs))
    # the later variety goes in with x, leaving the draws above as they were
    if letters:
        rest.insert(xr.randint(max(0, len(rest) - 2), len(rest)), ("letters", letters))
    listing_inside = k.listing not in (None, "none") and bool(stories) and xr.random() < 0.3
    if k.listing not in (None, "none") and not listing_inside:
        rest.insert(xr.randint(0, len(rest)), ("listing", k.listing))
    foot_after = set(xr.sample(range(len(stories)), min(len(stories), xr.randint(1, 2)))) if k.foot else set()
    series_on = xr.randrange(len(stories)) if zh and k.col_head == "spaced" and stories \
        and xr.random() < 0.6 else -1
    listing_host = xr.randrange(len(stories)) if listing_inside else -1
    for item in third:
        rest.insert(yr.randint(0, len(rest)), item)
    if sports_boxes and k.sports == "between":  # a standings or results box between other items
        for box in sports_boxes[1:]:
            rest.insert(yr.randint(0, len(rest)), ("skip", [box]))
        sports_boxes = sports_boxes[:1]
    mid_host = yr.randrange(len(stories)) if k.mid_box and stories else -1
    if obits4:
        rest.insert(zr.randint(0, len(rest)), ("obits4", obits4))
    queue = queue[:1] + rest

    interrupters = []
    if inside_photo:
        interrupters.append("photo")
    if k.pull_quote:
        interrupters.append("quote")
    if k.data_box:
        interrupters.append("data")
    host_of = {w: rng.randrange(len(stories)) if stories else -1 for w in interrupters}

    for what, x in queue:
        if what == "story":
            i = x
            st = stories[i]
            if cut_out is not None and i == jump_idx:
                st = replace(st, paragraphs=cut_out.paragraphs)
            a = b.article(st)
            inserts: list[list[tuple[Block, Any]]] = []
            placed: list[tuple[str, list[tuple[Block, Any]]]] = []
            for w, h in host_of.items():
                if h != i:
                    continue
                if w == "photo":
                    _, pb = b.photo_blocks(inside_photo[0])
                    inserts.append(pb)
                elif w == "quote":
                    q = b.pull_quote(st.paragraphs[0] if st.paragraphs else "")
                    if q and k.quote_place in ("between", "mid"):
                        q = [ln for ln in q if not ln.startswith(("—", "——"))] + [b.attribution()]
                        blk = b.skip_block(q)
                        if blk:
                            placed.append((k.quote_place, [blk]))
                        continue
                    blk = b.skip_block(q) if q else None
                    if blk:
                        inserts.append([blk])
                elif w == "data":
                    blk = b.skip_block(b.furn.data_box())
                    if blk:
                        inserts.append([blk])
            rng.shuffle(inserts)
            if i == listing_host:
                blk = b.skip_block(f.listing(k.listing or "stocks"))
                if blk:
                    inserts.insert(xr.randint(0, len(inserts)), [blk])
            if i == mid_host:  # a caption or small box inside a sentence, the sentence resuming after it
                if mid_photo:
                    placed.append(("mid", b.photo_blocks(mid_photo[0])[1]))
                else:
                    blk = b.skip_block(mo.small_box())
                    if blk:
                        placed.append(("mid", [blk]))
            logo: list[tuple[Block, Any]] = []
            if i == logo_host and zh:  # a column logo directly above the headline (skipped)
                blk = b.skip_block([fo.logo()])
                logo = [blk] if blk else []
            if i == split_host and split_photo:  # a caption and credit inside a hyphen-broken word
                placed.append(("hyphen", split_photo[1]))
            if i == after_host:  # a tide or price table inside a paragraph
                blk = b.skip_block(fo.table())
                if blk:
                    placed.append(("zmid", [blk]))
            mode = bymode()
            if cut_out is not None and i == jump_idx and mode == "tail":
                mode = "line"
            pl = place(i)
            if i == after_host:
                pl = "after"
            if i == series_on:
                b.emit([b.skip_block(f.series_tag())])
            items = b.story_blocks(st, a, pl, mode, inserts,
                                   jump_to=(cut_out.to_page if cut_out is not None and i == jump_idx
                                            else None), placed=placed, logo=logo)
            place_article(items, lead=(i == 0 and cut_in is None))
            if i in foot_after:
                b.emit([b.skip_block(f.foot())])
        elif what == "letters":
            b.emit([b.skip_block(f.letters_head())])
            for head, paras, gold_by, printed_by in x:
                a = b.article(Story("commentary", None, head, None, None, paras, lang, "letter"),
                              byline=gold_by)
                body = [ln for q in paras for ln in b.paragraph_lines(q)]
                place_article([(Block(b.headline_lines(head)), a), (Block(body, body=True), a),
                               (Block([printed_by]), a)])
            if xr.random() < 0.6:  # the column's policy or address line, wrapped to the column
                pol = f.letters_policy()
                if k.shape not in PARA_SHAPES:
                    pol = wrap_zh(pol[0], max(k.width or 20, 10)) if zh else wrap_en(pol[0], max(k.width or 40, 30))
                b.emit([b.skip_block(pol)])
        elif what == "listing":
            b.emit([b.skip_block(f.listing(x))])
        elif what == "skip":
            b.emit([b.skip_block(box) for box in x])
        elif what in ("more", "sports"):
            st = x
            inserts, placed = [], []
            boxes = [blk for box in (sports_boxes if what == "sports" else []) for blk in [b.skip_block(box)] if blk]
            if boxes and k.sports == "inside":
                how = yr.choice(["line", "between", "mid"])
                if how == "line":
                    inserts = [[blk] for blk in boxes]
                else:
                    placed = [(how, boxes)]
                boxes = []
            brief = st.key.startswith("plain/")
            a = b.article(st)
            items = b.story_blocks(st, a, "before" if brief else place(1), "none" if brief else bymode(),
                                   inserts, placed=placed)
            place_article(items)
            b.emit(boxes)
        elif what == "obits":
            if len(x) > 1:
                b.emit([b.skip_block(mo.obit_head())])
            for st in x:
                a = b.article(st)
                place_article(b.story_blocks(st, a, "before", bymode(), []))
            if yr.random() < 0.5:
                b.emit([b.skip_block(mo.obit_contact())])
        elif what == "obits4":  # obituaries with life dates (a head over two of them, skipped)
            if len(x) > 1:
                b.emit([b.skip_block(fo.obit_head())])
            for st in x:
                a = b.article(st)
                place_article(b.story_blocks(st, a, "before", "none", []))
        elif what == "blotter":
            b.emit([b.skip_block(mo.blotter_head())])
            for head, text in x:
                a = b.article(Story("brief", None, head, None, None, [text], lang, "blotter"), "brief")
                gap = yr.choice(["  ", "   ", "　"]) if zh else yr.choice(["  ", "   "])
                if yr.random() < 0.4 and b.k.shape not in PARA_SHAPES:
                    if zh:
                        lines = wrap_zh(text, b.flow_width(), 0, head + gap)
                    else:
                        lines = wrap_en(text, b.flow_width(), len(head + gap))
                        lines[0] = head + gap + lines[0][len(head + gap):]
                    place_article([(Block(lines, body=True), a)])
                else:
                    place_article([(Block([head]), a), (Block(b.paragraph_lines(text), body=True), a)])
        elif what == "photo":
            _, pb = b.photo_blocks(x)
            place_article(pb)
        elif what == "furn":
            fn = getattr(f, x)
            blk = b.skip_block(fn(k.width or 20) if x == "notice" else fn())
            b.emit([blk])
        else:
            b.emit([b.skip_block(f.column_head())])
            for st in x:
                a = b.article(st, "brief")
                items = brief_blocks(b, st, a)
                place_article(items)
    # bottom furniture
    bottom = [f.credits()] if rng.random() < 0.6 else []
    if k.furniture == "heavy":
        bottom += [f.qr(), f.contact()] + ([f.notice(k.width or 20)] if rng.random() < 0.5 else [f.ad()])
    elif rng.random() < 0.5:
        bottom.append(rng.choice([f.qr, f.contact, f.slogan])())
    rng.shuffle(bottom)
    b.emit([b.skip_block(x) for x in bottom])

    arts.sort(key=lambda t: (t[0], t[1]))
    articles = [a for _, _, a in arts]
    for n, a in enumerate(articles, 1):
        a["id"] = f"a{n}"
        a["paragraphs"] = [p for p in a["paragraphs"]]
    gold = {"page": {"paper": paper.name, "date": paper.date.isoformat(), "page": page,
                     "language": lang},
            "articles": [{key: a[key] for key in ("id", "kind", "kicker", "headline", "subheadline",
                                                  "byline", "paragraphs", "continued_to",
                                                  "continued_from")} for a in articles],
            "skipped": list(b.skipped),
            "notes": "Generated by tests/split/pagegen.py; knobs: "
                     + json.dumps(k.summary(), ensure_ascii=False, sort_keys=True)}
    text = render(b.blocks, k, rng, zr)
    data = encode(text, k, rng)
    if cut_out is not None:
        cut_out.from_page = page
    return GenPage(name, gold, text, data, k), cut_out


def brief_blocks(b: PageBuilder, st: Story, a: dict[str, Any]) -> list[tuple[Block, Any]]:
    """A brief: its headline on a line of its own, or run in before its text after a gap."""
    r, zh = b.rng, b.zh
    head = st.headline or ""
    paras = list(a["paragraphs"])
    if b.k.run_in_wrap and paras and len(head) >= 5 and b.z.random() < 0.7:  # fourth wave
        first = run_in_lines(b, head, paras[0])
        if first:
            a["byline"] = None
            body = first + [ln for p in paras[1:] for ln in b.paragraph_lines(p)]
            return [(Block(body, body=True, keep=2), a)]  # the head's line(s) keep one gap
    width = b.k.width or 20
    run_in = b.k.briefs == "run_in" and r.random() < 0.75 and paras and (
        cells(head) + 8 <= 2 * width if zh else len(head) + 10 <= width)
    mode = r.choice(["inline", "tail", "none", "none"] if zh else ["none"])
    if run_in and mode == "inline":
        mode = "none"
    gold_by, printed_by, place = b.byline(st, mode) if mode != "none" else (None, None, "none")
    a["byline"] = gold_by
    body: list[str] = []
    for n, p in enumerate(paras):
        pre = ""
        if n == 0 and place == "inline":
            pre = printed_by or ""
        if n == 0 and run_in:
            gap = r.choice(["  ", "   ", "　"]) if zh else r.choice(["  ", "   "])
            pre = head + gap
        text = p + (printed_by or "" if n == len(paras) - 1 and place == "tail" else "")
        if zh:
            lines = wrap_zh(text, b.flow_width(), 0, pre) if run_in and n == 0 else b.paragraph_lines(text, pre)
        elif run_in and n == 0:
            lines = wrap_en(text, b.flow_width(), len(pre))
            lines[0] = pre + lines[0][len(pre):]
        else:
            lines = b.paragraph_lines(text)
        body += lines
    out: list[tuple[Block, Any]] = []
    if not run_in:
        out.append((Block([head]), a))
    out.append((Block(body, body=True), a))
    return out


# ---- printing the page ---------------------------------------------------------------------------
def render(blocks: list[tuple[Block, Any]], k: Knobs, rng: random.Random,
           z: random.Random | None = None) -> str:
    """The page's text in its extraction shape (lines / blocks / tight / para / para_tight),
    '\n' line ends.  `z` (fourth wave): runs of spaces between words of English prose lines."""
    groups: list[list[str]] = []
    for blk, _ in blocks:
        lines = [x for x in blk.lines if x.strip()]
        if not lines:
            continue
        if blk.body and "spaced" in (k.extras or ()):
            lines = [justify(x, rng) for x in lines]
        if blk.body and k.prose_spaces and k.lang == "en" and z is not None:
            lines = [x if n < blk.keep else spread(x, z) for n, x in enumerate(lines)]
        if k.shape in ("lines", "para"):  # para: each body line is a whole paragraph
            groups += [[x] for x in lines] if blk.body else [lines]
        elif k.shape == "blocks" and blk.body:
            i = 0
            while i < len(lines):  # a column break every so many lines
                n = rng.randint(8, 30)
                groups.append(lines[i:i + n])
                i += n
        else:
            groups.append(lines)
    if k.shape in ("tight", "para_tight"):
        return "".join(x + "\n" for g in groups for x in g)
    return "\n\n".join("\n".join(g) for g in groups) + "\n"


def justify(line: str, rng: random.Random) -> str:
    """A run of 2-4 spaces inside a long line, as justified columns come out of some tools."""
    if len(line.strip()) > 12 and rng.random() < 0.3:
        i = rng.randrange(len(line) - len(line.lstrip()) + 2, len(line) - 2)
        if line[i - 1] != " " and line[i] != " ":
            return line[:i] + " " * rng.randint(2, 4) + line[i:]
    return line


def spread(line: str, z: random.Random) -> str:
    """(fourth wave) Runs of 2-4 spaces between words at random places, as pdftotext leaves a
    justified line."""
    gaps = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", line)]
    if not gaps or z.random() < 0.5:
        return line
    for i in sorted(z.sample(gaps, min(len(gaps), z.randint(1, 2))), reverse=True):
        line = line[:i] + " " * z.randint(2, 4) + line[i + 1:]
    return line


def encode(text: str, k: Knobs, rng: random.Random) -> bytes:
    extras = k.extras or ()
    if "crlf" in extras:
        text = text.replace("\n", "\r\n")
    if "gb18030" in extras and k.lang == "zh":
        return text.encode("gb18030")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if "bom" in extras else data


def decode(data: bytes) -> str:
    """page.txt bytes back to text with '\n' line ends (UTF-8, with or without BOM, or GB18030)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    return text.replace("\r\n", "\n")


# ---- the public API ------------------------------------------------------------------------------
def generate(pool: dict[str, list[Story]], seed: Any, knobs: Knobs | None = None,
             name: str | None = None, edition: bool | None = None) -> list[GenPage]:
    """One generated page, or (jump='edition') the two pages of an edition, from a seed."""
    rng = random.Random(f"pagegen:{seed}")
    knobs = knobs or Knobs()
    langs = [lang for lang in ("zh", "en") if len(pool.get(lang, [])) >= 4]
    if not langs:
        raise ValueError("need at least 4 source stories of one language")
    lang = knobs.lang if knobs.lang in langs else rng.choice(langs)
    xr = random.Random(f"pagegen-x:{seed}")  # the later variety: rng's draws stay as they were
    yr = random.Random(f"pagegen-y:{seed}")  # the third wave: xr's draws stay as they were too
    zr = random.Random(f"pagegen-z:{seed}")  # the fourth wave: yr's draws stay as they were too
    k = knobs.fill(rng, lang, xr, yr, zr)
    if edition:
        k = replace(k, jump="edition")
    paper = make_paper(rng, lang)
    tag = name or f"gen{seed}"
    planner = Planner(pool, rng)
    used: set[str] = set()
    if k.jump == "edition":
        to = rng.randint(2, 8)
        p1, cut = build_page(planner, k, paper, 1, used, want_cut_to=to, name=f"{tag}-p1", xrng=xr, yrng=yr,
                              zrng=zr)
        if cut is None:
            return [p1]
        k2 = Knobs(lang=lang, shape=k.shape, extras=k.extras, jump="none",
                   soft_hyphen=k.soft_hyphen, spaced_digits=k.spaced_digits, variety=k.variety,
                   jump_form=k.jump_form, **{n: getattr(knobs, n) for n in FOURTH_WAVE}
                   ).fill(rng, lang, xr, yr, zr)
        p2, _ = build_page(planner, k2, paper, to, used, cut_in=cut, name=f"{tag}-p{to}", xrng=xr, yrng=yr,
                           zrng=zr)
        return [p1, p2]
    want = rng.randint(2, 8) if k.jump == "out" else None
    page, _ = build_page(planner, k, paper, 1 if want or rng.random() < 0.5 else rng.randint(2, 8),
                         used, want_cut_to=want, name=tag, xrng=xr, yrng=yr, zrng=zr)
    return [page]


def generate_batch(pool: dict[str, list[Story]], seed: Any, count: int, knobs: Knobs | None = None,
                   editions: float = 0.2) -> list[GenPage]:
    """`count` pages (two-page editions among them, with probability `editions` each)."""
    rng = random.Random(f"batch:{seed}")
    out: list[GenPage] = []
    n = 0
    while len(out) < count:
        ed = count - len(out) >= 2 and rng.random() < editions
        pages = generate(pool, f"{seed}-{n}", knobs, name=f"gen-{seed}-{n:03d}", edition=ed or None)
        out += pages[:count - len(out)]
        n += 1
    return out


# ---- checks --------------------------------------------------------------------------------------
def validate_gold(gold: dict[str, Any]) -> list[str]:
    """Schema problems of a gold dict (corpus README); empty when it is valid."""
    errs: list[str] = []
    page = gold.get("page")
    if not isinstance(page, dict) or page.get("language") not in ("zh", "en") \
            or not isinstance(page.get("page"), int):
        errs.append("page: needs language zh|en and an int page")
    arts = gold.get("articles")
    if not isinstance(arts, list) or not arts:
        return errs + ["articles: a non-empty list is required"]
    for n, a in enumerate(arts, 1):
        where = f"article {n}"
        if a.get("id") != f"a{n}":
            errs.append(f"{where}: id {a.get('id')!r} should be a{n}")
        if a.get("kind") not in KINDS:
            errs.append(f"{where}: kind {a.get('kind')!r}")
        for key in FIELDS:
            if a.get(key) is not None and not (isinstance(a[key], str) and norm(a[key])):
                errs.append(f"{where}: {key} must be a non-empty string or null")
        paras = a.get("paragraphs")
        if not isinstance(paras, list) or not all(isinstance(p, str) and norm(p) for p in paras):
            errs.append(f"{where}: paragraphs must be a list of non-empty strings")
        if not paras and a.get("kind") != "photo":
            errs.append(f"{where}: only photos may have no paragraphs")
        for key in ("continued_to", "continued_from"):
            if a.get(key) is not None and not isinstance(a[key], int):
                errs.append(f"{where}: {key} must be an int or null")
        extra = set(a) - {"id", "kind", "paragraphs", "continued_to", "continued_from", *FIELDS}
        if extra:
            errs.append(f"{where}: unknown keys {sorted(extra)}")
    skipped = gold.get("skipped")
    if not isinstance(skipped, list) or not all(isinstance(s, str) and norm(s) for s in skipped):
        errs.append("skipped: must be a list of non-empty strings")
    else:
        spoken = "".join(norm(a.get(f)) for a in arts for f in FIELDS) + \
            "".join(norm(p) for a in arts for p in a.get("paragraphs") or [])
        errs += [f"skipped entry occurs in article text: {s!r}" for s in skipped if norm(s) in spoken]
    return errs


def _pieces(gold: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for a in gold["articles"]:
        for f in FIELDS:
            if norm(a.get(f)):
                out.append((f"{a['id']}.{f}", norm(a[f])))
        for n, p in enumerate(a.get("paragraphs") or []):
            out.append((f"{a['id']}.p{n + 1}", norm(p)))
    out += [(f"skipped[{n}]", norm(s)) for n, s in enumerate(gold.get("skipped") or [])]
    return out


def check_accounting(text: str, gold: dict[str, Any], max_steps: int = 200_000) -> list[str]:
    """Problems with the accounting rule; empty when it holds: every non-blank line of the page
    (whitespace ignored) is made of pieces of gold fields, read in order from each field's
    start, jump markers and skipped entries, and every field and entry is used up exactly.
    English soft hyphens (a line-final '-' splitting a word) are dropped as the README says."""
    lang = gold.get("page", {}).get("language") or "zh"
    to_re, from_re = JUMP_RES[lang]
    pieces = _pieces(gold)
    texts = [t for _, t in pieces]
    lines = [norm(x) for x in text.replace("\r\n", "\n").lstrip("\ufeff").split("\n") if norm(x)]

    def ways(line: str, pos: int, cur: tuple[int, ...], marks: tuple[tuple[str, int], ...]
             ) -> Iterator[tuple[tuple[int, ...], tuple[tuple[str, int], ...]]]:
        if pos == len(line):
            yield cur, marks
            return
        rest = line[pos:]
        for kind, rx in (("to", to_re), ("from", from_re)):
            m = rx.match(rest)
            if m:
                yield from ways(line, pos + m.end(), cur, marks + ((kind, page_number(m.group(1))),))
        order = sorted(range(len(texts)), key=lambda i: (cur[i] == 0, i))
        for i in order:
            left = texts[i][cur[i]:]
            if not left:
                continue
            if left.startswith(rest):
                yield cur[:i] + (cur[i] + len(rest),) + cur[i + 1:], marks
            elif rest.startswith(left):
                yield from ways(line, pos + len(left), cur[:i] + (len(texts[i]),) + cur[i + 1:], marks)
            elif (lang == "en" and rest.endswith("-") and len(rest) > 1 and rest[-2].isalpha()
                  and left.startswith(rest[:-1]) and left[len(rest) - 1:len(rest)].isalpha()):
                yield cur[:i] + (cur[i] + len(rest) - 1,) + cur[i + 1:], marks

    start: tuple[int, ...] = tuple(0 for _ in texts)
    no_marks: tuple[tuple[str, int], ...] = ()
    stack = [(0, start, no_marks, ways(lines[0], 0, start, no_marks) if lines else iter(()))]
    steps, best = 0, 0
    while stack:
        steps += 1
        if steps > max_steps:
            return [f"checker gave up after {max_steps} steps (line {best + 1}: {lines[best]!r})"]
        n, _, _, it = stack[-1]
        nxt = next(it, None)
        if nxt is None:
            stack.pop()
            continue
        cur2, marks2 = nxt
        if n + 1 == len(lines):
            left = [pieces[i][0] for i, t in enumerate(texts) if cur2[i] != len(t)]
            if left:
                continue
            errs = []
            want_to = sorted(a["continued_to"] for a in gold["articles"] if a.get("continued_to"))
            want_from = sorted(a["continued_from"] for a in gold["articles"] if a.get("continued_from"))
            if sorted(v for k, v in marks2 if k == "to") != want_to:
                errs.append(f"jump-out markers {marks2} do not match continued_to {want_to}")
            if sorted(v for k, v in marks2 if k == "from") != want_from:
                errs.append(f"jump-in markers {marks2} do not match continued_from {want_from}")
            return errs
        best = max(best, n + 1)
        stack.append((n + 1, cur2, marks2, ways(lines[n + 1], 0, cur2, marks2)))
    if not lines:
        return ["page has no text"]
    return [f"line {best + 1} cannot be accounted for: {lines[best]!r}"]


# ---- CLI -----------------------------------------------------------------------------------------
def parse_shape(s: str | None) -> tuple[str | None, tuple[str, ...] | None]:
    if not s:
        return None, None
    parts = s.split("+")
    base = [p for p in parts if p in ALL_SHAPES]
    extras = tuple(p for p in parts if p in EXTRAS)
    bad = [p for p in parts if p not in ALL_SHAPES and p not in EXTRAS]
    if bad or len(base) > 1:
        raise SystemExit(f"--shape: expected one of {ALL_SHAPES} plus any of {EXTRAS}, joined by '+'")
    return (base[0] if base else None), extras


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--from", dest="sources", nargs="+", required=True, type=Path,
                    help="gold.json files or folders holding them")
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--shape", help="lines|blocks|tight|para|para_tight, optionally +crlf +bom +gb18030 +spaced")
    ap.add_argument("--lang", choices=["zh", "en"])
    ap.add_argument("--editions", type=float, default=0.2, help="share of two-page editions")
    a = ap.parse_args(argv)
    shape, extras = parse_shape(a.shape)
    pool = load_sources(a.sources)
    knobs = Knobs(lang=a.lang, shape=shape, extras=extras)
    pages = generate_batch(pool, a.seed, a.count, knobs, a.editions)
    for p in pages:
        errs = check_accounting(p.text, p.gold) + validate_gold(p.gold)
        if errs:
            print(f"{p.name}: " + "; ".join(errs), file=sys.stderr)
            return 1
        p.write(a.out)
    print(f"{len(pages)} pages written under {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
