"""The ``frnews`` command: parse articles from files, stdin or a JSON Lines stream.

    frnews ARTICLE.txt [MORE.txt …]       a readable summary of each article
    frnews --json ARTICLE.txt             the full result, as JSON
    frnews --published 2023-10-19 -       read stdin; resolve dates against that day
    frnews --locale fr-CA ARTICLE.txt     holidays on Quebec's calendar (fête du Travail…)
    frnews --jsonl IN.jsonl --jobs 2      one JSON record in, one JSON result out, per line

Exit status: 0 when every input was parsed; 1 when a ``--jsonl`` record failed (it is
written as an error record, and the run goes on); 2 when an input could not be read or an
option is wrong (a one-line message on stderr, never a traceback).

The ``--jsonl`` output has exactly one line per input line, in input order:
``{"line": n, **other_fields, "frnews": article_dict}``, or
``{"line": n, **other_fields, "error": "message"}`` for a bad record; see ``docs/scale.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import stat
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple, NoReturn

import frnews
from frnews.batch import chunks, ordered_map, resolve_jobs
from frnews.integrations.engines import RESERVED_FIELDS, passthrough, to_record
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
            "dateline, headings, photo credits and captions, quotes with their speakers, "
            "dates and times."
        ),
        epilog=(
            "Exit status: 0 on success, 1 when a --jsonl record failed (written as an error "
            "record), 2 when an input or an option is wrong."
        ),
    )
    p.add_argument(
        "files",
        nargs="*",
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
    p.add_argument(
        "--locale",
        choices=frnews.LOCALES,
        default="fr-FR",
        help="whose calendar the holidays follow: France (default), Quebec and Canada, "
        "Belgium, Switzerland (la fête du Travail is May 1st in France, the first Monday "
        "of September in Canada)",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {frnews.__version__}")
    jsonl = p.add_argument_group(
        "JSON Lines pipeline",
        "Read one JSON object per line, write one JSON result per line, in input order: "
        '{"line": N, ...other fields, "frnews": {...}}, or {"line": N, ...other fields, '
        '"error": "..."} for a bad record. --published is the date of records without one.',
    )
    jsonl.add_argument(
        "--jsonl",
        metavar="IN",
        help="a JSON Lines file of records, or - for standard input",
    )
    jsonl.add_argument(
        "--text-field",
        metavar="NAME",
        help="the record field that holds the article text (default: text)",
    )
    jsonl.add_argument(
        "--published-field",
        metavar="NAME",
        help="the record field that holds the ISO publication date (default: published)",
    )
    jsonl.add_argument(
        "--jobs",
        metavar="N",
        type=_jobs,
        help="worker processes (default: 1; -1 for every core)",
    )
    jsonl.add_argument(
        "--no-progress",
        action="store_true",
        default=None,
        help="no progress bar (it is shown only when stderr is a terminal)",
    )
    return p


#: The options that only make sense with --jsonl, with their defaults.
_JSONL_ONLY = {
    "text_field": "text",
    "published_field": "published",
    "jobs": 1,
    "no_progress": False,
}


def _check_args(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.jsonl is None:
        if not args.files:
            p.error("no input: give article files (or - for stdin), or --jsonl IN")
        for dest in _JSONL_ONLY:
            if getattr(args, dest) is not None:
                p.error(f"--{dest.replace('_', '-')} only applies to --jsonl")
    else:
        if args.files:
            p.error("--jsonl reads its records from IN; give no FILE arguments with it")
        if args.json:
            p.error("--jsonl always writes JSON lines; drop --json")
    for dest, default in _JSONL_ONLY.items():
        if getattr(args, dest) is None:
            setattr(args, dest, default)
    for dest in ("text_field", "published_field"):
        if not getattr(args, dest):
            p.error(f"--{dest.replace('_', '-')} must not be empty")
    if args.text_field == args.published_field:
        p.error("--text-field and --published-field must differ")


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        msg = f"not a number of worker processes: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if number != -1 and number < 1:
        msg = f"must be -1 (every core) or at least 1, not {number}"
        raise argparse.ArgumentTypeError(msg)
    return resolve_jobs(number, "--jobs")


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


@contextlib.contextmanager
def _reading(label: str) -> Iterator[None]:
    """Turn the errors of opening or reading an input into one-line messages."""
    try:
        yield
    except FileNotFoundError:
        msg = f"{label}: no such file"
        raise _InputError(msg) from None
    except IsADirectoryError:
        msg = f"{label}: is a directory"
        raise _InputError(msg) from None
    except OSError as e:
        msg = f"{label}: cannot read: {e.strerror or e}"
        raise _InputError(msg) from None


def _read(name: str, stdin: IO[bytes]) -> str:
    label = "standard input" if name == "-" else name
    with _reading(label):
        data = stdin.read() if name == "-" else Path(name).read_bytes()
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


def _section_dates(art: Article) -> list[str]:
    lines = [f"Dates ({len(art.dates)}):"]
    if any(not m.value.resolved for m in art.dates):
        lines[0] += "  (relative dates unresolved: give --published YYYY-MM-DD)"
    for m in art.dates:
        v = m.value
        extra = f" {v.mod.value}" if v.mod else ""
        lines.append(f"  - {_short(m.text, 60)}  [{v.type.value} {v.timex}{extra}]")
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
    _section_dates,
    _section_blocks,
)


def summary(art: Article) -> str:
    """The readable summary of an article, as printed by ``frnews FILE``.

    >>> print(summary(frnews.parse("(Québec) Le ministre a parlé.")))
    Dateline: (Québec)  (place=Québec)
    Headings (0):
    Photo credits (0):
    Quotes (0):
    Dates (0):
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
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        _check_args(parser, args)
    except SystemExit as e:  # --help, --version, or a bad option (already reported)
        return e.code if isinstance(e.code, int) else 2
    try:
        if args.jsonl is not None:
            return _run_jsonl(args)
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
        art = frnews.parse(text, published=args.published, locale=args.locale)
        if args.json:
            data = {"path": name, **art.to_dict()}
            indent = None if several else 2
            out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
            continue
        if several:
            out.write(("\n" if i else "") + f"== {name}\n")
        out.write(summary(art) + "\n")
    return status


# --- the JSON Lines pipeline ------------------------------------------------------------

#: Output field names of --jsonl, beside those of :func:`frnews.integrations.engines.to_record`.
_LINE_FIELD = "line"

#: Input lines handed to a worker at once.
_JSONL_CHUNK = 64

#: Most failed line numbers listed in the final summary.
_LISTED_FAILURES = 10


class _JsonlOptions(NamedTuple):
    text_field: str
    published_field: str
    published: dt.date | None
    locale: str = "fr-FR"


def jsonl_record(number: int, raw: bytes, options: _JsonlOptions) -> dict[str, Any]:
    """The output record for one input line of ``frnews --jsonl``.

    >>> opts = _JsonlOptions("text", "published", None)
    >>> line = '{"id": "a1", "text": "(Québec) Bonjour."}\\n'.encode()
    >>> rec = jsonl_record(1, line, opts)
    >>> rec["line"], rec["id"], rec["frnews"]["dateline"]["place"]
    (1, 'a1', 'Québec')
    >>> jsonl_record(2, b'{"id": "a2", "text": 42}', opts)
    {'line': 2, 'id': 'a2', 'error': "field 'text' must be a string, not number"}
    >>> jsonl_record(3, b'{"id": "a3", "text": "Bonjour."', opts)
    {'line': 3, 'error': "not JSON: Expecting ',' delimiter (column 32)"}
    """
    head: dict[str, Any] = {_LINE_FIELD: number}
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
    except UnicodeDecodeError as e:
        error = f"not UTF-8 text (invalid byte 0x{raw[e.start]:02x} at byte offset {e.start})"
        return {**head, "error": error}
    if not line.strip():
        return {**head, "error": "empty line: expected a JSON object"}
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return {**head, "error": f"not JSON: {e.msg} (column {e.colno})"}
    except RecursionError:
        return {**head, "error": "not JSON: nested too deeply"}
    if not isinstance(obj, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
        found = kind.get(type(obj), "a number")
        return {**head, "error": f"expected a JSON object, not {found}"}
    if _LINE_FIELD in obj and _LINE_FIELD not in (options.text_field, options.published_field):
        reserved = (_LINE_FIELD, *RESERVED_FIELDS)
        fields = passthrough(obj, options.text_field, options.published_field, reserved)
        error = f"field {_LINE_FIELD!r} is reserved for the output of frnews; rename it"
        return {**head, **fields, "error": error}
    record = to_record(
        obj,
        published=options.published,
        text_field=options.text_field,
        published_field=options.published_field,
        errors="record",
        locale=options.locale,
    )
    return {**head, **record}


def _jsonl_chunk(
    options: _JsonlOptions, chunk: tuple[int, list[bytes]]
) -> list[tuple[bool, bytes]]:
    """Turn numbered input lines into (ok, output line) pairs; runs in a worker with --jobs."""
    first, lines = chunk
    out = []
    for number, raw in enumerate(lines, first):
        record = jsonl_record(number, raw, options)
        data = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
        out.append(("error" not in record, data))
    return out


def _open_jsonl(name: str) -> tuple[BinaryIO, int | None]:
    """Open the --jsonl input; return it with its size in bytes when it is a regular file."""
    label = "standard input" if name == "-" else name
    with _reading(label):
        stream: BinaryIO = sys.stdin.buffer if name == "-" else Path(name).open("rb")  # noqa: SIM115
    try:
        mode = os.fstat(stream.fileno())
        position = stream.tell() if stat.S_ISREG(mode.st_mode) else 0
    except (OSError, ValueError):  # no file descriptor (a stand-in stream): size unknown
        return stream, None
    if stat.S_ISDIR(mode.st_mode):  # a directory given as stdin
        msg = f"{label}: is a directory"
        raise _InputError(msg)
    if stat.S_ISREG(mode.st_mode):
        return stream, mode.st_size - position
    return stream, None


def _numbered_chunks(
    stream: BinaryIO, label: str, ends: deque[int]
) -> Iterator[tuple[int, list[bytes]]]:
    """Read the input in chunks of numbered lines; note where each chunk ends, in bytes."""
    first, done = 1, 0
    try:
        for chunk in chunks(stream, _JSONL_CHUNK):
            done += sum(len(line) for line in chunk)
            ends.append(done)
            yield first, chunk
            first += len(chunk)
    except OSError as e:
        msg = f"{label}: cannot read line {first}: {e.strerror or e}"
        raise _InputError(msg) from None


class _Progress:
    """A one-line progress bar on a terminal: records, rate, and the percentage and ETA
    when the input size is known. Redrawn at most five times a second."""

    def __init__(
        self,
        stream: IO[str],
        total: int | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream, self.total, self.clock = stream, total, clock
        self.start = clock()
        self.shown = float("-inf")
        self.width = 0

    def update(self, records: int, done: int) -> None:
        now = self.clock()
        if now - self.shown < 0.2:
            return
        self.shown = now
        elapsed = now - self.start
        parts = [f"{records:,} records", f"{records / elapsed if elapsed else 0:,.0f}/s"]
        if self.total:
            fraction = min(1.0, done / self.total)
            left = elapsed * (1 - fraction) / fraction if fraction else None
            parts += [f"{fraction:4.0%}", f"ETA {_duration(left)}"]
        else:
            parts.append(f"{_duration(elapsed)} elapsed")
        line = f"{_PROG}: " + "  ".join(parts)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()


def _duration(seconds: float | None) -> str:
    """``m:ss`` (or ``h:mm:ss``); ``--:--`` when unknown.

    >>> _duration(75.4), _duration(3725), _duration(None)
    ('1:15', '1:02:05', '--:--')
    """
    if seconds is None:
        return "--:--"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _run_jsonl(args: argparse.Namespace) -> int:
    name = args.jsonl
    label = "standard input" if name == "-" else name
    try:
        stream, total = _open_jsonl(name)
    except _InputError as e:
        print(f"{_PROG}: error: {e}", file=sys.stderr)
        return 2
    options = _JsonlOptions(args.text_field, args.published_field, args.published, args.locale)
    show = not args.no_progress and sys.stderr.isatty()
    progress = _Progress(sys.stderr, total) if show else None
    write, flush = _binary_stdout()
    ends: deque[int] = deque()
    results = ordered_map(
        functools.partial(_jsonl_chunk, options),
        _numbered_chunks(stream, label, ends),
        n_jobs=args.jobs,
    )
    records = 0
    failed: list[int] = []
    stopped: tuple[int, str] | None = None  # (exit status, message) when the run stops early
    start = time.perf_counter()
    try:
        for lines in results:
            for ok, data in lines:
                write(data)
                records += 1
                if not ok:
                    failed.append(records)
            done = ends.popleft()
            if progress is not None:
                progress.update(records, done)
    except _InputError as e:
        stopped = (2, str(e))
    except KeyboardInterrupt:
        stopped = (130, f"interrupted, after about {records:,} records")
    finally:
        results.close()
        if progress is not None:
            progress.close()
        if name != "-":
            stream.close()
    flush()
    _summary(records, failed, time.perf_counter() - start)
    if stopped is not None:
        print(f"{_PROG}: error: {stopped[1]}", file=sys.stderr)
        return stopped[0]
    return 1 if failed else 0


def _binary_stdout() -> tuple[Callable[[bytes], object], Callable[[], None]]:
    """Write UTF-8 bytes to stdout: to its binary buffer, or decoded when it has none (a
    ``StringIO`` put in place by ``contextlib.redirect_stdout``)."""
    stdout = sys.stdout
    buffer: BinaryIO | None = getattr(stdout, "buffer", None)
    if buffer is None:
        return (lambda data: stdout.write(data.decode("utf-8"))), stdout.flush
    stdout.flush()  # what was written as text comes first
    return buffer.write, buffer.flush


def _summary(records: int, failed: list[int], elapsed: float) -> None:
    """The last lines on stderr: how many records, how many failed and where, how fast."""
    rate = f"{records / elapsed:,.0f} records/s" if elapsed > 0 else "n/a"
    print(
        f"{_PROG}: {records:,} record{'' if records == 1 else 's'}: "
        f"{records - len(failed):,} ok, {len(failed):,} failed "
        f"({elapsed:.1f} s, {rate})",
        file=sys.stderr,
    )
    if failed:
        listed = ", ".join(str(n) for n in failed[:_LISTED_FAILURES])
        more = len(failed) - _LISTED_FAILURES
        tail = f" and {more:,} more" if more > 0 else ""
        print(f"{_PROG}: failed lines: {listed}{tail}", file=sys.stderr)
