"""Mistake: exp(logvar), the variance, used as the standard deviation."""

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    return mu + np.exp(logvar) * eps


def vae_kl_divergence(mu, logvar):
    return np.mean(-0.5 * np.sum(1 + logvar - mu**2 - np.exp(logvar), axis=1))
