"""Load question banks (built-in, the user's ``banks/`` folder, ``--bank`` paths).

Every problem is reported with file, line and field. Loading is kept off the app's start-up
path, and validated banks are cached (pickled) under a key made of the files' contents, so a
second start with unchanged files skips YAML parsing entirely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from coach.bank.fields import Reader
from coach.bank.location import builtin_dir, display_name
from coach.bank.problems import ContentError, Problem
from coach.bank.yamlsource import LineMap, fast_load, line_of, load_yaml_text
from coach.domain.formula import FormulaError, evaluate, matches
from coach.domain.questions import (
    LEVELS,
    QUESTION_TYPES,
    RUBRIC_MAX,
    RUBRIC_MIN,
    Bank,
    Calculation,
    Question,
    RubricPoint,
)

FIELDS = ("id", "type", "concepts", "level", "minutes", "prompt", "rubric", "model_answer",
          "follow_ups", "common_mistakes", "hints", "tags", "calculation")


def bank_files(paths: Iterable[Path]) -> list[Path]:
    """YAML files named directly or found (recursively) in the given folders, in order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")))
        else:
            out.append(path)
    return out


def default_sources(data_dir: Path | None, extra: Sequence[Path] = ()) -> list[Path]:
    builtin = builtin_dir() / "questions"
    sources = [builtin] if builtin.is_dir() else []
    if data_dir is not None and (data_dir / "banks").is_dir():
        sources.append(data_dir / "banks")
    sources.extend(extra)
    return sources


def parse_file(path: Path, concept_ids: frozenset[str], *,
               fast: bool = True) -> tuple[list[Question], list[Problem]]:
    """Read one bank file; return its questions and its problems (never raises for content)."""
    name = display_name(path)
    if not path.exists():
        return [], [Problem(name, 0, "", "does not exist")]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(name, 0, "", f"cannot be read: {exc}")]
    parsed = fast_load(text) if fast else None
    if parsed is not None:
        questions, problems = _read_root(parsed, name, concept_ids)
        if not problems:
            return questions, []
    try:
        root = load_yaml_text(text, name)
    except ContentError as exc:
        return [], exc.problems
    return _read_root(root, name, concept_ids)


def _read_root(root: Any, name: str,
               concept_ids: frozenset[str]) -> tuple[list[Question], list[Problem]]:
    reader = Reader(name)
    top = reader.document(root, ["questions"], "questions")
    if top is None:
        return [], reader.problems
    items = reader.seq(top, "questions", "")
    questions = []
    for index, raw in enumerate(items):
        m = reader.mapping(raw, f"questions[{index}]", line_of(items, index))
        if m is not None:
            q = _read_question(reader, m, index, concept_ids, name)
            if q is not None:
                questions.append(q)
    return questions, reader.problems


def _read_question(r: Reader, m: dict[Any, Any], index: int, concept_ids: frozenset[str],
                   source: str) -> Question | None:
    qid = r.text(m, "id", f"questions[{index}]")
    path = f"questions[{index}]" + (f" ({qid})" if qid else "")
    r.unknown_keys(m, path, FIELDS)
    qtype = r.choice(m, "type", path, QUESTION_TYPES)
    concepts = r.texts(m, "concepts", path, required=True)
    for k, cid in enumerate(concepts):
        if cid not in concept_ids:
            r.problem(line_of(m, "concepts"), f"{path}.concepts[{k}]", f"unknown concept '{cid}'")
    level = r.choice(m, "level", path, LEVELS)
    minutes = int(r.number(m, "minutes", path, positive=True, integer=True, default=10))
    prompt = r.text(m, "prompt", path)
    rubric = []
    items = r.seq(m, "rubric", path)
    for k, raw in enumerate(items):
        pm = r.mapping(raw, f"{path}.rubric[{k}]", line_of(items, k))
        if pm is None:
            continue
        r.unknown_keys(pm, f"{path}.rubric[{k}]", ["point", "weight"])
        rubric.append(RubricPoint(r.text(pm, "point", f"{path}.rubric[{k}]"),
                                  r.number(pm, "weight", f"{path}.rubric[{k}]", positive=True,
                                           default=1.0)))
    if "rubric" in m and not RUBRIC_MIN <= len(items) <= RUBRIC_MAX:
        r.problem(line_of(items), f"{path}.rubric",
                  f"has {len(items)} point{'' if len(items) == 1 else 's'}; a rubric needs "
                  f"{RUBRIC_MIN} to {RUBRIC_MAX}")
    model = r.text(m, "model_answer", path)
    calc = _read_calculation(r, m, path, qtype)
    if not (qid and qtype and concepts and level and prompt and rubric and model):
        return None
    return Question(qid, qtype, concepts, level, minutes, prompt, tuple(rubric), model,
                    r.texts(m, "follow_ups", path), r.texts(m, "common_mistakes", path),
                    r.texts(m, "hints", path), r.texts(m, "tags", path), calc, source,
                    line_of(m))


def _read_calculation(r: Reader, m: dict[Any, Any], path: str, qtype: str) -> Calculation | None:
    if "calculation" not in m:
        if qtype == "quantitative":
            r.problem(line_of(m), f"{path}.calculation", "is missing (quantitative questions carry "
                      "their inputs, formula and answer)")
        return None
    where = f"{path}.calculation"
    cm = r.mapping(m["calculation"], where, line_of(m, "calculation"))
    if cm is None:
        return None
    r.unknown_keys(cm, where, ["inputs", "formula", "answer", "tolerance", "unit"])
    inputs: dict[str, float] = {}
    raw_inputs = cm.get("inputs") or LineMap()
    im = r.mapping(raw_inputs, f"{where}.inputs", line_of(cm, "inputs"))
    for key in im or {}:
        inputs[str(key)] = r.number(im, key, f"{where}.inputs")  # type: ignore[arg-type]
    formula = r.text(cm, "formula", where)
    answer = r.number(cm, "answer", where)
    tolerance = r.number(cm, "tolerance", where, required=False, default=0.01)
    if formula:
        try:
            value = evaluate(formula, inputs)
        except FormulaError as exc:
            r.problem(line_of(cm, "formula"), f"{where}.formula", str(exc))
        else:
            if not matches(value, answer, tolerance):
                r.problem(line_of(cm, "answer"), f"{where}.answer",
                          f"{answer:g} does not match the formula's {value:g} "
                          f"(tolerance {tolerance:g})")
    return Calculation(inputs, formula, answer, tolerance, r.text(cm, "unit", where,
                                                                  required=False))


def load_bank(sources: Sequence[Path], concept_ids: Iterable[str], *,
              cache_dir: Path | None = None) -> Bank:
    """Load and validate every bank file; raise ``ContentError`` listing every problem."""
    from coach.bank.cache import cached

    files = bank_files(sources)
    known = frozenset(concept_ids)
    return cached("bank", files, lambda: check_files(files, known), Bank, cache_dir,
                  extra="|".join(sorted(known)))


def check_files(files: Sequence[Path], concept_ids: frozenset[str], *,
                fast: bool = True) -> Bank:
    """Validate every file; on any problem, read again with line numbers to report it."""
    questions: list[Question] = []
    problems: list[Problem] = []
    seen: dict[str, Question] = {}
    for path in files:
        found, issues = parse_file(path, concept_ids, fast=fast)
        problems.extend(issues)
        for q in found:
            if q.id in seen:
                first = seen[q.id]
                problems.append(Problem(q.source, q.line, "id",
                                        f"'{q.id}' is already used in {first.source}:{first.line}"))
                continue
            seen[q.id] = q
            questions.append(q)
    if problems:
        if fast:
            return check_files(files, concept_ids, fast=False)
        raise ContentError(problems)
    return Bank(tuple(questions))
