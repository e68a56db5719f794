"""The offline engine, for real: espeak-ng from the wheel speaks Mandarin and English."""
from __future__ import annotations

import array
import asyncio
import io
import wave

import pytest

from audiopaper.errors import InputError
from audiopaper.synth.checks import min_plausible_ms
from audiopaper.synth.engine import Speech, VoiceSpec
from audiopaper.synth.engines.espeak import EspeakEngine

ZH = "今天上午，市政府宣布新的城市公园正式对外开放。公园占地三百亩，设有步道和湖泊！市民们纷纷前来参观。"
EN = "The city opened a new park on Monday. It has trails and a lake! Residents came to visit."


def speak(text: str, voice: str, rate: str = "+0%") -> Speech:
    return asyncio.run(EspeakEngine().synthesize(text, VoiceSpec("espeak", voice, rate=rate)))


def wav_info(data: bytes) -> tuple[int, int, float]:
    """(sample rate, duration ms, RMS level) of WAV bytes."""
    with wave.open(io.BytesIO(data)) as w:
        rate, frames = w.getframerate(), w.readframes(w.getnframes())
    samples = array.array("h", frames)
    rms = (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5
    return rate, len(samples) * 1000 // rate, rms


@pytest.mark.parametrize("text,voice,sentences", [(ZH, "cmn", 3), (EN, "en-us", 3)])
def test_speaks_with_plausible_duration_and_ordered_boundaries(text: str, voice: str,
                                                               sentences: int) -> None:
    speech = speak(text, voice)
    rate, ms, rms = wav_info(speech.audio)
    assert speech.fmt == "wav" and rate == 22050
    # between a fast newsreader's pace and four times slower than it
    assert min_plausible_ms(text) <= ms <= 8 * min_plausible_ms(text)
    assert rms > 500, "audio is (nearly) silent"
    starts = [b.offset_ms for b in speech.boundaries]
    assert len(speech.boundaries) == sentences
    assert starts == sorted(starts) and starts[0] == 0 and starts[-1] < ms
    assert "".join(b.text for b in speech.boundaries).replace(" ", "") == text.replace(" ", "")


def test_rate_changes_duration() -> None:
    slow = wav_info(speak(EN, "en-us", "-30%").audio)[1]
    fast = wav_info(speak(EN, "en-us", "+50%").audio)[1]
    assert fast < slow * 0.75


def test_voice_variant_accepted_and_unknown_voice_rejected_before_speaking() -> None:
    engine = EspeakEngine()
    engine.check_voice(VoiceSpec("espeak", "cmn+f3"))
    with pytest.raises(InputError, match="no voice 'nonexist'"):
        engine.check_voice(VoiceSpec("espeak", "nonexist"))


def test_version_names_the_library() -> None:
    assert EspeakEngine().version().startswith("espeak-ng 1.")


def test_unknown_variant_rejected() -> None:
    with pytest.raises(InputError):
        EspeakEngine().check_voice(VoiceSpec("espeak", "cmn+nosuchvariant"))
