"""``import frnews`` stays light: the date grammar, its resolver and dateparser are loaded
on first use, each check in a fresh interpreter."""

from __future__ import annotations

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


def test_import_frnews_loads_no_heavy_module():
    loaded = _loaded_after("import frnews")
    assert "frnews.dates.model" in loaded  # the result types are there
    assert _heavy(loaded) == set()


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


def test_lazy_loading_does_not_replace_public_names():
    # importing frnews.segment.segmenter on the first call must not rebind frnews.segment
    # (the function) to the subpackage of the same name
    code = (
        "import frnews, types\n"
        "frnews.parse('(Québec) Il a dit « oui » jeudi.')\n"
        "assert isinstance(frnews.segment, types.FunctionType), frnews.segment\n"
        "assert [b.kind.value for b in frnews.segment('Titre\\n\\nTexte.')] == ['heading', 'paragraph']"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
