"""Store save and load time with two years of heavy synthetic history.

Two years of daily use: every checkpoint of every concept, ten practice attempts a day with
answers of a few hundred words, a mock round every other day, drill runs and scenario answers.
Prints the median time of a change plus its save (atomic write with fsync), the load time and
the file size.

    python bench/store.py [--runs 21]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from coach.bank.curriculum import load_curriculum
from coach.clock import FixedClock
from coach.store import Store

WORDS = ("gradient", "variance", "softmax", "attention", "residual", "normalisation", "bias",
         "regulariser", "learning", "rate", "batch", "layer", "token", "embedding", "loss",
         "overfitting", "dropout")


def heavy_history(store: Store, days: int = 730, seed: int = 0) -> None:
    rng = random.Random(seed)
    curriculum = load_curriculum()
    concepts = curriculum.concepts
    start = date(2024, 11, 24)
    data = store.data
    next_id = 1

    def new_id() -> int:
        nonlocal next_id
        next_id += 1
        return next_id

    for c in concepts:
        for cp, off in (("D1", 0), ("D2", 1), ("D4", 3), ("D7", 6), ("D14", 13)):
            day = start + timedelta(days=c.day - 1 + off)
            data["checkpoints"].append({"id": new_id(), "concept": c.id, "checkpoint": cp,
                                        "date": day.isoformat(), "rating": 3,
                                        "at": f"{day.isoformat()}T09:00:00+00:00"})
    for d in range(days):
        day = start + timedelta(days=d)
        stamp = f"{day.isoformat()}T10:00:00+00:00"
        for c in rng.sample(concepts, 3):
            data["reviews"].append({"id": new_id(), "concept": c.id, "date": day.isoformat(),
                                    "rating": rng.randint(1, 4), "at": stamp})
        attempt_ids = []
        for _ in range(10):
            c = rng.choice(concepts)
            answer = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 300)))
            rec = {"id": new_id(), "question": f"q-{rng.randint(1, 300)}", "concepts": [c.id],
                   "type": "conceptual", "level": "staff", "mode": "practice", "round": None,
                   "started_at": stamp, "seconds": 600.0, "answer": answer,
                   "ticked": [0, 2], "score": rng.random(), "rating": 3,
                   "confidence": 0.75, "status": "scored", "scored_at": stamp}
            data["attempts"].append(rec)
            attempt_ids.append(rec["id"])
        if d % 2 == 0:
            data["rounds"].append({"id": new_id(), "format": "conceptual", "mode": "round",
                                   "seed": d, "level": None,
                                   "questions": [f"q-{i}" for i in range(4)],
                                   "attempts": attempt_ids[:4], "budget_minutes": 45,
                                   "started_at": stamp, "ended_at": stamp,
                                   "status": "finished"})
        for _ in range(2):
            data["drill_runs"].append({"id": new_id(), "drill": "softmax",
                                       "concepts": ["activation-functions"], "at": stamp,
                                       "seconds": 300.0, "passed": rng.random() > 0.5,
                                       "checks_passed": 5, "checks_total": 8,
                                       "verdict": "failed"})
        data["scenario_results"].append({"id": new_id(), "scenario": "s1", "tree": "t",
                                         "concepts": ["uplift-modeling"], "at": stamp,
                                         "chosen": "a", "expected": "a", "correct": True})
    data["next_id"] = next_id + 1
    for c in concepts:
        data["notes"][c.id] = " ".join(rng.choice(WORDS) for _ in range(150))
    store.refresh_memory(c.id for c in concepts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(datetime(2026, 11, 24, 9))
        store = Store.open(Path(folder), clock)
        heavy_history(store)
        store.save()
        size = store.path.stat().st_size
        saves = []
        target = store.records("attempts")[-1]["id"]
        for run in range(args.runs):
            # what typing an answer does: change one record, which saves at once
            t = time.perf_counter()
            store.update_record("attempts", target, {"answer": f"draft {run}"},
                                undoable=False, affects_memory=False)
            saves.append(time.perf_counter() - t)
        store.close()
        loads = []
        for _ in range(args.runs):
            t = time.perf_counter()
            Store.open(Path(folder), clock, readonly=True)
            loads.append(time.perf_counter() - t)
    counts = {k: len(store.data[k]) for k in ("checkpoints", "reviews", "attempts", "rounds",
                                              "drill_runs", "scenario_results")}
    print(f"history: {counts}")
    print(f"store file: {size / 1e6:.1f} MB")
    print(f"save: median {statistics.median(saves) * 1000:.1f} ms over {args.runs} runs "
          "(target: at most 20 ms)")
    print(f"load: median {statistics.median(loads) * 1000:.1f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
