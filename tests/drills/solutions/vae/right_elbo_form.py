"""The KL as it is usually quoted: -0.5 * sum(1 + logvar - mu^2 - exp(logvar))."""

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    return mu + eps * np.sqrt(np.exp(logvar))


def vae_kl_divergence(mu, logvar):
    return np.mean(-0.5 * np.sum(1 + logvar - mu**2 - np.exp(logvar), axis=-1))
