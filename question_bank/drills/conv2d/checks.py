"""Hidden checks for the conv2d drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    conv2d = suite.function(user, "conv2d")
    if conv2d is None:
        return
    rng = np.random.default_rng(7)

    def case(c, x, w, b, what, **kw):
        expected = ref.conv2d(x, w, b, **kw)
        got = conv2d(x.copy(), w.copy(), b.copy(), **kw)
        c.close(got, expected, what=what)
        return got

    x = rng.normal(size=(2, 3, 5, 5))
    w = rng.normal(size=(4, 3, 3, 3))
    b = rng.normal(size=4)

    with suite.check("output shape (2, 4, 3, 3) for a 5x5 input and 3x3 kernel",
                     hint="H_out = (H + 2*padding - KH) // stride + 1") as c:
        c.shape(conv2d(x.copy(), w.copy(), b.copy()), (2, 4, 3, 3), what="conv2d(x, w, b)")

    with suite.check("matches on a random batch (2 examples, 3 channels, 4 filters)",
                     hint="sum over input channels and the kernel window, one output map "
                          "per filter") as c:
        case(c, x, w, b, "conv2d(x, w, b)")

    with suite.check("adds one bias per filter",
                     hint="add b[f] once to every position of output map f") as c:
        out = case(c, np.zeros((1, 3, 4, 4)), w, b, "conv2d(zeros, w, b)")
        c.close(out, np.broadcast_to(b[None, :, None, None], (1, 4, 2, 2)),
                what="conv2d(zeros, w, b)")

    with suite.check("the kernel is not flipped (cross-correlation)",
                     hint="out[i, j] = sum of x[i + u, j + v] * w[u, v]; no w[::-1, ::-1]") as c:
        img = np.arange(16.0).reshape(1, 1, 4, 4)
        k = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
        case(c, img, k, np.zeros(1), "conv2d(arange image, [[1, 2], [3, 4]])")

    with suite.check("zero padding keeps a 5x5 input at 5x5 (padding=1)",
                     hint="np.pad with zeros, padding on each of the four sides") as c:
        ones = np.ones((1, 2, 5, 5))
        k = np.ones((1, 2, 3, 3))
        out = case(c, ones, k, np.zeros(1), "conv2d(ones, ones, padding=1)", padding=1)
        c.close(np.asarray(out)[0, 0, 0, 0], 8.0, what="corner value (4 of 9 taps inside, "
                                                      "2 channels)")
        case(c, x, w, b, "conv2d(x, w, b, padding=1)", padding=1)

    with suite.check("stride 2 where the floor matters (H = 6 and H = 7)",
                     hint="the input index is i*stride + u; H_out rounds down") as c:
        x6 = rng.normal(size=(1, 2, 6, 7))
        w6 = rng.normal(size=(2, 2, 3, 3))
        out = case(c, x6, w6, np.zeros(2), "conv2d(6x7 input, stride=2)", stride=2)
        c.shape(out, (1, 2, 2, 3), what="conv2d(6x7 input, stride=2)")

    with suite.check("non-square input and kernel with stride and padding",
                     hint="use KH for heights and KW for widths separately") as c:
        xr = rng.normal(size=(2, 2, 5, 8))
        wr = rng.normal(size=(3, 2, 2, 3))
        case(c, xr, wr, rng.normal(size=3), "conv2d(5x8 input, 2x3 kernel, stride=2, "
             "padding=1)", stride=2, padding=1)

    with suite.check("a 1x1 kernel mixes channels at each pixel",
                     hint="with KH = KW = 1 the output is a per-pixel matrix product "
                          "over channels") as c:
        w1 = rng.normal(size=(5, 3, 1, 1))
        b1 = rng.normal(size=5)
        out = case(c, x, w1, b1, "conv2d(x, 1x1 kernels)")
        c.close(out, np.einsum("nchw,fc->nfhw", x, w1[:, :, 0, 0]) + b1[None, :, None, None],
                what="conv2d(x, 1x1 kernels)")

    with suite.check("one example, one channel, one filter covering the whole image",
                     hint="a kernel as large as the input gives a 1x1 output") as c:
        xs = rng.normal(size=(1, 1, 3, 3))
        ws = rng.normal(size=(1, 1, 3, 3))
        out = case(c, xs, ws, np.array([0.5]), "conv2d(3x3 image, 3x3 kernel)")
        c.close(np.asarray(out).reshape(-1), [float((xs * ws).sum() + 0.5)],
                what="the single output value")

    with suite.check("leaves x, w and b unchanged",
                     hint="pad into a new array (np.pad returns one)") as c:
        xc, wc, bc = x.copy(), w.copy(), b.copy()
        conv2d(xc, wc, bc, stride=1, padding=1)
        c.equal(xc, x, what="x after the call")
        c.equal(wc, w, what="w after the call")
        c.equal(bc, b, what="b after the call")
