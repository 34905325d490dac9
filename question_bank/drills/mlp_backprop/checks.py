"""Hidden checks for the MLP backpropagation drill."""

import numpy as np

from coach.drills.harness import Suite

KEYS = ("W1", "b1", "W2", "b2", "W3", "b3")


def _params(rng, d, h1, h2, c, scale=0.5):
    return {"W1": rng.normal(size=(d, h1)) * scale, "b1": rng.normal(size=h1) * 0.1,
            "W2": rng.normal(size=(h1, h2)) * scale, "b2": rng.normal(size=h2) * 0.1,
            "W3": rng.normal(size=(h2, c)) * scale, "b3": rng.normal(size=c) * 0.1}


def _copy(params):
    return {k: v.copy() for k, v in params.items()}


def run(suite: Suite, user, ref) -> None:
    fn = suite.function(user, "mlp_forward_backward")
    if fn is None:
        return
    rng = np.random.default_rng(2)
    X = rng.normal(size=(6, 4))
    y = rng.integers(0, 3, size=6)
    params = _params(rng, 4, 5, 4, 3)
    exp_loss, exp_grads = ref.mlp_forward_backward(X, y, params)

    def call(X, y, params):
        return fn(X.copy(), y.copy(), _copy(params))

    def grads_of(c, result):
        loss, grads = c.unpack(result, 2, "mlp_forward_backward(X, y, params)")
        c.true(isinstance(grads, dict), "grads is a dict keyed W1 b1 W2 b2 W3 b3")
        missing = [k for k in KEYS if k not in grads]
        c.true(not missing, f"grads has every key (missing: {', '.join(missing)})")
        return loss, grads

    with suite.check("returns the loss and a gradient for every parameter, shaped like it",
                     hint="dW = layer_input.T @ dz has W's shape; db = dz.sum(axis=0)") as c:
        _, grads = grads_of(c, call(X, y, params))
        for k in KEYS:
            c.shape(grads[k], params[k].shape, what=f"grads['{k}']")

    with suite.check("loss matches on a random batch",
                     hint="relu, relu, then a stable log-softmax; average over the batch") as c:
        loss, _ = grads_of(c, call(X, y, params))
        c.close(loss, exp_loss, what="loss")

    with suite.check("output layer gradients (W3, b3)",
                     hint="dz3 = (softmax(logits) - onehot(y)) / N; dW3 = h2.T @ dz3") as c:
        _, grads = grads_of(c, call(X, y, params))
        for k in ("W3", "b3"):
            c.close(grads[k], exp_grads[k], what=f"grads['{k}']")

    with suite.check("second hidden layer gradients (W2, b2)",
                     hint="dz2 = (dz3 @ W3.T) * (z2 > 0): mask by the pre-activation") as c:
        _, grads = grads_of(c, call(X, y, params))
        for k in ("W2", "b2"):
            c.close(grads[k], exp_grads[k], what=f"grads['{k}']")

    with suite.check("first hidden layer gradients (W1, b1)",
                     hint="dz1 = (dz2 @ W2.T) * (z1 > 0); dW1 = X.T @ dz1; "
                          "db1 sums over rows") as c:
        _, grads = grads_of(c, call(X, y, params))
        for k in ("W1", "b1"):
            c.close(grads[k], exp_grads[k], what=f"grads['{k}']")

    with suite.check("W1 gradient agrees with finite differences through the network",
                     hint="every gradient carries the 1/N of the mean exactly once") as c:
        Xs = rng.normal(size=(3, 3))
        ys = np.array([0, 1, 1])
        ps = _params(rng, 3, 4, 3, 2)
        _, grads = grads_of(c, call(Xs, ys, ps))

        def loss_w1(w1):
            q = _copy(ps)
            q["W1"] = w1
            return ref.mlp_forward_backward(Xs, ys, q)[0]

        c.grad_check(loss_w1, ps["W1"], grads["W1"], what="grads['W1']")

    with suite.check("units dead for every example get zero gradient",
                     hint="the ReLU derivative is 0 where its input was <= 0") as c:
        dead = _copy(params)
        dead["b1"][:2] = -50.0  # first two units of layer 1 never fire
        dead["b2"][1] = -50.0   # second unit of layer 2 never fires
        e_loss, e_grads = ref.mlp_forward_backward(X, y, dead)
        loss, grads = grads_of(c, call(X, y, dead))
        c.close(loss, e_loss, what="loss")
        for k in KEYS:
            c.close(grads[k], e_grads[k], what=f"grads['{k}']")

    with suite.check("large logits stay finite",
                     hint="subtract the row maximum of the logits before np.exp") as c:
        big = _copy(params)
        big["W3"] = big["W3"] * 2000
        e_loss, e_grads = ref.mlp_forward_backward(X, y, big)
        loss, grads = grads_of(c, call(X, y, big))
        c.finite(loss, what="loss")
        c.close(loss, e_loss, what="loss")
        c.close(grads["W3"], e_grads["W3"], what="grads['W3']")

    with suite.check("batch of one",
                     hint="keep 2-D shapes: X is (1, D), so X.T @ dz1 is still (D, H1)") as c:
        X1 = X[:1]
        y1 = y[:1]
        e_loss, e_grads = ref.mlp_forward_backward(X1, y1, params)
        loss, grads = grads_of(c, call(X1, y1, params))
        c.close(loss, e_loss, what="loss")
        for k in KEYS:
            c.close(grads[k], e_grads[k], what=f"grads['{k}']")

    with suite.check("leaves X and params unchanged",
                     hint="work on new arrays; dz3 = probs.copy() before subtracting 1") as c:
        Xc, pc = X.copy(), _copy(params)
        fn(Xc, y.copy(), pc)
        c.equal(Xc, X, what="X after the call")
        for k in KEYS:
            c.equal(pc[k], params[k], what=f"params['{k}'] after the call")
