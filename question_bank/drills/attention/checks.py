"""Hidden checks for the scaled dot-product attention drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    attend = suite.function(user, "scaled_dot_product_attention")
    if attend is None:
        return
    rng = np.random.default_rng(3)

    def call(c, Q, K, V, mask=None):
        args = (Q.copy(), K.copy(), V.copy())
        result = attend(*args) if mask is None else attend(*args, mask=mask.copy())
        return c.unpack(result, 2, "scaled_dot_product_attention(Q, K, V)")

    Q = rng.normal(size=(4, 8))
    K = rng.normal(size=(6, 8))
    V = rng.normal(size=(6, 3))
    e_out, e_w = ref.scaled_dot_product_attention(Q, K, V)

    with suite.check("shapes: out (n, d_v) and weights (n, m) with n=4, m=6, d_v=3",
                     hint="weights = softmax(Q @ K.T / sqrt(d_k)); out = weights @ V") as c:
        out, w = call(c, Q, K, V)
        c.shape(out, (4, 3), what="out")
        c.shape(w, (4, 6), what="weights")

    with suite.check("weights and output match on random Q, K, V",
                     hint="softmax over the keys, the last axis of the scores") as c:
        out, w = call(c, Q, K, V)
        c.close(w, e_w, what="weights")
        c.close(out, e_out, what="out")

    with suite.check("scores are scaled by sqrt(d_k) (d_k = 64)",
                     hint="divide Q @ K.T by np.sqrt(d_k), with d_k = Q.shape[-1]") as c:
        Qb, Kb, Vb = rng.normal(size=(3, 64)), rng.normal(size=(5, 64)), rng.normal(size=(5, 2))
        e_outb, e_wb = ref.scaled_dot_product_attention(Qb, Kb, Vb)
        out, w = call(c, Qb, Kb, Vb)
        c.close(w, e_wb, what="weights")
        c.close(out, e_outb, what="out")

    with suite.check("each weight row is a distribution over the keys",
                     hint="normalise along axis=-1 (keys), not along the queries") as c:
        _, w = call(c, Q, K, V)
        w = np.asarray(w, dtype=float)
        c.true(np.all(w >= 0), "every weight is >= 0")
        c.close(w.sum(axis=-1), np.ones(4), atol=1e-10, what="row sums of weights")

    with suite.check("causal mask: masked weights are exactly 0",
                     hint="apply the mask to the scores before the softmax (True = keep), "
                          "e.g. np.where(mask, scores, -1e30)") as c:
        X = rng.normal(size=(5, 4))
        causal = np.tril(np.ones((5, 5), dtype=bool))
        e_outc, e_wc = ref.scaled_dot_product_attention(X, X, X, causal)
        out, w = call(c, X, X, X, causal)
        w = np.asarray(w, dtype=float)
        c.shape(w, (5, 5), what="weights")
        c.true(np.all(w[~causal] == 0), "weights above the diagonal are exactly 0")
        c.close(w, e_wc, what="weights")
        c.close(out, e_outc, what="out")

    with suite.check("masked weights stay exactly 0 even when scores are huge",
                     hint="a fixed penalty such as -1e4 loses to scores of that size; use "
                          "np.where(mask, scores, -np.inf) or a very large negative") as c:
        # Later keys score far higher than earlier ones (by 1.5e4 per step), and the causal
        # mask hides exactly those: a masked score beats every allowed one.
        Qh = np.zeros((5, 4))
        Qh[:, 0] = 300.0
        Kh = rng.normal(size=(5, 4))
        Kh[:, 0] = 100.0 * np.arange(5)
        Vh = rng.normal(size=(5, 3))
        causal = np.tril(np.ones((5, 5), dtype=bool))
        out, w = call(c, Qh, Kh, Vh, causal)
        w = np.asarray(w, dtype=float)
        c.finite(w, what="weights")
        c.true(np.all(w[~causal] == 0), "weights above the diagonal are exactly 0")

    with suite.check("batch and heads: Q (2, 3, 4, 5), K and V (2, 3, 6, 5)",
                     hint="use K.swapaxes(-1, -2), not K.T, so leading axes pass through") as c:
        Qh, Kh, Vh = (rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 6, 5)),
                      rng.normal(size=(2, 3, 6, 5)))
        e_outh, e_wh = ref.scaled_dot_product_attention(Qh, Kh, Vh)
        out, w = call(c, Qh, Kh, Vh)
        c.close(w, e_wh, what="weights")
        c.close(out, e_outh, what="out")

    with suite.check("padding mask (2, 1, 1, m) broadcast over heads and queries",
                     hint="let np.where broadcast the mask; padded keys get weight 0") as c:
        Qp, Kp, Vp = (rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 6, 5)),
                      rng.normal(size=(2, 3, 6, 2)))
        lengths = np.array([6, 2])
        pad = (np.arange(6)[None, :] < lengths[:, None])[:, None, None, :]
        e_outp, e_wp = ref.scaled_dot_product_attention(Qp, Kp, Vp, pad)
        out, w = call(c, Qp, Kp, Vp, pad)
        w = np.asarray(w, dtype=float)
        c.shape(w, (2, 3, 4, 6), what="weights")
        c.true(np.all(w[1, :, :, 2:] == 0), "padded keys of the second sequence get weight 0")
        c.close(w, e_wp, what="weights")
        c.close(out, e_outp, what="out")

    with suite.check("stable for large scores",
                     hint="subtract the row maximum of the scores before np.exp") as c:
        Ql, Kl = Q * 60, K * 60
        e_outl, e_wl = ref.scaled_dot_product_attention(Ql, Kl, V)
        out, w = call(c, Ql, Kl, V)
        c.finite(w, what="weights")
        c.close(w, e_wl, what="weights")
        c.close(out, e_outl, what="out")

    with suite.check("mask=None is the same as an all-True mask",
                     hint="with no mask every key is allowed") as c:
        full = np.ones((4, 6), dtype=bool)
        out_none, w_none = call(c, Q, K, V)
        out_full, w_full = call(c, Q, K, V, full)
        c.close(w_full, w_none, what="weights with an all-True mask")
        c.close(out_full, out_none, what="out with an all-True mask")

    with suite.check("leaves Q, K, V and the mask unchanged",
                     hint="compute scores in a new array; do not write into the inputs") as c:
        Qc, Kc, Vc = Q.copy(), K.copy(), V.copy()
        m = np.tril(np.ones((4, 6), dtype=bool))
        mc = m.copy()
        attend(Qc, Kc, Vc, mask=mc)
        for name, got, orig in (("Q", Qc, Q), ("K", Kc, K), ("V", Vc, V), ("mask", mc, m)):
            c.equal(got, orig, what=f"{name} after the call")
