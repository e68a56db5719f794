"""Clock times: `5 p.m.` → five p m, `4:30 p.m.` → four thirty p m, `10:05` → ten oh five,
`7:00` → seven o'clock.  A period that also ends the sentence is kept (not before a date or a
weekday: `6 p.m. May 28`, `3 p.m. Saturday` go on).  N:M that cannot be a clock (`3:1`,
`10:75`), or that a ratio word follows (`2:30 ratio`), is a ratio: three to one.  A dash
between two times is "to" (`3 p.m.-5 p.m.` → three p m to five p m), and so is a dash
before one (`1-3 p.m.` → one to three p m).

Issue 11: minutes after a dot when a.m./p.m. follows (`2.30 a.m.`, `10.30pm`: British and
older style), a.m. without its last period (`1 a.m` at a line end), a time zone after it, even
glued (`1:59 p.m.est` → one fifty-nine p m EST), a four-digit clock before am/pm (`1030 am` →
ten thirty a m), a dash after a time with am/pm (`5pm-7 pm` → five p m to seven p m), and
h:mm:ss, which in news is nearly always an elapsed time (a race, a flight): `2:10:30` → two
hours ten minutes and thirty seconds, as a results announcer reads it.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, mapping, words

_NEXT_SENTENCE = re.compile(r"\s*(?:\n|\Z)|\s+[A-Z\"“]")
_RATIO_WORD = re.compile(r"\s(?:ratio|margin|odds|split|majority)\b")


def rules(n: EnNumbers) -> list[Rule]:
    """Hour (and minutes) with a.m./p.m., then h:mm without."""
    dates = [*mapping("en", "months"), *words("en", "weekdays")]
    month_next = re.compile(r"\s+" + alternation(dates) + r"\b")

    zones = {z.lower(): z for z in words("en", "time_zones")}

    def minutes(mm: str | None, bare: bool) -> str:
        if not mm or mm == "00":
            return "" if not bare else " o'clock"
        return " oh " + n.WORDS[int(mm)] if mm[0] == "0" else " " + n.integer(mm)

    def with_period(m: re.Match[str]) -> str | None:
        h, mm = int(m.group("h")), m.group("mi")
        if not 1 <= h <= 12 or (mm and int(mm) > 59):
            return None
        ap = m.group("ap").lower().replace(".", "")
        out = n.integer(str(h)) + minutes(mm, False) + " " + " ".join(ap)
        text, end = m.string, m.end()
        tz = m.groupdict().get("tz")
        if tz:
            if tz.islower() and len(tz) < 3:
                return None  # `5 pm et al`: a two-letter zone only in capitals
            return out + " " + zones[tz.lower()]
        if m.group("ap").endswith(".") and (end == len(text) or (
                _NEXT_SENTENCE.match(text, end) and not month_next.match(text, end))):
            out += "."
        return out

    def packed(m: re.Match[str]) -> str | None:
        """`1030 am`: the hour and the minutes written without a colon."""
        hm = m.group("hm")
        h, mm = int(hm[:-2]), hm[-2:]
        if not 1 <= h <= 12 or int(mm) > 59:
            return None
        ap = m.group("ap").lower().replace(".", "")
        return n.integer(str(h)) + minutes(mm, False) + " " + " ".join(ap)

    def elapsed(m: re.Match[str]) -> str | None:
        h, mi, sec = int(m.group("h")), int(m.group("mi")), int(m.group("s"))
        if mi > 59 or sec > 59:
            return None
        parts = [n.integer(str(h)) + (" hour" if h == 1 else " hours"),
                 n.integer(str(mi)) + (" minute" if mi == 1 else " minutes")]
        last = n.number(str(sec) + (m.group("frac") or ""))
        return " ".join(parts) + " and " + last + (" second" if last == "one" else " seconds")

    def clock(m: re.Match[str]) -> str | None:
        h, mm = int(m.group("h")), m.group("mi")
        if h > 24 or int(mm) > 59:
            return None
        return n.integer(str(h)) + minutes(mm, True)

    def ratio(m: re.Match[str]) -> str | None:
        a, b = m.group("a"), m.group("b")
        clock_like = len(b) == 2 and int(a) <= 24 and int(b) <= 59
        if clock_like and not _RATIO_WORD.match(m.string, m.end()):
            return None
        return n.integer(a) + " to " + n.integer(b)

    def hour_span(m: re.Match[str]) -> str | None:
        """`1-3 p.m.`: the first hour shares the second one's a.m./p.m., said once at the end."""
        h1, m1 = int(m.group("h1")), m.group("m1")
        last = with_period(m)
        if last is None or not 1 <= h1 <= 12 or (m1 and int(m1) > 59):
            return None
        return n.integer(str(h1)) + minutes(m1, False) + " to " + last

    ap_re = r"(?P<ap>[aApP]\.[mM]\.?(?![A-Za-z])|[aApP][mM](?![A-Za-z]))"
    zone_re = (r"(?P<ap>[aApP]\.[mM]\.?|[aApP][mM])[ \t]?"
               rf"(?P<tz>(?i:{alternation(zones.values())}))(?![A-Za-z])")
    return [
        Rule("time", r"(?<![\d.:$-])(?P<h1>\d{1,2})(?::(?P<m1>\d{2}))?\s?[-–]\s?"
                     r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?[ \t]{0,3}(?P<ap>[aApP]\.[mM]\.|[aApP][mM]\b)",
             hour_span),
        Rule("time", r"(?<![\d.:])(?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2})(?P<frac>\.\d+)?(?![\d:])",
             elapsed),
        Rule("ratio", r"(?<![\d.:])(?P<a>\d{1,3}):(?P<b>\d{1,3})(?![\d:])", ratio),
        Rule("time", r"(?<![\d.:])(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?[ \t]{0,3}" + zone_re,
             with_period),
        Rule("time", r"(?<![\d.:])(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?[ \t]{0,3}" + ap_re, with_period),
        Rule("time", r"(?<![\d.:,])(?P<hm>\d{3,4})[ \t]?(?P<ap>[aApP]\.[mM]\.|[aApP][mM]\b)", packed),
        Rule("time", r"(?<![\d.:])(?P<h>\d{1,2}):(?P<mi>\d{2})(?![\d:])", clock),
        Rule("time", r"(?:(?<=[mM]\.)|(?<=[mM]\.\s)|(?<=\d[aApP][mM])|(?<=\d[aApP][mM]\s)"
                     r"|(?<=\d\s[aApP][mM])|(?<=\d\s[aApP][mM]\s))[-–]\s?"
                     r"(?=\d{1,2}(?:[:.]\d{2})?[ \t]{0,3}[aApP]\.?[mM])",
             lambda m: ("" if m.string[m.start() - 1].isspace() else " ") + "to "),
    ]
