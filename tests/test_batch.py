"""parse_many: equal to parse, in input order, lazy, on worker processes; clear errors."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import frnews
from frnews.batch import DEFAULT_CHUNK_SIZE, chunks, ordered_map, parse_many
from tests.deep import examples

OCT_19 = dt.date(2023, 10, 19)

# Real-looking fragments in the conventions of several outlets.
FRAGMENTS = [
    "(Québec) Le premier ministre François Legault a annoncé jeudi un plan de 3 milliards "
    "pour les hôpitaux.\n\nL’opposition a dénoncé « un écran de fumée ».",
    "PARIS, 19 oct 2023 (AFP) - Le gouvernement a présenté mercredi son projet de loi sur "
    "l’immigration.\n\nLe texte sera examiné au Sénat en novembre.",
    "MONTRÉAL — La mairesse a inauguré la nouvelle station de métro.\n\n"
    "PHOTO ROBERT SKINNER, LA PRESSE\n\nLa mairesse de Montréal, lors de l’inauguration",
    "Par Jean Dupont\n\nLe Caire (AFP) – Les négociations ont repris lundi.\n\n"
    "Lire aussi : Le sommet de Charm el-Cheikh\n\nUne trêve en vue ?\n\n"
    "Les médiateurs égyptiens se disent optimistes.",
    "De notre correspondant à Moscou, Le Kremlin a démenti ces informations mardi.",
    "MOSCOU, 19 octobre 2023 (Reuters) - Le ministre a parlé.",
    "",
    "Le conseil municipal s’est réuni hier soir.",
]


@pytest.mark.parametrize(
    ("n_jobs", "chunk_size"),
    [(1, DEFAULT_CHUNK_SIZE), (2, 3), (2, DEFAULT_CHUNK_SIZE), (-1, 5)],
)
def test_results_equal_parse_in_input_order(seed_text, n_jobs, chunk_size):
    texts = [*FRAGMENTS, seed_text] * 4
    got = list(parse_many(texts, n_jobs=n_jobs, chunk_size=chunk_size))
    assert got == [frnews.parse(t) for t in texts]


def test_pairs_override_the_default_publication_date():
    moment = dt.datetime(2023, 10, 18, 8, 30, tzinfo=dt.timezone.utc)
    items = [
        FRAGMENTS[0],
        (FRAGMENTS[1], dt.date(2023, 10, 20)),
        (FRAGMENTS[2], None),
        [FRAGMENTS[3], moment],
    ]
    expected = [OCT_19, dt.date(2023, 10, 20), OCT_19, moment]
    for n_jobs in (1, 2):
        arts = list(parse_many(items, published=OCT_19, n_jobs=n_jobs, chunk_size=1))
        assert [a.published for a in arts] == expected
        assert arts[1] == frnews.parse(FRAGMENTS[1], published=dt.date(2023, 10, 20))


def test_locale_reaches_the_workers():
    text = "(Montréal) Congé pour tous à la fête du Travail."
    july = dt.date(2023, 7, 3)
    for n_jobs in (1, 2):
        arts = list(parse_many([text, text], published=july, locale="fr-CA", n_jobs=n_jobs))
        assert [a.dates[0].value.timex for a in arts] == ["2023-09-04"] * 2
        assert arts[0] == frnews.parse(text, published=july, locale="fr-CA")


def test_order_is_kept_when_later_chunks_finish_first(seed_text):
    long_text = "\n\n".join([seed_text] * 30)
    texts = [long_text if i % 4 == 0 else f"(Québec) Dépêche numéro {i}." for i in range(24)]
    arts = list(parse_many(texts, n_jobs=2, chunk_size=1))
    assert [a.text for a in arts] == texts


def test_results_pickle(seed_text):
    (art,) = parse_many([seed_text], published=OCT_19, n_jobs=2)
    assert pickle.loads(pickle.dumps(art)) == art == frnews.parse(seed_text, published=OCT_19)


class Counting:
    """An endless stream of articles that counts how many were read."""

    def __init__(self):
        self.read = 0

    def __iter__(self):
        for i in itertools.count():
            self.read += 1
            yield f"(Québec) Dépêche numéro {i}. Le ministre a parlé."


@pytest.mark.parametrize(("n_jobs", "chunk_size"), [(1, 64), (2, 3), (2, 50)])
def test_input_is_read_lazily_a_bounded_distance_ahead(n_jobs, chunk_size):
    source = Counting()
    arts = parse_many(source, n_jobs=n_jobs, chunk_size=chunk_size)
    assert source.read == 0  # nothing read before the first result is asked for
    taken = list(itertools.islice(arts, 7))
    assert [a.text.split(".")[0] for a in taken] == [
        f"(Québec) Dépêche numéro {i}" for i in range(7)
    ]
    if n_jobs == 1:
        assert source.read == 7
    else:  # the chunks in flight (2 per worker) plus the one being yielded from
        assert source.read <= 7 + (2 * n_jobs + 1) * chunk_size
    arts.close()  # shuts the workers down; an endless input must not hang it


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_bad_item_raises_after_the_results_before_it(n_jobs):
    items = ["(Québec) Un.", "(Québec) Deux.", 42, "(Québec) Quatre."]
    arts = parse_many(items, n_jobs=n_jobs, chunk_size=2)
    assert next(arts).text == "(Québec) Un."
    assert next(arts).text == "(Québec) Deux."
    with pytest.raises(
        TypeError, match=r"'texts\[2\]' must be a str or a \(text, published\) pair, not int"
    ):
        next(arts)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (b"(Qu\xc3\xa9bec) Un.", r"'texts\[1\]' must be str, not bytes: decode it first"),
        (None, r"'texts\[1\]' must be a str or a \(text, published\) pair, not NoneType"),
        (("Texte.", None, "x"), r"'texts\[1\]' must be a str .* not tuple of length 3"),
        (("Texte.", "2023-10-19"), r"'texts\[1\]\[1\]' must be a datetime.date.*fromisoformat"),
        ((b"Texte.", None), r"'texts\[1\]\[0\]' must be str, not bytes: decode it first"),
        ((42, OCT_19), r"'texts\[1\]\[0\]' must be str, not int"),
    ],
)
def test_bad_items_name_their_index(item, message):
    with pytest.raises(TypeError, match=message):
        list(parse_many(["Texte.", item, "Texte."]))


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_an_error_while_reading_comes_after_the_results_before_it(n_jobs):
    def failing():
        for i in range(5):
            yield f"(Québec) Dépêche {i}."
        msg = "disque illisible"
        raise OSError(msg)

    arts = parse_many(failing(), n_jobs=n_jobs, chunk_size=2)
    assert [a.text for a in itertools.islice(arts, 5)] == [
        f"(Québec) Dépêche {i}." for i in range(5)
    ]
    with pytest.raises(OSError, match="disque illisible"):
        next(arts)


class Untouchable:
    def __iter__(self):
        raise AssertionError("read before the arguments were checked")  # noqa: EM101


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"n_jobs": 0}, ValueError, r"'n_jobs' must be -1 \(every core\) or at least 1, not 0"),
        ({"n_jobs": -2}, ValueError, "'n_jobs' must be -1 .* not -2"),
        ({"n_jobs": True}, TypeError, "'n_jobs' must be an int, not bool"),
        ({"n_jobs": 1.5}, TypeError, "'n_jobs' must be an int, not float"),
        ({"n_jobs": "2"}, TypeError, "'n_jobs' must be an int, not str"),
        ({"n_jobs": None}, TypeError, "'n_jobs' must be an int, not NoneType"),
        ({"chunk_size": 0}, ValueError, "'chunk_size' must be at least 1, not 0"),
        ({"chunk_size": False}, TypeError, "'chunk_size' must be an int, not bool"),
        ({"chunk_size": 8.0}, TypeError, "'chunk_size' must be an int, not float"),
        ({"published": "2023-10-19"}, TypeError, "'published' must be a datetime.date"),
    ],
)
def test_bad_arguments_raise_when_called(kwargs, error, message):
    with pytest.raises(error, match=r"^parse_many\(\) argument " + message):
        parse_many(Untouchable(), **kwargs)


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (42, "must be an iterable of str or \\(str, published\\) pairs, not int"),
        (None, "must be an iterable of str or \\(str, published\\) pairs, not NoneType"),
        (
            "(Québec) Un texte.",
            "must be an iterable of texts, not a single str: use parse\\(text\\), or parse_many\\(\\[text\\]\\)",
        ),
        (b"texte", "must be an iterable of texts, not a single bytes"),
    ],
)
def test_texts_must_be_an_iterable_of_texts(texts, message):
    with pytest.raises(TypeError, match=r"^parse_many\(\) argument 'texts' " + message):
        parse_many(texts)


def test_chunks_keep_the_items_read_before_an_error():
    def failing():
        yield from range(5)
        msg = "lecture impossible"
        raise OSError(msg)

    grouped = chunks(failing(), 2)
    assert [next(grouped), next(grouped), next(grouped)] == [[0, 1], [2, 3], [4]]
    with pytest.raises(OSError, match="lecture impossible"):
        next(grouped)


def test_ordered_map_raises_a_worker_error_when_its_result_is_due():
    results = ordered_map(int, ["19", "octobre", "2023"], n_jobs=2)
    assert next(results) == 19
    with pytest.raises(ValueError, match="invalid literal for int"):
        next(results)


def test_ordered_map_window_bounds_the_tasks_in_flight():
    read = []

    def tasks():
        for i in range(100):
            read.append(i)
            yield str(i)

    results = ordered_map(int, tasks(), n_jobs=2, window=3)
    assert next(results) == 0
    assert len(read) <= 4
    assert list(results) == list(range(1, 100))


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.text(max_size=80), max_size=12), st.integers(min_value=1, max_value=5))
def test_any_texts_give_the_results_of_parse(texts, chunk_size):
    assert list(parse_many(texts, chunk_size=chunk_size)) == [frnews.parse(t) for t in texts]


def test_exported():
    assert frnews.parse_many is parse_many
    assert "parse_many" in frnews.__all__


def test_results_travel_as_constructor_calls(seed_text):
    from frnews.batch import _dispatch_table, _dumps

    for cls in (frnews.Span, frnews.Block, frnews.Dateline, frnews.PhotoCredit, frnews.Article):
        assert cls in _dispatch_table(), cls
    arts = [frnews.parse(t, published=OCT_19) for t in [*FRAGMENTS, seed_text]]
    assert pickle.loads(_dumps(arts)) == arts


@settings(max_examples=examples(60), deadline=None)
@given(st.text(alphabet=st.sampled_from("(Québec) PHOTO AFP—«»\n\n.,Le:"), max_size=200))
def test_any_article_survives_the_transport(text):
    from frnews.batch import _dumps

    art = frnews.parse(text)
    assert pickle.loads(_dumps(art)) == art
