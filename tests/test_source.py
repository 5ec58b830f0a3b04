"""The source itself: no module of frnews binds a top-level name twice.

A second ``_EVENT_AFTER = …`` further down a module silently replaces the first for
every function that reads it (the rules read module constants at call time): a rule
then matches what another rule's pattern says. Session 26 found one such pair that had
been dead for sessions (``_DIGIT_BEFORE`` in ``frnews/dates/rules.py``) and made another.
"""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "frnews"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    counts = collections.Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("_A = 1\ndef f(): return _A\n_A = 2\n")
    assert collections.Counter(_top_level_names(tree))["_A"] == 2
