"""Mistake: F1 as the arithmetic mean of precision and recall."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true != 1) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred != 1))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (precision + recall) / 2


def roc_auc(y_true, scores):
    pos, neg = scores[y_true == 1], scores[y_true != 1]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("one class")
    d = pos[:, None] - neg[None, :]
    return float(np.mean((d > 0) + 0.5 * (d == 0)))
