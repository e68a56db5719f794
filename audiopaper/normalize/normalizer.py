"""`normalize(text, lang, lexicon)`: the composed normaliser for one language.

Steps: fold full-width digits and letters (one character for one, so offsets hold), split off
lexicon hits (final, never rewritten), then run the language's rule inventory over the rest.
`explain` returns the same work as a list of rewrites naming the rule that made each.
"""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import Protocol, Union

from audiopaper.common import segment
from audiopaper.common.lexicon import Lexicon, load_lexicon
from audiopaper.errors import InputError
from audiopaper.normalize.engine import Inventory, Rewrite, apply

LANGS = ("zh", "en")
LexiconArg = Union[Lexicon, str, Path, None]
#: the lexicons whose words the shared segmentation has: given once, not once a text
_SEGMENTED: weakref.WeakSet[Lexicon] = weakref.WeakSet()


class Language(Protocol):
    """What a language package (`normalize/zh`, `normalize/en`) gives the normaliser."""

    def fold(self, text: str) -> str: ...
    def inventory(self) -> Inventory: ...


def _language(lang: str) -> Language:
    """The language's package, imported on first use (a Chinese run never loads English)."""
    if lang == "zh":
        from audiopaper.normalize import zh
        return zh
    if lang == "en":
        from audiopaper.normalize import en
        return en
    raise InputError(f"unknown language {lang!r}: use one of {', '.join(LANGS)}")


def _lexicon(lexicon: LexiconArg, lang: str) -> Lexicon | None:
    """The lexicon to read `lang` with (loaded if given as a path), its words made known to
    the shared segmentation: a Chinese spoken form stays one word where synth cuts a long
    sentence, the Mandarin voice phrases and assemble breaks a transcript line, and the
    [jieba] user dictionary counts wherever words are cut."""
    if lexicon is None or isinstance(lexicon, Lexicon):
        lex = lexicon
    else:
        lex = load_lexicon(lexicon)
    if lex is not None and lang == "zh" and lex not in _SEGMENTED:
        segment.add(lex.vocabulary(lang))
        _SEGMENTED.add(lex)
    return lex


def explain(text: str, lang: str = "zh", lexicon: LexiconArg = None) -> list[Rewrite]:
    """Every rewrite `normalize` would make, with offsets into the folded text.

    >>> [(r.written, r.spoken, r.rule) for r in explain("增长12.3%，共2个")]
    [('12.3%', '百分之十二点三', 'percent'), ('2', '两', 'cardinal')]
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    language = _language(lang)
    lex = _lexicon(lexicon, lang)
    folded = language.fold(text)
    inventory = language.inventory()
    if lex is None:
        return inventory.rewrites(folded)
    out: list[Rewrite] = []
    for offset, piece, spoken in lex.split(folded):
        if spoken is not None:
            out.append(Rewrite(offset, offset + len(piece), piece, spoken, "lexicon"))
        else:
            out.extend(inventory.rewrites(piece, offset))
    return out


def normalize(text: str, lang: str = "zh", lexicon: LexiconArg = None) -> str:
    """Rewrite `text` into what a news anchor would say.

    >>> normalize("2027年6月5日9:30，58.6亿元，增长46.2%")
    '二零二七年六月五日九点三十分，五十八点六亿元，增长百分之四十六点二'
    >>> normalize("Dr. Lee arrives at 5 p.m.", lang="en")
    'Doctor Lee arrives at five p m.'
    """
    rewrites = explain(text, lang, lexicon)
    return apply(_language(lang).fold(text), rewrites)
