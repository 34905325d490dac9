"""Mistake: the KL averaged over latent dimensions instead of summed."""

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    return mu + np.exp(0.5 * logvar) * eps


def vae_kl_divergence(mu, logvar):
    return np.mean(-0.5 * (1 + logvar - mu**2 - np.exp(logvar)))
