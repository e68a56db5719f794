"""What a rule file may ask of its language's number reader (`en/numbers.py`, `zh/numbers.py`).

Rule files take the reader as an argument, so number reading is written once and shared by
money, measure, date and the rest (WeTextProcessing's `cardinal=`).  These protocols are the
reader's shape, so a rule that calls a reading the module does not have, or with the wrong
arguments, fails the type check instead of a sentence at run time.  The modules themselves
satisfy them.
"""
from __future__ import annotations

from typing import Protocol


class EnNumbers(Protocol):
    """English number reading (`audiopaper.normalize.en.numbers`)."""

    @property
    def NUM(self) -> str: ...  # noqa: N802 - the module's constant
    @property
    def SIGN(self) -> str: ...  # noqa: N802
    @property
    def WORDS(self) -> tuple[str, ...]: ...  # noqa: N802

    def digits(self, s: str) -> str: ...
    def integer(self, s: str) -> str: ...
    def decimal(self, s: str) -> str: ...
    def number(self, s: str) -> str: ...
    def signed(self, sign: str | None, s: str) -> str: ...
    def ordinal(self, n: int) -> str: ...
    def year(self, s: str) -> str: ...
    def plural(self, words: str) -> str: ...


class ZhNumbers(Protocol):
    """Chinese number reading (`audiopaper.normalize.zh.numbers`)."""

    @property
    def NUM(self) -> str: ...  # noqa: N802
    @property
    def SIGN(self) -> str: ...  # noqa: N802

    def digits(self, s: str, yao: bool = False) -> str: ...
    def integer(self, s: str, liang: bool = True) -> str: ...
    def decimal(self, s: str, strip_zeros: bool = False) -> str: ...
    def number(self, s: str, strip_zeros: bool = False, liang: bool = True) -> str: ...
    def signed(self, sign: str | None, s: str, strip_zeros: bool = False,
               liang: bool = True) -> str: ...
