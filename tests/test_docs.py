"""Documentation coverage: every public name is documented, with an example, on the API page.

The names come from ``__all__`` at run time, so a name added later is checked without
touching this file: it needs a docstring whose summary line is a sentence and which
holds a ``>>>`` example, a ``#:`` comment on each of its public fields (for a class), a
docstring with an example on each public method, and a directive on ``docs/api.rst``.
Every other module's ``__all__`` gets the docstring check too (not the API page).
"""

from __future__ import annotations

import ast
import doctest
import enum
import importlib
import inspect
import re
import textwrap
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import frnews

ROOT = Path(__file__).resolve().parent.parent
API_PAGE = ROOT / "docs" / "api.rst"

#: The modules whose ``__all__`` the API page documents: the package and the two modules
#: that rule writers build on.
DOCUMENTED_MODULES = (
    "frnews",
    "frnews.text",
    "frnews.lexicons",
    "frnews.integrations.engines",
    "frnews.integrations.spacy_component",
)

_PARSER = doctest.DocTestParser()


def _public() -> list[tuple[str, str, Any]]:
    found = []
    for modname in DOCUMENTED_MODULES:
        module = importlib.import_module(modname)
        for name in module.__all__:
            found.append((modname, name, getattr(module, name)))
    return found


PUBLIC = _public()
CALLABLES = [(m, n, obj) for m, n, obj in PUBLIC if callable(obj)]
DATA = [(m, n, obj) for m, n, obj in PUBLIC if (m, n, obj) not in CALLABLES]
CLASSES = [(m, n, obj) for m, n, obj in CALLABLES if inspect.isclass(obj)]


def _own_docstring(obj: Any) -> str | None:
    """The docstring written in the source of ``obj`` (not inherited, not generated)."""
    try:
        source = textwrap.dedent(inspect.getsource(obj))
    except (OSError, TypeError):
        return None
    node = ast.parse(source).body[0]
    assert isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
    return ast.get_docstring(node)


def _check_docstring(label: str, doc: str | None) -> None:
    assert doc, f"{label} has no docstring"
    summary = doc.strip().splitlines()[0]
    assert summary.endswith((".", ":")), f"{label}: the summary line is not a sentence"
    assert _PARSER.get_examples(doc), f"{label}: the docstring has no >>> example"


@pytest.mark.parametrize(
    "obj", [c[2] for c in CALLABLES], ids=[f"{m}.{n}" for m, n, _ in CALLABLES]
)
def test_public_name_has_a_docstring_with_an_example(obj):
    _check_docstring(f"{obj.__module__}.{obj.__qualname__}", _own_docstring(obj))


def _methods(cls: type) -> Iterator[tuple[str, Any]]:
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(member, (staticmethod, classmethod)):
            yield name, member.__func__
        elif isinstance(member, property):
            yield name, member.fget
        elif isinstance(member, types.FunctionType):
            yield name, member


METHODS = [(f"{m}.{n}.{meth}", func) for m, n, cls in CLASSES for meth, func in _methods(cls)]


@pytest.mark.parametrize("func", [f for _, f in METHODS], ids=[i for i, _ in METHODS])
def test_public_method_has_a_docstring_with_an_example(func):
    _check_docstring(func.__qualname__, inspect.getdoc(func) if func.__doc__ else None)


#: What ``typing.get_type_hints`` is asked of (by cattrs, autodoc, pydantic): each public
#: callable, each public class's ``__init__`` and each public method.
ANNOTATED = [
    *((f"{m}.{n}", obj) for m, n, obj in CALLABLES),
    *((f"{m}.{n}.__init__", cls.__init__) for m, n, cls in CLASSES),
    *METHODS,
]


@pytest.mark.parametrize("target", [t for _, t in ANNOTATED], ids=[i for i, _ in ANNOTATED])
def test_public_annotations_evaluate(target):
    typing.get_type_hints(target)  # raises NameError for a name it cannot find


def _doc_comment_above(lines: list[str], lineno: int) -> bool:
    """Whether the line before ``lineno`` (1-based) is a ``#:`` comment."""
    before = lines[lineno - 2].strip() if lineno >= 2 else ""
    return before.startswith("#:")


def _class_fields(cls: type) -> list[tuple[str, int]]:
    """Public names assigned or annotated in the class body, with their line numbers."""
    node = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(node, ast.ClassDef)
    fields = []
    for stmt in node.body:
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.AnnAssign):
            targets = [stmt.target]
        elif isinstance(stmt, ast.Assign):
            targets = stmt.targets
        for t in targets:
            if isinstance(t, ast.Name) and not t.id.startswith("_"):
                fields.append((t.id, stmt.lineno))
    return fields


FIELDS = [
    (f"{m}.{n}.{field}", cls, lineno)
    for m, n, cls in CLASSES
    for field, lineno in _class_fields(cls)
]


@pytest.mark.parametrize(("cls", "lineno"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS])
def test_public_field_has_a_doc_comment(cls, lineno):
    lines = textwrap.dedent(inspect.getsource(cls)).splitlines()
    assert _doc_comment_above(lines, lineno), (
        f"{cls.__qualname__}: line {lineno} ({lines[lineno - 1].strip()!r}) needs a '#:' "
        "comment above it, which the API page shows"
    )


def test_result_types_and_enums_have_their_fields_found():
    # the field check above must see attrs fields and enum members (else it checks nothing)
    found = {i for i, _, _ in FIELDS}
    assert {"frnews.Span.start", "frnews.Article.dates", "frnews.BlockKind.HEADING"} <= found
    for _m, _n, cls in CLASSES:
        if issubclass(cls, enum.Enum):
            assert {f"{_m}.{_n}.{member}" for member in cls.__members__} <= found


def _module_assignments(modname: str) -> dict[str, int]:
    module = importlib.import_module(modname)
    tree = ast.parse(inspect.getsource(module))
    lines: dict[str, int] = {}
    for stmt in tree.body:
        targets = [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        for t in targets:
            if isinstance(t, ast.Name):
                lines.setdefault(t.id, stmt.lineno)
    return lines


@pytest.mark.parametrize(
    ("modname", "name"), [(m, n) for m, n, _ in DATA], ids=[f"{m}.{n}" for m, n, _ in DATA]
)
def test_public_data_has_a_doc_comment(modname, name):
    where = _module_assignments(modname)
    assert name in where, f"{modname}.{name} is not assigned in {modname}'s source"
    source = inspect.getsource(importlib.import_module(modname)).splitlines()
    assert _doc_comment_above(source, where[name]), f"{modname}.{name} needs a '#:' comment"


_DIRECTIVE = re.compile(
    r"^\.\. (?:auto)?(?P<kind>module|currentmodule|function|class|data|exception|decorator)"
    r"::\s*(?P<name>\S+)",
    re.MULTILINE,
)


def _api_page_names() -> set[str]:
    names: set[str] = set()
    module = ""
    for m in _DIRECTIVE.finditer(API_PAGE.read_text(encoding="utf-8")):
        kind, name = m.group("kind"), m.group("name")
        if kind in ("module", "currentmodule"):
            module = name
        else:
            names.add(name if name.startswith("frnews.") else f"{module}.{name}")
    return names


@pytest.mark.parametrize(("modname", "name"), [(m, n) for m, n, _ in PUBLIC])
def test_api_page_documents_every_public_name(modname, name):
    assert f"{modname}.{name}" in _api_page_names(), (
        f"add '.. auto…:: {name}' for {modname}.{name} to the right group of docs/api.rst"
    )


def test_api_page_documents_nothing_private_or_gone():
    public = {f"{m}.{n}" for m, n, _ in PUBLIC}
    assert _api_page_names() <= public


def test_api_page_shows_an_example_for_public_data():
    # data cannot carry a docstring example: the API page has one under the directive
    page = API_PAGE.read_text(encoding="utf-8")
    for modname, name, _ in DATA:
        if modname != "frnews":
            continue
        pattern = rf"autodata:: {re.escape(name)}\n(?:\n|   .*\n)*?\s+>>> .*{re.escape(name)}"
        assert re.search(pattern, page), f"docs/api.rst: no example under {name}"


def test_every_public_name_is_exported_from_the_package():
    # frnews.__all__ lists names that really are attributes of the package
    for name in frnews.__all__:
        assert hasattr(frnews, name), name
    assert len(set(frnews.__all__)) == len(frnews.__all__)


def _all_modules() -> list[str]:
    import pkgutil

    names = ["frnews"]
    for info in pkgutil.walk_packages(frnews.__path__, prefix="frnews."):
        names.append(info.name)
    return sorted(names)


INTERNAL = [
    (f"{modname}.{name}", obj)
    for modname in _all_modules()
    for name in getattr(importlib.import_module(modname), "__all__", [])
    if callable(obj := getattr(importlib.import_module(modname), name))
    and getattr(obj, "__module__", None) == modname
]


@pytest.mark.parametrize("obj", [o for _, o in INTERNAL], ids=[i for i, _ in INTERNAL])
def test_every_module_level_public_name_has_an_example(obj):
    # beyond the API page: what a module exports for the others is documented the same way
    _check_docstring(f"{obj.__module__}.{obj.__qualname__}", _own_docstring(obj))


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``>>>`` examples of the README's python blocks give the outputs they show."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, flags=re.M | re.S)
    assert blocks, "the README has no python example"
    monkeypatch.chdir(ROOT)  # the example opens the seed by its relative path
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md[{i}]", "README.md", 0)
        runner.run(test)
    results = runner.summarize(verbose=False)
    assert results.attempted > 0
    assert results.failed == 0
