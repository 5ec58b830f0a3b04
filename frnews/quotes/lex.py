"""The word lists of quote attribution, read from :mod:`frnews.lexicons` once and folded.

Every key is folded and lower-cased (:func:`frnews.text.fold`) and split into tokens the
way :func:`words` splits text, so that rules compare tokens with tokens.

>>> lx = lexicons()
>>> lx.verbs["a-t-il"] if "a-t-il" in lx.verbs else "inverted forms are split, not listed"
'inverted forms are split, not listed'
>>> sorted({f.kind for f in lx.verbs["declare"]})
['finite', 'pp']
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable

import attrs

from frnews.lexicons import load_table
from frnews.text import fold

__all__ = [
    "AUX_AVOIR",
    "AUX_ETRE",
    "TOKEN",
    "TOKEN_SPLIT",
    "TOKEN_SPLIT_LATIN1",
    "Lexicons",
    "TitleInfo",
    "VerbForm",
    "conjugate",
    "lexicons",
    "split_inverted",
    "token_split",
    "words",
]

#: A word (letters, digits, inner hyphens or dots-free), an elided word with its
#: apostrophe ("l'", "qu'"), or one punctuation character.
TOKEN = re.compile(r"\w+(?:-\w+)*'?|[^\w\s]")
#: The same tokens, captured by ``split``: parts alternate between the gaps and the
#: tokens, so offsets are the running sum of the parts' lengths.
TOKEN_SPLIT = re.compile(r"(\w+(?:-\w+)*'?|[^\w\s])")


def _latin1_class(keep: Callable[[str], bool]) -> str:
    """The Latin-1 characters (U+0000 to U+00FF) that ``keep`` accepts, as the inside of a
    character class: ranges of consecutive characters (a short pattern, quick to compile).

    >>> _latin1_class(str.isdigit)
    '0-9²-³¹'
    """
    out = []
    for accepted, group in itertools.groupby(range(256), lambda i: keep(chr(i))):
        if accepted:
            first, *rest = group
            last = rest[-1] if rest else first
            out.append(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else ""))
    return "".join(out)


#: The Latin-1 characters that ``\w`` matches, and those that ``\s`` matches.
_LATIN1_WORD = _latin1_class(lambda c: c.isalnum() or c == "_")
_LATIN1_SPACE = _latin1_class(str.isspace)
#: :data:`TOKEN_SPLIT` for a text whose characters are all Latin-1: the same splits,
#: with ``\w`` and ``\s`` spelled out as the Latin-1 characters they match (``re`` tests
#: a character against such a class by a bitmap, where ``\w`` and ``\s`` each look up
#: the character's Unicode properties).
TOKEN_SPLIT_LATIN1 = re.compile(
    f"([{_LATIN1_WORD}]+(?:-[{_LATIN1_WORD}]+)*'?|[^{_LATIN1_WORD}{_LATIN1_SPACE}])"
)


def token_split(text: str) -> Callable[[str], list[str]]:
    """The ``split`` that gives the parts of :data:`TOKEN_SPLIT` fastest on ``text``.

    It is that of :data:`TOKEN_SPLIT_LATIN1` when every character of ``text`` is Latin-1
    (nearly always in folded French text), else that of :data:`TOKEN_SPLIT`. It serves for
    ``text`` and for any part of it.

    >>> token_split("« Oui », a dit l'élu.")("« Oui », a dit l'élu.")[1::2]
    ['«', 'Oui', '»', ',', 'a', 'dit', "l'", 'élu', '.']
    >>> token_split("Oui \u2014 non") == TOKEN_SPLIT.split
    True
    """
    try:
        text.encode("latin-1")  # a copy of a paragraph, made at C speed
    except UnicodeEncodeError:
        return TOKEN_SPLIT.split
    return TOKEN_SPLIT_LATIN1.split


#: Forms of "avoir" that make a compound tense (folded), with the inverted ones built by
#: :func:`split_inverted`.
AUX_AVOIR = frozenset(
    ["a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent"]
)
#: Forms of "être" for the compound tenses of pronominal verbs ("s'est félicité").
AUX_ETRE = frozenset(
    ["est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "furent"]
)
_INVERTED = re.compile(r"^(.+?)(?:-t)?-(il|elle|on|ils|elles)$")


def words(text: str) -> tuple[str, ...]:
    """Fold ``text`` and split it into the tokens rules compare.

    Tokens are lower-cased, without accents, except the preposition ``à``, kept apart from
    the verb ``a``.

    >>> words("Quai d’Orsay"), words("à son tour")
    (('quai', "d'", 'orsay'), ('à', 'son', 'tour'))
    """
    f = fold(text)
    return tuple(
        "à" if m.group() == "a" and f.original[f.start(m.start())] == "à" else m.group()
        for m in TOKEN.finditer(f.text)
    )


def split_inverted(token: str) -> tuple[str, str | None]:
    """Split an inverted verb form into the verb and its subject pronoun.

    >>> split_inverted("a-t-il"), split_inverted("dit-elle"), split_inverted("nord-coreen")
    (('a', 'il'), ('dit', 'elle'), ('nord-coreen', None))
    """
    if "-" not in token:
        return token, None
    m = _INVERTED.match(token)
    if m is None:
        return token, None
    return m.group(1), m.group(2)


@attrs.frozen
class VerbForm:
    """One conjugated form of a reporting verb.

    >>> VerbForm("declarer", "pp", False, ()).kind
    'pp'
    """

    #: The infinitive (folded), for reports and tests.
    lemma: str
    #: ``finite`` (present, imperfect, passé simple), ``pp`` (past participle, agreed
    #: forms included), ``ppr`` (present participle) or ``inf``.
    kind: str
    #: Whether the verb is pronominal ("s'inquiéter").
    pronominal: bool
    #: Words that must follow the verb ("savoir" for "faire savoir").
    extra: tuple[str, ...]
    #: Flags of the lexicon row (``incise``, ``decision``).
    flags: frozenset[str] = frozenset()
    #: The form with its accents, lower-cased ("déclaré"): folding merges "déclare" and
    #: "déclaré", the original spelling tells them apart.
    spelled: str = ""


def _soft(stem: str, ending: str) -> str:
    """Keep the consonant soft before a, o: annonc+a -> annonça, jug+a -> jugea."""
    if ending[:1] in ("a", "o", "â"):
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


def conjugate(infinitive: str, parts: str = "") -> dict[str, tuple[str, ...]]:
    """The forms of a verb that news uses to report speech, by kind (not folded).

    ``parts`` is the lexicon's value column: empty for a regular -er or -ir verb, the
    present 3rd person singular for an -er verb whose stem changes, or five principal
    parts ``"present-3sg present-3pl past-participle passé-simple-3sg present-participle"``.

    >>> f = conjugate("annoncer")
    >>> f["finite"]
    ('annonce', 'annoncent', 'annonçait', 'annonçaient', 'annonça', 'annoncèrent')
    >>> f["pp"], f["ppr"]
    (('annoncé', 'annoncée', 'annoncés', 'annoncées'), ('annonçant',))
    >>> conjugate("dire", "dit disent dit dit disant")["finite"]
    ('dit', 'disent', 'disait', 'disaient', 'dit', 'dirent')
    >>> conjugate("répéter", "répète")["finite"][:2], conjugate("avertir")["pp"][0]
    (('répète', 'répètent'), 'averti')
    """
    given = parts.split()
    if len(given) == 5:
        p3, p3pl, pp, ps, ppr = given
    elif infinitive.endswith("er"):
        stem = infinitive[:-2]
        p3 = given[0] if given else stem + "e"
        p3pl = p3 + "nt"
        pp, ps, ppr = stem + "é", _soft(stem, "a"), _soft(stem, "ant")
    elif infinitive.endswith("ir") and not given:
        stem = infinitive[:-2]
        p3, p3pl, pp, ps, ppr = (
            stem + "it",
            stem + "issent",
            stem + "i",
            stem + "it",
            stem + "issant",
        )
    else:
        msg = f"cannot conjugate {infinitive!r} without its principal parts"
        raise ValueError(msg)
    imp = ppr[: -len("ant")]
    ps_pl = infinitive[:-2] + "èrent" if ps.endswith("a") else ps[:-1] + "rent"
    agreed = (pp, pp + "e", pp if pp.endswith("s") else pp + "s", pp + "es")
    return {
        "finite": (p3, p3pl, imp + "ait", imp + "aient", ps, ps_pl),
        "pp": tuple(dict.fromkeys(agreed)),
        "ppr": (ppr,),
        "inf": (infinitive,),
    }


@attrs.frozen
class TitleInfo:
    """What the titles table says about a title noun.

    >>> TitleInfo("maire", frozenset({"elu"}), None, False, False).key
    'maire'
    """

    #: The folded title ("ministre des affaires etrangeres").
    key: str
    #: The other nouns that may refer back to its holder (folded).
    classes: frozenset[str]
    #: ``m``, ``f`` or None.
    gender: str | None
    plural: bool
    #: May refer back to any person ("l'intéressé").
    generic: bool


@attrs.frozen
class Lexicons:
    """Every word list, folded, ready for token lookups.

    >>> ("kremlin",) in lexicons().places
    True
    """

    verbs: dict[str, tuple[VerbForm, ...]]
    titles: dict[tuple[str, ...], TitleInfo]
    title_first: frozenset[str]
    #: The first two words of the titles of two words or more ("premier", "ministre").
    title_pairs: frozenset[tuple[str, str]]
    title_max: int
    honorifics: dict[str, tuple[str | None, bool]]
    pronouns: dict[tuple[str, ...], tuple[str | None, bool, bool]]
    pronoun_first: frozenset[str]
    bodies: frozenset[str]
    places: dict[tuple[str, ...], str]
    place_first: frozenset[str]
    given: dict[str, str | None]
    fillers: frozenset[tuple[str, ...]]
    filler_first: frozenset[str]
    #: The number of words of the longest filler.
    filler_max: int
    name_markers: frozenset[str]
    #: The newspapers and agencies (``agencies.tsv``, folded, also without their article:
    #: « Monde », « Parisien »): a quote that is one names the outlet (« a confié au
    #: « Monde » »).
    outlets: frozenset[str]
    #: The name markers whose name may start with a lower-case letter ("baptisé", "slogan").
    any_case_markers: frozenset[str]
    documents: frozenset[tuple[str, ...]]
    #: Month names, folded, without abbreviations ("mai", "fevrier").
    months: frozenset[str]
    #: The words that open a sentence pointing back at the quote before it ("c'est ce
    #: qu'", "voila ce que"), with "qu'" beside each "que".
    cleft_openings: tuple[tuple[str, ...], ...]
    #: After « pour avoir »: the participles of a quote's author, then the nouns the
    #: demonstrative points at the quote with ("publie", "tenu"; "message", "propos").
    authored_acts: frozenset[str]
    authored_objects: frozenset[str]
    #: The names of political parties, as tokens (``("la", "france", "insoumise")``).
    parties: frozenset[tuple[str, ...]]
    party_first: frozenset[str]
    party_max: int
    #: Nationality nouns and their gender (``"neerlandais": "m"``; None for both).
    demonyms: dict[str, str | None]


def _gender(value: str) -> str | None:
    return value if value in ("m", "f") else None


#: A leading article (folded): « le monde » is also « monde ».
_ARTICLE = re.compile(r"^(?:le |la |les |l')")


def _folded(text: str) -> str:
    """``fold(text).text``; an ASCII word folds to its lower case, without the machinery.

    >>> _folded("Déclaré"), _folded("AFP")
    ('declare', 'afp')
    """
    return text.lower() if text.isascii() else fold(text).text


def _fold_many(texts: list[str]) -> dict[str, str]:
    """``{t: fold(t).text}`` for many short strings, with one :func:`fold` call when that is
    exact: the strings joined by newlines fold character by character (``identity``) and
    every piece keeps its length, so the folded pieces sit where the strings did. Else
    each string is folded alone.

    >>> sorted(_fold_many(["Annoncé", "Décrète", "dit"]).values())
    ['annonce', 'decrete', 'dit']
    """
    uniq = list(dict.fromkeys(t for t in texts if not t.isascii()))
    out = {t: t.lower() for t in texts if t.isascii()}
    if not uniq:
        return out
    joined = "\n".join(uniq)
    f = fold(joined)
    parts = f.text.split("\n")
    if (
        f.identity
        and not any("\n" in t for t in uniq)
        and len(parts) == len(uniq)
        and all(len(a) == len(b) for a, b in zip(parts, uniq, strict=True))
    ):
        out.update(zip(uniq, parts, strict=True))
    else:
        out.update((t, fold(t).text) for t in uniq)
    return out


@functools.cache
def lexicons() -> Lexicons:
    """Load and fold every table once (on first use: ``import frnews`` stays light).

    >>> lx = lexicons()
    >>> lx.titles[("maire",)].classes >= {"elu"}, lx.honorifics["mme"]
    (True, ('f', False))
    """
    verbs: dict[str, list[VerbForm]] = {}
    rows = []
    for e in load_table("reporting_verbs"):
        ws = e.form.split()
        pron = ws[0] in ("se", "s'") or ws[0].startswith(("s'", "s’"))
        if ws[0].startswith(("s'", "s’")):
            ws[0] = ws[0][2:]
        elif ws[0] == "se":
            ws = ws[1:]
        inf, extra = ws[0], tuple(t for w in ws[1:] for t in words(w))
        rows.append((e, inf, pron, extra, conjugate(inf, e.value)))
    folded = _fold_many(
        [r[1] for r in rows] + [f for r in rows for forms in r[4].values() for f in forms]
    )
    for e, inf, pron, extra, conj in rows:
        lemma = folded[inf]
        for kind, forms in conj.items():
            for form in forms:
                vf = VerbForm(lemma, kind, pron, extra, e.flags, form.lower())
                bucket = verbs.setdefault(folded[form], [])
                if vf not in bucket:
                    bucket.append(vf)
    titles: dict[tuple[str, ...], TitleInfo] = {}
    for e in load_table("titles"):
        tkey = words(e.form)
        # written as the heads of mentions are: one word a token ("chef de l' etat")
        classes = frozenset(" ".join(words(c)) for c in e.value.split(",") if c.strip())
        gender = "m" if "m" in e.flags else "f" if "f" in e.flags else None
        titles[tkey] = TitleInfo(
            " ".join(tkey), classes, gender, "pl" in e.flags, "generic" in e.flags
        )
    honorifics: dict[str, tuple[str | None, bool]] = {}
    for e in load_table("honorifics"):
        key = _folded(e.form).rstrip(".")
        honorifics.setdefault(key, (_gender(e.value), "pl" in e.flags))
    pronouns = {
        words(e.form): (_gender(e.value), "pl" in e.flags, "subject" in e.flags)
        for e in load_table("pronouns")
    }
    bodies = {_folded(e.form) for e in load_table("org_heads")}
    places: dict[tuple[str, ...], str] = {}
    for e in load_table("speaker_bodies"):
        if "head" in e.flags:
            bodies.add(_folded(e.form))
        else:
            places[words(e.form)] = e.form
    given = {_folded(e.form): _gender(e.value) for e in load_table("given_names")}
    fillers = frozenset(words(e.form) for e in load_table("cue_fillers"))
    markers = load_table("name_markers")
    parties = frozenset(words(e.form) for e in load_table("parties"))
    return Lexicons(
        verbs={k: tuple(v) for k, v in verbs.items()},
        titles=titles,
        title_first=frozenset(k[0] for k in titles),
        title_pairs=frozenset((k[0], k[1]) for k in titles if len(k) >= 2),
        title_max=max(len(k) for k in titles),
        honorifics=honorifics,
        pronouns=pronouns,
        pronoun_first=frozenset(k[0] for k in pronouns),
        bodies=frozenset(bodies),
        places=places,
        place_first=frozenset(k[0] for k in places),
        given=given,
        fillers=fillers,
        filler_first=frozenset(k[0] for k in fillers),
        filler_max=max(len(k) for k in fillers),
        name_markers=frozenset(_folded(e.form) for e in markers),
        outlets=frozenset(
            form
            for e in load_table("agencies")
            if "platform" not in e.flags
            for form in (_folded(e.form), _ARTICLE.sub("", _folded(e.form)))
        ),
        any_case_markers=frozenset(_folded(e.form) for e in markers if "any-case" in e.flags),
        documents=frozenset(words(e.form) for e in load_table("source_documents")),
        months=frozenset(_folded(e.form) for e in load_table("months") if "abbr" not in e.flags),
        cleft_openings=tuple(
            opening
            for e in load_table("cleft_openings")
            for opening in (words(e.form), (*words(e.form)[:-1], "qu'"))
        ),
        authored_acts=frozenset(
            _folded(e.form) for e in load_table("authored_quotes") if e.value == "act"
        ),
        authored_objects=frozenset(
            _folded(e.form) for e in load_table("authored_quotes") if e.value == "object"
        ),
        parties=parties,
        party_first=frozenset(k[0] for k in parties),
        party_max=max(len(k) for k in parties),
        demonyms={_folded(e.form): _gender(e.value) for e in load_table("demonyms")},
    )
