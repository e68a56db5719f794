"""Physical lines of a page and what each one looks like on its own.

The per-line classifiers are memoised: the labeller asks about the same line several times.

The extraction puts a blank line after every column line; lines printed as one block (the two
lines of a headline, a pull quote, a masthead) follow each other with no blank between.  That
`gap` and the display width are the only geometry plain text keeps, so every later decision is
made from them, from punctuation, and from the pattern tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from audiopaper.split import tables
from audiopaper.split.text import core_width, page_number, width

# a dateline opens a story's body: a place in capitals and a dash (`MILL RIVER — The…`)
# (a wire's may name the country or state and the agency: `SOLVANG, Estrava (CP) — …`)
_PLACE = r"[A-Z][A-Z.'-]+( [A-Z][A-Z.'-]+)*(, [A-Z][\w.'-]*( [A-Z][\w.'-]*){0,2})?( \([A-Z][\w&.' -]{0,24}\))?"
DATELINE = re.compile(_PLACE + r" — \S")
# ... as plain text may set the dash too, two hyphens or an en dash (`SALT MEADOW -- Cape…`):
# evidence that a text opens a story rather than going on from one, but no more than that, for
# a classified item opens the same way (`FOR RENT -- 2BR apartment…`)
ANY_DATELINE = re.compile(_PLACE + r" (—|--|–) \S")

# how a photo caption (or a story's first sentence) opens: a date, from a date (`从9月7日起`), or `近日` / `日前`
CAPTION_OPENER = re.compile(tables.with_traditional(r"^([从自]?\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前)"))
# a head in square brackets (`【从地下室起步】`): a column's logo over a headline, or a
# feature's cross-head between its paragraphs
BRACKET_HEAD = re.compile(r"【[^】]{2,16}】")
# A Chinese note wholly in round brackets (`（作者单位：…）`, `（本报综合）`): under a sentence's end
# it closes the text above it.
BRACKETED_NOTE = re.compile(r"[（(][^（()）]{4,}[）)]")
# the head of a column of short items (简讯, 快讯, IN BRIEF, BRIEFLY, AROUND TOWN): a logo line
# the furniture table names that says so
BRIEF_HEAD = re.compile(tables.with_traditional(r"[简快短]\s*讯|短\s*波|速\s*递|简\s*报|播\s*报|传\s*真$|集\s*锦$|\bBRIEF(S|LY)?\b|^AROUND (TOWN|THE [A-Z]+)$|\bROUNDUP\b|\b(SHORTS|NOTES)$"
                        r"|(^|\s)B R I E F( S| L Y)?(\s|$)"), re.I)  # (letter-spaced: `B R I E F S`)
# a column's head in capitals (`SPORTS SHORTS`)
CAPS_LABEL = re.compile(r"[A-Z][A-Z'&]+( [A-Z][A-Z'&]+){0,3}")
# the same, a word longer and with a colon, as a label over run-in briefs (`CITY HALL:`)
CAPS_LABEL_LOOSE = re.compile(r"[A-Z][A-Z'&]+( [A-Z][A-Z'&]+){0,4}:?")
# one word in capitals, as a dateline's place or a head run into its text
CAPS_WORD = re.compile(r"[A-Z][A-Z.'-]+,?")
# numbers spelled out, which open a sentence in capitals as well as a head does
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


_SPACE = re.compile(r"\s")


def short_brief_head(text: str) -> bool:
    """A Chinese line of eight characters at most that says it heads briefs, however it is
    spaced out (`城事简讯`, `岫源　简　讯`): a column of briefs, whether a table names it or not.

    >>> short_brief_head("岫源　简　讯"), short_brief_head("简讯栏目今起改版，欢迎读者投稿")
    (True, False)
    """
    # (the length first: the head's pattern is the costly test, and most lines are long)
    return len(_SPACE.sub("", text)) <= 8 and _CJK_CHAR.search(text) is not None \
        and BRIEF_HEAD.search(text) is not None


# an English byline's role on its own: an optional word before the noun (`Staff Writer`)
ROLE_WORD = r"(Staff|Senior|Special|Contributing|Sports|Business)"
ROLE_NOUN = r"(Writer|Reporter|Correspondent|Photographer|Columnist|Editor)"
# a letter's signature: the writers' names (`O'Neill`, `Li-Hatfield`, `Gerald and Anne Foss`),
# a comma and their town (`Kestrel Falls`); the column may wrap it after the comma (names
# with accented letters too: `Tomás`, `Zoë`)
_NAME = r"[A-ZÀ-Þ][a-zß-ÿ']+(-[A-ZÀ-Þ][a-zß-ÿ']+)?"
SIGNED_NAMES = rf"{_NAME}( [A-Z][a-z.]*)*( and {_NAME})?( {_NAME})?,"
TOWN = r"[A-Z][a-z]+( [A-Z][a-z]+){0,2}"
# a person's name alone: two or three capitalised words, an initial between (`Ann B. Lee`)
PERSON = re.compile(r"[A-Z][a-z]+( [A-Z]\.)?( [A-Z][a-z]+(-[A-Z][a-z]+)?){1,2}")
# an obituary's life dates under the name (`March 3, 1938 – Nov. 12, 2026`, `1938 - 2026`)
LIFE_DATES = re.compile(r"^([A-Z][a-z]{2,8}\.? \d{1,2}, )?\d{4} ?[–—-]{1,2} ?([A-Z][a-z]{2,8}\.? \d{1,2}, )?\d{4}$")
# a listing's row of showing or programme times (`《归途》13:00　20:50`)
SHOWINGS = r"\d{1,2}:\d\d(\s+\d{1,2}:\d\d)+"
# a Chinese letter's signature: the writer as a reader or resident, the name, perhaps the street
# (`读者　郝建平`, `市民 钟晓棠（湖滨街道）`, `石门街道居民 何秀英`)
# (in brackets too: `（读者 伍继红）`; the district or county before it, spaced off or not:
# `江北区 读者 韦晓林`, `城南街道东风路17号院 居民 孙国庆`)
_READER_ROLES = "读者|作者|网友|市民|居民"
ZH_SIGNATURE = r"（?(([\u4e00-\u9fff]{1,8}(街道|社区|村|镇|乡|区|县)|[\u4e00-\u9fff0-9]{2,14}(院|小区))\s*)?(" + _READER_ROLES + r")\s*[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,2}(（[\u4e00-\u9fff]{2,12}）)?）?"


ZH_SIGNED = re.compile(ZH_SIGNATURE)
_READER_ROLE = re.compile(_READER_ROLES)
_AFFILIATED = re.compile(r"[□■]?\s*([\u4e00-\u9fff0-9A-Za-z·]{2,16})(\s+[\u4e00-\u9fff]{2,6})?\s+([\u4e00-\u9fff]{2,4})")


def affiliated_name(s: str) -> bool:
    """A Chinese line that is who someone is and their name, a surname first (`退休教职工 严慧芳`,
    `计算机学院2023级研究生 郑远航`, `□ 外国语学院2022级 何以宁`): a writer's signature or an
    essay's byline.  Where the writer is from and what they are may stand apart too, whatever
    the role is called (`河西区 退休教师 周明远`, `东浦大学 学生 田雨桐`): of the labelled pages'
    headlines, decks, kickers and skipped lines, none is three such parts ending in a name.

    >>> affiliated_name("退休教职工 严慧芳"), affiliated_name("美丽乡村 新景")
    (True, False)
    """
    if ZH_SIGNED.fullmatch(s.strip()):
        # (a reader's signature: `江北区滨湖花园小区 读者　邝永年`; not a headline that reads
        # like one, `2026年度城乡居民医保`)
        # (the name after the role word, spaces out, a street in brackets after it dropped)
        name = "".join(_READER_ROLE.split(s)[-1].split())
        return _surname_first(re.sub(r"（[^）]*）?$", "", name).rstrip("）"))
    m = _AFFILIATED.fullmatch(s.strip())
    if m is None:
        return False
    name, names = m[3], tables.zh_surnames()
    return (name[:2] in names["compound"] and len(name) >= 3) \
        or (name[0] in names["single"] and len(name) <= 3)


def figure_row(s: str, share: float) -> bool:
    """A table's row: three digits or more, making up `share` of its characters (spaces,
    ideographic ones too, aside), and no running-text pause (`10月20日　高潮 05:42 3.86米`, `鸡蛋9.20↑0.30`)."""
    digits = sum(map(str.isdigit, s))
    return digits >= 3 and digits >= share * len("".join(s.split())) \
        and re.search(r"[，。；,;]", s) is None


# a price list's row: a label, dot leaders and a figure (`Wheat ............ $5.12  (-0.04)`,
# `30-year fixed ......... 6.12%`; a grain bid in fractions of a cent, `Corn ....... $4.27½`)
_LEADER_ROW = re.compile(r"[A-Z0-9][\w .,'&/-]{0,30}?\s?\.{4,}\s?[$€£]?\d[\d.,]*[½¼¾]?%?(\s+\S+){0,3}")


_PRICE_CELL = re.compile(r"[$£€]?\d[\d.,]*(%|¢|/[a-z]{1,4}\.?)?")


# a station's call letters or its channel (`WCAL`, `KSRV-TV`, `Ch. 4`), heading a grid's row
_STATION = re.compile(r"[A-Z]{3,4}(-(TV|DT|FM|AM))?|Ch\. ?\d{1,3}")


def cell_row(raw: str) -> bool:
    """An English table's row as the tool left it: three cells or more parted by runs of two
    spaces or more, a figure in most of them or the row all short capitalised words (the
    head row), and none of a sentence's small words (a justified line of prose has them); or
    a label, dot leaders and a figure; or a label and a price or rate alone, a wide run of
    spaces apart.

    >>> cell_row("Ridgeline       9-2      12-3"), cell_row("in  2022, would raise  roughly $2.3  million a")
    (True, False)
    """
    if _LEADER_ROW.fullmatch(raw.strip()):
        return True
    cells = [c for c in re.split(r"\s{2,}", raw.strip()) if c]
    if len(cells) >= 4 and _STATION.fullmatch(cells[0]):
        return True  # a broadcast grid's row under its station (`KSRV   News   Movie: …`)
    if any(w.lower() in tables.english_words()["function"] for w in raw.split()):
        return False
    if len(cells) == 2 and re.search(r"\s{3,}", raw.strip()) and _PRICE_CELL.fullmatch(cells[1]):
        return True  # a label and its price or rate, a wide run apart (`Sugar kelp, fresh     $0.42/lb`)
    if len(cells) < 3:
        return False
    figures = sum(any(ch.isdigit() for ch in c) for c in cells)
    return figures * 2 >= len(cells) or all(re.fullmatch(r"[A-Z][\w.%/-]{0,12}", c) for c in cells)


@dataclass(frozen=True)
class Line:
    """One non-blank line: its index in the page, text, display width and blank lines above it."""

    no: int
    text: str
    width: int
    gap: int
    core: int = -1  # width without punctuation hung past the column edge (see text.core_width)
    starts: bool | None = None  # starts a paragraph, as a PDF page's indent shows; None in text
    loose: bool = False  # the page has no blank lines: `gap` tells nothing about blocks
    run_in: bool = False  # a brief's head cut off the start of its first line (shape.run_in_head)

    def __post_init__(self) -> None:
        if self.core < 0:
            object.__setattr__(self, "core", core_width(self.text))

    @cached_property
    def s(self) -> str:
        """The text without outer whitespace (asked many times a line by the labeller's cues:
        stripped once)."""
        return self.text.strip()


def page_lines(raw: tuple[str, ...] | list[str]) -> list[Line]:
    """Non-blank lines with the count of blank lines above each (the first counts as 1)."""
    out, gap = [], 1
    for no, text in enumerate(raw):
        if not text.strip():
            gap += 1
            continue
        t = text.rstrip().replace("\u3000", " ")
        out.append(Line(no, t, width(t.strip()), gap))
        gap = 0
    return out


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


# a zero inside a word of letters, or opening one: OCR's reading of a letter O
_OCR_ZERO = re.compile(r"(?<=[A-Za-z])0|\b0(?=[A-Za-z])")
# a letter O after a figure, inside or at the end of it, or an l or I in one: OCR's reading
# of a zero or a one (`2O24`, `April l8`)
_OCR_OH = re.compile(r"(?<=\d)[OlI](?=\d|\b)|\b[lI](?=\d)")


def ocr_letters(s: str) -> str:
    """`s` with each zero OCR read for a letter O put back: lower case after a lower-case
    letter, capital otherwise; and each letter O, l or I read for a zero or a one inside a
    figure (`2O24`, `l8`).

    >>> ocr_letters("LETTERS T0 THE EDITOR"), ocr_letters("Friday, 0ctober 7"), ocr_letters("g0od 10")
    ('LETTERS TO THE EDITOR', 'Friday, October 7', 'good 10')
    >>> ocr_letters("Thursday, March 7, 2O24"), ocr_letters("1O0 years ago"), ocr_letters("April l8")
    ('Thursday, March 7, 2024', '100 years ago', 'April 18')
    """
    s = _OCR_OH.sub(lambda m: "0" if m.group() == "O" else "1", s)
    return _OCR_ZERO.sub(lambda m: "o" if s[m.start() - 1:m.start()].islower() else "O", s)


@lru_cache(maxsize=4096)
def furniture_kind(line: str, lang: str, in_header: bool = False) -> str | None:
    """The furniture kind of a line (`masthead`, `notice`, `slogan`...) or None.

    `top` rules (a bare page number, a section name) only count in the page-header block.
    """
    kinds = tables.FURNITURE_KINDS if in_header else tuple(
        k for k in tables.FURNITURE_KINDS if k != "top")
    spaced = line.split()
    if lang == "zh" and len(spaced) >= 2 and all(len(p) == 1 for p in spaced):
        line = "".join(spaced)  # a head printed letter-spaced (`快　讯`) reads as one word
    hit = tables.match(tables.furniture_rules(), line.strip(), lang, kinds)
    if hit:
        return hit[0].kind
    if lang == "en" and (_OCR_ZERO.search(line) or _OCR_OH.search(line)) \
            and (read := ocr_letters(line)) != line:
        # OCR read a letter O as a zero (`0ctober`, `LETTERS T0 THE EDITOR`) or a zero as an O
        # (`2O24`): the tables read the line with its letters and figures back
        return furniture_kind(read, lang, in_header)
    if lang == "zh" and 3 <= len(spaced) <= 6 and all(len(p) == 1 and _CJK_CHAR.match(p) for p in spaced) \
            and byline_kind(" ".join(spaced), lang) is None:
        # a column's name set letter-spaced (`书 香 鹭 城`, `乡 里 新 闻`; not an artist's
        # credit spaced out, `杜　衡　作`)
        return "logo"
    # a box's items set on one line (`今日天气 晴转多云`, `8℃～17℃ 东北风2级`, `明天 多云
    # 25～34℃ 空气质量 良`): each part a weather item makes the line one
    parts = line.split()
    if 2 <= len(parts) <= 6 and len(line) <= 40 and _weather_items(parts, lang):
        return "weather"
    # Chinese: an ad's last item set after its offer with an ideographic space (`到店立减300元
    # 咨询热线：400-860-5517`): the number to call makes the line the ad's
    cells = line.strip().split("\u3000")
    if lang == "zh" and len(cells) >= 2 and "。" not in line:
        hit = tables.match(tables.furniture_rules(), cells[-1].strip(), lang, ("contact", "offer"))
        if hit:
            return hit[0].kind
    return None


def _weather_items(parts: list[str], lang: str) -> bool:
    """The parts of a line are weather items, one part to three each (`北风3-4级`, `空气质量 良`,
    `明天 多云 25～34℃`)."""
    def item(text: str) -> bool:
        return tables.match(tables.furniture_rules(), text, lang, ("weather",)) is not None
    k = 0
    while k < len(parts):
        # (a day's forecast in three: `明天 多云 25～34℃`)
        step = next((n for n in (3, 2, 1) if k + n <= len(parts) and item(" ".join(parts[k:k + n]))), 0)
        if not step:
            return False
        k += step
    return True


@lru_cache(maxsize=4096)
def byline_kind(line: str, lang: str) -> str | None:
    """`line` for a stand-alone byline, `credit` for a photo credit, else None.

    A credit is short and carries no sentence punctuation (a body line may end in 拍摄); an
    English one may name a paper of three words (`ANN LEE / Granite Crossing Courier`).
    """
    # (a name's rare character, outside the common block the tables' patterns name, reads as
    # any other: `通讯员 谭 㛃 摄`)
    s = _RARE_CJK.sub("某", line.strip()) if lang == "zh" else line.strip()
    if lang == "en" and s.startswith("(") and s.endswith(")"):
        s = s[1:-1]  # a credit in brackets at a caption's end: `(MARISOL VEGA / Herald photo)`
    if lang == "zh" and _BRACKETED_CREDIT.fullmatch(s):
        return "credit"  # a photo's credit in brackets, on its own line (`（作者照片：本报记者 X 摄）`)
    # (two English writers with their roles run longer: `By Ann Lee, Health Writer, and…`)
    if len(s) > (40 if lang == "zh" else 90 if s.startswith("By ") else 60) \
            or re.search(r"[，。、；]", s):
        return None
    if tables.match(tables.byline_rules(), s, lang, ("credit",)):
        return "credit"
    if lang == "zh":
        s = re.sub(r"(?<=\S)\s*文[/／]图$", "", s)  # the writer took the photos too (`X 文/图`)
    if tables.match(tables.byline_rules(), s, lang, ("line",)):
        return "line"
    if lang == "en" and _OCR_ZERO.search(s) and (read := ocr_letters(s)) != s:
        # (OCR read a letter O as a zero: `GAZETTE PH0TO BY NORA VELLES`)
        return byline_kind(read, lang)
    return None


_RARE_CJK = re.compile("[\u3400-\u4dbf\U00020000-\U0003134f]")
# a Chinese line wholly in brackets that ends on who took the picture, with no sentence in it
_BRACKETED_CREDIT = re.compile(tables.with_traditional(r"（[^（），。；！？]{2,30}摄）"))


@lru_cache(maxsize=4096)
def inline_byline(text: str, lang: str) -> re.Match[str] | None:
    """The byline printed at the start of a body (`本报讯 （记者 X）`), as a match on `text`."""
    hit = tables.match(tables.byline_rules(), text, lang, ("inline",))
    return hit[1] if hit and hit[1].group(0).strip() else None


@lru_cache(maxsize=4096)
def tail_byline(text: str, lang: str) -> re.Match[str] | None:
    """The byline printed at the end of a body (`（通讯员 杜鹃）`); in Chinese also a name in
    brackets after the last sentence with no role word, where a space parts it from who the
    writer is (`（读者 蒙德顺）`, `（县农技中心 农艺师 莫慧琳）`) or the name opens with a
    surname (`（覃立夏）`; not an editor's note, `（有删节）`)."""
    hit = tables.match(tables.byline_rules(), text.rstrip(), lang, ("tail",))
    if hit:
        return hit[1]
    m = _ZH_BRACKET_NAME.search(text.rstrip()) if lang == "zh" else None
    if m and (" " in m["who"] or _surname_first(m["name"])):
        return m
    return None


# a name in brackets ending a text, after its last sentence or alone on the line, with who
# the writer is before it (parted by spaces as printed; joined into a paragraph, not); a
# two-character name may be spaced out to the width of three (`闵 川`)
_ZH_BRACKET_NAME = re.compile(
    r"(?:^|(?<=[。！？”]))（(?P<who>[\u4e00-\u9fff ]{0,16}?) ?"
    r"(?P<name>[\u4e00-\u9fff] [\u4e00-\u9fff]|[\u4e00-\u9fff]{2,3})）$")


def _surname_first(name: str) -> bool:
    names = tables.zh_surnames()
    name = tables.simplified(name)  # (`劉`, `陳`: the table writes them simplified)
    return name[:2] in names["compound"] or (name[:1] in names["single"] and len(name) <= 3)


def tail_alone(text: str, lang: str) -> bool:
    """The line is nothing but a closing byline (`（本报记者 X）`, `— Gazette staff`): the
    table's tail patterns end the line, and this one starts it too."""
    tail = tail_byline(text, lang)
    return tail is not None and tail.start() == 0


@lru_cache(maxsize=4096)
def jumps_in(text: str, lang: str) -> tuple[tuple[str, int, re.Match[str]], ...]:
    """Jump markers in a line: (direction `to`/`from`, page number, match)."""
    out = []
    for r in tables.jump_rules():
        if r.applies(lang):
            for m in r.pattern.finditer(text.strip()):
                out.append((r.kind, page_number(m.group("page")), m))
    return tuple(out)


@lru_cache(maxsize=4096)
def cue(line: str) -> str | None:
    """Headline-stack cue of a Chinese line: `speech`, `occasion` or `role` (see verbs.tsv).

    >>> cue("陶文澜在全县重大项目建设攻坚推进会上强调"), cue("孙启航主持 冯德厚 彭惠云出席")
    ('speech', 'role')
    >>> cue("——专访县农业农村委主任黄志强"), cue("全县防汛工作调度会召开")
    ('role', 'occasion')
    """
    s = tables.simplified(line.strip())  # (the words are written in simplified characters)
    if s.startswith("——") or s.startswith("—— "):
        return "role"
    words = tables.cue_words()
    for role in ("role", "speech", "occasion"):
        if any(s.endswith(w) for w in words[role]):
            if role == "role" and not _role_line(s, words["role"]):
                continue
            return role
    return None


def _role_line(s: str, verbs: tuple[str, ...]) -> bool:
    """A role-verb subheadline names people and their roles (`X主持 Y出席`), not an event.

    `…专题会议上讲话` is a kicker-like line, `胡衡华主持 唐方裕出席` is a subheadline: the
    latter has several space-separated parts, each ending in a role verb or being a name; so
    is one short part that says who without where (`副市长聂秋原出席并讲话`, not `在…上讲话`).
    """
    parts = s.split()
    return len(parts) >= 2 or len(s) <= 8 or (len(s) <= 14 and re.search(r"[在上会]", s) is None)


def slogan_shaped(line: str, longest: int = 5) -> bool:
    """Short parallel phrases split by spaces (`讲文明 树新风`): how slogans and logos print.

    >>> slogan_shaped("讲文明 树新风"), slogan_shaped("县法院发布涉老年人权益保护典型案例")
    (True, False)
    """
    parts = line.split()
    return len(parts) >= 2 and all(1 <= len(p) <= longest for p in parts)
