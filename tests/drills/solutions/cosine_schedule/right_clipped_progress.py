"""One formula with progress clipped to [0, 1]."""

import numpy as np


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if warmup_steps and step < warmup_steps:
        return float(base_lr) * step / warmup_steps
    span = max(1, total_steps - warmup_steps)
    progress = float(np.clip((step - warmup_steps) / span, 0.0, 1.0))
    return float(min_lr + (base_lr - min_lr) * (1 + np.cos(np.pi * progress)) / 2)
