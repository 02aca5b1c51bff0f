"""Loudness normalisation and a look-ahead true-peak limiter."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from .meter import (
    MINIMUM_SECONDS,
    Samples,
    envelope_at,
    from_db,
    gated_loudness,
    k_weighted,
    peak_envelope,
    step_energies,
    step_length,
    to_db,
    true_peak,
)

# Measured on hibari speech resampled to 44.1 kHz and through LAME (64-128 kbit/s, q2-q7): decoded
# MP3s come out 0.4-0.5 LU quieter than their PCM and peaks rise by up to 0.4 dB, so master for both.
ENCODER_LOUDNESS_LOSS_DB = 0.5
ENCODER_HEADROOM_DB = 0.7
# Inter-sample peaks of speech sit up to this far above its sample peaks.
INTERSAMPLE_MARGIN_DB = 0.3
_NEAR_CEILING = 0.9  # -0.9 dB: where cap_true_peak() looks for peaks after limiting
_ATTACK_SECONDS = 0.005
_RELEASE_SECONDS = 0.05


def pcm_to_float(pcm: bytes) -> Samples:
    """16-bit little-endian PCM to float samples in [-1, 1)."""
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def float_to_pcm(samples: Samples) -> bytes:
    """Float samples to 16-bit little-endian PCM, clipped."""
    return bytes((np.clip(samples, -1.0, 32767 / 32768) * 32768.0).round().astype("<i2").tobytes())


def _running_minimum(values: Samples, size: int) -> Samples:
    """The minimum of each run of `size` values (len(values) - size + 1 of them), in linear time: the
    smaller of a suffix minimum within one block of `size` and a prefix minimum within the next."""
    count = len(values) - size + 1
    blocks = np.pad(values, (0, -len(values) % size), mode="edge").reshape(-1, size)
    prefix = np.minimum.accumulate(blocks, axis=1).ravel()
    suffix = np.minimum.accumulate(blocks[:, ::-1], axis=1)[:, ::-1].ravel()
    return np.asarray(np.minimum(suffix[:count], prefix[size - 1 : size - 1 + count]), dtype=np.float32)


def _running_mean(values: Samples, size: int) -> Samples:
    """The mean of the `size` values around each value (an odd size; the ends repeat the edge values)."""
    padded = np.pad(values.astype(np.float64), (size // 2, size // 2), mode="edge")
    sums = np.concatenate(([0.0], np.cumsum(padded)))
    return np.asarray((sums[size:] - sums[:-size]) / size, dtype=np.float32)


def _limit_gain(
    positions: npt.NDArray[np.intp], envelope: Samples, count: int, rate: int, ceiling: float
) -> tuple[npt.NDArray[np.intp], Samples] | None:
    """A look-ahead gain that keeps the envelope within the ceiling: it falls before peaks and recovers
    after. Given as the samples it may lower and their gains (every other sample keeps a gain of 1:
    speech is lowered in a few places, and whole-length arrays cost more than the rest); None when
    nothing reaches the ceiling.

    The gain is worked out on frames of a fraction of the attack and interpolated between them, which
    keeps the work small; every sample still ends at or under the gain it needs.
    """
    needed = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-9)).astype(np.float32)
    low = needed < 1.0
    if not low.any():
        return None
    positions, needed = positions[low], needed[low]
    attack_samples = max(1, int(rate * _ATTACK_SECONDS))
    frame = max(1, attack_samples // 8)
    attack = attack_samples // frame + 1
    release = max(attack, int(rate * _RELEASE_SECONDS) // frame + 1)
    frames = np.ones(count // frame + 1, dtype=np.float32)
    np.minimum.at(frames, positions // frame, needed)
    size = attack + release + 1
    # Each frame takes the smallest gain needed from `release` frames back to `attack` ahead ...
    held = _running_minimum(np.pad(frames, (release, attack), mode="edge"), size)
    # ... and smoothing over less than the attack keeps every peak at or under its needed gain.
    smoothed = _running_mean(held, attack // 2 * 2 + 1)
    centres = np.arange(len(frames)) * frame + (frame - 1) / 2
    # Only samples in or next to a lowered frame lie between centres with a gain under 1.
    lowered = smoothed < 1.0
    lowered[1:] |= lowered[:-1].copy()
    lowered[:-1] |= lowered[1:].copy()
    where = (np.flatnonzero(lowered)[:, None] * frame + np.arange(frame)).ravel()
    where = where[where < count]
    gains = np.interp(where, centres, smoothed).astype(np.float32)
    # Every peak's frame is lowered: the smoothing spans fewer frames than the hold on either side, so
    # it averages gains no higher than the peak needs.
    at = np.searchsorted(where, positions)
    gains[at] = np.minimum(gains[at], needed)
    return where, gains


def _limited(samples: Samples, rate: int, ceiling: float, threshold: float) -> tuple[Samples, npt.NDArray[np.intp]]:
    """The samples look-ahead limited to the ceiling, and every place where they may reach the threshold
    (at most the ceiling) before limiting, and so after it too: limiting only lowers samples."""
    positions, envelope = peak_envelope(samples, threshold)
    gain = _limit_gain(positions, envelope, len(samples), rate, ceiling)
    if gain is None:
        return samples, positions
    where, gains = gain
    limited = samples.copy()
    limited[where] = samples[where] * gains
    return limited, positions


def cap_true_peak(samples: Samples, rate: int, ceiling_db: float) -> tuple[Samples, float]:
    """Samples whose true peak is at most the ceiling (look-ahead limited where needed), and that peak."""
    ceiling = from_db(ceiling_db - INTERSAMPLE_MARGIN_DB)
    # The places found a little under the limiter's ceiling (it acts only above it) then hold the
    # true peak of the result, which need not be oversampled everywhere again.
    near = ceiling * _NEAR_CEILING
    limited, positions = _limited(samples, rate, ceiling, near)
    highest = float(envelope_at(limited, positions).max(initial=0.0))
    peak = to_db(highest) if highest >= near else true_peak(limited)
    if peak > ceiling_db:
        limited, peak = np.asarray(limited * np.float32(from_db(ceiling_db - peak)), dtype=np.float32), ceiling_db
    return limited, peak


def normalise(samples: Samples, rate: int, target_lufs: float, ceiling_db: float) -> tuple[Samples, float | None]:
    """Audio at the target loudness, limited so that its peaks stay near the ceiling, and its loudness.

    The gain is searched with the secant method, as limiting costs loudness. The search estimates
    each try's loudness from the K-weighted signal found once, changed only where the limiter acts
    (treating the slow limiter gain as if it passed through the filter): within 0.02 LU of measuring
    the result, for one filtering instead of one per try.
    The true peak is not guaranteed here: cap_true_peak() does that at the output rate.
    """
    if len(samples) < rate * MINIMUM_SECONDS:
        return samples, None
    weighted = k_weighted(samples, rate)
    per_step = step_energies(weighted, rate)
    loudness = gated_loudness(per_step, len(samples), rate)
    if loudness is None:
        return samples, None
    sample_ceiling = from_db(ceiling_db - INTERSAMPLE_MARGIN_DB)
    previous_db, previous = 0.0, loudness  # the last gain tried (dB) and the loudness it gave
    gain_db, reach, limiter = target_lufs - loudness, -math.inf, None
    for attempt in range(6):
        if gain_db > reach:  # the envelope holds every place the limiter may need up to `reach` dB of gain
            reach = gain_db + 1.0
            positions, envelope = peak_envelope(samples, sample_ceiling / from_db(reach))
        limiter = _limit_gain(positions, envelope * np.float32(from_db(gain_db)), len(samples), rate, sample_ceiling)
        estimate = per_step
        if limiter is not None:
            where, gains = limiter
            change = np.square(weighted[where]) * (np.square(gains) - 1.0)
            estimate = per_step + np.bincount(where // step_length(rate), weights=change, minlength=len(per_step))
        loudness = gated_loudness(estimate * from_db(gain_db) ** 2, len(samples), rate)
        if loudness is None or abs(loudness - target_lufs) < 0.05 or attempt == 5:
            break  # the gain, limiter and loudness of this try go together
        slope = 1.0
        if gain_db != previous_db:
            slope = min(1.0, max(0.2, (loudness - previous) / (gain_db - previous_db)))
        previous_db, previous = gain_db, loudness
        gain_db += (target_lufs - loudness) / slope
    scale = np.float32(from_db(gain_db))
    result = np.asarray(samples * scale, dtype=np.float32)
    if limiter is not None:
        where, gains = limiter
        result[where] = samples[where] * (gains * scale)
    return result, loudness
