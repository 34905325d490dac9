"""Hidden checks for the multi-head attention drill."""

import numpy as np

from coach.drills.harness import Suite


def _weights(rng, d, scale=None):
    s = scale if scale is not None else 1 / np.sqrt(d)
    return [rng.normal(size=(d, d)) * s for _ in range(4)]


def run(suite: Suite, user, ref) -> None:
    mha = suite.function(user, "multi_head_attention")
    if mha is None:
        return
    rng = np.random.default_rng(4)

    def case(c, X, Ws, heads, what):
        expected = ref.multi_head_attention(X, *Ws, heads)
        got = mha(X.copy(), *(W.copy() for W in Ws), heads)
        c.close(got, expected, what=what)
        return got

    X = rng.normal(size=(5, 8))
    Ws = _weights(rng, 8)

    with suite.check("returns (n, d_model) for n=5, d_model=8, 2 heads",
                     hint="concatenate the heads back to (n, d_model) before W_o") as c:
        c.shape(mha(X.copy(), *(W.copy() for W in Ws), 2), (5, 8), what="output")

    with suite.check("matches with 2 heads",
                     hint="per head: softmax(Q_h K_h^T / sqrt(d_k)) V_h, then concat, "
                          "then W_o") as c:
        case(c, X, Ws, 2, "output (2 heads)")

    with suite.check("one head is plain scaled dot-product attention",
                     hint="with one head, d_k = d_model and nothing is split") as c:
        case(c, X, Ws, 1, "output (1 head)")

    with suite.check("scales by sqrt(d_k) of each head (d_model=16, 4 heads)",
                     hint="d_k = d_model // n_heads; divide the scores by np.sqrt(d_k), "
                          "not np.sqrt(d_model)") as c:
        X16 = rng.normal(size=(6, 16))
        case(c, X16, _weights(rng, 16, scale=0.6), 4, "output (4 heads)")

    with suite.check("head h takes the contiguous columns h*d_k:(h+1)*d_k",
                     hint="split with reshape(n, n_heads, d_k), not reshape(n, d_k, n_heads)") as c:
        X12 = rng.normal(size=(4, 12))
        case(c, X12, _weights(rng, 12, scale=0.7), 3, "output (3 heads, d_k = 4)")

    with suite.check("as many heads as features (d_k = 1)",
                     hint="the split and the concatenation must also work when d_k = 1") as c:
        case(c, X, Ws, 8, "output (8 heads)")

    with suite.check("the output projection W_o is applied",
                     hint="multiply the concatenated heads by W_o at the end") as c:
        W_q, W_k, W_v, _ = Ws
        W_o = rng.normal(size=(8, 8))
        case(c, X, [W_q, W_k, W_v, W_o], 2, "output with a non-identity W_o")

    with suite.check("a sequence of length 1 attends only to itself",
                     hint="one key means every weight is 1, so the output is X @ W_v @ W_o") as c:
        x1 = rng.normal(size=(1, 8))
        W_q, W_k, W_v, W_o = Ws
        c.close(mha(x1.copy(), W_q, W_k, W_v, W_o, 4), x1 @ W_v @ W_o, what="output (n = 1)")

    with suite.check("permuting the positions permutes the output rows",
                     hint="self-attention has no notion of order; every head must see "
                          "all rows") as c:
        perm = np.array([3, 0, 4, 1, 2])
        out = np.asarray(mha(X.copy(), *(W.copy() for W in Ws), 2), dtype=float)
        out_perm = mha(X[perm].copy(), *(W.copy() for W in Ws), 2)
        c.shape(out, (5, 8), what="output")
        c.close(out_perm, out[perm], what="output of the permuted input")

    with suite.check("stable for large inputs",
                     hint="subtract each score row's maximum before np.exp") as c:
        Xl = X * 40
        got = case(c, Xl, _weights(rng, 8, scale=1.0), 2, "output (large inputs)")
        c.finite(got, what="output (large inputs)")

    with suite.check("leaves X and the weights unchanged",
                     hint="the projections are new arrays; do not scale X or Q in place") as c:
        Xc, Wc = X.copy(), [W.copy() for W in Ws]
        mha(Xc, *Wc, 2)
        c.equal(Xc, X, what="X after the call")
        for name, got, orig in zip(("W_q", "W_k", "W_v", "W_o"), Wc, Ws, strict=True):
            c.equal(got, orig, what=f"{name} after the call")
