"""Reference solution: UCB1 and Beta-Bernoulli Thompson sampling."""

import numpy as np


def ucb1_select(counts: np.ndarray, values: np.ndarray, t: int) -> int:
    """Index of the arm with the highest UCB1 score; untried arms first (lowest index)."""
    counts = np.asarray(counts, dtype=np.float64)
    untried = np.flatnonzero(counts == 0)
    if untried.size:
        # The bonus is infinite for an arm never played; playing each once first also
        # avoids dividing by zero and log(0) when t is still 0.
        return int(untried[0])
    # Optimism in the face of uncertainty: the bonus shrinks as an arm is played more
    # (1 / counts) and grows slowly with time (ln t), so no arm is abandoned for ever.
    scores = np.asarray(values, dtype=np.float64) + np.sqrt(2.0 * np.log(t) / counts)
    return int(np.argmax(scores))  # argmax returns the first maximum: lowest index on ties


def thompson_select(alpha: np.ndarray, beta: np.ndarray, rng: np.random.Generator) -> int:
    """Index of the arm whose Beta(alpha, beta) sample is the largest."""
    # One plausible success rate per arm from its posterior; playing the best sample
    # chooses each arm with exactly the probability that it is the best arm.
    samples = rng.beta(np.asarray(alpha, dtype=np.float64), np.asarray(beta, dtype=np.float64))
    return int(np.argmax(samples))
