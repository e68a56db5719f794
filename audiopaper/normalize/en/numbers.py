"""English number reading (num2words underneath), written once and passed to every rule.

American news style: no "and" inside numbers (one hundred twenty), decimals said digit by
digit after "point", years in pairs (nineteen ninety, twenty twenty-three, nineteen oh five,
two thousand five).
"""
from __future__ import annotations

from num2words import num2words

WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

NUM = (r"(?:(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?"
       r"|(?<![\d.,])\d+(?:\.\d+)?)")
SIGN = r"(?:(?<![0-9A-Za-z.)%])[-−])"


def _plain(words: str) -> str:
    return words.replace(",", "").replace(" and ", " ")


def digits(s: str) -> str:
    """Digit by digit.

    >>> digits("0187")
    'zero one eight seven'
    """
    return " ".join(WORDS[ord(c) - 48] for c in s if c.isdigit())


# Past this many digits (a quadrillion) a figure is no amount anyone says: a serial, a key, a
# line of a table run together.  It is read digit by digit, which never overflows.  Thousands
# commas say the writer meant an amount, so a grouped figure is read out up to MAX_GROUPED.
MAX_DIGITS = 15
MAX_GROUPED = 27


def integer(s: str) -> str:
    """A cardinal; a figure of more than MAX_DIGITS digits digit by digit.

    >>> integer("120"), integer("14,000"), integer("1234567")
    ('one hundred twenty', 'fourteen thousand', 'one million two hundred thirty-four thousand five hundred sixty-seven')
    >>> integer("12345678901234567")
    'one two three four five six seven eight nine zero one two three four five six seven'
    """
    grouped = "," in s
    s = s.replace(",", "")
    if len(s.lstrip("0")) > (MAX_GROUPED if grouped else MAX_DIGITS):
        return digits(s)
    return _plain(num2words(int(s)))


def decimal(s: str) -> str:
    """A decimal: whole part as a cardinal, then "point" and the digits.

    >>> decimal("4.0"), decimal("2.5"), decimal(".75")
    ('four point zero', 'two point five', 'zero point seven five')
    """
    whole, _, frac = s.replace(",", "").partition(".")
    return integer(whole or "0") + (" point " + digits(frac) if frac else "")


def number(s: str) -> str:
    """A cardinal or a decimal."""
    return decimal(s) if "." in s else integer(s)


def signed(sign: str | None, s: str) -> str:
    """A number with an optional minus sign."""
    return ("minus " if sign else "") + number(s)


def ordinal(n: int) -> str:
    """An ordinal.

    >>> ordinal(3), ordinal(21), ordinal(100)
    ('third', 'twenty-first', 'one hundredth')
    """
    if n >= 10 ** MAX_DIGITS:
        return digits(str(n))
    return _plain(num2words(n, to="ordinal"))


def year(s: str) -> str:
    """A year as said on air.

    >>> [year(y) for y in ("1990", "2023", "2005", "2000", "1905", "1900", "2010", "1066")]
    ['nineteen ninety', 'twenty twenty-three', 'two thousand five', 'two thousand', 'nineteen oh five', 'nineteen hundred', 'twenty ten', 'ten sixty-six']
    """
    y = int(s)
    if len(s) != 4:
        return integer(s)
    head, tail = divmod(y, 100)
    if 2000 <= y <= 2009:
        return integer(s)
    if tail == 0:
        return integer(str(head)) + " hundred"
    if tail < 10:
        return integer(str(head)) + " oh " + WORDS[tail]
    return integer(str(head)) + " " + integer(str(tail))


def plural(words: str) -> str:
    """The plural of a spoken number (decades: nineties, twenties; sixes).

    >>> plural("nineteen ninety"), plural("twenty twenty"), plural("two thousand")
    ('nineteen nineties', 'twenty twenties', 'two thousands')
    """
    if words.endswith("y"):
        return words[:-1] + "ies"
    if words.endswith("x"):
        return words + "es"
    return words + "s"
