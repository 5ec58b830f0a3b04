"""The ``frnews`` command: parse articles from files or stdin, print a summary or JSON.

    frnews ARTICLE.txt [MORE.txt …]       a readable summary of each article
    frnews --json ARTICLE.txt             the full result, as JSON
    frnews --published 2023-10-19 -       read stdin; resolve dates against that day

Exit status: 0 when every input was parsed, 2 when an input could not be read or an
option is wrong (a one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, NoReturn

import frnews
from frnews.model import Article, BlockKind

__all__ = ["main"]

_PROG = "frnews"


class _InputError(Exception):
    """An input that cannot be read; its message is printed as is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=_PROG,
        description=(
            "Read French news articles (plain text, UTF-8) and print their structure: "
            "dateline, headings, photo credits and captions, quotes with their speakers."
        ),
        epilog="Exit status: 0 on success, 2 when an input or an option is wrong.",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files to parse, or - for standard input",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print the full result as JSON (one object per line for several files)",
    )
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="publication date of the articles (relative expressions are resolved against it)",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {frnews.__version__}")
    return p


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _read(name: str, stdin: IO[bytes]) -> str:
    label = "standard input" if name == "-" else name
    try:
        data = stdin.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        msg = f"{label}: no such file"
        raise _InputError(msg) from None
    except IsADirectoryError:
        msg = f"{label}: is a directory"
        raise _InputError(msg) from None
    except OSError as e:
        msg = f"{label}: cannot read: {e.strerror or e}"
        raise _InputError(msg) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        msg = (
            f"{label}: not UTF-8 text (invalid byte 0x{data[e.start]:02x} at byte offset {e.start})"
        )
        raise _InputError(msg) from None


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _section_dateline(art: Article) -> list[str]:
    d = art.dateline
    if d is None:
        return ["Dateline: none"]
    parts = [f"place={d.place}" if d.place else "", f"agency={d.agency}" if d.agency else ""]
    if d.date:
        parts.append(f"date={d.date.isoformat()}")
    extra = "  ".join(p for p in parts if p)
    return [f"Dateline: {d.text}" + (f"  ({extra})" if extra else "")]


def _section_headings(art: Article) -> list[str]:
    lines = [f"Headings ({len(art.headings)}):"]
    lines += [f"  - {_short(h.text)}" for h in art.headings]
    return lines


def _section_credits(art: Article) -> list[str]:
    lines = [f"Photo credits ({len(art.photo_credits)}):"]
    for c in art.photo_credits:
        names = [f"photographer: {c.photographer}" if c.photographer else ""]
        names.append(f"agency: {c.agency}" if c.agency else "")
        named = ", ".join(n for n in names if n)
        lines.append(f"  - {c.text}" + (f"  [{named}]" if named else ""))
        lines.append(f"    caption: {_short(c.caption.text) if c.caption else '(none)'}")
    return lines


def _section_quotes(art: Article) -> list[str]:
    lines = [f"Quotes ({len(art.quotes)}):"]
    for q in art.quotes:
        sp = q.speaker
        who = (sp.name or sp.text) if sp is not None else "?"
        lines.append(f"  - « {_short(q.text, 70)} »  [{who}]")
    return lines


def _section_blocks(art: Article) -> list[str]:
    counts: dict[str, int] = {}
    for b in art.blocks:
        counts[b.kind.value] = counts.get(b.kind.value, 0) + 1
    order = [k.value for k in BlockKind if k.value in counts]
    detail = ", ".join(f"{counts[k]} {k}" for k in order)
    return [f"Blocks: {len(art.blocks)}" + (f" ({detail})" if detail else "")]


#: The sections of the readable summary, in the order they are printed.
SECTIONS: tuple[Callable[[Article], list[str]], ...] = (
    _section_dateline,
    _section_headings,
    _section_credits,
    _section_quotes,
    _section_blocks,
)


def summary(art: Article) -> str:
    """The readable summary of an article, as printed by ``frnews FILE``.

    >>> print(summary(frnews.parse("(Québec) Le ministre a parlé.")))
    Dateline: (Québec)  (place=Québec)
    Headings (0):
    Photo credits (0):
    Quotes (0):
    Blocks: 2 (1 paragraph, 1 dateline)
    """
    lines: list[str] = []
    for section in SECTIONS:
        lines += section(art)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    >>> main(["--published", "19/10/2023", "-"])
    2
    """
    try:
        args = _build_parser().parse_args(argv)
    except SystemExit as e:  # --help, --version, or a bad option (already reported)
        return e.code if isinstance(e.code, int) else 2
    try:
        return _run(args)
    except BrokenPipeError:  # the reader went away (frnews … | head)
        return 0
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    out = sys.stdout
    status = 0
    several = len(args.files) > 1
    for i, name in enumerate(args.files):
        try:
            text = _read(name, sys.stdin.buffer)
        except _InputError as e:
            print(f"{_PROG}: error: {e}", file=sys.stderr)
            status = 2
            continue
        art = frnews.parse(text, published=args.published)
        if args.json:
            data = {"path": name, **art.to_dict()}
            indent = None if several else 2
            out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
            continue
        if several:
            out.write(("\n" if i else "") + f"== {name}\n")
        out.write(summary(art) + "\n")
    return status
