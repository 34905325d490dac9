"""Binary classification metrics: precision, recall, F1 and ROC-AUC.

The positive class is label 1; labels are 0/1 integers (or booleans), 1-D arrays of equal
length.

`precision_recall_f1(y_true, y_pred) -> (precision, recall, f1)`
- precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = their harmonic mean
  2 * P * R / (P + R).
- Whenever a denominator is 0 (no predicted positives, no actual positives, or P = R = 0),
  that value is 0.0, as scikit-learn does with `zero_division=0`.
- Return three Python floats (or NumPy scalars).

`roc_auc(y_true, scores) -> float`
- The area under the ROC curve for real-valued `scores` (higher = more likely positive).
  Equivalently: the probability that a random positive scores higher than a random
  negative, where a tie between a positive and a negative counts as one half.
- If `y_true` holds only one class the AUC is undefined: raise `ValueError`.

Judged on: random cases against the reference, a hand-made case where precision differs
from recall, the zero-division rules, perfect and reversed rankings, heavily tied scores,
all-equal scores (0.5), invariance to a monotone transform of the scores, one class only,
boolean labels.
"""

import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (label 1); 0.0 wherever 0 / 0."""
    raise NotImplementedError


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve; ties between a positive and a negative count one half."""
    raise NotImplementedError
