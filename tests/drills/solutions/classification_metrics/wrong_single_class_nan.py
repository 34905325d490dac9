"""Mistake: the AUC of a single class divides by zero instead of raising."""

import numpy as np


def precision_recall_f1(y_true, y_pred):
    tp = np.sum((y_true == 1) & (y_pred == 1))
    fp = np.sum((y_true != 1) & (y_pred == 1))
    fn = np.sum((y_true == 1) & (y_pred != 1))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    pos, neg = scores[y_true == 1], scores[y_true != 1]
    d = pos[:, None] - neg[None, :]
    return float(np.sum((d > 0) + 0.5 * (d == 0)) / d.size) if d.size else float("nan")
