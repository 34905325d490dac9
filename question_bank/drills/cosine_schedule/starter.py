"""Cosine learning-rate schedule with linear warmup.

Write `cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0) -> float`:

- `step`: the 0-based index of the optimisation step; `total_steps` >= 1 the length of the
  schedule; 0 <= `warmup_steps` <= `total_steps`; 0 <= `min_lr` <= `base_lr`.
- Warmup, for step < warmup_steps: rise linearly from 0, `base_lr * step / warmup_steps`
  (so step 0 has rate 0 and the rate reaches base_lr at step = warmup_steps), as Hugging
  Face's `get_cosine_schedule_with_warmup` does.
- Then half a cosine from base_lr down to min_lr over the remaining steps:

      progress = (step - warmup_steps) / (total_steps - warmup_steps)
      lr = min_lr + (base_lr - min_lr) * 0.5 * (1 + cos(pi * progress))

- From step = total_steps on, the rate stays at min_lr (it never rises again). When
  warmup_steps = total_steps there is no decay phase: the ramp, then min_lr.
- Return a Python float.

Judged on: values along a schedule against the reference, the warmup ramp, base_lr right
after warmup, min_lr at the end and beyond it, the midpoint, never below min_lr, never
increasing after warmup, the cosine's symmetry, no warmup, a warmup as long as the whole
schedule, a schedule with min_lr > 0.
"""

import math


def cosine_lr(step: int, total_steps: int, base_lr: float, warmup_steps: int = 0,
              min_lr: float = 0.0) -> float:
    """The learning rate at `step`: linear warmup, then cosine decay to min_lr."""
    raise NotImplementedError
