"""Reference solution: VAE reparameterisation and the closed-form KL to a standard normal."""

import numpy as np


def vae_reparameterize(mu: np.ndarray, logvar: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """z = mu + exp(logvar / 2) * eps, shape (N, D)."""
    # The noise comes from outside, so z is a deterministic, differentiable function of
    # mu and logvar: gradients reach the encoder through both.
    sigma = np.exp(0.5 * np.asarray(logvar, dtype=np.float64))  # log var = 2 log sigma
    return np.asarray(mu, dtype=np.float64) + sigma * eps


def vae_kl_divergence(mu: np.ndarray, logvar: np.ndarray) -> float:
    """KL(q(z|x) || N(0, I)): summed over latent dimensions, averaged over the batch."""
    mu = np.asarray(mu, dtype=np.float64)
    logvar = np.asarray(logvar, dtype=np.float64)
    # 0.5 * (sigma^2 + mu^2 - 1 - log sigma^2) per dimension; written with logvar so no
    # log of a tiny variance is ever taken.
    per_dim = 0.5 * (np.exp(logvar) + mu**2 - 1.0 - logvar)
    # The dimensions of one example are independent, so their KLs add; the batch is
    # averaged like the reconstruction loss it is added to.
    return float(per_dim.sum(axis=1).mean())
