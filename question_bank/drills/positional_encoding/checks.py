"""Hidden checks for the sinusoidal positional encoding drill."""

import numpy as np

from coach.drills.harness import Suite


def run(suite: Suite, user, ref) -> None:
    pe = suite.function(user, "sinusoidal_positional_encoding")
    if pe is None:
        return

    with suite.check("shape (seq_len, d_model) = (50, 16)",
                     hint="one row per position, one column per feature") as c:
        c.shape(pe(50, 16), (50, 16), what="pe(50, 16)")

    with suite.check("matches the table for seq_len=50, d_model=16",
                     hint="angle = pos / 10000 ** (2i / d_model) for the pair (2i, 2i+1)") as c:
        c.close(pe(50, 16), ref.sinusoidal_positional_encoding(50, 16), atol=1e-10,
                what="pe(50, 16)")

    with suite.check("position 0 is [0, 1, 0, 1, ...]",
                     hint="sin(0) = 0 on the even columns, cos(0) = 1 on the odd ones") as c:
        row = np.asarray(pe(4, 10), dtype=float)
        c.shape(row, (4, 10), what="pe(4, 10)")
        c.close(row[0], np.tile([0.0, 1.0], 5), atol=1e-12, what="pe[0]")

    with suite.check("columns 0 and 1 are sin(pos) and cos(pos)",
                     hint="the first pair has frequency 1: 10000 ** 0 = 1") as c:
        table = np.asarray(pe(12, 6), dtype=float)
        c.shape(table, (12, 6), what="pe(12, 6)")
        pos = np.arange(12.0)
        c.close(table[:, 0], np.sin(pos), atol=1e-12, what="column 0")
        c.close(table[:, 1], np.cos(pos), atol=1e-12, what="column 1")

    with suite.check("each sine/cosine pair shares one frequency",
                     hint="the exponent uses the pair index: 2i / d_model for both columns "
                          "2i and 2i+1, not the column index") as c:
        table = np.asarray(pe(30, 8), dtype=float)
        c.shape(table, (30, 8), what="pe(30, 8)")
        c.close(table[:, 0::2] ** 2 + table[:, 1::2] ** 2, np.ones((30, 4)), atol=1e-10,
                what="sin^2 + cos^2 of each pair")
        c.close(table, ref.sinusoidal_positional_encoding(30, 8), atol=1e-10, what="pe(30, 8)")

    with suite.check("odd d_model = 7 ends with a sine column",
                     hint="fill pe[:, 1::2] with the first d_model // 2 cosine angles only") as c:
        c.close(pe(9, 7), ref.sinusoidal_positional_encoding(9, 7), atol=1e-10, what="pe(9, 7)")

    with suite.check("tiny sizes: seq_len=1 and d_model=1 or 2",
                     hint="build the table with arange and broadcasting; no special cases") as c:
        c.close(pe(1, 2), np.array([[0.0, 1.0]]), atol=1e-12, what="pe(1, 2)")
        c.close(pe(3, 1), ref.sinusoidal_positional_encoding(3, 1), atol=1e-12, what="pe(3, 1)")

    with suite.check("a long table (1000, 64) is right at the far end",
                     hint="use float division and broadcasting; integer powers overflow") as c:
        table = pe(1000, 64)
        expected = ref.sinusoidal_positional_encoding(1000, 64)
        c.finite(table, what="pe(1000, 64)")
        c.close(table, expected, atol=1e-8, what="pe(1000, 64)")
