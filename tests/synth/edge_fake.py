"""A local stand-in for the edge-tts service, for tests and benchmarks without the internet.

It speaks the service's websocket protocol to the real `edge_tts` client: in come a
`speech.config` and an `ssml` text message; out go `turn.start`, binary audio frames (a
2-byte header length, `Path:audio` headers, MP3 bytes), `audio.metadata` messages with
SentenceBoundary offsets in 100 ns ticks, and `turn.end`.  The audio is real speech: espeak-ng
reads the requested text and ffmpeg encodes it as the service does (24 kHz mono 48 kbit/s
MP3).  The handshake checks the Sec-MS-GEC token against the server's own clock, so a skewed
clock gets a 403 with a Date header, as the service does.

Faults are queued per connection (`faults.append("drop")`) or set for texts containing a
marker (`fail_texts["B-marker"] = "drop"`):

    drop          stream part of the audio, then close without turn.end (silent truncation)
    short         every sentence boundary, but only the first third of the audio, then a clean
                  end-of-audio frame and turn.end (the client cannot tell; only the length can)
    garbage       the second half of the audio replaced by random bytes, then a clean turn.end
    stall         stream part of the audio, then stay silent for `slow_s` seconds (no close)
    no_audio      turn.start then turn.end, no audio
    403           handshake refused with 403 (correct Date)
    503           handshake refused with 503
    slow          accept, then stay silent for `slow_s` seconds
    unknown_path  a text message with an unknown Path
    bad_metadata  an audio.metadata message that is not JSON

Usage: `with FakeEdge(latency_s=0.3) as fake: EdgeEngine(wss_url=fake.wss_url)`, or as its
own process (as a remote service would be, not sharing the client's interpreter):
`python tests/synth/edge_fake.py --latency 0.3` prints `PORT <n>`, serves `GET /stats` with
its counters, and stops when its stdin closes.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import deque
from email.utils import formatdate
from types import TracebackType
from xml.sax.saxutils import unescape

from aiohttp import WSMsgType, web
from edge_tts.constants import TRUSTED_CLIENT_TOKEN
from edge_tts.drm import generate_sec_ms_gec_v2

from audiopaper.common.media import ffmpeg_exe
from audiopaper.synth.engine import VoiceSpec
from audiopaper.synth.engines.espeak import Prosody, _backend

FRAME_BYTES = 144  # one MPEG-2 Layer III frame at 48 kbit/s, 24 kHz
BYTES_PER_MS = 6  # 48 kbit/s
TICKS_PER_MS = 10_000
VOICES = [
    {"Name": f"Microsoft Server Speech Text to Speech Voice ({loc}, {name})",
     "ShortName": f"{loc}-{name}", "Gender": gender, "Locale": loc,
     "SuggestedCodec": "audio-24khz-48kbitrate-mono-mp3", "FriendlyName": f"Microsoft {name}",
     "Status": "GA", "VoiceTag": {"ContentCategories": ["News"], "VoicePersonalities": []}}
    for loc, name, gender in (("zh-CN", "XiaoxiaoNeural", "Female"),
                              ("zh-CN", "YunxiNeural", "Male"),
                              ("zh-CN", "YunjianNeural", "Male"),
                              ("en-US", "AriaNeural", "Female"),
                              ("en-US", "GuyNeural", "Male"))
]


class FakeEdge:
    """The fake service, run on its own event loop in a thread (see module docstring)."""

    def __init__(self, latency_s: float = 0.0, slow_s: float = 5.0,
                 clock_skew_s: float = 0.0) -> None:
        self.latency_s = latency_s
        self.slow_s = slow_s
        self.clock_skew_s = clock_skew_s
        self.faults: deque[str] = deque()
        self.fail_texts: dict[str, str] = {}
        self.handshakes = 0  # websocket connection attempts, refused ones included
        self.syntheses = 0  # ssml requests answered with audio
        self.texts: list[str] = []
        self.answered: list[str] = []  # texts whose whole audio was sent, with turn.end
        self._audio: dict[tuple[str, str], tuple[bytes, list[tuple[int, int, str]]]] = {}
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> "FakeEdge":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/edge/v1", self._websocket)
        app.router.add_get("/voices/list", self._voices)
        app.router.add_get("/stats", self._stats)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def _stop(self) -> None:
        """Close the server, then end handlers still sleeping (the `slow` fault)."""
        await self._runner.cleanup()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    @property
    def wss_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/edge/v1?TrustedClientToken={TRUSTED_CLIENT_TOKEN}"

    @property
    def voices_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/voices/list?trustedclienttoken={TRUSTED_CLIENT_TOKEN}"

    # -- handshake -------------------------------------------------------------------------

    def _now(self) -> float:
        return time.time() + self.clock_skew_s

    def _refusal(self, request: web.Request, fault: str | None) -> web.Response | None:
        """403/503 as the service gives them; a token from a skewed clock is refused too."""
        date = {"Date": formatdate(self._now(), usegmt=True)}
        if fault == "503":
            return web.Response(status=503, text="Service Unavailable", headers=date)
        token = request.query.get("Sec-MS-GEC", "")
        now = self._now()
        valid = {generate_sec_ms_gec_v2(now), generate_sec_ms_gec_v2(now - 300)}
        if fault == "403" or token not in valid or "Sec-MS-GEC-Version" not in request.query:
            return web.Response(status=403, text="Forbidden", headers=date)
        return None

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response({"handshakes": self.handshakes, "syntheses": self.syntheses})

    async def _voices(self, request: web.Request) -> web.Response:
        return self._refusal(request, None) or web.json_response(VOICES)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        with self._lock:
            self.handshakes += 1
            fault = self.faults.popleft() if self.faults else None
        refusal = self._refusal(request, fault)
        if refusal is not None:
            return refusal
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        try:
            await self._serve(ws, fault)
        finally:
            await ws.close()
        return ws

    # -- one turn ----------------------------------------------------------------------------

    async def _serve(self, ws: web.WebSocketResponse, fault: str | None) -> None:
        messages = {}
        while "ssml" not in messages:
            msg = await ws.receive()
            if msg.type != WSMsgType.TEXT:
                return
            head, _, body = msg.data.partition("\r\n\r\n")
            path = dict(line.split(":", 1) for line in head.split("\r\n")).get("Path")
            messages[path] = body
        if "speech.config" not in messages:
            return
        voice, text = _parse_ssml(messages["ssml"])
        with self._lock:
            self.texts.append(text)
        fault = fault or next((f for m, f in self.fail_texts.items() if m in text), None)
        if fault == "slow":
            await asyncio.sleep(self.slow_s)
            return
        await asyncio.sleep(self.latency_s)
        request_id = uuid.uuid4().hex
        await ws.send_str(_text(request_id, "turn.start",
                                json.dumps({"context": {"serviceTag": request_id}})))
        if fault == "unknown_path":
            await ws.send_str(_text(request_id, "audio.surprise", "{}"))
            return
        if fault != "no_audio":
            audio, sentences = await asyncio.to_thread(self._speech, voice, text)
            if fault == "short":
                audio = audio[:len(audio) // 3 // FRAME_BYTES * FRAME_BYTES]
            elif fault == "garbage":
                half = len(audio) // 2
                audio = audio[:half] + os.urandom(len(audio) - half)
            for i, (start_ms, end_ms, sentence) in enumerate(sentences):
                if fault == "drop" and i == len(sentences) // 2:
                    return  # the connection closes here: no turn.end
                if fault == "stall" and i == len(sentences) // 2:
                    await asyncio.sleep(self.slow_s)
                    return
                body = (json.dumps(_metadata(start_ms, end_ms, sentence)) if fault != "bad_metadata"
                        else '{"Metadata": [{"Type": "SentenceBoundary", "Data": ')
                await ws.send_str(_text(request_id, "audio.metadata", body))
                stop = len(audio) if i == len(sentences) - 1 else min(len(audio), _frame_at(end_ms))
                for pos in range(min(stop, _frame_at(start_ms)) if i else 0, stop, FRAME_BYTES * 32):
                    await ws.send_bytes(_audio(request_id, audio[pos:min(stop, pos + FRAME_BYTES * 32)]))
                if fault == "drop" and len(sentences) == 1:
                    return
                if fault == "stall" and len(sentences) == 1:
                    await asyncio.sleep(self.slow_s)
                    return
            await ws.send_bytes(_audio(request_id, b""))  # the service's end-of-audio frame
            with self._lock:
                self.syntheses += 1
                if fault is None:
                    self.answered.append(text)
        await ws.send_str(_text(request_id, "turn.end", "{}"))

    def _speech(self, voice: str, text: str) -> tuple[bytes, list[tuple[int, int, str]]]:
        """Real speech for `text`: espeak-ng PCM, encoded to MP3 by ffmpeg (memoised)."""
        key = (voice, text)
        if key not in self._audio:
            espeak_voice = "cmn" if voice.startswith("zh") or "(zh-" in voice else "en-us"
            pcm, rate, bounds = _backend().speak(text, espeak_voice,
                                                 Prosody.of(VoiceSpec("espeak", espeak_voice)))
            cmd = [ffmpeg_exe(), "-nostdin", "-v", "error", "-f", "s16le", "-ar", str(rate),
                   "-ac", "1", "-i", "-", "-ar", "24000", "-ac", "1", "-b:a", "48k",
                   "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3", "-"]
            mp3 = subprocess.run(cmd, input=pcm, capture_output=True, check=True).stdout
            sentences = [(b.offset_ms, b.offset_ms + b.duration_ms, b.text) for b in bounds]
            self._audio[key] = (mp3, sentences or [(0, len(mp3) // BYTES_PER_MS, text)])
        return self._audio[key]


def _frame_at(ms: int) -> int:
    return ms * BYTES_PER_MS // FRAME_BYTES * FRAME_BYTES


def _parse_ssml(ssml: str) -> tuple[str, str]:
    voice = re.search(r"<voice name='([^']*)'>", ssml)
    text = re.search(r"<prosody[^>]*>(.*)</prosody>", ssml, re.S)
    return (voice.group(1) if voice else ""), unescape(text.group(1) if text else "")


def _text(request_id: str, path: str, body: str) -> str:
    return (f"X-RequestId:{request_id}\r\nContent-Type:application/json; charset=utf-8\r\n"
            f"Path:{path}\r\n\r\n{body}")


def _audio(request_id: str, data: bytes) -> bytes:
    """A binary audio frame: 2-byte big-endian header length, headers, then the MP3 bytes."""
    kind = "Content-Type:audio/mpeg\r\n" if data else ""
    head = f"X-RequestId:{request_id}\r\n{kind}X-StreamId:{request_id}\r\nPath:audio\r\n".encode()
    return len(head).to_bytes(2, "big") + head + data


def _metadata(start_ms: int, end_ms: int, sentence: str) -> dict[str, object]:
    return {"Metadata": [{"Type": "SentenceBoundary", "Data": {
        "Offset": start_ms * TICKS_PER_MS, "Duration": (end_ms - start_ms) * TICKS_PER_MS,
        "text": {"Text": sentence, "Length": len(sentence), "BoundaryType": "SentenceBoundary"}}}]}


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the edge-tts fake until stdin closes.")
    parser.add_argument("--latency", type=float, default=0.0, help="Seconds before each answer.")
    args = parser.parse_args()
    with FakeEdge(latency_s=args.latency) as fake:
        print(f"PORT {fake.port}", flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
