"""Mistake: the leading minus of the usual formula dropped."""

import numpy as np


def vae_reparameterize(mu, logvar, eps):
    return mu + np.exp(0.5 * logvar) * eps


def vae_kl_divergence(mu, logvar):
    return np.mean(0.5 * np.sum(1 + logvar - mu**2 - np.exp(logvar), axis=1))
