"""One step of an LSTM cell.

Write `lstm_cell(x, h, c, W, U, b)`:

- `x`: float64 (N, D) inputs at this time step; `h`, `c`: float64 (N, H) previous hidden
  and cell state.
- `W`: (D, 4H), `U`: (H, 4H), `b`: (4H,).
- z = x @ W + h @ U + b has 4H columns, in blocks of H in this order:
  input gate i, forget gate f, candidate g, output gate o (columns 0:H, H:2H, 2H:3H, 3H:4H).
- i, f, o = sigmoid of their blocks; g = tanh of its block.
- c_new = f * c + i * g;  h_new = o * tanh(c_new).
- Return `(h_new, c_new)`, each (N, H). Do not modify the inputs.

Judged on: random batches, the gate order, the cell update, tanh on the new cell, zero
initial state, saturated gates, a batch of one with H = 1, inputs left unchanged.
"""

import numpy as np


def lstm_cell(x: np.ndarray, h: np.ndarray, c: np.ndarray, W: np.ndarray, U: np.ndarray,
              b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step; returns (h_new, c_new), each (N, H)."""
    raise NotImplementedError
