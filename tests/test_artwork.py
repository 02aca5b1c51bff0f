from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from publisher.artwork import make_cover, read_cover
from publisher.errors import ConfigError


def test_generated_cover_is_a_square_png_apple_accepts() -> None:
    cover = make_cover("Media factsheet: Small boats and a very long title that has to wrap over lines")
    assert (cover.mime_type, cover.file_name) == ("image/png", "cover.png")
    data = cover.data
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size) == ("PNG", (1400, 1400))
        levels = np.asarray(image.convert("L"))
    dark = int((levels < 40).sum())
    light = int((levels > 215).sum())
    assert dark > 1400 * 1400 * 0.6  # a dark background ...
    assert light > 1400 * 20  # ... with a good deal of white text on it
    assert make_cover("Same") == make_cover("Same")


def test_configured_cover_is_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.jpg"
    Image.new("RGB", (1500, 1500), "navy").save(good, format="JPEG")
    assert (read_cover(good).mime_type, read_cover(good).file_name) == ("image/jpeg", "cover.jpg")
    small = tmp_path / "small.png"
    Image.new("RGB", (600, 600)).save(small)
    with pytest.raises(ConfigError, match="square, 1400 to 3000"):
        read_cover(small)
    (tmp_path / "text.png").write_text("not an image")
    with pytest.raises(ConfigError, match="not an image"):
        read_cover(tmp_path / "text.png")
    gif = tmp_path / "a.gif"
    Image.new("RGB", (1400, 1400)).save(gif, format="GIF")
    with pytest.raises(ConfigError, match="PNG or JPEG"):
        read_cover(gif)
    with pytest.raises(ConfigError, match="does not exist"):
        read_cover(tmp_path / "missing.png")
