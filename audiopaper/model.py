"""Plain frozen dataclasses that flow between the stages, each round-tripping through JSON.

ingest → Page → split → Edition(articles) → normalize → Script → synth → Rendering
→ assemble → Episode → publish.  Keeping these in one module (and free of behaviour) lets
each stage be run and tested alone: `audiopaper split page.txt --json > articles.json`.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["zh", "en"]
KINDS = ("news", "photo", "commentary", "interview", "brief", "feature")


@dataclass(frozen=True)
class TextSpan:
    """A run of text in one font on a laid-out (PDF) page: what the reader sees at a glance
    (type size, weight, position) and plain text loses.  `bbox` is (x0, y0, x1, y1) in points,
    y growing downwards."""

    text: str
    bbox: tuple[float, float, float, float]
    size: float
    bold: bool = False
    font: str = ""


@dataclass(frozen=True)
class PageLayout:
    """The geometry of one PDF page: text spans, drawn rules (thin lines, as (x0, y0, x1, y1)
    segments) and image boxes.  `index` is the page's place in its file (0-based)."""

    width: float
    height: float
    spans: tuple[TextSpan, ...]
    rules: tuple[tuple[float, float, float, float], ...] = ()
    images: tuple[tuple[float, float, float, float], ...] = ()
    index: int = 0


@dataclass(frozen=True)
class Page:
    """One printed page as text lines, after decoding; a PDF page also carries its geometry."""

    source: str
    lang: str
    page_no: int
    lines: tuple[str, ...]
    encoding: str = "utf-8"
    layout: PageLayout | None = None


@dataclass(frozen=True)
class Article:
    """One story as a listener should hear it: exactly the fields of the corpus gold schema."""

    id: str
    kind: str = "news"
    kicker: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    paragraphs: tuple[str, ...] = ()
    continued_to: int | None = None
    continued_from: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown article kind {self.kind!r}")

    @property
    def title(self) -> str:
        """The headline a listener hears first (falls back to the first words of the body)."""
        if self.headline:
            return self.headline
        return (self.paragraphs[0][:30] if self.paragraphs else self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "kicker": self.kicker, "headline": self.headline,
            "subheadline": self.subheadline, "byline": self.byline,
            "paragraphs": list(self.paragraphs), "continued_to": self.continued_to,
            "continued_from": self.continued_from,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        return cls(id=d["id"], kind=d.get("kind") or "news", kicker=d.get("kicker"),
                   headline=d.get("headline"), subheadline=d.get("subheadline"),
                   byline=d.get("byline"), paragraphs=tuple(d.get("paragraphs") or ()),
                   continued_to=d.get("continued_to"), continued_from=d.get("continued_from"))


@dataclass(frozen=True)
class Edition:
    """The articles of one edition in listening order, and the furniture left out."""

    articles: tuple[Article, ...]
    skipped: tuple[str, ...] = ()
    lang: str = "zh"
    paper: str | None = None
    date: str | None = None
    sources: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"page": {"paper": self.paper, "date": self.date, "language": self.lang,
                         "sources": list(self.sources)},
                "articles": [a.to_dict() for a in self.articles],
                "skipped": list(self.skipped)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Edition":
        page = d.get("page") or {}
        return cls(articles=tuple(Article.from_dict(a) for a in d.get("articles") or ()),
                   skipped=tuple(d.get("skipped") or ()), lang=page.get("language") or "zh",
                   paper=page.get("paper"), date=page.get("date"),
                   sources=tuple(page.get("sources") or ()))


Role = Literal["intro", "headline", "body", "caption", "quote", "outro"]


@dataclass(frozen=True)
class Segment:
    """A stretch of normalised text spoken by one voice role, then a pause."""

    text: str
    role: str = "body"
    pause_after_ms: int = 0


@dataclass(frozen=True)
class Script:
    """What will be spoken for one article (or the intro/outro), already normalised."""

    article_id: str
    lang: str
    title: str
    segments: tuple[Segment, ...]

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Script":
        return cls(article_id=d["article_id"], lang=d["lang"], title=d["title"],
                   segments=tuple(Segment(**s) for s in d["segments"]))


@dataclass(frozen=True)
class Vocabulary:
    """Words Chinese text is cut with beyond those every process starts with (`common.segment`):
    a lexicon's spoken forms (each kept whole) and the lines of its jieba user dictionary
    (`word [freq] [tag]`).

    Normalize takes them from the lexicon it reads with; the stage files carry them on (the
    scripts JSON, the renderings JSON, the manifest), so synth, assemble and publish run as
    processes of their own cut words as `build` does in one: where a long sentence is cut into
    requests, how the Mandarin voice phrases, where a transcript line breaks, which words are
    an edition's keywords.

    >>> Vocabulary.from_dict(Vocabulary(("鹤汀江口大桥",), ("青溪 100 n",)).to_dict())
    Vocabulary(words=('鹤汀江口大桥',), userdict=('青溪 100 n',))
    """

    words: tuple[str, ...] = ()
    userdict: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.userdict)

    def to_dict(self) -> dict[str, Any]:
        return {"words": list(self.words), "userdict": list(self.userdict)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Vocabulary":
        words, userdict = d.get("words") or [], d.get("userdict") or []
        for name, items in (("words", words), ("userdict", userdict)):
            if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
                raise TypeError(f"vocabulary {name} must be a list of strings")
        return cls(tuple(words), tuple(userdict))


@dataclass(frozen=True)
class Cue:
    """A timed stretch of text (sentence or word boundary), milliseconds from the audio start."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Rendering:
    """One script rendered: the audio file on disk, its measured duration, and its cues."""

    article_id: str
    audio_path: str
    duration_ms: int
    cues: tuple[Cue, ...] = ()
    engine: str = ""
    voice: str = ""
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Rendering":
        d = dict(d)
        d["cues"] = tuple(Cue(**c) for c in d.get("cues") or ())
        d["notes"] = tuple(d.get("notes") or ())
        return cls(**d)


Stage = Literal["synth", "assemble"]


@dataclass(frozen=True)
class Failure:
    """A part of an edition that did not make it: which (article id, or "opening"/"closing"),
    at which stage, and why.  A value, so callers read its fields instead of parsing a line;
    `str()` is the line a listener's editor reads: `a3: 1 of 2 chunks failed; ...`."""

    article_id: str
    stage: Stage
    reason: str

    def __str__(self) -> str:
        return f"{self.article_id}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Chapter:
    """One article's place on the episode timeline."""

    article_id: str
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class ArticleAudio:
    """One article as published on its own: text for its page, and its files.

    Paths are relative to the edition folder (`out/<date>/`), so a folder can move hosts.
    """

    article_id: str
    kind: str
    headline: str
    byline: str | None
    paragraphs: tuple[str, ...]
    audio_path: str
    duration_ms: int
    size_bytes: int
    sha256: str
    vtt_path: str | None = None
    srt_path: str | None = None
    kicker: str | None = None
    subheadline: str | None = None


@dataclass(frozen=True)
class Episode:
    """A finished audio edition; written as `out/<date>/manifest.json` and read by publish.

    Paths are relative to the edition folder.  `failures` names articles that could not be
    rendered (the rest of the edition still ships); `notes` says e.g. which chunks fell back
    to the offline engine.
    """

    paper: str
    date: str
    lang: str
    title: str
    audio_path: str
    duration_ms: int
    size_bytes: int
    sha256: str
    chapters: tuple[Chapter, ...]
    articles: tuple[ArticleAudio, ...]
    cover_path: str | None = None
    vtt_path: str | None = None
    srt_path: str | None = None
    chapters_json_path: str | None = None
    failures: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    #: the words its text was cut with (transcript lines here, keywords when published)
    vocabulary: Vocabulary = Vocabulary()

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Episode":
        d = dict(d)
        d["vocabulary"] = Vocabulary.from_dict(d.get("vocabulary") or {})
        d["chapters"] = tuple(Chapter(**c) for c in d.get("chapters") or ())
        d["articles"] = tuple(ArticleAudio(**{**a, "paragraphs": tuple(a.get("paragraphs") or ())})
                              for a in d.get("articles") or ())
        d["failures"] = tuple(d.get("failures") or ())
        d["notes"] = tuple(d.get("notes") or ())
        return cls(**d)
