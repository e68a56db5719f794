"""The edition page in a real browser: headless Debian Chromium driven by Playwright.

It opens the page from our server, sees every headline, plays an article's audio (its duration
becomes known and its clock advances) and follows a chapter link that seeks the episode player.
In CI (CI=true) a missing browser is a failure; elsewhere the test is skipped with the reason.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from audiopaper.publish import publish

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--autoplay-policy=no-user-gesture-required", "--mute-audio"]
ARTICLES = [
    ("a1", "全市新能源公交车突破三千辆", "本报记者 李明", ["截至上月底，全市新能源公交车已突破三千辆。"]),
    ("a2", "老城区雨污分流改造完工 <约12万户> & “受益”", "本报记者 王芳", ["改造工程日前完工。"]),
    ("a3", "青溪湿地迎来越冬候鸟 🐦", None, ["数千只越冬候鸟陆续飞抵青溪湿地。"]),
]


def _browser_or_skip():
    """Playwright's sync API and Debian's chromium, or skip (fail under CI) saying which is missing."""
    problem = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        problem = "playwright is not installed (pip install playwright)"
    if problem is None and not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return sync_playwright


def test_edition_page_plays_articles_and_chapters_seek(tmp_path, make_edition, serve_dir):
    sync_playwright = _browser_or_skip()
    make_edition(tmp_path, "2024-05-02", articles=ARTICLES, seconds=4.0)
    base = serve_dir(tmp_path)
    publish(tmp_path, base_url=base, owner_email="desk@example.org")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.goto(base + "2024-05-02/")
            assert page.evaluate("document.documentElement.lang") == "zh-CN"
            for _, headline, _, _ in ARTICLES:
                assert page.get_by_role("heading", name=headline, exact=True).is_visible()
            # readable on a phone: nothing wider than the screen
            assert page.evaluate("document.documentElement.scrollWidth") <= 390

            page.evaluate("document.querySelector('#a2 audio').play()")
            page.wait_for_function(
                "() => { const a = document.querySelector('#a2 audio');"
                " return a.duration > 3 && a.currentTime > 0.5; }", timeout=15_000)
            duration = page.evaluate("document.querySelector('#a2 audio').duration")
            assert 3.5 < duration < 4.5

            links = page.locator("a.chapter")
            assert links.count() == 3
            links.nth(2).click()
            page.wait_for_function(
                "() => { const p = document.getElementById('episode');"
                " return p.currentTime >= 8 && !p.paused; }", timeout=15_000)
            # one player at a time: the episode starting pauses the article (the page does it
            # on the episode's `play` event, which may come a moment after its time moves)
            page.wait_for_function("() => document.querySelector('#a2 audio').paused",
                                   timeout=5_000)
            # every player has an accessible name
            headline = ARTICLES[1][1]
            assert page.get_by_label(headline, exact=True).count() == 1
            assert page.evaluate("[...document.querySelectorAll('audio')]"
                                 ".every(a => a.getAttribute('aria-label'))")
            assert 8 <= page.evaluate("document.getElementById('episode').currentTime") < 12
            links.nth(0).click()
            page.wait_for_function("document.getElementById('episode').currentTime < 4",
                                   timeout=15_000)
        finally:
            browser.close()
