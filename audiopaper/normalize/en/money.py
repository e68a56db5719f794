"""Money: `$2.5 million` → two point five million dollars, `$3` → three dollars, `$1.50` → one
dollar and fifty cents, `50 cents` stays words around a cardinal.  An amount between an article
and the noun it describes is singular, as said: `a $15 ticket` → a fifteen dollar ticket,
`a $40 million bond` → a forty million dollar bond; a range names the currency once
(`$5-$10` → five to ten dollars); so between a determiner (a, the, its, the
city's) and a noun with at most one word before the amount (`a projected $4.2 million gap`,
`the city's $11.7 million capital plan`).  Layout spaces may stand between amount
and magnitude (`$4.2  million`).

Issue 11: a minus before the sign (`-$5` → minus five dollars); cents however many decimals are
written when the digits past the second are zeros (`$20.5` → twenty dollars and fifty cents,
`$2.000` → two dollars, `$.01` → one cent), more decimals are a decimal amount (`$12.345`);
a range of amounts with cents says each in full (`$150.25-$250.67`); a slash after the amount
is "per" (`$20/mo` → twenty dollars per month, `$0.5/hr` → fifty cents per hour).
"""
from __future__ import annotations

import re

from audiopaper.normalize.en import per
from audiopaper.normalize.engine import Rule
from audiopaper.normalize.reading import EnNumbers
from audiopaper.normalize.tables import alternation, mapping, table

ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[A-Za-z]+['’]s)\s"
                             r"(?:[a-z]+\s)?\Z")
# A lowercase word after the amount that is not a noun it could describe.
NOUN_AFTER = re.compile(r"[ \t](?!(?:a|an|the|to|for|in|of|on|and|or|from|per|each|at|by|with|"
                         r"was|is|are|were|has|had|have|will|would|could|a year|last|this|that|"
                         r"they|we|he|she|it|you|who|which|more|less|apiece)\b)[a-z]")
# With no determiner before the amount (headlines drop them: `Voters decide $18 million school
# levy`) a noun after it still makes it a modifier, but the word must look like a noun: not a
# preposition, conjunction or adverb of the list, nor a word in -ing, -ly or -ed.
_BARE_NOUN_AFTER = re.compile(
    r"[ \t](?!(?:through|over|into|toward|towards|before|after|since|so|but|because|when|if|than|"
    r"as|until|while|under|above|below|during|within|without|across|against|among|plus|minus|"
    r"instead|total|worth|back|up|down|off|out|annually|apiece|each|now|then|there|here|too|"
    r"please|versus|vs|per|"
    r"already|still|yet|also|only|just|again|ago|later|earlier|overall|less|more|today|"
    r"tonight|tomorrow|yesterday|monthly|weekly|daily|yearly)\b)"
    r"[a-z]+(?<!ing)(?<!ly)(?<!ed)\b(?![-'’])")


def rules(n: EnNumbers) -> list[Rule]:
    """One rule: currency sign, amount, optional magnitude word."""
    major = {sign: (one, many) for sign, one, many in table("en", "currency", 3)}
    minor = {sign: (one, many) for sign, one, many in table("en", "currency_minor", 3)}
    magnitudes = mapping("en", "magnitudes")

    def cents_of(num: str) -> tuple[str, int | None]:
        """(whole, cents): cents None when the decimals are no cents (`12.345`, no decimals)."""
        whole, _, frac = num.partition(".")
        if not frac:
            return whole, None
        if len(frac) > 2 and frac[2:].strip("0"):
            return whole, None
        return whole or "0", int((frac + "0")[:2])

    def amount(cur: str, num: str, attributive: bool) -> str:
        """One amount: dollars and cents when it has cents, else a number and the currency."""
        one, many = major[cur]
        if attributive:
            many = one  # a fifteen dollar ticket
        whole, cents = cents_of(num)
        if cents is None or cur not in minor:
            if cents is not None:
                num = whole if cents == 0 else num
            return n.number(num) + " " + (one if num == "1" else many)
        # a two dollar and twenty-five cent increase: the minor unit is singular too
        cent_words = n.integer(str(cents)) + " " + minor[cur][cents != 1 and not attributive]
        if int(whole) == 0:
            return cent_words
        main = n.integer(whole) + " " + (one if int(whole) == 1 else many)
        return main + (" and " + cent_words if cents else "")

    def speak(m: re.Match[str]) -> str | None:
        cur, num, mag = m.group("cur"), m.group("num").replace(",", ""), m.group("mag")
        one, many = major[cur]
        text, start = m.string, m.start()
        # a rate (`$20/mo`) describes a noun only after a determiner (a $20/mo plan)
        attributive = bool(NOUN_AFTER.match(text, m.end()) and (
            ARTICLE_BEFORE.search(text, max(0, start - 32), start)
            or (_BARE_NOUN_AFTER.match(text, m.end()) and not m.group("per"))))
        if attributive:
            many = one  # a fifteen dollar ticket
        minus = "minus " if m.group("neg") else ""
        tail = ""
        if m.group("per"):
            rate = per.say(m.group("per"), m.group("perpow"))
            if rate is None:
                return None
            tail = " " + rate
        if m.group("num2"):  # $5-$10, $1-2 million: one currency word, after the second
            num2 = m.group("num2").replace(",", "")
            if not mag and (cents_of(num)[1] or cents_of(num2)[1]):
                return minus + amount(cur, num, False) + " to " + amount(cur, num2, attributive) + tail
            upper = n.number(cents_of(num2)[0] if cents_of(num2)[1] == 0 else num2)
            lower = n.number(cents_of(num)[0] if cents_of(num)[1] == 0 else num)
            return minus + lower + " to " + upper + (" " + magnitudes[mag] if mag else "") + " " + many + tail
        if mag:
            return minus + n.number(num) + " " + magnitudes[mag] + " " + many + tail
        return minus + amount(cur, num, attributive) + tail

    return [Rule("money", rf"(?P<neg>(?<![\w.)%])[-−])?(?<![A-Za-z])(?P<cur>{alternation(major)})\s?"
                          rf"(?P<num>{n.NUM}|(?<![\d.])\.\d+)"
                          rf"(?:\s?[-–]\s?(?:{alternation(major)})?(?P<num2>{n.NUM}))?"
                          rf"(?:[ \t]{{0,3}}\n?[ \t]{{0,3}}(?P<mag>{alternation(magnitudes)})\b)?(?:{per.pattern()})?",
                 speak)]
