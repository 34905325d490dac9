"""The drill catalogue: every ``question_bank/drills/<id>/`` folder, validated.

Metadata errors are reported like the rest of the content (file, line, field) through the
line-aware YAML reader. The Python files are checked without importing or compiling them
(that would cost a third of a second for the whole catalogue): they must exist and define, at
the top level, the functions ``drill.yaml`` names. The content tests run every drill's checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from coach.bank.fields import Reader
from coach.bank.location import builtin_dir, display_name
from coach.bank.problems import ContentError, Problem
from coach.bank.yamlsource import fast_load, line_of, load_yaml_text
from coach.domain.questions import LEVELS

FIELDS = ("id", "title", "concepts", "minutes", "level", "functions", "summary", "explanation")
FILES = ("starter.py", "reference.py", "checks.py")


@dataclass(frozen=True)
class Drill:
    """One drill's metadata and where its files are."""

    id: str
    title: str
    concepts: tuple[str, ...]
    minutes: int
    level: str
    functions: tuple[str, ...]
    summary: str
    explanation: str
    folder: Path

    @property
    def concept(self) -> str:
        """The main concept (the first listed)."""
        return self.concepts[0]

    @property
    def starter(self) -> Path:
        return self.folder / "starter.py"

    @property
    def reference(self) -> Path:
        return self.folder / "reference.py"


def drills_dir() -> Path:
    return builtin_dir() / "drills"


def drill_folders(root: Path | None = None) -> list[Path]:
    """Every folder holding a ``drill.yaml``, sorted by name."""
    base = root if root is not None else drills_dir()
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and (p / "drill.yaml").is_file())


def read_drill(folder: Path, concept_ids: frozenset[str] | None = None
               ) -> tuple[Drill | None, list[Problem]]:
    """Read and validate one drill folder; never raises for content mistakes."""
    meta = folder / "drill.yaml"
    name = display_name(meta)
    try:
        text = meta.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "", f"cannot be read: {exc}")]
    parsed = fast_load(text)
    if isinstance(parsed, dict):
        drill, problems = _read_meta(parsed, name, folder, concept_ids)
        if not problems:
            return drill, []
    try:
        root = load_yaml_text(text, name)  # again, with line numbers for the report
    except ContentError as exc:
        return None, exc.problems
    return _read_meta(root, name, folder, concept_ids)


def _read_meta(root: object, name: str, folder: Path, concept_ids: frozenset[str] | None
               ) -> tuple[Drill | None, list[Problem]]:
    r = Reader(name)
    m = r.document(root, FIELDS)
    if m is None:
        return None, r.problems
    did = r.text(m, "id", "")
    if did and did != folder.name:
        r.problem(line_of(m, "id"), "id", f"'{did}' should match its folder '{folder.name}'")
    title = r.text(m, "title", "")
    concepts = r.texts(m, "concepts", "", required=True)
    for k, cid in enumerate(concepts):
        if concept_ids is not None and cid not in concept_ids:
            r.problem(line_of(m, "concepts"), f"concepts[{k}]", f"unknown concept '{cid}'")
    minutes = int(r.number(m, "minutes", "", positive=True, integer=True, default=60))
    level = r.choice(m, "level", "", LEVELS)
    functions = r.texts(m, "functions", "", required=True)
    for k, fn in enumerate(functions):
        if not fn.isidentifier():
            r.problem(line_of(m, "functions"), f"functions[{k}]",
                      f"'{fn}' is not a valid Python name")
    summary = r.text(m, "summary", "")
    explanation = r.text(m, "explanation", "")
    _check_files(r, folder, functions, line_of(m, "functions"))
    if r.problems or not (did and title and concepts and level and functions and summary
                          and explanation):
        return None, r.problems
    return Drill(did, title, concepts, minutes, level, functions, summary, explanation,
                 folder), []


_TOP_LEVEL = re.compile(r"^(?:async\s+)?(?:def|class)\s+(\w+)", re.MULTILINE)
_DOCSTRING = re.compile(r"\A\s*(?:#[^\n]*\n\s*)*[rRuU]?(\"\"\"|\'\'\')")


def _check_files(r: Reader, folder: Path, functions: tuple[str, ...], line: int) -> None:
    for filename in FILES:
        path = folder / filename
        shown = display_name(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            r.problems.append(Problem(shown, 0, "", "is missing"))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            r.problems.append(Problem(shown, 0, "", f"cannot be read: {exc}"))
            continue
        defined = set(_TOP_LEVEL.findall(text))
        if filename == "checks.py":
            if "run" not in defined:
                r.problems.append(Problem(shown, 0, "run", "checks.py must define run(suite, "
                                          "user, ref)"))
            continue
        for fn in functions:
            if fn not in defined:
                r.problem(line, "functions", f"'{fn}' is not defined in {filename}")
        if filename == "starter.py" and not _DOCSTRING.match(text):
            r.problems.append(Problem(shown, 1, "", "needs a module docstring stating the "
                                      "contract"))


def load_drills(root: Path | None = None, concept_ids: Iterable[str] | None = None
                ) -> list[Drill]:
    """Every drill, validated; raise ``ContentError`` listing every problem found."""
    known = frozenset(concept_ids) if concept_ids is not None else None
    drills: list[Drill] = []
    problems: list[Problem] = []
    for folder in drill_folders(root):
        drill, found = read_drill(folder, known)
        problems.extend(found)
        if drill is not None:
            drills.append(drill)
    if problems:
        raise ContentError(problems)
    return drills


def find_drill(drills: Iterable[Drill], name: str) -> Drill | None:
    """The drill with this id (dashes and case forgiven)."""
    key = name.strip().lower().replace("-", "_")
    for d in drills:
        if d.id == key:
            return d
    return None


def close_names(drills: Iterable[Drill], name: str, limit: int = 3) -> list[str]:
    import difflib

    ids = [d.id for d in drills]
    key = name.strip().lower().replace("-", "_")
    close = difflib.get_close_matches(key, ids, n=limit, cutoff=0.5)
    close += [i for i in ids if key and key in i and i not in close]
    return close[:limit]

