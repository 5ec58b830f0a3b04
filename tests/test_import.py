"""``import frnews`` stays light: the date grammar, its resolver and dateparser are loaded
on first use, each check in a fresh interpreter."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

#: Modules that ``import frnews`` must not load (they load on the first call that needs them):
#: the date grammar and resolver, the quote and segmentation rules, dateparser, and the
#: libraries that only a call needs (``regex`` and ``unidecode`` build the folding tables
#: and patterns; ``pickle`` moves results between the processes of ``parse_many``; frnews
#: logs nothing).
HEAVY = (
    "dateparser",
    "frnews.dates.rules",
    "frnews.dates.refine",
    "frnews.dates.resolve",
    "frnews.dates.reading",
    "frnews.dates.fallback",
    "frnews.quotes.attribute",
    "frnews.quotes.mentions",
    "frnews.segment.segmenter",
    "regex",
    "unidecode",
    "pickle",
    "logging",
)


def _loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    return set(proc.stdout.split())


def _heavy(loaded: set[str]) -> set[str]:
    return {m for m in loaded if m in HEAVY or m.startswith("dateparser.")}


def test_import_frnews_loads_none_of_the_library():
    # the public names are bound on first use (PEP 562): not even attrs is imported
    loaded = _loaded_after("import frnews")
    assert {m for m in loaded if m.split(".")[0] == "frnews"} == {"frnews", "frnews.segment"}
    assert "attrs" not in loaded
    assert _heavy(loaded) == set()


def test_probing_the_module_binds_nothing():
    # what inspect, doctest or an IDE asks of a module must not import the library
    loaded = _loaded_after(
        "import frnews\n"
        "assert not hasattr(frnews, '__wrapped__') and not hasattr(frnews, 'no_such_name')\n"
        "assert 'parse' in dir(frnews) and frnews.__version__"
    )
    assert "frnews.model" not in loaded
    assert "attrs" not in loaded


def test_the_first_public_name_binds_them_all():
    code = (
        "import frnews\n"
        "frnews.Span\n"
        "assert set(frnews.__all__) <= set(vars(frnews)), set(frnews.__all__) - set(vars(frnews))"
    )
    loaded = _loaded_after(code)
    assert {"frnews.dates.model", "frnews.quotes.model", "attrs"} <= loaded
    assert _heavy(loaded) == set()


def test_public_names_are_the_objects_of_their_modules():
    import frnews

    homes = {module: importlib.import_module(module) for module in frnews._HOMES}
    exported = {
        module: [n for n in home.__all__ if n in frnews.__all__] for module, home in homes.items()
    }
    # every public name but the constants of the package itself (the version, the
    # locales) comes from exactly one home
    assert sorted(n for names in exported.values() for n in names) == sorted(
        n for n in frnews.__all__ if n not in ("__version__", "LOCALES")
    )
    for module, names in exported.items():
        for name in names:
            assert getattr(frnews, name) is getattr(homes[module], name), name
    assert frnews.dates is sys.modules["frnews.dates"]
    with pytest.raises(AttributeError, match="module 'frnews' has no attribute 'Parse'"):
        frnews.Parse  # noqa: B018


@pytest.mark.parametrize(
    "code",
    [
        "from frnews import DateMention, TemporalValue, Article, parse_many",
        "import frnews.dates",
        "import frnews.cli",
    ],
)
def test_result_types_and_entry_points_load_no_heavy_module(code):
    assert _heavy(_loaded_after(code)) == set()


def test_the_grammar_loads_on_the_first_call_without_dateparser():
    loaded = _loaded_after("import frnews\nfrnews.parse('Il est arrivé hier.')")
    assert {"frnews.dates.rules", "frnews.dates.refine", "frnews.dates.resolve"} <= loaded
    assert {"regex", "unidecode"} <= loaded  # the patterns and the folding tables
    assert not any(m == "dateparser" or m.startswith("dateparser.") for m in loaded)


@pytest.mark.parametrize(
    "first",
    [
        "frnews.parse('(Québec) Il a dit « oui » jeudi.')",
        "import frnews.segment.segmenter",  # the subpackage's first import, before any name
        "from frnews.api import parse; parse('Titre\\n\\nTexte.')",
    ],
)
def test_lazy_loading_does_not_replace_public_names(first):
    # importing frnews.segment.segmenter on the first call must not rebind frnews.segment
    # (the function) to the subpackage of the same name
    code = (
        "import frnews, types\n"
        f"{first}\n"
        "assert isinstance(frnews.segment, types.FunctionType), frnews.segment\n"
        "assert [b.kind.value for b in frnews.segment('Titre\\n\\nTexte.')] == ['heading', 'paragraph']"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize(
    "first",
    [
        "import frnews.model",
        "import frnews.dates.model",
        "import frnews.quotes.model",
        "import frnews.quotes",
        "from frnews.api import parse",
        "import frnews.segment.segmenter",
        "import frnews.cli",
        "import frnews; frnews.Article",
    ],
)
def test_article_annotations_evaluate_whichever_module_comes_first(first):
    # Article's annotations name DateMention and Quote, whose modules import frnews.model:
    # typing.get_type_hints (cattrs, autodoc, pydantic) must find them in any import order
    code = (
        f"{first}\n"
        "import typing, frnews.model, frnews.dates.model, frnews.quotes.model\n"
        "for target in (frnews.model.Article, frnews.model.Article.__init__):\n"
        "    hints = typing.get_type_hints(target)\n"
        "    assert hints['dates'] == tuple[frnews.dates.model.DateMention, ...], hints\n"
        "    assert hints['quotes'] == tuple[frnews.quotes.model.Quote, ...], hints\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
