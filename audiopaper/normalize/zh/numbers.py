"""Chinese number reading, written once and passed to every category rule.

Mandarin broadcast conventions: groups of four digits (万, 亿, 万亿), 零 once for any run of
zeros inside a number, a leading 10-19 read 十… not 一十…, and 两 for a leading 2 before
千/万/亿 when counting (`2000` → 两千) but never in ordinals or decimals; 200 stays 二百, as
a news anchor reads it.
"""
from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_SMALL = ("", "十", "百", "千")
_BIG = ("", "万", "亿", "万亿")
_MAX_DIGITS = 15  # over 15 digits (past 千万亿 scale reading): digit by digit


def digits(s: str, yao: bool = False) -> str:
    """Read a digit string digit by digit (codes, phone numbers, years).

    >>> digits("2027")
    '二零二七'
    >>> digits("110", yao=True)
    '幺幺零'
    """
    out = "".join(DIGITS[ord(c) - 48] for c in s if "0" <= c <= "9")
    return out.replace("一", "幺") if yao else out


def _group(g: str, first: bool) -> str:
    """One group of at most four digits, without leading zeros."""
    out: list[str] = []
    zero = False
    n = len(g)
    for i, c in enumerate(g):
        place = n - 1 - i
        if c == "0":
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        out.append(DIGITS[ord(c) - 48] + _SMALL[place])
    s = "".join(out)
    if first and n == 2 and s.startswith("一十"):
        s = s[1:]
    return s


def integer(s: str, liang: bool = True) -> str:
    """Read a non-negative integer written in ASCII digits (commas allowed) as a cardinal.

    >>> integer("1005"), integer("110"), integer("1,234,567")
    ('一千零五', '一百一十', '一百二十三万四千五百六十七')
    >>> integer("10001000"), integer("1000001"), integer("101111")
    ('一千万一千', '一百万零一', '十万一千一百一十一')
    >>> integer("2000"), integer("2000", liang=False), integer("22000"), integer("0")
    ('两千', '二千', '两万二千', '零')
    >>> integer("286"), integer("200")
    ('二百八十六', '二百')
    """
    s = s.replace(",", "").lstrip("0")
    if not s:
        return "零"
    if len(s) > _MAX_DIGITS:
        return digits(s)
    groups = []
    while s:
        groups.append(s[-4:])
        s = s[:-4]
    groups.reverse()
    out: list[str] = []
    pending_zero = False
    for gi, g in enumerate(groups):
        big = _BIG[len(groups) - 1 - gi]
        if int(g) == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g[0] == "0"):
            out.append("零")
        out.append(_group(g.lstrip("0"), first=not out) + big)
        pending_zero = False
    text = "".join(out)
    if liang and len(text) > 1 and text[0] == "二" and text[1] in "千万亿":
        # 两 only when the 2 carries a unit of 千 or more; a lone "2" is decided by context.
        text = "两" + text[1:]
    return text


def decimal(s: str, strip_zeros: bool = False) -> str:
    """Read a decimal: integer part as a cardinal, fraction digit by digit.

    `strip_zeros` drops trailing zeros of the fraction (money and percent: `36.00元`).

    >>> decimal("2.5"), decimal("0.5"), decimal(".22"), decimal("5.0")
    ('二点五', '零点五', '零点二二', '五点零')
    >>> decimal("14.60", strip_zeros=True), decimal("36.00", strip_zeros=True)
    ('十四点六', '三十六')
    """
    whole, _, frac = s.partition(".")
    if strip_zeros:
        frac = frac.rstrip("0")
    head = integer(whole or "0", liang=False)
    return head + ("点" + digits(frac) if frac else "")


def number(s: str, strip_zeros: bool = False, liang: bool = True) -> str:
    """Read an unsigned number: a cardinal, or a decimal when it has a point.

    >>> number("58.6"), number("4500"), number("1,234")
    ('五十八点六', '四千五百', '一千二百三十四')
    """
    if "." in s:
        return decimal(s.replace(",", ""), strip_zeros=strip_zeros)
    return integer(s, liang=liang)


def signed(sign: str | None, s: str, strip_zeros: bool = False, liang: bool = True) -> str:
    """Read a number with an optional minus sign (负)."""
    return ("负" if sign else "") + number(s, strip_zeros=strip_zeros, liang=liang)


# How numbers are written, shared by every rule pattern: digits with optional thousands
# commas (groups of exactly three) and an optional decimal part, never starting inside
# another number.
NUM = (r"(?:(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?"
       r"|(?<![\d.])\d+(?:\.\d+)?)")
# A minus sign counts only where it cannot be a hyphen, a subtraction or a range dash: not after
# a digit, a letter, or a counter that ends a bound (1-5月, COVID-19, 3万-4万元, 6月12日-14日).
SIGN = r"(?:(?<![0-9A-Za-z.)）%％℃年月日号时点分秒万亿千百元个岁])[-−－])"
