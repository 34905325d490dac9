import shutil
from pathlib import Path

import pytest

from coach.bank.curriculum import load_curriculum
from coach.bank.location import builtin_dir
from coach.bank.problems import ContentError

GUIDE_TABLE_ROWS = 50


def test_curriculum_has_the_guides_table_in_order(curriculum) -> None:
    table = [c for c in curriculum.concepts if not c.extra]
    assert len(table) == GUIDE_TABLE_ROWS
    assert [c.name for c in table[:4]] == ["Neural Network (MLP)", "Backpropagation",
                                           "Activation Functions", "Loss Functions"]
    assert table[-1].name == "Bias-Variance Tradeoff"
    extras = [c.id for c in curriculum.concepts if c.extra]
    assert {"uplift-modeling", "multi-armed-bandits", "contextual-bandits",
            "rl-recommendations"} <= set(extras)
    assert curriculum.section("beyond").extra


def test_every_plan_day_has_topics_and_concepts(curriculum) -> None:
    assert [d.day for d in curriculum.days] == list(range(1, 15))
    for day in curriculum.days:
        assert day.topics and day.practice
        assert curriculum.concepts_on_day(day.day), f"day {day.day} introduces no concept"
    assert [cp.offset for cp in curriculum.checkpoints] == [0, 1, 3, 6, 13]
    assert curriculum.checkpoint("D1").minutes["P1"] == 150


def test_guide_lists_are_loaded(curriculum) -> None:
    guide = curriculum.guide
    assert len(guide.weak_spots) == 9
    assert len(guide.failure_modes) == 12
    assert len(guide.reading_list) == 10
    assert guide.day_before_checklist and guide.mistakes_to_avoid


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    for name in ("curriculum.yaml", "guide.yaml"):
        shutil.copy(builtin_dir() / name, tmp_path / name)
    return tmp_path


def _break(path: Path, old: str, new: str) -> int:
    text = path.read_text()
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1))
    return line


def test_bad_priority_names_file_line_and_field(bank_copy: Path) -> None:
    line = _break(bank_copy / "curriculum.yaml", "name: Backpropagation, priority: P1",
                  "name: Backpropagation, priority: P9")
    with pytest.raises(ContentError) as exc:
        load_curriculum(bank_copy)
    text = str(exc.value)
    assert f"curriculum.yaml:{line}" in text
    assert "sections[0].concepts[1].priority" in text and "'P9' is not one of" in text


def test_syntax_error_and_unknown_concept_reference(bank_copy: Path) -> None:
    line = _break(bank_copy / "guide.yaml", "concepts: [gan]", "concepts: [gann]")
    with pytest.raises(ContentError) as exc:
        load_curriculum(bank_copy)
    assert f"guide.yaml:{line}" in str(exc.value) and "unknown concept 'gann'" in str(exc.value)
    (bank_copy / "curriculum.yaml").write_text("sections: [\n")
    with pytest.raises(ContentError, match=r"curriculum.yaml:\d+: not valid YAML"):
        load_curriculum(bank_copy)


def test_duplicate_concept_id_is_reported(bank_copy: Path) -> None:
    _break(bank_copy / "curriculum.yaml", "{id: backpropagation,", "{id: mlp,")
    with pytest.raises(ContentError, match="'mlp' is already used on line"):
        load_curriculum(bank_copy)
