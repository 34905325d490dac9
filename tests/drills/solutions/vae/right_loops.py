"""Per-example, per-dimension loops; sigma from the variance by a square root."""

import math

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    z = np.empty_like(mu, dtype=float)
    for i in range(mu.shape[0]):
        for j in range(mu.shape[1]):
            z[i, j] = mu[i, j] + math.sqrt(math.exp(logvar[i, j])) * eps[i, j]
    return z


def vae_kl_divergence(mu, logvar):
    total = 0.0
    for i in range(mu.shape[0]):
        for j in range(mu.shape[1]):
            var = math.exp(logvar[i, j])
            total += 0.5 * (var + mu[i, j] ** 2 - 1.0 - logvar[i, j])
    return total / mu.shape[0]
