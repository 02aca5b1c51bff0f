"""The picture record: a symbol chosen for one block of a section, and where it is published."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Picture:
    """A symbol shown beside one block of a section: what it stands for, and its file from its set."""

    block: int  # index of the block it stands beside
    concept: str
    symbol: str  # its name in its set (an OpenMoji code point sequence, or a file of the user's folder)
    file_name: str
    data: bytes = field(repr=False)
    set_name: str = ""
    licence: str = ""
    url: str = ""  # where the set comes from, for the credit

    @property
    def mime_type(self) -> str:
        """The picture's media type, from its file name."""
        return "image/svg+xml" if self.file_name.endswith(".svg") else "image/png"


def picture_path(briefing_slug: str, file_name: str) -> str:
    """Where a picture shown on a briefing's page (or its chapter image) is published."""
    return f"{briefing_slug}/pictures/{file_name}"


def chapter_image_name(picture: Picture) -> str:
    """The file name of the PNG made of a picture for a podcast chapter."""
    return picture.file_name if picture.file_name.endswith(".png") else f"{picture.symbol}.chapter.png"
