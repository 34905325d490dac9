"""Wall time of a sandboxed check of every drill's reference solution.

Each run is what the user waits for after pressing the check key: a fresh child process
(interpreter start, NumPy import, limits), the hidden checks, the report handed back. Prints
the median per drill and flags any over the target.

    python bench/drills.py [--runs 5] [--target 2.0] [DRILL ...]
"""

from __future__ import annotations

import argparse
import statistics
import time

from coach.drills.catalog import load_drills
from coach.drills.sandbox import run_sandboxed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--target", type=float, default=2.0, help="seconds per check")
    parser.add_argument("drills", nargs="*", help="only these drills (default: all)")
    args = parser.parse_args()
    drills = [d for d in load_drills() if not args.drills or d.id in args.drills]
    medians: list[float] = []
    slow = []
    print(f"{'drill':<24} {'median':>8} {'max':>8}  checks")
    for drill in drills:
        times = []
        report = None
        for _ in range(args.runs):
            start = time.perf_counter()
            report = run_sandboxed(drill.folder, drill.reference)
            times.append(time.perf_counter() - start)
        assert report is not None
        median = statistics.median(times)
        medians.append(median)
        verdict = report.summary if report.passed else f"NOT PASSED: {report.summary}"
        flag = "  over target" if median > args.target else ""
        if median > args.target:
            slow.append(drill.id)
        print(f"{drill.id:<24} {median:>7.3f}s {max(times):>7.3f}s  {verdict}{flag}")
    if medians:
        print(f"\n{len(drills)} drills: median of medians {statistics.median(medians):.3f} s, "
              f"slowest {max(medians):.3f} s (target {args.target:g} s)")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
