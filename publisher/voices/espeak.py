"""eSpeak NG through its command-line program: fast, robotic, available wherever espeak-ng is installed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import wave

from publisher.errors import EngineError
from publisher.model import Clip

from .base import Engine

PROGRAM = "espeak-ng"
DEFAULT_VOICE = "en-gb"
TIMEOUT_SECONDS = 60


class EspeakEngine(Engine):
    """espeak-ng --stdout, one process per sentence."""

    name = "espeak"
    description = "eSpeak NG (fast, robotic; needs the espeak-ng program)"

    def __init__(self, voice: str | None = None) -> None:
        super().__init__(voice or DEFAULT_VOICE)
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9+_-]*", str(self.voice)):
            raise EngineError(f"espeak voice {self.voice!r} is not a voice name like en-gb")
        program = shutil.which(PROGRAM)
        if program is None:
            raise EngineError(f"the espeak engine needs the {PROGRAM} program (apt-get install espeak-ng)")
        self._program = program

    def synthesize(self, text: str) -> Clip:
        """Speak one sentence; the text goes on standard input, never the command line."""
        try:
            result = subprocess.run(
                [self._program, "-v", str(self.voice), "--stdout", "--stdin"],
                input=text.encode("utf-8"),
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=True,
            )
        except subprocess.TimeoutExpired as error:
            raise EngineError(f"{PROGRAM} took over {TIMEOUT_SECONDS} s on one sentence") from error
        except subprocess.CalledProcessError as error:
            message = error.stderr.decode("utf-8", "replace").strip()
            raise EngineError(f"{PROGRAM} failed: {message}") from error
        with wave.open(io.BytesIO(result.stdout)) as wav:
            if wav.getsampwidth() != 2 or wav.getnchannels() != 1:
                raise EngineError(f"{PROGRAM} returned audio that is not 16-bit mono")
            return Clip(pcm=wav.readframes(wav.getnframes()), sample_rate=wav.getframerate())

    @classmethod
    def identity(cls, voice: str | None) -> str:
        """The program's version and the voice."""
        return f"espeak-ng voice={voice or DEFAULT_VOICE}"

    @classmethod
    def voices(cls) -> list[str]:
        """English voices the installed espeak-ng has."""
        program = shutil.which(PROGRAM)
        if program is None:
            return []
        listing = subprocess.run([program, "--voices=en"], capture_output=True, text=True, check=False).stdout
        # Columns: priority, language, age/gender, name, file; mbrola voices need extra packages.
        rows = [line.split() for line in listing.splitlines()[1:]]
        return [f"{row[1]} ({row[3].replace('_', ' ')})" for row in rows if len(row) > 4 and row[4].startswith("gmw/")]

    @classmethod
    def availability(cls) -> str | None:
        """Usable when espeak-ng is on the PATH."""
        return None if shutil.which(PROGRAM) else f"{PROGRAM} is not installed (apt-get install espeak-ng)"
