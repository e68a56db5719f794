"""build_episode on real audio: lengths, loudness, chapters, transcripts, files, manifest."""
from __future__ import annotations

import json

import pymupdf
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from audiopaper.assemble import build_episode
from audiopaper.assemble.episode import LEAD_IN_MS, TAIL_MS
from audiopaper.assemble.transcript import MAX_COLUMNS, width
from audiopaper.config import Config
from audiopaper.model import Episode

from .assemble_probe import (
    decoded_seconds,
    decodes_cleanly,
    parse_srt,
    parse_vtt,
    r128,
    silence_ends,
)

PAUSE_MS = 1500
CHIME_S = 0.5


@pytest.fixture(scope="module")
def built(small_edition, tmp_path_factory):
    edition, intro, arts, outro, chime = small_edition
    out = tmp_path_factory.mktemp("out")
    cfg = Config(paper="青溪日报", base_url="https://example.org/qingxi/", chime=str(chime),
                 pause_between_articles_ms=PAUSE_MS)
    episode = build_episode(edition, intro.rendering, [p.rendering for p in arts],
                            outro.rendering, cfg, out)
    return episode, out / "2024-06-12", [intro, *arts, outro]


def expected_starts(parts) -> list[float]:
    """Where each part should start: the lead-in, the parts before it, plus one gap (pause +
    chime) each."""
    starts, t = [], LEAD_IN_MS / 1000
    for p in parts:
        starts.append(t)
        t += p.seconds + PAUSE_MS / 1000 + CHIME_S
    return starts


def test_duration_is_parts_plus_gaps(built):
    episode, folder, parts = built
    want = sum(p.seconds for p in parts) + (len(parts) - 1) * (PAUSE_MS / 1000 + CHIME_S) + (
        LEAD_IN_MS + TAIL_MS) / 1000
    mp3 = folder / episode.audio_path
    for got in (decoded_seconds(mp3), MP3(mp3).info.length,
                episode.duration_ms / 1000):
        assert got == pytest.approx(want, rel=0.01)


def test_loudness_on_target_and_peak_under_ceiling(built):
    episode, folder, _ = built
    m = r128(folder / episode.audio_path)
    assert -17.0 <= m.integrated <= -15.0
    assert m.true_peak <= -1.0


def test_chapters_are_the_opening_then_the_articles_at_their_starts(built, small_edition):
    episode, folder, parts = built
    tags = ID3(folder / episode.audio_path)
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    headlines = [a.headline for a in small_edition[0].articles]
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == ["本期导读", *headlines]
    assert len(headlines) == 3
    assert chaps[0].start_time == 0
    toc = tags.getall("CTOC")
    assert len(toc) == 1 and list(toc[0].child_element_ids) == [c.element_id for c in chaps]
    known = expected_starts(parts)[1:4]
    heard = silence_ends(folder / episode.audio_path)
    for chap, want in zip(chaps[1:], known):
        assert abs(chap.start_time / 1000 - want) <= 0.05
        assert min(abs(chap.start_time / 1000 - s) for s in heard) <= 0.05
    assert [c.start_ms for c in episode.chapters] == [c.start_time for c in chaps]


def test_episode_tags_are_v23_with_its_date_frames(built):
    episode, folder, _ = built
    tags = ID3(folder / episode.audio_path, translate=False)
    assert tags.version[:2] == (2, 3)
    assert tags["TIT2"].text[0] == episode.title
    assert tags["TPE1"].text[0] == tags["TALB"].text[0] == "青溪日报"
    assert "TDRC" not in tags
    assert tags["TYER"].text[0] == "2024" and tags["TDAT"].text[0] == "1206"
    apic = tags.getall("APIC")[0]
    assert apic.data == (folder / episode.cover_path).read_bytes()


@pytest.mark.parametrize("kind", ["vtt", "srt"])
def test_episode_transcript_parses_is_monotonic_and_covers(built, kind):
    episode, folder, parts = built
    text = (folder / (episode.vtt_path if kind == "vtt" else episode.srt_path)).read_text(
        encoding="utf-8")
    cues = parse_vtt(text) if kind == "vtt" else parse_srt(text)
    prev_end = 0
    for start, end, line in cues:
        assert prev_end <= start <= end
        assert "\n" not in line and width(line) <= MAX_COLUMNS
        prev_end = end
    assert cues[0][0] == LEAD_IN_MS
    assert cues[-1][1] == pytest.approx(episode.duration_ms - TAIL_MS, abs=50)
    for ch in episode.chapters[1:]:   # every article is transcribed inside its own chapter
        inside = [c for c in cues if ch.start_ms - 1 <= c[0] and c[1] <= ch.end_ms + 1]
        assert inside and inside[0][0] == pytest.approx(ch.start_ms, abs=2)
        assert inside[-1][1] == pytest.approx(ch.end_ms, abs=2)
    spoken = "".join(c[2] for c in cues).replace(" ", "")
    for p in parts:
        for cue in p.rendering.cues:
            assert cue.text.replace(" ", "") in spoken


def test_every_article_file_plays_with_its_own_tags_and_transcript(built):
    episode, folder, parts = built
    for item, part in zip(episode.articles, parts[1:4]):
        mp3 = folder / item.audio_path
        assert decodes_cleanly(mp3)
        assert decoded_seconds(mp3) == pytest.approx(part.seconds + 0.6, rel=0.01)
        tags = ID3(mp3)
        assert tags["TIT2"].text[0] == item.headline
        assert tags["TPE1"].text[0] == "青溪日报"
        assert not tags.getall("CHAP")
        cues = parse_vtt((folder / item.vtt_path).read_text(encoding="utf-8"))
        assert cues[0][0] == 300 and cues[-1][1] == pytest.approx(item.duration_ms - 300, abs=2)
        assert parse_srt((folder / item.srt_path).read_text(encoding="utf-8"))


def test_cover_is_square_png_in_range(built):
    episode, folder, _ = built
    data = (folder / episode.cover_path).read_bytes()
    assert data.startswith(b"\x89PNG")
    pix = pymupdf.Pixmap(data)
    assert pix.width == pix.height and 1400 <= pix.width <= 3000


def test_chapters_json_links_each_article_page(built):
    episode, folder, _ = built
    doc = json.loads((folder / episode.chapters_json_path).read_text(encoding="utf-8"))
    assert doc["version"].startswith("1.")
    assert [c["title"] for c in doc["chapters"]] == [c.title for c in episode.chapters]
    assert [c["startTime"] for c in doc["chapters"]] == [c.start_ms / 1000 for c in episode.chapters]
    assert [c["url"] for c in doc["chapters"]] == [
        f"https://example.org/qingxi/2024-06-12/#{c.article_id}" for c in episode.chapters]


def test_manifest_round_trips_and_matches_the_files(built):
    import hashlib

    episode, folder, _ = built
    on_disk = Episode.from_dict(json.loads((folder / "manifest.json").read_text(encoding="utf-8")))
    assert on_disk == episode
    files = [(episode.audio_path, episode.size_bytes, episode.sha256)] + [
        (a.audio_path, a.size_bytes, a.sha256) for a in episode.articles]
    for rel, size, sha in files:
        data = (folder / rel).read_bytes()
        assert len(data) == size and hashlib.sha256(data).hexdigest() == sha
    assert episode.failures == ()
    assert not list(folder.rglob("*.part"))


def test_ffmpeg_lists_the_chapters_in_time_order_from_zero(built):
    """ffmpeg (what ffprobe and many players use) reads CHAP frames in stored order."""
    import re
    import subprocess

    import imageio_ffmpeg

    episode, folder, _ = built
    log = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i",
                          str(folder / episode.audio_path)], capture_output=True, text=True).stderr
    starts = [float(s) for s in re.findall(r"Chapter #\d+:\d+: start (\d+\.\d+)", log)]
    assert len(starts) == len(episode.chapters) == 4
    assert starts == sorted(starts) and starts[0] == 0.0
    assert starts == pytest.approx([c.start_ms / 1000 for c in episode.chapters], abs=0.002)


def test_file_names_carry_paper_and_date_and_survive_a_rebuild(small_edition, tmp_path):
    edition, intro, arts, outro, _ = small_edition
    cfg = Config(paper="青溪日报", chime="none", pause_between_articles_ms=300)
    first = build_episode(edition, intro.rendering, [p.rendering for p in arts],
                          outro.rendering, cfg, tmp_path)
    assert first.audio_path == "qingxiribao-2024-06-12.mp3"
    assert [a.audio_path for a in first.articles] == [
        f"articles/qingxiribao-2024-06-12-0{n}-a{n}.mp3" for n in (1, 2, 3)]
    names = [first.audio_path, *(a.audio_path for a in first.articles)]
    assert len({n.rsplit("/", 1)[-1] for n in names}) == len(names)
    # a folder published under the old names keeps them when built again
    manifest = tmp_path / "2024-06-12" / "manifest.json"
    old = json.loads(manifest.read_text(encoding="utf-8"))
    old["audio_path"] = "episode.mp3"
    old["articles"][1]["audio_path"] = "articles/02-a2.mp3"
    manifest.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    again = build_episode(edition, intro.rendering, [p.rendering for p in arts[::-1]],
                          outro.rendering, cfg, tmp_path)
    assert again.audio_path == "episode.mp3"
    assert {a.article_id: a.audio_path for a in again.articles}["a2"] == "articles/02-a2.mp3"
    assert (tmp_path / "2024-06-12" / "episode.mp3").is_file()
