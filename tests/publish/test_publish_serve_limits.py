"""`audiopaper serve` under the requests that broke it: a 304 on a keep-alive connection, a
Range header thousands of digits long, a crowd of connections at once, a connection that
never speaks; and control characters in the text of what it serves."""
from __future__ import annotations

import http.client
import re
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audiopaper.cli import app
from audiopaper.publish import publish
from audiopaper.publish.serve import BACKLOG, make_server


@pytest.fixture
def server(tmp_path: Path, make_edition) -> Iterator[tuple[str, int]]:
    """One edition served on a free loopback port; idle connections closed after 1 s."""
    out = tmp_path / "out"
    out.mkdir()
    make_edition(out, "2024-05-01")
    srv = make_server(out, port=0, quiet=True, idle_timeout=1.0)
    host, port = srv.server_address[:2]
    publish(out, base_url=f"http://{host}:{port}/")
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield str(host), int(port)
    srv.shutdown()
    srv.server_close()


def test_304_has_no_body_so_the_next_response_on_the_connection_is_intact(server) -> None:
    conn = http.client.HTTPConnection(*server, timeout=10)
    conn.request("GET", "/feed.xml")
    first = conn.getresponse()
    body = first.read()
    etag = first.getheader("ETag")
    conn.request("GET", "/feed.xml", headers={"If-None-Match": etag})
    revalidated = conn.getresponse()
    assert revalidated.status == 304 and revalidated.read() == b""
    assert revalidated.getheader("Content-Length") in (None, "0")
    conn.request("GET", "/feed.xml")  # the same connection: no stray bytes before this answer
    again = conn.getresponse()
    assert again.status == 200 and again.read() == body
    conn.close()


@pytest.mark.parametrize("header,status", [
    ("bytes=0-" + "9" * 5000, 206),      # the end is past any file: the whole file
    ("bytes=" + "9" * 5000 + "-", 416),  # the start is past the end
    ("bytes=-" + "9" * 5000, 206),       # a suffix longer than the file: the whole file
    ("bytes=" + "0" * 5000 + "1-2", 206),
], ids=["huge-end", "huge-start", "huge-suffix", "zero-padded"])
def test_a_range_with_thousands_of_digits_is_answered(server, header: str, status: int) -> None:
    conn = http.client.HTTPConnection(*server, timeout=10)
    conn.request("GET", "/2024-05-01/episode.mp3", headers={"Range": header})
    answer = conn.getresponse()
    data = answer.read()
    assert answer.status == status
    if status == 206:
        size = int(answer.getheader("Content-Range").rsplit("/", 1)[1])
        assert len(data) == (2 if header.endswith("1-2") else size)
    conn.close()


def test_the_backlog_holds_a_crowd_and_200_concurrent_requests_are_all_answered(server) -> None:
    assert BACKLOG >= 128

    def fetch(_: int) -> tuple[int, int]:
        conn = http.client.HTTPConnection(*server, timeout=60)
        conn.request("GET", "/2024-05-01/episode.mp3")
        answer = conn.getresponse()
        size = len(answer.read())
        conn.close()
        return answer.status, size

    with ThreadPoolExecutor(max_workers=200) as pool:
        results = list(pool.map(fetch, range(200)))
    assert {status for status, _ in results} == {200}
    assert len({size for _, size in results}) == 1


def test_an_idle_connection_is_closed(server) -> None:
    with socket.create_connection(server, timeout=15) as silent:
        assert silent.recv(1) == b""  # closed by the server after its 1 s idle timeout
    # and a connection that stops mid-request is closed too, without taking the server down
    with socket.create_connection(server, timeout=15) as half:
        half.sendall(b"GET /feed.xml HTTP/1.1\r\nHost: x\r\n")
        assert half.recv(1) in (b"", b"H")  # closed, or a 408 from the stdlib
    conn = http.client.HTTPConnection(*server, timeout=10)
    conn.request("GET", "/feed.xml")
    assert conn.getresponse().status == 200


def test_control_characters_never_reach_pages_or_transcripts(tmp_path: Path) -> None:
    filler = "市民表示期待已久，希望早日乘坐。" * 12
    page = tmp_path / "page.txt"
    page.write_text("城市公园\x01正式开放\n\n本报讯 今天上午，新的城市\x1b[1m公园正式开放。公园里有步道"
                    "和湖泊。\n\n地铁二号线东延段通车\n\n本报讯 地铁二号线东延段今天通车。"
                    f"沿线新增四座车站。{filler}\n", encoding="utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(app, ["build", str(page), "--out", str(out), "--cache-dir",
                                    str(tmp_path / "cache"), "--engine", "espeak", "--date",
                                    "2026-01-05"])
    assert done.exit_code == 0, done.output
    texts = [p for p in out.rglob("*") if p.suffix in (".html", ".vtt", ".srt", ".xml")]
    assert {p.suffix for p in texts} == {".html", ".vtt", ".srt", ".xml"}
    for path in texts:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text), path
    assert "城市公园正式开放" in (out / "2026-01-05" / "index.html").read_text(encoding="utf-8")
