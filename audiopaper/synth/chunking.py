"""Cut text into request-sized chunks at sentence ends, never inside a word.

edge-tts splits anything over 4096 bytes itself, at arbitrary UTF-8 boundaries (mid-sentence
for Chinese), and a long request is more likely to be cut short.  So we cut first: sentences
end at 。！？； or at .!? followed by a space; sentences are packed into chunks of at most
`max_bytes` (measured after XML escaping, as the request carries it); a sentence that alone is
too long is cut at a clause mark (，、：,;:) and, failing that, between jieba words.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from audiopaper.common import segment

MAX_BYTES = 1200  # well under edge-tts's 4096-byte request limit

_CLOSERS = "”’\"'）)」』】》"
_SENTENCE_END = re.compile(rf"[。！？；]+[{_CLOSERS}]*|[.!?]+[{_CLOSERS}]*(?=\s|$)")
_CLAUSE_END = re.compile(rf"[，、：][{_CLOSERS}]*|[,;:][{_CLOSERS}]*(?=\s)")


def request_bytes(text: str) -> int:
    """Size of `text` as it travels in an SSML request (escaped, UTF-8).

    >>> request_bytes("a&b"), request_bytes("你好")
    (7, 6)
    """
    return len(escape(text).encode("utf-8"))


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, each keeping its end mark; whitespace between them dropped.

    >>> split_sentences("今天下雨。明天呢？“好！”Dr. Li said 3.5 is fine. OK")
    ['今天下雨。', '明天呢？', '“好！”', 'Dr.', 'Li said 3.5 is fine.', 'OK']
    """
    return _cut_after(_SENTENCE_END, text)


def _cut_after(marks: re.Pattern[str], text: str) -> list[str]:
    """Cut `text` after every match of `marks`; pieces stripped, empty ones dropped."""
    ends = [m.end() for m in marks.finditer(text)] + [len(text)]
    pieces = (text[start:end].strip() for start, end in zip([0] + ends, ends))
    return [p for p in pieces if p]


def _pack(pieces: list[str], max_bytes: int, joiner: str) -> list[str]:
    """Greedily join consecutive pieces while the result stays within max_bytes."""
    chunks: list[str] = []
    for piece in pieces:
        sep = joiner if chunks and _spaced(chunks[-1], piece) else ""
        if chunks and request_bytes(chunks[-1] + sep + piece) <= max_bytes:
            chunks[-1] += sep + piece
        else:
            chunks.append(piece)
    return chunks


def _spaced(left: str, right: str) -> bool:
    """Whether two pieces need a space between them (not between CJK characters)."""
    return left[-1:].isascii() or right[:1].isascii()


def split_long(sentence: str, max_bytes: int = MAX_BYTES) -> list[str]:
    """Cut one over-long sentence at clause marks, then between words, into pieces ≤ max_bytes.

    >>> split_long("甲乙丙，丁戊己，庚辛壬。", 12)
    ['甲乙丙，', '丁戊己，', '庚辛壬。']
    """
    if request_bytes(sentence) <= max_bytes:
        return [sentence]
    out: list[str] = []
    for clause in _cut_after(_CLAUSE_END, sentence):
        if request_bytes(clause) <= max_bytes:
            out.append(clause)
        else:
            out.extend(_split_words(clause, max_bytes))
    return _pack(out, max_bytes, " ")


def _split_words(text: str, max_bytes: int) -> list[str]:
    """Cut between words (`common.segment`: jieba's, the lexicon's among them; Latin words
    and numbers stay whole too)."""
    pieces: list[str] = []
    for word in segment.cut(text):
        if pieces and request_bytes(pieces[-1] + word) <= max_bytes:
            pieces[-1] += word
        elif request_bytes(word) <= max_bytes:
            pieces.append(word)
        else:  # a single "word" longer than a request (a URL, a run of digits): cut by size
            pieces.extend(_by_size(word, max_bytes))
    return [p.strip() for p in pieces if p.strip()]


def _by_size(word: str, max_bytes: int) -> list[str]:
    out = [""]
    for ch in word:
        if request_bytes(out[-1] + ch) > max_bytes:
            out.append("")
        out[-1] += ch
    return [p for p in out if p]


def chunk_text(text: str, max_bytes: int = MAX_BYTES) -> list[str]:
    """Chunks of `text` for one request each: whole sentences, packed up to max_bytes.

    >>> chunk_text("第一句。第二句。第三句。", 30)
    ['第一句。第二句。', '第三句。']
    >>> chunk_text("One. Two. Three.", 10)
    ['One. Two.', 'Three.']
    """
    pieces: list[str] = []
    for sentence in split_sentences(text):
        pieces.extend(split_long(sentence, max_bytes))
    return _pack(pieces, max_bytes, " ")
