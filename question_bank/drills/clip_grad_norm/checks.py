"""Hidden checks for the gradient-clipping drill."""

import numpy as np

from coach.drills.harness import Suite


def _global_norm(arrays) -> float:
    return float(np.sqrt(sum(float(np.sum(np.asarray(a, dtype=float) ** 2)) for a in arrays)))


def _result(c, clip, grads, max_norm):
    out = clip([g.copy() for g in grads], max_norm)
    c.true(isinstance(out, list | tuple), f"returns a list of arrays (got {type(out).__name__})")
    c.true(len(out) == len(grads), f"returns {len(grads)} arrays, one per input (got {len(out)})")
    for i, (o, g) in enumerate(zip(out, grads, strict=True)):
        c.shape(o, g.shape, what=f"array {i}")
    return [np.asarray(o, dtype=float) for o in out]


def run(suite: Suite, user, ref) -> None:
    clip = suite.function(user, "clip_grad_norm")
    if clip is None:
        return
    rng = np.random.default_rng(0)
    shapes = [(4, 3), (3,), (2, 2, 2)]

    with suite.check("matches when the global norm is above max_norm",
                     hint="compute one norm over all arrays, then multiply each by "
                          "max_norm / global_norm") as c:
        grads = [rng.normal(size=s) * 3 for s in shapes]
        expected = ref.clip_grad_norm(grads, 1.0)
        out = _result(c, clip, grads, 1.0)
        for i, (o, e) in enumerate(zip(out, expected, strict=True)):
            c.close(o, e, rtol=1e-5, atol=1e-9, what=f"array {i}")

    with suite.check("the clipped global norm equals max_norm",
                     hint="the norm is sqrt of the sum of squares of every entry of every "
                          "array, not a sum or a max of per-array norms") as c:
        grads = [rng.normal(size=s) * 5 for s in shapes]
        out = _result(c, clip, grads, 2.5)
        c.close(_global_norm(out), 2.5, rtol=1e-5, what="global norm after clipping")

    with suite.check("every array is scaled by the same factor",
                     hint="clipping each array to max_norm on its own changes the direction "
                          "of the whole step; use one factor for all") as c:
        # Very different sizes: per-array clipping would treat them differently.
        grads = [rng.normal(size=(5, 5)) * 10, rng.normal(size=(3,)) * 0.1,
                 rng.normal(size=(2, 4))]
        out = _result(c, clip, grads, 1.0)
        factors = [float(np.sum(o * g) / np.sum(g * g)) for o, g in zip(out, grads, strict=True)]
        for i, (o, g) in enumerate(zip(out, grads, strict=True)):
            c.close(o, factors[0] * g, rtol=1e-6, atol=1e-12,
                    what=f"array {i} against array 0's factor {factors[0]:.6g} times its input")
        c.true(factors[0] < 1.0, "gradients above the threshold shrink (factor < 1)")

    with suite.check("unchanged when the global norm is below max_norm",
                     hint="only scale down: when the norm is already small enough, the factor "
                          "is 1, never max_norm / norm > 1") as c:
        grads = [rng.normal(size=s) * 0.1 for s in shapes]
        norm = _global_norm(grads)
        out = _result(c, clip, grads, norm * 4)
        for i, (o, g) in enumerate(zip(out, grads, strict=True)):
            c.close(o, g, rtol=1e-9, atol=1e-12, what=f"array {i}")

    with suite.check("each array under max_norm but the total above it is still clipped",
                     hint="the threshold applies to the norm of all arrays together") as c:
        grads = [np.full((4,), 0.4), np.full((4,), 0.4), np.full((4,), 0.4)]  # each 0.8, all 1.39
        out = _result(c, clip, grads, 1.0)
        c.close(_global_norm(out), 1.0, rtol=1e-5, what="global norm after clipping")

    with suite.check("a single array",
                     hint="a list with one array works the same way") as c:
        g = rng.normal(size=(6,)) * 4
        out = _result(c, clip, [g], 0.5)
        c.close(out[0], g * 0.5 / np.linalg.norm(g), rtol=1e-5, what="the clipped array")

    with suite.check("all-zero gradients stay zero",
                     hint="a global norm of 0 is below any max_norm: return the zeros as they "
                          "are instead of dividing by the norm") as c:
        grads = [np.zeros((3, 2)), np.zeros(4)]
        out = _result(c, clip, grads, 1.0)
        for i, o in enumerate(out):
            c.finite(o, what=f"array {i}")
            c.close(o, np.zeros(grads[i].shape), what=f"array {i}")

    with suite.check("leaves its inputs unchanged and returns new arrays",
                     hint="g *= scale edits the caller's gradients; compute g * scale, and "
                          "when nothing is clipped return copies ([g.copy() for g in grads]), "
                          "not the caller's list") as c:
        for max_norm, case in ((1.0, "clipped"), (1e6, "not clipped")):
            grads = [rng.normal(size=s) * 5 for s in shapes]
            before = [g.copy() for g in grads]
            out = clip(grads, max_norm)
            for i, (g, b) in enumerate(zip(grads, before, strict=True)):
                c.equal(g, b, what=f"input array {i} after the call ({case})")
            c.true(out is not grads, f"a new list, not the one passed in ({case})")
            c.true(not any(np.shares_memory(np.asarray(o), g)
                           for o, g in zip(out, grads, strict=True)),
                   f"the returned arrays are new, sharing no memory with the inputs ({case})")
