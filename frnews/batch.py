"""Parse many articles: in input order, on several cores, in bounded memory.

:func:`parse_many` is :func:`frnews.parse` over an iterable. With ``n_jobs=1`` it parses in
the calling process, one article at a time. With ``n_jobs > 1`` it hands chunks of
``chunk_size`` articles to worker processes, keeps at most ``2 * n_jobs`` chunks in flight,
and yields the results in input order as soon as the oldest chunk is done: the input is
read only a bounded distance ahead of what has been yielded, so an endless generator or a
file of millions of lines streams through in constant memory.

Worker processes are started with the ``spawn`` method on every platform. ``fork`` would
start faster, but forking a process that runs threads (a notebook kernel, a Dask client, a
web server) can deadlock the child, and Python 3.12+ warns about it; ``spawn`` behaves the
same on Linux, macOS and Windows. As with any ``spawn`` code, a script that calls
``parse_many(..., n_jobs=2)`` at top level must guard it with
``if __name__ == "__main__":`` (the workers import the script's module; code in a notebook
or behind the guard is fine). Workers ignore Ctrl-C: the calling process receives it, and
closing the iterator (or leaving it behind) shuts the workers down.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

import attrs

from frnews import model
from frnews._check import check_locale, check_reference, check_text
from frnews.api import parse
from frnews.model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["DEFAULT_CHUNK_SIZE", "parse_many"]

#: Articles sent to a worker at once. A typical article parses in about half a
#: millisecond; 64 of them make a task long enough that the cost of handing it over
#: (pickling the texts and the results) stays small, and short enough that memory stays low.
DEFAULT_CHUNK_SIZE = 64

#: Chunks in flight per worker: one being parsed and one waiting, so no worker idles while
#: the calling process collects a result.
_WINDOW_PER_JOB = 2

#: The start method of the worker processes (see the module docstring).
_START_METHOD = "spawn"

_T = TypeVar("_T")
_R = TypeVar("_R")

Published: TypeAlias = dt.date | dt.datetime | None


def parse_many(
    texts: Iterable[str | tuple[str, dt.date | dt.datetime | None]],
    *,
    published: dt.date | dt.datetime | None = None,
    locale: str = "fr-FR",
    n_jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Article]:
    """Parse many articles; yield one :class:`~frnews.Article` per input, in input order.

    Each result equals ``frnews.parse(text, published=..., locale=locale)`` for its input
    and pickles,
    so it can be sent on to other processes.

    Args:
        texts: Any iterable, read lazily (a list, a generator, a file reader). Each item is
            an article's text, or a ``(text, published)`` pair whose own publication date
            (a ``date``, a ``datetime`` or None) is used for that article when it is not
            None.
        published: The publication date used for every article that does not bring its
            own.
        locale: Whose calendar the holidays follow (see :func:`~frnews.find_dates`), for
            every article.
        n_jobs: Worker processes: 1 parses in the calling process, ``-1`` uses every core
            this process may run on.
        chunk_size: Articles handed to a worker at once (with ``n_jobs > 1``).

    Returns:
        An iterator of articles. The input is read at most ``2 * n_jobs * chunk_size``
        items ahead of the results already yielded, never materialized whole.

    Raises:
        TypeError: ``texts`` is not iterable (or is a single ``str``), ``n_jobs`` or
            ``chunk_size`` is not an ``int``, ``published`` is not a date. An item that is
            neither a ``str`` nor a ``(str, date | datetime | None)`` pair raises a
            ``TypeError`` naming its index (``texts[3]``) when the iteration reaches it,
            after the results of the items before it.
        ValueError: ``n_jobs`` is 0 or below -1, ``chunk_size`` is below 1, or ``locale``
            is not one of :data:`~frnews.LOCALES` (a ``TypeError`` if not a ``str``).

    The arguments are checked when ``parse_many`` is called, before anything is read:

    >>> import datetime
    >>> arts = parse_many(
    ...     ["(Québec) Le ministre a parlé.", ("PARIS (AFP) - Le sommet s'ouvre.", None)],
    ...     published=datetime.date(2023, 10, 19),
    ... )
    >>> [(a.dateline.place, a.published.isoformat()) for a in arts]
    [('Québec', '2023-10-19'), ('PARIS', '2023-10-19')]
    >>> parse_many(["Texte."], n_jobs=0)
    Traceback (most recent call last):
    ...
    ValueError: parse_many() argument 'n_jobs' must be -1 (every core) or at least 1, not 0
    """
    check_reference(published, "parse_many", "published")
    check_locale(locale, "parse_many")
    jobs = resolve_jobs(n_jobs, "parse_many")
    check_chunk_size(chunk_size, "parse_many")
    items = _items(_iterate(texts), published)
    if jobs == 1:
        return (parse(text, published=pub, locale=locale) for text, pub in items)
    work = functools.partial(_parse_chunk, locale=locale)
    results = ordered_map(work, chunks(items, chunk_size), n_jobs=jobs)
    return _flatten(results)


def resolve_jobs(n_jobs: Any, func: str, arg: str = "n_jobs") -> int:
    """Check a number of worker processes and return it, ``-1`` turned into the core count.

    >>> resolve_jobs(2, "parse_many")
    2
    >>> resolve_jobs(-1, "parse_many") >= 1
    True
    >>> resolve_jobs(True, "parse_many")
    Traceback (most recent call last):
    ...
    TypeError: parse_many() argument 'n_jobs' must be an int, not bool
    """
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int):
        msg = f"{func}() argument {arg!r} must be an int, not {type(n_jobs).__name__}"
        raise TypeError(msg)
    if n_jobs == -1:
        return available_cores()
    if n_jobs < 1:
        msg = f"{func}() argument {arg!r} must be -1 (every core) or at least 1, not {n_jobs}"
        raise ValueError(msg)
    return n_jobs


def check_chunk_size(chunk_size: Any, func: str) -> int:
    """Return ``chunk_size`` if it is an ``int`` of at least 1; raise otherwise.

    >>> check_chunk_size(0, "parse_many")
    Traceback (most recent call last):
    ...
    ValueError: parse_many() argument 'chunk_size' must be at least 1, not 0
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int):
        msg = f"{func}() argument 'chunk_size' must be an int, not {type(chunk_size).__name__}"
        raise TypeError(msg)
    if chunk_size < 1:
        msg = f"{func}() argument 'chunk_size' must be at least 1, not {chunk_size}"
        raise ValueError(msg)
    return chunk_size


def available_cores() -> int:
    """The number of cores this process may run on (its CPU affinity where the OS has one).

    >>> available_cores() >= 1
    True
    """
    sched_getaffinity = getattr(os, "sched_getaffinity", None)
    if sched_getaffinity is not None:
        return max(1, len(sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """Group items into lists of ``size`` (the last one shorter), reading lazily.

    When reading the items raises, the items read before the error still come out as a
    last, shorter list, then the error is raised.

    >>> list(chunks(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    chunk: list[_T] = []
    failure: Exception | None = None
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except Exception as e:  # re-raised below, once the items before it are out
        failure = e
    if chunk:
        yield chunk
    if failure is not None:
        raise failure


def ordered_map(
    func: Callable[[_T], _R],
    tasks: Iterable[_T],
    *,
    n_jobs: int,
    window: int | None = None,
) -> Generator[_R, None, None]:
    """Yield ``func(task)`` for each task, in task order, computed by ``n_jobs`` processes.

    At most ``window`` tasks (default ``2 * n_jobs``) are in flight: a new task is read
    from ``tasks`` only when the oldest result has been yielded, so memory stays bounded
    however long ``tasks`` is. ``func`` and the tasks must pickle (a module-level function,
    or a :func:`functools.partial` of one). With ``n_jobs=1`` everything runs in the
    calling process. When reading ``tasks`` raises, the results of the tasks read before
    are yielded first, then the error is raised; an error inside ``func`` is raised when
    its result is due.

    >>> list(ordered_map(len, ["Paris", "Lyon"], n_jobs=1))
    [5, 4]
    """
    if n_jobs == 1:
        for task in tasks:
            yield func(task)
        return
    # Imported here: only a call with worker processes pays for them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    limit = window if window is not None else _WINDOW_PER_JOB * n_jobs
    source = iter(tasks)
    pool = ProcessPoolExecutor(
        max_workers=n_jobs,
        mp_context=multiprocessing.get_context(_START_METHOD),
        initializer=_ignore_sigint,
    )
    pending: deque[Future[_R]] = deque()
    failure: Exception | None = None
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < limit:
                try:
                    task = next(source)
                except StopIteration:
                    exhausted = True
                except Exception as e:  # raised after the results already submitted
                    failure = e
                    exhausted = True
                else:
                    pending.append(pool.submit(func, task))
            if not pending:
                break
            yield pending.popleft().result()
        if failure is not None:
            raise failure
    finally:
        # On early close (GeneratorExit) or an error: drop the queued tasks, let the
        # running ones end, and reap the workers.
        pool.shutdown(wait=True, cancel_futures=True)


def _ignore_sigint() -> None:
    import signal  # here, not at the top: ``import frnews`` stays light

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _iterate(texts: Any) -> Iterator[Any]:
    if isinstance(texts, (str, bytes, bytearray)):
        msg = (
            f"parse_many() argument 'texts' must be an iterable of texts, not a single "
            f"{type(texts).__name__}: use parse(text), or parse_many([text])"
        )
        raise TypeError(msg)
    try:
        return iter(texts)
    except TypeError:
        msg = (
            "parse_many() argument 'texts' must be an iterable of str or (str, published) "
            f"pairs, not {type(texts).__name__}"
        )
        raise TypeError(msg) from None


def _items(texts: Iterator[Any], published: Published) -> Iterator[tuple[str, Published]]:
    for index, item in enumerate(texts):
        if isinstance(item, str):
            yield item, published
            continue
        if isinstance(item, (tuple, list)) and len(item) == 2:
            text = check_text(item[0], "parse_many", f"texts[{index}][0]")
            own = check_reference(item[1], "parse_many", f"texts[{index}][1]")
            yield text, published if own is None else own
            continue
        if isinstance(item, (bytes, bytearray, memoryview)):
            check_text(item, "parse_many", f"texts[{index}]")  # raises, with the decode hint
        msg = (
            f"parse_many() argument 'texts[{index}]' must be a str or a (text, published) "
            f"pair, not {type(item).__name__}"
        )
        if isinstance(item, (tuple, list)):
            msg += f" of length {len(item)}"
        raise TypeError(msg)


def _parse_chunk(chunk: list[tuple[str, Published]], locale: str = "fr-FR") -> bytes:
    """Parse a chunk in a worker; return the articles pickled by :func:`_dumps`."""
    return _dumps([parse(text, published=pub, locale=locale) for text, pub in chunk])


def _load_chunk(data: bytes) -> list[Article]:
    import pickle  # here, not at the top: ``import frnews`` stays light

    articles: list[Article] = pickle.loads(data)
    return articles


def _dumps(value: Any) -> bytes:
    """Pickle result objects as ``cls(*fields)`` calls.

    attrs pickles a slotted class through its own ``__getstate__``/``__setstate__``, a
    Python-level call and a dict per object; an article is dozens of spans and blocks, and
    the calling process, which unpickles every result alone, became the bottleneck. A
    constructor call per object halves the cost of dumping and cuts loading by a third.
    The bytes are plain pickle: :func:`pickle.loads` reads them.
    """
    import io  # here, not at the top: ``import frnews`` stays light
    import pickle

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump(value)
    return buffer.getvalue()


def _reduce_attrs(cls: type, fields: Callable[[Any], tuple[Any, ...]], obj: Any) -> Any:
    return cls, fields(obj)


@functools.cache
def _dispatch_table() -> dict[type, Callable[[Any], Any]]:
    """Reducers for the attrs result classes of :mod:`frnews.model` whose fields are all
    positional ``__init__`` arguments (a private field such as ``Article._body`` is passed
    by position too); any other object pickles the usual way. Built on the first dump."""
    import copyreg  # here, not at the top: ``import frnews`` stays light

    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for name in model.__all__:
        cls = getattr(model, name)
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        fields = attrs.fields(cls)
        if len(fields) > 1 and all(f.init and not f.kw_only for f in fields):
            getter = operator.attrgetter(*(f.name for f in fields))  # a tuple, read in C
            table[cls] = functools.partial(_reduce_attrs, cls, getter)
    return table


def _flatten(lists: Generator[bytes, None, None]) -> Iterator[Article]:
    try:
        for data in lists:
            yield from _load_chunk(data)
    finally:
        lists.close()  # shut the workers down now, not when garbage collected
