from pathlib import Path

from coach import progress
from coach.tui.screens.grid import GridScreen
from coach.tui.screens.help import HelpScreen
from coach.tui.screens.plan import PlanScreen
from coach.tui.screens.setup import SetupScreen
from coach.tui.widgets.plan_list import PlanList

from .helpers import make_app


async def test_first_run_asks_for_dates_and_budget(tmp_path: Path) -> None:
    app = make_app(tmp_path, started=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        app.screen.query_one("#setup-start").value = "2026-11-21"
        app.screen.query_one("#setup-interview").value = "2026-12-01"
        app.screen.query_one("#setup-budget").value = "2h"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanScreen)
        assert app.store.settings["start_date"] == "2026-11-21"
        assert app.store.settings["daily_budget_minutes"] == 120
        assert "Day 4 of 14" in str(app.screen.query_one("#plan-title").render())


async def test_setup_rejects_bad_input_without_saving(tmp_path: Path) -> None:
    app = make_app(tmp_path, started=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#setup-budget").value = "lots"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert "not a duration" in str(app.screen.query_one("#setup-error").render())
        assert app.store.settings["start_date"] is None


async def test_marking_an_item_done_records_it_and_updates_the_plan(tmp_path: Path) -> None:
    app = make_app(tmp_path, ticks={"mlp": ["D1"]})
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        items = app.screen.query_one(PlanList)
        first = items.highlighted_option
        assert first is not None and first.id == "mlp|D2"  # the overdue review comes first
        await pilot.press("2")  # done, recalled with difficulty
        await pilot.pause()
        record = progress.checkpoint_record(app.store, "mlp", "D2")
        assert record is not None and record["rating"] == 2 and record["date"] == "2026-11-24"
        assert items.highlighted_option is not None
        assert items.highlighted_option.id != "mlp|D2"
        assert "Done today" in " ".join(str(o.prompt) for o in items.options)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert progress.checkpoint_record(app.store, "mlp", "D2") is None


async def test_grid_tick_and_undo_and_concept_notes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GridScreen)
        # row 0 is the section heading; row 1 is the MLP; move to its D1 column
        await pilot.press("j", "l", "l")
        await pilot.press("space")
        await pilot.pause()
        record = progress.checkpoint_record(app.store, "mlp", "D1")
        assert record is not None and record["date"] == "2026-11-24"
        await pilot.press("u")
        await pilot.pause()
        assert progress.checkpoint_record(app.store, "mlp", "D1") is None
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"chain rule")
        await pilot.press("escape")
        await pilot.pause()
        assert app.store.data["notes"]["mlp"] == "chain rule"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "mlp" not in app.store.data["notes"]


async def test_grid_filters_and_search(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        table = app.screen.query_one("#grid-table")
        all_rows = table.row_count
        await pilot.press("f")  # P1 only
        await pilot.pause()
        p1 = table.row_count
        assert p1 < all_rows
        await pilot.press("escape", "slash", *"lstm", "enter")
        await pilot.pause()
        keys = [k.value for k in table.rows]
        assert keys == ["#rnn", "lstm"]
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == all_rows


async def test_help_lists_the_screens_keys_and_the_palette_has_them(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for described in ("Done", "Open", "Checklist", "Grid", "Undo", "Help"):
            assert described in text
        await pilot.press("escape")
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert any(t.startswith("Done") for t in commands)
        assert any(t.startswith("Grid") for t in commands)


async def test_theme_choice_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert app.store.settings["theme"] == "nord"
