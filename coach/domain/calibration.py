"""Confidence calibration: how well predicted scores match rubric scores.

A prediction is the user's stated confidence (0..1) before seeing the rubric; the outcome is
the rubric score (0..1). The Brier score here is the mean squared difference between the two
(0 is perfect); over-confidence is the mean of confidence minus score.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MIN_ATTEMPTS = 2  # a concept needs this many predictions before it is called over-confident


@dataclass(frozen=True)
class Prediction:
    confidence: float
    score: float
    concepts: tuple[str, ...] = ()
    type: str = ""


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    mean_confidence: float
    mean_score: float


def brier(predictions: Sequence[Prediction]) -> float | None:
    if not predictions:
        return None
    return sum((p.confidence - p.score) ** 2 for p in predictions) / len(predictions)


def bias(predictions: Sequence[Prediction]) -> float | None:
    """Mean confidence minus mean score: positive means over-confident."""
    if not predictions:
        return None
    return sum(p.confidence - p.score for p in predictions) / len(predictions)


def reliability_bins(predictions: Iterable[Prediction], n_bins: int = 5) -> list[Bin]:
    """Predictions grouped by stated confidence, for a reliability diagram."""
    groups: dict[int, list[Prediction]] = defaultdict(list)
    for p in predictions:
        index = min(n_bins - 1, int(p.confidence * n_bins))
        groups[index].append(p)
    out = []
    for i in range(n_bins):
        items = groups.get(i, [])
        out.append(Bin(i / n_bins, (i + 1) / n_bins, len(items),
                       sum(p.confidence for p in items) / len(items) if items else 0.0,
                       sum(p.score for p in items) / len(items) if items else 0.0))
    return out


def by_key(predictions: Iterable[Prediction], key: str) -> dict[str, list[Prediction]]:
    out: dict[str, list[Prediction]] = defaultdict(list)
    for p in predictions:
        keys = p.concepts if key == "concept" else (p.type,)
        for k in keys:
            out[k].append(p)
    return dict(out)


def overconfidence(predictions: Iterable[Prediction]) -> dict[str, float]:
    """Concept -> how far confidence outruns the score (only where it does)."""
    out = {}
    for concept, items in by_key(predictions, "concept").items():
        gap = bias(items)
        if gap is not None and gap > 0 and len(items) >= MIN_ATTEMPTS:
            out[concept] = gap
    return out
