"""Sphinx configuration of the frnews documentation.

Build (both must pass with zero warnings; ``.ci/run`` runs them):

    sphinx-build -W -n -b html docs docs/_build/html
    sphinx-build -b doctest docs docs/_build/doctest

Narrative pages are Markdown (MyST), the API page is reST generated from the docstrings
(autodoc + napoleon, Google style). Every example in a docstring or in a ``{doctest}``
block of a page runs under ``-b doctest`` with the same option flags as pytest's
``--doctest-modules`` (``ELLIPSIS`` and ``NORMALIZE_WHITESPACE``, see ``pyproject.toml``).
"""

from __future__ import annotations

import doctest
import importlib.metadata
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging

import frnews

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger("frnews.docs")

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

project = "frnews"
author = "The frnews developers"
copyright = "2023, the frnews developers"

# The version lives in one place, ``frnews/__init__.py``; hatch reads it for the package
# metadata, and the docs read it back from the installed metadata (as attrs' docs do).
release = importlib.metadata.version("frnews")
version = ".".join(release.split(".")[:2])
if release != frnews.__version__:  # an editable install that is out of date
    msg = f"installed metadata says {release}, frnews.__version__ says {frnews.__version__}"
    raise RuntimeError(msg)

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]

source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories", "Thumbs.db", ".DS_Store"]
language = "en"

# -- Strictness ------------------------------------------------------------------------
# Built with ``-W -n``: every warning is an error and every cross-reference must resolve.
nitpicky = True
# Targets that cannot be documented; each entry says why. Keep it short.
nitpick_ignore: list[tuple[str, str]] = [
    # spaCy's documentation publishes no Sphinx inventory (it is not built with Sphinx),
    # so the types in the spaCy component's signatures cannot link anywhere.
    ("py:class", "spacy.language.Language"),
    ("py:class", "spacy.tokens.doc.Doc"),
]

# -- MyST ------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon ----------------------------------------------------------------
autodoc_default_options = {"members": True, "member-order": "bysource"}
autodoc_typehints = "signature"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- intersphinx -----------------------------------------------------------------------
# Links to the Python and attrs documentation, without the network. Neither this sandbox
# nor CI can download an objects.inv, and a failed download is a warning (an error under
# -W). So the inventories are checked in (docs/_inventories/, see the README there): the
# links still point at the real online documentation, only the list of targets is local.
# A missing external target is then a broken reference under -n, as it should be.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(DOCS / "_inventories" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(DOCS / "_inventories" / "attrs.inv")),
}

# -- doctest ---------------------------------------------------------------------------
# The same flags as pytest's --doctest-modules (pyproject.toml: doctest_optionflags), and
# the names a docstring example may use without importing them (pytest runs a docstring in
# its module's namespace; here every example of a page shares this setup).
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
doctest_global_setup = f"""
import datetime
import datetime as dt
import json

import frnews
from frnews import *
from frnews.lexicons import *
from frnews.text import *

SEED = {str(ROOT / "seeds" / "000_29d02e5a573495e6.txt")!r}
"""

# -- HTML ------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"frnews {release}"
html_static_path: list[str] = []
html_theme_options = {"navigation_with_keys": True}


# -- Napoleon and attribute comments ---------------------------------------------------
# Napoleon reads the first line of an attribute's docstring as "type: description", so a
# ``#:`` comment such as "An author line: ``Par Jean Dupont``" would become a reference to
# a type named "An author line". Types come from the annotations here, never from the
# comments: attribute, data and property docstrings are passed through unchanged, and
# napoleon only sees functions, methods, classes and modules.
_NOT_FOR_NAPOLEON = frozenset({"attribute", "data", "property"})


def setup(app: Sphinx) -> None:
    from sphinx.ext.napoleon import _process_docstring

    listeners = app.events.listeners["autodoc-process-docstring"]
    for listener in list(listeners):
        if listener.handler is _process_docstring:
            app.disconnect(listener.id)
            app.connect(
                "autodoc-process-docstring",
                _napoleon_except_attributes,
                priority=listener.priority,
            )
    app.connect("doctree-resolved", _check_api_page)


def _napoleon_except_attributes(
    app: Sphinx, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    from sphinx.ext.napoleon import _process_docstring

    if what not in _NOT_FOR_NAPOLEON:
        _process_docstring(app, what, name, obj, options, lines)


# -- Every public name on the API page, each with an example ----------------------------
# Checked on the rendered document (after autodoc and the directives ran): a name of
# ``frnews.__all__`` missing from api.rst, or documented without a ``>>>`` example (in its
# docstring or in a ``doctest`` directive under it), is a warning, so an error under -W.


def _has_example(node: nodes.Element) -> bool:
    """Whether ``node`` holds a doctest, outside the entries of nested members."""
    for child in node.children:
        if not isinstance(child, nodes.Element) or isinstance(child, addnodes.desc):
            continue
        if isinstance(child, nodes.doctest_block) or child.get("testnodetype") == "doctest":
            return True
        if _has_example(child):
            return True
    return False


def _check_api_page(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if docname != "api":
        return
    with_example: set[str] = set()
    documented: set[str] = set()
    for desc in doctree.findall(addnodes.desc):
        ids = [
            i
            for sig in desc.children
            if isinstance(sig, addnodes.desc_signature)
            for i in sig["ids"]
        ]
        content = [c for c in desc.children if isinstance(c, addnodes.desc_content)]
        documented.update(ids)
        if content and _has_example(content[0]):
            with_example.update(ids)
    for name in frnews.__all__:
        target = f"frnews.{name}"
        if target not in documented:
            logger.warning(
                "%s is in frnews.__all__ but not on the API page", target, location=docname
            )
        elif target not in with_example:
            logger.warning("%s has no example on the API page", target, location=docname)
