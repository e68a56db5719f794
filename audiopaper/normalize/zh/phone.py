"""Phone numbers and other digit strings, read digit by digit.

Mobile (13812345678, +86 18544139121), landline (023-74561110, (023)74561110) and service
(400-123-4567)
numbers are recognised by
shape; hotlines and codes by a keyword before them (电话, 拨打, 尾号, 编号 … in the
`digit_keywords` table, also for each number of a list after one: 拨打110或120) or after them
(12345热线); codes in quotes (“33618”) and dotted strings
(127.0.0.1, 1.2.3) by form; a room number (301室, 1203房间) or a road number (315国道) by the
word right after it.  A six-digit number that closes an address (…路99号 334000) is a
postcode even without 邮编: an address ends in one of `_ADDRESS_END` (not 全市, 本县: those count)
and the number ends the clause.  On phone numbers 1 is read 幺, as an anchor would say it.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, table, words

_GAP = r"[是为：:\s]{0,2}"
_ADDRESS_END = "号路街道巷弄村镇乡区县市省楼室座"
_POSTCODE = (rf"(?:(?<=[{_ADDRESS_END}])|(?<=[{_ADDRESS_END}][\s，,]))(?P<num>[1-8]\d{{5}})"
             r"(?=\s*(?:$|[，,。；;、）)\n]))")
# Road classes: a road's number before them is a name, read digit by digit (315国道, G50沪渝高速).
_ROAD = r"(?:国道|省道|县道|乡道|高速)"
_WHOLE_AREA = re.compile(r"[全本该各每我][区县市省镇乡村]\Z")


def rules(n: ZhNumbers) -> list[Rule]:
    """Phone numbers by shape: mobile, landline, (area) landline — in that order."""
    return [
        Rule("phone", r"(?<![\d])(?:(?P<cc>\+?86)[\s-]?)?(?P<num>1[3-9]\d(?:\d{8}|[\s-]\d{4}[\s-]\d{4}))"
                      r"(?!\d)",
             lambda m: n.digits((m.group("cc") or "") + m.group("num"), yao=True)),
        # the local number may be grouped 4+4 or 3+4 (0571-8765 4321)
        Rule("phone", r"(?<![\d\-])(?P<area>0\d{2,3})[-－—\s]?(?P<num>\d{7,8}|\d{3,4}[ -]\d{4})(?![\d])",
             lambda m: n.digits(m.group("area") + m.group("num"), yao=True)),
        Rule("phone", r"[（(](?P<area>0\d{2,3})[）)]\s?(?P<num>\d{7,8}|\d{3,4}[ -]\d{4})(?![\d])",
             lambda m: n.digits(m.group("area") + m.group("num"), yao=True)),
    ]


def codes(n: ZhNumbers) -> list[Rule]:
    """Service numbers, keyword-marked, postcode, room and road numbers, quoted, dotted — in
    that order (after dates and times, unlike the phone numbers of `rules`)."""
    kinds = {w: kind for w, kind in table("zh", "digit_keywords")}
    # the keyword, then maybe earlier numbers of a list (拨打110、119或120; 0791-86123456、86123457)
    before = re.compile(rf"(?P<kw>{alternation(kinds)}){_GAP}(?:\d[\d\-]{{2,}}[或和、/]\s?)*\Z")
    after = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?{alternation(words('zh', 'digit_followers'))}")

    def keyword(m: re.Match[str]) -> str | None:
        text, start, end = m.string, m.start(), m.end()
        k = before.search(text, max(0, start - 24), start)
        if k:
            return n.digits(m.group("num"), yao=kinds[k.group("kw")] == "phone")
        if after.match(text, end, end + 8):
            return n.digits(m.group("num"), yao=True)
        return None

    def postcode(m: re.Match[str]) -> str | None:
        head = m.string[max(0, m.start() - 3):m.start()].rstrip(" ，,")
        return None if _WHOLE_AREA.search(head) else n.digits(m.group("num"))

    def dotted(m: re.Match[str]) -> str:
        return "点".join(n.digits(p) for p in m.group(0).split("."))

    emergency = alternation(words("zh", "emergency_numbers"))
    service = alternation(words("zh", "emergency_words"))

    return [
        # 911是报警电话, 120急救: the number of the `emergency_numbers` table before the words
        # naming its service (issue 11)
        Rule("digits", rf"(?<![\d.])(?P<num>{emergency})(?![\d.])(?=[是为]?{service})",
             lambda m: n.digits(m.group("num"), yao=True)),
        Rule("phone", r"(?<![\d\-])(?P<num>[48]00[-\s]?\d{3}[-\s]?\d{4})(?![\d])",
             lambda m: n.digits(m.group("num"), yao=True)),
        Rule("digits", r"(?<![\d.])(?P<num>\d{3,})(?![\d.,A-Za-z])", keyword),
        Rule("digits", _POSTCODE, postcode),
        Rule("digits", r"(?<![\d.])(?P<num>[1-9]\d{2,3})(?=室|房间|号房|号房间)",
             lambda m: n.digits(m.group("num"))),
        Rule("digits", rf"(?<![\d.A-Za-z])(?P<num>\d{{2,4}})(?={_ROAD})", lambda m: n.digits(m.group("num"))),
        Rule("digits", r"(?<=[“\"「『‘'])(?P<num>\d+)(?=[”\"」』’'])",
             lambda m: n.digits(m.group("num"))),
        Rule("digits", r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.]|\.\d)", dotted),
    ]
