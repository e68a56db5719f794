"""ID3v2 tags with mutagen: title, paper as artist and album, date, cover, chapters.

Written as ID3v2.3, the version podcast apps read most widely; chapters are CHAP frames (one
per article, titled with its headline) under one ordered top-level CTOC.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from mutagen.id3 import (APIC, CHAP, CTOC, ID3, TALB, TCON, TDRC, TIT2, TLAN, TPE1, TRCK,
                         CTOCFlags, Encoding, PictureType)

from audiopaper.model import Chapter

ISO_639_2 = {"zh": "zho", "en": "eng"}


def write_tags(path: Path, *, title: str, paper: str, date: str, lang: str,
               cover: tuple[bytes, str] | None = None,
               chapters: Sequence[Chapter] = (), track: tuple[int, int] | None = None) -> None:
    """Replace the tags of the MP3 at `path`; `cover` is (image bytes, MIME type)."""
    tags = ID3()
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
    tags.save(path, v2_version=3)
