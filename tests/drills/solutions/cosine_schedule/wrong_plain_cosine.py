"""Mistake: cos(pi * progress) without the 0.5 * (1 + ...) shift."""

import math


def cosine_lr(step, total_steps, base_lr, warmup_steps=0, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    progress = min((step - warmup_steps) / (total_steps - warmup_steps), 1.0)
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * progress)
