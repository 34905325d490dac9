"""A check report as plain text: the shell prints it, and the app shows the same words."""

from __future__ import annotations

from coach.drills.harness import Report

PASS, FAIL = "✓", "✗"
SAME_AS_ABOVE = "(the same as above)"


def headline(report: Report) -> str:
    if report.unusable:
        return "could not be checked"
    return report.summary


def report_text(report: Report, *, title: str = "", output: bool = True) -> str:
    """The whole report: a headline, then each check with its detail and hint if it failed,
    then the start of what the user's code printed."""
    head = f"{title}: " if title else ""
    lines = [f"{head}{headline(report)} ({report.duration:.2f} s)"]
    if report.unusable:
        lines.extend("  " + line for line in report.unusable.splitlines())
    previous = ""
    for check in report.checks:
        lines.append(f"  {PASS if check.passed else FAIL} {check.name}")
        if check.passed:
            continue
        if check.detail == previous:
            lines.append(f"      {SAME_AS_ABOVE}")
        else:
            lines.extend("      " + line for line in check.detail.splitlines())
        previous = check.detail
        if check.hint:
            lines.append(f"      hint: {check.hint}")
    if output and report.output.strip():
        lines.append("What your code printed:")
        lines.extend("  | " + line for line in report.output.rstrip("\n").splitlines())
    return "\n".join(lines) + "\n"
