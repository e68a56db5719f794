"""End to end on real speech: espeak-ng renders an edition, the assembler makes the episode."""
from __future__ import annotations

import itertools

import pytest
from mutagen.id3 import ID3

from audiopaper.assemble import build_episode
from audiopaper.config import Config
from audiopaper.model import Article, Edition, Script, Segment
from audiopaper.scripts import frame_scripts
from audiopaper.synth import RenderSettings, render_scripts
from audiopaper.synth.cache import ChunkCache

from .assemble_probe import decoded_seconds, parse_vtt, r128

ARTICLES = (
    Article("a1", headline="青溪县夏粮喜获丰收", byline="本报记者 李明",
            paragraphs=("今年全县小麦平均亩产比去年增加了百分之六。",
                        "县农业农村局的技术人员说，节水灌溉和统防统治是增产的关键。")),
    Article("a2", headline="老城区新桥下月通车",
            paragraphs=("横跨清溪河的新桥主体工程已经完工，下个月将正式通车。",)),
)


def test_espeak_edition_is_on_target_with_chapters_at_the_article_starts(tmp_path):
    cfg = Config(paper="青溪日报", chime="none", pause_between_articles_ms=1200)
    edition = Edition(ARTICLES, paper="青溪日报", date="2024-06-12")
    opening, closing = frame_scripts(edition, cfg, "2024-06-12", None)
    scripts = [opening] + [
        Script(a.id, "zh", a.title, (Segment(a.title, "headline", 700),) + tuple(
            Segment(p, "body", 300) for p in a.paragraphs)) for a in ARTICLES] + [closing]
    report = render_scripts(scripts,
                            RenderSettings("espeak", jobs=2),
                            cache=ChunkCache(tmp_path / "cache"),
                            out_dir=tmp_path / "renders")
    r = {x.article_id: x for x in report.renderings}
    ep = build_episode(edition, r["opening"], [r["a1"], r["a2"]], r["closing"], cfg,
                       tmp_path / "out")
    folder = tmp_path / "out" / "2024-06-12"

    parts = [decoded_seconds(r[k].audio_path) for k in ("opening", "a1", "a2", "closing")]
    mp3 = folder / ep.audio_path
    assert decoded_seconds(mp3) == pytest.approx(sum(parts) + 3 * 1.2 + 2.0, rel=0.01)
    m = r128(mp3)
    assert abs(m.integrated + 16) <= 1.0 and m.true_peak <= -1.0
    chaps = sorted(ID3(mp3).getall("CHAP"), key=lambda c: c.start_time)[1:]
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == [a.headline for a in ARTICLES]
    starts = [0.5 + parts[0] + 1.2, 0.5 + parts[0] + parts[1] + 2.4]
    for chap, want in zip(chaps, starts):
        assert abs(chap.start_time / 1000 - want) <= 0.05
    cues = parse_vtt((folder / ep.vtt_path).read_text(encoding="utf-8"))
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(cues))
    assert cues[-1][1] <= ep.duration_ms and cues[-1][1] >= ep.duration_ms - 3000
    assert any("夏粮" in c[2] for c in cues if chaps[0].start_time <= c[0] < chaps[1].start_time)
