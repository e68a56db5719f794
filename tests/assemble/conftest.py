"""Fixtures for the assembler: a small edition of real audio files made with ffmpeg."""
from __future__ import annotations

import pytest

from audiopaper.model import Article, Edition

from .assemble_probe import make_tone, tone_part


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

