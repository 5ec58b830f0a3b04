"""Write the table of the rules each word of the date scan can open.

The scan tries, at each word, only the rules that can start with it. That table is worked
out from the rules' patterns by partial matching, which needs every rule compiled with
``regex``; it is shipped as ``frnews/dates/dispatch.tsv`` so that a process does not
work it out on its first call. After changing a rule's pattern or a lexicon the scan
reads, write it again (``tests/test_dispatch.py`` fails until then)::

    python -m frnews.dates.dispatch
"""

from __future__ import annotations

from pathlib import Path

from frnews.dates.rules import DISPATCH_FILE, dispatch_table

__all__ = ["main"]


def main(path: Path | None = None) -> int:
    """Write the table to ``path`` (by default the one beside the rules) and say so.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     main(Path(d) / "dispatch.tsv")
    wrote ... (... words)
    0
    """
    path = path or Path(__file__).with_name(DISPATCH_FILE)
    text = dispatch_table()
    path.write_text(text, encoding="utf-8")
    words = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
    print(f"wrote {path} ({words} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
