"""F1 from counts directly; the AUC by walking the ROC curve one distinct score at a time."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true).astype(bool), np.asarray(y_pred).astype(bool)
    tp = int(np.count_nonzero(y_true & y_pred))
    predicted, actual = int(y_pred.sum()), int(y_true.sum())
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * tp / (predicted + actual) if predicted + actual else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    if y.all() or not y.any():
        raise ValueError("ROC-AUC is undefined for one class")
    order = np.argsort(-s, kind="stable")
    s, y = s[order], y[order]
    # Cut only where the score changes, so a tied group moves the curve diagonally.
    last_of_group = np.r_[np.nonzero(np.diff(s))[0], len(s) - 1]
    tpr = np.r_[0.0, np.cumsum(y)[last_of_group] / y.sum()]
    fpr = np.r_[0.0, np.cumsum(~y)[last_of_group] / (~y).sum()]
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
