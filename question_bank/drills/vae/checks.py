"""Hidden checks for the VAE drill."""

import numpy as np

from coach.drills.harness import Suite


def _kl(c, fn, mu, logvar, what):
    out = fn(mu.copy(), logvar.copy())
    c.true(np.size(out) == 1, f"{what}: one number for the whole batch (got shape "
                              f"{np.shape(out)})")
    c.finite(out, what=what)
    return float(np.asarray(out, dtype=float).reshape(-1)[0])


def run(suite: Suite, user, ref) -> None:
    reparam = suite.function(user, "vae_reparameterize")
    kl = suite.function(user, "vae_kl_divergence")
    rng = np.random.default_rng(0)

    if reparam is not None:
        with suite.check("reparameterisation matches on random inputs",
                         hint="z = mu + exp(0.5 * logvar) * eps") as c:
            mu, logvar, eps = (rng.normal(size=(4, 3)) for _ in range(3))
            c.close(reparam(mu, logvar, eps), ref.vae_reparameterize(mu, logvar, eps),
                    what="z")

        with suite.check("sigma is exp(logvar / 2)",
                         hint="logvar = log sigma^2 = 2 log sigma; exp(logvar) is the "
                              "variance, not the standard deviation") as c:
            mu = np.zeros((2, 2))
            eps = np.array([[1.0, -1.0], [0.5, 2.0]])
            c.close(reparam(mu, np.zeros((2, 2)), eps), eps, what="z for mu = 0, logvar = 0")
            c.close(reparam(mu + 3.0, np.full((2, 2), np.log(4.0)), eps), 3.0 + 2.0 * eps,
                    what="z for mu = 3, variance 4 (sigma 2)")

        with suite.check("uses the eps it is given",
                         hint="the caller draws the noise; do not draw a new one inside") as c:
            mu, logvar = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
            c.close(reparam(mu, logvar, np.zeros((3, 4))), mu, what="z for eps = 0")
            eps = rng.normal(size=(3, 4))
            c.close(reparam(mu, logvar, eps), reparam(mu, logvar, eps),
                    what="z from a second call with the same eps")

    if kl is None:
        return

    with suite.check("KL matches on a random batch",
                     hint="0.5 * (exp(logvar) + mu^2 - 1 - logvar), summed over latent "
                          "dimensions, averaged over the batch") as c:
        mu, logvar = rng.normal(size=(5, 4)), rng.normal(size=(5, 4)) * 0.7
        c.close(_kl(c, kl, mu, logvar, "KL"), ref.vae_kl_divergence(mu, logvar), what="KL")

    with suite.check("KL is 0 at the prior and positive elsewhere",
                     hint="KL(q || p) >= 0 with equality only when q = p; a negative value "
                          "means a sign is flipped (the loss adds +KL)") as c:
        c.close(_kl(c, kl, np.zeros((3, 2)), np.zeros((3, 2)), "KL at the prior"), 0.0,
                atol=1e-12, what="KL for mu = 0, logvar = 0")
        for _ in range(3):
            mu, logvar = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
            value = _kl(c, kl, mu, logvar, "KL")
            c.true(value > 0, f"KL > 0 for a random batch (got {value:.6g})")

    with suite.check("known values",
                     hint="per dimension 0.5 * (sigma^2 + mu^2 - 1 - log sigma^2)") as c:
        c.close(_kl(c, kl, np.ones((1, 1)), np.zeros((1, 1)), "KL"), 0.5,
                what="KL for mu = 1, sigma = 1 (one dimension)")
        c.close(_kl(c, kl, np.zeros((1, 1)), np.full((1, 1), np.log(2.0)), "KL"),
                0.5 * (1.0 - np.log(2.0)), what="KL for mu = 0, sigma^2 = 2 (one dimension)")

    with suite.check("KL is summed over latent dimensions",
                     hint="sum over axis 1 (the latent dimensions), not the mean: each "
                          "dimension is its own independent Gaussian") as c:
        mu, logvar = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        one = _kl(c, kl, mu, logvar, "KL with D = 2")
        two = _kl(c, kl, np.hstack([mu, mu]), np.hstack([logvar, logvar]), "KL with D = 4")
        c.close(two, 2 * one, what="KL with every latent dimension repeated twice, against "
                                   "twice the KL")

    with suite.check("KL is averaged over the batch",
                     hint="mean over axis 0 (the examples), not the sum: the value must not "
                          "grow with the batch size") as c:
        mu, logvar = rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        base = _kl(c, kl, mu, logvar, "KL")
        c.close(_kl(c, kl, np.vstack([mu, mu]), np.vstack([logvar, logvar]), "KL"), base,
                what="KL of the batch repeated twice, against the KL of the batch")
        single = _kl(c, kl, mu[:1], logvar[:1], "KL of one example")
        expected = 0.5 * float(np.sum(np.exp(logvar[0]) + mu[0] ** 2 - 1 - logvar[0]))
        c.close(single, expected, what="KL of a batch of one")
