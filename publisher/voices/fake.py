"""A deterministic test engine: a tone per sentence whose length follows the text."""

from __future__ import annotations

import math
import struct
import time

from publisher.model import Clip

from .base import Engine, seed_for

SAMPLE_RATE = 16000
SECONDS_PER_CHARACTER = 0.02
SLOW_SECONDS = 0.05  # how long the "slow" voice takes over each sentence, as a real voice would


class FakeEngine(Engine):
    """Makes a quiet sine tone for each sentence; same text, same samples. For tests."""

    name = "fake"
    description = "test tones, no speech (for tests and dry runs)"

    @classmethod
    def voices(cls) -> list[str]:
        """The default voice, and "slow", which makes the same tones but takes its time (for tests of
        builds that are stopped or lose a worker while they speak)."""
        return ["default", "slow"]

    def synthesize(self, text: str) -> Clip:
        """A tone of 0.02 s per character (at least 0.1 s) at a pitch chosen by the text."""
        if self.voice == "slow":
            time.sleep(SLOW_SECONDS)
        frames = max(int(len(text) * SECONDS_PER_CHARACTER * SAMPLE_RATE), SAMPLE_RATE // 10)
        frequency = 200 + seed_for(text) % 400
        samples = (int(8000 * math.sin(2 * math.pi * frequency * i / SAMPLE_RATE)) for i in range(frames))
        return Clip(pcm=struct.pack(f"<{frames}h", *samples), sample_rate=SAMPLE_RATE)
