"""YAML loading that remembers where every value came from.

PyYAML forgets line numbers once it builds Python objects; content validation needs them to
point a user at the exact line of a mistake. Mappings and sequences are built as ``LineMap`` and
``LineList``, which carry the line of themselves and of each key or item. The C parser is used
when PyYAML was built with it, since loading speed matters for large banks.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from coach.bank.problems import ContentError, Problem

try:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader


class LineMap(dict):
    """A dict that knows its own line and the line of each key."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.key_lines: dict[Any, int] = {}
        self.duplicates: list[tuple[Any, int]] = []

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that knows its own line and the line of each item."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.item_lines: list[int] = []

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def _construct_map(loader: Any, node: yaml.MappingNode) -> LineMap:
    loader.flatten_mapping(node)
    result = LineMap()
    result.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result.key_lines:
            result.duplicates.append((key, line))
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_seq(loader: Any, node: yaml.SequenceNode) -> LineList:
    result = LineList()
    result.line = node.start_mark.line + 1
    for item in node.value:
        result.append(loader.construct_object(item, deep=True))
        result.item_lines.append(item.start_mark.line + 1)
    return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)

# YAML 1.2 booleans: only true/false. PyYAML follows YAML 1.1, where "yes", "no", "on" and
# "off" are booleans too; a rubric point reading "No" must stay text, and the fast parser
# below (YAML 1.2) must see the same values as this one.
# Numbers follow YAML 1.2's core schema for the same reason: "9e15" is a float there (a string
# in YAML 1.1) and "1:30" is a string (sexagesimal in 1.1). Digit groups ("1_000") are read as
# numbers, as the fast parser does.
_YAML11_ONLY = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _YAML11_ONLY]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"))
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"""^(?:[-+]?(?:\.[0-9][0-9_]*|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?
               |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""", re.X),
    list("-+.0123456789"))


def load_yaml_text(text: str, file: str) -> Any:
    """Parse YAML text; a syntax error becomes a located ``ContentError``."""
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        message = f"not valid YAML: {exc.problem or exc.context}"
        raise ContentError([Problem(file, line, "", message)]) from None
    except yaml.YAMLError as exc:
        raise ContentError([Problem(file, 0, "", f"not valid YAML: {exc}")]) from None


def load_yaml_file(path: Path, display: str | None = None) -> Any:
    """Read and parse a YAML file, reporting unreadable files as content problems."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([Problem(name, 0, "", f"cannot be read: {exc}")]) from None
    return load_yaml_text(text, name)


_NO_KEY = object()


def line_of(container: Any, key: Any = _NO_KEY) -> int:
    """The line of a container (or of one of its keys or items); 0 when unknown, as for
    content read by the fast parser."""
    if key is _NO_KEY:
        return int(getattr(container, "line", 0))
    finder = getattr(container, "line_of", None)
    return int(finder(key)) if finder is not None else 0


def fast_load(text: str) -> Any | None:
    """Parse with the Rust YAML parser when it is installed (several times faster), else
    ``None``. The result carries no line numbers: callers use it only when the content turns
    out valid, and re-read a file with ``load_yaml_text`` to locate its problems."""
    try:
        import yaml_rs
    except ImportError:
        return None
    try:
        return yaml_rs.loads(text)
    except Exception:  # any parse error: the line-aware parser will report it properly
        return None
