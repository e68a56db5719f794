"""Dates, years and decades: `Jan. 5` → January fifth, `May 14, 2024` → May fourteenth,
twenty twenty-four, `June 13-15` → June thirteenth to fifteenth (the second day of a span is a
date too), `1990s` → nineteen nineties, `80s` and `'80s` → eighties, and a four-digit number without a thousands
comma (1100-2099) is a year: AP style writes quantities of that size with a comma (1,500),
unless a count noun follows (`2050 people`) or a quantity word comes before (`about 2000`).
"""
from __future__ import annotations

import re
from types import ModuleType

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.tables import alternation, mapping, words

_NOT_YEAR_AFTER = re.compile(r"\s?(?:%|percent\b|[-–]\d)")


def rules(n: ModuleType) -> list[Rule]:
    """Month-name dates, numeric US dates, decades, then bare years."""
    months = mapping("en", "months")
    month_alt = alternation(months)
    month_by_number = list(dict.fromkeys(months.values()))

    def named(m: re.Match[str]) -> str:
        out = months[m.group("mon")] + " " + n.ordinal(int(m.group("d")))
        if m.group("d2"):
            joint = m.group("to").strip()
            out += " " + ("to" if joint in "-–" else joint) + " " + n.ordinal(int(m.group("d2")))
        return out + (", " + n.year(m.group("y")) if m.group("y") else "")

    def numeric(m: re.Match[str]) -> str | None:
        mo, d = int(m.group("m")), int(m.group("d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return month_by_number[mo - 1] + " " + n.ordinal(d) + ", " + n.year(m.group("y"))

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
        Rule("date", rf"(?<![A-Za-z])(?P<mon>{month_alt})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                     r"(?![\d:])(?:(?P<to>\s?[-–]\s?|\s(?:to|through)\s)(?P<d2>[1-9]|[12]\d|3[01])"
                     r"(?:st|nd|rd|th)?(?![\d:]|\s?(?:%|percent|[ap]\.m\.)))?"
                     r"(?:,?\s(?P<y>[12]\d{3})(?!\d))?", named),
        Rule("date", r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>[12]\d{3})(?![\d/])", numeric),
        Rule("year", r"(?<![\d.,])(?P<y>[12]\d{3})s\b", lambda m: n.plural(n.year(m.group("y")))),
        Rule("year", r"(?<![\w])['’](?P<y>\d0)s\b", lambda m: n.plural(n.integer(m.group("y")))),
        Rule("year", r"(?<![\w'’.,$])(?P<y>[1-9]0)s\b", lambda m: n.plural(n.integer(m.group("y")))),
        Rule("year", r"(?<![\d.,$£€])(?P<y>1[1-9]\d{2}|20\d{2})(?![\d,.]\d|\d)", bare),
    ]
