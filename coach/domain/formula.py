"""A tiny, safe arithmetic evaluator for the worked numbers of quantitative questions.

Content files are data, so their formulas are never given to ``eval``: only numbers, input
names, arithmetic operators and a few ``math`` functions are allowed.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping
from typing import Any

_BINARY: dict[type, Callable[[Any, Any], Any]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}
_UNARY: dict[type, Callable[[Any], Any]] = {ast.USub: operator.neg, ast.UAdd: operator.pos}
_FUNCTIONS: dict[str, Callable[..., Any]] = {
    name: getattr(math, name)
    for name in ("sqrt", "log", "log2", "log10", "exp", "ceil", "floor", "sin", "cos", "tanh",
                 "comb", "factorial")
}
_FUNCTIONS.update({"abs": abs, "min": min, "max": max, "round": round, "sum": sum})
_CONSTANTS = {"pi": math.pi, "e": math.e}


class FormulaError(ValueError):
    pass


def evaluate(formula: str, inputs: Mapping[str, float]) -> float:
    """Evaluate ``formula`` with ``inputs`` bound; raise ``FormulaError`` on anything else."""
    try:
        tree = ast.parse(formula.replace("math.", ""), mode="eval")
    except SyntaxError as exc:
        raise FormulaError(f"not a valid expression: {exc.msg}") from None
    names = {**_CONSTANTS, **inputs}

    def walk(node: ast.AST) -> Any:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return node.value
        if isinstance(node, ast.Name):
            if node.id not in names:
                raise FormulaError(f"unknown name '{node.id}'")
            return names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            return _BINARY[type(node.op)](walk(node.left), walk(node.right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            return _UNARY[type(node.op)](walk(node.operand))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _FUNCTIONS and not node.keywords:
            return _FUNCTIONS[node.func.id](*(walk(a) for a in node.args))
        if isinstance(node, ast.Tuple | ast.List):
            return [walk(e) for e in node.elts]
        raise FormulaError(f"'{ast.unparse(node)}' is not allowed in a formula")

    try:
        value = walk(tree)
    except (ArithmeticError, TypeError, ValueError) as exc:
        if isinstance(exc, FormulaError):
            raise
        raise FormulaError(f"cannot be computed: {exc}") from None
    if not isinstance(value, int | float):
        raise FormulaError("does not produce a number")
    return float(value)


def matches(value: float, answer: float, tolerance: float) -> bool:
    """Relative comparison (absolute when the answer is zero)."""
    if answer == 0:
        return abs(value) <= tolerance
    return abs(value - answer) <= abs(answer) * tolerance
