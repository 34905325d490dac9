"""Mistake: the KL summed over the batch as well."""

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    return mu + np.exp(0.5 * logvar) * eps


def vae_kl_divergence(mu, logvar):
    return -0.5 * np.sum(1 + logvar - mu**2 - np.exp(logvar))
