"""Parse and validate ``curriculum.yaml`` and ``guide.yaml`` into a ``Curriculum``."""

from __future__ import annotations

from pathlib import Path

from coach.bank.fields import Reader
from coach.bank.location import builtin_dir
from coach.bank.problems import ContentError
from coach.bank.yamlsource import LineList, LineMap, load_yaml_file
from coach.domain.curriculum import (
    CHECKPOINT_IDS,
    PLAN_DAYS,
    PRIORITIES,
    Checkpoint,
    Concept,
    Curriculum,
    FailureMode,
    GuideLists,
    Phase,
    PlanDay,
    Reading,
    Section,
    WeakSpot,
)


def parse_curriculum(folder: Path | None = None) -> Curriculum:
    """Read the curriculum; raise ``ContentError`` listing every problem found."""
    folder = folder or builtin_dir()
    main_path = folder / "curriculum.yaml"
    guide_path = folder / "guide.yaml"
    reader = Reader(_display(main_path))
    root = reader.mapping(load_yaml_file(main_path, reader.file), "", 1) or LineMap()
    curriculum = _read_curriculum(reader, root)
    guide_reader = Reader(_display(guide_path))
    guide_root = guide_reader.mapping(load_yaml_file(guide_path, guide_reader.file), "", 1)
    guide = _read_guide(guide_reader, guide_root or LineMap(), curriculum)
    problems = reader.problems + guide_reader.problems
    if problems:
        raise ContentError(problems)
    return curriculum._replace(guide=guide)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(builtin_dir().parent))
    except ValueError:
        return str(path)


def _priority_minutes(r: Reader, m: LineMap, key: str, path: str) -> dict[str, int]:
    table = r.mapping(m.get(key), f"{path}.{key}", m.line_of(key)) if key in m else None
    if table is None:
        if key not in m:
            r.problem(m.line, f"{path}.{key}" if path else key, "is missing")
        return dict.fromkeys(PRIORITIES, 0)
    out = {}
    for p in PRIORITIES:
        out[p] = int(r.number(table, p, f"{path}.{key}" if path else key, positive=True,
                              integer=True))
    return out


def _read_curriculum(r: Reader, root: LineMap) -> Curriculum:
    r.unknown_keys(root, "", ["checkpoints", "later_review_minutes", "priorities", "phases",
                              "days", "sections"])
    checkpoints = []
    items = r.seq(root, "checkpoints", "")
    for i, raw in enumerate(items):
        path = f"checkpoints[{i}]"
        m = r.mapping(raw, path, items.line_of(i))
        if m is None:
            continue
        cid = r.choice(m, "id", path, CHECKPOINT_IDS)
        checkpoints.append(Checkpoint(
            id=cid,
            offset=int(r.number(m, "offset", path, integer=True)),
            activity=r.text(m, "activity", path),
            minutes=_priority_minutes(r, m, "minutes", path),
        ))
    if [c.id for c in checkpoints] != list(CHECKPOINT_IDS) and not r.problems:
        r.problem(items.line, "checkpoints", f"should be {', '.join(CHECKPOINT_IDS)} in order")

    later = _priority_minutes(r, root, "later_review_minutes", "")
    notes_map = r.mapping(root.get("priorities"), "priorities", root.line_of("priorities"))
    notes = {p: r.text(notes_map, p, "priorities") for p in PRIORITIES} if notes_map else {}

    phases = []
    items = r.seq(root, "phases", "")
    for i, raw in enumerate(items):
        path = f"phases[{i}]"
        m = r.mapping(raw, path, items.line_of(i))
        if m is None:
            continue
        span = r.seq(m, "days", path)
        if len(span) != 2 or not all(isinstance(d, int) for d in span):
            r.problem(m.line_of("days"), f"{path}.days", "should be [first day, last day]")
            span = LineList()
            span.extend([0, 0])
        phases.append(Phase(r.text(m, "id", path), r.text(m, "name", path), span[0], span[1]))

    days = []
    items = r.seq(root, "days", "")
    for i, raw in enumerate(items):
        path = f"days[{i}]"
        m = r.mapping(raw, path, items.line_of(i))
        if m is None:
            continue
        number = int(r.number(m, "day", path, integer=True))
        if not 1 <= number <= PLAN_DAYS:
            r.problem(m.line_of("day"), f"{path}.day", f"should be 1 to {PLAN_DAYS}")
        days.append(PlanDay(
            day=number,
            block=r.text(m, "block", path),
            topics=r.texts(m, "topics", path, required=True),
            practice=r.text(m, "practice", path),
            study_minutes=int(r.number(m, "study_minutes", path, positive=True, integer=True)),
        ))
    if sorted(d.day for d in days) != list(range(1, PLAN_DAYS + 1)) and days:
        r.problem(items.line, "days", f"should list each day from 1 to {PLAN_DAYS} once")

    sections = []
    seen: dict[str, int] = {}
    items = r.seq(root, "sections", "")
    for i, raw in enumerate(items):
        path = f"sections[{i}]"
        m = r.mapping(raw, path, items.line_of(i))
        if m is None:
            continue
        r.unknown_keys(m, path, ["id", "name", "concepts", "extra", "note"])
        sid = r.text(m, "id", path)
        extra = bool(m.get("extra", False))
        concepts = []
        rows = r.seq(m, "concepts", path)
        for j, row in enumerate(rows):
            cpath = f"{path}.concepts[{j}]"
            cm = r.mapping(row, cpath, rows.line_of(j))
            if cm is None:
                continue
            r.unknown_keys(cm, cpath, ["id", "name", "priority", "day"])
            cid = r.text(cm, "id", cpath)
            if cid in seen:
                r.problem(cm.line_of("id"), f"{cpath}.id",
                          f"'{cid}' is already used on line {seen[cid]}")
            seen[cid] = cm.line_of("id")
            day = int(r.number(cm, "day", cpath, integer=True, default=1))
            if not 1 <= day <= PLAN_DAYS:
                r.problem(cm.line_of("day"), f"{cpath}.day", f"should be 1 to {PLAN_DAYS}")
            concepts.append(Concept(
                id=cid, name=r.text(cm, "name", cpath),
                priority=r.choice(cm, "priority", cpath, PRIORITIES, default="P2"),
                day=day, section_id=sid, extra=extra,
            ))
        sections.append(Section(sid, r.text(m, "name", path), tuple(concepts), extra,
                                r.text(m, "note", path, required=False)))
    return Curriculum(tuple(phases), tuple(sorted(days, key=lambda d: d.day)), tuple(sections),
                      tuple(checkpoints), later, notes)


def _concept_ids(r: Reader, m: LineMap, path: str, curriculum: Curriculum) -> tuple[str, ...]:
    ids = r.texts(m, "concepts", path)
    known = {c.id for c in curriculum.concepts}
    for k, cid in enumerate(ids):
        if cid not in known:
            r.problem(m.line_of("concepts"), f"{path}.concepts[{k}]", f"unknown concept '{cid}'")
    return ids


def _read_guide(r: Reader, root: LineMap, cur: Curriculum) -> GuideLists:
    def rows(key: str) -> list[tuple[str, LineMap]]:
        items = r.seq(root, key, "")
        out = []
        for i, raw in enumerate(items):
            m = r.mapping(raw, f"{key}[{i}]", items.line_of(i))
            if m is not None:
                out.append((f"{key}[{i}]", m))
        return out

    weak = tuple(
        WeakSpot(r.text(m, "id", p), r.text(m, "area", p), r.text(m, "title", p),
                 r.text(m, "struggle", p), r.text(m, "remedy", p), _concept_ids(r, m, p, cur))
        for p, m in rows("weak_spots"))
    modes = tuple(
        FailureMode(r.text(m, "group", p), r.text(m, "symptom", p), r.text(m, "fix", p),
                    _concept_ids(r, m, p, cur), r.text(m, "correction", p, required=False))
        for p, m in rows("failure_modes"))
    reading = tuple(
        Reading(r.text(m, "title", p), r.text(m, "authors", p),
                int(r.number(m, "year", p, integer=True)), r.text(m, "topic", p),
                _concept_ids(r, m, p, cur))
        for p, m in rows("reading_list"))
    return GuideLists(weak, modes, reading,
                      r.texts(root, "day_before_checklist", "", required=True),
                      r.texts(root, "mistakes_to_avoid", "", required=True))
