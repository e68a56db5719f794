"""Clock times and scores: `9:30` → 九点三十分, `14:05` → 十四点零五分, `3:1` → 三比一.

N:M is a score or ratio when it cannot be a time (3:1, 78:96) or when a score word stands just
before or after it (比分 17:16, 战成2:2); otherwise it is a time.  A zero-padded minute (14:05)
or a figure right after a date (6月5日14:30) is always a time.  am/pm become 上午/下午 in
front, unless the text already says the period of day.  `9:00-17:00` is 九点到十七点; the
ratio colon `∶` (1∶5000) is always 比, and so is any colon between decimals (男女比例1:1.2).  A race result `11秒28` is 十一秒二八: the hundredths
after 秒 are read digit by digit, as sports commentators say them.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping, words

_AFTER_DATE = re.compile(r"[日号]\s*\Z")
# a clock preposition right before (比赛于19:35) or a start/finish verb right after (19:35开赛)
# makes a valid H:MM a time even when a score word stands near it
_CLOCK_BEFORE = re.compile(r"(?:于|在|从|自|每天|每日|当天|当晚|次日)\s*\Z")
_CLOCK_AFTER = re.compile(r"\s*(?:正式)?(?:开始|开赛|开球|开幕|举行|发车|起飞|结束|截止|鸣枪|启动)")
# the neighbour of N:M in a list (25:23、23:25): a sure score makes its neighbours scores too
_PREV_ITEM = re.compile(r"(?<![\d:：])(\d{1,3})[:：](\d{1,4})[、，,]\s?\Z")
_NEXT_ITEM = re.compile(r"[、，,]\s?(\d{1,3})[:：](\d{1,4})(?![\d:：])")
_PERIOD_WORDS = re.compile(r"(?:上午|下午|中午|晚上|凌晨|早上|傍晚|夜间|早晨|晚间)\s*\Z")


def rules(n: ZhNumbers) -> list[Rule]:
    """Score/ratio first (it declines when N:M reads as a time), then clock time."""
    ampm = mapping("zh", "ampm")
    score_words = alternation(words("zh", "score_keywords"))
    before = re.compile(score_words + r".{0,2}\Z")
    after = re.compile(r".{0,2}" + score_words)

    def score(m: re.Match[str]) -> str | None:
        a, b = m.group("a"), m.group("b")
        text, start, end = m.string, m.start(), m.end()
        # a zero-padded minute (14:05) or a figure right after a date (6月5日14:30) is a clock
        # time whatever words stand near it: scores are not written that way
        if (len(b) == 2 and b[0] == "0" and int(a) <= 24) or _AFTER_DATE.search(text, max(0, start - 1), start):
            return None
        if len(b) == 2 and int(a) <= 24 and int(b) <= 59 and (
                _CLOCK_BEFORE.search(text, max(0, start - 4), start) or _CLOCK_AFTER.match(text, end)):
            return None
        if not (len(b) == 1 or int(a) > 24 or int(b) > 59 or _list_is_scores(text, start, end, before, after)
                or before.search(text, max(0, start - 6), start)
                or after.match(text, end, end + 6)):
            return None
        return n.integer(a, liang=False) + "比" + n.integer(b, liang=False)

    def part(value: str, unit: str) -> str:
        v = int(value)
        return ("零" if len(value) == 2 and v < 10 else "") + n.integer(str(v), liang=False) + unit

    def clock(m: re.Match[str]) -> str | None:
        h, mi, s, ap = m.group("h"), m.group("mi"), m.group("s"), m.group("ap")
        if int(h) > 24 or int(mi) > 59 or (s and int(s) > 59):
            return None
        hour = "两" if int(h) == 2 else n.integer(str(int(h)), liang=False)
        out = hour + "点"
        if s and int(s):
            out += (part(mi, "分") if int(mi) else "零分") + part(s, "秒")
        elif int(mi):
            out += part(mi, "分")
        if ap and not _PERIOD_WORDS.search(m.string, max(0, m.start() - 4), m.start()):
            out = ampm[ap] + out
        return out

    def clock_range(m: re.Match[str]) -> str | None:
        first, second = own.match(m.group("t1")), own.match(m.group("t2"))
        a = clock(first) if first and first.end() == len(m.group("t1")) else None
        b = clock(second) if second and second.end() == len(m.group("t2")) else None
        return a + "到" + b if a and b else None

    # Not inside another number or a longer clock (12:30:45); a colon after a word (时间：9:30)
    # is punctuation.
    lead = r"(?<![\d.])(?<!\d[:：∶])"
    hm = r"\d{1,2}[:：]\d{2}"
    clock_pattern = (r"(?P<h>\d{1,2})[:：](?P<mi>\d{2})(?:[:：](?P<s>\d{2}))?(?![\d:：])"
                     rf"(?:\s?(?P<ap>{alternation(ampm)})(?![A-Za-z]))?")
    own = re.compile(clock_pattern)
    return [
        # a decimal on either side (1:1.2, 0.8:1) can only be a ratio
        Rule("score", lead + r"(?P<a>\d{1,3}(?:\.\d+)?)[:：∶](?P<b>\d{1,4}(?:\.\d+)?)(?![\d:：∶.])",
             lambda m: (n.number(m.group("a"), liang=False) + "比" + n.number(m.group("b"), liang=False))
             if "." in m.group("a") + m.group("b") else None),
        Rule("score", lead + r"(?P<a>\d{1,3})∶(?P<b>\d{1,6})(?![\d∶])",
             lambda m: n.integer(m.group("a"), liang=False) + "比" + n.integer(m.group("b"), liang=False)),
        Rule("time", lead + rf"(?P<t1>{hm})\s?[-~～—–]\s?(?P<t2>{hm})(?![\d:：])", clock_range),
        Rule("score", lead + r"(?P<a>\d{1,3})[:：](?P<b>\d{1,6})(?![\d:：])", score),
        Rule("time", lead + clock_pattern, clock),
        Rule("time", r"(?<![\d.])(?P<s>\d{1,2})秒(?P<cs>\d{1,2})(?![\d分秒])",
             lambda m: n.integer(m.group("s"), liang=False) + "秒" + n.digits(m.group("cs"))),
    ]


def _list_is_scores(text: str, start: int, end: int, before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Whether N:M stands in a list of N:M (25:23、23:25) that holds a sure score (one that
    cannot be a clock) or has a score word before or after the whole list (21:19、21:15获胜)."""
    sure = False
    first, last = start, end
    while (prev := _PREV_ITEM.search(text, max(0, first - 12), first)) is not None:
        sure = sure or _not_clock(prev)
        first = prev.start()
    while (nxt := _NEXT_ITEM.match(text, last)) is not None:
        sure = sure or _not_clock(nxt)
        last = nxt.end()
    if (first, last) == (start, end):
        return False
    return sure or bool(before.search(text, max(0, first - 6), first) or after.match(text, last, last + 6))


def _not_clock(item: re.Match[str]) -> bool:
    return len(item.group(2)) == 1 or int(item.group(1)) > 24 or int(item.group(2)) > 59
