"""The two pieces of a VAE that carry the math: the reparameterisation trick and the KL term.

The encoder outputs, per example, the mean `mu` and the log-variance `logvar` of a diagonal
Gaussian q(z | x) = N(mu, diag(exp(logvar))). Both are float64 arrays (N, D): N examples,
D latent dimensions.

`vae_reparameterize(mu, logvar, eps) -> z`
- `eps` (N, D) is standard normal noise drawn by the caller; use it, draw nothing yourself.
- Return `z = mu + sigma * eps` with sigma the standard deviation, `exp(logvar / 2)`.
  Shape (N, D).

`vae_kl_divergence(mu, logvar) -> float`
- KL( N(mu, sigma^2) || N(0, 1) ) in closed form, **summed over the D latent dimensions**
  of each example, then **averaged over the N examples** of the batch.
- Per dimension it is `0.5 * (sigma^2 + mu^2 - 1 - log sigma^2)`; never negative, 0 only
  when mu = 0 and sigma = 1.
- Return one number (a Python float or a NumPy scalar).

Judged on: random inputs against the reference, sigma taken as exp(logvar / 2), the eps
given being used, known KL values, KL >= 0 and 0 at the prior, the sum over latent
dimensions and the mean over the batch, a batch of one.
"""

import numpy as np


def vae_reparameterize(mu: np.ndarray, logvar: np.ndarray, eps: np.ndarray) -> np.ndarray:
    """z = mu + exp(logvar / 2) * eps, shape (N, D)."""
    raise NotImplementedError


def vae_kl_divergence(mu: np.ndarray, logvar: np.ndarray) -> float:
    """KL(q(z|x) || N(0, I)): summed over latent dimensions, averaged over the batch."""
    raise NotImplementedError
