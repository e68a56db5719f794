"""Word boundaries from jieba, for the few rules that need them; loaded on first use only.

Loading jieba's dictionary costs about a second, so nothing imports it up front: a text with no
ambiguous measure word never pays for it.  A user dictionary (names with digits, local terms)
can be registered before first use or after.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

_tokenizer: Any = None
_userdicts: list[Path] = []


def add_userdict(path: Path) -> None:
    """Register a jieba user dictionary; it is loaded with (or into) the tokenizer."""
    path = Path(path)
    if path in _userdicts:
        return
    _userdicts.append(path)
    if _tokenizer is not None:
        _tokenizer.load_userdict(str(path))


def _get() -> Any:
    global _tokenizer
    if _tokenizer is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        for p in _userdicts:
            tok.load_userdict(str(p))
        _tokenizer = tok
    return _tokenizer


def is_loaded() -> bool:
    """Whether the dictionary has been paid for (the bench and a test check it stays False)."""
    return _tokenizer is not None


def stands_alone(text: str, i: int) -> bool:
    """Whether the character at `text[i]` is a word by itself, judged in a small window.

    `2家企业` → 家 stands alone (a measure word); `2家庭院` → 家 starts 家庭.
    """
    lo = max(0, i - 4)
    at = lo
    for token in _get().lcut(text[lo:i + 6], HMM=False):
        if at == i:
            return len(token) == 1
        if at > i:
            break
        at += len(token)
    return True
