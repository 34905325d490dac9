from pathlib import Path

from textual.widgets import TextArea

from coach.tui.screens.confidence import ConfidenceScreen
from coach.tui.screens.practice import PracticeScreen
from coach.tui.screens.question import QuestionScreen
from coach.tui.screens.report import ReportScreen
from coach.tui.screens.round_runner import RoundRunnerScreen
from coach.tui.screens.rounds import RoundsScreen

from .helpers import make_app


async def _open_question(pilot, app, question_id: str) -> QuestionScreen:
    app.open_question(app.bank.get(question_id))
    await pilot.pause()
    assert isinstance(app.screen, QuestionScreen)
    return app.screen


async def test_answer_reveal_tick_rate_is_saved(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_question(pilot, app, "t-sqrt-dk")
        await pilot.press(*"variance grows")
        app.clock.advance(125)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ConfidenceScreen)
        await pilot.press("4")  # "mostly": 75%
        await pilot.pause()
        assert app.screen is screen and screen.revealed
        rubric = screen.query_one("#rubric")
        assert rubric.has_focus
        await pilot.press("space", "down", "space")  # first two points (weights 2 and 2 of 5)
        await pilot.press("3")
        await pilot.pause()
        [attempt] = app.store.records("attempts")
        assert attempt["status"] == "scored"
        assert attempt["answer"] == "variance grows"
        assert attempt["ticked"] == [0, 1]
        assert abs(attempt["score"] - 0.8) < 1e-9
        assert attempt["rating"] == 3 and attempt["confidence"] == 0.75
        assert 124 <= attempt["seconds"] <= 126
        assert "self-attention" in app.store.data["memory"]
        await pilot.press("ctrl+z")  # undo the scoring
        await pilot.pause()
        assert app.store.records("attempts")[0]["status"] == "open"


async def test_unfinished_answer_is_resumed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_question(pilot, app, "t-lstm-gates")
        await pilot.press(*"forget gate")
        await pilot.press("escape")
        await pilot.pause()
        screen = await _open_question(pilot, app, "t-lstm-gates")
        assert screen.query_one("#answer", TextArea).text == "forget gate"
        await pilot.press(*" and cell state")
        assert screen.query_one("#answer", TextArea).text == "forget gate and cell state"
        assert len(app.store.records("attempts")) == 1


async def test_timer_pauses_and_runs_into_overtime(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_question(pilot, app, "t-resnet-params")  # 5 minutes
        clock_label = screen.query_one("#question-clock")
        app.clock.advance(60)
        screen._tick()
        assert "04:00" in str(clock_label.render())
        await pilot.press("ctrl+t")
        app.clock.advance(600)
        screen._tick()
        assert "04:00 paused" in str(clock_label.render())
        await pilot.press("ctrl+t")
        app.clock.advance(300)
        screen._tick()
        assert "+01:00 over" in str(clock_label.render())
        assert clock_label.has_class("-overtime")


async def test_practice_list_and_practise_this_from_the_grid(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", "j", "P")  # MLP row... practise this
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        assert app.screen.concept_filter == "mlp"
        await pilot.press("escape")
        await pilot.pause()
        listing = app.screen.query_one("#practice-list")
        assert listing.option_count == 6
        await pilot.press("f")  # conceptual only
        await pilot.pause()
        assert listing.option_count == 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.question.type == "conceptual"


async def test_a_whole_round_to_its_report_and_back_after_restart(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, RoundsScreen)
        await pilot.press("down", "down")  # debugging round, 30 minutes
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.round_id is not None
        answered = 0
        while isinstance(app.screen, QuestionScreen):
            await pilot.press(*"an answer", "ctrl+r")
            await pilot.pause()
            await pilot.press("escape")  # no confidence stated
            await pilot.pause()
            await pilot.press("space", "2")
            await pilot.pause()
            answered += 1
        assert isinstance(app.screen, ReportScreen)
        text = str(app.screen.query_one("#report-text").render())
        assert "Debugging round report" in text
        assert f"{answered} of {answered} answered" in text
        [rnd] = app.store.records("rounds")
        assert rnd["status"] == "finished" and len(rnd["attempts"]) == answered
    # a restart finds the round in the history
    app.store.close()
    app2 = make_app(tmp_path, started=None)
    async with app2.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        app2.switch_mode("rounds")
        await pilot.pause()
        history = app2.screen.query_one("#round-history")
        assert history.option_count == 1
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert isinstance(app2.screen, ReportScreen)


async def test_round_can_be_ended_early_and_skips_count_as_zero(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m", "down", "enter")  # conceptual round
        await pilot.pause()
        await pilot.press("ctrl+n")  # skip the first
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape")  # leave the second: back to the overview
        await pilot.pause()
        assert isinstance(app.screen, RoundRunnerScreen)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        [rnd] = app.store.records("rounds")
        assert rnd["status"] == "ended early"
        assert "Score 0%" in str(app.screen.query_one("#report-text").render())


async def test_interviewer_mode_shows_rubric_and_hints_at_once(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "down", "i")  # conceptual round, interviewer mode
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.mode == "interviewer"
        assert screen.revealed
        assert screen.query_one("#rubric").has_focus
        assert not screen.query_one("#question-answer").display
        await pilot.press("space", "3")
        await pilot.pause()
        attempt = app.store.records("attempts")[0]
        assert attempt["mode"] == "interviewer" and attempt["status"] == "scored"
