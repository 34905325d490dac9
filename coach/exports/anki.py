"""An Anki deck of the question bank, to keep reviewing on a phone.

One note per question: the prompt on the front; the rubric, the model answer and the common
mistakes on the back. The model, the deck and every note's guid are derived from fixed names
and the question's id, so exporting again updates the notes already in Anki instead of adding
duplicates.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path

from coach.domain.questions import Question

DECK_NAME = "ML Interview Coach"
_NAMESPACE = "ml-interview-coach"
_CSS = """
.card { font-family: -apple-system, Helvetica, Arial, sans-serif; font-size: 17px;
        text-align: left; line-height: 1.45; }
.meta { font-size: 13px; opacity: 0.7; margin-bottom: 0.8em; }
.rubric li { margin-bottom: 0.3em; }
.weight { font-size: 12px; opacity: 0.7; }
pre, code { font-family: Menlo, Consolas, monospace; font-size: 14px; }
pre { white-space: pre-wrap; }
"""


def stable_id(name: str) -> int:
    """A 31-bit id from a name: the same on every machine and every export."""
    return int.from_bytes(hashlib.sha256(f"{_NAMESPACE}:{name}".encode()).digest()[:4],
                          "big") >> 1


def note_guid(question_id: str) -> str:
    import genanki

    return str(genanki.guid_for(_NAMESPACE, question_id))


def _markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).render(text)


def _tag(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_:" else "_" for ch in text)


def _fields(q: Question, concept_names: Mapping[str, str]) -> list[str]:
    rubric = "".join(f"<li>{escape(p.text)} <span class=\"weight\">({p.weight:g})</span></li>"
                     for p in q.rubric)
    mistakes = "".join(f"<li>{escape(m)}</li>" for m in q.common_mistakes)
    concepts = ", ".join(concept_names.get(c, c) for c in q.concepts)
    back = (f'<h3>Rubric</h3><ol class="rubric">{rubric}</ol>'
            f"<h3>Model answer</h3>{_markdown(q.model_answer)}"
            + (f"<h3>Common mistakes</h3><ul>{mistakes}</ul>" if mistakes else ""))
    meta = escape(f"{q.type} · {q.level} · {q.minutes} min · {concepts}")
    return [_markdown(q.prompt), back, meta, q.id]


def build_package(questions: Iterable[Question], concept_names: Mapping[str, str],
                  priorities: Mapping[str, str]) -> object:
    """The deck as a ``genanki.Package`` (written by ``write_deck``)."""
    import genanki

    model = genanki.Model(
        stable_id("question-model-v1"), "ML Interview Coach question",
        fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Meta"}, {"name": "Id"}],
        templates=[{
            "name": "Answer it",
            "qfmt": '<div class="meta">{{Meta}}</div>{{Prompt}}',
            "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}',
        }],
        css=_CSS, sort_field_index=3)
    deck = genanki.Deck(stable_id("deck"), DECK_NAME)
    for q in questions:
        tags = [f"type::{_tag(q.type)}", f"level::{q.level}",
                *(f"concept::{_tag(c)}" for c in q.concepts),
                *sorted({f"priority::{priorities[c]}" for c in q.concepts if c in priorities})]
        deck.add_note(genanki.Note(model=model, fields=_fields(q, concept_names), tags=tags,
                                   guid=note_guid(q.id)))
    return genanki.Package(deck)


def write_deck(path: Path, questions: Iterable[Question], concept_names: Mapping[str, str],
               priorities: Mapping[str, str]) -> int:
    """Write the ``.apkg``; return the number of notes."""
    package = build_package(list(questions), concept_names, priorities)
    tmp = path.with_name(f".{path.name}.tmp")
    package.write_to_file(str(tmp))  # type: ignore[attr-defined]
    tmp.replace(path)
    return len(package.decks[0].notes)  # type: ignore[attr-defined]
