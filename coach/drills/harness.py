"""Run a drill's hidden checks against a user's file and describe every outcome precisely.

A drill's ``checks.py`` defines ``run(suite, user, ref)``. Each ``with suite.check(...)`` block
is one verdict: an exception from the user's code fails that check alone (with the user's line),
and the assertion helpers say what was tested, what was expected and what came back, so the
user can fix the mistake without seeing the hidden cases' code.

This module runs everything in-process (fast, used by the content tests); ``sandbox.py`` runs
the same thing in a separate, limited process for code the user typed.
"""

from __future__ import annotations

import importlib.util
import itertools
import linecache
import sys
import time
import traceback
import types
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

_DETAIL_LIMIT = 1200
_module_counter = itertools.count(1)


# ---------------------------------------------------------------- results
@dataclass
class CheckResult:
    """One named check: whether it passed, what happened, and the usual mistake behind it."""

    name: str
    passed: bool
    detail: str = ""
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        return cls(str(data["name"]), bool(data["passed"]), str(data.get("detail", "")),
                   str(data.get("hint", "")))


@dataclass
class Report:
    """The verdict on one file. ``unusable`` is set when the file could not be checked at all
    (missing, syntax error, crashed on import, time or memory limit): then ``checks`` may be
    empty and the reason says what to fix."""

    drill: str
    passed: bool
    checks: list[CheckResult] = field(default_factory=list)
    summary: str = ""
    unusable: str = ""
    duration: float = 0.0
    output: str = ""  # what the user's code printed (sandboxed runs only, capped)

    @property
    def checks_passed(self) -> int:
        return sum(1 for c in self.checks if c.passed)

    @property
    def checks_total(self) -> int:
        return len(self.checks)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["checks"] = [c.to_dict() for c in self.checks]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(str(data["drill"]), bool(data["passed"]),
                   [CheckResult.from_dict(c) for c in data.get("checks", [])],
                   str(data.get("summary", "")), str(data.get("unusable", "")),
                   float(data.get("duration", 0.0)), str(data.get("output", "")))

    @classmethod
    def unusable_file(cls, drill: str, reason: str, duration: float = 0.0,
                      output: str = "") -> Report:
        return cls(drill, False, [], reason, reason, duration, output)


def summarise(checks: Sequence[CheckResult]) -> str:
    total = len(checks)
    passed = sum(1 for c in checks if c.passed)
    if total and passed == total:
        return f"all {total} checks passed"
    return f"{passed} of {total} checks passed"


# ---------------------------------------------------------------- checks
class CheckFailed(Exception):
    """Raised by an assertion helper; ends the current check with its message."""


class Check:
    """Assertion helpers for one check. The first failure ends the check."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, message: str) -> None:
        raise CheckFailed(message)

    def true(self, condition: Any, message: str) -> None:
        """An invariant that must hold; ``message`` states it ("rows sum to 1")."""
        if not bool(condition):
            raise CheckFailed(f"not true: {message}")

    def unpack(self, value: Any, count: int, what: str = "the result") -> tuple[Any, ...]:
        """A tuple (or list) of exactly ``count`` parts, as the contract returns."""
        if not isinstance(value, tuple | list) or len(value) != count:
            raise CheckFailed(f"{what}: expected a tuple of {count} values, got "
                              f"{_describe(value)}")
        return tuple(value)

    def shape(self, got: Any, expected_shape: Sequence[int], what: str = "the result") -> None:
        arr = _as_array(got, what)
        if tuple(arr.shape) != tuple(expected_shape):
            raise CheckFailed(f"{what}: expected shape {tuple(expected_shape)}, got "
                              f"{_describe(got)}")

    def finite(self, got: Any, what: str = "the result") -> None:
        arr = _as_numeric(got, what)
        bad = ~np().isfinite(arr)
        if bad.any() and arr.ndim == 0:
            raise CheckFailed(f"{what}: is {_fmt(arr.item())}, not a finite number")
        if bad.any():
            index = _index(np().argwhere(bad)[0])
            kinds = sorted({"nan" if np().isnan(v) else "inf" for v in arr[bad].ravel()[:50]})
            raise CheckFailed(f"{what}: {int(bad.sum())} of {arr.size} values are not finite "
                              f"({'/'.join(kinds)}), first at index {index}")

    def equal(self, got: Any, expected: Any, what: str = "the result") -> None:
        """Exact equality, for integers, booleans and labels."""
        exp = np().asarray(expected)
        arr = _as_array(got, what)
        if arr.shape != exp.shape:
            raise CheckFailed(f"{what}: expected shape {exp.shape}, got {_describe(got)}")
        try:
            same = np().asarray(arr == exp, dtype=bool)
        except Exception:  # incomparable types
            same = np().zeros(exp.shape, dtype=bool)
        if same.shape != exp.shape:
            same = np().zeros(exp.shape, dtype=bool)
        if not same.all():
            floats = "f" in (exp.dtype.kind, arr.dtype.kind)
            show = _pair if floats else (lambda e, g: (_fmt(e), _fmt(g)))  # digits that differ
            if exp.ndim == 0:
                e_text, g_text = show(exp.item(), arr.item())
                raise CheckFailed(f"{what}: expected {e_text}, got {g_text}")
            first = tuple(int(i) for i in np().argwhere(~same)[0])
            e_text, g_text = show(exp[first], arr[first])
            raise CheckFailed(f"{what}: {int((~same).sum())} of {exp.size} values differ; "
                              f"first at index {_index(first)}: expected {e_text}, "
                              f"got {g_text}\n  expected {_preview(exp, around=first)}\n"
                              f"  got      {_preview(arr, around=first)}")

    def close(self, got: Any, expected: Any, rtol: float = 1e-6, atol: float = 1e-8,
              what: str = "the result") -> None:
        """Shape first, then values with ``np.allclose``; names the worst and first misses."""
        exp = np().asarray(expected, dtype=float)
        arr = _as_numeric(got, what)
        if arr.shape != exp.shape:
            raise CheckFailed(f"{what}: expected shape {exp.shape}, got {_describe(got)}")
        if np().allclose(arr, exp, rtol=rtol, atol=atol):
            return
        broken = ~np().isfinite(arr) & np().isfinite(exp)
        if broken.any() and exp.ndim == 0:
            raise CheckFailed(f"{what}: expected {_fmt(exp.item())}, got {_fmt(arr.item())}")
        if broken.any():
            first = tuple(int(i) for i in np().argwhere(broken)[0])
            kinds = sorted({"nan" if np().isnan(v) else "inf" for v in arr[broken][:50]})
            raise CheckFailed(f"{what}: {int(broken.sum())} of {exp.size} values are "
                              f"{'/'.join(kinds)} where finite values were expected; first at "
                              f"index {_index(first)}: expected {_fmt(exp[first])}, got "
                              f"{_fmt(arr[first])}")
        near = np().isclose(arr, exp, rtol=rtol, atol=atol)
        diff = np().abs(arr - exp)
        diff = np().where(np().isnan(diff), np().inf, diff)
        tol = f"rtol={rtol:g}, atol={atol:g}"
        if exp.ndim == 0:
            e_text, g_text = _pair(exp.item(), arr.item())
            raise CheckFailed(f"{what}: expected {e_text}, got {g_text} ({tol})")
        first = tuple(int(i) for i in np().argwhere(~near)[0])
        worst = tuple(int(i) for i in np().unravel_index(int(np().argmax(diff)), diff.shape))
        e_text, g_text = _pair(exp[first], arr[first])
        raise CheckFailed(
            f"{what}: {int((~near).sum())} of {exp.size} values differ beyond {tol}; "
            f"max abs difference {_fmt(diff[worst])} at index {_index(worst)}; first at "
            f"index {_index(first)}: expected {e_text}, got {g_text}\n"
            f"  expected {_preview(exp, around=first)}\n"
            f"  got      {_preview(arr, around=first)}")

    def grad_check(self, f: Callable[[Any], Any], x: Any, analytic: Any, h: float = 1e-6,
                   rtol: float = 1e-5, what: str = "the gradient") -> None:
        """Compare ``analytic`` with central finite differences of the scalar ``f`` at ``x``.

        The absolute tolerance scales with the gradient's size, so a correct gradient of a
        large loss is not failed for round-off, while a wrong one (off by a factor, a sign or
        a term) still is."""
        x0 = np().array(x, dtype=float)
        numeric = np().zeros_like(x0)
        flat = numeric.reshape(-1)
        for i in range(x0.size):
            xp = x0.copy()
            xp.reshape(-1)[i] += h
            xm = x0.copy()
            xm.reshape(-1)[i] -= h
            flat[i] = (_scalar(f(xp), what) - _scalar(f(xm), what)) / (2 * h)
        scale = max(1.0, float(np().max(np().abs(numeric))) if numeric.size else 1.0)
        self.close(analytic, numeric, rtol=rtol, atol=rtol * scale,
                   what=f"{what} (against central differences, h={h:g})")


class Suite:
    """Collects the verdict of each check of one run."""

    def __init__(self, user_file: str | Path | None = None) -> None:
        self.results: list[CheckResult] = []
        self._user_file = str(Path(user_file).resolve()) if user_file else ""

    def function(self, module: Any, name: str) -> Callable[..., Any] | None:
        """The user's function ``name``, or ``None`` after recording a failed check."""
        value = getattr(module, name, None)
        if callable(value):
            return value  # type: ignore[no-any-return]
        detail = (f"the file defines no function named '{name}'" if value is None else
                  f"'{name}' is {type(value).__name__}, not a function")
        self.results.append(CheckResult(f"defines {name}", False, detail,
                                        "keep the exact name and signature from the starter"))
        return None

    @contextmanager
    def check(self, name: str, hint: str = "") -> Iterator[Check]:
        """One named check. Any exception inside fails it (and only it)."""
        c = Check(name)
        try:
            yield c
        except CheckFailed as exc:
            self.results.append(CheckResult(name, False, _clip(str(exc)), hint))
        except BaseException as exc:  # the user's code may raise anything
            self.results.append(CheckResult(name, False, self._raised(exc), hint))
        else:
            self.results.append(CheckResult(name, True, "", hint))

    def _raised(self, exc: BaseException) -> str:
        if isinstance(exc, SystemExit):
            text = f"raised SystemExit (code {exc.code!r}): sys.exit() or exit() was called"
        elif isinstance(exc, NotImplementedError) and not str(exc):
            text = "raised NotImplementedError: not written yet"
        else:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            text = f"raised {type(exc).__name__}" + (f": {message}" if message else "")
        where = self._user_line(exc)
        return _clip(text + (f"\n  at {where}" if where else ""))

    def _user_line(self, exc: BaseException) -> str:
        if not self._user_file:
            return ""
        found = ""
        for frame, lineno in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == self._user_file:
                source = linecache.getline(self._user_file, lineno).strip()
                found = f"line {lineno} of your file, in {frame.f_code.co_name}" + (
                    f": {source}" if source else "")
        return found


# ---------------------------------------------------------------- running
def import_path(path: Path, prefix: str) -> types.ModuleType:
    """Import a file as a fresh module under a unique name (never cached between runs)."""
    name = f"_coach_{prefix}_{next(_module_counter)}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up here
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


def _forget(*modules: types.ModuleType | None) -> None:
    for m in modules:
        if m is not None:
            sys.modules.pop(m.__name__, None)


def run_checks(drill_dir: str | Path, user_path: str | Path) -> Report:
    """Check one file against one drill, in this process. Never raises for user mistakes."""
    start = time.perf_counter()
    drill_dir, user_path = Path(drill_dir), Path(user_path)
    drill = drill_dir.name

    def took() -> float:
        return time.perf_counter() - start

    problem = _load_problem(user_path)
    if problem:
        return Report.unusable_file(drill, problem, took())
    linecache.checkcache(str(user_path.resolve()))
    user = ref = checks = None
    try:
        try:
            ref = import_path(drill_dir / "reference.py", f"{drill}_reference")
            checks = import_path(drill_dir / "checks.py", f"{drill}_checks")
        except BaseException as exc:
            return Report.unusable_file(
                drill, f"the drill's own checker could not be loaded ({type(exc).__name__}: "
                       f"{exc}); this is a problem with the drill, not your code", took())
        try:
            user = import_path(user_path.resolve(), f"{drill}_user")
        except BaseException as exc:
            where = Suite(user_path)._user_line(exc)
            reason = "loading your file raised " + _exception_text(exc) + (
                f"\n  at {where}" if where else "")
            return Report.unusable_file(drill, _clip(reason), took())
        suite = Suite(user_path)
        np_mod = np()
        with warnings.catch_warnings(), np_mod.errstate(all="ignore"):
            warnings.simplefilter("ignore")
            try:
                checks.run(suite, user, ref)
            except BaseException as exc:  # user code called outside a check
                suite.results.append(CheckResult("the checks ran to the end", False,
                                                 suite._raised(exc), ""))
        results = suite.results
        if not results:
            results = [CheckResult("the checks ran", False, "no check was recorded", "")]
        passed = all(r.passed for r in results)
        return Report(drill, passed, results, summarise(results), "", took())
    finally:
        _forget(user, ref, checks)


def _load_problem(path: Path) -> str:
    """Why the file cannot even be imported (missing, unreadable, syntax error), or ""."""
    if not path.is_file():
        return f"{path} does not exist" if not path.exists() else f"{path} is not a file"
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"{path} cannot be read: {exc}"
    try:
        compile(source, str(path), "exec", dont_inherit=True)
    except SyntaxError as exc:
        line = (exc.text or "").rstrip("\n")
        caret = ""
        if line and exc.offset:
            stripped = line.lstrip()
            pad = max(0, exc.offset - 1 - (len(line) - len(stripped)))
            caret = f"\n    {stripped}\n    {' ' * pad}^"
        return f"syntax error on line {exc.lineno}: {exc.msg}{caret}"
    except ValueError as exc:  # e.g. null bytes
        return f"{path} cannot be compiled: {exc}"
    return ""


def _exception_text(exc: BaseException) -> str:
    if isinstance(exc, SystemExit):
        return f"SystemExit (code {exc.code!r})"
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return type(exc).__name__ + (f": {message}" if message else "")


# ---------------------------------------------------------------- formatting
def np() -> Any:
    """NumPy, imported on first use so importing this module stays cheap."""
    import numpy

    return numpy


def _as_array(got: Any, what: str) -> Any:
    if got is None:
        raise CheckFailed(f"{what}: got None (does the function return its result?)")
    try:
        return np().asarray(got)
    except Exception as exc:
        raise CheckFailed(f"{what}: cannot be read as an array ({exc}); got "
                          f"{type(got).__name__}") from None


def _as_numeric(got: Any, what: str) -> Any:
    arr = _as_array(got, what)
    if arr.dtype.kind not in "biuf":
        if arr.dtype.kind == "c":
            raise CheckFailed(f"{what}: has complex values; expected real numbers")
        raise CheckFailed(f"{what}: expected numbers, got {_describe(got)}")
    return arr.astype(float)


def _scalar(value: Any, what: str) -> float:
    arr = np().asarray(value, dtype=float)
    if arr.size != 1:
        raise CheckFailed(f"{what}: the function differentiated must return one number, "
                          f"got shape {arr.shape}")
    return float(arr.reshape(-1)[0])


def _describe(value: Any) -> str:
    if value is None:
        return "None (does the function return its result?)"
    if isinstance(value, tuple | list):
        return f"a {type(value).__name__} of {len(value)} items"
    shape = getattr(value, "shape", None)
    if shape is not None:
        dtype = getattr(value, "dtype", "")
        return f"shape {tuple(shape)}" + (f" ({dtype})" if dtype else "")
    if isinstance(value, int | float):
        return f"the number {_fmt(value)} (shape ())"
    return f"a {type(value).__name__}"


def _fmt(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return repr(value)
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.6g}"


def _pair(expected: Any, got: Any) -> tuple[str, str]:
    """Both numbers with just enough digits to tell them apart."""
    try:
        e, g = float(expected), float(got)
    except (TypeError, ValueError):
        return _fmt(expected), _fmt(got)
    for digits in (6, 9, 12, 17):
        a, b = f"{e:.{digits}g}", f"{g:.{digits}g}"
        if a != b:
            break
    return (_fmt(e) if digits == 6 else a), (_fmt(g) if digits == 6 else b)


def _index(index: Any) -> str:
    items = tuple(int(i) for i in index)
    return "(" + ", ".join(str(i) for i in items) + ("," if len(items) == 1 else "") + ")"


def _preview(arr: Any, count: int = 6, around: Sequence[int] | None = None) -> str:
    """A few values in flat order: the first ones, or those around a mismatch, so the two
    previews differ where the arrays do."""
    values = np().asarray(arr)
    flat = values.reshape(-1)
    start = 0
    if around is not None and values.ndim and flat.size > count:
        at = int(np().ravel_multi_index(tuple(around), values.shape))
        start = max(0, min(at - count // 2, flat.size - count))
    part = ", ".join(_fmt(v) for v in flat[start:start + count])
    if flat.size <= count:
        return f"[{part}]"
    end = min(flat.size, start + count)
    return (f"[{'..., ' if start else ''}{part}{', ...' if end < flat.size else ''}]"
            f" (values {start}-{end - 1} of {flat.size}, in flat order)")


def _clip(text: str) -> str:
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 1] + "…"
