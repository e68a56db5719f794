"""The online engine: Microsoft Edge's neural voices through the real `edge-tts` client.

Nothing of the client is replaced.  We only choose its endpoint (`edge_tts.communicate.WSS_URL`,
`edge_tts.voices.VOICE_LIST`) when one is configured, via the constructor or the environment
(`AUDIOPAPER_EDGE_WSS_URL`, `AUDIOPAPER_EDGE_VOICES_URL`; URLs must already contain `?`, as
the client appends `&...`), so a test or a relay can stand in for the service.  How long one
request may take in all comes from the constructor or `AUDIOPAPER_EDGE_TIMEOUT` (seconds).

The client's own weaknesses are handled here: a connection closed before `turn.end` yields
partial audio without an error (edge-tts #190), which we detect from the client's state and
raise as AudioTruncated; every transport and protocol failure becomes a SynthError that the
caller retries.  The client corrects a 403 clock-skew once by itself.
"""
from __future__ import annotations

import asyncio
import json
import os
from typing import Any

import aiohttp
import edge_tts
from edge_tts.data_classes import TTSConfig
from edge_tts.exceptions import EdgeTTSException, NoAudioReceived

from audiopaper.errors import AudioTruncated, EngineUnavailable, InputError, SynthError
from audiopaper.synth.engine import Boundary, Speech, VoiceSpec

WSS_ENV = "AUDIOPAPER_EDGE_WSS_URL"
VOICES_ENV = "AUDIOPAPER_EDGE_VOICES_URL"
TIMEOUT_ENV = "AUDIOPAPER_EDGE_TIMEOUT"
REQUEST_TIMEOUT_S = 60.0
_TICKS_PER_MS = 10_000  # edge offsets are in 100 ns ticks


def _endpoint(url: str | None, env: str) -> str | None:
    url = url or os.environ.get(env) or None
    if url is not None and "?" not in url:
        raise InputError(f"{env}: the endpoint must already contain '?', got {url!r}")
    return url


def _timeout(seconds: float | None) -> float:
    """The request timeout given, else `$AUDIOPAPER_EDGE_TIMEOUT`, else 60 s."""
    if seconds is not None:
        return seconds
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return REQUEST_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value < 3600:
        raise InputError(f"{TIMEOUT_ENV}: must be seconds in (0, 3600), got {raw!r}")
    return value


class EdgeEngine:
    """edge-tts with sentence boundaries; each `synthesize` call is one websocket request.

    connect_timeout/receive_timeout go to the client (they bound the handshake);
    request_timeout bounds a whole request, since a server that accepts and then stays
    silent is not caught by the client's own timeouts.
    """

    name = "edge"

    def __init__(self, wss_url: str | None = None, voices_url: str | None = None,
                 connect_timeout: int = 10, receive_timeout: int = 30,
                 request_timeout: float | None = None) -> None:
        self.wss_url = _endpoint(wss_url, WSS_ENV)
        self.voices_url = _endpoint(voices_url, VOICES_ENV)
        self.connect_timeout = connect_timeout
        self.receive_timeout = receive_timeout
        self.request_timeout = _timeout(request_timeout)

    def _point_client(self) -> None:
        """Aim the client at our endpoint, if one is configured (else leave its own)."""
        if self.wss_url:
            setattr(edge_tts.communicate, "WSS_URL", self.wss_url)  # noqa: B010 - not exported (mypy)
        if self.voices_url:
            setattr(edge_tts.voices, "VOICE_LIST", self.voices_url)  # noqa: B010

    def version(self) -> str:
        where = self.wss_url or str(getattr(edge_tts.communicate, "WSS_URL"))  # noqa: B009
        return f"edge-tts {edge_tts.__version__} {where.split('?')[0]}"

    def check_voice(self, spec: VoiceSpec) -> None:
        """The client's own check (TTSConfig): a name like zh-CN-XiaoxiaoNeural, valid prosody."""
        try:
            TTSConfig(spec.voice, spec.rate, spec.volume, spec.pitch, "SentenceBoundary")
        except (ValueError, TypeError) as e:
            raise InputError(f"edge voice {spec.voice!r}: {e}") from None

    async def synthesize(self, text: str, spec: VoiceSpec) -> Speech:
        self._point_client()
        client = edge_tts.Communicate(
            text, spec.voice, rate=spec.rate, volume=spec.volume, pitch=spec.pitch,
            boundary="SentenceBoundary", connect_timeout=self.connect_timeout,
            receive_timeout=self.receive_timeout)
        try:
            audio, bounds = await asyncio.wait_for(_collect(client), self.request_timeout)
        except NoAudioReceived:
            raise AudioTruncated("edge: the service ended the turn without audio") from None
        except asyncio.TimeoutError:
            raise SynthError(f"edge: no answer within {self.request_timeout:g} s") from None
        except aiohttp.ClientResponseError as e:
            raise SynthError(f"edge: HTTP {e.status} {e.message}".rstrip()) from None
        except aiohttp.ClientConnectorError as e:
            raise EngineUnavailable(f"edge: cannot connect to the service ({e.os_error})") from None
        except (EdgeTTSException, aiohttp.ClientError, OSError) as e:
            raise SynthError(f"edge: {_describe(e)}") from None
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise SynthError(f"edge: malformed metadata from the service ({_describe(e)})") from None
        if client.state["cumulative_audio_bytes"] != len(audio):
            # the client counts audio bytes into cumulative_audio_bytes only on turn.end
            raise AudioTruncated(f"edge: the stream closed before turn.end after {len(audio)} "
                                 "bytes of audio")
        if not bounds:
            raise AudioTruncated("edge: audio came without any sentence boundary")
        return Speech(audio=audio, fmt="mp3", boundaries=tuple(bounds))


async def _collect(client: edge_tts.Communicate) -> tuple[bytes, list[Boundary]]:
    """Audio bytes and sentence boundaries of one request, as the client streams them."""
    audio = bytearray()
    bounds: list[Boundary] = []
    async for message in client.stream():
        if message["type"] == "audio":
            audio += message["data"]
        elif message["type"] == "SentenceBoundary":
            bounds.append(Boundary(int(message["offset"]) // _TICKS_PER_MS,
                                   int(message["duration"]) // _TICKS_PER_MS, message["text"]))
    return bytes(audio), bounds


def _describe(e: BaseException) -> str:
    if isinstance(e, aiohttp.ClientConnectorError):
        return f"cannot connect ({e.os_error})"
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0]}" if text else type(e).__name__


async def edge_catalogue(voices_url: str | None = None, timeout: float = 8.0) -> list[dict[str, Any]]:
    """The service's voice list (ShortName, Locale, Gender, ...); EngineUnavailable offline."""
    EdgeEngine(voices_url=voices_url)._point_client()
    try:
        return [dict(v) for v in await asyncio.wait_for(edge_tts.list_voices(), timeout)]
    except (asyncio.TimeoutError, aiohttp.ClientError, OSError, EdgeTTSException, ValueError) as e:
        raise EngineUnavailable(f"edge voice list unavailable: {_describe(e)}") from None
