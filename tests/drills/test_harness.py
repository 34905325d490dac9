"""The checker harness: verdict wording, exception handling, import failures, the catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from coach.bank.problems import ContentError
from coach.drills.catalog import close_names, find_drill, load_drills, read_drill
from coach.drills.harness import Check, CheckFailed, CheckResult, Report, Suite, run_checks

CHECKS = '''
import numpy as np
from coach.drills.harness import Suite

def run(suite, user, ref):
    double = suite.function(user, "double")
    if double is None:
        return
    with suite.check("doubles a vector", hint="multiply by 2") as c:
        x = np.arange(4.0)
        c.close(double(x), ref.double(x), what="double(x)")
    with suite.check("doubles a scalar", hint="scalars too") as c:
        c.close(double(3.0), 6.0, what="double(3)")
'''


def _drill(tmp_path: Path, checks: str = CHECKS) -> Path:
    folder = tmp_path / "double"
    folder.mkdir()
    (folder / "reference.py").write_text("def double(x):\n    return 2 * x\n")
    (folder / "starter.py").write_text('"""Double."""\n\ndef double(x):\n'
                                       '    """Twice x."""\n    raise NotImplementedError\n')
    (folder / "checks.py").write_text(checks)
    return folder


def _user(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "mine.py"
    path.write_text(source)
    return path


def _run(tmp_path: Path, source: str) -> Report:
    return run_checks(_drill(tmp_path), _user(tmp_path, source))


def _check(body) -> CheckResult:
    suite = Suite()
    with suite.check("the check", hint="a hint") as c:
        body(c)
    (result,) = suite.results
    return result


def test_correct_file_passes(tmp_path: Path) -> None:
    report = _run(tmp_path, "def double(x):\n    return x + x\n")
    assert report.passed and report.summary == "all 2 checks passed"
    assert (report.checks_passed, report.checks_total) == (2, 2)


def test_wrong_values_name_shape_index_and_tolerance(tmp_path: Path) -> None:
    report = _run(tmp_path, "def double(x):\n    return x * 3\n")
    assert not report.passed and report.summary == "0 of 2 checks passed"
    detail = report.checks[0].detail
    assert "double(x): 3 of 4 values differ" in detail
    assert "max abs difference 3 at index (3,)" in detail
    assert "first at index (1,): expected 2, got 3" in detail
    assert "rtol=1e-06, atol=1e-08" in detail
    assert report.checks[0].hint == "multiply by 2"


def test_exception_names_type_message_and_user_line(tmp_path: Path) -> None:
    report = _run(tmp_path, "def double(x):\n    y = x\n    return y / undefined_name\n")
    detail = report.checks[0].detail
    assert detail.startswith("raised NameError: name 'undefined_name' is not defined")
    assert "line 3 of your file, in double: return y / undefined_name" in detail


@pytest.mark.parametrize("call, expected", [
    ("import sys; sys.exit(3)", "raised SystemExit (code 3)"),
    ("raise KeyboardInterrupt", "raised KeyboardInterrupt"),
    ("raise NotImplementedError", "raised NotImplementedError: not written yet"),
])
def test_any_exception_fails_only_its_check(tmp_path: Path, call: str, expected: str) -> None:
    source = f"def double(x):\n    if not hasattr(x, 'shape'):\n        {call}\n    return 2 * x\n"
    report = _run(tmp_path, source)
    assert [c.passed for c in report.checks] == [True, False]
    assert report.checks[1].detail.startswith(expected)


def test_missing_function_is_one_clear_check(tmp_path: Path) -> None:
    report = _run(tmp_path, "def triple(x):\n    return 3 * x\n")
    assert not report.passed and not report.unusable
    assert [(c.name, c.detail) for c in report.checks] == [
        ("defines double", "the file defines no function named 'double'")]


def test_syntax_error_is_unusable_with_line(tmp_path: Path) -> None:
    report = _run(tmp_path, "def double(x):\n    return (x * 2\n")
    assert not report.passed and report.checks == []
    assert report.unusable.startswith("syntax error on line 2")
    assert report.summary == report.unusable


def test_exception_on_import_is_unusable_with_line(tmp_path: Path) -> None:
    report = _run(tmp_path, "import numpy as np\nX = np.zeros(3) @ np.zeros(4)\n")
    assert report.unusable.startswith("loading your file raised ValueError")
    assert "line 2 of your file" in report.unusable


def test_exit_on_import_is_unusable(tmp_path: Path) -> None:
    report = _run(tmp_path, "import sys\nsys.exit('bye')\n")
    assert report.unusable == ("loading your file raised SystemExit (code 'bye')\n"
                               "  at line 2 of your file, in <module>: sys.exit('bye')")


def test_missing_file_is_unusable(tmp_path: Path) -> None:
    report = run_checks(_drill(tmp_path), tmp_path / "nowhere.py")
    assert "does not exist" in report.unusable


def test_broken_checker_blames_the_drill(tmp_path: Path) -> None:
    report = run_checks(_drill(tmp_path, "import nonexistent_module\n"),
                        _user(tmp_path, "def double(x):\n    return 2 * x\n"))
    assert "problem with the drill, not your code" in report.unusable


def test_user_code_outside_a_check_is_reported(tmp_path: Path) -> None:
    checks = "def run(suite, user, ref):\n    user.double(None)\n"
    report = run_checks(_drill(tmp_path, checks),
                        _user(tmp_path, "def double(x):\n    return x * 2\n"))
    assert not report.passed
    assert report.checks[0].detail.startswith("raised TypeError")


def test_fresh_module_every_run(tmp_path: Path) -> None:
    folder = _drill(tmp_path)
    user = _user(tmp_path, "def double(x):\n    return x * 3\n")
    assert not run_checks(folder, user).passed
    user.write_text("def double(x):\n    return x * 2\n")
    assert run_checks(folder, user).passed


def test_report_round_trips_through_json(tmp_path: Path) -> None:
    report = _run(tmp_path, "def double(x):\n    return x * 3\n")
    again = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again == report


def test_close_reports_shape_before_values() -> None:
    result = _check(lambda c: c.close(np.zeros((3, 2)), np.zeros((2, 3)), what="out"))
    assert result.detail == "out: expected shape (2, 3), got shape (3, 2) (float64)"


def test_close_on_none_asks_about_return() -> None:
    result = _check(lambda c: c.close(None, np.zeros(2), what="out"))
    assert "got None (does the function return its result?)" in result.detail


def test_finite_counts_nan_and_inf() -> None:
    result = _check(lambda c: c.finite(np.array([1.0, np.nan, np.inf]), what="p"))
    assert result.detail == "p: 2 of 3 values are not finite (inf/nan), first at index (1,)"


def test_equal_and_true() -> None:
    assert _check(lambda c: c.equal(np.array([1, 2]), [1, 2])).passed
    assert "expected 2, got 3" in _check(lambda c: c.equal(np.array([1, 3]), [1, 2])).detail
    result = _check(lambda c: c.true(False, "rows sum to 1"))
    assert result.detail == "not true: rows sum to 1"


def test_unpack_wants_the_right_number_of_parts() -> None:
    assert "expected a tuple of 2 values, got a tuple of 3 items" in _check(
        lambda c: c.unpack((1, 2, 3), 2)).detail


def test_grad_check_accepts_the_true_gradient_and_catches_a_wrong_one() -> None:
    x = np.array([[0.3, -1.2], [2.0, 0.5]])

    def f(z):
        return float(np.sum(np.sin(z) * z ** 2))

    true_grad = np.cos(x) * x ** 2 + 2 * x * np.sin(x)
    assert _check(lambda c: c.grad_check(f, x, true_grad)).passed
    wrong = _check(lambda c: c.grad_check(f, x, np.cos(x) * x ** 2, what="dL/dx"))
    assert wrong.detail.startswith("dL/dx (against central differences, h=1e-06)")


# ---------------------------------------------------------------- catalogue
def _meta(folder: Path, text: str) -> None:
    (folder / "drill.yaml").write_text(text)


GOOD = """id: double
title: Double
concepts: [mlp]
minutes: 20
level: senior
functions: [double]
summary: Twice the input.
explanation: |
  Because.
"""


def test_catalogue_reads_a_valid_drill(tmp_path: Path) -> None:
    folder = _drill(tmp_path)
    _meta(folder, GOOD)
    (drill,) = load_drills(tmp_path, concept_ids=["mlp"])
    assert (drill.id, drill.concept, drill.minutes, drill.functions) == (
        "double", "mlp", 20, ("double",))
    assert find_drill([drill], "Double") == drill
    assert close_names([drill], "doubel") == ["double"]


def test_catalogue_errors_name_file_line_and_field(tmp_path: Path) -> None:
    folder = _drill(tmp_path)
    _meta(folder, GOOD.replace("id: double", "id: twice").replace("level: senior", "level: x")
          .replace("[mlp]", "[nope]").replace("[double]", "[double, half]")
          + "colour: red\n")
    with pytest.raises(ContentError) as info:
        load_drills(tmp_path, concept_ids=["mlp"])
    text = info.value.report()
    assert "double/drill.yaml:1: id: 'twice' should match its folder 'double'" in text
    assert "drill.yaml:3: concepts[0]: unknown concept 'nope'" in text
    assert "drill.yaml:5: level: 'x' is not one of: senior, staff, principal" in text
    assert "drill.yaml:6: functions: 'half' is not defined in starter.py" in text
    assert "drill.yaml:10: colour: is not a known field" in text


def test_catalogue_reports_missing_files_and_bad_yaml(tmp_path: Path) -> None:
    folder = _drill(tmp_path)
    _meta(folder, GOOD)
    (folder / "checks.py").unlink()
    drill, problems = read_drill(folder)
    assert drill is None and [p.message for p in problems] == ["is missing"]
    _meta(folder, "id: [unclosed\n")
    drill, problems = read_drill(folder)
    assert drill is None and problems[0].message.startswith("not valid YAML")


def test_previews_show_the_values_around_the_first_mismatch() -> None:
    expected = np.arange(40.0).reshape(4, 10)
    got = expected.copy()
    got[2, 7] += 0.5
    try:
        Check("c").close(got, expected, what="out")
    except CheckFailed as exc:
        message = str(exc)
    else:
        raise AssertionError("a mismatch must fail")
    first, shown_expected, shown_got = message.splitlines()
    assert "first at index (2, 7): expected 27, got 27.5" in first
    assert "27.5" in shown_got and "27.5" not in shown_expected
    assert "of 40, in flat order" in shown_got


def test_exact_float_mismatch_shows_the_digits_that_differ() -> None:
    x = np.array([0.5, 1.2945612345])
    y = x.copy()
    y[1] += 1e-12
    try:
        Check("c").equal(y, x, what="x after the call")
    except CheckFailed as exc:
        first = str(exc).splitlines()[0]
    else:
        raise AssertionError("a changed input must fail")
    expected_text, got_text = first.split("expected ")[1].split(", got ")
    assert expected_text != got_text
