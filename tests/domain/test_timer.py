from coach.domain.timer import Countdown, format_clock


def test_countdown_pauses_and_resumes() -> None:
    c = Countdown(600)
    c.start(100.0)
    assert c.remaining(160.0) == 540
    c.pause(160.0)
    assert c.paused and c.remaining(500.0) == 540
    c.resume(500.0)
    assert c.remaining(560.0) == 480
    c.toggle(560.0)
    c.toggle(600.0)
    assert c.elapsed(600.0) == 120


def test_overtime_keeps_counting_and_phases_change() -> None:
    c = Countdown(300)
    c.start(0.0)
    assert c.phase(0.0) == "ok"
    assert c.phase(239.0) == "ok"
    assert c.phase(241.0) == "low"  # the last minute (more than a fifth of 5 minutes)
    assert c.phase(301.0) == "overtime"
    assert c.remaining(390.0) == -90
    assert format_clock(c.remaining(390.0)) == "+01:30"


def test_resumed_attempt_adds_time_already_used() -> None:
    c = Countdown(600)
    c.start(10.0, already_used=100.0)
    assert c.elapsed(20.0) == 110


def test_format_clock() -> None:
    assert format_clock(600) == "10:00"
    assert format_clock(59.2) == "01:00"
    assert format_clock(0) == "00:00"
    assert format_clock(3725) == "1:02:05"
