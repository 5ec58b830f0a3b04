"""Tokens, names and speaker mentions of one paragraph.

A :class:`Para` holds the tokens of a paragraph (or heading) of the folded text: the
lower-cased word, whether it is capitalized, its offsets. On it, this module finds the
*name runs* (capitalized words that form a name: ``Sergueï Lavrov``, ``Philippe de
Gonneville``, ``Yassin E.``, ``KCNA``) and reads a span of tokens as a *mention* of a
speaker: a pronoun, a name with or without an honorific, a title noun phrase
(``le ministre russe``), a body (``la préfecture des Pyrénées-Atlantiques``) or a plain
description (``un diplomate``).

>>> from frnews.text import fold
>>> text = "a déclaré le maire de Marseille, Benoît Payan, présent sur le site."
>>> p = Para.build(text, fold(text, lower=False), 0, len(text), "paragraph")
>>> p.find_runs()
>>> span = postposed_span(p, 2, len(p.low))
>>> m = mention(p, *span)
>>> m.kind, p.text_of(m.t0, m.t1), p.text_of(*m.name)
('person', 'maire de Marseille, Benoît Payan', 'Benoît Payan')
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import sys
from array import array
from collections.abc import Callable, Sequence
from typing import NamedTuple

from frnews.quotes.lex import AUX_AVOIR, AUX_ETRE, TitleInfo, lexicons, split_inverted, token_split
from frnews.text import FoldedText

__all__ = ["Mention", "NameRun", "Para", "clause_subject", "mention", "postposed_span"]

#: Determiners: gender (m, f, None) and number.
DETERMINERS: dict[str, tuple[str | None, bool]] = {
    "le": ("m", False),
    "la": ("f", False),
    "l'": (None, False),
    "les": (None, True),
    "un": ("m", False),
    "une": ("f", False),
    "des": (None, True),
    "du": ("m", False),
    "ce": ("m", False),
    "cet": ("m", False),
    "cette": ("f", False),
    "ces": (None, True),
    "son": (None, False),
    "sa": ("f", False),
    "ses": (None, True),
    "leur": (None, False),
    "leurs": (None, True),
    "notre": (None, False),
    "nos": (None, True),
    "votre": (None, False),
    "vos": (None, True),
}
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})
INDEFINITES = frozenset({"un", "une", "des"})
NUMERALS = frozenset(
    [
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "cent",
        "mille",
        "plusieurs",
        "quelques",  # "Quelques minutes plus tard, …": no name
    ]
)
#: Prepositions that end a subject noun phrase (``de`` and its forms do not: they bring a
#: complement, ``le maire de Marseille``).
PREPOSITIONS = frozenset(
    [
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "sur",
        "sous",
        "par",
        "pour",
        "avec",
        "sans",
        "chez",
        "vers",
        "lors",
        "aupres",
        "devant",
        "derriere",
        "depuis",
        "pendant",
        "apres",
        "avant",
        "selon",
        "contre",
        "entre",
        "parmi",
        "malgre",
        "durant",
        "face",
        "via",
        "outre",
        "jusqu'",
        "jusque",
        "envers",
        "dès",
    ]
)
#: Words that mark a complement: a name after them belongs to the complement
#: (``de Marseille``, ``l'AFP``), not to the person.
COMPLEMENT = frozenset({"de", "du", "des", "d'", "l'", "la", "le", "les"}) | PREPOSITIONS
CONJUNCTIONS = frozenset(
    [
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "que",
        "qu'",
        "qui",
        "dont",
        "lorsque",
        "lorsqu'",
        "quand",
        "comme",
        "si",
        "s'",
        "alors",
        "tandis",
        "puisque",
        "parce",
        "quoique",
        "afin",
    ]
)
#: Words that never start or continue a name, even capitalized at the start of a sentence.
FUNCTION_WORDS = (
    frozenset(DETERMINERS)
    | NUMERALS  # "Plusieurs élus", "Trois ONG"
    | PREPOSITIONS
    | CONJUNCTIONS
    | frozenset(
        [
            "de",
            "du",
            "d'",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "nous",
            "vous",
            "je",
            "j'",
            "tu",
            "c'",
            "ce",
            "cela",
            "ceci",
            "ca",
            "y",
            "en",
            "ne",
            "n'",
            "pas",
            "plus",
            "tres",
            "tout",
            "tous",
            "toute",
            "toutes",
            "aucun",
            "aucune",
            "chaque",
            "selon",
            "apres",
            "avant",
            "mais",
            "cependant",
            "pourtant",
            "ainsi",
            "alors",
            "aussi",
            "enfin",
            "ensuite",
            "hier",
            "aujourd'",
            "demain",
            "lundi",
            "mardi",
            "mercredi",
            "jeudi",
            "vendredi",
            "samedi",
            "dimanche",
            "janvier",
            "fevrier",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "aout",
            "septembre",
            "octobre",
            "novembre",
            "decembre",
            "voici",
            "voila",
            "certes",
            "outre",
            "quant",
            "face",
            "lui",
            "eux",
            "leur",
        ]
    )
)
_OF = frozenset({"de", "du", "des", "d'"})
#: Particles inside a name that starts with a given name (``Philippe de Gonneville``).
PARTICLES = frozenset(
    [
        "de",
        "d'",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "bin",
        "al",
        "el",
        "da",
        "di",
        "dos",
        "del",
        "ter",
        "ten",  # « Erik ten Hag »
    ]
)
#: The particles that continue a name whose first word is not a known given name
#: (``Bénédicte de Perthuis``, ``Valéry Giscard d'Estaing``, ``Ivo van Hove``, ``Dries van
#: Noten``); not ``du`` (``Jean Dupont du Var``: a place).
_OF_PARTICLES = frozenset({"de", "d'", "van", "von", "der", "den", "ter", "ten"})
#: Prepositions made of two words ("auprès de", "face à", "lors de"): the second word.
_COMPOUND_PREP = frozenset({"de", "d'", "du", "des", "à", "au", "aux"})
#: Their first word.
_COMPOUND_HEADS = frozenset({"aupres", "lors", "face"})
#: Words that stop a subject noun phrase read forward (besides punctuation).
#: Where a noun phrase stops: a preposition, a conjunction, an auxiliary, a numeral, and
#: the clitics that open a verb group (« le ministre se veut rassurant », « le maire ne
#: cache pas »).
_NP_STOP = (
    PREPOSITIONS
    | (CONJUNCTIONS - {"et"})
    | AUX_AVOIR
    | AUX_ETRE
    | NUMERALS
    | frozenset(("se", "s'", "ne", "n'"))
)
#: Copulas after a subject: « Le maire reste prudent », « L'entraîneur semble confiant »
#: (not after an article: « le reste des élus »).
COPULAS = frozenset(("reste", "restent", "semble", "semblent", "demeure", "demeurent"))
_SUBORDINATORS = frozenset(
    [
        "que",
        "qu'",
        "si",
        "s'",
        "comme",
        "quand",
        "lorsque",
        "lorsqu'",
        "puisque",
        "quoique",
        "bien",
        "tandis",
        "parce",
    ]
)
#: The token that stands for the inside of a quote, and for one that ends a sentence.
QUOTED = "\x00quoted"
QUOTED_END = "\x00quoted."
_TERMINAL = frozenset({".", "!", "?", "…", QUOTED_END})
_ENDS = _TERMINAL | {"»"}
#: The tokens that may end a sentence (see :meth:`Para.split_sentences`).
ENDS = _ENDS
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mgr", "dr", "pr", "st", "me"})
#: Prepositions after which one capital letter is a platform, not an initial ("a réagi
#: Marine Le Pen sur X.", "via X."): its period may end the sentence.
_PLATFORM_PREPOSITIONS = frozenset({"sur", "via"})
#: The longest noun phrase read, in tokens (bounds the work on run-on text).
NP_MAX = 40
#: The longest sentence, in tokens (the inside of a quote is one): a longer run with no
#: sentence end (run-on text, a list with no full stop) is cut into pieces of at most this
#: many tokens, so that the rules that read a quote's sentence, and the cues in it, do a
#: bounded work for each quote (the longest sentence of the development articles has 79).
SENTENCE_MAX = 250
#: Tokens a cut of a run-on sentence never goes just after (a reporter's colon stays with
#: the quote it opens; a mark with the quote it belongs to).
_NO_CUT_AFTER = frozenset({":", "«", "»", "“", "”", QUOTED, QUOTED_END})
_HARD = frozenset('.!?;:()«»“”"[]…/')
_OPEN_MARKS = frozenset("«“")


class NameRun(NamedTuple):
    """Capitalized tokens that form a name, ``[t0, t1)``.

    >>> NameRun(0, 2, False, False).t1
    2
    """

    t0: int
    t1: int
    #: The run follows ``de``, ``l'``, ``à``…: a place or body in a complement.
    complement: bool
    #: An acronym (``KCNA``, ``AFP``).
    acronym: bool
    #: A political party between a title and a name (``le député Renaissance Sacha
    #: Houlié``, ``la sénatrice LR Sophie Primas``), or a nationality after its article
    #: (``le Néerlandais Max Verstappen``, ``a lâché l'Autrichien``): it qualifies the
    #: person, it is no name.
    qualifier: bool = False


_NO_SOURCE = ("", FoldedText("", ""))
_NO_RUN = NameRun(0, 0, False, False)
#: The articles a party's name may open with (« La France insoumise », « Les Républicains »).
_PARTY_ARTICLES = frozenset({"la", "les", "le"})
#: The articles of a nationality that stands for a person (« le Français », « l'Italienne »).
_DEMONYM_ARTICLES = frozenset({"le", "la", "l'"})
#: After a nationality, what makes it a name or a type, not a person: « la Française des
#: jeux » (a company), « le Français moyen ».
_NOT_A_NATIONAL = frozenset({"de", "des", "du", "d'", "moyen", "moyenne", "type", "lambda"})
#: Words after a participle that opens a sentence ("Invité de …", "Interrogé par …").
_AFTER_PARTICIPLE = frozenset(
    {
        *("de", "d'", "du", "des", "par", "à", "au", "aux", "sur", ","),
        # "Contacté mardi, un conseiller …", "Joint hier par téléphone, …"
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"),
    }
)
#: Tokens after which a capital "A" opens a sentence or a clause: the preposition.
_OPENERS = frozenset(".!?;:«»(-—–")


def _tokens_around(
    folded: str,
    fs: int,
    fe: int,
    holes: Sequence[tuple[int, int, int]],
    split: Callable[[str], list[str]],
) -> tuple[list[str], array[int], array[int], list[tuple[int, int]]]:
    """The tokens of ``[fs, fe)`` with each hole read as one token (see :meth:`Para.build`),
    split by ``split`` (:func:`~frnews.quotes.lex.token_split`)."""
    toks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    inside: list[tuple[int, int]] = []  # (token index, quote)
    pos = fs
    for hs, he, qi in (*holes, (fe, fe, -1)):
        hs, he = max(hs, pos), min(he, fe)
        if hs > pos:
            parts = split(folded[pos:hs])
            acc = list(itertools.accumulate(map(len, parts), initial=pos))
            toks += parts[1::2]
            starts += acc[1:-1:2]
            ends += acc[2::2]
        if qi < 0:
            break
        if he > hs:
            inner = folded[hs:he].rstrip()
            inside.append((len(toks), qi))
            toks.append(QUOTED_END if inner[-1:] in ".!?…" else QUOTED)
            starts.append(hs)
            ends.append(he)
        pos = max(pos, he)
    return toks, array("q", starts), array("q", ends), inside


class Para:
    """The tokens of one paragraph or heading, with their offsets in the folded text.

    >>> from frnews.text import fold
    >>> t = "M. Kim a parlé à l’AFP."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> p.low
    ['m', '.', 'kim', 'a', 'parle', 'à', "l'", 'afp', '.']
    """

    __slots__ = (
        "_names",
        "cap",
        "caps",
        "ends",
        "index",
        "kind",
        "low",
        "quote_of",
        "rcand",
        "run_at",
        "run_starts",
        "runs",
        "sent_of",
        "sentences",
        "source",
        "starts",
        "vcand",
    )

    def __init__(self) -> None:
        # offsets are compact arrays and the lower-cased words are interned: a long text
        # keeps many paragraphs tokenized at once
        self.starts: array[int] = array("q")
        self.ends: array[int] = array("q")
        self.low: list[str] = []
        self.cap: list[bool] = []
        self.caps: list[bool] = []
        self.quote_of: list[int] = []
        self.sent_of: list[int] = []
        self.sentences: list[tuple[int, int]] = []
        self.runs: list[NameRun] = []
        self.run_at: dict[int, NameRun] = {}
        self.run_starts: list[int] = []
        #: Tokens where a reporting verb may start, and where a named mention may start.
        self.vcand: list[int] = []
        self.rcand: list[int] = []
        self._names: set[int] = set()
        self.kind = "paragraph"
        self.index = 0
        self.source: tuple[str, FoldedText] = _NO_SOURCE

    @classmethod
    def build(
        cls,
        text: str,
        cased: FoldedText,
        fs: int,
        fe: int,
        kind: str,
        holes: Sequence[tuple[int, int, int]] = (),
    ) -> Para:
        """Tokenize the folded range ``[fs, fe)`` of ``cased`` (``fold(text, lower=False)``).

        ``holes`` are ``(start, end, quote)`` folded ranges inside it, sorted: the insides
        of quotes, each read as one token (:data:`QUOTED`, or :data:`QUOTED_END` when the
        quoted words end a sentence) whose ``quote_of`` is ``quote``. Rules never look
        inside a quote for the reporter's words, and long quotes cost nothing.

        The work per token is done by C-level built-ins (a regex split, ``accumulate``,
        ``map``): tokenizing stays fast on long articles.
        """
        p = cls()
        p.kind = kind
        p.source = (text, cased)
        folded = cased.text
        inside: list[tuple[int, int]] = []  # (token index, quote)
        window = folded[fs:fe]
        if not holes:
            parts = token_split(window)(window)
            # a list first: an array filled from the generator is slower
            acc = list(itertools.accumulate(map(len, parts), initial=fs))
            toks = parts[1::2]
            starts = array("q", acc[1:-1:2])
            ends = array("q", acc[2::2])
        else:
            toks, starts, ends, inside = _tokens_around(folded, fs, fe, holes, token_split(window))
        low = list(map(sys.intern, map(str.lower, toks)))
        p.starts, p.ends = starts, ends
        p.cap = cap = list(map(operator.ne, toks, low))
        if "a" in low:  # the preposition "à" folds to "a": tell it from the verb
            i = low.index("a")
            start = cased.start
            try:
                while True:
                    c = text[start(starts[i])]
                    if c == "à" or c == "À" or (c == "A" and (i == 0 or toks[i - 1] in _OPENERS)):
                        low[i] = "à"  # "À Matignon", and "A Paris, …" written without accent
                    i = low.index("a", i + 1)
            except ValueError:
                pass
        p.low = low
        n = len(low)
        p.caps = caps = [False] * n
        for k in itertools.compress(range(n), cap):
            w = toks[k]
            caps[k] = len(w) >= 2 and w.isupper() and w.isalpha()
        p.quote_of = quote_of = [-1] * n
        for k, qi in inside:
            quote_of[k] = qi
        p.sent_of = [0] * n
        return p

    def __len__(self) -> int:
        return len(self.low)

    def text_of(self, t0: int, t1: int) -> str:
        """The original text of tokens ``[t0, t1)``."""
        s, e = self.span_of(t0, t1)
        return self.source[0][s:e]

    def span_of(self, t0: int, t1: int) -> tuple[int, int]:
        """The original offsets of tokens ``[t0, t1)``."""
        cased = self.source[1]
        if t1 <= t0:
            s = cased.start(self.starts[t0]) if t0 < len(self.starts) else 0
            return s, s
        if cased.identity:  # folded offsets are original offsets
            return self.starts[t0], self.ends[t1 - 1]
        return cased.span(self.starts[t0], self.ends[t1 - 1])

    def original_word(self, t: int) -> str:
        """The original spelling of token ``t``, lower-cased, apostrophes unified."""
        return self.text_of(t, t + 1).lower().replace("’", "'")

    def is_word(self, t: int) -> bool:
        """Whether token ``t`` is a word (not punctuation)."""
        return self.low[t][0].isalnum()

    # -- sentences -----------------------------------------------------------------

    def split_sentences(self, ends: Sequence[int] | None = None) -> None:
        """Cut the paragraph into sentences; a quote never splits a sentence, but a quote
        that ends with ``.`` and is followed by a capital ends one.

        ``ends``, when given, are the indices of the tokens in :data:`ENDS` (a caller that
        already scanned the tokens passes them)."""
        low, cap, quote_of = self.low, self.cap, self.quote_of
        n = len(low)
        bounds = [0]
        if ends is None:
            ends = [i for i, w in enumerate(low) if w in _ENDS]
        for t in ends:
            if t >= n - 1:
                continue
            w = low[t]
            nxt = t + 1
            if quote_of[t] >= 0 or not (cap[nxt] or low[nxt] in _OPEN_MARKS or low[nxt] == "-"):
                continue
            if w == "»":
                if t > 0 and low[t - 1] in _TERMINAL:
                    bounds.append(nxt)
                continue
            prev = low[t - 1] if t else ""
            if w == "." and (self.initial(t - 1) or prev in _ABBREVIATIONS):
                continue
            bounds.append(nxt)
        bounds.append(n)
        self.sentences = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
        if any(b - a > SENTENCE_MAX for a, b in self.sentences):
            self.sentences = _cut_long(self.sentences, low)
        sent_of: list[int] = []
        for i, (a, b) in enumerate(self.sentences):
            sent_of.extend([i] * (b - a))
        self.sent_of = sent_of

    def initial(self, t: int) -> bool:
        """Whether token ``t`` is one capital letter that reads as an initial (``Yassin E.``,
        ``J. Dupont``), not a platform after ``sur`` or ``via`` (``a réagi sur X.``).

        >>> from frnews.text import fold
        >>> t = "Karim T. a réagi sur X. Il"
        >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
        >>> p.initial(1), p.initial(6)
        (True, False)
        """
        if t < 0 or len(self.low[t]) != 1 or not self.cap[t]:
            return False
        return t == 0 or self.low[t - 1] not in _PLATFORM_PREPOSITIONS

    # -- names ---------------------------------------------------------------------

    def find_runs(self) -> None:
        """Find the name runs of the paragraph."""
        lx = lexicons()
        low, caps = self.low, self.caps
        runs: list[NameRun] = []
        t = 0
        self._names = names = self._names_of()
        first, pairs = lx.title_first, lx.title_pairs
        for c in sorted(names):
            if c < t:
                continue
            if (c == 0 or low[c - 1] in _OPENERS or low[c] in first) and self._no_name(c, pairs):
                # "Premier ministre", "Secrétaire général": a title, capitalized, is no
                # name; nor is a participle that opens a sentence ("Invité de …")
                names.discard(c)
                continue
            t = c
            party = self._party_end(c) if c > 0 and low[c - 1] not in _OPENERS else c
            if party > c:  # "le député Renaissance Sacha Houlié": the party, then the name
                s = c - 1 if low[c - 1] in _PARTY_ARTICLES else c
                runs.append(NameRun(s, party, False, party == c + 1 and caps[c], True))
                t = party
                continue
            if (
                c > 0
                and low[c] in lx.demonyms
                and low[c - 1] in _DEMONYM_ARTICLES
                and (c + 1 >= len(low) or low[c + 1] not in _NOT_A_NATIONAL)
            ):
                runs.append(NameRun(c, c + 1, False, False, True))  # "le Néerlandais Max …"
                t = c + 1
                continue
            if caps[t]:  # an acronym stands alone
                runs.append(NameRun(t, t + 1, t > 0 and low[t - 1] in COMPLEMENT, True))
                t += 1
                continue
            s = t
            t = self._run_end(t)
            # after "de", "l'", "à"… or a number ("à 20 Minutes Sophie Lenoir"), or the
            # noun of a body ("l'association Restos du cœur", "l'ONG Médecins sans …";
            # not a given name: « le président du syndicat Jean-Marc Dupuis »)
            comp = s > 0 and (
                low[s - 1] in COMPLEMENT
                or low[s - 1].isdigit()
                or (low[s - 1] in _BODY_NOUNS and low[s] not in lx.given)
            )
            if t == s + 1 and low[s] in lx.given:
                t = self._particle_end(t, PARTICLES)
            elif self._before_particle(s, t, comp):
                t = self._particle_end(t, _OF_PARTICLES)
            # "du Logement Olivier Klein", "de Marseille Dominique Laurens": the place
            # belongs to the complement, the person's name follows it; but a given name
            # and one word after it are one name ("selon Jean Martin", "pour Paul Bernard":
            # surnames that are also given names)
            cut = None
            if comp and (t - s >= 3 or (t - s == 2 and low[s] not in lx.given)):
                cut = next((i for i in range(s + 1, t) if low[i] in lx.given), None)
                if (
                    cut is None
                    and t - s >= 3
                    and low[s] not in lx.given
                    and (
                        low[s - 1] in _OF
                        # "de la Défense Yoav Gallant", "de l'Intérieur …"
                        or (low[s - 1] in ("la", "l'") and s >= 2 and low[s - 2] == "de")
                    )
                ):
                    cut = s + 1
            elif t - s >= 3 and low[s] not in lx.given:
                # « le prix Nobel Denis Mukwege », « le manager Red Bull Christian Horner »,
                # « devant le palais Bourbon Jean-Luc Mélenchon »: the person's name starts
                # at its given name, one word at least after it
                cut = next((i for i in range(s + 1, t - 1) if low[i] in lx.given), None)
            if cut is not None:
                runs.append(NameRun(s, cut, True, False))
                runs.append(NameRun(cut, t, False, False))
                continue
            runs.append(NameRun(s, t, comp, False))
        self.runs = runs
        self.run_at = {r.t0: r for r in runs}
        self.run_starts = [r.t0 for r in runs]

    def _party_end(self, c: int) -> int:
        """Where the name of a party that starts at ``c`` (or at its article, ``La
        France insoumise``) ends, or ``c``: only after a title (``le député Renaissance``,
        ``la sénatrice La France insoumise``, ``le maire PS de``), where the party
        qualifies it."""
        lx = lexicons()
        low = self.low
        k = c - 1 if low[c - 1] in _PARTY_ARTICLES else c
        if low[k] not in lx.party_first or k == 0 or not self._after_title(k):
            return c
        for n in range(min(lx.party_max, len(low) - k), 0, -1):
            if tuple(low[k : k + n]) in lx.parties:
                return k + n if k + n > c else c
        return c

    def _after_title(self, k: int) -> bool:
        """Whether a title ends right before token ``k`` (``député``, ``président du
        groupe``: its last word or two; ``groupe``; ``(`` of « le député (LFI) »)."""
        lx = lexicons()
        low = self.low
        j = k - 1 if low[k - 1] == "(" else k
        if j > 0 and low[j - 1] == "groupe":  # "la présidente du groupe Écologiste …"
            return True
        if (  # an adjective between: "le député européen Renaissance Bernard Guetta"
            j > 1
            and not self.cap[j - 1]
            and low[j - 1].isalpha()
            and low[j - 1] not in lx.title_first
            and self._title_ends(j - 1)
        ):
            return True
        return self._title_ends(j)

    def _title_ends(self, j: int) -> bool:
        """Whether a title of the table ends right before token ``j``."""
        lx = lexicons()
        low = self.low
        return any(tuple(low[j - n : j]) in lx.titles for n in range(1, min(lx.title_max, j) + 1))

    def _before_particle(self, s: int, t: int, comp: bool) -> bool:
        """Whether the run ``[s, t)``, not a given name alone, may go on with ``de`` and a
        capitalized word (``Bénédicte de Perthuis``, ``Geoffroy Roux de Bézieux``): one or
        two words outside a complement that open no body or place (``Banque de France``,
        ``Conseil d'État`` stay apart)."""
        lx = lexicons()
        low = self.low
        return not comp and t - s <= 2 and low[s] not in lx.bodies and low[s] not in lx.place_first

    def _particle_end(self, t: int, particles: frozenset[str]) -> int:
        """The end of the name that goes on at ``t`` with ``particles`` and a capitalized
        word (``de Gonneville``, ``von der Leyen``, ``de La Raudière``), or ``t``."""
        low, cap, caps = self.low, self.cap, self.caps
        n = len(low)
        k = t
        while (
            k < n
            and k < t + 3
            and (
                low[k] in particles
                # « Anne de la Tour », after a given name alone (not « Luc Bernard de la
                # Croix-Rouge », a body's complement)
                or (low[k] == "la" and k > t and low[k - 1] == "de" and particles is PARTICLES)
            )
        ):
            k += 1
        if t < k < n - 1 and cap[k] and low[k] in ("la", "le") and self._namey(k + 1):
            k += 1  # "Laure de La Raudière"
        if t < k < n and self._namey(k) and not caps[k]:
            return self._run_end(k)
        return t

    def _namey(self, t: int) -> bool:
        return t in self._names

    def _names_of(self) -> set[int]:
        """The tokens that may be part of a name: capitalized words that are not function
        words or honorifics."""
        hon = lexicons().honorifics
        low = self.low
        n = len(low)
        return {
            t
            for t in itertools.compress(range(n), self.cap)
            if low[t][0].isalpha()
            and low[t] not in FUNCTION_WORDS
            and (low[t] not in hon or (t + 1 < n and low[t + 1] == "-"))
        }

    def _no_name(self, t: int, pairs: frozenset[tuple[str, str]]) -> bool:
        """Whether the capitalized word at ``t`` is a title of two words or more, or a
        participle that opens its sentence."""
        low = self.low
        if t + 1 < len(low) and (low[t], low[t + 1]) in pairs and _long_title_at(self, t):
            return True
        return self._opening_participle(t)

    def _opening_participle(self, t: int) -> bool:
        """Whether token ``t`` opens a sentence with a participle and its complement
        ("Invité de France Inter, …", "Interrogé par l'AFP, …"): no name."""
        low = self.low
        if t > 0 and low[t - 1] not in _OPENERS:
            return False
        if low[t][-1] not in "es" or t + 1 >= len(low) or low[t + 1] not in _AFTER_PARTICIPLE:
            return False
        word = self.original_word(t)
        return word.endswith(("é", "ée", "és", "ées")) and low[t] not in lexicons().given

    def _run_end(self, t: int) -> int:
        low, cap, caps, names = self.low, self.cap, self.caps, self._names
        n = len(low)
        first = t
        while t < n:
            if (
                t > first
                and cap[t]
                and low[t] in ("le", "la", "de", "du", "des")
                and t + 1 < n
                and t + 1 in names
                and not caps[t + 1]
            ):
                t += 1  # "Marine Le Pen", "Agnès Firmin Le Bodo"
                continue
            if (
                t > first
                and low[t] in ("der", "den")
                and low[t - 1] == "van"
                and t + 1 < n
                and t + 1 in names
            ):
                t += 1  # "Tinne Van der Straeten", "Marc Van den Berghe"
                continue
            if t not in names or (caps[t] and not (t > first and low[first] in lexicons().given)):
                break  # an acronym stands alone, but "Jean-Pierre DUVAL" is one name
            if len(low[t]) == 1 and t + 1 < n and low[t + 1] == "." and self.initial(t):
                t += 2  # an initial: "Yassin E."; in the middle, "George W. Bush"
                if (
                    t == first + 3
                    and t < n
                    and t in names
                    and not caps[t]
                    and low[first] in lexicons().given
                    and low[t] not in _NOT_A_SURNAME
                ):
                    continue
                break
            t += 1
        return t


#: Capitalized words after an initial that start a sentence rather than end a name.
_NOT_A_SURNAME = frozenset(
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "selon", "pour")
)


#: The nouns of a body whose name follows them: the name is the body's, no person's
#: (« le directeur de l'association Restos du cœur, Paul Dubois »).
_BODY_NOUNS = frozenset(
    ("association", "ong", "collectif", "syndicat", "federation", "fondation", "entreprise")
)


class Mention(NamedTuple):
    """A speaker mention read from a span of tokens.

    ``[t0, t1)`` is the mention without its determiner and appositions
    (``maire de Marseille``); ``name`` the name run that names it, if any.

    >>> Mention("title", 3, 5).kind
    'title'
    """

    #: ``pronoun``, ``rel`` (``qui``), ``person``, ``body``, ``group``, ``title`` (a title
    #: noun without a name), ``desc`` (another noun: ``un diplomate``).
    kind: str
    t0: int
    t1: int
    #: The name run ``(t0, t1)`` that names the speaker, if any.
    name: tuple[int, int] | None = None
    #: The folded head noun (title key, body noun, description noun, pronoun).
    head: str = ""
    title: TitleInfo | None = None
    gender: str | None = None
    plural: bool = False
    #: The determiner (``le``, ``un``, ``cette``…), if any.
    det: str | None = None
    #: The honorific, if any (``m``, ``mme``).
    honorific: str | None = None
    #: Where the whole subject ends (appositions included).
    end: int = 0
    #: Where the title noun ends (``président| russe``), -1 without a title before a name.
    title_end: int = -1


def _title_at(p: Para, i: int, lim: int) -> tuple[TitleInfo, int] | None:
    lx = lexicons()
    if i >= lim or p.low[i] not in lx.title_first:
        return None
    for k in range(min(lx.title_max, lim - i), 0, -1):
        info = lx.titles.get(tuple(p.low[i : i + k]))
        if info is not None:
            return info, i + k
    return None


def _long_title_at(p: Para, i: int) -> bool:
    """Whether a title of two words or more starts at ``i`` ("Premier ministre",
    "Secrétaire général"): capitalized, it is still no name."""
    found = _title_at(p, i, len(p.low))
    return found is not None and found[1] - i >= 2


#: Adjectives that may stand before a title ("l'ancien Premier ministre").
TITLE_ADJECTIVES = frozenset(
    ["ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle"]
)


def _place_at(p: Para, i: int, lim: int) -> int:
    lx = lexicons()
    if i >= lim or p.low[i] not in lx.place_first or not p.cap[i]:
        return i
    for k in range(min(4, lim - i), 0, -1):
        if tuple(p.low[i : i + k]) in lx.places:
            return i + k
    return i


def _pronoun_at(p: Para, i: int, lim: int) -> tuple[tuple[str | None, bool, bool], int] | None:
    lx = lexicons()
    if i >= lim or p.low[i] not in lx.pronoun_first:
        return None
    for k in range(min(3, lim - i), 0, -1):
        info = lx.pronouns.get(tuple(p.low[i : i + k]))
        if info is not None:
            return info, i + k
    return None


def _filler_end(p: Para, i: int, lim: int) -> int:
    """The end of a filler word or phrase at ``i`` ("également", "plus tard"), or ``i``."""
    lx = lexicons()
    if i >= lim or p.low[i] not in lx.filler_first:
        return i
    for k in range(min(lx.filler_max, lim - i), 0, -1):
        if tuple(p.low[i : i + k]) in lx.fillers:
            return i + k
    return i


def _date_end(p: Para, i: int, lim: int) -> int:
    """The end of a date written out at ``i`` ("21 mai", "le 1er mars 2023"), or ``i``:
    it may stand between a reporting verb and its subject like a filler ("a affirmé
    dimanche 21 mai la ministre").

    >>> from frnews.text import fold
    >>> t = "a dit le 21 mai 2023 le maire"
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> p.text_of(2, _date_end(p, 2, len(p)))
    'le 21 mai 2023'
    """
    low = p.low
    t = i + 1 if i < lim and low[i] in ("le", "ce") else i
    if t + 1 >= lim:
        return i
    day = low[t]
    # isdecimal, not isdigit: int() refuses superscripts (« le ³ mai »)
    if not (day == "1er" or (day.isdecimal() and len(day) <= 2 and 1 <= int(day) <= 31)):
        return i
    if low[t + 1] not in lexicons().months:
        return i
    t += 2
    if t < lim and low[t].isdecimal() and len(low[t]) == 4:
        t += 1
    return t


def _adverb(w: str) -> bool:
    return len(w) > 6 and w.endswith("ment") and w not in lexicons().bodies


#: Endings of past participles ("citée", "interrogés", "saisi", "reçue", "joint").
_PARTICIPLE_ENDS = (
    "e",
    "es",
    "i",
    "is",
    "ie",
    "ies",
    "u",
    "us",
    "ue",
    "ues",
    "int",
    "inte",
    "ints",
)


def _main_end(p: Para, a: int, lim: int) -> int:
    """Where the noun phrase that starts at ``a`` ends, appositions excluded."""
    lx = lexicons()
    low, cap, run_at = p.low, p.cap, p.run_at
    filler_first, bodies, verbs = lx.filler_first, lx.bodies, lx.verbs
    title_first, names = lx.title_first, p._names
    t = a
    lim = min(lim, a + NP_MAX)
    if t + 1 < lim and low[t] in lx.honorifics and low[t + 1] == ".":
        t += 2
    after_name = False
    # a body's name may go on in lower case: "le syndicat Force ouvrière"
    body = low[a] in bodies or (a + 1 < lim and low[a] in DETERMINERS and low[a + 1] in bodies)
    while t < lim:
        w = low[t]
        if w == "(" and t > a and not after_name:  # "le député (LFI) Éric Coquerel"
            e = _skip_paren(p, t, lim)
            r = run_at.get(e) if e > t + 2 else None
            if r is not None and not (r.complement or r.acronym or r.qualifier):
                t = e
                continue
        if w in _HARD or w == ",":
            break
        if w in title_first and t + 1 < lim and low[t + 1] in _NP_STOP:
            title = _title_at(p, t, lim)  # "le metteur en scène Thomas Jolly"
            if title is not None and title[1] > t + 1:
                t = title[1]
                continue
        if t > a:
            if w in NUMERALS and low[t - 1] in COMPLEMENT:
                t += 1
                continue
            if w in ("au", "aux", "à"):  # "le chercheur au CNRS Vincent Tiberj"
                k = t + 1 + (t + 1 < lim and low[t + 1] == "l'")
                r = run_at.get(k + 1) if k + 1 < lim and p.caps[k] else None
                if r is not None and not r.acronym and low[k + 1] in lx.given:
                    t = k  # (a person's given name: not "au CNRS Île-de-France")
                    continue
            if w in _NP_STOP or (w in filler_first and _filler_end(p, t, lim) > t):
                break
            if w in COPULAS and low[t - 1] not in DETERMINERS and not cap[t]:
                break
            if (  # a participle with its agent: "une source policière citée par l'AFP"
                t + 1 < lim
                and low[t + 1] == "par"
                and not cap[t]
                and w.endswith(_PARTICIPLE_ENDS)
                and w not in title_first
                and w not in bodies
            ):
                break
            if w.endswith("aient") and not cap[t] and len(w) > 6:
                break  # a verb in the imperfect: "Les travailleurs attendaient leurs délégués"
            if (
                len(w) > 6  # an adverb: _adverb(w)
                and w.endswith("ment")
                and w not in bodies
                and not cap[t]
                and low[t - 1] not in COMPLEMENT
            ):
                break
            if (
                w in verbs
                and low[t - 1] not in DETERMINERS
                and not cap[t]
                and not _title_at(p, t, lim)
                and any(f.kind in ("ppr", "finite", "pp") for f in verbs[w])
            ):
                break
            if after_name and w == "et" and t + 1 < lim and t + 1 in run_at:
                t += 1  # "MM. Kim et Poutine", "Corinne Serfati et Andrea Assor-Doukhan"
                continue
            if after_name and not cap[t] and w not in ("de", "d'", "du", "des") and not body:
                break
        run = run_at.get(t)
        if run is not None:
            after_name = after_name or not (run.complement or run.qualifier)
            t = max(run.t1, t + 1)
            continue
        if (  # a capitalized word after the head is a name; a title ("Premier") is none
            cap[t]
            and not after_name
            and t > a
            and w[0].isalpha()
            and low[t - 1] not in COMPLEMENT
            and (w not in title_first or t in names)
        ):
            after_name = True
        t += 1
    return t


def _apposition_start(p: Para, i: int, lim: int) -> bool:
    """Whether an apposition starts at ``i`` (after a comma): a name, a title with or
    without determiner."""
    if i >= lim:
        return False
    run = p.run_at.get(i)
    if run is not None and not run.acronym:
        return True
    if p.low[i] in lexicons().honorifics and p.cap[i]:
        return True
    j = i + 1 if p.low[i] in DETERMINERS else i
    return _title_at(p, j, lim) is not None


def postposed_span(p: Para, i: int, lim: int) -> tuple[int, int, int] | None:
    """Read the subject that follows a reporting verb, from token ``i``.

    Skips fillers ("lundi", "également") and prepositional phrases ("aux journalistes",
    "dans un communiqué", "à l'AFP"), then reads the noun phrase and its appositions.
    Returns ``(start, main_end, end)`` or None.

    >>> from frnews.text import fold
    >>> t = "a déclaré aux journalistes le porte-parole, John Kirby."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> p.find_runs()
    >>> s, main, end = postposed_span(p, 2, len(p))
    >>> p.text_of(s, main), p.text_of(s, end)
    ('le porte-parole', 'le porte-parole, John Kirby')
    """
    lx = lexicons()
    low = p.low
    t = i
    lim = min(lim, i + 2 * NP_MAX)
    commas = 0
    for _ in range(8):
        if t < lim and low[t] == "," and commas < 2:  # "a lâché, la voix nouée, Jeanne
            commas += 1  # Morin"; "a assuré dimanche, dans un entretien au JDD, le ministre"
            k = t + 1
            while (
                k < min(lim, t + 8)
                and p.is_word(k)
                and p.quote_of[k] < 0
                and low[k] not in lx.verbs
                and low[k] not in AUX_AVOIR
            ):
                k += 1
            if k > t + 1 and k < lim and low[k] == ",":
                t = k + 1
        if t >= lim:
            return None
        e = _filler_end(p, t, lim)
        if e == t:
            e = _date_end(p, t, lim)  # "a affirmé dimanche 21 mai la ministre"
        if e == t and low[t].endswith("ment") and _adverb(low[t]) and not p.cap[t]:
            e = t + 1  # "lâche sèchement le ministre"
        if e == t:
            e = _skip_paren(p, t, lim)  # "a réagi sur X (ex-Twitter) le président"
        if e > t:
            t = e
            continue
        if low[t] in PREPOSITIONS:
            # a prepositional phrase: its noun phrase, up to the next determiner or name
            t += 1
            if t < lim and low[t] in _COMPOUND_PREP and low[t - 1] in _COMPOUND_HEADS:
                t += 1  # "auprès de l'AFP", "face à la presse", "au nom du gouvernement"
            if t < lim and low[t] in DETERMINERS:
                t += 1
            if t + 1 < lim and low[t].isdigit() and t + 1 in p.run_at:
                t += 1  # "à 20 Minutes"
            if t < lim and t in p.run_at:
                t = p.run_at[t].t1
                while t + 1 < lim and low[t] in _OF and p.run_at.get(t + 1, _NO_RUN).complement:
                    t = p.run_at[t + 1].t1  # "à la Tribune de Genève Pierre Maudet"
            else:
                while t < lim and low[t] not in DETERMINERS and low[t] not in _HARD:
                    if low[t] == "," or t in p.run_at or low[t] in lx.honorifics:
                        break
                    if low[t] in PREPOSITIONS:
                        break
                    t += 1
                run = p.run_at.get(t) if t < lim else None
                if run is not None and run.t1 < lim:
                    w = low[run.t1]  # "au micro de BFMTV le maire", "sur son compte X M. Kim"
                    if w in DETERMINERS or w in lx.honorifics or run.t1 in p.run_at:
                        t = run.t1
            continue
        break
    if t >= lim or low[t] in _HARD or low[t] == ",":
        return None
    start = t
    pron = _pronoun_at(p, t, lim)
    if pron is not None:
        return start, pron[1], pron[1]
    main = _main_end(p, start, lim)
    if main == start:
        return None
    end = _skip_paren(p, main, lim)
    if end < lim and low[end] in PREPOSITIONS:  # "la présidente du groupe écologiste à
        k = end + 1  # l'Assemblée, Cyrielle Chatelain"
        while k < min(lim, end + 6) and p.is_word(k) and low[k] not in PREPOSITIONS:
            k += 1
        if k < lim and low[k] == "," and p.run_at.get(k + 1, _NO_RUN).t1 > k + 1:
            run = p.run_at[k + 1]
            if (
                not run.acronym
                and not run.complement
                and (run.t1 - run.t0 >= 2 or low[run.t0] in lx.given)
            ):
                end = k
    for _ in range(3):
        if end < lim and low[end] == "," and _apposition_start(p, end + 1, lim):
            nxt = _main_end(p, end + 1, lim)
            if nxt <= end + 1:
                break
            end = nxt
        else:
            break
    return start, main, end


def _skip_paren(p: Para, t: int, lim: int) -> int:
    """Skip a short parenthesis at ``t`` ("(Gard)", "(OFAG)"); return where it ends."""
    if t < lim and p.low[t] == "(":
        for k in range(t + 1, min(t + 8, lim)):
            if p.low[k] == ")":
                return k + 1
    return t


def _cut_long(sentences: list[tuple[int, int]], low: Sequence[str]) -> list[tuple[int, int]]:
    """The sentences, those longer than :data:`SENTENCE_MAX` tokens cut into pieces of at
    most that many: each cut goes after a comma or a semicolon among the last half of the
    piece's tokens when there is one, else at the last token that is not just after a
    colon, a quote mark or a quote, else at the limit.

    >>> low = ["il", "a", "dit", ","] * 100
    >>> [b - a for a, b in _cut_long([(0, 400)], low)]
    [248, 152]
    """
    out: list[tuple[int, int]] = []
    for a, b in sentences:
        while b - a > SENTENCE_MAX:
            limit = a + SENTENCE_MAX
            half = a + SENTENCE_MAX // 2
            cut = next((c for c in range(limit, half, -1) if low[c - 1] in (",", ";")), 0)
            if not cut:
                cut = next(
                    (c for c in range(limit, half, -1) if low[c - 1] not in _NO_CUT_AFTER), limit
                )
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def clause_subject(p: Para, s: int, v: int) -> tuple[int, int, int] | None:
    """Read the subject at the start of the clause ``[s, v)``, before the verb at ``v``.

    Skips a leading conjunction, adverb or adverbial phrase ended by a comma. Returns
    ``(start, main_end, end)`` or None.

    >>> from frnews.text import fold
    >>> t = "Lors du dîner, le ministre russe a salué le soutien."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> p.find_runs()
    >>> s, main, end = clause_subject(p, 0, p.low.index("a"))
    >>> p.text_of(s, main)
    'le ministre russe'
    """
    low = p.low
    t = s
    v = min(v, s + 2 * NP_MAX)
    while t < v and (low[t] in ("mais", "et", "puis", "donc", "alors", "certes") or low[t] == ","):
        t += 1
    if t < v and low[t] in _SUBORDINATORS:  # "Alors que …, le ministre a dit"
        c = next((k for k in range(t, v) if low[k] == ","), None)
        if c is None:
            return None
        t = c + 1
    # leading adverbial phrases: "Lors d'un dîner de bienvenue, il a salué"
    for _ in range(3):
        if t < v and (low[t] in PREPOSITIONS or _filler_end(p, t, v) > t or _adverb(low[t])):
            c = next((k for k in range(t, v) if low[k] == ","), None)
            if c is None:
                break
            t = c + 1
        else:
            break
    if t >= v:
        return None
    pron = _pronoun_at(p, t, v)
    if pron is not None:
        return t, pron[1], pron[1]
    main = _main_end(p, t, v)
    if main == t:
        return None
    end = main
    while end < v and low[end] == ",":
        c = next((k for k in range(end + 1, v) if low[k] == ","), v)
        end = c
    return t, main, end


def mention(p: Para, a: int, main: int, end: int | None = None) -> Mention | None:
    """Read tokens ``[a, main)`` (appositions up to ``end``) as a speaker mention.

    >>> from frnews.text import fold
    >>> t = "la procureure de la République de Marseille Dominique Laurens"
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> p.find_runs()
    >>> m = mention(p, 0, len(p.low))
    >>> m.kind, m.head, m.gender, p.text_of(*m.name)
    ('person', 'procureure de la republique', 'f', 'Dominique Laurens')
    """
    lx = lexicons()
    low = p.low
    end = main if end is None else end
    if a >= main:
        return None
    pron = _pronoun_at(p, a, main)
    if pron is not None:
        (g, pl, _subj), e = pron
        return Mention("pronoun", a, e, head=" ".join(low[a:e]), gender=g, plural=pl, end=e)
    if low[a] == "qui":
        return Mention("rel", a, a + 1, head="qui", end=a + 1)
    # honorific + name
    hon = low[a] if low[a] in lx.honorifics and p.cap[a] else None
    if hon is not None:
        j = a + 1 + (a + 1 < main and low[a + 1] == ".")
        run = p.run_at.get(j)
        if run is not None:
            g, pl = lx.honorifics[hon]
            return Mention(
                "group" if pl else "person",
                a,
                max(run.t1, main),
                name=(run.t0, run.t1),
                head=hon,
                gender=g,
                plural=pl,
                honorific=hon,
                end=end,
            )
    one = a + (low[a] == "l'")
    if (
        one + 2 < main
        and low[one] in ("un", "une")
        and low[one + 1] in ("de", "des", "d'")
        and not p.cap[one + 2]
    ):
        # « un de ses proches », « l'un des avocats de la famille, Me Jean Tamalet »: one
        # of the group the phrase names, or the person named in apposition
        m = mention(p, one + 2, main, end)
        if m is not None and m.kind in ("group", "title", "desc"):
            kind = "title" if m.kind == "group" and m.title is not None else m.kind
            if m.kind == "group" and m.title is None:
                kind = "desc"
            g = m.gender or ("f" if low[one] == "une" else None)
            return m._replace(kind=kind, plural=False, gender=g, det=low[one])
        return m
    i = a
    det = None
    gender: str | None = None
    plural = False
    if low[i] in DETERMINERS and i + 1 < main:
        det = low[i]
        if det in ("notre", "nos"):
            return None  # "selon nos informations": the newspaper itself
        gender, plural = DETERMINERS[det]
        i += 1
    bare = i
    doc = _document_end(p, i, main)
    if doc is not None:  # "un communiqué de la préfecture": the préfecture speaks
        return mention(p, doc, main, end)
    if (low[i],) in lx.documents and not p.cap[i]:
        return None  # "le texte prévoit …": a document with no author says nothing
    if i < main and (low[i] in NUMERALS or low[i].isdigit()):
        plural = True
        i += 1
    if i >= main:
        return None
    if low[i] in TITLE_ADJECTIVES and _title_at(p, i + 1, main) is not None:
        i += 1  # "l'ancien Premier ministre Édouard Philippe"
    # a capital or palace standing for a government: "le Kremlin", "Moscou"
    pe = _place_at(p, i, main)
    if pe > i:
        return Mention("body", bare, pe, name=(i, pe), head=" ".join(low[i:pe]), det=det, end=end)
    run = p.run_at.get(i)
    if run is not None and run.qualifier and low[i] in lx.demonyms:
        return _demonym_mention(p, bare, i, run.t1, main, end, det)
    if det is None and run is not None and run.t0 == i:
        first = low[i]
        if run.t1 + 1 < main and low[run.t1] == "et" and run.t1 + 1 in p.run_at:
            # "Marine Le Pen et Jordan Bardella": the two of them
            return Mention(
                "group", i, main, name=(run.t0, run.t1), head=first, plural=True, end=end
            )
        g = lx.given.get(first)
        if (
            run.acronym
            or (run.t1 - run.t0 == 1 and "-" in first and first not in lx.given)
            or tuple(low[run.t0 : run.t1]) in lx.parties  # "Renaissance", "Les Républicains"
        ):
            kind = "body"
        else:
            kind = "person"
        info = _apposed_title(p, run.t1, end) if kind == "person" else None
        if info is not None:
            g = g or info.gender
        return Mention(
            kind, i, run.t1, name=(run.t0, run.t1), head=first, title=info, gender=g, end=end
        )
    title = _title_at(p, i, main)
    if title is not None:
        info, te = title
        gender = info.gender or gender
        plural = plural or info.plural
        named = _apposed_name(p, te, end)
        if (
            named is not None
            and det in ("un", "une")
            and named[1] - named[0] == 1
            and named[0] == te
            and low[named[0]] not in lx.given
        ):
            named = None  # "un député Renaissance", "une élue Horizons": a party, no name
        if named is not None and info.plural and named[0] > te:
            named = None  # "les salariés de l'usine Michelin": a name of the complement
        if det is None and end > te and _title_list(p, te, end):
            return Mention("group", bare, end, head=info.key, title=info, plural=True, end=end)
        if named is not None:
            # "le porte-parole …, Prisca Thevenot": the given name tells more than "le"
            g = info.gender or lx.given.get(low[named[0]]) or gender
            return Mention(
                "person",
                bare,
                max(main, named[1]),
                name=named,
                head=info.key,
                title=info,
                gender=g,
                det=det,
                end=end,
                title_end=te,
            )
        kind = "group" if plural else "title"
        return Mention(
            kind,
            bare,
            main,
            head=info.key,
            title=info,
            gender=gender,
            plural=plural,
            det=det,
            end=end,
            title_end=te,
        )
    if low[i] in lx.bodies:
        return Mention("body", bare, main, head=low[i], det=det, plural=plural, end=end)
    if not p.is_word(i) or (p.cap[i] and det is None) or low[i] in FUNCTION_WORDS:
        return None
    if run is not None and run.t0 == i:  # "la Maison-Blanche", "l'OFAG"
        return Mention("body", bare, main, name=(run.t0, run.t1), head=low[i], det=det, end=end)
    if not plural:  # "l'infectiologue Karine Lacombe", "le chanteur Stromae"
        named = _apposed_name(p, i + 1, end)
        if named is not None and named[0] <= i + 3:
            g = lx.given.get(low[named[0]]) or gender  # "le médecin Marie Roux"
            return Mention(
                "person",
                bare,
                max(main, named[1]),
                name=named,
                head=low[i],
                gender=g,
                det=det,
                end=end,
            )
    kind = "group" if plural else "desc"
    return Mention(kind, bare, main, head=low[i], gender=gender, plural=plural, det=det, end=end)


def _demonym_mention(
    p: Para, bare: int, i: int, e: int, main: int, end: int, det: str | None
) -> Mention:
    """A nationality after its article: with a name after it, that person, who takes the
    nationality as a title (« le Néerlandais Max Verstappen »; a name of one word that is
    no given name is a body: « l'Américain Apple », « le Brésilien Neymar »); alone, a
    title that refers back to a person (« a lâché l'Autrichien »: see ``_of_nationality``
    in :mod:`frnews.quotes.attribute`)."""
    head = p.low[i]
    gender = lexicons().demonyms[head]
    info = TitleInfo(head, frozenset(), gender, False, False)
    named = _apposed_name(p, e, end)
    if named is not None and named[0] == e:
        lx = lexicons()
        if named[1] - named[0] == 1 and p.low[named[0]] not in lx.given:
            # « l'Américain Apple », « le Japonais Sony »: a company as often as a person
            # known by one name (« le Brésilien Neymar »); a body, named
            return Mention(
                "body", bare, max(main, named[1]), name=named, head=head, det=det, end=end
            )
        g = lx.given.get(p.low[named[0]]) or gender
        return Mention(
            "person",
            bare,
            max(main, named[1]),
            name=named,
            head=head,
            title=info,
            gender=g,
            det=det,
            end=end,
        )
    return Mention(
        "title", bare, e, head=head, title=info, gender=gender, det=det, end=end, title_end=e
    )


@functools.cache
def _document_first() -> frozenset[str]:
    """The first words of the document nouns (``communique``, ``chiffres``…)."""
    return frozenset(k[0] for k in lexicons().documents)


def _document_end(p: Para, i: int, main: int) -> int | None:
    """After a document noun and its "de" ("communiqué de", "chiffres du"), where the
    noun phrase of its author starts; else None."""
    if i >= main or p.low[i] not in _document_first():
        return None
    docs = lexicons().documents
    for k in (1, 2):
        if tuple(p.low[i : i + k]) in docs and i + k < main:
            j = i + k
            w = p.low[j]
            if w in ("de", "d'") and j + 1 < main:
                return j + 1
            if w in ("du", "des") and j + 1 < main:
                return j  # "du ministère": read "du" as the determiner
    return None


def _title_list(p: Para, i: int, end: int) -> bool:
    """Whether ``[i, end)`` continues a list of bare titles: ", procureure et préfet"."""
    seen = False
    while i < end:
        if p.low[i] in (",", "et"):
            i += 1
            continue
        found = _title_at(p, i, end)
        if found is None:
            return False
        seen = True
        i = found[1]
    return seen


def _apposed_title(p: Para, i: int, end: int) -> TitleInfo | None:
    """The title of an apposition right after a name: ", le maire de …", ", avocate"."""
    if i >= end or p.low[i] != ",":
        return None
    j = i + 1
    if j < end and p.low[j] in DETERMINERS:
        j += 1
    found = _title_at(p, j, end)
    return found[0] if found is not None else None


def _apposed_name(p: Para, i: int, end: int) -> tuple[int, int] | None:
    """The last name run in ``[i, end)`` that is not inside a complement."""
    found = None
    k = bisect.bisect_left(p.run_starts, i)
    runs = p.runs
    for idx in range(k, len(runs)):  # no slice: a copy of the rest would be quadratic
        r = runs[idx]
        if r.t0 >= end:
            break
        if not r.complement and not r.acronym and not r.qualifier:
            found = (r.t0, r.t1)
    return found


def inverted_pronoun(token: str) -> str | None:
    """The subject pronoun glued to an inverted verb ("a-t-il" -> "il").

    >>> inverted_pronoun("estime-t-elle"), inverted_pronoun("estime")
    ('elle', None)
    """
    return split_inverted(token)[1]
