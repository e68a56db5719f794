"""Pages read right or refused clearly, through the real CLI: the encodings of Chinese papers
are detected, a page in another CJK language's encoding is not read as Chinese nonsense,
`--encoding` overrides detection, and a FIFO or a page without words is refused at once."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from audiopaper.ingest import read_page

PAGE = """城市公园正式开放

本报讯 今天上午，新的城市公园正式开放。公园里有步道和湖泊。市民们纷纷前来参观。

地铁二号线东延段通车

本报讯 地铁二号线东延段今天通车。沿线新增四座车站。
"""
KOREAN = """서울시 새 공원 개장

서울시는 오늘 새로운 도시 공원을 공식 개장했다고 밝혔다. 공원에는 산책로와 호수가 있으며 많은 시민들이 방문했다.

지하철 2호선 연장 개통

지하철 2호선 동쪽 연장 구간이 오늘 개통되었다. 노선을 따라 네 개의 새로운 역이 추가되었다.
"""
JAPANESE = """東京都は本日、新しい都市公園を正式に開園したと発表した。公園には散歩道と湖があり、
多くの市民が訪れた。地下鉄二号線の延伸区間が今日開通し、沿線には四つの新しい駅ができた。
"""


def audiopaper(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiopaper", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def error_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2 and len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    return lines[0]


@pytest.mark.parametrize("text,codec,language,name", [
    (KOREAN, "euc-kr", "Korean", "EUC-KR"),
    (JAPANESE, "shift_jis", "Japanese", "Shift_JIS"),
    (JAPANESE, "euc_jp", "Japanese", "EUC-JP"),
])
def test_another_cjk_language_is_not_read_as_chinese(tmp_path: Path, text: str, codec: str,
                                                     language: str, name: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(codec))
    assert page.read_bytes().decode("gb18030")  # the trap: it decodes "cleanly" as GB18030
    line = error_line(audiopaper("split", str(page)))
    assert line.startswith(f"error: {page}: reads as {language} in {name}, not as Chinese")
    assert "tried UTF-8, GB18030, Big5, EUC-KR" in line and "--encoding" in line


def test_korean_page_fails_a_build_before_any_speech(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(KOREAN.encode("euc-kr"))
    cache = tmp_path / "cache"
    line = error_line(audiopaper("build", str(page), "--out", str(tmp_path / "out"),
                                 "--cache-dir", str(cache), "--engine", "espeak"))
    assert "reads as Korean in EUC-KR" in line
    assert not list(cache.rglob("*.wav"))


def test_chinese_in_gbk_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("gbk"))
    done = audiopaper("split", str(page), "--json", "-v")
    assert done.returncode == 0 and "encoding gb18030" in done.stderr, done.stderr
    assert '"城市公园正式开放"' in done.stdout
    short = tmp_path / "short.txt"  # too short for the guesser to be sure: read as Chinese
    short.write_bytes("城市公园正式开放".encode("gbk"))
    assert read_page(short).lines == ("城市公园正式开放",)


def test_encoding_flag_overrides_detection(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("gbk"))
    done = audiopaper("split", str(page), "--json", "-v", "--encoding", "gbk")
    assert done.returncode == 0 and "encoding gbk" in done.stderr, done.stderr
    assert error_line(audiopaper("split", str(page), "--encoding", "klingon")) == \
        "error: --encoding: unknown encoding 'klingon'"
    assert error_line(audiopaper("split", str(page), "--encoding", "utf-8")).startswith(
        f"error: {page}: is not utf-8 (--encoding): the byte 0xb3 at offset 0")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", ["split", "build"])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    extra = ["--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")] \
        if command == "build" else []
    line = error_line(audiopaper(command, str(fifo), *extra))  # timeout=120: a hang fails
    assert line == f"error: {fifo}: is not a regular file (a FIFO, device or socket); give a " \
                   "page file"


@pytest.mark.parametrize("command", ["split", "build"])
def test_a_page_of_punctuation_is_not_an_article(tmp_path: Path, command: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text("—— …… ！！\n\n* * *\n\n。。。 ——\n", encoding="utf-8")
    extra = ["--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")] \
        if command == "build" else []
    assert error_line(audiopaper(command, str(page), *extra)) == \
        f"error: {page}: has no words, only punctuation and symbols: nothing to read"



# (words of a consumer column, put together at random with a fixed seed into 44-character lines)
_WORDS = ("the council said a reader paid deposit refund shop voucher kettle tested model boiled litre "
          "minutes slower switch sofa never came money back months full sum manager agreed write "
          "complaint trading standards office week store branch customer service letter phone call "
          "weeks later offered goodwill gesture").split()


def _consumer_page(seed: int) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(12):
        sentences = []
        for _ in range(4):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
            if rng.random() < 0.35:
                words.insert(rng.randint(0, len(words)), "\u00a3" + str(rng.choice([40, 100, 129, 229, 240])))
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append("\n".join(textwrap.wrap(" ".join(sentences), 44)))
    return "\n\n".join(paragraphs) + "\n"


def test_an_english_page_in_latin_1_with_pound_signs_is_read(tmp_path: Path) -> None:
    # (the guesser names Shift_JIS for such a file, each \xa3 byte a half-width katakana among
    # English words: only the guess's own letters count toward calling the page Japanese; found
    # by held-out set 122 in session 32)
    text = _consumer_page(1)
    f = tmp_path / "p15.txt"
    f.write_bytes(text.encode("latin-1"))
    page = read_page(f)
    assert page.lang == "en" and page.encoding in ("cp1252", "latin-1", "iso8859-15")
    assert "\n".join(page.lines).count("\u00a3") == text.count("\u00a3") > 10
