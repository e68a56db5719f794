"""The extraction shape of a page: what its blank lines and spaces can and cannot tell.

Tools leave the same printed page in different shapes.  The seed's tool puts a blank line
after every column line (then *no* blank between two lines means they were printed as one
block: a two-line headline, a pull quote); pdftotext puts blank lines between blocks (then a
blank means a new block); others leave none.  The splitter measures the shape once and reads
blank lines as evidence of that shape only, so the same page in any shape gets the same
answer as far as its words allow.  Runs of spaces a justified column leaves inside a line are
squeezed to one space: they are not gaps between words of a headline.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from itertools import accumulate

from audiopaper.split.lines import (
    ANY_DATELINE,
    BRIEF_HEAD,
    CAPS_LABEL,
    CAPS_WORD,
    NUMBER_WORDS,
    ROLE_NOUN,
    ROLE_WORD,
    SHOWINGS,
    SIGNED_NAMES,
    TOWN,
    Line,
    affiliated_name,
    byline_kind,
    cell_row,
    figure_row,
    furniture_kind,
    inline_byline,
    jumps_in,
    short_brief_head,
    tail_byline,
)
from audiopaper.split.run_in import heads
from audiopaper.split.tables import english_lexicon, english_words, with_traditional
from audiopaper.split.text import MONTH_DAY, echoed_in, ends_sentence, width

_SPACE_RUN = re.compile(r"[ \t\u3000]{2,}")
# Spaces a justified Chinese column spreads between two characters (two or more): no gap.
_CJK_JUSTIFIED = re.compile(r"(?<![A-Za-z])[ \t]{2,}|[ \t]{2,}(?![A-Za-z])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Shape:
    """`style` is `lines` (a blank after nearly every line), `blocks` (blanks between blocks of
    several lines) or `tight` (no blank lines); `blank_after` is the measured share;
    `paragraphs`: the page was extracted one paragraph to a line (no column wrapped it)."""

    style: str
    blank_after: float
    paragraphs: bool = False

    def joined(self, line: Line) -> float:
        """Evidence (-1..1) that `line` was printed in one block with the line above it."""
        if self.style == "lines":
            return 1.0 if line.gap == 0 else -0.2
        if self.style == "blocks":
            return 0.3 if line.gap == 0 else -1.0
        return 0.0

    def broken(self, line: Line) -> bool:
        """A blank line above `line` that means a new block (only where blanks are rare)."""
        return self.style == "blocks" and line.gap > 0


def measure(raw: tuple[str, ...] | list[str]) -> Shape:
    """Share of non-blank lines followed by a blank line, and the style it implies.

    >>> measure(["a", "", "b", "", "c", ""]).style, measure(["a", "b", "c"]).style
    ('lines', 'tight')
    >>> measure(["a", "b", "", "c", "d", "", "e", "f", "", "g", "h"]).style
    'blocks'

    Blocks take at least three blank lines inside the text: one or two (after a page number,
    before a footer) part no blocks of running text, and reading a whole tight page as one
    block of text would drown its headlines.
    """
    texts = [t.strip() for t in raw]
    n = sum(1 for t in texts if t)
    if n == 0:
        return Shape("tight", 0.0)
    after = sum(1 for i, t in enumerate(texts) if t and i + 1 < len(texts) and not texts[i + 1])
    share = after / n
    if share >= 0.6:
        return Shape("lines", share)
    last = max(i for i, t in enumerate(texts) if t)
    inner = sum(1 for i, t in enumerate(texts) if t and i < last and not texts[i + 1])
    if share >= 0.02 and inner >= 3:
        return Shape("blocks", share)
    return Shape("tight", share)


# A run of spaces between two letters of Latin text: a justified gap between words, or a word
# some tools split (`Kett  le Creek`, `By JORGE A  LVAREZ`).
_LATIN_RUN = re.compile(r"(?<=[A-Za-z])[ \t]{2,}(?=[A-Za-z])")
_WORD = re.compile(r"[A-Za-z]+")


def vocabulary(raw: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The page's own words (lower case), to tell a split word from two words; the words
    touching a run of spaces are left out (they may be the halves)."""
    out: set[str] = set()
    for line in raw:
        pieces = _LATIN_RUN.split(line)
        for k, piece in enumerate(pieces):
            ws = _WORD.findall(piece)
            out.update(w.lower() for n, w in enumerate(ws)
                       if not (k > 0 and n == 0) and not (k < len(pieces) - 1 and n == len(ws) - 1))
    return frozenset(out)


def mend(core: str, words: frozenset[str]) -> str:
    """Join the two halves of a word a run of spaces split, where the page says it is one:
    the joined line is a byline or furniture the tables name and the spaced one is not, or the
    joined word is one the page uses elsewhere (or an English word) and one half is not."""
    out = core
    for m in reversed(list(_LATIN_RUN.finditer(core))):
        joined = out[:m.start()] + out[m.end():]
        spaced = out[:m.start()] + " " + out[m.end():]
        left = _WORD.findall(out[:m.start()])[-1].lower()
        right = _WORD.findall(out[m.end():])[0].lower()
        named = [bool(byline_kind(x, "en") or furniture_kind(x, "en", False) or inline_byline(x, "en"))
                 for x in (joined, spaced)]
        known = left + right in words and (left not in words or right not in words)
        # (or a word of the language where its halves are not both: `Stre  et`, not `the  cat`)
        lexicon = english_lexicon()
        known = known or (len(left + right) >= 4 and left + right in lexicon
                          and not (left in lexicon and right in lexicon))
        if (named[0] and not named[1]) or known:
            out = joined
    return out


def squeeze(text: str) -> str:
    """A line's text with the runs of spaces of a justified column squeezed to one space.

    >>> squeeze("The  council met"), squeeze("唯实争先 埋头苦干")
    ('The council met', '唯实争先 埋头苦干')
    """
    return _SPACE_RUN.sub(" ", text)


_IDEOGRAPHIC_GAP = re.compile(r"^(?P<head>\S[^\u3000]*?\S)\u3000+(?P<rest>\S.*)$")
_LABEL_OPEN = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")
_HEAD_DASH = re.compile(r"\s+[—–-]{1,2}$")
_SHOWINGS = re.compile(SHOWINGS + r"\s*$")
_RUN_IN = re.compile(r"^(?P<head>\S.*?\S)(?:\s{2,}|\u3000)(?P<rest>\S.*)$")
# in a brief column, after a brief that ended, one plain space may part a Chinese head
_ZH_RUN_IN = re.compile(r"^(?P<head>[^\s，。、；：！？]*[\u4e00-\u9fff][^\s，。、；：！？]*) (?P<rest>\S.*)$")
_EN_HEAD_END = re.compile(r"[.,;:!?]$")
# the wrapped end of a Chinese brief's head, its gap and the text's start: `幕 10月24日…`
_HEAD_TAIL = re.compile(r"^([\u4e00-\u9fff]{1,4})[ \u3000]+(\S.*)$")
_IDEOGRAPHIC_TAIL = re.compile(r"^([\u4e00-\u9fff]{1,4})\u3000+(\S.*)$")
# ... and of an English one: a word or two, the gap, the text from a capital
_EN_HEAD_TAIL_ONE = re.compile(r"^([a-z][\w'-]*(?: [a-z][\w'-]*)?) ([A-Z].*)$")
_EN_HEAD_TAIL = re.compile(r"^([A-Za-z][\w'-]*( [A-Za-z][\w'-]*)?)\s{2,}([A-Z].*)$")
# a name's score ending a cell (`Marlow Creek 28`)
_SCORE_END = re.compile(r"[A-Za-z] \d{1,3}$")
# a price or its change in a table's cell (`1.20`, `↓0.10`, `+3.5%`)
_PRICE_CELL = re.compile(r"\d\.\d|[↑↓→]|[+-]\d")
_ROW_GAP = "\u3000[\u3000 ]*| {2,}"  # (an ideographic space, or two plain ones or more)
_FIGURE_CELL = re.compile(r"^[↑↓→+-]?\d[\d.,]*%?$|" + _PRICE_CELL.pattern)  # (or a bare figure, `2290`)
_ZH_OPENER = re.compile(with_traditional(r"^(本[报報][讯訊]|\d{1,2}\s*月\s*\d{1,2}\s*日|[（(]|即日|近日|日前|今年|昨天|今天)"))
# a log's item opening on the day and the time of day alone (`17日晚7时40分，…`), its month in
# the item's head: only after a gap, where no wrapped line of text begins
_ZH_DAY_OPENER = re.compile(with_traditional(r"^\d{1,2}日(凌晨|清晨|早|上午|中午|下午|傍晚|晚|夜|深夜)"))


# The second word of an English byline's role (`/ Staff` + `Writer`), when a narrow column
# wraps it onto the next line.
_ROLE_HEAD = re.compile(rf"^By [A-Z].* / {ROLE_WORD}$")
_ROLE_TAIL = re.compile(rf"^{ROLE_NOUN}\b")
# a byline that names the writer only, and a title alone on the line under it (a paper's name
# and a desk may open it: `Herald Business Editor`, `Staff Writer`)
_BY_NAME = re.compile(r"By [A-Z][\w.'’-]*( [A-Z][\w.'’-]*){1,3}")
_ROLE_LINE = re.compile(rf"([A-Z][\w&'’.-]* ){{0,3}}{ROLE_NOUN}")


_CREDIT_GAP = re.compile(r"[。！？.!?”\"]\s+")


# marks inside a head that end no sentence: a saint's or a mountain's point in a place's name
# (`St. Brendan's`), a month's stop before its day (`Oct. 21`), a thousands comma (`£3,100`)
_INNER_MARKS = re.compile(r"\b(St|Mt|Ste)\. (?=[A-Z])|" + MONTH_DAY.pattern +
                          r"|(?<=\d),(?=\d{3}\b)")


# a game's result, both sides and their scores, before the text (a roundup's brief heads)
_RESULT_HEAD = re.compile(r"[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3} \d{1,3}, "
                          r"[A-Z][\w.'’-]*( [A-Z][\w.'’-]*){0,3} \d{1,3}(?= [A-Z])")


def _en_run_in(line: str, nxt: str = "", below: str = "") -> str | None:
    """English, in a brief column after a brief that ended: the head runs into the text with
    one space (`Library cuts fines The Ashby Ridge…`); the text starts at a dateline in capitals
    ending the line (`Ferry fares to rise Nov. 1 LOWELL` / `BAY — …`), or else at the first
    capitalised function or number word after two words or more of the head.  (`below`: the
    next lines, as far as a brief's text may say its head again.)"""
    result = _RESULT_HEAD.match(line)
    if result:
        return result[0]  # a game's result heads its report (`Harbor Prep 58, Gull Point 55 Owen…`)
    words = line.split()
    function = english_words()["function"]
    dash = next((k for k, w in enumerate(words[:8]) if w in ("—", "--")), 0)
    if 1 <= dash < len(words) - 1 and words[dash + 1][:1].isupper() \
            and not CAPS_WORD.fullmatch(words[dash - 1]) and not ANY_DATELINE.match(line):
        return " ".join(words[:dash + 1])  # a dash parts the head from the text (`Pool passes — Season…`)
    end = len(words) - (words[-1] in ("—", "--"))  # `… ASHTON —`
    caps = end
    while caps > 0 and CAPS_WORD.fullmatch(words[caps - 1]):
        caps -= 1
    if 2 <= caps < end and words[caps - 1].lower() not in function:
        return " ".join(words[:caps])  # the text opens with a dateline in capitals (`… LOWELL`)
    for k in range(2, min(len(words), 10)):
        w = words[k]
        # (a saint's or a mount's point is no sentence's: `Blood drive at St. Brendan's The`)
        if w[:1].isupper() and (w.lower() in function or w.lower() in NUMBER_WORDS) \
                and words[k - 1].lower() not in function \
                and not re.search(r"[.,;:!?\"“”]", _INNER_MARKS.sub(" ", " ".join(words[:k]))):
            return " ".join(words[:k])
    calendar = english_words()["calendar"]
    for k in range(2, min(len(words), 10)):
        # a head in sentence case (its words after the first in lower case, or a day or a
        # month) ends before a name of one to three capitalised words the text goes on from in
        # lower case, on the line or on the next (`Crab feed tickets on sale Tickets for…`,
        # `Leaf pickup begins Monday City crews`, `Moreno fourth at state Cedar Bend` / `junior…`;
        # a name that ends the line only where the text says the head again: a sentence breaks
        # at a name too, `My grandchildren spent last Labor Day` / `weekend…`)
        name = k
        while name < min(k + 3, len(words)) and words[name][:1].isupper():
            name += 1
        if name == k or re.fullmatch(r"[A-Z]{2,4}", words[k]):
            continue  # no name opens the text here (an initialism is none: `Bring a photo ID`)
        if k == 2 and (name > 3 or not words[1][:1].islower() or len(line) < _HOLDS_TEXT):
            continue  # after two words, only a common noun opens it, on a line that holds a
            # brief (`Bridge closure Engineers will…`): a person's name there goes on a
            # sentence (`Council leader Ann Idowu said`), and a short line is a headline's
            # first (`Wildcats top Bemidji in…`)
        # (the name may go on to the next line: `…at state Lake` / `Forest junior…`)
        # (past the name's figures: `…Friday American` / `Legion Post 77 will…`)
        goes_on = words[name] if name < len(words) else next(
            (w for w in nxt.split()[:4] if not w[:1].isupper() and not w[:1].isdigit()), "")
        echoed = echoed_in(" ".join(words[:k]), f"{' '.join(words[k:])} {below or nxt}")
        if name == len(words) and not echoed:
            continue
        # (a head with names in it where the text says it again, the name ending no word of
        # the head: `County Road 12 paving Okeena` / `County highway crews will repave County
        # Road 12…`; not `Bakery opens second shop Loaf &` / `Ladle, the…`)
        # (an initialism reads as a word in lower case does: `Savings bank names CEO Hallam…`)
        plain = [w[:1].islower() or w.lower() in calendar or w[:1].isdigit()
                 or re.fullmatch(r"[A-Z]{2,4}", w) is not None for w in words[1:k]]
        if goes_on[:1].islower() and words[k].lower() not in calendar \
                and (all(plain) or (echoed and plain[-1])) \
                and words[k - 1].lower() not in function \
                and not re.search(r"[.,;:!?\"“”]", _INNER_MARKS.sub(" ", " ".join(words[:k]))):
            return " ".join(words[:k])  # (a month's stop is no sentence's: `…begins Oct. 7 Curbside`)
    if len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].islower() \
            and words[-2].lower() not in function and not _EN_HEAD_END.search(words[-2]) \
            and nxt[:1].islower():
        return " ".join(words[:-1])  # the text's first word ends the line (`…repaving Crews` / `will…`)
    return None


# a line this long holds a brief's text after its head (one paragraph to a line)
_HOLDS_TEXT = 60
_TITLE_WORD = re.compile(r"[A-Z][a-z]")


def _echoed_head(line: str, below: str) -> str | None:
    """English: the head run into a brief's text with one space, found where its words come
    again in the text: the first split before a word in title case (`Bayshore`, not `CEO`),
    after two words or more of a head in sentence case, whose head the rest of the line and
    the lines below repeat (`Credit union names CEO` / `Bayshore Community Credit Union has
    named…`).

    >>> _echoed_head("Bakery opens second shop Loaf & Ladle, the Harbor Street bakery will "
    ...              "open a second shop", "")
    'Bakery opens second shop'
    """
    words = line.split()
    function, calendar = english_words()["function"], english_words()["calendar"]
    for k in range(2, min(len(words) - 2, 10)):
        head = " ".join(words[:k])
        if re.search(r"[.,;:!?\"“”]", head) or not all(
                w[:1].islower() or w[:1].isdigit() or w.isupper() for w in words[1:k]):
            return None  # (a head in sentence case, no punctuation)
        if _TITLE_WORD.match(words[k]) and words[k - 1].lower() in function:
            # a head ends on no small word: a name after it is the head's, up to the text's
            # first word, which says the head's first again (`Bluewater adds nonstop to Porto
            # Velas` / `Bluewater Air will…`); no such word, and the line is one headline's
            # (`Man charged in Canal Street break-ins`)
            end = k
            while end < len(words) and _TITLE_WORD.match(words[end]):
                end += 1
            again = next((m for m in range(k + 1, end) if words[m].lower() == words[0].lower()), None)
            return " ".join(words[:again]) if again else None
        # (the text opens on no day or month: `Blood drive` / `Saturday at…` is one headline)
        if _TITLE_WORD.match(words[k]) and not {words[k].lower(), f"{words[k].lower()}."} & calendar \
                and echoed_in(head, f"{' '.join(words[k:])} {below}"):
            return head
    return None


_GAPS = re.compile(r"\s{2,}|\u3000")
_ANY_GAP = re.compile(r"\s+")


def _later_gap(line: str, single: bool = False) -> str | None:
    """Chinese: the head before a later gap of the line, when the text after that gap opens
    as a story's text does (`联赛第五轮  战罢  9月21日，…`: the head is `联赛第五轮  战罢`);
    `single`: in a column of briefs one plain space is gap enough (`开通夜间  公交 即日起，…`)."""
    gaps = _ANY_GAP if single else _GAPS
    for m in list(gaps.finditer(line))[1:]:
        head, rest = line[:m.start()], line[m.end():]
        if _ZH_OPENER.match(rest) and _zh_head_shaped(_CJK_JUSTIFIED.sub("", head)):
            return head
    return None


def _earlier_gap(head: str, rest: str) -> str | None:
    """Chinese, after a text that ended: the head before one plain space inside what stands
    before a wide gap, when the text after that space, run on over the wide gap, opens as a
    story's text does (`鼎昌电子获评省级智能工厂 日前，省经济   和信息化厅`: a justifying tool
    spread the text, not the head, and the head is the words before `日前`)."""
    for m in _ANY_GAP.finditer(head):
        before, after = head[:m.start()], head[m.end():]
        if _ZH_OPENER.match(after + rest) and _zh_head_shaped(before) \
                and not before[-1:].isdigit():
            return before
    return None


def _zh_head_shaped(head: str) -> bool:
    """A Chinese run-in head: 4 to 24 characters without a pause or stop, its brackets closed
    (`本报讯（晚报记者　X　通讯员　Y）` spaces names inside a bracket the head never opens)."""
    return 4 <= len(head) <= 24 and not re.search(r"[，。、；：！？]", head) \
        and head.count("（") == head.count("）") and head.count("(") == head.count(")")


def _opens_next(raw: tuple[str, ...] | list[str], no: int) -> bool:
    """The next non-blank line opens a text of its own (`近日，…`, `本报讯…`), or there is
    none: the line at `no` is whole (a headline of two parts), not a brief's head run into its
    first line."""
    nxt = next((x.strip() for x in raw[no + 1:no + 4] if x.strip()), "")
    return not nxt or bool(_ZH_OPENER.match(nxt) or inline_byline(nxt, "zh"))


def _run_in_credit(line: str) -> str | None:
    """A photo credit printed after the caption's last sentence on the same line
    (`…电梯回家。 晚报记者 石 岩 摄`, `…afternoon. Photo by Ann Lee`)."""
    for m in _CREDIT_GAP.finditer(line):
        tail = line[m.end():]
        if tail and byline_kind(tail, "zh" if _CJK.search(tail) else "en") == "credit":
            return tail
    return None


# a brief's head set off by a mark, then its text: in lenticular brackets with or without a
# gap (`【市民卡可刷乘城际公交】即日起，…`), or after a square with a gap (`■县图书馆新增…借阅点
# 日前，县…`)
_BRACKETED_HEAD = re.compile(r"^(【[^【】]{4,24}】)\s*(?=\S*[\u4e00-\u9fff])")
_MARKED_BRIEF = re.compile(r"^[■●◆▲]\s?[^\s，。]{4,24}(\s{2,}|\u3000)\S*[\u4e00-\u9fff][^\n]*[，。]")


def _cells_row(line: str, gap: str, figure: re.Pattern[str]) -> bool:
    """A table's row: three cells or more parted by `gap`, two of them or more holding the
    table's `figure` (Chinese, ideographic spaces and a price or its change, `高山白菜　元/斤
    　1.20　↓0.10`; English, runs of three spaces and a name's score, `Friday's football
    Carrow Junction 35, Marlow Creek 28    Ellery Falls 42, Dunmore 14`): no head run into its
    text, which has one gap before it.  (A page's header has dates, not prices; a justified
    line of prose spreads its words, not scores.)"""
    cells = [c for c in re.split(gap, line.strip()) if c.strip()]
    return len(cells) >= 3 and sum(bool(figure.search(c)) for c in cells) >= 2


def run_in_head(line: str, after_end: bool = False, nxt: str = "", below: str = "",
                lone: bool = False) -> str | None:
    """The headline printed on the same line as the start of a brief's text, before a gap of
    two or more spaces or an ideographic space (`Pool opens early  The town pool…`).

    The words before the gap must read as a headline (no sentence punctuation; in English two
    to ten words from a capital, not ending on a function word; in Chinese 4 to 24 characters)
    and the words after it as the start of
    running text: a capital letter in English; in Chinese a byline, a date or a time word, a
    gap that is an ideographic space (a justified column spreads plain spaces only), or, when
    the line above ended its text in a brief column (`after_end`: a sentence end, a closing
    byline or the column head), three characters or more (a narrow column leaves few after
    a long head).  There one plain space is gap enough: in Chinese a head of 6 to 24
    characters before 1 or more (not a banner's two equal phrases), in English a head of two words or more before a dateline in capitals or a
    capitalised function or number word, or at a capitalised last word the next line (`nxt`)
    goes on from in lower case; a dash between two words may part them too (`Pool passes —
    Season…`; not a dateline's, `ASHTON — Residents…`).  `lone`: the line is an item's
    indented first line, or any line of a page no justification spread, where a wide gap is
    set on purpose and one English word may be the head.

    >>> run_in_head("Pool opens early  The town pool will open"), run_in_head("it was  the end")
    ('Pool opens early', None)
    """
    bracketed = _BRACKETED_HEAD.match(line)
    if bracketed and len(line) > bracketed.end():
        return bracketed[1]
    if _cells_row(line, _ROW_GAP, _FIGURE_CELL):
        # a table's row in cells, whatever spaces part them (`高山白菜　元/斤　1.20　↓0.10`,
        # `黄金（元/克）　　 672.40　　 +1.16%`): no head and text
        return None
    ideo = _IDEOGRAPHIC_GAP.match(line)
    if ideo and (byline_kind(line.replace("\u3000", " "), "zh") or _SHOWINGS.search(line)
                 or affiliated_name(line.replace("\u3000", " "))):
        # a byline spaced out (`晚报记者　柯蔓　文/图`), a listing's row of times (`星光影城
        # 《归途》13:00　20:50`), a letter's signature (`石门镇云雾村村民　符永福`): no head
        # and text
        return None
    if ideo and _CJK.search(ideo["head"]):
        # in Chinese an ideographic space is the gap, plain spaces inside the head being a
        # justified column's (`西湾体育公园下月开   放　记者从…`); two phrases without a pause
        # over another such line are an ad's or a banner's (`星枢智能门锁　夏日焕新` /
        # `到店立减300元　咨询热线：…`), not a head run into its text
        rest = ideo["rest"]
        # (or over a line that opens on a label, `售楼热线：…`: no text goes on there)
        bare = ("\u3000" in nxt or _LABEL_OPEN.match(nxt) is not None) \
            and not re.search(r"[，。、；！？]", rest + nxt) and len(rest) <= 8
        # (or two equal phrases without a pause ending the page or their block: a banner's
        # couplet, `比学赶超争一流　凝心聚力谋发展`)
        bare = bare or (not nxt and len(rest.strip()) == len(ideo["head"].strip()) >= 4
                        and not re.search(r"[，。、；：！？]", rest))
        # (or the head's own kind after it: parallel phrases of one length, a slogan's,
        # `体育彩票　理性购彩　量力而行`)
        phrases = rest.strip().split("\u3000")
        bare = bare or (len(phrases) >= 2 and len({len(x) for x in phrases}) == 1
                        and not re.search(r"[，。、；：！？]", rest))
        if not bare and not _ZH_OPENER.match(rest):
            # (a head of two parts set apart by the same space, `11月17日　城西一餐馆起火　17日
            # 晚…`: the head ends at the later gap the text opens after)
            for cut in list(re.finditer("\u3000+", line))[1:]:
                after = line[cut.end():]
                if (_ZH_OPENER.match(after) or _ZH_DAY_OPENER.match(after)) \
                        and _zh_head_shaped(line[:cut.start()].replace(" ", "")):
                    return line[:cut.start()]
        return ideo["head"] if _zh_head_shaped(ideo["head"].replace(" ", "")) and not bare \
            else None
    if _cells_row(line, " {3,}", _SCORE_END):
        return None  # a results row in cells (`Friday's football    Carrow Junction 35, …`)
    m = _RUN_IN.match(line)
    if not m and after_end and not _CJK.search(line):
        return _en_run_in(line, nxt, below)
    if not m and after_end and affiliated_name(line):
        return None  # a letter's signature: who the writer is and the name (`…小区居民 龚立群`)
    if not m and after_end:
        one = _ZH_RUN_IN.match(line)  # one plain space: enough in a brief column
        banner = one is not None and len(one["head"]) == len(one["rest"]) \
            and not re.search(r"[，。、；：！？]", one["rest"])  # `建设美丽岑川 共享幸福家园`
        return one["head"] if one and not banner and 6 <= len(one["head"]) <= 24 \
            and len(one["rest"]) >= 1 \
            and not one["head"][-1:].isdigit() else None
    if not m:
        return None
    head, rest = m["head"], m["rest"]
    split_word = len(head.split()[-1]) == 1 and not head[-1].isdigit()
    if split_word or jumps_in(head + rest, "en") or jumps_in(head + rest, "zh") \
            or (head[-1:].isdigit() and rest[:1].isdigit()):
        return None  # a gap inside a word or number, or a jump line a column spread out
    if _CJK.search(head):
        earlier = _earlier_gap(head, rest) if after_end else None
        if earlier is not None:
            return earlier  # a wide gap a tool set inside the text: the head ends before it
        later = _later_gap(line, after_end)
        if later is not None and not _ZH_OPENER.match(rest):
            return later  # a justified run inside the head: the gap is the one before the text
        ideographic = "\u3000" in line[len(head):len(line) - len(rest)]
        # (text never opens on a pause: `新闻热线   ：0817-…` is one line spaced out)
        # (its opening date may wrap onto the next line: `…联赛开打  9月` / `14日，…`)
        opener = _ZH_OPENER.match(rest) or _ZH_OPENER.match(rest + nxt.strip())
        return head if (_zh_head_shaped(head) and rest[:1] not in "：:，,。、；;"
                        and (ideographic or opener
                             or (after_end and len(rest) >= 3))) else None
    words = head.split()
    # (one word is head enough on an item's indented first line in a column of briefs, a
    # brief having ended above it: a roundup's sport or a calendar's day, `Swimming  Kestrel
    # Bay's girls…`, or flush left on a page not justified, `Volleyball  Wexcombe swept…`;
    # not flush left in a justified column, whose wide gap may part two words of a name,
    # `Copper   Bend led…`)
    fewest = 1 if after_end and lone and words[:1] and words[0].isalpha() else 2
    # (after an item that ended, a head may open on a figure: `4-H pancake supper  The…`)
    opens = head[:1].isupper() or (after_end and head[:1].isdigit() and len(words) >= 2
                                   and words[1][:1].islower())
    if (not fewest <= len(words) <= 10 or _EN_HEAD_END.search(head) or not opens
            or words[-1].lower() in english_words()["function"]
            or not rest[:1].isupper() or (len(rest.split()) < 3 and not after_end and not (
                # (a narrow column leaves one word of the text after the gap, a sentence's
                # opening one, the text going on below: `Guilty plea in fatal crash   A`)
                rest.split()[0].lower() in english_words()["function"]
                and len(f"{rest} {nxt}".split()) >= 3))):
        return None
    return head


# a letter's signature the column wrapped after the writers' names (`Gerald and Anne Foss,` /
# `Kestrel Falls`): the town is a line of its own and nothing else
_SIGNED_NAMES = re.compile(SIGNED_NAMES)
_TOWN = re.compile(TOWN)


_CREDIT_OPEN = re.compile(r"^([A-Z][a-z]+ )?(Photo|Photos|Cartoon|Illustration|Graphic) (by|courtesy of)$")
_BYLINE_OPEN = re.compile(r"^By [A-Z].*,$")
_TAIL_OPEN = re.compile(r"^(—|–|--) ?(Submitted|Compiled|Contributed|Provided|Reported) by( the)?$")


def _wrapped_byline(core: str, raw: tuple[str, ...] | list[str], no: int) -> int | None:
    """The index of the next line when line `no` opens a closing byline in brackets that the
    column wrapped onto it (`（晚报记者 吕 闻` / `通讯员 温 晴）`), or a letter's signature
    wrapped after the name, or is a wire's dateline whose writer opens the next line, else
    None."""
    if _SIGNED_NAMES.fullmatch(core) and no + 1 < len(raw) and _TOWN.fullmatch(raw[no + 1].strip()):
        return no + 1
    nxt = next((k for k in range(no + 1, min(no + 3, len(raw))) if raw[k].strip()), None)
    if nxt is None:
        return None
    rest = raw[nxt].strip()
    if _BYLINE_OPEN.match(core) and rest.startswith(("and ", "with ")):
        # two writers' byline the column wrapped before the second (`By Ann Lee, Health
        # Writer,` / `and Tom Ray, Gazette Intern`): one line when the two read as one byline
        return nxt if byline_kind(f"{core} {rest}", "en") == "line" else None
    if _CREDIT_OPEN.search(core) or _TAIL_OPEN.search(core):
        # a photo's credit or a closing byline wrapped after its `by` (`Photo courtesy of` /
        # `Aldermoor Rotary Club`, `— Submitted by the` / `Aldermoor Garden Club`)
        joined = f"{core} {rest}"
        tail = tail_byline(joined, "en")
        whole = byline_kind(joined, "en") == "credit" or (tail is not None and tail.start() == 0)
        return nxt if whole and len(rest.split()) <= 5 and not re.search(r"[.,;:!?]$", joined) else None
    if core[-1] in "电電讯訊" and (dated := inline_byline(core, "zh")) is not None \
            and dated.end() == len(core):
        # a wire's dateline alone on its line, the writer in brackets opening the next
        # (`本报赫姆斯塔德11月6日电` / `（记者 梁 遥）瓦尔德兰中央…`): one line, as printed whole
        writer = inline_byline(rest, "zh")
        return nxt if writer is not None and writer.group(0).startswith("（") else None
    if not core.startswith("（") or "）" in core or "（" in rest or not rest.endswith("）"):
        return None
    hit = tail_byline(f"{core} {rest}", "zh")
    return nxt if hit is not None and hit.start() == 0 else None


# A line this wide (display cells: 46 Chinese characters, 92 letters) holds a paragraph, not a
# column's line: no column of a printed page runs past about 90 cells.
PARAGRAPH_LINE = 92


def _paragraph_lines(lines: list[Line]) -> bool:
    """Most lines ending a sentence are wider than any column: the page was extracted one
    paragraph to a line."""
    ends = [x for x in lines if ends_sentence(x.s)]
    return len(ends) >= 3 and sum(x.width >= PARAGRAPH_LINE for x in ends) >= 0.6 * len(ends)


# a run of spaces inside an English sentence: between a word (perhaps with its comma) and a
# word in lower case
_PROSE_GAP = re.compile(r"\b([A-Za-z]+),?[ \t]{2,}([a-z]+)\b")


def _justified(raw: tuple[str, ...] | list[str], words: frozenset[str]) -> bool:
    """The tool left runs of spaces all through the English prose between whole words the
    page uses elsewhere (a justified column's word spacing, not words split in two): then
    such a run parts no head from its text, except in a column of briefs."""
    latin = [x for x in raw if x.strip() and not _CJK.search(x)]
    noisy = sum(any(m[1].lower() in words or m[2] in words for m in _PROSE_GAP.finditer(x))
                for x in latin)
    return noisy >= 3 and noisy >= 0.1 * len(latin)


_CELL_GAP = re.compile(r"[ \t\u3000]{2,}")
_ZH_GAP = re.compile(r"[\u4e00-\u9fff] {2,}\S")


def _set_gap(core: str, nxt: str, text: str) -> bool:
    """A Chinese line whose run of spaces parts a head from running text: no bracket before
    it (a byline's `本报讯（通讯员  兰 溪`), and after it text with a pause that does not open on
    a figure, on the line or the next (`nxt`; not a headline's second phrase, `让数据多跑路
    群众少跑腿`, nor digits spaced out, `总投资  2.36 亿`), nor go on with a word the gap
    split, one the page's `text` writes elsewhere (`新校区位于城东新  区，…`: `新区`)."""
    m = _RUN_IN.match(core)
    pause = re.search(r"[，。、；！？]", m["rest"] + nxt) if m else None
    return m is not None and pause is not None and pause.start() >= 2 \
        and "（" not in m["head"] and "(" not in m["head"] and not m["rest"][:1].isdigit() \
        and text.count(m["head"][-1] + m["rest"][0]) < 2


def _gaps_rare(raw: tuple[str, ...] | list[str]) -> bool:
    """Runs of plain spaces inside Chinese lines are few (a tenth of the lines at most), or
    open blocks only: the tool did not spread a justified column, so such a run is a gap
    someone set, a brief's head parted from its text (`城市书房推出亲子共读  本周六…`)."""
    zh = [k for k, x in enumerate(raw) if _CJK.search(x)]
    gaps = [k for k in zh if _ZH_GAP.search(raw[k].strip())]
    # (a block's first line with more of it under it: where a blank line follows every line,
    # every line opens a block)
    return bool(zh) and (len(gaps) <= 0.1 * len(zh) or all(
        0 < k < len(raw) - 1 and not raw[k - 1].strip() and raw[k + 1].strip() for k in gaps))



def _cells(core: str) -> bool:
    """A Chinese line spaced out as a table's row, not a justified column's line: three cells
    or more, no sentence punctuation, and figures in a cell or every cell a short label
    (`柏溪区  41  30  26`, `代表团  金  银  铜`), or single characters letter-spaced (`更  正`).

    >>> _cells("柏溪区  41  30  26"), _cells("更  正"), _cells("全部比赛   场馆赛后将   免费")
    (True, True, False)
    """
    cells = _CELL_GAP.split(core)
    if len(cells) >= 2 and all(len(c) == 1 and _CJK.match(c) for c in cells):
        return True
    return len(cells) >= 3 and not re.search(r"[，。；！？]", core) and (
        any(re.search(r"\d", c) for c in cells) or all(len(c) <= 3 for c in cells))


# a column's head: a few characters, no punctuation (`城区动态`, `【民生速递】`)
_COLUMN_HEAD = re.compile(r"[【\[]?[\u4e00-\u9fff·]{2,8}[】\]]?")
# the most lines from a Chinese head run into its text to another, in a column of briefs
_LONE_REACH = 24
# a run of plain spaces between two words: a tool's, where no ideographic space stands
_PLAIN_GAP = re.compile(r"\S {2,}\S")
# a mark that opens an item of a list or a column (`●西津大桥…`, `【部门回复】`)
_ITEM_MARK = re.compile(r"[●■◆▲★▶►【\[]")
# the most lines of text from one brief's head to the next one's
_ITEM_REACH = 12


def _column_items(raw: tuple[str, ...] | list[str], words: frozenset[str] = frozenset()) -> set[int]:
    """Lines that read as the items of a column of briefs whatever its head says: two or more
    lines near each other, each under a line that ended its text (or a column's head),
    opening with a head, a gap of two spaces or more, and a text: in Chinese a head of 4 to 24
    characters and a text with its punctuation (`南湖公园樱花进入盛花期   记者昨日从…，…`),
    in English a headline's words and a text from a capital (`Bulldogs win invitational
    Ashby`). One such line alone may be a justified column's; a column of them is not.
    (`words`: the page's own, to mend an English word a justified run split first, `Scooter
    rider h    urt  A 17-`.)"""
    found: list[int] = []
    prev = ""
    text_all = "".join("".join(x.split()) for x in raw)
    for no, text in enumerate(raw):
        core = text.strip()
        if not core:
            continue
        if not _CJK.search(core) and _LATIN_RUN.search(core):
            core = mend(core, words)
        m = _RUN_IN.match(core)
        one = None if m else _ZH_RUN_IN.match(core)
        # (most lines hold no gap: the line above is read only under one that does)
        ended = (m or one) is not None and (
            ends_sentence(prev) or bool(tail_byline(prev, "zh")) or not prev
            or _COLUMN_HEAD.fullmatch(re.sub(r"\s", "", prev)) is not None
            or CAPS_LABEL.fullmatch(prev) is not None)
        if m and ended and _CJK.search(m["head"]) and _zh_head_shaped(m["head"]) \
                and m["head"].count("“") == m["head"].count("”") \
                and re.search(r"[，。；]", m["rest"]) and len(m["rest"]) >= 12 \
                and m["rest"][:1] not in "，。、；：！？" \
                and text_all.count(m["head"][-1] + m["rest"][:1]) < 2:
            # (text never opens on a pause; and a gap inside a word the page prints whole
            # elsewhere is a justified column's: `会议还审    议通过了…`, `审议` set elsewhere)
            found.append(no)
        elif one and ended and _one_space_item(one["head"], one["rest"], raw, no):
            found.append(no)
        elif m and ended and not _CJK.search(core) and "\u3000" not in core \
                and run_in_head(core, True) == m["head"]:
            found.append(no)  # `Bulldogs win invitational  Ashby` / `Central's boys…`
        prev = core
    # (items of one column follow each other within a few lines of text, whatever blank
    # lines the extraction set between them: a blank line after every line doubles the count)
    text_no = list(accumulate((bool(x.strip()) for x in raw), initial=0))
    return {no for no in found
            if any(0 < abs(text_no[no] - text_no[k]) <= _ITEM_REACH for k in found)}


def _one_space_item(head: str, rest: str, raw: tuple[str, ...] | list[str], no: int) -> bool:
    """A Chinese brief's head run into its text with one plain space (`县政务服务中心推出“周末
    不打烊” 即日起，`): a head of 6 to 24 characters, its quotes closed, before a text that
    goes on in the line's rest or the next line with its pauses, the next line not a text of
    its own (then the line is a headline of two parts over a byline or a lead: `强冷空气来袭
    周五最低气温降至-2℃`), nor the rest a figure a spaced-out column set apart (`…提升至
    1100 万吨`)."""
    if not 6 <= len(head) <= 24 or not _zh_head_shaped(head) or head[-1].isdigit() \
            or head.count("“") != head.count("”") or re.match(r"[\d.,%]+\s", rest):
        return False
    nxt = next((x.strip() for x in raw[no + 1:no + 3] if x.strip()), "")
    if re.search(r"[，。；]", rest):
        return True
    return bool(nxt) and not _opens_next(raw, no) and re.search(r"[，。；]", nxt[:24]) is not None


def _next_text_line(raw: tuple[str, ...] | list[str], no: int) -> int:
    """The index of the next line with text after line `no` (a blank line may follow every
    line), or `no + 1`."""
    return next((k for k in range(no + 1, min(no + 3, len(raw))) if raw[k].strip()), no + 1)


# an English text line broken off mid-sentence: on a lower-case word or a comma
_BROKE_OFF = re.compile(r"(\b[a-z]+|,)$")


# a gap between two words of an English line
_WORD_GAP = re.compile(r"(?<=\S) +(?=\S)")


def _text_line(no: int, lead: str, core: str, gap: int) -> Line:
    """A line of text as the labeller reads it: in Chinese a table's row keeps one space
    between cells and any other run of spaces is a justified column's, no gap; an English
    table's row keeps the runs of spaces that part its cells; the indent is kept."""
    if _CJK.search(core) and _cells(core):
        core = " ".join(_CELL_GAP.split(core))
    elif _CJK.search(core):
        core = _CJK_JUSTIFIED.sub("", core)
    kept = core if not _CJK.search(core) and cell_row(core) else squeeze(core)
    t = lead.replace("\u3000", "  ").replace("\t", "    ") + kept
    # (an English line a justifying tool spread fills its column: its width is the column's,
    # as printed, not its words' with one space between)
    # (two runs of spaces or more between words, and the line's gaps of two lengths at most
    # next to each other, as a justifier shares out the spare room: `months  in  prison  for`;
    # not a table's row, `Wednesday's close            Close    Chg.`, nor an OCR's
    # scattered spaces, `Liam Pargeter,   34, of Orchard   Close,`)
    spread = False
    if kept != core and not _CJK.search(core):  # (only a line squeezed can have been spread)
        gaps = [len(g) for g in _WORD_GAP.findall(core.strip())]
        spread = sum(g >= 2 for g in gaps) >= 2 and max(gaps) - min(gaps) <= 1
    return Line(no, t, width(core.strip()) if spread else width(t.strip()), gap)


def _lone_heads(out: list[Line], raw: tuple[str, ...] | list[str]) -> list[Line]:
    """A Chinese head run into its text stands among others like it: the items of a column
    of briefs.  One alone (no other within `_LONE_REACH` lines), whose text does not open as
    a story's does (`近日，`, `5月7日，`, its date wrapped too), and parted from it by a run of
    plain spaces, is read back as one line: a gap a tool set in running text (`社区还设置了旧
    衣物  回收箱和家电`), a notice's signer and date.  An ideographic space or one plain space
    is set on purpose, an item's mark (`●`, `【`) opens an item, and a head ending on a month
    or a figure was cut inside a date: those stay.  (Of the labelled pages' Chinese lines cut
    at a run of plain spaces, 8 such lone ones were not a head, 2 were.)"""
    heads = [k for k, x in enumerate(out) if x.run_in]
    keep: list[Line] = []
    k = 0
    while k < len(out):
        x = out[k]
        rest = out[k + 1] if k + 1 < len(out) else None
        after = out[k + 2].s if k + 2 < len(out) else ""
        line = raw[x.no].strip()
        lone = x.run_in and rest is not None and rest.no == x.no and _CJK.search(x.s) \
            and _PLAIN_GAP.search(line) is not None and "\u3000" not in line \
            and not _ITEM_MARK.match(line) and not re.search(r"[\d月]$", x.s) \
            and not (_ZH_OPENER.match(rest.s) or _ZH_OPENER.match(rest.s + after)) \
            and not any(j != k and abs(j - k) <= _LONE_REACH for j in heads) \
            and "".join(line.split()) == "".join(f"{x.s}{rest.s}".split())  # (no line joined to it)
        if lone:
            text = raw[x.no]
            keep.append(_text_line(x.no, text[: len(text) - len(text.lstrip())], text.strip(), x.gap))
            k += 2
            continue
        keep.append(x)
        k += 1
    return keep


def _ends_word(line: str, at: int) -> bool:
    """A word of the line ends at `at`: the next character is no letter going on from a letter
    before it (a space, a stop, or a capital glued to a word in lower case, `dinnerThe`)."""
    before, after = line[at - 1:at], line[at:at + 1]
    return not (before.isalpha() and after.isalpha() and not (before.islower() and after.isupper()))


def page_lines(raw: tuple[str, ...] | list[str]) -> tuple[list[Line], Shape]:
    """Non-blank lines (blank lines above each counted in `gap`) and the page's shape."""
    shape = measure(raw)
    words = vocabulary(raw)
    justified = _justified(raw, words)
    briefs = False
    items = _column_items(raw, words)
    gaps_rare = _gaps_rare(raw)
    text_all = "".join("".join(x.split()) for x in raw)
    labels = Counter(m[1] for x in raw if (m := _BRACKETED_HEAD.match(x.strip())))
    out: list[Line] = []
    run_ins: dict[int, str] | None = None  # the run-in model's heads, weighed when first asked
    gap = 1
    wrapped = -1  # the second line of a closing byline the column wrapped, joined to the first
    for no, text in enumerate(raw):
        if not text.strip() or no == wrapped:
            gap += not text.strip()
            continue
        lead = text[: len(text) - len(text.lstrip())]
        core = text.strip()
        second = _wrapped_byline(core, raw, no)
        if second is not None:  # `（晚报记者 吕 闻` / `通讯员 温 晴）`: one byline
            core, wrapped = f"{core} {raw[second].strip()}", second
        if not _CJK.search(core) and _LATIN_RUN.search(core):
            core = mend(core, words)  # before run-in heads: `ALDER FAL    LS —` is no head
        if out and _BY_NAME.fullmatch(out[-1].s) and _ROLE_LINE.fullmatch(core):
            # a byline's name over the writer's title on a line of its own (`By Gwen Okonkwo-Reyes`
            # / `Herald Business Editor`): one byline
            last = out[-1]
            out[-1] = Line(last.no, f"{last.text} {core}", width(f"{last.s} {core}"), last.gap)
            gap = 0
            continue
        role = _ROLE_TAIL.match(core)
        if role and out and _ROLE_HEAD.search(out[-1].s):
            # a byline's role wrapped onto the body's first line (`By X / Staff` / `Writer …`)
            last = out[-1]
            out[-1] = Line(last.no, f"{last.text} {role[1]}", width(f"{last.s} {role[1]}"), last.gap)
            core = core[role.end():].strip()
            if not core:
                continue
        # in a column of briefs (under its head), a brief starts after the one above ended
        # (or a short line spaced out that says so: `岫　源　简　讯`)
        briefs = briefs or short_brief_head(core) or bool(BRIEF_HEAD.search(core) and furniture_kind(
            squeeze(core), "zh" if _CJK.search(core) else "en", False) == "logo")
        # (a closing byline the column broke after its bracket ends the text too: `…坐诊。（` /
        # `记者 覃芳）`)
        after_end = bool(out) and (ends_sentence(out[-1].s) or bool(BRIEF_HEAD.search(out[-1].s))
                                   or bool(tail_byline(out[-1].s, "zh"))
                                   or bool(len(out) > 1 and tail_byline(out[-2].s + out[-1].s, "zh"))
                                   # (a blank line, or a head's gap in a column of briefs,
                                   # under a stop that may be an abbreviation's: `…until 4 p.m.`)
                                   or bool((gap or (briefs and _RUN_IN.match(core)))
                                           and out[-1].s.endswith(".")))
        # (a justified run inside the head closes up: `第四届海  鲜美食节周六开`)
        if briefs and after_end and lead and _CJK.search(core) and no + 1 < len(raw) \
                and 4 <= len(_CJK_JUSTIFIED.sub("", core)) <= 20 \
                and not re.search(r"[，。、；：！？\s]", _CJK_JUSTIFIED.sub("", core)):
            core = _CJK_JUSTIFIED.sub("", core)
            # a brief's head the column wrapped before its gap: its last characters open the
            # next line (`　　第四届海鲜美食节周六开` / `幕 10月24日至26日，…`)
            nx = _next_text_line(raw, no)
            m = _HEAD_TAIL.match(raw[nx].strip())
            if m and _zh_head_shaped(core + m[1]):
                core, wrapped = f"{core}{m[1]}\u3000{m[2]}", nx
        elif briefs and after_end and not _CJK.search(core) and no + 1 < len(raw) \
                and _RUN_IN.match(core) is None and not re.search(r"[.,;:!?]$", core) \
                and len(core.split()) <= 8:
            # an English brief's head the column wrapped before its gap: its last words open
            # the next line in lower case (`Library extends Sunday` / `hours  The Alder…`)
            nx = _next_text_line(raw, no)
            m = _EN_HEAD_TAIL.match(raw[nx].strip())
            # (in capitals where the head broke off after a function word: `…75 years on` /
            # `Main Street  ALDER FALLS — When…`)
            # (a capitalised one opens the text: `Baseball boosters fish fry The` / `Cedar…`)
            hangs = core.split()[-1] in english_words()["function"]
            if m and (m[1][:1].islower() or hangs) \
                    and run_in_head(f"{core} {m[1]}  {m[3]}", True) == f"{core} {m[1]}":
                core, wrapped = f"{core} {m[1]}  {m[3]}", nx
            elif m is None and (one := _EN_HEAD_TAIL_ONE.match(raw[nx].strip())) \
                    and _en_run_in(f"{core} {one[1]} {one[2]}") == f"{core} {one[1]}":
                # (parted from the text by one space: `Flu shots at senior` / `center The
                # Pell County…`, the text opening on a capitalised small word)
                core, wrapped = f"{core} {one[1]}  {one[2]}", nx
        elif after_end and _CJK.search(core) and no + 1 < len(raw) \
                and 4 <= len(core) <= 20 and not re.search(r"[，。、；：！？\s]", core):
            # a brief's head the column wrapped before its ideographic gap, in a column no
            # head names (`《柏溪县志（1990—2020）》出` / `版发行　近日，由…`): the gap is the
            # ideographic space and the text after it opens as a story's does
            nx = _next_text_line(raw, no)
            m = _IDEOGRAPHIC_TAIL.match(raw[nx].strip())
            if m and _zh_head_shaped(core + m[1]) and (
                    _ZH_OPENER.match(m[2]) or re.search(r"[，。]", m[2][:16])):
                core, wrapped = f"{core}{m[1]}\u3000{m[2]}", nx
        credit = _run_in_credit(core)
        if credit:  # a photo credit run onto the caption's last line: two lines
            out.append(Line(no, lead + core[:-len(credit)].rstrip(), width(core[:-len(credit)].strip()), gap))
            core, gap, lead = credit, 0, ""
        # a head parted by one plain space only where the next line does not open a text of
        # its own (then the line is a headline of two parts); a wider gap parts it anyway
        nxt = next((x.strip() for x in raw[no + 1:no + 3] if x.strip()), "")
        # (a line of furniture is whole: `中共X县委机关报　X县融媒体中心主办`)
        # (nor is a byline's line: `本报记者　季南星　通讯员　樊沁`)
        lang = "zh" if _CJK.search(core) else "en"
        # (asked as the labeller asks, `in_header` given: the line cache then answers it once)
        furniture = furniture_kind(squeeze(core), lang, False) or byline_kind(core, lang)
        if furniture == "index" and _MARKED_BRIEF.match(core):
            furniture = None  # a brief's head marked as an index's items are, run into its text
        # (nor is a line of justified prose, outside a brief column, nor a table's row of
        # figures opening with one or a short label: `10月20日　高潮 05:42 3.86米　18:07 4.02米`;
        # a head runs into a text that opens with its day)
        # (nor is an English line that ends no sentence over an indented first line: a text
        # run in would break off before its own paragraph ended, `Credit union opens Harbor
        # Point branch` / `   Seacoast Members…`)
        raw_next = next((x for x in raw[no + 1:no + 3] if x.strip()), "")
        # (nor is an English line under a text line that broke off mid-sentence, on a small
        # word or a comma: a brief's head opens its item, `…the fifth straight for` / `Port
        # Calloway   State (15-5…` is a column spread by extra spaces; a column's head in
        # sentence case, `Weekend notes`, is no text line)
        # (nor is a label in lenticular brackets the page prints again at other items'
        # paragraphs, `【基本案情】…` / `【裁判结果】…`: a section of an item, not its head)
        bracket = _BRACKETED_HEAD.match(core)
        no_head = (bracket is not None and labels[bracket[1]] >= 2) or (
            justified and lang == "en" and not (briefs and after_end) and squeeze(core) != core) or (
            figure_row(core, 0.4) and re.match(r"\D{0,4}\d", core) is not None) or (
            lang == "en" and re.match(r" {2,}\S", raw_next) is not None and not ends_sentence(core)) \
            or (lang == "en" and bool(out) and _BROKE_OFF.search(out[-1].s) is not None
                and len(out[-1].s.split()) >= 4 and not BRIEF_HEAD.search(out[-1].s))
        head = None
        if justified and lang == "en" and briefs and after_end and not furniture \
                and squeeze(core) != core:
            # a justified column of briefs spreads a head's words as it does the text's: the
            # head is read first as if set with single spaces (`Track opens  April 2 The`)
            head = run_in_head(squeeze(core), True, nxt)
            core = squeeze(core) if head else core
        elif justified and lang == "en" and not furniture and out \
                and (ends_sentence(out[-1].s) or CAPS_LABEL.fullmatch(out[-1].s) is not None):
            # (in no column a head names, under a text that ended or a label in capitals: a
            # head the widest gap of the line parts from a text opening as a sentence does,
            # `Mailbox smashed  A resident of`; justified prose spreads its gaps along the line)
            cand = _en_run_in(squeeze(core), nxt)
            gaps = [len(g) for g in re.findall(r" +", core)]
            at = re.match(r" +".join(map(re.escape, cand.split())) + r"( +)", core) if cand else None
            if at and len(at[1]) >= 2 and gaps.count(len(at[1])) == 1 and len(at[1]) == max(gaps):
                head, core = cand, squeeze(core)
        if head is None and not furniture and not no_head:
            # (or, in Chinese, a block's first line under a text that ended, where runs of
            # spaces are rare on the page: a head run in, in a column no head names)
            head = run_in_head(core, no in items or (briefs and after_end and (
                _RUN_IN.match(core) is not None or lang == "en" or not _opens_next(raw, no)))
                or (lang == "zh" and gaps_rare and bool(gap) and after_end and _set_gap(core, nxt, text_all)), nxt,
                " ".join(x.strip() for x in raw[no + 1:no + 4]), bool(lead) or not justified)
        # (or, no blank lines, under a brief whose head ran into its text: the next brief's)
        # (no blank line needed: under a label in capitals, or a few lines under a brief whose
        # head ran into its text, a column of briefs goes on)
        if head is None and lang == "en" and (
                gap or any(x.run_in for x in out[-_ITEM_REACH:])
                or (bool(out) and CAPS_LABEL.fullmatch(out[-1].s) is not None)) \
                and out and no + 1 < len(raw) \
                and (raw[no + 1].strip() or len(core) >= _HOLDS_TEXT) and not furniture \
                and not no_head \
                and (ends_sentence(out[-1].s) or CAPS_LABEL.fullmatch(out[-1].s) is not None):
            # a block's first line under a text that ended (or a label in capitals): a head run
            # into its text with one space, in a column of briefs or not, when its words come
            # again in that text
            # (`Rowing club adds novice crew The` / `Harlow Rowing Club will start a novice…`;
            # a brief a line long: `Credit union names CEO Bayshore Community Credit Union…`)
            below = " ".join(x.strip() for x in raw[no + 1:no + 4])
            cand = _en_run_in(core, nxt)
            if cand and echoed_in(cand, f"{core[len(cand):]} {below}"):
                head = cand
            else:
                head = _echoed_head(core, below)
        if head is None and lang == "en" and not furniture and not no_head:
            # (what no rule above settles is weighed by the run-in model: many small cues at
            # every place the head may end, `run_in.py`)
            if run_ins is None:
                run_ins = heads(raw)
            cand = run_ins.get(no)
            # (the model reads the line as extracted: a head it finds ends where a word of the
            # line as mended does, never inside one a tool split, `PUMPK    IN PARADE`)
            if cand is not None and squeeze(core).startswith(cand) \
                    and _ends_word(squeeze(core), len(cand)):
                head, core = cand, squeeze(core)
        rest = core[len(head):].split() if head else []
        if rest and shape.style == "blocks" and all(CAPS_WORD.fullmatch(w) for w in rest) \
                and no + 1 < len(raw) and not raw[no + 1].strip():
            # capitals ending the line start a dateline only where the text goes on under it
            # (a blank line parts blocks: `…names Reyes interim AD` is a whole headline)
            head = None
        if not head and text.rstrip(" ").endswith("\u3000") and _CJK.search(core) \
                and _zh_head_shaped(core):
            # a brief's head whose text the column wrapped onto the next line: the
            # ideographic space that parts head and text ends the line (`…春季农资打假　`)
            out.append(Line(no, lead + core, width(core), gap, run_in=True))
            gap = 0
            continue
        if head:  # a brief's headline run into its first line: two lines, the head first
            # (a label in capitals over a head run into its text names a column of briefs:
            # the items under it are read as briefs, `COURT DOCKET` / `Man gets 8 years A…`)
            # (a head with marks in it is a listing's row, `College football: Tern State at…`;
            # and an item's text reads as prose, small words on its line or the next: not a
            # table's, `Class 3A Region 2 semifinals  Class 2A sectional final`)
            briefs = briefs or (lang == "en" and bool(out) and CAPS_LABEL.fullmatch(out[-1].s) is not None
                                and not re.search(r"[.,;:!?]", head)
                                and bool(set(f"{core[len(head):]} {nxt}".split())
                                         & english_words()["function"]))
            # (a dash parting head and text, `Library hours — The…`, belongs to neither)
            shown = _HEAD_DASH.sub("", head) or head
            if _CJK.search(shown):
                shown = _CJK_JUSTIFIED.sub("", shown)
            out.append(Line(no, shown, width(shown), gap, run_in=True))
            # the rest opens the brief's first paragraph: it is set as an indented line
            core, gap, lead = core[len(head):].strip().lstrip("—–-").strip(), 0, "    "
        out.append(_text_line(no, lead, core, gap))
        gap = 0
    out = _lone_heads(out, raw)
    # an indent of two characters or more marks a paragraph's first line, where only some
    # lines have one (a page indented throughout says nothing by it)
    # (in Chinese one full-width space, two cells, is an indent too: `　10月26日上午…`; in
    # English two spaces, `  Jury selection is…`)
    indented = [len(x.text) - len(x.text.lstrip(" ")) >= 2 for x in out]
    # (a line marked again keeps its text, so its core width is passed on, not measured again)
    if _paragraph_lines(out):
        # one paragraph to a line (a word processor's or a web page's text): every line of
        # running text opens a paragraph
        # (and so does a short sentence under one that ended: a story's last word,
        # `会议还研究了其他事项。`)
        out = [Line(x.no, x.text, x.width, x.gap, x.core, starts=True, run_in=x.run_in)
               if x.width >= PARAGRAPH_LINE or (
                   k > 0 and ends_sentence(x.s) and out[k - 1].width >= PARAGRAPH_LINE
                   and ends_sentence(out[k - 1].s)) else x for k, x in enumerate(out)]
        shape = replace(shape, paragraphs=True)
    elif out and 0 < sum(indented) <= 0.4 * len(out):
        out = [Line(x.no, x.text, x.width, x.gap, x.core, starts=True, run_in=x.run_in) if ind else x
               for x, ind in zip(out, indented)]
    if shape.style == "tight":  # no line is known to be printed with the one above it
        out = [Line(x.no, x.text, x.width, 1, x.core, starts=x.starts, loose=True, run_in=x.run_in)
               for x in out]
    elif shape.style == "lines":  # a blank line after every line: one tells nothing either
        out = [Line(x.no, x.text, x.width, x.gap, x.core, starts=x.starts, loose=x.gap > 0,
                    run_in=x.run_in) for x in out]
    return out, shape
