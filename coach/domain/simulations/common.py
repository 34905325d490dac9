"""Small NumPy helpers shared by the simulations."""

from __future__ import annotations

import numpy as np


def generators(seed: int, count: int) -> list[np.random.Generator]:
    """Independent streams from one seed: one per source of randomness, so changing how one
    policy draws never shifts the numbers another policy sees."""
    return [np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(count)]


TIE_SCALE = 1e-10


def tie_breakers(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Tiny noise to add to scores before an argmax, so exact ties go to a random arm.

    `np.argmax` always takes the first maximum, which would make a fresh greedy policy favour
    arm 0 for no reason. The noise is far below any real difference: two running means k/n
    and k'/n' that differ at all differ by at least 1/(n n'), above 1e-8 for n up to 10^4.
    """
    return rng.random(shape) * TIE_SCALE


def frozen(array: np.ndarray) -> np.ndarray:
    """A read-only array, so a result handed to the screen cannot be changed by accident."""
    array = np.ascontiguousarray(array)
    array.setflags(write=False)
    return array


def thin(x: np.ndarray, y: np.ndarray, points: int = 200) -> tuple[np.ndarray, np.ndarray]:
    """At most `points` evenly spaced samples of a curve (always keeping the last), enough
    for a terminal plot and far cheaper to draw."""
    if len(x) <= points:
        return x, y
    index = np.unique(np.linspace(0, len(x) - 1, points).round().astype(int))
    return x[index], y[index]
