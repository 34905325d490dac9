"""Confidence against reality, read from the store's attempts."""

from __future__ import annotations

from coach.domain.calibration import Prediction, overconfidence
from coach.store import Store


def predictions(store: Store) -> list[Prediction]:
    out = []
    for a in store.records("attempts"):
        if a.get("status") == "scored" and a.get("confidence") is not None:
            out.append(Prediction(float(a["confidence"]), float(a["score"]),
                                  tuple(a.get("concepts", ())), a.get("type", "")))
    return out


def overconfidence_by_concept(store: Store) -> dict[str, float]:
    return overconfidence(predictions(store))
