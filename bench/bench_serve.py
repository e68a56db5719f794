"""Bench: `audiopaper serve` holding a crowd — N concurrent requests on loopback.

The server runs as its own process (`python -m audiopaper serve`), as it does for a user, on
a folder with a feed and an episode file.  N client threads each open a fresh connection at
the same moment and fetch the feed, then a byte range of the episode (what a podcast app does
on refresh and on play).  Printed: how many were answered, and the latency distribution
(p50, p95, max) of a whole request, plus how many waited over 1 s (a full listen queue shows
up as connections retried after 1 s, 3 s, 7 s).

    python bench/bench_serve.py [--clients 200] [--episode-mb 4]

Target: all N answered, none waiting over 1 s on a loopback (backlog large enough for N).
"""
from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(port: int, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"the server did not start on port {port}")


def one_client(port: int, barrier: threading.Barrier, out: list[tuple[float, int, str]]) -> None:
    barrier.wait()
    start = time.perf_counter()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", "/feed.xml")
        feed = conn.getresponse()
        feed.read()
        conn.request("GET", "/2024-05-01/episode.mp3", headers={"Range": "bytes=0-262143"})
        part = conn.getresponse()
        part.read()
        conn.close()
        out.append((time.perf_counter() - start, part.status, ""))
    except OSError as e:
        out.append((time.perf_counter() - start, 0, type(e).__name__))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--episode-mb", type=int, default=4)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        out = Path(tmp) / "out"
        (out / "2024-05-01").mkdir(parents=True)
        (out / "2024-05-01" / "episode.mp3").write_bytes(os.urandom(args.episode_mb << 20))
        (out / "feed.xml").write_text("<rss version='2.0'><channel><title>bench</title>"
                                      + "<item><title>x</title></item>" * 200
                                      + "</channel></rss>", encoding="utf-8")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "audiopaper", "serve", str(out),
                                   "--port", str(port)], cwd=REPO, stderr=subprocess.DEVNULL)
        try:
            wait_for(port)
            results: list[tuple[float, int, str]] = []
            barrier = threading.Barrier(args.clients)
            threads = [threading.Thread(target=one_client, args=(port, barrier, results))
                       for _ in range(args.clients)]
            began = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)
    ok = [s for s, status, _ in results if status == 206]
    failed = [why or str(status) for _, status, why in results if status != 206]
    times = sorted(s for s, _, _ in results)
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"clients {args.clients}: answered {len(ok)}, failed {len(failed)} "
          f"{sorted(set(failed)) if failed else ''}")
    print(f"request latency: p50 {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {times[-1] * 1000:.0f} ms; over 1 s: {sum(1 for t in times if t > 1)}; "
          f"wall {wall:.2f} s")


if __name__ == "__main__":
    main()
