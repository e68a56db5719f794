"""Fixtures for the assembler: a small edition of real audio files made with ffmpeg."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from assemble_probe import make_tone

from audiopaper.model import Article, Cue, Edition, Rendering

SENTENCES = [
    "青溪县今年夏粮喜获丰收，全县小麦平均亩产比去年增加了百分之六，种粮大户们在田间忙着晾晒新麦。",
    "县农业农村局的技术人员说，今年推广的节水灌溉和统防统治，是增产的关键。",
    "The council voted seven to two on Tuesday night to rebuild the Mill Street bridge before winter.",
    "短句。",
]


@dataclass
class Part:
    """One rendered part as the test made it: its file, length and cues."""

    key: str
    seconds: float
    rendering: Rendering


def tone_part(folder: Path, key: str, seconds: float, freq: int, n_cues: int = 3) -> Part:
    """A sine of `seconds` with `n_cues` sentence cues spread evenly over it."""
    path = make_tone(folder / f"{key}.wav", seconds, freq)
    step = seconds * 1000 / n_cues
    cues = tuple(Cue(round(i * step), round((i + 1) * step), SENTENCES[i % len(SENTENCES)])
                 for i in range(n_cues))
    return Part(key, seconds, Rendering(key, str(path), round(seconds * 1000), cues, "tone"))


@pytest.fixture(scope="session")
def small_edition(tmp_path_factory: pytest.TempPathFactory):
    """Opening 3 s, three articles of 4/5/6 s, closing 2 s, and a 0.5 s chime file."""
    folder = tmp_path_factory.mktemp("parts")
    intro = tone_part(folder, "opening", 3, 300)
    arts = [tone_part(folder, f"a{i}", 3 + i, 400 + 110 * i, n_cues=2 + i) for i in (1, 2, 3)]
    outro = tone_part(folder, "closing", 2, 350)
    chime = make_tone(folder / "chime.wav", 0.5, 1200, db=-20)
    edition = Edition(
        articles=tuple(Article(p.key, headline=h, byline="本报记者", paragraphs=("正文。",))
                       for p, h in zip(arts, ["夏粮丰收 亩产创新高", "Bridge vote: 7-2 & <done>",
                                              "第三条新闻的标题"])),
        paper="青溪日报", date="2024-06-12", lang="zh")
    return edition, intro, arts, outro, chime

