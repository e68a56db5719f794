"""Chinese words: the one jieba tokenizer every stage cuts text with.

Where one word ends matters in five places: whether the 2 before 家 counts things (normalize:
2家企业, not 2家庭院), where a sentence too long for one request is cut (synth's chunking),
how the Mandarin voice reads and phrases a word (synth's frontend), where a transcript line
breaks (assemble) and which words an edition's feed keywords are (publish).  They all ask
here, so a word is one word everywhere, and jieba's dictionary is loaded once, not once a stage.

Every process starts from the same words, whichever stage it runs and in whatever order, so
`build` in one process and the stages piped through four cut alike: jieba's dictionary, the
words of the Mandarin word table (`common/data/zh_polyphones.tsv`, shared data: a word the
Mandarin voice reads must reach it whole) and the default Chinese lexicon's `vocabulary`
(spoken forms and [jieba] user dictionary).  A lexicon given by name (`--lexicon`) adds its
own (`add`) when normalize uses it, for the rest of that process; normalize writes that
vocabulary into the scripts JSON and each stage after it passes it on (renderings JSON,
manifest) and adds it before it cuts, so the stages run as their own processes cut as one
build does.  Vocabularies apply in the order added, each its words then its user dictionary,
whether jieba was loaded before or after, so the order of adding is the whole story.

jieba's import and its dictionary cost about a second, so nothing is loaded before the first
cut: `audiopaper --help` and text that needs no word boundaries never pay for it.  Words added
before then are applied when it loads.  jieba builds its dictionary on first use and is not
thread-safe, so loading, adding and cutting hold one lock.
"""
from __future__ import annotations

import logging
import threading
from typing import Any

from audiopaper.common.lexicon import default_lexicon, load_lexicon
from audiopaper.common.tables import read_tsv
from audiopaper.model import Vocabulary

__all__ = ["add", "cut", "is_loaded", "keywords", "tag"]

_LOCK = threading.RLock()
_tokenizer: Any = None
_tags: dict[str, str] | None = None
_tfidf: Any = None
#: what stages added before the tokenizer loaded, in order, for it to apply when it loads
_added: list[Vocabulary] = []
#: the words and user dictionary lines the tokenizer has, so each applies once
_applied: set[tuple[str, str]] = set()


def add(vocabulary: Vocabulary) -> None:
    """Cut with `vocabulary` from now on: each of its words kept whole wherever it stands
    (jieba gives it the frequency it needs to win over the cuts its dictionary prefers), then
    its user dictionary's entries.  A word or entry the cuts already have is not added again."""
    with _LOCK:
        if _tokenizer is not None:
            _apply(_tokenizer, vocabulary)
        elif vocabulary and vocabulary not in _added:
            _added.append(vocabulary)


def _apply(tok: Any, vocabulary: Vocabulary) -> None:
    """Add to `tok` the words, then the user dictionary lines, of `vocabulary` it lacks (call
    under _LOCK)."""
    words = [w for w in dict.fromkeys(vocabulary.words) if w and ("w", w) not in _applied]
    lines = [u for u in dict.fromkeys(vocabulary.userdict) if u and ("u", u) not in _applied]
    _applied.update([("w", w) for w in words] + [("u", u) for u in lines])
    for word in words:
        tok.add_word(word)
    if lines:
        tok.load_userdict(lines)   # lines, as jieba reads them from a file


def _standing() -> Vocabulary:
    """The words every process cuts with (see the module's doc)."""
    words = tuple(w for w, _ in read_tsv("audiopaper.common", "data/zh_polyphones.tsv", 2))
    path = default_lexicon("zh")
    lexicon = load_lexicon(path).vocabulary("zh") if path is not None else Vocabulary()
    return Vocabulary(words + lexicon.words, lexicon.userdict)


def _get() -> Any:
    """The tokenizer, loaded on first use with the standing words, then everything added so
    far in order (call under _LOCK)."""
    global _tokenizer
    if _tokenizer is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tok = jieba.Tokenizer()
        for vocabulary in (_standing(), *_added):
            _apply(tok, vocabulary)
        _added.clear()
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
