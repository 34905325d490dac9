"""Exports from the command palette land in the data directory's exports folder."""

from __future__ import annotations

from pathlib import Path

from tests.tui.helpers import make_app


async def test_palette_lists_every_export_and_writes_it(tmp_path: Path) -> None:
    app = make_app(tmp_path / "data", ticks={"mlp": ["D1"]})
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for kind in ("md", "csv", "html", "anki", "json"):
            assert any(t.startswith(f"Export {kind}:") for t in titles), kind
        app.export_progress("md")
        app.export_progress("anki")
        await app.workers.wait_for_complete()
        await pilot.pause()
    exported = sorted(p.name for p in (tmp_path / "data" / "exports").iterdir())
    assert exported == ["coach-progress-2026-11-24.md", "ml-interview-coach.apkg"]
    assert "Neural Network (MLP)" in (tmp_path / "data" / "exports" /
                                      "coach-progress-2026-11-24.md").read_text()
