"""Abbreviations (`Dr.` → Doctor, `U.S.` → U S, `No. 5` → number five, `Main St.` → Main
Street, `St. Louis` → Saint Louis, `100 W. Main` → one hundred West Main) and words mixing letters and digits (`A8` → A eight).

A period that ends the sentence as well as the abbreviation is kept, so the voice still pauses;
a title's period (Dr. Lee) never ends a sentence.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, mapping, table

_NEXT_SENTENCE = re.compile(r"\s*(?:\n|\Z)|\s+[A-Z\"“]")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+\s\Z")
_NUMBER_AFTER = re.compile(r"\s?#?\d")
_NUMBER_BEFORE = re.compile(r"\d\s\Z")


def rules(n: EnNumbers) -> list[Rule]:
    """Context-dependent abbreviations, plain abbreviations, then letter-digit words."""
    plain = {w: (s, kind) for w, s, kind in table("en", "abbreviations", 3)}
    context: dict[str, list[tuple[str, str]]] = {}
    for w, s, when in table("en", "abbreviations_context", 3):
        context.setdefault(w, []).append((s, when))

    # a dateline goes on into its month (Fri. Oct. 3): the capital there starts no sentence
    month_next = re.compile(r"\s+" + alternation(mapping("en", "months")) + r"(?![A-Za-z])")

    def keep_stop(m: re.Match[str], spoken: str) -> str:
        text, end = m.string, m.end()
        if m.group(0).endswith(".") and (end == len(text) or _NEXT_SENTENCE.match(text, end)) \
                and not month_next.match(text, end):
            return spoken + "."
        return spoken

    def word(m: re.Match[str]) -> str:
        spoken, kind = plain[m.group("w")]
        return spoken if kind == "title" else keep_stop(m, spoken)

    def contextual(m: re.Match[str]) -> str | None:
        text, start, end = m.string, m.start(), m.end()
        for spoken, when in context[m.group("w")]:
            if when == "before_number" and _NUMBER_AFTER.match(text, end):
                return spoken
            if when == "after_name" and _NAME_BEFORE.search(text, max(0, start - 30), start):
                return keep_stop(m, spoken)
            if when == "after_number" and _NUMBER_BEFORE.search(text, max(0, start - 2), start):
                return spoken
            if when == "otherwise":
                return spoken
        return None

    def mixed(m: re.Match[str]) -> str | None:
        w = m.group(0)
        if re.fullmatch(r"\d+[xX]\d+", w):
            return None  # 2x4: a dimension, read by the sign rule (two by four)
        code = re.search(r"[A-Za-z]\d{3}|\d{5}", w) is not None
        read = n.digits if code else n.integer
        return re.sub(r"\d+", lambda d: " " + read(d.group(0)) + " ", w).strip().replace("  ", " ")

    states = mapping("en", "us_states")

    def state(m: re.Match[str]) -> str:
        """`Stroudsburg, PA` → Pennsylvania; a ZIP code after it is read digit by digit."""
        said = states[m.group("st")]
        if m.group("zip"):
            said += m.group("zsep").replace(" ", "").replace("\t", "") + " " \
                + n.digits(m.group("zip").replace("-", ""))
        return said

    bound = r"(?<![A-Za-z.])"
    return [
        # a state after a place and a comma, where the address ends or its ZIP code follows
        Rule("state", rf"(?<=[A-Za-z], )(?P<st>{alternation(states)})(?![A-Za-z])"
                      r"(?:(?P<zsep>,?[ \t])(?P<zip>\d{5}(?:-\d{4})?)(?![\d-]))?"
                      r"(?=[ \t]*(?:$|[,.;:)\n]))", state),
        Rule("abbrev", bound + rf"(?P<w>{alternation(context)})", contextual),
        Rule("abbrev", bound + rf"(?P<w>{alternation(plain)})", word),
        Rule("alnum", r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+"
                      r"(?![A-Za-z0-9])", mixed),
    ]
