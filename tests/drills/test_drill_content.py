"""Every shipped drill is sound: valid metadata, a reference that passes, a starter that fails,
plausible mistakes caught and other correct styles accepted.

Drills and solutions are discovered from the folders, so a new drill is covered as soon as it
exists. Checks run in-process for speed; the sandboxed path is tested in test_sandbox.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coach.drills.catalog import drill_folders, load_drills, read_drill
from coach.drills.harness import Report, run_checks

SOLUTIONS = Path(__file__).parent / "solutions"
FOLDERS = drill_folders()
IDS = [f.name for f in FOLDERS]
SOLUTION_FILES = sorted(SOLUTIONS.glob("*/*.py")) if SOLUTIONS.is_dir() else []


def _folder(drill_id: str) -> Path:
    return next(f for f in FOLDERS if f.name == drill_id)


def _explain(report: Report) -> str:
    lines = [report.summary]
    for c in report.checks:
        lines.append(f"  [{'ok' if c.passed else 'FAIL'}] {c.name}: {c.detail}")
    return "\n".join(lines)


# The drills every contributor builds against, with the names their files must define.
CONTRACT = {
    "softmax": ["softmax"], "cross_entropy": ["cross_entropy"],
    "mlp_backprop": ["mlp_forward_backward"], "attention": ["scaled_dot_product_attention"],
    "multi_head_attention": ["multi_head_attention"],
    "positional_encoding": ["sinusoidal_positional_encoding"], "layer_norm": ["layer_norm"],
    "batch_norm": ["batch_norm_train"], "conv2d": ["conv2d"], "lstm_cell": ["lstm_cell"],
    "sgd_momentum": ["sgd_momentum_step"], "adam": ["adam_step"],
    "dropout": ["dropout_forward"], "clip_grad_norm": ["clip_grad_norm"],
    "decision_tree": ["gini_impurity", "DecisionTreeClassifier"],
    "logistic_regression": ["logistic_regression_fit"], "kmeans": ["kmeans"], "pca": ["pca"],
    "classification_metrics": ["precision_recall_f1", "roc_auc"],
    "vae": ["vae_reparameterize", "vae_kl_divergence"],
    "bandits": ["ucb1_select", "thompson_select"], "q_learning": ["q_learning_update"],
    "uplift_at_k": ["uplift_at_k"], "numerical_gradient": ["numerical_gradient"],
}


@pytest.mark.parametrize("drill_id", sorted(CONTRACT))
def test_contract_drills_exist_with_their_names(drill_id: str) -> None:
    assert drill_id in IDS, f"question_bank/drills/{drill_id} is missing"
    tree = ast.parse((_folder(drill_id) / "starter.py").read_text(encoding="utf-8"))
    defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    assert set(CONTRACT[drill_id]) <= defined


def test_all_metadata_is_valid(curriculum) -> None:
    drills = load_drills(concept_ids=[c.id for c in curriculum.concepts])
    assert [d.id for d in drills] == IDS
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize("drill_id", IDS)
def test_metadata(drill_id: str, curriculum) -> None:
    drill, problems = read_drill(_folder(drill_id), frozenset(c.id for c in curriculum.concepts))
    assert problems == []
    assert drill is not None and drill.id == drill_id
    assert drill.explanation and drill.summary


@pytest.mark.parametrize("drill_id", IDS)
def test_starter_is_only_the_contract(drill_id: str) -> None:
    folder = _folder(drill_id)
    drill, _ = read_drill(folder)
    assert drill is not None
    tree = ast.parse((folder / "starter.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), "the module docstring states the contract"
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        assert isinstance(node, ast.FunctionDef | ast.ClassDef), (
            f"starter.py line {node.lineno}: only imports and the functions to write")
    functions = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    for name in drill.functions:
        assert name in functions
        fn = functions[name]
        assert ast.get_docstring(fn), f"{name} needs a docstring with shapes and conventions"
    raises = [n for n in ast.walk(tree) if isinstance(n, ast.Raise)]
    assert raises and all("NotImplementedError" in ast.unparse(n) for n in raises)


@pytest.mark.parametrize("drill_id", IDS)
def test_reference_passes(drill_id: str) -> None:
    report = run_checks(_folder(drill_id), _folder(drill_id) / "reference.py")
    assert not report.unusable, report.unusable
    assert report.passed, _explain(report)
    assert report.checks_total >= 3, "random cases, edge cases and invariants"
    assert report.duration < 1.5, f"checks took {report.duration:.2f}s; keep them under 1 s"


@pytest.mark.parametrize("drill_id", IDS)
def test_untouched_starter_fails(drill_id: str) -> None:
    report = run_checks(_folder(drill_id), _folder(drill_id) / "starter.py")
    assert not report.unusable, report.unusable
    assert not report.passed


@pytest.mark.parametrize("drill_id", IDS)
def test_has_solutions(drill_id: str) -> None:
    files = [p.name for p in (SOLUTIONS / drill_id).glob("*.py")]
    assert sum(n.startswith("wrong_") for n in files) >= 2, "at least two plausible mistakes"
    assert sum(n.startswith("right_") for n in files) >= 1, "at least one other correct style"


def test_solutions_belong_to_drills() -> None:
    for path in SOLUTION_FILES:
        assert path.parent.name in IDS, f"{path}: no drill named {path.parent.name}"
        assert path.name.startswith(("right_", "wrong_")), f"{path}: right_* or wrong_*"


@pytest.mark.parametrize("path", SOLUTION_FILES,
                         ids=[f"{p.parent.name}/{p.stem}" for p in SOLUTION_FILES])
def test_solution_verdict(path: Path) -> None:
    report = run_checks(_folder(path.parent.name), path)
    assert not report.unusable, report.unusable
    if path.name.startswith("right_"):
        assert report.passed, _explain(report)
    else:
        assert not report.passed, f"{path.name} should be caught:\n{_explain(report)}"
