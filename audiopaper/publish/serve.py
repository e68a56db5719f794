"""`audiopaper serve out/`: a small static server that behaves the way podcast apps expect.

Apps and browsers seek and resume with Range requests, revalidate with ETag and
If-None-Match, and trust the Content-Type; the stdlib SimpleHTTPRequestHandler does none of
the first two.  Nothing outside the served folder is ever read: `..` segments (also
percent-encoded), absolute paths, backslashes and symlinks that leave the folder are refused.
Binds loopback unless told otherwise, because this is a preview server, not a production host.
It still holds up to a crowd of apps: a long listen backlog, one thread per connection, idle
keep-alive connections closed after `IDLE_TIMEOUT_S`, a 304 without a body (a body there
would be read as the start of the next response), and a Range header of any length answered.
"""
from __future__ import annotations

import email.utils
import os
import re
import sys
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from audiopaper.errors import PublishError
from audiopaper.publish.tables import content_type

CHUNK = 1 << 16
#: Connections waiting to be accepted (socketserver's default of 5 makes a crowd wait).
BACKLOG = 256
#: Seconds a connection may stay silent (between requests, or mid-request) before it is closed.
IDLE_TIMEOUT_S = 30.0
# Byte positions longer than this are beyond any file (and `int()` of thousands of digits
# raises, in Python 3.11+): such a position means "past the end".
_MAX_DIGITS = 18
_BEYOND = 10 ** _MAX_DIGITS
#: Files of the build itself (the catalog, temp files) are not part of the site.
_PRIVATE = re.compile(r"^(\.|catalog\.sqlite)")


class RangeNotSatisfiable(Exception):
    """The Range header names no byte of the file (answer 416)."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The inclusive byte span a single-range header asks for; None means send the whole file.

    Multi-range and malformed headers are ignored (RFC 9110 allows that); a range starting past
    the end is unsatisfiable.

    >>> parse_range("bytes=0-99", 1000), parse_range("bytes=900-", 1000), parse_range("bytes=-100", 1000)
    ((0, 99), (900, 999), (900, 999))
    >>> parse_range("bytes=990-5000", 1000), parse_range("bytes=0-1,5-6", 1000), parse_range("pages=1", 9)
    ((990, 999), None, None)
    >>> parse_range("bytes=1000-", 1000)
    Traceback (most recent call last):
    ...
    audiopaper.publish.serve.RangeNotSatisfiable: bytes=1000-
    >>> parse_range("bytes=0-" + "9" * 5000, 1000), parse_range("bytes=-" + "9" * 5000, 1000)
    ((0, 999), (0, 999))
    """
    if not header:
        return None
    m = re.fullmatch(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*", header)
    if not m or not (m.group(1) or m.group(2)):
        return None
    first, last = m.group(1), m.group(2)
    if not first:
        n = _position(last)
        if n == 0 or size == 0:
            raise RangeNotSatisfiable(header[:64])
        return max(0, size - n), size - 1
    start = _position(first)
    end = min(_position(last), size - 1) if last else size - 1
    if last and _position(last) < start:
        return None
    if start >= size:
        raise RangeNotSatisfiable(header[:64])
    return start, end


def _position(digits: str) -> int:
    """A byte position from its digits; any position too long to be real is `_BEYOND`.

    >>> _position("0042"), _position("1" * 5000) == _BEYOND
    (42, True)
    """
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= _MAX_DIGITS else _BEYOND


def resolve(root: Path, raw_path: str) -> tuple[int, Path | None]:
    """Map a request path to a file under `root`: (status, path); path only when status is 200.

    `root` must already be resolved.  Directories map to their index.html.
    """
    path = unquote(urlsplit(raw_path).path, errors="strict") if raw_path else "/"
    if "\x00" in path:
        return HTTPStatus.BAD_REQUEST, None
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if any(p == ".." or "\\" in p for p in parts):
        return HTTPStatus.FORBIDDEN, None
    if any(_PRIVATE.match(p) for p in parts):
        return HTTPStatus.NOT_FOUND, None
    target = root.joinpath(*parts)
    try:
        real = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return HTTPStatus.NOT_FOUND, None
    if not real.is_relative_to(root):
        return HTTPStatus.FORBIDDEN, None
    if real.is_dir():
        real = real / "index.html"
        if not real.is_file():
            return HTTPStatus.NOT_FOUND, None
    return (HTTPStatus.OK, real) if real.is_file() else (HTTPStatus.NOT_FOUND, None)


def etag_of(st: os.stat_result) -> str:
    """A strong validator from size and modification time (files are replaced, never edited)."""
    return f'"{st.st_size:x}-{st.st_mtime_ns:x}"'


class Handler(BaseHTTPRequestHandler):
    """GET/HEAD of files under `root`, with Range, conditional requests and exact MIME types."""

    server_version = "audiopaper"
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: object, root: Path, quiet: bool = False,
                 idle_timeout: float = IDLE_TIMEOUT_S, **kwargs: object) -> None:
        self.root = root
        self.quiet = quiet
        self.idle_timeout = idle_timeout
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def setup(self) -> None:
        """The socket times out when idle, so a silent keep-alive connection is closed."""
        super().setup()
        self.connection.settimeout(self.idle_timeout)

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def _status_only(self, status: int, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status == HTTPStatus.NOT_MODIFIED:  # RFC 9110 15.4.5: no content, no body at all
            self.end_headers()
            return
        text = f"{status} {HTTPStatus(status).phrase}\n".encode()
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(text)

    def _not_modified(self, etag: str, mtime: float) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return inm.strip() == "*" or etag in [t.strip().removeprefix("W/") for t in inm.split(",")]
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return int(mtime) <= email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def _serve(self, body: bool) -> None:
        try:
            status, path = resolve(self.root, self.path)
        except UnicodeDecodeError:
            status, path = HTTPStatus.BAD_REQUEST, None
        if path is None:
            self._status_only(status)
            return
        if path.name == "index.html" and not urlsplit(self.path).path.endswith(("/", ".html")):
            # A folder asked for without its slash: redirect, so relative links on the page work.
            self._status_only(HTTPStatus.MOVED_PERMANENTLY,
                              {"Location": urlsplit(self.path).path + "/"})
            return
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            etag = etag_of(st)
            common = {"ETag": etag, "Last-Modified": email.utils.formatdate(st.st_mtime, usegmt=True),
                      "Accept-Ranges": "bytes", "Access-Control-Allow-Origin": "*",
                      "Cache-Control": "no-cache"}
            if self._not_modified(etag, st.st_mtime):
                self._status_only(HTTPStatus.NOT_MODIFIED, common)
                return
            if_range = self.headers.get("If-Range")
            use_range = if_range is None or if_range.strip() == etag
            try:
                span = parse_range(self.headers.get("Range"), st.st_size) if use_range else None
            except RangeNotSatisfiable:
                self._status_only(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                                  {**common, "Content-Range": f"bytes */{st.st_size}"})
                return
            start, end = span if span else (0, st.st_size - 1)
            self.send_response(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK)
            for k, v in common.items():
                self.send_header(k, v)
            self.send_header("Content-Type", content_type(path.name))
            self.send_header("Content-Length", str(end - start + 1))
            if span:
                self.send_header("Content-Range", f"bytes {start}-{end}/{st.st_size}")
            self.end_headers()
            if body:
                self._copy(f, start, end - start + 1)

    def _copy(self, f: BinaryIO, start: int, length: int) -> None:
        f.seek(start)
        try:
            while length > 0:
                block = f.read(min(CHUNK, length))
                if not block:
                    break
                self.wfile.write(block)
                length -= len(block)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True  # the listener skipped ahead, hung up or stalled


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = BACKLOG

    def handle_error(self, request: object, client_address: object) -> None:
        """A listener hanging up mid-request is normal (apps cancel and re-seek); stay quiet."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def make_server(out_dir: Path | str, host: str = "127.0.0.1", port: int = 8000,
                quiet: bool = False, idle_timeout: float = IDLE_TIMEOUT_S) -> _Server:
    """A ready (not yet running) server for `out_dir`; port 0 picks a free port; a connection
    silent for `idle_timeout` seconds is closed."""
    root = Path(out_dir).resolve()
    if not root.is_dir():
        raise PublishError("not a folder", out_dir)
    try:
        server = _Server((host, port), partial(Handler, root=root, quiet=quiet,
                                                    idle_timeout=idle_timeout))
    except OSError as e:
        raise PublishError(f"cannot listen on {host}:{port}: {e.strerror}") from None
    return server


def serve(out_dir: Path | str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve `out_dir` until interrupted."""
    server = make_server(out_dir, host, port)
    h, p = str(server.server_address[0]), server.server_address[1]
    print(f"serving {Path(out_dir)} at http://{h}:{p}/ (feed: http://{h}:{p}/feed.xml)",
          file=sys.stderr)
    from audiopaper.publish.lint import served_elsewhere

    elsewhere = served_elsewhere(out_dir, f"http://{h}:{p}/")
    if elsewhere:
        print(f"warning: {elsewhere}", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
