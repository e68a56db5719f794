"""What goes wrong: missing and broken article audio, peaky audio, bad covers and chimes,
and a build killed half-way."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pymupdf
import pytest
from mutagen.id3 import ID3

from audiopaper.assemble import build_episode
from audiopaper.assemble.episode import LEAD_IN_MS, TAIL_MS
from audiopaper.config import Config
from audiopaper.errors import AssembleError, InputError
from audiopaper.model import Article, Edition

from .assemble_probe import (
    decoded_seconds,
    ffmpeg,
    make_peaky,
    make_tone,
    r128,
    silence_ends,
    tone_part,
)

PADS = (LEAD_IN_MS + TAIL_MS) / 1000   # silence before the first and after the last word
EPISODE = "audiopaper-2024-05-14.mp3"   # the CLI's default paper, and the edition's date


def test_missing_and_undecodable_articles_are_failures_and_the_rest_ships(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" * 50)
    renderings = [arts[0].rendering, replace(arts[2].rendering, audio_path=str(broken))]
    ep = build_episode(edition, intro.rendering, renderings, outro.rendering,
                       Config(paper="青溪日报", chime="none", pause_between_articles_ms=1000),
                       tmp_path / "out")
    assert set(ep.failures) == {"a2", "a3"}
    assert [c.article_id for c in ep.chapters] == ["opening", "a1"]
    mp3 = tmp_path / "out" / "2024-06-12" / ep.audio_path
    assert len(ID3(mp3).getall("CHAP")) == 2
    want = intro.seconds + arts[0].seconds + outro.seconds + 2 * 1.0 + PADS  # broken part cut out
    assert decoded_seconds(mp3) == pytest.approx(want, rel=0.01)
    assert any("a3" in n and "decode" in n for n in ep.notes)


def test_nothing_left_is_an_error_and_writes_no_episode(small_edition, tmp_path):
    edition, intro, _, outro, _ = small_edition
    with pytest.raises(AssembleError, match="no article"):
        build_episode(edition, intro.rendering, [], outro.rendering, Config(), tmp_path)
    folder = tmp_path / "2024-06-12"
    assert not list(folder.rglob("*"))


def test_peaky_audio_is_limited_under_the_ceiling_and_still_on_target(tmp_path):
    part = tone_part(tmp_path, "a1", 8, 300)
    peaky = replace(part.rendering, audio_path=str(make_peaky(tmp_path / "peaky.wav", 8)))
    edition = Edition((Article("a1", headline="Clicks"),), lang="en", date="2024-05-14")
    ep = build_episode(edition, None, [peaky], None,
                       Config(paper="Courier", lang="en"), tmp_path / "out")
    m = r128(tmp_path / "out" / "2024-05-14" / ep.audio_path)
    assert m.true_peak <= -1.0 and abs(m.integrated + 16) <= 1.0
    assert any("limited" in n for n in ep.notes)
    assert "opening: not rendered" in ep.notes


def test_each_article_file_is_on_target_by_its_own_gain(tmp_path):
    """A whisper and a shout in one edition: the episode's one gain suits neither, so each
    article's file is levelled on its own (the shout limited under the ceiling)."""
    quiet = replace(tone_part(tmp_path, "a1", 5, 440).rendering,
                    audio_path=str(make_tone(tmp_path / "quiet.wav", 5, 440, db=-34)))
    loud = replace(tone_part(tmp_path, "a2", 5, 550).rendering,
                   audio_path=str(make_peaky(tmp_path / "loud.wav", 5)))
    edition = Edition((Article("a1", headline="Whisper"), Article("a2", headline="Shout")),
                      lang="en", date="2024-05-14")
    ep = build_episode(edition, None, [quiet, loud], None,
                       Config(paper="Courier", lang="en", chime="none"), tmp_path / "out")
    folder = tmp_path / "out" / "2024-05-14"
    for item in ep.articles:
        m = r128(folder / item.audio_path)
        assert abs(m.integrated + 16) <= 1.0 and m.true_peak <= -1.0, (item.article_id, m)
    first = folder / ep.articles[0].audio_path   # the speech starts after its 300 ms of silence
    assert silence_ends(first, min_s=0.2)[0] == pytest.approx(0.3, abs=0.03)


def test_no_chime_gap_is_exactly_the_pause(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    ep = build_episode(edition, intro.rendering, [p.rendering for p in arts], outro.rendering,
                       Config(chime="none", pause_between_articles_ms=700), tmp_path)
    parts = [intro, *arts, outro]
    want = sum(p.seconds for p in parts) + 4 * 0.7 + PADS
    assert decoded_seconds(tmp_path / "2024-06-12" / ep.audio_path) == pytest.approx(want, abs=0.03)


def test_tone_chime_sounds_inside_each_gap(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    ep = build_episode(edition, intro.rendering, [p.rendering for p in arts], outro.rendering,
                       Config(chime="tone", pause_between_articles_ms=2000), tmp_path)
    gap_start = ep.chapters[1].end_ms / 1000
    gap_end = ep.chapters[2].start_ms / 1000
    assert gap_end - gap_start > 2.0   # the chime adds to the pause
    clip = tmp_path / "gap.wav"
    ffmpeg("-y", "-v", "error", "-ss", f"{gap_start + 0.9}", "-t", f"{gap_end - gap_start - 1.8}",
           "-i", str(tmp_path / "2024-06-12" / ep.audio_path), str(clip))
    assert r128(clip).true_peak > -40   # audible, not silence


@pytest.mark.parametrize("size, fmt, problem", [((1400, 1000), "png", "square"),
                                                ((1000, 1000), "png", "1400-3000"),
                                                ((1500, 1500), "gif", "PNG or JPEG")])
def test_bad_user_cover_is_refused_before_any_audio(small_edition, tmp_path, size, fmt, problem):
    edition, intro, arts, outro, _ = small_edition
    cover = tmp_path / f"cover.{fmt}"
    if fmt == "gif":
        cover.write_bytes(b"GIF89a" + bytes(100))
    else:
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, *size), False)
        pix.save(str(cover))
    with pytest.raises(InputError, match=problem) as e:
        build_episode(edition, intro.rendering, [p.rendering for p in arts], outro.rendering,
                      Config(cover=str(cover)), tmp_path / "out")
    assert e.value.path == str(cover)
    assert not (tmp_path / "out").exists()


def test_user_cover_is_embedded_as_given(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 1600, 1600), False)
    cover = tmp_path / "mine.jpg"
    pix.save(str(cover), output="jpeg")
    ep = build_episode(edition, intro.rendering, [arts[0].rendering], outro.rendering,
                       Config(cover=str(cover), chime="none"), tmp_path / "out")
    folder = tmp_path / "out" / "2024-06-12"
    assert ep.cover_path == "cover.jpg"
    assert (folder / "cover.jpg").read_bytes() == cover.read_bytes()
    assert ID3(folder / ep.audio_path).getall("APIC")[0].mime == "image/jpeg"


def test_bad_chime_file_is_an_input_error(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    junk = tmp_path / "ding.wav"
    junk.write_bytes(b"not audio at all")
    with pytest.raises(InputError) as e:
        build_episode(edition, intro.rendering, [arts[0].rendering], outro.rendering,
                      Config(chime=str(junk)), tmp_path / "out")
    assert e.value.path == str(junk)


def test_killed_build_leaves_no_partial_episode_and_the_next_build_cleans_up(tmp_path):
    """SIGKILL in the middle of encoding: no episode MP3 or manifest appears, only hidden
    temporaries, which the next build sweeps before writing a complete folder."""
    parts = [tone_part(tmp_path, f"a{i}", 120, 300 + 50 * i) for i in range(1, 7)]
    edition = Edition(tuple(Article(p.key, headline=f"Story {p.key}") for p in parts),
                      lang="en", date="2024-05-14")
    renderings = tmp_path / "renderings.json"
    renderings.write_text(json.dumps([p.rendering.to_dict() for p in parts]), encoding="utf-8")
    edition_json = tmp_path / "edition.json"
    edition_json.write_text(json.dumps(edition.to_dict()), encoding="utf-8")
    out = tmp_path / "out"
    folder = out / "2024-05-14"
    cmd = [sys.executable, "-m", "audiopaper", "assemble", str(renderings), "--edition",
           str(edition_json), "--out", str(out), "--chime", "none"]
    proc = subprocess.Popen(cmd, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(folder.glob(f".{EPISODE}.*.part")):
        assert proc.poll() is None, "build finished before it could be interrupted"
        time.sleep(0.02)
    time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert list(folder.glob(".*.part"))
    assert not (folder / EPISODE).exists() and not (folder / "manifest.json").exists()
    assert not (folder / "articles").exists() or not list((folder / "articles").glob("*.mp3"))
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (folder / "manifest.json").exists() and not list(folder.rglob("*.part"))


def test_drawn_cover_keeps_every_line_inside_the_margins() -> None:
    """A CJK date line with Latin digits is measured and drawn with the same font (it once
    overflowed the right edge because the two disagreed on digit widths)."""
    import io

    from PIL import Image

    from audiopaper.assemble.cover import SIDE, draw_cover

    for paper, date_line in (("鹤汀日报", "2026年11月25日 星期三"),
                             ("The Millbrook Courier", "Tuesday, May 14, 2024")):
        img = Image.open(io.BytesIO(draw_cover(paper, date_line))).convert("RGB")
        background = img.getpixel((5, 5))
        margin = int(SIDE * 0.05)
        for x in list(range(margin)) + list(range(SIDE - margin, SIDE)):
            column = {img.getpixel((x, y)) for y in range(0, SIDE, 4)}
            assert column == {background}, f"ink at x={x} for {date_line!r}"
