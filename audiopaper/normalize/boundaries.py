"""Word boundaries for the few rules that need them, from the shared segmentation.

Only an ambiguous measure word asks (家 in 2家企业, a measure word, or in 2家庭院, the start of
家庭), so jieba's dictionary loads when such a text comes and never otherwise.  The words are
`common.segment`'s: the lexicon's user dictionary, added when the lexicon is used, counts here
as it does when synth and assemble cut the same text.
"""
from __future__ import annotations

from audiopaper.common import segment


def stands_alone(text: str, i: int) -> bool:
    """Whether the character at `text[i]` is a word by itself, judged in a small window.

    `2家企业` → 家 stands alone (a measure word); `2家庭院` → 家 starts 家庭.
    """
    lo = max(0, i - 4)
    at = lo
    for token in segment.cut(text[lo:i + 6]):
        if at == i:
            return len(token) == 1
        if at > i:
            break
        at += len(token)
    return True
