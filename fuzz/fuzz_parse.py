"""Coverage-guided fuzzing of frnews.parse with atheris (not part of the test suite).

Run (a virtual environment with frnews installed and ``pip install atheris``):

    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=1800 -timeout=20

``fuzz/corpus`` is created and grows with the inputs that reach new code; the seed article
and the files given after it start it off. Every input is decoded three ways (UTF-8 with
surrogateescape, Latin-1, and as a list of code points) so that arbitrary Unicode,
control characters and lone surrogates all reach the parser. The invariants of
tests/test_properties.py are asserted: no exception, every span inside the text and
slicing back to its text, results sorted and not overlapping within one kind, to_dict()
serializable as JSON, the same output twice; and the paths frnews takes only for a long
text (over ``frnews.text.SHARE_LOWER`` characters: no shared lower-case twin, the quote
pass's lower-case windows, lines split piece by piece, the dates read window after
window) are forced on the input with tiny pieces and windows, and must give the same
``parse`` as the article path. A failure writes ``crash-…`` with the input;
turn it into a regression test in tests/test_regressions.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import frnews
    import frnews.api
    import frnews.dates.api
    import frnews.quotes.api
    import frnews.segment.units
    import frnews.text

REF = dt.date(2023, 10, 19)


def _texts(data: bytes) -> list[str]:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    if mode == 0:
        return [rest.decode("utf-8", errors="surrogateescape")]
    if mode == 1:
        return [rest.decode("latin-1")]
    cps = [int.from_bytes(rest[i : i + 3], "little") % 0x110000 for i in range(0, len(rest) - 2, 3)]
    return ["".join(map(chr, cps))]


def _check_items(text: str, items: list, kind: str) -> None:
    prev_end = -1
    for item in items:
        s, e = item.span.start, item.span.end
        assert 0 <= s <= e <= len(text), (kind, s, e, len(text))
        assert text[s:e] == item.text, (kind, item)
        assert s >= prev_end, (kind, "overlap or unsorted", item)
        prev_end = e


@contextlib.contextmanager
def long_text_paths() -> Iterator[None]:
    """Every input takes the paths of a long text, with tiny pieces and windows."""
    saved = [
        (frnews.api, "SHARE_LOWER", -1),
        (frnews.quotes.api, "SHARE_LOWER", -1),
        # frnews.segment is the public function: the module is reached by its name
        (importlib.import_module("frnews.segment.units"), "_LINES_PIECE", 7),
        (frnews.dates.api, "WINDOW", 64),
    ]
    old = [getattr(mod, name) for mod, name, _ in saved]
    view_defaults = frnews.text.LowerView.__init__.__defaults__
    try:
        for mod, name, value in saved:
            setattr(mod, name, value)
        frnews.text.LowerView.__init__.__defaults__ = (None, 5)
        yield
    finally:
        for (mod, name, _), value in zip(saved, old, strict=True):
            setattr(mod, name, value)
        frnews.text.LowerView.__init__.__defaults__ = view_defaults


def check(text: str) -> None:
    art = frnews.parse(text, published=REF)
    _check_items(text, list(art.blocks), "blocks")
    _check_items(text, list(art.photo_credits), "credits")
    _check_items(text, list(art.quotes), "quotes")
    _check_items(text, list(art.dates), "dates")
    for q in art.quotes:
        assert text[q.outer_span.start : q.outer_span.end].find(q.text) >= 0
        if q.speaker is not None:
            assert text[q.speaker.span.start : q.speaker.span.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.span.start : q.cue.span.end] == q.cue.text
    if art.dateline is not None:
        _check_items(text, [art.dateline], "dateline")
    json.dumps(art.to_dict())
    assert frnews.parse(text, published=REF) == art  # deterministic
    with long_text_paths():
        assert frnews.parse(text, published=REF).to_dict() == art.to_dict()
    frnews.parse_date(text[:200], reference=REF)
    # another locale changes the days of some holidays, nothing else of the article
    quebec = frnews.parse(text, published=REF, locale="fr-CA")
    _check_items(text, list(quebec.dates), "dates (fr-CA)")
    assert (quebec.blocks, quebec.quotes, quebec.photo_credits) == (
        art.blocks,
        art.quotes,
        art.photo_credits,
    )


def test_one_input(data: bytes) -> None:
    for text in _texts(data):
        check(text)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
    if corpus is not None:
        corpus.mkdir(parents=True, exist_ok=True)
        seed = Path(__file__).resolve().parent.parent / "seeds" / "000_29d02e5a573495e6.txt"
        (corpus / "seed").write_bytes(b"\x00" + seed.read_bytes())
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
