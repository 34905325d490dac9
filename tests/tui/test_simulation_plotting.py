import itertools
import math

from hypothesis import given
from hypothesis import strategies as st

from coach.tui.plotting import nice_ticks, tick_label


@given(low=st.floats(-1e6, 1e6), span=st.floats(1e-3, 1e6), count=st.integers(2, 10))
def test_ticks_are_round_evenly_spaced_and_inside_the_range(low, span, count) -> None:
    high = low + span
    ticks = nice_ticks(low, high, count)
    assert 1 <= len(ticks) <= count + 2
    assert all(low - 1e-6 * span <= t <= high + 1e-6 * span for t in ticks)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert all(abs(g - gaps[0]) <= 1e-6 * span for g in gaps)
    if gaps:
        mantissa = gaps[0] / 10 ** math.floor(math.log10(gaps[0]) + 1e-9)
        # Far from zero a tiny step carries the rounding of the large tick values with it.
        tolerance = 1e-6 + 1e3 * math.ulp(max(abs(low), abs(high), 1.0)) / gaps[0]
        assert any(abs(mantissa - m) < tolerance for m in (1, 2, 2.5, 5))


def test_tick_labels() -> None:
    assert nice_ticks(0, 2000, 4) == [0, 500, 1000, 1500, 2000]
    assert [tick_label(t, "%") for t in nice_ticks(0, 100, 4)] == ["0%", "25%", "50%", "75%",
                                                                   "100%"]
    assert tick_label(2.5) == "2.5" and tick_label(1500.0) == "1,500"
