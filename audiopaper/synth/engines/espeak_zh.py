"""What the offline espeak-ng voice is given for Mandarin: polyphones spelt in pinyin.

espeak-ng's Mandarin dictionary reads a character by its own word list, and that list joins
characters across word boundaries (为重 in 为重庆 is read as one word, wéizhòng, so 重庆 comes
out zhòngqìng).  The Mandarin frontend (`mandarin_text`: jieba words, pypinyin's phrase
dictionary and our polyphone tables) knows the words; every character with more than one
reading is handed to espeak as that reading in tone-numbered pinyin (`chong2`), which
espeak's Mandarin voice reads as written.  Characters with one reading stay characters, so
espeak's own voice is otherwise untouched.

`espeak_text` also returns, for each character of what espeak gets, the position of the
character of the original text it stands for, so espeak's sentence events (character
positions) still point into the original text.
"""
from __future__ import annotations

import re
from functools import lru_cache

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SYLLABLE = re.compile(r"^[a-z]+[1-5]$")
_LETTER = re.compile(r"[A-Za-z0-9]")
# Syllables espeak-ng's Mandarin voice cannot say from pinyin (its cmn rules have no -iong,
# nor a syllabic m or n): it reads them as English words and takes the pinyin glued to them
# along ("xiong1di4" → English "x-iong-one-d-i-four").  Such a syllable stays a character.
_UNSPEAKABLE = re.compile(r"^(?:[jqx]iong|hm|hng|ng|m|n)[1-5]$")


@lru_cache(maxsize=8192)
def is_polyphone(char: str) -> bool:
    """True when pypinyin knows more than one reading of `char` (tones count).

    >>> is_polyphone("重"), is_polyphone("庆"), is_polyphone("行")
    (True, False, True)
    """
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)
    return len(set(readings[0])) > 1 if readings else False


def espeak_text(text: str) -> tuple[str, list[int]]:
    """(the text espeak-ng is given, for each of its characters the index in `text` of the
    character it comes from).

    >>> sent, index = espeak_text("为重庆市民服务。")
    >>> sent
    'wei4chong2庆shi4民fu2务。'
    >>> index[:4], index[-1]
    ([0, 0, 0, 0], 7)
    """
    if not _HAN.search(text):
        return text, list(range(len(text)))
    from audiopaper.synth.engines.mandarin_text import readings

    heard = iter(readings(text))
    pending = next(heard, None)
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        piece = char
        if pending is not None and _HAN.match(char) and pending[0] == char:
            reading = pending[1]
            pending = next(heard, None)
            if is_polyphone(char) and _SYLLABLE.match(reading) and reading != "r5" \
                    and not _UNSPEAKABLE.match(reading):
                piece = reading
                if out and _LETTER.match(out[-1][-1:]) and not out[-1][-1:].isdigit():
                    piece = " " + piece   # never glue a syllable onto a Latin word
                elif out and out[-1][-1:].isdigit() and piece[0] in "aeo":
                    piece = " " + piece   # nan2 er2, not nan2er2: where the syllables part
        out.append(piece)
        index += [i] * len(piece)
    return "".join(out), index


def original_position(index: list[int], pos: int, length: int) -> int:
    """Map espeak's 1-based character position in the text it was given back to a 1-based
    position in the original text (`length` characters long).

    >>> original_position([0, 0, 0, 0, 1, 2], 5, 3), original_position([0, 1], 9, 2)
    (2, 3)
    """
    if 1 <= pos <= len(index):
        return index[pos - 1] + 1
    return length + 1 if pos > len(index) else pos


# espeak-ng's Mandarin phoneme mnemonics end each syllable with its tone contour (55, 35,
# 214, 51; 11 neutral); a nasal coda (n, N) follows the contour.
_TONE = re.compile(r"(214|55|35|51|11)")
_VOWEL = set("aeiouyAEIOUV@3")


def espeak_phonemes(texts: list[str], voice: str = "cmn") -> list[str]:
    """espeak-ng's phoneme mnemonics for each text, clause by clause (espeak_TextToPhonemes),
    from the library the offline engine speaks with.

    Asked in a child process: espeak_TextToPhonemes leaves the library's clause state
    changed, and speech synthesised after it in the same process loses sentence events.
    """
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "audiopaper.synth.engines.espeak_zh", voice],
                          input=json.dumps(texts), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"espeak-ng phonemes failed: {done.stderr.strip()[-300:]}")
    return list(json.loads(done.stdout))


def _phonemes_here(texts: list[str], voice: str) -> list[str]:
    """The child process's side of `espeak_phonemes`."""
    import ctypes

    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    lib.espeak_TextToPhonemes.argtypes = [ctypes.POINTER(ctypes.c_char_p), ctypes.c_int,
                                          ctypes.c_int]
    lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
    if lib.espeak_Initialize(2, 0, str(espeakng_loader.get_data_path()).encode(), 0x8000) <= 0:
        raise OSError("espeak_Initialize failed")
    lib.espeak_SetVoiceByName(voice.encode())
    out = []
    for text in texts:
        buf = ctypes.c_char_p(text.encode("utf-8"))
        ptr = ctypes.pointer(buf)
        parts = []
        while buf.value:
            parts.append((lib.espeak_TextToPhonemes(ptr, 1, 0) or b"").decode("utf-8", "replace"))
        out.append(" ".join(parts))
    return out


def phoneme_syllables(phonemes: str) -> list[str]:
    """espeak's Mandarin phonemes cut into syllables (stress and word marks dropped).  A
    word boundary (`_|`, space) always ends a syllable, so a nasal before one is a coda
    (现 恶: S;iE51n | o-51, not S;iE51 | no-51).

    >>> phoneme_syllables("wei35ts.'ong51_| tS;h'i51N_|")
    ['wei35', 'ts.ong51', 'tS;hi51N']
    >>> phoneme_syllables("ji214nl'i214N_| ji35nX'A35N")
    ['ji214n', 'li214N', 'ji35n', 'XA35N']
    >>> phoneme_syllables("S;'iE51n_| o-51Xw'A51_|")
    ['S;iE51n', 'o-51', 'XwA51']
    """
    out: list[str] = []
    for chunk in re.split(r"_\||\s+", phonemes):
        out += _chunk_syllables(re.sub(r"[',_| ]|\([a-z]+\)", "", chunk))
    return out


def _chunk_syllables(clean: str) -> list[str]:
    """The syllables of one word of espeak's phonemes (marks already dropped)."""
    out: list[str] = []
    start = 0
    for m in _TONE.finditer(clean):
        end = m.end()
        if end < len(clean) and clean[end] == "N":
            end += 1
        elif (end < len(clean) and clean[end] == "n"
              and (end + 1 >= len(clean) or clean[end + 1] not in _VOWEL)):
            end += 1
        if end > start and m.start() >= start:
            out.append(clean[start:end])
            start = end
    return out


if __name__ == "__main__":   # the child process of espeak_phonemes: JSON list in, list out
    import json
    import sys

    sys.stdout.write(json.dumps(_phonemes_here(json.loads(sys.stdin.read()), sys.argv[1])))
