"""ID3v2 tags with mutagen: title, paper as artist and album, date, cover, chapters.

Written as ID3v2.3, the version podcast apps read most widely: the date goes through mutagen's
`update_to_v23()`, so the tag carries TYER/TDAT and not the v2.4-only TDRC.  Chapters are CHAP
frames (one per part, titled with its headline) under one ordered top-level CTOC, stored in
time order: mutagen sorts frames of one kind by size, and ffprobe and some apps list CHAP
frames in the order they are stored.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mutagen.id3 import (
    APIC,
    CHAP,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TRCK,
    CTOCFlags,
    Encoding,
    PictureType,
)
from mutagen.id3._tags import save_frame

from audiopaper.model import Chapter

ISO_639_2 = {"zh": "zho", "en": "eng"}


class _TimeOrderedID3(ID3):  # type: ignore[misc]  # mutagen is untyped
    """ID3 whose CHAP frames are written in order of their start, other frames as mutagen
    orders them (title first, pictures last)."""

    def _write(self, config: Any) -> bytearray:
        frames = sorted(self.values(), key=lambda f: (
            f.FrameID == "APIC", f.FrameID == "CHAP",
            f.start_time if f.FrameID == "CHAP" else 0))
        return bytearray().join(save_frame(f, config=config) for f in frames)


def write_tags(path: Path, *, title: str, paper: str, date: str, lang: str,
               cover: tuple[bytes, str] | None = None,
               chapters: Sequence[Chapter] = (), track: tuple[int, int] | None = None) -> None:
    """Replace the tags of the MP3 at `path`; `cover` is (image bytes, MIME type)."""
    tags = _TimeOrderedID3()
    utf16 = Encoding.UTF16   # v2.3 has no UTF-8; UTF-16 carries CJK titles safely
    tags.add(TIT2(encoding=utf16, text=title))
    tags.add(TPE1(encoding=utf16, text=paper))
    tags.add(TALB(encoding=utf16, text=paper))
    tags.add(TDRC(encoding=utf16, text=date))
    tags.add(TCON(encoding=utf16, text="Podcast"))
    tags.add(TLAN(encoding=utf16, text=ISO_639_2.get(lang, lang)))
    if track:
        tags.add(TRCK(encoding=utf16, text=f"{track[0]}/{track[1]}"))
    if cover:
        data, mime = cover
        tags.add(APIC(encoding=utf16, mime=mime, type=PictureType.COVER_FRONT,
                      desc="cover", data=data))
    if chapters:
        ids = [f"ch{i}" for i in range(1, len(chapters) + 1)]
        tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                      child_element_ids=ids, sub_frames=[TIT2(encoding=utf16, text=title)]))
        for cid, ch in zip(ids, chapters):
            tags.add(CHAP(element_id=cid, start_time=ch.start_ms, end_time=ch.end_ms,
                          start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,
                          sub_frames=[TIT2(encoding=utf16, text=ch.title)]))
    tags.update_to_v23()
    tags.save(path, v2_version=3)
