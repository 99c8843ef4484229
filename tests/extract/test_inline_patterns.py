"""No extraction function passes a pattern string to `re`: fixed patterns are compiled once at import.

`re` keeps at most 512 compiled patterns; the vocabularies compiled at import fill it, so a pattern
written inline in a function is evicted and compiled again for every document."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[2] / "casewatch" / "extract"
_RE_FUNCTIONS = frozenset({"search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"})


def _is_pattern_string(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _inline_pattern(call: ast.Call) -> bool:
    """`re.<fn>("...", ...)` or `re.<fn>(f"...", ...)`, the pattern given by position or as `pattern=`."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re"):
        return False
    if func.attr not in _RE_FUNCTIONS:
        return False
    patterns = [*call.args[:1], *(k.value for k in call.keywords if k.arg == "pattern")]
    return any(_is_pattern_string(p) for p in patterns)


def inline_patterns(source: str) -> list[int]:
    """Lines of the calls in a function body (a lambda's too) that pass `re` a pattern string."""
    functions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    lines = []
    for function in ast.walk(ast.parse(source)):
        if isinstance(function, functions):
            body = function.body if isinstance(function.body, list) else [function.body]
            calls = (n for stmt in body for n in ast.walk(stmt) if isinstance(n, ast.Call))
            lines += [call.lineno for call in calls if _inline_pattern(call)]
    return sorted(set(lines))


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        ('import re\ndef f(t):\n    return re.search(r"\\d+", t)\n', [3]),
        ('import re\ndef f(t, w):\n    return re.sub(rf"\\b{w}\\b", "", t)\n', [3]),
        ('import re\ndef f(t):\n    return re.split(pattern=r"\\s+", string=t)\n', [3]),
        ('import re\nf = lambda t: re.findall("a", t)\n', [2]),
        ('import re\ndef f(t):\n    def g(u):\n        return re.match("x", u)\n    return g(t)\n', [4]),
        ('import re\n_DIGITS = re.compile(r"\\d+")\ndef f(t):\n    return _DIGITS.search(t)\n', []),
        ('import re\n_WORD = re.search(r"\\w", "a")\n', []),  # at import: compiled once
        ("import re\ndef f(t, p):\n    return re.search(p, t)\n", []),  # a compiled pattern passed in
        ('import re\ndef f():\n    return re.compile(r"\\d")\n', []),  # a compile, cached by its caller
    ],
)
def test_inline_patterns_are_found(source: str, lines: list[int]) -> None:
    assert inline_patterns(source) == lines


def test_no_extraction_function_writes_a_pattern_inline() -> None:
    offending = [
        f"{path.relative_to(EXTRACT.parents[1])}:{line}"
        for path in sorted(EXTRACT.rglob("*.py"))
        for line in inline_patterns(path.read_text(encoding="utf-8"))
    ]
    assert offending == []
