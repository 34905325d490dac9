"""Question bank load time: a synthetic 10,000-question bank, cold (parse and validate) and
cached (content-keyed pickle). Prints the medians.

    python bench/bank.py [--runs 5] [--questions 10000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from coach.bank.curriculum import load_curriculum
from coach.bank.questions import load_bank

TEMPLATE = """\
  - id: synthetic-{n}
    type: {qtype}
    concepts: [{concept}]
    level: {level}
    minutes: 10
    prompt: |
      Synthetic question {n} about {concept}. Explain the idea, its trade-offs and one failure
      mode you have seen in production, with numbers where you can.
    rubric:
      - point: States the core idea of {concept} precisely and without hand-waving.
        weight: 2
      - point: Names a trade-off against the main alternative and when it matters.
        weight: 1
      - point: Gives a concrete failure mode with a symptom and a fix.
        weight: 1
    model_answer: |
      A strong answer explains {concept} from first principles, compares it with the usual
      alternative on cost, data needs and failure modes, and closes with a production example.
    follow_ups: [How would you monitor it?]
    common_mistakes: [Reciting a definition without trade-offs.]
"""
TYPES = ("conceptual", "debugging", "trade-off")
LEVELS = ("senior", "staff", "principal")


def write_bank(folder: Path, count: int, concepts: list[str]) -> None:
    per_file = 500
    for f in range(0, count, per_file):
        body = "".join(TEMPLATE.format(n=n, qtype=TYPES[n % 3], level=LEVELS[n % 3],
                                       concept=concepts[n % len(concepts)])
                       for n in range(f, min(count, f + per_file)))
        (folder / f"bank-{f // per_file:03d}.yaml").write_text("questions:\n" + body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--questions", type=int, default=10_000)
    args = parser.parse_args()
    concepts = [c.id for c in load_curriculum().concepts]
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "bank", Path(tmp) / "cache"
        folder.mkdir()
        write_bank(folder, args.questions, concepts)
        cold, warm = [], []
        for _ in range(args.runs):
            for old in cache.glob("*"):
                old.unlink()
            t = time.perf_counter()
            bank = load_bank([folder], concepts, cache_dir=cache)
            cold.append(time.perf_counter() - t)
            t = time.perf_counter()
            again = load_bank([folder], concepts, cache_dir=cache)
            warm.append(time.perf_counter() - t)
            assert len(bank) == len(again) == args.questions
    print(f"{args.questions} questions")
    print(f"cold (parse + validate + write cache): median {statistics.median(cold):.3f} s "
          "(target: at most 1 s)")
    print(f"cached: median {statistics.median(warm):.3f} s (target: at most 0.2 s)")


if __name__ == "__main__":
    main()
