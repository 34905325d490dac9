"""Small typed readers for located YAML values.

Each reader checks one field, records a ``Problem`` (file, line, dotted field path) when it is
wrong and returns a usable fallback, so validation reports every mistake in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coach.bank.problems import Problem
from coach.bank.yamlsource import LineList, LineMap, line_of

_MISSING = object()


@dataclass
class Reader:
    """Reads fields from one file, collecting problems instead of raising."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, path: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, path, message))

    def mapping(self, value: Any, path: str, line: int) -> dict[Any, Any] | None:
        if isinstance(value, dict):
            for key, dup_line in getattr(value, "duplicates", ()):
                self.problem(dup_line, f"{path}.{key}" if path else str(key), "appears twice")
            return value
        self.problem(line, path, f"should be a mapping, not {_kind(value)}")
        return None

    def seq(self, m: dict[Any, Any], key: str, path: str, *, required: bool = True) -> list[Any]:
        value = m.get(key, _MISSING)
        where = _join(path, key)
        if value is _MISSING or value is None:
            if required:
                self.problem(line_of(m), where, "is missing")
            return LineList()
        if not isinstance(value, list):
            self.problem(line_of(m, key), where, f"should be a list, not {_kind(value)}")
            return LineList()
        return value

    def text(self, m: dict[Any, Any], key: str, path: str, *, required: bool = True,
             default: str = "") -> str:
        value = m.get(key, _MISSING)
        where = _join(path, key)
        if value is _MISSING or value is None:
            if required:
                self.problem(line_of(m), where, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(line_of(m, key), where, f"should be text, not {_kind(value)}")
            return default
        text = str(value).strip()
        if required and not text:
            self.problem(line_of(m, key), where, "is empty")
        return text

    def number(self, m: dict[Any, Any], key: str, path: str, *, required: bool = True,
               default: float = 0.0, positive: bool = False, integer: bool = False) -> float:
        value = m.get(key, _MISSING)
        where = _join(path, key)
        if value is _MISSING or value is None:
            if required:
                self.problem(line_of(m), where, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(line_of(m, key), where, f"should be a number, not {_kind(value)}")
            return default
        if integer and not float(value).is_integer():
            self.problem(line_of(m, key), where, f"should be a whole number, not {value}")
            return default
        if positive and value <= 0:
            self.problem(line_of(m, key), where, f"should be positive, not {value}")
            return default
        return float(value)

    def choice(self, m: dict[Any, Any], key: str, path: str, allowed: Iterable[str], *,
               required: bool = True, default: str = "") -> str:
        value = self.text(m, key, path, required=required, default=default)
        options = list(allowed)
        if value and value not in options:
            self.problem(line_of(m, key), _join(path, key),
                         f"'{value}' is not one of: {', '.join(options)}")
            return default
        return value

    def texts(self, m: dict[Any, Any], key: str, path: str, *,
              required: bool = False) -> tuple[str, ...]:
        items = self.seq(m, key, path, required=required)
        out: list[str] = []
        for i, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                self.problem(line_of(items, i), f"{_join(path, key)}[{i}]",
                             f"should be text, not {_kind(item)}")
                continue
            if str(item).strip():
                out.append(str(item).strip())
        if required and not out and key in m:
            self.problem(line_of(items), _join(path, key), "is empty")
        return tuple(out)

    def document(self, root: Any, known: Iterable[str],
                 empty_field: str = "") -> dict[Any, Any] | None:
        """A whole file's top-level mapping, with its unknown keys reported; ``None`` (and a
        problem) when the file is empty or not a mapping."""
        top = self.mapping(root, "", 1) if root is not None else None
        if top is None:
            if root is None:
                self.problem(1, empty_field, "the file is empty")
            return None
        self.unknown_keys(top, "", known)
        return top

    def unknown_keys(self, m: dict[Any, Any], path: str, known: Iterable[str]) -> None:
        allowed = set(known)
        for key in m:
            if key not in allowed:
                self.problem(line_of(m, key), _join(path, key),
                             f"is not a known field (known: {', '.join(sorted(allowed))})")


def _join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, LineMap | dict):
        return "a mapping"
    if isinstance(value, LineList | list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "text"
