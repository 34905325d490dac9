"""A printable progress grid in the study guide's layout.

Priorities are shaded in three greys (P1 darkest, P3 lightest) with black text, so the page
reads on a black-and-white printer; the file is self-contained (no fonts, scripts or images
from elsewhere) and lays out on one landscape page per section block.
"""

from __future__ import annotations

from html import escape

from coach.domain.schedule import Status
from coach.exports.progress_view import ProgressView

SHADES = {"P1": "#b8b8b8", "P2": "#d9d9d9", "P3": "#f0f0f0"}

_STYLE = """
@page { size: A4 landscape; margin: 12mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #000; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; }
p.meta { margin: 0 0 4mm 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 1.2mm 1.6mm; vertical-align: top; }
th { background: #fff; text-align: left; }
tr.section td { background: #fff; font-weight: bold; text-transform: uppercase;
                letter-spacing: 0.04em; }
td.box { width: 13mm; text-align: center; white-space: nowrap; }
td.pri { width: 9mm; text-align: center; font-weight: bold; }
td.concept { width: 24%; }
td.notes { width: 36%; }
tr { page-break-inside: avoid; }
.legend span { display: inline-block; padding: 0.5mm 2mm; border: 1px solid #000;
               margin-right: 2mm; }
""" + "".join(f"tr.{p} td.concept, tr.{p} td.pri {{ background: {c}; }}\n"
              for p, c in SHADES.items()) + """
.legend .P1 { background: """ + SHADES["P1"] + """; }
.legend .P2 { background: """ + SHADES["P2"] + """; }
.legend .P3 { background: """ + SHADES["P3"] + """; }
"""


def _box(status: Status, done_on: str | None, due: str) -> str:
    if status is Status.DONE:
        return f"&#9745; {escape(done_on or '')}"
    marker = " !" if status is Status.OVERDUE else ""
    return f"&#9744;<br><small>{escape(due)}{marker}</small>"


def render_html(view: ProgressView) -> str:
    s = view.summary
    meta = [f"Printed {view.today:%d %b %Y}"]
    if view.start:
        meta.append(f"plan started {view.start:%d %b %Y}")
    if view.interview:
        meta.append(f"interview {view.interview:%d %b %Y}")
    meta.append(f"{s.done} of {s.total} checkpoints done")
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>ML Interview Coach: progress grid</title>",
           f"<style>{_STYLE}</style></head><body>",
           "<h1>Progress tracking grid</h1>",
           f'<p class="meta">{escape(" · ".join(meta))}</p>',
           '<p class="legend"><span class="P1">P1 critical</span>'
           '<span class="P2">P2 important</span><span class="P3">P3 good to know</span>'
           " &#9744; due date, ! overdue, &#9745; date done</p>",
           "<table><thead><tr><th>Algorithm/Concept</th><th>Pri</th><th>D1</th><th>D2</th>"
           "<th>D4</th><th>D7</th><th>D14</th><th>Practice notes</th></tr></thead><tbody>"]
    for section, rows in view.sections:
        label = section.name + (" (beyond the guide's table)" if section.extra else "")
        out.append(f'<tr class="section"><td colspan="8">{escape(label)}</td></tr>')
        for row in rows:
            boxes = "".join(
                f'<td class="box">{_box(st.status, st.done_on.strftime("%d %b") if st.done_on else None, st.due.strftime("%d %b"))}</td>'  # noqa: E501
                for st in row.states)
            mastery = f" (mastery {row.mastery:.0%})" if row.mastery is not None else ""
            out.append(f'<tr class="{row.concept.priority}">'
                       f'<td class="concept">{escape(row.concept.name)}</td>'
                       f'<td class="pri">{row.concept.priority}</td>{boxes}'
                       f'<td class="notes">{escape(row.note)}{escape(mastery)}</td></tr>')
    out.append("</tbody></table></body></html>")
    return "\n".join(out) + "\n"
