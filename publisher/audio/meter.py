"""Measuring audio: integrated loudness (ITU-R BS.1770-4) and true peak (four times oversampled).

Written with numpy and scipy.fft only: scipy.signal (which pyloudnorm needs) took a second to import,
a fifth of a whole build of the seed. The tests check both against pyloudnorm and scipy.signal.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
import numpy.typing as npt
import scipy.fft

Samples = npt.NDArray[np.float32]

OVERSAMPLING = 4
MINIMUM_SECONDS = 0.5
# BS.1770 gating: 400 ms blocks overlapping by 75 %, an absolute gate at -70 LUFS and a relative one 10 LU down.
_BLOCK_SECONDS = 0.4
_BLOCK_STEP = 0.25
_ABSOLUTE_GATE = -70.0
_RELATIVE_GATE = 10.0
# The K-weighting's impulse response is below 1e-15 after this long (its slowest poles have radius 0.99 at 24 kHz).
_RESPONSE_SECONDS = 0.2


def to_db(value: float) -> float:
    """A linear amplitude in decibels (-inf for silence)."""
    return 20 * math.log10(value) if value > 0 else -math.inf


def from_db(decibels: float) -> float:
    """Decibels as a linear amplitude factor."""
    return float(10 ** (decibels / 20))


def zero_padded(samples: Samples, before: int, after: int) -> Samples:
    """The samples with silence before and after (np.pad took six times as long on long audio)."""
    padded = np.zeros(before + len(samples) + after, dtype=np.float32)
    padded[before : before + len(samples)] = samples
    return padded


def k_weighting(rate: int) -> list[tuple[tuple[float, float, float], tuple[float, float, float]]]:
    """BS.1770's K-weighting at a sample rate as two biquads (b, a), designed as pyloudnorm designs them
    (RBJ's cookbook): a +4 dB shelf above 1.5 kHz, then a 38 Hz high-pass."""
    w0 = 2 * math.pi * 1500.0 / rate
    gain, alpha, cos = 10 ** (4.0 / 40), math.sin(w0) / (2 / math.sqrt(2)), math.cos(w0)
    root = 2 * math.sqrt(gain) * alpha
    shelf_b = (gain * ((gain + 1) + (gain - 1) * cos + root), -2 * gain * ((gain - 1) + (gain + 1) * cos),
               gain * ((gain + 1) + (gain - 1) * cos - root))  # fmt: skip
    shelf_a = ((gain + 1) - (gain - 1) * cos + root, 2 * ((gain - 1) - (gain + 1) * cos),
               (gain + 1) - (gain - 1) * cos - root)  # fmt: skip
    w0 = 2 * math.pi * 38.0 / rate
    alpha, cos = math.sin(w0) / (2 * 0.5), math.cos(w0)
    pass_b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
    pass_a = (1 + alpha, -2 * cos, 1 - alpha)
    return [(_divide(b, a[0]), _divide(a, a[0])) for b, a in ((shelf_b, shelf_a), (pass_b, pass_a))]


def _divide(values: tuple[float, float, float], by: float) -> tuple[float, float, float]:
    """Each of three coefficients divided by a0."""
    return values[0] / by, values[1] / by, values[2] / by


@cache
def _k_response(rate: int) -> npt.NDArray[np.float64]:
    """The K-weighting's impulse response, until it has died away."""
    response = np.zeros(int(rate * _RESPONSE_SECONDS))
    response[0] = 1.0
    for (b0, b1, b2), (_, a1, a2) in k_weighting(rate):
        inputs, outputs = response.tolist(), []
        x1 = x2 = y1 = y2 = 0.0
        for x in inputs:  # a few thousand steps, once per rate
            y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            outputs.append(y)
            x1, x2, y1, y2 = x, x1, y, y1
        response = np.asarray(outputs)
    return response


@cache
def _k_spectrum(rate: int) -> tuple[int, npt.NDArray[np.complex64]]:
    """The block length for overlap-add filtering at this rate, and the K-weighting's spectrum at that length."""
    response = _k_response(rate)
    block = 1 << max(14, (8 * len(response)).bit_length())  # long enough that the overlap costs little
    return block, np.asarray(scipy.fft.rfft(response.astype(np.float32), block), dtype=np.complex64)


def k_weighted(samples: Samples, rate: int) -> Samples:
    """The signal through the K-weighting filter: a linear convolution with its response, by FFT in
    blocks whose tails are added to the next block (overlap-add)."""
    block, spectrum = _k_spectrum(rate)
    tail = len(_k_response(rate)) - 1
    hop = block - tail
    count = max(1, -(-len(samples) // hop))
    frames = zero_padded(samples, 0, count * hop - len(samples)).reshape(count, hop)
    filtered = scipy.fft.irfft(scipy.fft.rfft(frames, block, axis=1) * spectrum, block, axis=1)
    joined = filtered[:, :hop].copy()
    joined[1:, :tail] += filtered[:-1, hop:]
    return np.asarray(joined.reshape(-1)[: len(samples)], dtype=np.float32)


def measure_loudness(samples: Samples, rate: int) -> float | None:
    """Integrated loudness in LUFS (gated, BS.1770-4), or None for audio too short or silent.

    pyloudnorm's meter, vectorised: its filters, its blocks, its gates, but the block energies are
    sums of 100 ms steps instead of a Python loop per block (the same result to 0.01 LU).
    """
    if len(samples) < rate * MINIMUM_SECONDS:
        return None
    return gated_loudness(step_energies(k_weighted(samples, rate), rate), len(samples), rate)


def step_length(rate: int) -> int:
    """Samples in a 100 ms step: four make a gating block."""
    return round(rate * _BLOCK_SECONDS * _BLOCK_STEP)


def step_energies(weighted: Samples, rate: int) -> npt.NDArray[np.float64]:
    """The energy of each 100 ms step of a K-weighted signal (the last one padded with silence)."""
    step = step_length(rate)
    steps = -(-len(weighted) // step)
    padded = zero_padded(weighted, 0, steps * step - len(weighted)).reshape(steps, step)
    return np.asarray(np.einsum("ij,ij->i", padded, padded, dtype=np.float64))


def gated_loudness(per_step: npt.NDArray[np.float64], length: int, rate: int) -> float | None:
    """Gated loudness from step energies: blocks of four steps, the absolute and the relative gate."""
    count = round((length / rate - _BLOCK_SECONDS) / (_BLOCK_SECONDS * _BLOCK_STEP)) + 1
    padded = np.pad(per_step, (0, max(0, count + 3 - len(per_step))))
    energy = (padded[:count] + padded[1 : count + 1] + padded[2 : count + 2] + padded[3 : count + 3]) / (
        4 * step_length(rate)
    )
    with np.errstate(divide="ignore"):
        blocks = -0.691 + 10 * np.log10(energy)
    audible = energy[blocks >= _ABSOLUTE_GATE]
    if not len(audible):
        return None
    relative = -0.691 + 10 * math.log10(float(audible.mean())) - _RELATIVE_GATE
    gated = energy[(blocks > relative) & (blocks > _ABSOLUTE_GATE)]
    loudness = -0.691 + 10 * math.log10(float(gated.mean())) if len(gated) else -math.inf
    return loudness if math.isfinite(loudness) else None


# BS.1770-4 annex 2's interpolator: 48 taps, 12 per phase, a Hamming-windowed sinc cut at the old Nyquist.
_TAPS = 12
_CENTRED = np.arange(_TAPS * OVERSAMPLING) - (_TAPS * OVERSAMPLING - 1) / 2
_WINDOWED = np.sinc(_CENTRED / OVERSAMPLING) * np.hamming(_TAPS * OVERSAMPLING)
INTERPOLATOR = (_WINDOWED / _WINDOWED.sum() * OVERSAMPLING).astype(np.float32)
# Its four phases as a matrix: 12 samples around a point times it give the signal oversampled four
# times between the 6th and 7th of them.
_PHASES = np.stack([INTERPOLATOR[OVERSAMPLING * (_TAPS - 1 - i) : OVERSAMPLING * (_TAPS - i)] for i in range(_TAPS)])
# No oversampled value can exceed the largest of the 12 samples around it by more than this factor.
_OVERSHOOT = float(np.abs(_PHASES).sum(axis=0).max())
_BEFORE = _TAPS // 2 - 1  # samples in a window before the one the values follow
_OFFSETS = np.arange(-_TAPS // 2, _TAPS // 2)


def true_peak(samples: Samples) -> float:
    """True peak in dBTP: the highest absolute value of the signal oversampled four times."""
    peak = float(np.abs(samples).max()) if len(samples) else 0.0
    if peak == 0:
        return -math.inf
    _, envelope = peak_envelope(samples, peak)
    return to_db(max(peak, float(envelope.max(initial=0.0))))


def peak_envelope(samples: Samples, threshold: float) -> tuple[npt.NDArray[np.intp], Samples]:
    """Where the signal may reach the threshold, and its largest magnitude there, inter-sample peaks included.

    Everywhere else it provably stays under the threshold, so only those places (a few percent of
    speech) are oversampled: the work is a matrix product over their windows, not a filter over everything.
    """
    count = len(samples)
    loud = np.flatnonzero(np.abs(samples) >= threshold / _OVERSHOOT)
    if not len(loud):
        return loud, np.zeros(0, dtype=np.float32)
    near = np.zeros(count, dtype=bool)
    near[np.clip((loud[:, None] + _OFFSETS).ravel(), 0, count - 1)] = True  # every window holding a loud sample
    positions = np.flatnonzero(near)
    return positions, envelope_at(samples, positions)


def envelope_at(samples: Samples, positions: npt.NDArray[np.intp]) -> Samples:
    """The signal's largest magnitude at each of these (sorted) places and in the quarter-sample steps after it."""
    if not len(positions):
        return np.zeros(0, dtype=np.float32)
    if positions[0] >= _BEFORE and positions[-1] - _BEFORE + _TAPS <= len(samples):
        windows = np.lib.stride_tricks.sliding_window_view(samples, _TAPS)[positions - _BEFORE]
    else:  # a window runs off an end: only then is a zero-padded copy of everything made
        windows = np.lib.stride_tricks.sliding_window_view(zero_padded(samples, _BEFORE, _TAPS), _TAPS)[positions]
    values = np.abs(windows @ _PHASES)
    # Elementwise maxima of the four phases: much faster than a reduction over an axis of length 4.
    between = np.maximum(np.maximum(values[:, 0], values[:, 1]), np.maximum(values[:, 2], values[:, 3]))
    return np.asarray(np.maximum(between, np.abs(samples[positions])), dtype=np.float32)
