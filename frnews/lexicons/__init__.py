"""Readable data tables: one entry a line, tab-separated, ``#`` starts a comment line.

Every table is a ``.tsv`` file in this folder with the columns ``form``, ``value``,
``flags`` and ``note``; only ``form`` is required. ``flags`` is a comma-separated list of
words that the rule using the table understands (each table's header says which).
Linguists edit these files; the code that reads them lives beside the rules.

>>> months = load_table("months")
>>> [(e.form, e.value) for e in months if e.form in ("sept.", "août")]
[('août', '8'), ('sept.', '9')]
>>> alternation(["mars", "mardi", "mar."])
'mardi|mar\\\\.|mars'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

import attrs
import regex

__all__ = [
    "Entry",
    "LexiconError",
    "alternation",
    "load_table",
    "opens_a_name",
    "table_names",
    "tree_alternation",
]


class LexiconError(ValueError):
    """A lexicon file has a malformed row; the message names the file and the line.

    >>> issubclass(LexiconError, ValueError)
    True
    """


@attrs.frozen
class Entry:
    """One row of a lexicon table.

    >>> Entry("sept.", "9", frozenset({"needs-day"}), "", "months.tsv", 12).flags
    frozenset({'needs-day'})
    """

    #: The form as written in texts (matched after folding).
    form: str
    #: What the form means for the rule (a month number, a canonical name…).
    value: str
    #: Flags the rule understands.
    flags: frozenset[str]
    #: A free comment.
    note: str
    #: The file the row comes from.
    file: str
    #: The line number of the row in that file (1-based).
    line: int


def table_names() -> tuple[str, ...]:
    """Names of every table shipped with frnews.

    >>> "months" in table_names()
    True
    """
    root = resources.files(__name__)
    return tuple(sorted(p.name[: -len(".tsv")] for p in root.iterdir() if p.name.endswith(".tsv")))


@functools.cache
def load_table(name: str) -> tuple[Entry, ...]:
    """Read the table ``name`` (without ``.tsv``), in file order.

    Raises:
        LexiconError: a row has more than four columns or an empty form.
        FileNotFoundError: there is no such table.

    >>> load_table("weekdays")[0].form
    'lundi'
    """
    fname = f"{name}.tsv"
    path = resources.files(__name__).joinpath(fname)
    if not path.is_file():
        msg = f"no lexicon table named {name!r} (known: {', '.join(table_names())})"
        raise FileNotFoundError(msg)
    rows: list[Entry] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) > 4:
            msg = f"{fname}:{lineno}: {len(cols)} columns, at most 4 (form, value, flags, note)"
            raise LexiconError(msg)
        cols += [""] * (4 - len(cols))
        form, value, flags, note = (c.strip() for c in cols)
        if not form:
            msg = f"{fname}:{lineno}: empty form"
            raise LexiconError(msg)
        flagset = frozenset(f.strip() for f in flags.split(",") if f.strip())
        rows.append(Entry(form, value, flagset, note, fname, lineno))
    return tuple(rows)


def opens_a_name(quoted: str) -> bool:
    """Whether the words of a « … » can be the name its marker announces.

    The marker is a word of ``name_markers.tsv`` (``le film``, ``la série``,
    ``l'opération``); the words can be a name when their first letter or digit is not
    lower case. After most markers a quote in lower case qualifies the noun
    (``un dispositif « disproportionné »``); a name starts with a capital or a digit.

    The quotes (a title is nobody's words) and the dates (a date inside a title is none of
    the story's) both ask this, so that they read the same « … » as a name.

    >>> opens_a_name(" 1917 "), opens_a_name("Le Jour d'après"), opens_a_name("historique")
    (True, True, False)
    >>> opens_a_name("…")
    True
    """
    first = next((c for c in quoted if c.isalnum()), "")
    return not first.islower()


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms``, escaped, longest first (then alphabetical).

    Longest first makes ``mardi`` win over ``mar.`` at the same position.

    >>> alternation(["jan", "janvier", "janv."])
    'janvier|janv\\\\.|jan'
    """
    uniq = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(regex.escape(f, special_only=True, literal_spaces=True) for f in uniq)


#: A prefix tree: a character to the tree of what follows it; ``""`` marks a word's end.
_PrefixTree = dict[str, "_PrefixTree"]


def _prefix_tree(words: Iterable[str]) -> _PrefixTree:
    """The prefix tree of ``words``.

    >>> _prefix_tree(["ab", "a"])
    {'a': {'b': {'': {}}, '': {}}}
    """
    tree: _PrefixTree = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return tree


def tree_alternation(forms: Iterable[str]) -> str:
    """A ``re`` alternation of ``forms`` (escaped), shaped as a prefix tree.

    It matches what :func:`alternation` of the same forms matches, and in the same order
    (where several forms match at one position, the longest is tried first), but at each
    character it tries only the forms that go on with it, and reads the character once.

    >>> tree_alternation(["a", "ont", "avait", "avaient"])
    '(?:a(?:vai(?:ent|t))?|ont)'
    >>> import re
    >>> [m.group() for m in re.finditer(tree_alternation(["le", "lecture"]), "lecture le")]
    ['lecture', 'le']
    """

    def build(node: _PrefixTree) -> str:
        alts = [re.escape(k) + build(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?" if len(alts) > 1 or len(body) > 1 else f"{body}?"
        return body

    return build(_prefix_tree(forms))
