"""Golden feeds: fixed episodes (fixed dates, sizes, guids) must render byte for byte as the
files in tests/publish/data/, and podcastparser must read each one as its .json twin says.

Regenerate after an intended change with `AUDIOPAPER_REGEN_GOLDEN=1 python3 -m pytest
tests/publish/test_publish_golden.py`, then review the diff.
"""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import podcastparser
import pytest

from audiopaper.model import ArticleAudio, Chapter, Episode
from audiopaper.publish.config import PublishConfig
from audiopaper.publish.feed import ARTICLES_FEED, EPISODES_FEED, channel_for, render_articles, render_episodes
from audiopaper.publish.keywords import keywords

DATA = Path(__file__).parent / "data"
BASE = "https://example.org/qingxi/"
REGEN = os.environ.get("AUDIOPAPER_REGEN_GOLDEN") == "1"


def _article(aid: str, headline: str, byline: str | None, paras: list[str], ms: int, size: int,
             **extra: str) -> ArticleAudio:
    return ArticleAudio(article_id=aid, kind="news", headline=headline, byline=byline,
                        paragraphs=tuple(paras), audio_path=f"articles/{aid}.mp3", duration_ms=ms,
                        size_bytes=size, sha256="0" * 64, vtt_path=f"articles/{aid}.vtt",
                        srt_path=f"articles/{aid}.srt", **extra)


def _episode(paper: str, date: str, lang: str, articles: list[ArticleAudio], size: int) -> Episode:
    chapters, start = [], 0
    for a in articles:
        chapters.append(Chapter(a.article_id, a.headline, start, start + a.duration_ms))
        start += a.duration_ms
    return Episode(paper=paper, date=date, lang=lang, title=f"{paper} {date}",
                   audio_path="episode.mp3", duration_ms=start, size_bytes=size, sha256="0" * 64,
                   chapters=tuple(chapters), articles=tuple(articles), cover_path="cover.png",
                   vtt_path="episode.vtt", srt_path="episode.srt",
                   chapters_json_path="chapters.json")


CASES = {
    "zh": (PublishConfig(base_url=BASE, owner_email="desk@example.org"), [
        _episode("青溪日报", "2024-05-01", "zh", [
            _article("a1", "全市新能源公交车突破三千辆", "本报记者 李明",
                     ["截至上月底，全市新能源公交车已突破三千辆，占公交车总数的九成。"], 61_500, 492_000,
                     kicker="城市交通"),
            _article("a2", "老城区雨污分流改造完工", None,
                     ["历时两年的老城区雨污分流改造工程日前完工，惠及居民十二万户。"], 45_250, 362_000),
        ], 860_123),
        _episode("青溪日报", "2024-05-02", "zh", [
            _article("a1", "青溪湿地迎来越冬候鸟", "本报记者 王芳",
                     ["随着气温下降，数千只越冬候鸟陆续飞抵青溪湿地。"], 30_000, 240_000),
        ], 250_777),
    ]),
    "en": (PublishConfig(base_url=BASE, owner_email="desk@example.org", title="Gazette Audio",
                         author="Riverside Gazette Desk", locked=False), [
        _episode("Riverside Gazette", "2024-01-15", "en", [
            _article("x1", 'Tom & "Jerry" <script>alert(1)</script> 😀', "By <b>Jane</b>",
                     ["5 < 6 & 7 > 3."], 12_345, 98_765, subheadline="A 'quoted' sub"),
        ], 100_000),
    ]),
}


def _render(case: str, feed: str) -> bytes:
    config, episodes = CASES[case]
    newest = max(episodes, key=lambda e: e.date)
    channel = channel_for(config, BASE, newest, feed, "cover.png")
    if feed == EPISODES_FEED:
        return render_episodes(channel, episodes, {e.date: keywords(e) for e in episodes})
    return render_articles(channel, episodes)


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("feed", [EPISODES_FEED, ARTICLES_FEED])
def test_feed_matches_golden_file_and_podcastparser_reading(case, feed):
    stem = f"{case}-{feed.removesuffix('.xml')}"
    xml_path, json_path = DATA / f"{stem}.xml", DATA / f"{stem}.json"
    xml = _render(case, feed)
    assert xml == _render(case, feed), "rendering is not deterministic"
    parsed = podcastparser.parse(BASE + feed, io.BytesIO(xml))
    if REGEN:
        DATA.mkdir(exist_ok=True)
        xml_path.write_bytes(xml)
        json_path.write_text(json.dumps(parsed, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                             encoding="utf-8")
    assert xml.decode("utf-8") == xml_path.read_text(encoding="utf-8")
    assert json.loads(json.dumps(parsed)) == json.loads(json_path.read_text(encoding="utf-8"))
