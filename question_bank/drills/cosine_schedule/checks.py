"""Hidden checks for the cosine-schedule drill."""

import math

import numpy as np

from coach.drills.harness import Suite


def _lr(c, fn, *args, **kw):
    out = fn(*args, **kw)
    c.true(np.size(out) == 1, f"cosine_lr returns one number (got shape {np.shape(out)})")
    c.finite(out, what=f"cosine_lr{args}")
    return float(np.asarray(out, dtype=float).reshape(-1)[0])


def run(suite: Suite, user, ref) -> None:
    lr = suite.function(user, "cosine_lr")
    if lr is None:
        return

    with suite.check("matches along a schedule (warmup 10 of 100 steps)",
                     hint="warmup: base_lr * step / warmup_steps; then min_lr + (base_lr - "
                          "min_lr) * 0.5 * (1 + cos(pi * progress))") as c:
        steps = [0, 3, 9, 10, 11, 37, 55, 80, 99, 100]
        got = [_lr(c, lr, s, 100, 0.1, warmup_steps=10, min_lr=0.001) for s in steps]
        expected = [ref.cosine_lr(s, 100, 0.1, warmup_steps=10, min_lr=0.001) for s in steps]
        c.close(got, expected, atol=1e-12, what=f"rates at steps {steps}")

    with suite.check("the warmup ramps linearly from 0 to base_lr",
                     hint="step / warmup_steps: 0 at step 0, one half halfway, base_lr at "
                          "step = warmup_steps") as c:
        got = [_lr(c, lr, s, 50, 2.0, warmup_steps=8) for s in (0, 2, 4, 8)]
        c.close(got, [0.0, 0.5, 1.0, 2.0], atol=1e-12, what="rates at steps 0, 2, 4, 8")

    with suite.check("the decay starts at base_lr when the warmup ends",
                     hint="progress counts from the end of the warmup: (step - warmup) / "
                          "(total - warmup), so it is 0 at step = warmup_steps") as c:
        c.close(_lr(c, lr, 20, 120, 0.5, warmup_steps=20), 0.5, atol=1e-12,
                what="rate at step 20 with warmup 20")
        c.close(_lr(c, lr, 70, 120, 0.5, warmup_steps=20), 0.25, atol=1e-12,
                what="rate halfway through the decay (step 70)")

    with suite.check("no warmup: base_lr, then the midpoint, then min_lr",
                     hint="with warmup_steps = 0 the cosine starts at step 0; guard the "
                          "division by warmup_steps") as c:
        c.close(_lr(c, lr, 0, 200, 0.3, min_lr=0.1), 0.3, atol=1e-12, what="rate at step 0")
        c.close(_lr(c, lr, 100, 200, 0.3, min_lr=0.1), 0.2, atol=1e-12,
                what="rate at the midpoint (step 100)")
        c.close(_lr(c, lr, 200, 200, 0.3, min_lr=0.1), 0.1, atol=1e-12,
                what="rate at step = total_steps")

    with suite.check("a warmup as long as the whole schedule",
                     hint="warmup_steps may equal total_steps: then there is no decay phase, "
                          "and (step - warmup) / (total - warmup) divides by zero; test "
                          "step >= total_steps before computing the progress") as c:
        c.close(_lr(c, lr, 5, 10, 1.0, warmup_steps=10, min_lr=0.1), 0.5, atol=1e-12,
                what="rate at step 5 of a 10-step warmup (10 steps in all)")
        c.close(_lr(c, lr, 12, 10, 1.0, warmup_steps=10, min_lr=0.1), 0.1, atol=1e-12,
                what="rate at step 12 of a 10-step schedule that is all warmup")

    with suite.check("stays at min_lr after the schedule ends",
                     hint="clamp progress to 1 (or return min_lr) for step >= total_steps; "
                          "the cosine would otherwise climb back up") as c:
        for s in (101, 150, 200, 1000):
            c.close(_lr(c, lr, s, 100, 0.1, warmup_steps=5, min_lr=0.002), 0.002, atol=1e-12,
                    what=f"rate at step {s} of a 100-step schedule")

    with suite.check("never increases after the warmup and never goes below min_lr",
                     hint="the rate is min_lr plus a non-negative share of (base_lr - min_lr); "
                          "0.5 * (1 + cos) lies in [0, 1]") as c:
        rates = np.array([_lr(c, lr, s, 60, 1.0, warmup_steps=6, min_lr=0.05)
                          for s in range(6, 90)])
        c.true(np.all(np.diff(rates) <= 1e-15), "rates non-increasing from step 6 on")
        c.true(rates.min() >= 0.05 - 1e-12, f"rates >= min_lr 0.05 (lowest {rates.min():.6g})")
        c.true(rates.max() <= 1.0 + 1e-12, f"rates <= base_lr 1.0 (highest {rates.max():.6g})")

    with suite.check("the cosine is symmetric about its midpoint",
                     hint="rate(p) + rate(1 - p) = base_lr + min_lr for progress p") as c:
        for s in (3, 17, 41):
            a = _lr(c, lr, 10 + s, 110, 0.8, warmup_steps=10, min_lr=0.2)
            b = _lr(c, lr, 110 - s, 110, 0.8, warmup_steps=10, min_lr=0.2)
            c.close(a + b, 1.0, atol=1e-12, what=f"rate at step {10 + s} plus rate at step "
                                                f"{110 - s}")

    with suite.check("returns a float, also for integer inputs",
                     hint="use true division; math.cos returns a float") as c:
        out = lr(0, 10, 1)
        c.true(isinstance(out, float | np.floating), f"a float (got {type(out).__name__})")
        c.close(out, 1.0, atol=1e-12, what="cosine_lr(0, 10, 1)")
