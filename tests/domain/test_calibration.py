from coach.domain.calibration import (
    Prediction,
    bias,
    brier,
    by_key,
    overconfidence,
    reliability_bins,
)


def test_brier_and_bias_on_known_data() -> None:
    preds = [Prediction(1.0, 0.5), Prediction(0.5, 0.5), Prediction(0.0, 1.0)]
    assert abs(brier(preds) - (0.25 + 0 + 1) / 3) < 1e-12
    assert abs(bias(preds) - (0.5 + 0 - 1) / 3) < 1e-12
    assert brier([]) is None


def test_reliability_bins() -> None:
    preds = [Prediction(0.1, 0.2), Prediction(0.15, 0.0), Prediction(0.9, 0.5),
             Prediction(1.0, 1.0)]
    bins = reliability_bins(preds, 5)
    assert [b.count for b in bins] == [2, 0, 0, 0, 2]
    assert abs(bins[0].mean_confidence - 0.125) < 1e-12 and abs(bins[0].mean_score - 0.1) < 1e-12
    assert abs(bins[4].mean_score - 0.75) < 1e-12


def test_overconfidence_needs_evidence_and_a_positive_gap() -> None:
    preds = [Prediction(0.9, 0.3, ("a",), "conceptual"), Prediction(0.8, 0.4, ("a",), "debugging"),
             Prediction(0.2, 0.9, ("b",)), Prediction(0.2, 0.9, ("b",)),
             Prediction(1.0, 0.0, ("c",))]
    gaps = overconfidence(preds)
    assert set(gaps) == {"a"} and abs(gaps["a"] - 0.5) < 1e-12
    assert set(by_key(preds, "type")) == {"conceptual", "debugging", ""}
