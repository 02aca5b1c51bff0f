"""ID3 v2.3 tags (mutagen): title, album, artist, track, year, cover, a synthetic-voice note, chapters."""

from __future__ import annotations

import io

from mutagen.id3 import APIC, CHAP, COMM, CTOC, ID3, TALB, TIT2, TPE1, TRCK, TYER, CTOCFlags, Encoding

from publisher.model import Chapter, Tags

TOC_ID = "toc"


def _chapter_frames(chapters: tuple[Chapter, ...], images: tuple[bytes, ...]) -> list[CHAP | CTOC]:
    """CHAP frames in time order (each with its picture, a PNG, where it has one) and the top-level,
    ordered CTOC that lists them."""
    pictures = [
        [APIC(encoding=Encoding.LATIN1, mime="image/png", type=0, desc="Chapter", data=image)] if image else []
        for image in (images or (b"",) * len(chapters))
    ]
    ids = [f"chp{number}" for number in range(1, len(chapters) + 1)]
    frames: list[CHAP | CTOC] = [
        CTOC(
            element_id=TOC_ID,
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=Encoding.UTF16, text=["Sections"])],
        )
    ]
    frames.extend(
        CHAP(
            element_id=element_id,
            start_time=round(chapter.start * 1000),
            end_time=round(chapter.end * 1000),
            start_offset=0xFFFFFFFF,
            end_offset=0xFFFFFFFF,
            sub_frames=[TIT2(encoding=Encoding.UTF16, text=[chapter.title]), *picture],
        )
        for element_id, chapter, picture in zip(ids, chapters, pictures, strict=True)
    )
    return frames


def tag_mp3(data: bytes, tags: Tags, chapters: tuple[Chapter, ...] = ()) -> bytes:
    """The MP3 with an ID3 v2.3 tag in front (sizes must be measured after this)."""
    id3 = ID3()
    # ID3 v2.3 has no UTF-8; UTF-16 keeps any title readable.
    id3.add(TIT2(encoding=Encoding.UTF16, text=[tags.title]))
    id3.add(TALB(encoding=Encoding.UTF16, text=[tags.album]))
    id3.add(TPE1(encoding=Encoding.UTF16, text=[tags.artist]))
    id3.add(TRCK(encoding=Encoding.LATIN1, text=[f"{tags.track}/{tags.track_total}"]))
    id3.add(TYER(encoding=Encoding.LATIN1, text=[str(tags.year)]))
    id3.add(COMM(encoding=Encoding.UTF16, lang="eng", desc="", text=[tags.comment]))
    if tags.cover:
        id3.add(APIC(encoding=Encoding.LATIN1, mime=tags.cover.mime_type, type=3, desc="Cover", data=tags.cover.data))
    for frame in _chapter_frames(chapters, tags.chapter_images) if chapters else []:
        id3.add(frame)
    buffer = io.BytesIO(data)
    id3.save(buffer, v2_version=3, padding=lambda info: 0)
    return buffer.getvalue()
