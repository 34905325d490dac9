"""Hidden checks for the cross-entropy drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    cross_entropy = suite.function(user, "cross_entropy")
    if cross_entropy is None:
        return
    rng = np.random.default_rng(1)

    def call(logits, labels):
        return cross_entropy(logits.copy(), labels.copy())

    logits = rng.normal(size=(8, 5)) * 2
    labels = rng.integers(0, 5, size=8)
    exp_loss, exp_grad = ref.cross_entropy(logits, labels)

    with suite.check("returns (loss, dlogits) with the right shapes",
                     hint="return a scalar loss and an (N, C) gradient, in that order") as c:
        loss, grad = c.unpack(call(logits, labels), 2, "cross_entropy(logits, labels)")
        c.shape(loss, (), what="loss")
        c.shape(grad, logits.shape, what="dlogits")

    with suite.check("loss matches on a random batch (8, 5)",
                     hint="mean over the batch of -log softmax at the true class") as c:
        loss, _ = c.unpack(call(logits, labels), 2)
        c.close(loss, exp_loss, what="loss")

    with suite.check("gradient matches on a random batch (8, 5)",
                     hint="(softmax(logits) - onehot(labels)) / N") as c:
        _, grad = c.unpack(call(logits, labels), 2)
        c.close(grad, exp_grad, what="dlogits")

    with suite.check("gradient agrees with finite differences of the mean loss",
                     hint="the loss is a mean, so the gradient is divided by N") as c:
        small = rng.normal(size=(3, 4))
        small_labels = np.array([0, 3, 1])
        _, grad = c.unpack(call(small, small_labels), 2)
        c.grad_check(lambda z: ref.cross_entropy(z, small_labels)[0], small, grad,
                     what="dlogits")

    with suite.check("stable for logits in the thousands",
                     hint="log-softmax = shifted - log(sum(exp(shifted))), with "
                          "shifted = z - max(z)") as c:
        big = rng.normal(size=(4, 6)) * 1000
        big_labels = rng.integers(0, 6, size=4)
        e_loss, e_grad = ref.cross_entropy(big, big_labels)
        loss, grad = c.unpack(call(big, big_labels), 2)
        c.finite(loss, what="loss")
        c.finite(grad, what="dlogits")
        c.close(loss, e_loss, what="loss")
        c.close(grad, e_grad, what="dlogits")

    with suite.check("confidently wrong: the true class 900 below the best",
                     hint="np.log(softmax(...)) gives log(0) = -inf; compute log-softmax "
                          "directly with log-sum-exp") as c:
        wrong = np.array([[900.0, 0.0, 10.0], [0.0, 2.0, 1.0]])
        wrong_labels = np.array([1, 1])
        e_loss, e_grad = ref.cross_entropy(wrong, wrong_labels)
        loss, grad = c.unpack(call(wrong, wrong_labels), 2)
        c.finite(loss, what="loss")
        c.close(loss, e_loss, what="loss")
        c.close(grad, e_grad, what="dlogits")

    with suite.check("batch of one, two classes, int32 labels",
                     hint="index rows with np.arange(N) and divide by N = 1 here") as c:
        one = np.array([[0.5, -1.5]])
        one_labels = np.array([0], dtype=np.int32)
        e_loss, e_grad = ref.cross_entropy(one, one_labels)
        loss, grad = c.unpack(call(one, one_labels), 2)
        c.close(loss, e_loss, what="loss")
        c.close(grad, e_grad, what="dlogits")

    with suite.check("each gradient row sums to zero",
                     hint="softmax rows sum to 1 and the one-hot row sums to 1") as c:
        _, grad = c.unpack(call(logits, labels), 2)
        c.close(np.asarray(grad, dtype=float).sum(axis=1), np.zeros(8), atol=1e-12,
                what="row sums of dlogits")

    with suite.check("leaves its inputs unchanged",
                     hint="subtracting 1 at the labels must happen on a new array") as c:
        z = logits.copy()
        y = labels.copy()
        cross_entropy(z, y)
        c.equal(z, logits, what="logits after the call")
        c.equal(y, labels, what="labels after the call")
