"""Google Translate's voice through gTTS: online only, so it fails clearly without a connection."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from typing import Any

from publisher.errors import EngineError
from publisher.model import Clip

from .base import Engine

SAMPLE_RATE = 24000


def _default_client(text: str, lang: str, tld: str) -> bytes:
    """MP3 bytes for text from Google's service (needs the network)."""
    from gtts import gTTS

    buffer = io.BytesIO()
    gTTS(text, lang=lang, tld=tld).write_to_fp(buffer)
    return buffer.getvalue()


def decode_mp3(data: bytes, sample_rate: int = SAMPLE_RATE) -> bytes:
    """MP3 bytes to mono 16-bit PCM at the given rate, in process (no ffmpeg)."""
    import miniaudio

    decoded = miniaudio.decode(
        data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=sample_rate
    )
    return bytes(decoded.samples)


class GttsEngine(Engine):
    """gTTS with a British accent by default; retried with backoff, then a one-line error."""

    name = "gtts"
    description = "Google Translate voice via gTTS (online: needs internet)"
    parallel = False

    def __init__(
        self,
        voice: str | None = None,
        client: Callable[[str, str, str], bytes] = _default_client,
        attempts: int = 3,
        sleep: Callable[[float], Any] = time.sleep,
    ) -> None:
        super().__init__(voice)
        # voice is "lang" or "lang-tld", e.g. "en-co.uk" (British) or "en-com" (American).
        lang, _, tld = (voice or "en-co.uk").partition("-")
        self.lang, self.tld = lang, tld or "co.uk"
        self._client, self._attempts, self._sleep = client, max(1, attempts), sleep

    def synthesize(self, text: str) -> Clip:
        """Ask Google for the sentence, retrying network failures before giving up."""
        last: Exception | None = None
        for attempt in range(self._attempts):
            if attempt:
                self._sleep(0.5 * 2**attempt)
            try:
                mp3 = self._client(text, self.lang, self.tld)
                return Clip(pcm=decode_mp3(mp3), sample_rate=SAMPLE_RATE)
            except ImportError as error:
                raise EngineError(f"the gtts engine needs {error.name}: pip install gtts miniaudio") from error
            except Exception as error:  # gTTS raises gTTSError, requests' errors and ValueError
                last = error
                if isinstance(error, ValueError) and "Language not supported" in str(error):
                    break
        raise EngineError(
            f"gtts is an online engine and could not reach Google's speech service "
            f"after {self._attempts} attempts ({last}); use the offline default '--engine hibari'"
        )

    @classmethod
    def identity(cls, voice: str | None) -> str:
        """Language and accent domain."""
        return f"gtts voice={voice or 'en-co.uk'}"

    @classmethod
    def voices(cls) -> list[str]:
        """Accents as language-domain pairs."""
        return ["en-co.uk (British)", "en-com (American)", "en-com.au (Australian)", "en-ie (Irish)"]

    @classmethod
    def availability(cls) -> str | None:
        """Installed, but online only."""
        return "online only: needs internet access to Google's service"
