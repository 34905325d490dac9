from pathlib import Path

from coach.tui.app import CoachApp
from coach.tui.keymap import all_bindings, check_keymap, load_keymap, read_keymap

from .helpers import make_app


def test_every_binding_has_an_id_and_a_description() -> None:
    infos = all_bindings(CoachApp)
    assert len(infos) > 40
    ids = [i.id for i in infos]
    assert len(ids) == len(set(ids)), "binding ids are unique"
    assert all(i.description for i in infos)
    documented = (Path(__file__).resolve().parents[2] / "docs" / "keys.md").read_text()
    missing = [i.id for i in infos if f"`{i.id}`" not in documented]
    assert not missing, f"docs/keys.md lacks {missing}"


def test_unknown_id_and_clash_are_reported(tmp_path: Path) -> None:
    infos = all_bindings(CoachApp)
    path = tmp_path / "keys.toml"
    [problem] = check_keymap({"plan.donee": "x"}, infos, path)
    assert problem.startswith(f"{path}: unknown binding id 'plan.donee'. Did you mean: plan.done")
    clash = check_keymap({"plan.done": "c"}, infos, path)
    assert len(clash) == 1
    assert "'c' would do both" in clash[0]
    assert "plan.checklist" in clash[0] and "plan.done" in clash[0]
    assert check_keymap({"plan.done": "x", "grid.toggle": "x"}, infos, path) == []


def test_bad_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    path.write_text("[keys]\nplan.done = \n")
    keymap, problems = read_keymap(path)
    assert keymap == {} and "not valid TOML" in problems[0]
    path.write_text('[keys]\n"plan.done" = 3\n')
    assert "should be a key" in read_keymap(path)[1][0]


async def test_a_remapped_key_works_in_the_app(tmp_path: Path, monkeypatch) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "keys.toml").write_text('[keys]\n"app.grid" = "G"\n')
    monkeypatch.setenv("COACH_CONFIG_DIR", str(config))
    assert load_keymap(config, CoachApp) == ({"app.grid": "G"}, [])
    app = make_app(tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert app.current_mode == "plan"
        await pilot.press("G")
        await pilot.pause()
        assert app.current_mode == "grid"


async def test_a_broken_key_file_keeps_the_defaults_and_says_why(tmp_path: Path,
                                                                monkeypatch) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "keys.toml").write_text('[keys]\n"app.gird" = "G"\n')
    monkeypatch.setenv("COACH_CONFIG_DIR", str(config))
    app = make_app(tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("unknown binding id 'app.gird'" in m for m in messages)
        await pilot.press("g")
        await pilot.pause()
        assert app.current_mode == "grid"
