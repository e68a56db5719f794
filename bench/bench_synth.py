"""Synth throughput: an edition of 20 articles against the local edge fake, 300 ms a request.

Prints wall time with --jobs 1 and --jobs 4 (fresh caches, same run, same server; target:
jobs=4 at least 3x faster) and a rerun with the warm cache, which must make zero requests
(counted on the server).  The fake runs in its own process, as a remote service would, and
its synthesis is warmed first, so the timed runs see the 300 ms latency per request plus our
own work (client, checks, cache, joining).

    python bench/bench_synth.py [--articles 20] [--latency 0.3]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from audiopaper.model import Script, Segment
from audiopaper.synth import RenderSettings, render_scripts
from audiopaper.synth.cache import ChunkCache
from audiopaper.synth.engines.edge import EdgeEngine

REPO = Path(__file__).resolve().parents[1]
FAKE = REPO / "tests" / "synth" / "edge_fake.py"
TOKEN = "6A5AA1D4EAFF4E9FB37E23D68491D6F4"  # edge-tts's TrustedClientToken


def edition(count: int) -> list[Script]:
    """`count` distinct scripts made from the example edition's articles (cycled, numbered)."""
    articles = [a for gold in sorted((REPO / "examples").glob("*/*/gold.json"))
                for a in json.loads(gold.read_text(encoding="utf-8"))["articles"]]
    scripts = []
    for i in range(count):
        a = articles[i % len(articles)]
        body = f"第{i + 1}篇。" + "".join(a["paragraphs"])
        scripts.append(Script(f"art-{i + 1:02d}", "zh", a["headline"] or a["id"], (
            Segment(a["headline"] or f"第{i + 1}篇", "headline", 700),
            Segment(body, "body", 0))))
    return scripts


class Server:
    """The fake edge service in a child process; `handshakes()` asks it how many it saw."""

    def __init__(self, latency: float) -> None:
        self.proc = subprocess.Popen([sys.executable, str(FAKE), "--latency", str(latency)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.startswith("PORT "):
            raise SystemExit(f"the fake did not start: {line!r}")
        self.port = int(line.split()[1])

    def handshakes(self) -> int:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/stats") as answer:
            return int(json.load(answer)["handshakes"])

    def engine(self) -> EdgeEngine:
        return EdgeEngine(wss_url=f"ws://127.0.0.1:{self.port}/edge/v1?TrustedClientToken={TOKEN}")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def timed(server: Server, scripts: list[Script], cache_dir: Path, jobs: int) -> tuple[float, int]:
    before = server.handshakes()
    start = time.perf_counter()
    report = render_scripts(scripts,
                            RenderSettings(server.engine(), jobs=jobs),
                            cache=ChunkCache(cache_dir))
    wall = time.perf_counter() - start
    if report.failures:
        raise SystemExit(f"failures: {report.failures}")
    return wall, server.handshakes() - before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    scripts = edition(args.articles)
    server = Server(args.latency)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            timed(server, scripts, root / "warmup", jobs=4)  # the server memoises its MP3s
            one, requests = timed(server, scripts, root / "jobs1", jobs=1)
            four, requests4 = timed(server, scripts, root / "jobs4", jobs=4)
            warm, rerun_requests = timed(server, scripts, root / "jobs4", jobs=4)
    finally:
        server.close()
    print(f"edition: {len(scripts)} articles, {requests} requests, "
          f"{args.latency * 1000:.0f} ms latency each (fake in its own process)")
    print(f"jobs=1: {one:6.2f} s   ({requests} requests)")
    print(f"jobs=4: {four:6.2f} s   ({requests4} requests)   speed-up {one / four:.2f}x "
          "(target >= 3x)")
    print(f"rerun, warm cache: {warm:6.2f} s   requests {rerun_requests} (target 0)")


if __name__ == "__main__":
    main()
