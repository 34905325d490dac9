"""Reference solution: cosine learning-rate schedule with linear warmup."""

import math


def cosine_lr(step: int, total_steps: int, base_lr: float, warmup_steps: int = 0,
              min_lr: float = 0.0) -> float:
    """The learning rate at `step`: linear warmup, then cosine decay to min_lr."""
    if step < warmup_steps:
        # A small rate while Adam's moment estimates and the early weights settle.
        return base_lr * step / warmup_steps
    if step >= total_steps:
        return float(min_lr)  # clamp: cos would start rising again after progress 1
    progress = (step - warmup_steps) / (total_steps - warmup_steps)  # in [0, 1)
    # 0.5 * (1 + cos) runs from 1 to 0: flat at the start, steepest in the middle, flat
    # again near min_lr at the end.
    return min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress))
