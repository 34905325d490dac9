"""Reference solution: precision, recall, F1 and a tie-aware ROC-AUC."""

import numpy as np


def _safe_div(num: float, den: float) -> float:
    return float(num) / float(den) if den else 0.0


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the positive class (label 1); 0.0 wherever 0 / 0."""
    t = np.asarray(y_true) == 1
    p = np.asarray(y_pred) == 1
    tp = np.sum(t & p)
    fp = np.sum(~t & p)
    fn = np.sum(t & ~p)
    precision = _safe_div(tp, tp + fp)  # of what we flagged, how much was right
    recall = _safe_div(tp, tp + fn)     # of what was there, how much we found
    f1 = _safe_div(2 * precision * recall, precision + recall)
    return precision, recall, f1


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve; ties between a positive and a negative count one half."""
    pos = np.asarray(y_true) == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC-AUC needs at least one positive and one negative")
    # Mann-Whitney: AUC = (sum of the positives' ranks - n_pos (n_pos + 1) / 2) / (n_pos n_neg),
    # with tied scores sharing the average of their ranks (that is the "one half").
    _, inverse, counts = np.unique(np.asarray(scores, dtype=float), return_inverse=True,
                                   return_counts=True)
    last_rank = np.cumsum(counts)               # 1-based rank of each group's last member
    average_rank = last_rank - (counts - 1) / 2  # mean of the group's ranks
    ranks = average_rank[inverse]
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
