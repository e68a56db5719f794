"""Dates, years and decades: `Jan. 5` → January fifth, `May 14, 2024` → May fourteenth,
twenty twenty-four, `June 13-15` → June thirteenth to fifteenth (the second day of a span is a
date too), `1990s` → nineteen nineties, `80s` and `'80s` → eighties, and a four-digit number without a thousands
comma (1100-2099) is a year: AP style writes quantities of that size with a comma (1,500),
unless a count noun follows (`2050 people`) or a quantity word comes before (`about 2000`).

A date is said in the order it is written, because that is how the reader's eye meets it and
how the people who write it that way say it: a day-first date (`30 December 2013`, `26th May`)
is "the thirtieth of December twenty thirteen", a month-first one "December thirtieth".  Month
names and their abbreviations match in any case (`SEPT. 15`, `jul 25 2012`, `Jan-15-2020`).
Numeric dates: year first (`2008-07-28`, `2016/07/03`, `2012.01.05`) is read month-first as
American news says it; with the year last, slashes are the US month/day order (`11/17/05`), and
dashes or dots are month-first too unless the first number cannot be a month (`15.01.2020` →
the fifteenth of January).
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, mapping, words

_NOT_YEAR_AFTER = re.compile(r"\s?(?:%|percent\b|[-–]\d)")
_SENTENCE_END = re.compile(r"\s*(?:\n|\Z)|\s+[A-Z\"“]")


_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"
_YEAR = r"(?P<y>[12]\d{3})(?![\d,.]\d|\d)"


def _year2(n: EnNumbers, y: str) -> str:
    """A two-digit year as said: `98` → ninety-eight, `05` → oh five."""
    return "oh " + n.WORDS[int(y)] if y[0] == "0" else n.integer(y)


def rules(n: EnNumbers) -> list[Rule]:
    """Month-name dates (month first, day first, month and year), numeric dates."""
    months = {k.lower(): v for k, v in mapping("en", "months").items()}
    month_alt = "(?i:" + alternation(mapping("en", "months")) + r")(?![A-Za-z])"
    month_by_number = list(dict.fromkeys(months.values()))
    word_like = words("en", "month_words")

    def month(m: re.Match[str]) -> str | None:
        """The spoken month, or None for a lower-case word (`may`) with no year after it."""
        written = m.group("mon")
        if written in word_like and not m.group("y"):
            return None
        return months[written.lower()]

    def named(m: re.Match[str]) -> str | None:
        mon = month(m)
        if mon is None:
            return None
        out = mon + " " + n.ordinal(int(m.group("d")))
        if m.group("d2"):
            joint = m.group("to").strip()
            out += " " + ("to" if joint in "-–" else joint) + " " + n.ordinal(int(m.group("d2")))
        return out + (", " + n.year(m.group("y")) if m.group("y") else "")

    def day_first(m: re.Match[str]) -> str | None:
        """`30 December 2013` → the thirtieth of December twenty thirteen; a `the` already
        written before the day (`on the 26th May`) is not said twice."""
        mon, d = month(m), int(m.group("d"))
        if mon is None or not 1 <= d <= 31:
            return None
        the = "" if re.search(r"\b[Tt]he\s\Z", m.string[max(0, m.start() - 4):m.start()]) \
            else "the "
        out = the + n.ordinal(d) + " of " + mon + (" " + n.year(m.group("y")) if m.group("y") else "")
        if m.group(0).endswith(".") and _SENTENCE_END.match(m.string, m.end()):
            out += "."  # `25 Sept.` ending the sentence: the stop is the sentence's too
        return out

    def month_year(m: re.Match[str]) -> str | None:
        mon = month(m)
        return None if mon is None else mon + " " + n.year(m.group("y"))

    def numeric(m: re.Match[str]) -> str | None:
        """Month-first unless the first number cannot be a month (and the order is not US
        slashes): 15.01.2020 → the fifteenth of January."""
        a, b, y, sep = int(m.group("a")), int(m.group("b")), m.group("y"), m.group("sep")
        if m.string[m.end("b")] != sep or (len(y) == 2 and sep != "/"):
            return None
        said_year = n.year(y) if len(y) == 4 else _year2(n, y)
        if 1 <= a <= 12 and 1 <= b <= 31:
            return month_by_number[a - 1] + " " + n.ordinal(b) + ", " + said_year
        if sep != "/" and 1 <= b <= 12 and 13 <= a <= 31:
            return "the " + n.ordinal(a) + " of " + month_by_number[b - 1] + " " + said_year
        return None

    def year_first(m: re.Match[str]) -> str | None:
        mo = int(m.group("m") or m.group("m2") or m.group("m3"))
        d = int(m.group("d") or m.group("d2") or m.group("d3"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return month_by_number[mo - 1] + " " + n.ordinal(d) + ", " + n.year(m.group("y"))

    return [
        # 2008-07-28, 2016/07/03, 2012.01.05: the separator must be the same twice
        Rule("date", r"(?<![\d/.-])(?P<y>1[5-9]\d\d|20\d\d)(?:-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
                     r"|/(?P<m2>\d{1,2})/(?P<d2>\d{1,2})|\.(?P<m3>\d{1,2})\.(?P<d3>\d{1,2}))(?![\d/.-]\d|\d)",
             year_first),
        Rule("date", rf"(?<![A-Za-z])(?P<mon>{month_alt})(?:\s|-|(?<=\.)(?=\d))(?P<d>\d{{1,2}}){_ORD}"
                     r"(?![\d:])(?:(?P<to>\s?[-–]\s?|\s(?:to|through)\s)(?P<d2>[1-9]|[12]\d|3[01])"
                     rf"{_ORD}(?![\d:]|\s?(?:%|percent|[ap]\.m\.)))?"
                     rf"(?:(?:,?\s|-){_YEAR})?", named),
        Rule("date", rf"(?<![\d.,])(?P<d>\d{{1,2}}){_ORD}\s(?:of\s)?(?P<mon>{month_alt})\.?"
                     rf"(?:,?\s{_YEAR})?", day_first),
        Rule("date", rf"(?<![A-Za-z])(?P<mon>{month_alt})\.?,?\s{_YEAR}", month_year),
        Rule("date", r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-]"
                     r"(?P<y>[12]\d{3}|\d\d)(?![\d/.-]?\d)", numeric),
    ]


_PARTS = {"Q": ("first", "second", "third", "fourth"), "H": ("first", "second")}
_PART_NAMES = {"Q": "quarter", "H": "half"}


def years(n: EnNumbers) -> list[Rule]:
    """Quarters and halves of years, decades (and a dash between two), then bare years."""
    def part(m: re.Match[str]) -> str | None:
        kind, k = m.group("k").upper(), int(m.group("p"))
        if not 1 <= k <= len(_PARTS[kind]):
            return None
        y = m.group("y")
        said = n.year(y) if len(y) == 4 else _year2(n, y)
        return "the " + _PARTS[kind][k - 1] + " " + _PART_NAMES[kind] + " of " + said

    nouns = re.compile(rf"\s{alternation(words('en', 'count_nouns'))}\b")
    before = re.compile(rf"\b{alternation(words('en', 'quantity_words'))}\s(?:of\s)?\Z",
                        re.IGNORECASE)

    def bare(m: re.Match[str]) -> str | None:
        text, start, end = m.string, m.start(), m.end()
        if _NOT_YEAR_AFTER.match(text, end) or nouns.match(text, end) \
                or before.search(text, max(0, start - 20), start):
            return None
        return n.year(m.group("y"))

    return [
        # 2Q22, 1H23: a company's quarter or half of a (fiscal) year
        Rule("year", r"(?<![\w.])(?P<p>[1-4])(?P<k>[QH])(?P<y>\d\d|[12]\d{3})(?![\w])", part),
        # 1960s-80s: the dash between two decades is "to"
        Rule("year", r"(?<=\ds)[-–](?=(?:[12]\d{2}0|['’]?\d0)s\b)", lambda m: " to "),
        Rule("year", r"(?<![\d.,])(?P<y>[12]\d{3})\s?s\b", lambda m: n.plural(n.year(m.group("y")))),
        Rule("year", r"(?<![\w])['’](?P<y>\d0)s\b", lambda m: n.plural(n.integer(m.group("y")))),
        Rule("year", r"(?<![\w'’.,$])(?P<y>[1-9]0)s\b", lambda m: n.plural(n.integer(m.group("y")))),
        Rule("year", r"(?<![\d.,$£€])(?P<y>1[1-9]\d{2}|20\d{2})(?![\d,.]\d|\d)", bare),
    ]
