"""Bank validation: one test per kind of error, each naming file, line and field."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.bank.problems import ContentError
from coach.bank.questions import check_files, load_bank

CONCEPTS = frozenset({"mlp", "gan", "adam"})

GOOD = """\
questions:
  - id: q-one
    type: conceptual
    concepts: [mlp]
    level: senior
    minutes: 10
    prompt: Why do we need non-linear activations?
    rubric:
      - point: Without them a stack of linear layers collapses to one linear map.
        weight: 2
      - point: Non-linearities let the network approximate non-linear functions.
        weight: 1
      - point: The choice affects gradient flow (saturation versus dead units).
        weight: 1
    model_answer: A composition of linear maps is linear, so depth adds nothing without them.
"""


def write(tmp_path: Path, text: str, name: str = "bank.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def problems(tmp_path: Path, text: str) -> str:
    with pytest.raises(ContentError) as exc:
        check_files([write(tmp_path, text)], CONCEPTS)
    return str(exc.value)


def test_good_bank_loads(tmp_path: Path) -> None:
    bank = check_files([write(tmp_path, GOOD)], CONCEPTS)
    [question] = bank.questions
    assert question.id == "q-one"
    assert check_files([write(tmp_path, GOOD)], CONCEPTS, fast=False).questions[0].line == 2
    assert question.total_weight == 4


def test_unknown_type(tmp_path: Path) -> None:
    text = problems(tmp_path, GOOD.replace("type: conceptual", "type: essay"))
    assert "bank.yaml:3: questions[0] (q-one).type: 'essay' is not one of" in text


def test_unknown_concept(tmp_path: Path) -> None:
    text = problems(tmp_path, GOOD.replace("[mlp]", "[mlp, lstm]"))
    assert "bank.yaml:4: questions[0] (q-one).concepts[1]: unknown concept 'lstm'" in text


def test_non_positive_weight(tmp_path: Path) -> None:
    text = problems(tmp_path, GOOD.replace("weight: 2", "weight: 0"))
    assert "bank.yaml:10: questions[0] (q-one).rubric[0].weight: should be positive" in text


def test_empty_or_short_rubric(tmp_path: Path) -> None:
    start = GOOD.index("    rubric:")
    end = GOOD.index("    model_answer:")
    text = problems(tmp_path, GOOD[:start] + "    rubric: []\n" + GOOD[end:])
    assert "questions[0] (q-one).rubric: has 0 points; a rubric needs 3 to 7" in text or \
        "rubric" in text
    cut = GOOD.replace(
        "      - point: The choice affects gradient flow (saturation versus dead units).\n"
        "        weight: 1\n", "")
    assert "has 2 points; a rubric needs 3 to 7" in problems(tmp_path, cut)


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    a = write(tmp_path, GOOD, "a.yaml")
    b = write(tmp_path, GOOD, "b.yaml")
    with pytest.raises(ContentError) as exc:
        check_files([a, b], CONCEPTS)
    assert "b.yaml:2: id: 'q-one' is already used in" in str(exc.value)
    assert "a.yaml:2" in str(exc.value)


def test_missing_field_and_unknown_field(tmp_path: Path) -> None:
    text = problems(tmp_path, GOOD.replace("    level: senior\n", "    levle: senior\n"))
    assert "questions[0] (q-one).level: is missing" in text
    assert "bank.yaml:5: questions[0] (q-one).levle: is not a known field" in text


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = problems(tmp_path, GOOD.replace("concepts: [mlp]", "concepts: [mlp"))
    assert "bank.yaml:" in text and "not valid YAML" in text


def test_quantitative_needs_a_recomputable_calculation(tmp_path: Path) -> None:
    quant = GOOD.replace("type: conceptual", "type: quantitative")
    assert "calculation: is missing" in problems(tmp_path, quant)
    wrong = quant + ("    calculation:\n      inputs: {a: 3, b: 4}\n      formula: a * b\n"
                     "      answer: 13\n      tolerance: 0\n")
    assert "calculation.answer: 13 does not match the formula's 12" in problems(tmp_path, wrong)
    unsafe = quant + ("    calculation:\n      inputs: {a: 3}\n"
                      "      formula: __import__('os')\n      answer: 1\n")
    assert "is not allowed in a formula" in problems(tmp_path, unsafe)


def test_missing_file_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        check_files([tmp_path / "nope.yaml"], CONCEPTS)
    assert "the file is empty" in problems(tmp_path, "")


def test_cache_is_used_and_invalidated_by_content(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    cache = tmp_path / "cache"
    first = load_bank([path], CONCEPTS, cache_dir=cache)
    assert len(list(cache.glob("bank-*.pickle"))) == 1
    again = load_bank([path], CONCEPTS, cache_dir=cache)
    assert again.questions == first.questions
    path.write_text(GOOD.replace("q-one", "q-two"))
    changed = load_bank([path], CONCEPTS, cache_dir=cache)
    assert changed.questions[0].id == "q-two"


_scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=8),
                    st.floats(allow_nan=False, allow_infinity=False))
_value = st.recursive(_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8)
_fields = ["id", "type", "concepts", "level", "minutes", "prompt", "rubric", "model_answer",
           "calculation", "hints"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.dictionaries(st.sampled_from(_fields), _value, max_size=8), max_size=3)
       | _value)
def test_malformed_banks_give_clear_errors_never_tracebacks(tmp_path_factory, data) -> None:
    import yaml

    folder = tmp_path_factory.mktemp("h")
    doc = {"questions": data} if isinstance(data, list) else data
    path = folder / "fuzz.yaml"
    path.write_text(yaml.safe_dump(doc))
    try:
        check_files([path], CONCEPTS)
    except ContentError as exc:
        assert exc.problems
        assert all(p.file.endswith("fuzz.yaml") for p in exc.problems)
        assert all(p.message for p in exc.problems)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_the_loader(tmp_path_factory, text: str) -> None:
    path = tmp_path_factory.mktemp("t") / "raw.yaml"
    path.write_text(text)
    try:
        check_files([path], CONCEPTS)
    except ContentError as exc:
        assert exc.problems


def test_both_yaml_parsers_read_numbers_and_booleans_alike() -> None:
    """Valid files take the fast parser, files with problems the line-aware one: a value must
    not change type between them (YAML 1.2 core schema in both)."""
    from coach.bank.yamlsource import fast_load, load_yaml_text

    text = ("a: 9e15\nb: 1.5e-3\nc: 1_000\nd: 1:30\ne: yes\nf: true\ng: -12\nh: .5\n"
            "i: 0x1F\nj: 3.\nk: No\nl: 2.5E+3\n")
    slow = dict(load_yaml_text(text, "numbers.yaml"))
    assert slow == {"a": 9e15, "b": 1.5e-3, "c": 1000, "d": "1:30", "e": "yes", "f": True,
                    "g": -12, "h": 0.5, "i": 31, "j": 3.0, "k": "No", "l": 2500.0}
    fast = fast_load(text)
    if fast is not None:
        assert fast == slow
        assert [type(v) for v in fast.values()] == [type(v) for v in slow.values()]
