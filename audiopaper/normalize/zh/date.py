"""Dates and years: years are read digit by digit (二零二七年), months and days as cardinals.

Numeric dates (2023-06-05, 2023/6/5, 2023.6.5, 12/2/2, 08-08-2008, 2008-08, 08/2008, 08.08) are
said in the Chinese order 年月日; the separator must be the same on both sides and month/day
must be valid, otherwise the text is left to the range, fraction and decimal rules.  A number
before 年 is a year when it has four digits (2027年), follows an era word (公元前202年), is
zero-padded (05年) or is followed by a month (86年8月); otherwise it is a duration (5年, 30周年).
A season `2023/2024` is two years.  A full date may close a span
(2024.6.5-6.7 → 二零二四年六月五日到六月七日).  A month and day joined by a middle dot (5·12, 6·18), or by
a point before a word of the `event_words` table (3.15晚会), name a day or an event and are read
digit by digit (五一二, 三一五晚会), as they are said; so is a month and day written with no
mark at all before such a word (618购物节 → 六一八购物节, 315晚会).
"""
from __future__ import annotations

import re
from functools import lru_cache

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping, table, words

_SEP = r"[-/.·]"
# The end of a span after a full date: 2024.6.5-6.7, 2024-06-05~08 (same month); after a written
# 至/到 only a month/day end (2026/1/5至1/20), which would otherwise read as the fraction 1/20.
_UNTIL = (r"(?:[ \t]?(?:[-~～—–]|(?P<to>[至到])(?=[ \t]?\d{1,2}[-/.]\d))[ \t]?(?:(?P<m2>\d{1,2})[-/.])?(?P<d2>\d{1,2})"
          r"(?![\d%％‰℃]|[-/.]\d|\s?[万亿个年月日号天]))?")
_RANGE_NEXT = re.compile(r"[ \t]*年\s*[-~～－—–]\s*\d")


@lru_cache(maxsize=None)
def _quantity_words() -> frozenset[str]:
    return frozenset(w for w, kind in table("zh", "measure_words") if kind != "named")


def quantity_follows(text: str, end: int) -> bool:
    """Whether a measure word or quantity suffix follows `end` (2000人, 2000多): a count, not a
    year.  Shared with the range rule (1990-2000元)."""
    words = _quantity_words()
    return any(text[end:end + size] in words for size in (3, 2, 1))


def rules(n: ZhNumbers) -> list[Rule]:
    """Full dates, partial dates, era-marked years, years before 年, bare years, 90后."""
    era_after = mapping("zh", "era")
    era_alt = alternation(era_after)
    era_words = words("zh", "era_words")
    era_before = re.compile(alternation(era_words) + r"\Z")
    tail = rf"(?:\s?(?P<era>{era_alt})(?![A-Za-z]))?"

    def ymd(y: str, m: str | int | None, d: str | int | None, era: str | None) -> str | None:
        mi = int(m) if m is not None else 1
        di = int(d) if d is not None else 1
        if not (1 <= mi <= 12 and 1 <= di <= 31):
            return None
        out = (era_after[era] if era else "") + n.digits(y) + "年"
        if m is not None:
            out += n.integer(str(mi), liang=False) + "月"
        if d is not None:
            out += n.integer(str(di), liang=False) + "日"
        return out

    def full(m: re.Match[str]) -> str | None:
        if m.group("s1") != m.group("s2"):
            return None
        out = ymd(m.group("y"), m.group("m"), m.group("d"), m.group("era"))
        m2, d2 = m.group("m2"), m.group("d2")
        if out is None or d2 is None:
            return out
        last = month_day_of(m2 or m.group("m"), d2)
        return None if last is None else out + (m.group("to") or "到") + (last if m2 else last.split("月")[1])

    def day_month_year(m: re.Match[str]) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        mo, d = (b, a) if a > 12 else (a, b)
        return ymd(m.group("y"), mo, d, None)

    def month_day_of(mo_s: str, d_s: str) -> str | None:
        mo, d = int(mo_s), int(d_s)
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return n.integer(str(mo), liang=False) + "月" + n.integer(str(d), liang=False) + "日"

    def month_day(m: re.Match[str]) -> str | None:
        return month_day_of(m.group("m"), m.group("d"))

    def year_before_nian(m: re.Match[str]) -> str | None:
        y, text, start = m.group("y"), m.string, m.start()
        if _RANGE_NEXT.match(text, m.end()):
            return None  # 2023年-2025年: the range rule reads both bounds
        if era_before.search(text, max(0, start - 3), start):
            return n.digits(y)
        if len(y) == 4 and y[0] in "12":
            return n.digits(y)
        if len(y) == 2 and (y[0] == "0" or re.match(r"年\d{1,2}月", text[m.end():m.end() + 4])):
            return n.digits(y)
        return None

    def bare_year(m: re.Match[str]) -> str | None:
        return None if quantity_follows(m.string, m.end()) else n.digits(m.group("y"))

    def season(m: re.Match[str]) -> str | None:
        a, b = m.group("a"), m.group("b")
        return n.digits(a) + "至" + n.digits(b) if int(b) == int(a) + 1 else None

    def event_day(m: re.Match[str]) -> str | None:
        mo, d = int(m.group("m")), int(m.group("d"))
        return n.digits(m.group("m") + m.group("d")) if 1 <= mo <= 12 and 1 <= d <= 31 else None

    def event_undotted(m: re.Match[str]) -> str | None:
        md = m.group("md")
        mo, d = int(md[:-2]), int(md[-2:])
        return n.digits(md) if 1 <= mo <= 12 and 1 <= d <= 31 else None

    events = alternation(words("zh", "event_words"))
    lead = r"(?<![\d.])"
    return [
        Rule("date", lead + r"(?P<m>\d{1,2})[·•・](?P<d>\d{1,2})(?![\d·•・])", event_day),
        Rule("date", lead + rf"(?P<m>\d{{1,2}})\.(?P<d>\d{{1,2}})(?=\s?{events})", event_day),
        Rule("date", lead + rf"(?P<md>[1-9]\d{{2,3}})(?=\s?{events})", event_undotted),
        Rule("date", lead + rf"(?P<y>[12]\d{{3}}|\d{{2}})(?P<s1>{_SEP})(?P<m>\d{{1,2}})"
                            rf"(?P<s2>{_SEP})(?P<d>\d{{1,2}})(?![\d]|\.\d){tail}{_UNTIL}", full),
        Rule("date", lead + r"(?P<a>\d{1,2})(?P<s1>[-/.])(?P<b>\d{1,2})(?P<s2>[-/.])"
                            r"(?P<y>[12]\d{3})(?![\d])",
             lambda m: day_month_year(m) if m.group("s1") == m.group("s2") else None),
        Rule("date", lead + r"(?P<y>[12]\d{3})[-/.](?P<m>0[1-9]|1[0-2])(?![\d%％‰]|[-/.]\d|[万亿元])",
             lambda m: ymd(m.group("y"), m.group("m"), None, None)),
        Rule("date", lead + r"(?P<m>0[1-9]|1[0-2])[-/.](?P<y>[12]\d{3})(?![\d]|[-/.]\d)",
             lambda m: ymd(m.group("y"), m.group("m"), None, None)),
        Rule("date", lead + r"(?P<m>0[1-9])[-/.](?P<d>0[1-9]|[12]\d|3[01])(?![\d%％‰]|[-/.]\d)",
             month_day),
        Rule("year", lead + rf"(?P<y>\d{{1,4}})\s?(?P<era>{era_alt})(?![A-Za-z])",
             lambda m: era_after[m.group("era")] + n.digits(m.group("y")) + "年"),
        # Layout may put spaces before 年 (2024  年5月): still the year's 年.
        Rule("year", lead + r"(?P<y>\d{1,4})(?=[ \t]*年)", year_before_nian),
        # a year in brackets heads a case or document number: （2025）浙0102民初1234号, 〔2025〕12号
        Rule("year", r"(?<=[（(〔【\[])(?P<y>(?:19|20)\d{2})(?=[）)〕】\]][\u4e00-\u9fff\d])", lambda m: n.digits(m.group("y"))),
        Rule("generation", lead + r"(?P<y>\d{2})(?=后)", lambda m: n.digits(m.group("y"))),
        Rule("year", lead + r"(?P<y>(?:19|20)\d{2})(?=[\u4e00-\u9fff])", bare_year),
        Rule("year", lead + r"(?P<a>(?:19|20)\d{2})[/／](?P<b>(?:19|20)\d{2})(?![\d])", season),
    ]
