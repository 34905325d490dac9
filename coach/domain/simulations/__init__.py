"""The simulation lab: small seeded NumPy experiments that show how online and causal
methods behave (bandits, contextual bandits, uplift modelling, reinforcement learning).

Each module takes a frozen parameter dataclass, checked on construction, and returns plain
results (curves as read-only arrays, summary numbers) plus a short explanation. Every source
of randomness comes from the seed, so a run is reproducible to the last bit.
"""
