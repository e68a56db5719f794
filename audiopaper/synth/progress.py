"""Progress reporting for a synth run: a tiny protocol, a silent default and rich bars.

`RichProgress` also shows the steps after speech (assembly, publishing) as status lines when
stderr is a terminal, so the minute after the bars fill is not silent; elsewhere (a log, a
pipe) it prints the bars' final state and no steps.
"""
from __future__ import annotations

import time
from types import TracebackType
from typing import Any, Protocol


class SynthProgress(Protocol):
    """What `render_scripts` reports while it works; implement it to show or log progress."""

    def plan(self, articles: int, chunks: int) -> None:
        """Called before a render's work: how many scripts and chunks it has.  A build renders
        twice (the articles, then the opening and closing): the counts add up."""

    def chunk_done(self, nbytes: int, cached: bool) -> None:
        """A chunk's audio is on disk (`cached`: it was already there, no request made)."""

    def retried(self, message: str) -> None:
        """A request failed and will be tried again."""

    def article_done(self, article_id: str, ok: bool) -> None:
        """A script is rendered (ok) or has failed for good."""


class NoProgress:
    """Reports nothing (library default)."""

    def plan(self, articles: int, chunks: int) -> None:
        pass

    def chunk_done(self, nbytes: int, cached: bool) -> None:
        pass

    def retried(self, message: str) -> None:
        pass

    def article_done(self, article_id: str, ok: bool) -> None:
        pass


class RichProgress:
    """Bars on stderr for articles and chunks, with bytes received and retries so far.

    Use as a context manager around `render_scripts(..., progress=bars)`.
    """

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._bars = Progress(TextColumn("{task.description}"), BarColumn(),
                              MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                              console=Console(stderr=True), transient=False)
        self._articles = self._bars.add_task("articles", total=None, info="")
        self._chunks = self._bars.add_task("chunks", total=None, info="")
        self._bytes = self._cached = self._retries = self._failed = 0
        self._step: tuple[Any, float] | None = None  # the step's task and when it began
        self.terminal = self._bars.console.is_terminal

    def __enter__(self) -> RichProgress:
        return self  # the bars appear at plan(): an early error prints no empty bars

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self._end_step()
        self._bars.stop()

    def plan(self, articles: int, chunks: int) -> None:
        self._bars.start()
        for task, more in ((self._articles, articles), (self._chunks, chunks)):
            self._bars.update(task, total=(self._bars.tasks[task].total or 0) + more)

    def step(self, what: str) -> None:
        """A step after speech begins (e.g. "encode the episode and 7 article MP3s"): the last
        one is marked done with its time, and `what` runs on a line of its own.  Shown only on
        a terminal."""
        if not self.terminal:
            return
        self._end_step()
        self._bars.start()
        self._step = (self._bars.add_task(what, total=None, info="…"), time.monotonic())

    def _end_step(self) -> None:
        if self._step is not None:
            task, began = self._step
            self._bars.update(task, total=1, completed=1,
                              info=f"{time.monotonic() - began:.1f} s")
            self._step = None

    def chunk_done(self, nbytes: int, cached: bool) -> None:
        self._bytes += nbytes
        self._cached += cached
        self._bars.update(self._chunks, advance=1, info=self._info())

    def retried(self, message: str) -> None:
        self._retries += 1
        self._bars.update(self._chunks, info=self._info())

    def article_done(self, article_id: str, ok: bool) -> None:
        self._failed += not ok
        info = f"{self._failed} failed" if self._failed else ""
        self._bars.update(self._articles, advance=1, info=info)

    def _info(self) -> str:
        return (f"{self._bytes / 1e6:.1f} MB, {self._cached} from cache, "
                f"{self._retries} retries")
