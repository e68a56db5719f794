"""`audiopaper serve` as a podcast app and a browser use it: subscribe, download, resume with
Range, revalidate with ETag; and attempts to read files outside the folder."""
from __future__ import annotations

import http.client
import io
import os
import re
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

import podcastparser
import pytest

from audiopaper.publish import publish
from audiopaper.publish.serve import make_server

REPO = Path(__file__).resolve().parents[2]
SECRET = "top secret, outside out/"


@pytest.fixture
def served(tmp_path: Path, make_edition):
    """Two editions published into tmp/out and served on a free loopback port; a secret file
    and folder beside out/, and symlinks inside out/ pointing at them."""
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "index.html").write_text(SECRET, encoding="utf-8")
    make_edition(out, "2024-05-01")
    make_edition(out, "2024-05-02", seconds=3.0)
    server = make_server(out, port=0, quiet=True)
    host, port = server.server_address[:2]
    base = f"http://{host}:{port}/"
    publish(out, base_url=base, owner_email="desk@example.org")
    (out / "link.txt").symlink_to(tmp_path / "secret.txt")
    (out / "linkdir").symlink_to(tmp_path / "private")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield out, base, (host, port)
    server.shutdown()
    server.server_close()


def _get(url: str, headers: dict[str, str] | None = None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def _raw(addr: tuple[str, int], path: str, method: str = "GET") -> tuple[int, bytes]:
    """Send `path` byte for byte (urllib would normalise `..` away on some versions)."""
    conn = http.client.HTTPConnection(*addr, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, body


def test_subscribe_download_latest_episode_and_resume_with_range(served):
    out, base, _ = served
    status, headers, feed = _get(base + "feed.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    pod = podcastparser.parse(base + "feed.xml", io.BytesIO(feed))
    latest = pod["episodes"][0]
    assert latest["title"] == "青溪日报 2024-05-02"
    (enc,) = latest["enclosures"]
    local = (out / "2024-05-02" / "episode.mp3").read_bytes()

    status, headers, whole = _get(enc["url"])
    assert status == 200 and headers["Content-Type"] == "audio/mpeg"
    assert headers["Accept-Ranges"] == "bytes"
    assert whole == local and int(headers["Content-Length"]) == enc["file_size"] == len(local)

    # a download cut off after 20000 bytes, resumed where it stopped
    status, headers, part = _get(enc["url"], {"Range": "bytes=0-19999"})
    assert status == 206 and len(part) == 20000
    assert headers["Content-Range"] == f"bytes 0-19999/{len(local)}"
    status, headers, rest = _get(enc["url"], {"Range": f"bytes={len(part)}-",
                                              "If-Range": headers["ETag"]})
    assert status == 206 and headers["Content-Range"] == f"bytes 20000-{len(local) - 1}/{len(local)}"
    assert part + rest == local

    status, _, tail = _get(enc["url"], {"Range": "bytes=-100"})
    assert status == 206 and tail == local[-100:]
    status, headers, _ = _get(enc["url"], {"Range": f"bytes={len(local)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(local)}"
    # If-Range with a stale validator: the whole file, not a piece of a changed one
    status, _, body = _get(enc["url"], {"Range": "bytes=0-9", "If-Range": '"stale"'})
    assert status == 200 and body == local


def test_content_types(served):
    _, base, _ = served
    expected = {
        "feed.xml": "application/rss+xml", "articles.xml": "application/rss+xml",
        "index.html": "text/html", "2024-05-01/": "text/html",
        "2024-05-01/articles/a1.mp3": "audio/mpeg", "2024-05-01/episode.vtt": "text/vtt",
        "2024-05-01/episode.srt": "application/x-subrip",
        "2024-05-01/chapters.json": "application/json+chapters", "cover.png": "image/png",
    }
    for path, ctype in expected.items():
        status, headers, body = _get(base + path)
        assert status == 200, path
        assert headers["Content-Type"].split(";")[0] == ctype, path
        assert int(headers["Content-Length"]) == len(body)


def test_etag_and_last_modified_revalidation(served):
    out, base, _ = served
    url = base + "2024-05-01/chapters.json"
    status, headers, body = _get(url)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert _get(url, {"If-None-Match": etag})[0] == 304
    assert _get(url, {"If-None-Match": f'"other", {etag}'})[0] == 304
    assert _get(url, {"If-Modified-Since": modified})[0] == 304
    assert _get(url, {"If-None-Match": '"other"'})[0] == 200
    (out / "2024-05-01" / "chapters.json").write_bytes(body + b" ")
    status, headers, _ = _get(url, {"If-None-Match": etag})
    assert status == 200 and headers["ETag"] != etag


def test_head_has_headers_and_no_body(served):
    out, base, addr = served
    status, body = _raw(addr, "/2024-05-01/episode.mp3", "HEAD")
    assert status == 200 and body == b""


def test_folder_without_slash_redirects_so_relative_links_work(served):
    _, _, addr = served
    conn = http.client.HTTPConnection(*addr, timeout=10)
    conn.request("GET", "/2024-05-01")
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 301 and resp.getheader("Location") == "/2024-05-01/"


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/2024-05-01/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
    "/.%2e/secret.txt", "/2024-05-01/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt",
    "//etc/passwd", "/%2Fetc%2Fpasswd", "ABSOLUTE", "http://localhost/../secret.txt",
    "/link.txt", "/linkdir/", "/linkdir/index.html", "/catalog.sqlite", "/catalog.sqlite-wal",
    "/a%00b", "/%ff%fe",
])
def test_nothing_outside_out_is_served(served, path):
    out, _, addr = served
    if path == "ABSOLUTE":
        path = str(out.parent / "secret.txt")
    status, body = _raw(addr, path)
    assert status in (400, 403, 404), (path, status)
    assert SECRET.encode() not in body and b"root:" not in body
    assert b"SQLite format" not in body


def test_cli_serve_binds_loopback_and_serves_the_feed(served):
    out, _, _ = served
    proc = subprocess.Popen([sys.executable, "-m", "audiopaper", "serve", str(out), "--port", "0"],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        line = proc.stderr.readline()
        m = re.search(r"at (http://127\.0\.0\.1:(\d+)/)", line)
        assert m, line
        status, headers, body = _get(m.group(1) + "feed.xml")
        assert status == 200 and body == (out / "feed.xml").read_bytes()
        # the feed was published for the fixture's server, not this one: say so
        warning = proc.stderr.readline()
        assert warning.startswith("warning: the feed's files are at http://127.0.0.1:"), warning
        assert f"--base-url {m.group(1)}" in warning
    finally:
        proc.terminate()
        proc.wait(timeout=10)
