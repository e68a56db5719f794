"""Phone numbers, digit by digit in their groups: `555-0187` → five five five, zero one
eight seven; `(555) 123-4567` with the area code first; a long-distance `1-` in front is
said (`1-800-555-0199` → one, eight zero zero, ...).  Service numbers from the
`service_numbers` table (911, 311) are read digit by digit too: nine one one, and so is a ZIP code after its name
(`ZIP code 53703`, `the 53703 ZIP code` → five three seven zero three).

Issue 11: a country code (`+1 555 123 4567`, `+1 (123)-123-5678`) is said "plus one" and
allows spaces between the groups; an extension after the line number (`123-123-5678-1111`) is
one more group; a Social Security number (`111-11-1111`) is three groups; an IPv4 address
(`123.123.0.40`) is its four numbers digit by digit joined by "dot", as an engineer reads it.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, words


def rules(n: EnNumbers) -> list[Rule]:
    """Service numbers; then optional area code, three digits, four digits."""
    def speak(m: re.Match[str]) -> str:
        area = m.group("area") or m.group("area2")
        groups = [g for g in (area, m.group("ex"), m.group("line")) if g]
        return ", ".join(n.digits(g) for g in groups)

    service = alternation(words("en", "service_numbers"))
    return [Rule("phone", rf"(?<![\d$£€.,-])(?P<num>{service})(?![\d%]|[.,-]\d)",
                 lambda m: n.digits(m.group("num"))),
            Rule("phone", r"(?:(?<=\b(?:ZIP|[Zz]ip) )|(?<=\b(?:ZIP|[Zz]ip) [Cc]ode ))(?P<zip>\d{5}(?:-\d{4})?)(?![\d-])"
                          r"|(?<![\d$.,-])(?P<zip2>\d{5})(?= ZIP\b)",
                 lambda m: n.digits((m.group("zip") or m.group("zip2")).replace("-", ""))),
            Rule("phone", r"(?<![\d-])(?P<one>1[-.])?(?:\((?P<area>\d{3})\)[ -]?|(?P<area2>\d{3})[-.])?"
                          r"(?P<ex>\d{3})[-.](?P<line>\d{4})(?:-(?P<ext>\d{1,4}))?(?![\d-])",
                 lambda m: ("one, " if m.group("one") else "") + speak(m)
                 + (", " + n.digits(m.group("ext")) if m.group("ext") else "")),
            # +1 555 123 4567, +1 (123)-123-5678, +44 20 7946 0958: after a country code any
            # of space, dash or dot separates the groups
            Rule("phone", r"(?<![\w+])\+(?P<cc>\d{1,3})(?P<rest>(?:[ .-]?\(\d{1,4}\)|[ .-]\d{1,4})"
                          r"(?:[ .-]?\d{2,4}){1,3}(?:-\d{1,4})?)(?![\d.-]?\d)",
                 lambda m: "plus " + n.digits(m.group("cc")) + ", " + ", ".join(
                     n.digits(g) for g in re.findall(r"\d+", m.group("rest")))),
            Rule("phone", r"(?<![\d.-])(?P<a>\d{3})-(?P<b>\d{2})-(?P<c>\d{4})(?![\d-])",
                 lambda m: ", ".join(n.digits(m.group(g)) for g in "abc")),
            Rule("phone", r"(?<![\d.])(?P<ip>(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}"
                          r"(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\d]|\.\d)",
                 lambda m: " dot ".join(n.digits(g) for g in m.group("ip").split(".")))]
