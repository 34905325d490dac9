"""What the decision-tree screens show, as Markdown and markup built from the domain.

Kept apart from the screens so the wording can be read and tested without running the app.
"""

from __future__ import annotations

from textual.markup import escape

from coach.domain.scenarios import Scenario, Verdict
from coach.domain.trees import Leaf, QuestionNode, Tree, Walk

CRUMB_SEPARATOR = " › "


def crumbs_markup(walk: Walk, scenario: Scenario | None = None) -> str:
    """The tree (or scenario) and every answer so far, on as few lines as fit."""
    head = f"[b]{escape(walk.tree.title)}[/b]"
    if scenario is not None:
        head = (f"[b]Scenario: {escape(scenario.title)}[/b] "
                f"[$text-muted]({escape(walk.tree.title)})[/]")
    crumbs = walk.crumbs()
    if not crumbs:
        return f"{head}\n[$text-muted]Answer the first question.[/]"
    steps = CRUMB_SEPARATOR.join(f"[$text-muted]{escape(title)}:[/] {escape(answer)}"
                                 for title, answer in crumbs)
    return f"{head}\n{steps}"


def question_markup(node: QuestionNode, depth: int) -> str:
    return (f"[b $accent]Q{depth + 1}[/] [b]{escape(node.prompt)}[/b]\n"
            "[$text-muted]1-9 or ↑↓ enter to answer · b back · R restart[/]")


def question_body(walk: Walk, scenario: Scenario | None) -> str:
    """The Markdown above a question: the scenario (if any), the tree's summary at the root,
    and the question's help."""
    node = walk.current
    assert isinstance(node, QuestionNode)
    parts = []
    if scenario is not None:
        parts.append(scenario.situation)
    elif not walk.steps and walk.tree.summary:
        parts.append(walk.tree.summary)
    if node.help:
        parts.append(f"**{node.title}.** {node.help}")
    return "\n\n".join(parts)


def choice_label(index: int, text: str) -> str:
    return f"[b $accent]{index + 1}[/] {escape(text)}"


def leaf_markdown(tree: Tree, leaf: Leaf, heading: str = "") -> str:
    """The full recommendation, one section per field of the tree."""
    lines = [f"## {heading or leaf.title}"]
    for f in tree.fields:
        text = leaf.section(f.key)
        if text:
            lines += ["", f"### {f.title}", "", text]
    return "\n".join(lines)


def verdict_markdown(tree: Tree, scenario: Scenario, verdict: Verdict) -> str:
    """Right or wrong, why, what the wrong choice would have cost, and where the walk went."""
    expected = tree.leaf(scenario.expected)
    reached = tree.leaf(verdict.reached)
    expected_title = expected.title if expected else scenario.expected
    reached_title = reached.title if reached else verdict.reached
    if verdict.exact:
        lines = [f"## ✓ Right: {reached_title}"]
    elif verdict.correct:
        lines = [f"## ✓ Defensible: {reached_title}",
                 "", f"The answer a principal would give first is **{expected_title}**."]
    else:
        lines = [f"## ✗ Not the best fit: {reached_title}",
                 "", f"The technique that fits is **{expected_title}**."]
    others = [tree.leaf(a) for a in scenario.accept]
    also = [leaf.title for leaf in others if leaf is not None and leaf.id != verdict.reached]
    if also and not verdict.exact:
        lines.append(f"Also defensible: {', '.join(also)}.")
    elif also:
        lines += ["", f"Also defensible: {', '.join(also)}."]
    lines += ["", "### Why", "", scenario.why]
    if not verdict.correct:
        lines += ["", "### What your choice would cost", ""]
        if verdict.cost:
            lines.append(verdict.cost)
        elif reached is not None:
            fits = reached.section(tree.fields[0].key) if tree.fields else ""
            lines.append(f"*{reached_title}* fits a different problem: {fits}")
        if verdict.wrong_turn is not None:
            node = tree.node(verdict.wrong_turn.node)
            assert isinstance(node, QuestionNode)
            picked = node.choices[verdict.wrong_turn.choice].crumb
            lines += ["", "### Where the walk turned away",
                      "", f"At **{node.title}** (*{node.prompt}*) you answered "
                      f"“{picked}”; from there, *{expected_title}* could no longer be reached."]
    if reached is not None:
        lines += ["", "---", "", leaf_markdown(tree, reached,
                                               f"Your recommendation in full: {reached_title}")]
    return "\n".join(lines)


def concept_option(name: str, priority: str, mastery: float | None) -> str:
    shown = "not practised" if mastery is None else f"mastery {mastery:.0%}"
    return f"{escape(name)} [$text-muted]{priority} · {shown}[/]"
