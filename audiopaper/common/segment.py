"""Chinese words: the one jieba tokenizer every stage cuts text with.

Where one word ends matters in five places: whether the 2 before 家 counts things (normalize:
2家企业, not 2家庭院), where a sentence too long for one request is cut (synth's chunking),
how the Mandarin voice reads and phrases a word (synth's frontend), where a transcript line
breaks (assemble) and which words an edition's feed keywords are (publish).  They all ask here, so a word is one word everywhere, and jieba's
dictionary is loaded once, not once a stage.

Every process starts from the same words, whichever stage it runs and in whatever order, so
`build` in one process and the stages piped through four cut alike: jieba's dictionary, the
words of the Mandarin readings table (`synth/data/zh_polyphones.tsv`: a word it reads must
reach it whole) and the default Chinese lexicon's spoken forms and [jieba] user dictionary.
A lexicon given by name (`--lexicon`) adds its own when normalize uses it (`add_words`,
`add_userdict`), for the rest of that process.

jieba's import and its dictionary cost about a second, so nothing is loaded before the first
cut: `audiopaper --help` and text that needs no word boundaries never pay for it.  Words added
before then are applied when it loads.  jieba builds its dictionary on first use and is not
thread-safe, so loading, adding and cutting hold one lock.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from audiopaper.common.lexicon import default_lexicon, load_lexicon
from audiopaper.common.tables import read_tsv

__all__ = ["add_userdict", "add_words", "cut", "is_loaded", "keywords", "tag"]

_LOCK = threading.RLock()
_tokenizer: Any = None
_tags: dict[str, str] | None = None
_tfidf: Any = None
#: what stages added, in order, so a tokenizer loaded later gets it all
_words: dict[str, None] = {}
_userdicts: dict[Path, None] = {}


def add_words(words: Iterable[str]) -> None:
    """Keep each of `words` whole wherever it stands (jieba gives it the frequency it needs
    to win over the cuts its dictionary prefers), in every cut from now on."""
    with _LOCK:
        new = [w for w in dict.fromkeys(words) if w and w not in _words]
        _words.update(dict.fromkeys(new))
        if _tokenizer is not None:
            for word in new:
                _tokenizer.add_word(word)


def add_userdict(path: str | Path) -> None:
    """Load a jieba user dictionary (`word [freq] [tag]` a line) into every cut from now on."""
    path = Path(path)
    with _LOCK:
        if path in _userdicts:
            return
        _userdicts[path] = None
        if _tokenizer is not None:
            _tokenizer.load_userdict(str(path))


def _standing() -> tuple[list[str], list[Path]]:
    """The words and user dictionaries every process cuts with (see the module's doc)."""
    words = [written for written, _ in read_tsv("audiopaper.synth", "data/zh_polyphones.tsv", 2)]
    userdicts: list[Path] = []
    path = default_lexicon("zh")
    if path is not None:
        lexicon = load_lexicon(path)
        words += lexicon.words.values()
        userdicts += [lexicon.jieba_userdict] if lexicon.jieba_userdict else []
    return words, userdicts


def _get() -> Any:
    """The tokenizer, loaded on first use with the standing words and everything added so far
    (call under _LOCK)."""
    global _tokenizer
    if _tokenizer is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        words, userdicts = _standing()
        tok = jieba.Tokenizer()
        for word in dict.fromkeys([*words, *_words]):
            tok.add_word(word)
        for path in dict.fromkeys([*userdicts, *_userdicts]):
            tok.load_userdict(str(path))
        _tokenizer = tok
    return _tokenizer


def is_loaded() -> bool:
    """Whether jieba's dictionary has been paid for (a test and the normalize bench check
    that text needing no word boundaries leaves it unloaded)."""
    return _tokenizer is not None


def cut(text: str, hmm: bool = False) -> list[str]:
    """The words of `text`, in order, joining back to it.

    `hmm`: let jieba's hidden Markov model join characters its dictionary does not know
    (names, new coinages) into words: right for breaking lines a reader follows, off where a
    cut must stay predictable (chunking, readings).

    >>> cut("国务院新闻办公室举行发布会")
    ['国务院新闻办公室', '举行', '发布会']
    """
    with _LOCK:
        return list(_get().cut(text, HMM=hmm))


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a word its dictionary (or a user dictionary) knows,
    else None.

    >>> tag("认真"), tag("开展"), tag("鹤汀至")
    ('ad', 'v', None)
    """
    global _tags
    with _LOCK:
        tok = _get()
        if _tags is None:
            import jieba.posseg

            _tags = dict(jieba.posseg.POSTokenizer(tok).word_tag_tab)
        user: dict[str, str] = tok.user_word_tag_tab
        return user.get(word) or _tags.get(word)


def keywords(text: str, count: int) -> list[str]:
    """The `count` words that most set `text` apart: jieba's TF-IDF (frequent here, rare in
    jieba's corpus) over the words every stage cuts, most telling first."""
    global _tfidf
    with _LOCK:
        tok = _get()
        if _tfidf is None:
            import jieba.analyse

            _tfidf = jieba.analyse.TFIDF()
            _tfidf.tokenizer = tok   # its own default would load jieba's dictionary again
        return [str(w) for w in _tfidf.extract_tags(text, topK=count)]
