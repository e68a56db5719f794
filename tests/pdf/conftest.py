"""Fixtures for the PDF tests: corpus pages laid out as PDFs, the shared scorer, small pages."""
from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from .makepdf import EN, ZH, Op, Style, render, write_pdf


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """`score_split` from ../shared/tools (its `score` and `merge`), imported by path."""
    from tests.conftest import shared_dir

    path = shared_dir() / "tools" / "score_split.py"
    spec = importlib.util.spec_from_file_location("score_split", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Lay out corpus page folders as one PDF (one page each); cached per layout."""
    root = tmp_path_factory.mktemp("corpus-pdf")
    made: dict[tuple, Path] = {}

    def make(folders: list[Path], rules: bool = True) -> Path:
        key = (tuple(folders), rules)
        if key not in made:
            name = "+".join(f.name for f in folders) + ("" if rules else "-norules") + ".pdf"
            made[key] = render(folders, root / name, rules=rules)
        return made[key]
    return make


class Canvas:
    """A small hand-made page: text lines in a language's styles, rules and images."""

    def __init__(self, lang: str = "zh", width: float = 400, height: float = 500) -> None:
        self.spec = ZH if lang == "zh" else EN
        self.width, self.height = width, height
        self.ops: list[Op] = []

    def style(self, name: str) -> Style:
        return self.spec.body if name == "body" else self.spec.styles[name]

    def text(self, x: float, y: float, s: str, style: str = "body") -> Canvas:
        self.ops.append(("text", (x, y, s, self.style(style))))
        return self

    def column(self, x: float, y: float, lines: list[str], indents: list[bool]) -> float:
        """Body lines down a column, each indented by two ems when asked; returns the y after."""
        st = self.spec.body
        for s, ind in zip(lines, indents):
            self.text(x + (2 * st.size if ind else 0), y, s)
            y += st.size * st.pitch
        return y

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> Canvas:
        self.ops.append(("rule", (x0, y0, x1, y1)))
        return self

    def image(self, x0: float, y0: float, x1: float, y1: float) -> Canvas:
        self.ops.append(("image", (x0, y0, x1, y1)))
        return self

    def save(self, path: Path) -> Path:
        return write_pdf([(self.width, self.height, self.ops)], path)


@pytest.fixture
def canvas() -> Callable[..., Canvas]:
    return Canvas
