"""The identity 0.5 * (1 + cos(pi p)) = cos(pi p / 2) ** 2."""

import math


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step / warmup_steps)
    if step >= total_steps:
        return min_lr * 1.0
    p = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * p / 2) ** 2
