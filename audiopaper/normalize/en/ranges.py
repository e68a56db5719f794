"""Ranges: `3-5` → three to five, `10-20%` and `10%-20%` → ten to twenty percent, `1990-95` → nineteen
ninety to ninety-five, `2023-24` → twenty twenty-three to twenty-four; a score (`3-1`) is read
the same way (three to one).  A team's record in parentheses (`(14-4)`, `(14-4, 6-2 SEC)`,
`(10-2-1)`) is read with "and", as a broadcaster says it: fourteen and four; so is a record
without parentheses that its words mark (`improved to 12-3 overall`, `7-1 in the conference`).
"""
from __future__ import annotations

import re

from audiopaper.normalize.en import measure
from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers

# A win-loss(-tie) record, then optional further records, each with a name or two (a conference:
# 6-2 SEC, Big Ten) or `overall`; lowercase words (3-5 years) make it a plain range.
_PAIR = r"\d{1,3}-\d{1,3}(?:-\d{1,2})?"
_TAG = r"(?:\s+(?:[A-Z][A-Za-z.&]*|overall)){0,2}"
_RECORD = rf"\({_PAIR}{_TAG}(?:,\s*{_PAIR}{_TAG})*\)"
_RECORD_PAIR = re.compile(_PAIR)
# Words that make a bare N-M a win-loss record: a standing after it, a move in the table before.
_RECORD_AFTER = re.compile(r"\s(?:overall|on the (?:season|year)|in (?:the )?(?:conference|league|"
                           r"division|district|region)|in (?:[A-Z][A-Za-z-]+ ){1,2}play)\b")
_RECORD_BEFORE = re.compile(r"\b(?:improved|fell|dropped|slipped|moved|climbed|evened|record)"
                            r"(?: to| of| at)?\s\Z")


def rules(n: EnNumbers) -> list[Rule]:
    """A record in parentheses first, then number, dash, number, optional percent or unit."""
    def speak(m: re.Match[str]) -> str | None:
        a, b, unit = m.group("a"), m.group("b"), m.group("unit")
        if m.group("pa") and (unit or "").strip() != "%":
            return None  # 5%-6 is no range of percents
        if re.fullmatch(r"1[1-9]\d\d|20\d\d", a) and len(b) in (2, 4) and "." not in b + a \
                and not unit:
            right = n.year(b) if len(b) == 4 else n.integer(b)
            return n.year(a) + " to " + right
        text, start, end = m.string, m.start(), m.end()
        if not unit and not m.group("sign") and "." not in a + b and (
                _RECORD_AFTER.match(text, end) or _RECORD_BEFORE.search(text, max(0, start - 16), start)):
            return n.integer(a) + " and " + n.integer(b)
        left = n.signed(m.group("sign"), a)
        if unit == "%":
            return left + " to " + n.number(b) + " percent"
        if unit:
            return left + " to " + measure.say(n, None, b, unit.strip())
        return left + " to " + n.number(b)

    def record(m: re.Match[str]) -> str:
        return _RECORD_PAIR.sub(lambda r: " and ".join(n.integer(x) for x in r.group(0).split("-")),
                                m.group(0))

    return [Rule("record", _RECORD, record),
            Rule("range", rf"(?P<sign>{n.SIGN})?(?P<a>{n.NUM})(?P<pa>\s?%)?\s?[-–—]\s?(?P<b>{n.NUM})"
                          rf"(?P<unit>\s?%|\s?{measure.unit_pattern()})?(?![-\d])", speak)]
