"""The numbers behind the stats screen: activity per day, time studied, score trends,
mastery per section and mock round scores.

Everything is computed from plain records and a ``today`` handed in, so the same history
always gives the same figures. A day is the local date a record was made on (the date part of
its ISO timestamp), the same rule the study streak uses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from coach.domain.curriculum import Curriculum
from coach.domain.habits import streak
from coach.domain.plan import LATER, new_topic_minutes
from coach.domain.questions import QUESTION_TYPES
from coach.domain.rounds import FORMATS, report_from_records

Record = Mapping[str, Any]

HEATMAP_WEEKS = 12
TIME_DAYS = 28
TREND_DAYS = 28
ROLLING_DAYS = 7
LEVELS = 4  # shades above "nothing"; GitHub uses four too


def day_of(stamp: str) -> date:
    """The local day of an ISO date or timestamp (its offset is the one it was made in)."""
    return datetime.fromisoformat(stamp).date() if "T" in stamp else date.fromisoformat(stamp)


def _finished(attempt: Record) -> bool:
    return attempt.get("status") in ("scored", "skipped")


def _attempt_day(attempt: Record) -> date:
    return day_of(attempt.get("scored_at") or attempt["started_at"])


# ---------------------------------------------------------------------- activity
@dataclass(frozen=True)
class DayActivity:
    """What was done on one day, counted per kind of work."""

    day: date
    checkpoints: int = 0   # ticked grid boxes and later reviews
    attempts: int = 0      # questions answered or skipped
    drill_runs: int = 0
    scenarios: int = 0

    @property
    def total(self) -> int:
        return self.checkpoints + self.attempts + self.drill_runs + self.scenarios


def activity_by_day(checkpoints: Iterable[Record], reviews: Iterable[Record],
                    attempts: Iterable[Record], drill_runs: Iterable[Record],
                    scenario_results: Iterable[Record]) -> dict[date, DayActivity]:
    counts: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rec in (*checkpoints, *reviews):
        counts[day_of(rec["date"])][0] += 1
    for rec in attempts:
        if _finished(rec):
            counts[_attempt_day(rec)][1] += 1
    for rec in drill_runs:
        counts[day_of(rec["at"])][2] += 1
    for rec in scenario_results:
        counts[day_of(rec["at"])][3] += 1
    return {day: DayActivity(day, *c) for day, c in counts.items()}


def level_bounds(counts: Iterable[int], levels: int = LEVELS) -> tuple[int, ...]:
    """The smallest count of each shade above zero, from an even split of the busiest day.

    Shades are relative to the user's own busiest day, so a light studier still sees
    contrast; the bounds are whole numbers and strictly increasing whenever the busiest day
    allows it (a busiest day of 2 gives only two shades)."""
    top = max(counts, default=0)
    if top <= 0:
        return tuple(range(1, levels + 1))
    bounds = [1]
    for k in range(1, levels):
        low = min(top, -(-top * k // levels) + 1)  # just above ceil(top * k / levels)
        if low > bounds[-1]:
            bounds.append(low)
    return tuple(bounds)


def shade(count: int, bounds: Sequence[int]) -> int:
    """0 for nothing, else 1..len(bounds): the highest bound the count reaches."""
    return sum(1 for b in bounds if count >= b) if count > 0 else 0


def colour_level(shade_index: int, shades: int, levels: int = LEVELS) -> int:
    """Spread fewer shades over the colour levels so the top one is always the darkest."""
    return -(-shade_index * levels // max(1, shades)) if shade_index > 0 else 0


@dataclass(frozen=True)
class Heatmap:
    """A GitHub-style calendar: one column per week (Monday first), the newest on the right.

    ``weeks[c][r]`` is the activity of weekday ``r`` (0 = Monday) in column ``c``; ``None``
    for days after today."""

    today: date
    weeks: tuple[tuple[DayActivity | None, ...], ...]
    bounds: tuple[int, ...]

    @property
    def first_day(self) -> date:
        first = self.weeks[0][0]
        assert first is not None
        return first.day

    @property
    def days(self) -> list[DayActivity]:
        return [d for week in self.weeks for d in week if d is not None]

    @property
    def active_days(self) -> int:
        return sum(1 for d in self.days if d.total)

    @property
    def busiest(self) -> DayActivity | None:
        best = max(self.days, key=lambda d: (d.total, d.day), default=None)
        return best if best is not None and best.total else None

    def level(self, activity: DayActivity | None) -> int:
        """The colour level, 0 to LEVELS: the busiest day always gets the darkest one."""
        if activity is None:
            return 0
        return colour_level(shade(activity.total, self.bounds), len(self.bounds))

    def legend(self) -> list[tuple[int, int, int | None]]:
        """(colour level, lowest count, highest count or None for "and more") per shade."""
        out: list[tuple[int, int, int | None]] = []
        for n, low in enumerate(self.bounds, start=1):
            high = self.bounds[n] - 1 if n < len(self.bounds) else None
            out.append((colour_level(n, len(self.bounds)), low, high))
        return out

    def month_labels(self) -> list[tuple[int, date]]:
        """(column, first of the month) for each column holding a month's first day, and the
        first column's month when the next label is far enough away not to collide."""
        labels: list[tuple[int, date]] = []
        for column in range(len(self.weeks)):
            monday = self.first_day + timedelta(weeks=column)
            for offset in range(7):
                day = monday + timedelta(days=offset)
                if day.day == 1:
                    labels.append((column, day))
        if not labels or labels[0][0] >= 3:
            labels.insert(0, (0, self.first_day.replace(day=1)))
        return labels


def heatmap(activity: Mapping[date, DayActivity], today: date,
            weeks: int = HEATMAP_WEEKS) -> Heatmap:
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    columns = []
    for column in range(weeks):
        week = []
        for row in range(7):
            day = first + timedelta(weeks=column, days=row)
            week.append(None if day > today else activity.get(day, DayActivity(day)))
        columns.append(tuple(week))
    shown = [d.total for week in columns for d in week if d is not None]
    return Heatmap(today, tuple(columns), level_bounds(shown))


# ---------------------------------------------------------------------- time
@dataclass(frozen=True)
class DayTime:
    """Minutes of study on one day, by where the time was spent."""

    day: date
    practice: float = 0.0
    drills: float = 0.0
    checkpoints: float = 0.0

    @property
    def total(self) -> float:
        return self.practice + self.drills + self.checkpoints


def checkpoint_minutes(curriculum: Curriculum, record: Record, *, later: bool = False) -> int:
    """The plan's estimate for a ticked box: a D1 is the concept's share of its day, a later
    review its priority's review time; an unknown concept (a removed one) counts nothing."""
    if not curriculum.has_concept(record.get("concept", "")):
        return 0
    concept = curriculum.concept(record["concept"])
    checkpoint = LATER if later else record.get("checkpoint", "")
    if checkpoint == LATER:
        return curriculum.later_review_minutes[concept.priority]
    if checkpoint == "D1":
        return new_topic_minutes(curriculum, concept)
    try:
        return curriculum.checkpoint(checkpoint).minutes[concept.priority]
    except KeyError:
        return 0


def drill_minutes_by_day(drill_runs: Iterable[Record]) -> dict[date, float]:
    """A run's ``seconds`` is the attempt clock when the checks ran, so it grows through an
    attempt; each run adds only what the clock moved since that attempt's previous run."""
    out: dict[date, float] = defaultdict(float)
    reached: dict[Any, float] = {}
    for rec in sorted(drill_runs, key=lambda r: r.get("at", "")):
        if rec.get("seconds") is None:
            continue
        key = (rec.get("drill"), rec.get("attempt_id", rec.get("attempt")))
        seconds = float(rec["seconds"])
        gained = max(0.0, seconds - reached.get(key, 0.0))
        reached[key] = max(seconds, reached.get(key, 0.0))
        out[day_of(rec["at"])] += gained / 60.0
    return dict(out)


def time_by_day(curriculum: Curriculum, today: date, checkpoints: Iterable[Record],
                reviews: Iterable[Record], attempts: Iterable[Record],
                drill_runs: Iterable[Record], days: int = TIME_DAYS) -> list[DayTime]:
    """Minutes per day for the ``days`` days ending today, oldest first."""
    first = today - timedelta(days=days - 1)
    practice: dict[date, float] = defaultdict(float)
    ticked: dict[date, float] = defaultdict(float)
    for rec in attempts:
        seconds = float(rec.get("seconds") or 0.0)
        if seconds > 0 and rec.get("started_at"):
            practice[_attempt_day(rec)] += seconds / 60.0
    for rec in checkpoints:
        ticked[day_of(rec["date"])] += checkpoint_minutes(curriculum, rec)
    for rec in reviews:
        ticked[day_of(rec["date"])] += checkpoint_minutes(curriculum, rec, later=True)
    drills = drill_minutes_by_day(drill_runs)
    out = []
    for n in range(days):
        day = first + timedelta(days=n)
        out.append(DayTime(day, practice.get(day, 0.0), drills.get(day, 0.0),
                           ticked.get(day, 0.0)))
    return out


# ---------------------------------------------------------------------- scores
@dataclass(frozen=True)
class ScoreTrend:
    """One question type's rolling mean rubric score, a point per day (``None``: no score in
    the window ending that day)."""

    type: str
    points: tuple[tuple[date, float | None], ...]
    count: int            # scored answers of this type in the period shown
    recent: float | None  # the mean over the last window (the newest point)

    @property
    def has_data(self) -> bool:
        return any(v is not None for _, v in self.points)


def score_trends(attempts: Iterable[Record], today: date, days: int = TREND_DAYS,
                 window: int = ROLLING_DAYS) -> list[ScoreTrend]:
    """A ``window``-day rolling mean of scores per question type, for ``days`` days."""
    first = today - timedelta(days=days - 1)
    by_type: dict[str, dict[date, list[float]]] = defaultdict(lambda: defaultdict(list))
    for rec in attempts:
        if rec.get("status") == "scored" and rec.get("score") is not None:
            by_type[rec.get("type", "")][_attempt_day(rec)].append(float(rec["score"]))
    trends = []
    for qtype in QUESTION_TYPES:
        scores = by_type.get(qtype, {})
        points: list[tuple[date, float | None]] = []
        for n in range(days):
            day = first + timedelta(days=n)
            values = [v for k in range(window)
                      for v in scores.get(day - timedelta(days=k), ())]
            points.append((day, sum(values) / len(values) if values else None))
        count = sum(len(v) for d, v in scores.items() if first <= d <= today)
        trends.append(ScoreTrend(qtype, tuple(points), count, points[-1][1]))
    return trends


# ---------------------------------------------------------------------- mastery
@dataclass(frozen=True)
class SectionMastery:
    section_id: str
    name: str
    mastery: float   # mean over every concept of the section, unpractised ones at 0
    practised: int   # concepts with any evidence
    concepts: int
    extra: bool = False


def mastery_by_section(curriculum: Curriculum,
                       mastery: Mapping[str, float]) -> list[SectionMastery]:
    """Unpractised concepts count as zero: a section is only as mastered as all of it is."""
    out = []
    for section in curriculum.sections:
        ids = [c.id for c in section.concepts]
        values = [mastery[c] for c in ids if c in mastery]
        mean = sum(values) / len(ids) if ids else 0.0
        out.append(SectionMastery(section.id, section.name, mean, len(values), len(ids),
                                  section.extra))
    return out


def weakest_concepts(curriculum: Curriculum, mastery: Mapping[str, float],
                     count: int = 5) -> list[tuple[str, str, float]]:
    """(concept id, name, mastery) of the least mastered practised concepts, P1 first on a
    tie: where practice pays most."""
    known = [c for c in curriculum.concepts if c.id in mastery]
    ranked = sorted(known, key=lambda c: (mastery[c.id], c.priority_rank, c.id))
    return [(c.id, c.name, mastery[c.id]) for c in ranked[:count]]


# ---------------------------------------------------------------------- rounds
@dataclass(frozen=True)
class RoundScore:
    round_id: int
    day: date
    started_at: str
    format_id: str
    name: str
    score: float
    answered: int
    questions: int
    early: bool


def round_scores(rounds: Iterable[Record], attempts: Iterable[Record]) -> list[RoundScore]:
    """Every round that was ended (finished or stopped early), oldest first."""
    by_id = {a["id"]: a for a in attempts if "id" in a}
    out = []
    for rec in rounds:
        if not rec.get("ended_at") or rec.get("status") == "running":
            continue
        report = report_from_records(rec, by_id, {})
        fmt = FORMATS.get(rec.get("format", ""))
        out.append(RoundScore(int(rec.get("id", 0)), day_of(rec["started_at"]),
                              rec["started_at"],
                              rec.get("format", ""), fmt.name if fmt else rec.get("format", ""),
                              report.score, len(report.answered), len(report.results),
                              rec.get("status") == "ended early"))
    return sorted(out, key=lambda r: r.started_at)


# ---------------------------------------------------------------------- all of it
@dataclass(frozen=True)
class Summary:
    streak: int
    active_days: int          # in the last TIME_DAYS days
    minutes_week: float       # the last 7 days, today included
    minutes_period: float     # the last TIME_DAYS days
    answered: int             # questions scored in the last TIME_DAYS days
    mean_score: float | None  # their mean


@dataclass(frozen=True)
class Stats:
    today: date
    summary: Summary
    heatmap: Heatmap
    time: tuple[DayTime, ...]  # every day of the heatmap's span, oldest first
    trends: tuple[ScoreTrend, ...]
    sections: tuple[SectionMastery, ...]
    rounds: tuple[RoundScore, ...]
    weakest: tuple[tuple[str, str, float], ...] = ()

    @property
    def recent_time(self) -> tuple[DayTime, ...]:
        """The last TIME_DAYS days, for the time chart."""
        return self.time[-TIME_DAYS:]

    def time_on(self, day: date) -> DayTime:
        return next((t for t in self.time if t.day == day), DayTime(day))

    @property
    def empty(self) -> bool:
        """Nothing at all in the period the screen shows."""
        return not any(d.total for d in self.heatmap.days) and not self.rounds


def build_stats(curriculum: Curriculum, today: date, *, checkpoints: Sequence[Record],
                reviews: Sequence[Record], attempts: Sequence[Record],
                drill_runs: Sequence[Record], scenario_results: Sequence[Record],
                rounds: Sequence[Record], mastery: Mapping[str, float]) -> Stats:
    activity = activity_by_day(checkpoints, reviews, attempts, drill_runs, scenario_results)
    time = time_by_day(curriculum, today, checkpoints, reviews, attempts, drill_runs,
                       days=HEATMAP_WEEKS * 7)
    first = today - timedelta(days=TIME_DAYS - 1)
    scored = [float(a["score"]) for a in attempts
              if a.get("status") == "scored" and a.get("score") is not None
              and first <= _attempt_day(a) <= today]
    summary = Summary(
        streak=streak({d for d, a in activity.items() if a.total}, today),
        active_days=sum(1 for d, a in activity.items() if a.total and first <= d <= today),
        minutes_week=sum(t.total for t in time[-7:]),
        minutes_period=sum(t.total for t in time[-TIME_DAYS:]),
        answered=len(scored),
        mean_score=sum(scored) / len(scored) if scored else None)
    return Stats(today, summary, heatmap(activity, today), tuple(time),
                 tuple(score_trends(attempts, today)),
                 tuple(mastery_by_section(curriculum, mastery)),
                 tuple(round_scores(rounds, attempts)),
                 tuple(weakest_concepts(curriculum, mastery)))
