"""Cover art: a configured image, checked, or a generated 1400x1400 PNG with the title in large type."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from publisher.errors import ConfigError
from publisher.model import Cover

SIZE = 1400
MAX_SIZE = 3000
BACKGROUND = (11, 12, 12)  # near black: white text on it has a contrast ratio above 19:1
FOREGROUND = (255, 255, 255)
ACCENT = (255, 221, 0)
MARGIN = 120


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int
) -> list[str]:
    """Greedy word wrap to a pixel width."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def make_cover(title: str, subtitle: str = "Easy read with audio") -> Cover:
    """A square PNG with the title as large as fits (at most six lines) and a subtitle."""
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = SIZE - 2 * MARGIN
    for size in range(150, 40, -10):
        font = ImageFont.load_default(size=size)
        lines = _wrap(draw, title, font, width)
        if len(lines) <= 6 and all(draw.textlength(line, font=font) <= width for line in lines):
            break
    y = MARGIN
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=FOREGROUND)
        y += int(size * 1.2)
    draw.rectangle((MARGIN, SIZE - MARGIN - 150, MARGIN + 200, SIZE - MARGIN - 135), fill=ACCENT)
    draw.text((MARGIN, SIZE - MARGIN - 100), subtitle, font=ImageFont.load_default(size=64), fill=FOREGROUND)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6)  # optimize=True saves 3 % for 2.7x the time
    return Cover(buffer.getvalue(), "image/png")


def read_cover(path: Path) -> Cover:
    """A configured cover image, checked against Apple's rules: square PNG or JPEG,
    1400 to 3000 pixels."""
    try:
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
    except FileNotFoundError as error:
        raise ConfigError(f"artwork {path} does not exist") from error
    except (OSError, UnidentifiedImageError) as error:
        raise ConfigError(f"artwork {path} is not an image publisher can read") from error
    if kind not in ("PNG", "JPEG"):
        raise ConfigError(f"artwork {path} must be a PNG or JPEG image (it is {kind})")
    if width != height or not SIZE <= width <= MAX_SIZE:
        raise ConfigError(f"artwork {path} must be square, 1400 to 3000 pixels (it is {width}x{height})")
    return Cover(data, f"image/{kind.lower()}")
