"""The coach's pure domain: plan, schedule, scoring, selection, memory.

Nothing here imports textual or rich, reads the clock or touches the disk, so every rule can be
unit-tested on its own with plain values.
"""
