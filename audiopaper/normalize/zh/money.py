"""Money: a currency sign or code before the amount is said after it (`$5` → 五美元,
`HK$13.5` → 十三点五港元, `$1.5万` → 一点五万美元); an amount before a Chinese currency word
drops trailing zeros (`36.00元` → 三十六元) and a lone 2 is 两 (两元).  A sign before an amount
that already names its currency (`$100亿美元`) is not said twice; a currency code after the
amount (`5000USD`) is said as the currency.  A code may carry its sign after it (`JPY¥1000`
→ 一千日元, `US$5`): the code names the currency, the sign is not said again.
"""
from __future__ import annotations

import re

from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import ZhNumbers
from audiopaper.normalize.tables import alternation, mapping, words

_MAGNITUDE = "[百千万亿]*"


def rules(n: ZhNumbers) -> list[Rule]:
    """Sign-before-amount first, then amount-before-currency-word."""
    signs = mapping("zh", "currency_signs")
    currency_words = alternation(words("zh", "currency_words"))

    named_after = re.compile(currency_words)

    def sign_first(m: re.Match[str]) -> str:
        said = "" if named_after.match(m.string, m.end()) else signs[m.group("cur")]
        num = m.group("num")
        return ("两" if num == "2" else n.number(num, strip_zeros=True)) + m.group("mag") + said

    codes = [c for c in signs if c.isalpha()]

    def word_after(m: re.Match[str]) -> str:
        num = m.group("num")
        if num == "2" and not m.group("sign"):
            return "两"
        return n.signed(m.group("sign"), num, strip_zeros=True)

    return [
        Rule("money", rf"(?<![A-Za-z])(?P<cur>{alternation(signs)})(?:(?<=[A-Z])[$¥￥€£￡₩])?\s?"
                      rf"(?P<num>{n.NUM})"
                      rf"(?P<mag>{_MAGNITUDE})", sign_first),
        Rule("money", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})(?={_MAGNITUDE}{currency_words})",
             word_after),
        Rule("money", rf"(?P<sign>{n.SIGN})?(?P<num>{n.NUM})(?P<mag>{_MAGNITUDE})\s?"
                      rf"(?P<code>{alternation(codes)})(?![A-Za-z])",
             lambda m: n.signed(m.group("sign"), m.group("num"), strip_zeros=True) + m.group("mag")
             + signs[m.group("code")]),
    ]
