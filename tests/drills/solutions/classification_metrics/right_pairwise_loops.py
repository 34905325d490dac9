"""Explicit counting loops, and the AUC as a double loop over (positive, negative) pairs."""


def precision_recall_f1(y_true, y_pred):
    tp = fp = fn = 0
    for t, p in zip(y_true, y_pred, strict=True):
        if p == 1 and t == 1:
            tp += 1
        elif p == 1:
            fp += 1
        elif t == 1:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(y_true, scores):
    pos = [s for t, s in zip(y_true, scores, strict=True) if t == 1]
    neg = [s for t, s in zip(y_true, scores, strict=True) if t != 1]
    if not pos or not neg:
        raise ValueError("need both classes")
    total = 0.0
    for a in pos:
        for b in neg:
            total += 1.0 if a > b else 0.5 if a == b else 0.0
    return total / (len(pos) * len(neg))
