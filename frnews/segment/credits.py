"""Photo credits: whole-line credits and credits at the end of a caption line.

Two families of rules, each a named pattern tried in the order of the tuples below:

* ``LINE_RULES``: the whole unit is a credit (``PHOTO AGENCE KCNA PAR REUTERS``,
  ``Photo : Jacques Nadeau Le Devoir``, ``© Henri Frasque``, ``Bob Edme/AP``);
* ``TRAILING_RULES``: the unit is a caption that ends with its credit
  (``… le 18 février 2023. EDUARDO SOTERAS / AFP``, ``… d'années. Image: Keystone``,
  franceinfo's ``… (LUDOVIC MARIN / AFP)``, Libération's ``… Photo Denis Allard pour
  Libération``).

Patterns run on the folded text (:mod:`frnews.text`): ``lower`` is folded and
lower-cased, ``cased`` folded with its case kept; both have the same offsets.

>>> m = match_credit_line("photo agence kcna par reuters", "PHOTO AGENCE KCNA PAR REUTERS")
>>> m.rule, m.caption_side, m.medium
('caps-marker', 'after', 'photo')
>>> t = "Le president, a Addis-Abeba, le 18 fevrier 2023. EDUARDO SOTERAS / AFP"
>>> m = match_trailing_credit(t.lower(), t)
>>> m.rule, t[m.start:m.end]
('caps-name-slash-agency', 'EDUARDO SOTERAS / AFP')
"""

from __future__ import annotations

import bisect
import functools
import re
import string
from collections.abc import Callable, Sequence
from typing import Any

import attrs
import regex

from frnews.lexicons import alternation, load_table, tree_alternation
from frnews.model import _builder, _new
from frnews.segment.furniture import _agency_forms, _opens_with_given, agency_pattern
from frnews.segment.units import LineStarts
from frnews.text import LINE_BREAKS, fold

__all__ = [
    "LINE_RULES",
    "TRAILING_RULES",
    "CreditMatch",
    "credit_line_candidates",
    "credit_names",
    "match_credit_line",
    "match_trailing_credit",
    "names_nobody",
    "trailing_credit_candidates",
]

#: A credit line is short.
MAX_CREDIT_LINE = 160
#: How far from the end of a caption line a trailing credit may start.
MAX_TRAILING = 110
#: ``… — AFP`` with no photographer is a credit only after a caption this short; after a
#: longer paragraph it is the agency's signature.
MAX_SIGNATURE_CAPTION = 250


@attrs.frozen
class CreditMatch:
    """Where a credit is inside a unit (offsets relative to the unit) and what it is.

    >>> CreditMatch("copyright", 0, 9, 2, 9, "before", "photo").caption_side
    'before'
    """

    #: The name of the rule that matched.
    rule: str
    #: Start of the credit text.
    start: int
    #: End of the credit text.
    end: int
    #: Start of the part that names people and agencies.
    who_start: int
    #: End of that part.
    who_end: int
    #: Where the caption usually stands for this credit style: ``after``, ``before``,
    #: ``inline`` when it is the start of the same line, or ``shorter`` when either side
    #: may be, the shorter neighbour (« Photo Valérie Vrel »).
    caption_side: str
    #: What is credited (``photo``, ``illustration``, ``screenshot``…).
    medium: str


_CREDIT_MATCH_BUILDER = _builder(CreditMatch)


def _credit_match(
    rule: str, start: int, end: int, who_start: int, who_end: int, side: str, medium: str
) -> CreditMatch:
    """``CreditMatch(rule, start, end, who_start, who_end, side, medium)``, filled by plain
    assignment (see :func:`frnews.model._builder`): a fraction of the frozen constructor.

    >>> _credit_match("copyright", 0, 9, 2, 9, "before", "photo") == CreditMatch(
    ...     "copyright", 0, 9, 2, 9, "before", "photo")
    True
    """
    m: Any = _new(_CREDIT_MATCH_BUILDER)
    m.rule, m.start, m.end, m.who_start, m.who_end = rule, start, end, who_start, who_end
    m.caption_side, m.medium = side, medium
    m.__class__ = CreditMatch
    return m  # type: ignore[no-any-return]


@functools.cache
def _markers() -> dict[str, tuple[str, dict[str, str]]]:
    """Credit markers by flag: (alternation, {folded form: medium})."""
    by_flag: dict[str, dict[str, str]] = {"caps": {}, "colon": {}, "paren": {}}
    for e in load_table("credit_markers"):
        for flag in e.flags:
            by_flag[flag][fold(e.form).text] = e.value or "photo"
    return {flag: (alternation(forms), forms) for flag, forms in by_flag.items()}


#: The ASCII letters, and the capitals among them (for ``bytes.translate``).
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_CAPITALS = string.ascii_uppercase.encode("ascii")


def _mostly_upper(s: str) -> bool:
    """Whether at least 90 % of the letters of ``s`` (three or more) are capitals.

    An ASCII string is counted by two C-level ``bytes.translate`` calls; any other by
    :func:`_mostly_upper_any`, which gives the same answer on every string.

    >>> _mostly_upper("EDUARDO SOTERAS / AFP"), _mostly_upper("Ludovic Marin / AFP")
    (True, False)
    """
    if s.isascii():
        raw = s.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        if letters < 3:
            return False
        upper = len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
        return upper * 10 >= letters * 9
    return _mostly_upper_any(s)


def _mostly_upper_any(s: str) -> bool:
    """:func:`_mostly_upper` for any string, one character at a time."""
    letters = [c for c in s if c.isalpha()]
    if len(letters) < 3:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper * 10 >= len(letters) * 9


def _medium(flag: str, marker: str) -> str:
    return _markers()[flag][1].get(marker, "photo")


_TERMINAL = r"[.!?»)\"”]"


@functools.cache
def _line_patterns() -> dict[str, regex.Pattern[str]]:
    caps, colon, paren = (_markers()[f][0] for f in ("caps", "colon", "paren"))
    return {
        "colon-marker": regex.compile(rf"(?P<marker>{colon})\s*+:\s*+(?P<who>\S.*+)", regex.DOTALL),
        "caps-marker": regex.compile(
            rf"(?P<marker>{caps})(?:(?![\w'])\s*+[:\-]?\s*+(?P<who>.*+))?", regex.DOTALL
        ),
        "paren-marker": regex.compile(
            rf"\(\s*+(?P<marker>{paren})(?![\w'])\s*+:?\s*+(?P<who>[^()]*+)\)"
        ),
        "copyright": regex.compile(r"(?:©|\(c\)|copyright)\s*+:?\s*+(?P<who>\S.*+)", regex.DOTALL),
        "name-slash-agency": regex.compile(
            # in parentheses too (Le Droit: « (Patrick Woodbury/Le Droit) »)
            r"(?P<who>[^/\n()]{1,60}+/[^/\n()]{1,40}+(?:/[^/\n()]{1,40}+){0,2})"
            r"|\((?P<who>[^/\n()]{1,60}+/[^/\n()]{1,40}+(?:/[^/\n()]{1,40}+){0,2})\)"
        ),
        "marker-who": regex.compile(rf"(?P<marker>{caps})\s++(?P<who>\S.*+)", regex.DOTALL),
        "photo-agency-line": regex.compile(r"(?P<who>.++)", regex.DOTALL),
    }


@functools.cache
def _line_groups() -> dict[str, tuple[regex.Pattern[str], int, int]]:
    """Each whole-line pattern with the numbers of its groups ``who`` and ``marker`` (0 when
    it has none): a group read by its number costs a fraction of one read by its name.

    >>> pattern, who, marker = _line_groups()["caps-marker"]
    >>> m = pattern.fullmatch("photo reuters")
    >>> (m.group(who), m.group(marker)) == (m.group("who"), m.group("marker"))
    True
    """
    return {
        name: (p, p.groupindex["who"], p.groupindex.get("marker", 0))
        for name, p in _line_patterns().items()
    }


_SENTENCE_IN_CREDIT = regex.compile(r"[.!?]\s++\p{Ll}|[;«»]")


def _credit_like(who: str) -> bool:
    """A credit's names part: short, no sentence in it."""
    who = who.strip()
    return 0 < len(who) <= 100 and not _SENTENCE_IN_CREDIT.search(who)


#: What may follow a marker in parentheses and credit nobody: « (Illustration) », « (Photo
#: d'archives) », « (photo d'illustration) » say what the picture is, not whose.
_NOBODY = regex.compile(r"[\s:]*+(?:d'(?:illustration|archives?+)|illustration|archives?+)?+\s*+")


def names_nobody(lower_who: str) -> bool:
    """Whether the names part of a credit (lower-cased, folded) credits nobody.

    As in « (Illustration) » and « (Photo d'archives) ».

    >>> names_nobody(""), names_nobody(" d'archives"), names_nobody("afp")
    (True, True, False)
    """
    return _NOBODY.fullmatch(lower_who) is not None


def _line_rule(name: str) -> Callable[[str, str], CreditMatch | None]:
    side = {
        "paren-marker": "before",
        "copyright": "before",
        "name-slash-agency": "before",
        "photo-agency-line": "before",
    }

    flag = {
        "caps-marker": "caps",
        "colon-marker": "colon",
        "paren-marker": "paren",
        "marker-who": "caps",
    }.get(name)
    caption_side = side.get(name, "after")
    # the checks of each rule, decided once here rather than on every call
    caps_marker, marker_who = name == "caps-marker", name == "marker-who"
    slash, photo_agency = name == "name-slash-agency", name == "photo-agency-line"
    copyright_ = name == "copyright"
    credit_like = name in ("copyright", "colon-marker")

    def rule(lower: str, cased: str) -> CreditMatch | None:
        if photo_agency and cased.isascii() and lower not in _photo_agencies():
            # the whole line is the name, and the fold of an ASCII line is its lower case,
            # ``lower``: no photo agency, without the pattern and the fold
            return None
        if caps_marker and not _mostly_upper(cased):
            return None  # a check of the whole line: before the pattern, which it spares
        pattern, who_group, marker_group = _line_groups()[name]
        m = pattern.fullmatch(lower)
        if m is None:
            return None
        ws, we = m.span(who_group) if m.group(who_group) is not None else (m.end(), m.end())
        who = cased[ws:we]
        if slash and not _slash_credit(cased[ws:we]):
            return None
        if marker_who and not _who_like(lower[ws:we], who):
            return None
        if photo_agency and fold(who).text not in _photo_agencies():
            return None
        if credit_like and not _credit_like(who):
            return None
        if copyright_ and (len(lower) > 80 or not (who[:1].isupper() or who[:1].isdigit())):
            return None
        medium = _medium(flag, m.group(marker_group)) if flag is not None else "photo"
        if credit_like and not copyright_ and "/" in who:
            # « Photo : Franck Dubray / Ouest-France », as the French press writes a
            # credit under its caption: the caption is before it, as with name-slash-agency
            return _credit_match(name, 0, len(lower), ws, we, "before", medium)
        if marker_who and _under_its_caption(cased, who):
            # the French regional press prints it under its caption, the Québec press above
            # it: the shorter neighbour is the caption (see segmenter.rule_captions)
            return _credit_match(name, 0, len(lower), ws, we, "shorter", medium)
        return _credit_match(name, 0, len(lower), ws, we, caption_side, medium)

    rule.__name__ = rule.__qualname__ = name.replace("-", "_")
    return rule


_NAMEISH = regex.compile(r"(?:\p{Lu}[\p{L}'.\-]*+\s*+){1,5}")


def _under_its_caption(cased: str, who: str) -> bool:
    """Whether a credit « Photo » and a name, in lower case after its capital, may be
    printed under its caption, as the French regional press does: a photographer alone
    (« Photo Valérie Vrel ») or a paper's initials and a slash (« Photo ER /Alexandre
    MARCHI »); the Québec press prints it above (« Photo Martin Tremblay »). With a comma
    the Québec press's order holds, caption after (« Photo Olivier Jean, La Presse »,
    « Photo Agence QMI, Joël Lemay »).

    >>> _under_its_caption("Photo Valérie Vrel", "Valérie Vrel")
    True
    >>> _under_its_caption("Photo Olivier Jean, La Presse", "Olivier Jean, La Presse")
    False
    """
    if not cased.startswith("Photo ") or "," in who or not who[:1].isupper():
        return False
    if "/" in who:
        return True
    return len(who.split()) in (2, 3) and _opens_with_given(who)


def _is_agency(cased: str) -> bool:
    return bool(agency_pattern().fullmatch(fold(cased.strip()).text))


def _slash_credit(cased: str) -> bool:
    """``NAME / AGENCY``, ``Name / Agency``, ``LP/Name``: short, no sentence, and an agency
    (or, for a name in capitals, capitals) on one side of the slash.

    >>> _slash_credit("Ludovic Marin / AFP"), _slash_credit("LP/Olivier Arandel")
    (True, True)
    >>> _slash_credit("Les Verts/EELV")
    False
    """
    if len(cased) > 90 or cased.rstrip()[-1:] in ".:;,":
        return False
    head, _, tail = cased.partition("/")
    head, tail = head.strip(), tail.split("/")[-1].strip()
    tail = tail.removeprefix("Archives ")  # « Etienne Ranger/Archives Le Droit »
    if not head or not tail or not _NAMEISH.fullmatch(head):
        return False
    if _is_agency(tail) or _is_agency(head) or _is_agency(head.split()[-1]):
        return True
    return _mostly_upper(head) and _mostly_upper(tail)


def _agency_photo_first(cased: str) -> bool:
    """Whether a credit is an agency's « Photo » and its photographer, the AP's order:
    ``AP Photo/Jean Dupont``.

    >>> _agency_photo_first("AP Photo/Jean Dupont"), _agency_photo_first("Les Verts/EELV")
    (True, False)
    """
    head, slash, tail = cased.partition("/")
    head = head.strip()
    return (
        bool(slash)
        and "/" not in tail
        and head.endswith((" Photo", " PHOTO"))
        and _is_agency(head[:-6])
        and bool(_NAMEISH.fullmatch(tail.strip()))
    )


#: Whole-line credit rules, in the order they are tried.
LINE_RULES: tuple[Callable[[str, str], CreditMatch | None], ...] = tuple(
    _line_rule(n)
    for n in (
        "caps-marker",
        "colon-marker",
        "paren-marker",
        "copyright",
        "name-slash-agency",
        "marker-who",
        "photo-agency-line",
    )
)

#: Words a credit may hold besides names: ``Photo d'archives``, ``Photo fournie par …``.
_CREDIT_WORDS = frozenset(
    {
        *("d'archives", "d'archive", "archives", "archive", "fournie", "fournies"),
        *("courtoisie", "tiree", "tirees", "gracieusete", "agence", "de", "du", "des"),
        *("la", "le", "les", "par", "via", "pour", "et", "by", "l'", "d'"),
    }
)
_WHO_TOKEN = regex.compile(r"[^\s,/]++")
_PUNCT_SPACE = regex.compile(r"[.!?;:«»]\s")


def _who_like(lower: str, cased: str) -> bool:
    """Whether the words after ``Photo`` (any case) name a source: capitalized words and
    credit words only, no sentence (``Photo Olivier Jean, La Presse``, ``Photo d'archives``).

    >>> _who_like("olivier jean, la presse", "Olivier Jean, La Presse")
    True
    >>> _who_like("de famille au sommet", "de famille au sommet")
    False
    >>> _who_like("d'archives, la presse canadienne", "d'archives, La Presse canadienne")
    True
    """
    if len(cased) > 90 or _PUNCT_SPACE.search(cased + " "):
        return False
    head, comma, tail = lower.rpartition(",")
    if comma and head.strip() and agency_pattern().fullmatch(tail.strip()):
        # an agency as the agencies table writes it, whatever its case ("La Presse
        # canadienne"), after the photographer or "d'archives"
        lower, cased = head, cased[: len(head)]
    tokens = _WHO_TOKEN.findall(cased)
    words = _WHO_TOKEN.findall(lower)
    if not tokens:
        return False
    capital = False
    for tok, word in zip(tokens, words, strict=False):
        if tok[:1].isupper() or tok[:1].isdigit():
            capital = True
        elif word not in _CREDIT_WORDS and not word.startswith(("l'", "d'")):
            return False
    return capital or any(w in ("d'archives", "courtoisie", "fournie") for w in words)


@functools.cache
def _photo_agencies() -> frozenset[str]:
    return frozenset(fold(e.form).text for e in load_table("agencies") if "photo" in e.flags)


def match_credit_line(lower: str, cased: str) -> CreditMatch | None:
    """Match a whole unit as a photo credit, or return None.

    >>> match_credit_line("photo: adil boukind archives le devoir",
    ...                   "Photo: Adil Boukind Archives Le Devoir").rule
    'colon-marker'
    >>> match_credit_line("© henri frasque", "© Henri Frasque").caption_side
    'before'
    >>> match_credit_line("photo de famille au sommet", "Photo de famille au sommet") is None
    True
    """
    if not lower or len(lower) > MAX_CREDIT_LINE:
        return None
    probe, first_chars = _line_probe_parts()
    first = lower[0]
    marker = first in first_chars and probe.match(lower) is not None
    slash = "/" in lower
    if not marker and not slash and lower not in _photo_agencies():
        return None  # no rule can match: spare the seven patterns
    for rule, need, firsts in _line_dispatch():
        if (need == "marker" and not marker) or (need == "slash" and not slash):
            continue  # the rule cannot match: spare its pattern
        if firsts is not None and first not in firsts:
            continue  # nor can a rule whose matches start with another character
        m = rule(lower, cased)
        if m is not None:
            return m
    return None


@functools.cache
def _line_dispatch() -> tuple[
    tuple[Callable[[str, str], CreditMatch | None], str | None, frozenset[str] | None], ...
]:
    """Each rule of ``LINE_RULES``, in order, with what it needs (``_LINE_NEEDS``) and the
    characters its matches start with (``_line_firsts``, None for any): read once, not
    looked up by name for each line.

    >>> [(rule.__name__, need) for rule, need, _ in _line_dispatch()][:2]
    [('caps_marker', 'marker'), ('colon_marker', 'marker')]
    """
    firsts = _line_firsts()
    return tuple(
        (rule, _LINE_NEEDS.get(rule.__name__), firsts.get(rule.__name__)) for rule in LINE_RULES
    )


#: What a whole-line rule's pattern needs, by rule (function) name: ``marker``, a line
#: that starts as ``_line_probe`` matches (a credit marker, ``©``, ``(``, ``copyright``);
#: ``slash``, a ``/`` in the line.
_LINE_NEEDS = {
    "caps_marker": "marker",
    "colon_marker": "marker",
    "paren_marker": "marker",
    "copyright": "marker",
    "marker_who": "marker",
    "name_slash_agency": "slash",
}


@functools.cache
def _line_firsts() -> dict[str, frozenset[str]]:
    """The characters the match of a whole-line rule starts with, by rule (function) name:
    the first characters of its markers' forms, ``(``, ``©``.

    >>> sorted(_line_firsts()["copyright"]), sorted(_line_firsts()["paren_marker"])
    (['(', 'c', '©'], ['('])
    """
    caps, colon = (frozenset(f[0] for f in _markers()[k][1] if f) for k in ("caps", "colon"))
    return {
        "caps_marker": caps,
        "colon_marker": colon,
        "marker_who": caps,
        "paren_marker": frozenset("("),
        "copyright": frozenset("©(c"),
    }


def credit_line_candidates(lower: str, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
    """The indices of the units that may be whole-line credits.

    The units are ``lower[starts[i]:ends[i]]`` (sorted, disjoint; each starts a line,
    after its spaces); kept are those that hold a ``/``, or start with a credit marker,
    ``©``, ``(``, ``copyright`` or the name of a photo agency (and the first unit).
    :func:`match_credit_line` matches no unit left out.

    Two C-level scans of the whole text (the ``/``, the line starts), not a loop over
    the units.

    >>> t = "Le ministre a parle.\\nphoto agence kcna par reuters\\nIl part le 12/10."
    >>> sorted(credit_line_candidates(t, [0, 21, 51], [20, 50, 67]))
    [0, 1, 2]
    >>> sorted(credit_line_candidates(t, [21, 51], [50, 67]))
    [0, 1]
    """
    found: set[int] = set()
    if not starts:
        return found
    found.add(0)
    first = starts[0]
    k = lower.find("/", first)
    while k >= 0:
        i = bisect.bisect_right(starts, k) - 1
        end = ends[i]
        if k < end:
            found.add(i)
            k = lower.find("/", end)
        else:
            k = lower.find("/", k + 1)
    n = len(starts)
    for m in _line_start_probe().finditer(lower, first):
        k = m.start(1)
        i = bisect.bisect_left(starts, k)
        if i < n and starts[i] == k:
            found.add(i)
    return found


@functools.cache
def _line_start_probe() -> LineStarts:
    """A line break, the spaces that open the next line, and what every whole-line credit
    but ``Name / Agency`` starts with (as :func:`_line_probe`), or a photo agency's name.
    Plain ``re`` patterns (see :class:`~frnews.segment.units.LineStarts`); the spaces are
    never backtracked into more than once (no form starts with a space)."""
    forms = {*_marker_forms(), *_photo_agencies(), "©", "(", "copyright"}
    forms.discard("")
    alt = tree_alternation(forms)
    # the lookahead on the first characters spares most lines the alternation
    firsts = "".join(sorted({re.escape(f[0]) for f in forms}))
    return LineStarts(f"[ \t]*(?=[{firsts}])({alt})")


@functools.cache
def _line_probe_parts() -> tuple[regex.Pattern[str], frozenset[str]]:
    """The line probe and the characters its matches start with."""
    first_chars = frozenset({f[0] for f in _marker_forms() if f} | {"©", "(", "c"})
    return _line_probe(), first_chars


#: The markers of a ``marker-agency-end`` credit, in any case but their first letter.
_AGENCY_MARKERS = r"Photos?+|Image|Illustration|Capture d'[eé]cran|Capture vid[eé]o"
#: What comes before a credit at the end of a caption: the caption's last mark and a space,
#: or a bar (Ouest-France: ``La mairie de Rennes. | PHOTO : OUEST-FRANCE``).
_BEFORE_END_CREDIT = rf"(?:{_TERMINAL}\s++(?:\|\s*+)?+|\s\|\s*+)"


@functools.cache
def _trailing_patterns() -> dict[str, regex.Pattern[str]]:
    caps, colon, paren = (_markers()[f][0] for f in ("caps", "colon", "paren"))
    return {
        "dash-credit": regex.compile(rf"{_TERMINAL}\s*+-\s*+(?P<credit>\S[^\n]{{0,80}}+)$"),
        "caps-name-slash-agency": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>[\p{{Lu}}][\p{{Lu}}\s'.\-]*+/[^\n]{{1,50}}+)$"
        ),
        "name-slash-agency-end": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>[\p{{Lu}}][\p{{L}}\s'.\-]{{0,60}}+/[^\n]{{1,50}}+)$"
        ),
        "colon-marker-end": regex.compile(
            rf"{_BEFORE_END_CREDIT}(?P<credit>(?P<marker>{colon})\s*+:\s*+[^\n:!?|]{{1,80}}+)$"
        ),
        "caps-marker-end": regex.compile(
            rf"{_BEFORE_END_CREDIT}(?P<credit>(?P<marker>{caps})(?![\w'])[^\n.!?|]{{0,80}}+)$"
        ),
        "paren-marker-end": regex.compile(
            rf"\s(?P<credit>\(\s*+(?P<marker>{paren})(?![\w'])[^()\n]{{0,80}}+\))$"
        ),
        "copyright-end": regex.compile(r"\s(?P<credit>©[^©\n]{1,80}+)$"),
        "paren-slash-agency": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>\(\s*+(?P<who>[\p{{Lu}}][\p{{L}}\s'.\-]{{0,60}}+"
            rf"(?:/[^()\n/]{{1,40}}+){{1,3}}+)\))$"
        ),
        "bracket-agency": regex.compile(r"\s(?P<credit>\[(?P<who>[^\[\]\n]{2,70}+)\])$"),
        "marker-agency-end": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>(?P<marker>{_AGENCY_MARKERS})(?:\s++d'archives)?+,?+"
            rf"\s++(?P<who>[^\n.!?|]{{1,60}}+))$"
        ),
        "caps-agency-photo": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>(?P<who>(?P<agency>\p{{Lu}}[\p{{Lu}}\-]{{1,20}}+)\s++PHOTO"
            rf"\s++\p{{Lu}}[\p{{Lu}}\s'.\-]{{2,50}}+))$"
        ),
        "caps-name-for": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>(?P<who>\p{{Lu}}[\p{{Lu}}'.\-]*+(?:\s++(?!POUR\s)\p{{Lu}}[\p{{Lu}}'.\-]*+){{0,5}}+)\s++POUR\s++"
            rf"(?:«\s*+)?+(?P<agency>\p{{Lu}}[^\n«»]{{1,30}}+)(?:\s*+»)?+)$"
        ),
        "bar-agency": regex.compile(rf"{_TERMINAL}\s*+\|\s*+(?P<credit>(?P<who>[^|\n]{{2,60}}+))$"),
        "agency-dash-name": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>(?P<agency>\p{{Lu}}[\p{{L}}\-]{{1,20}}+)\s++-\s++"
            rf"(?P<who>\p{{Lu}}[\p{{L}}'.\-]*+(?:\s++\p{{Lu}}[\p{{L}}'.\-]*+){{1,3}}+))$"
        ),
        "photo-name-end": regex.compile(
            # regional papers: « … conseil municipal. Photo Dylan Meiffret », « Photo
            # Progrès /Catherine Aulaz », « Photo d'illustration Progrès/Richard Mouillaud »,
            # « Photo Pascal Bonnière - VDN », « Photo DDM, Xavier de Fenoyl » (La Dépêche)
            rf"{_TERMINAL}\s++(?P<credit>(?P<marker>Photos?+)(?:\s++d'(?:illustration|archives))?+"
            rf"\s++(?P<who>\p{{Lu}}[\p{{L}}'.\-]*+(?:(?:\s*+[/-]?|,)\s*+(?:(?:de|du|van|von)\s++)?+"
            rf"\p{{Lu}}[\p{{L}}'.\-]*+){{1,4}}+))$"
        ),
        "photo-name-for": regex.compile(
            rf"{_TERMINAL}\s++(?P<credit>(?P<marker>Photos?+)\s++(?P<who>\p{{Lu}}[\p{{L}}'.\-]*+"
            rf"(?:\s++\p{{Lu}}[\p{{L}}'.\-]*+){{1,3}}+\s++(?:pour|/)\s++\p{{Lu}}[^\n.!?]{{1,40}}+))$"
        ),
    }


#: The trailing rules whose credit ends only a caption as short as a signature's
#: (:data:`MAX_SIGNATURE_CAPTION`): their words end paragraphs too.
_SHORT_CAPTION_RULES = frozenset(
    ("caps-name-for", "agency-dash-name", "bar-agency", "photo-name-end")
)


#: A site's copyright notice after the sign: a year (« AFP © 2024 TV5MONDE »: the page's
#: notice, no photo's credit).
_COPYRIGHT_YEAR = re.compile(r"©\s*(?:19|20)\d\d\b")


def _trailing_ok(name: str, credit_cased: str, caption_len: int) -> bool:
    if name == "copyright-end" and _COPYRIGHT_YEAR.match(credit_cased) is not None:
        return False
    if name == "dash-credit":
        c = credit_cased.strip()
        if not _credit_like(c) or c.endswith("."):
            return False
        return "/" in c or (
            caption_len <= MAX_SIGNATURE_CAPTION
            and (
                bool(agency_pattern().fullmatch(fold(c).text))
                or (_mostly_upper(c) and len(c) <= 40)
            )
        )
    if name == "caps-name-slash-agency":
        return _slash_credit(credit_cased)
    if name == "name-slash-agency-end":
        return _slash_credit(credit_cased) and (
            _is_agency(credit_cased.split("/")[-1])
            or _is_agency(credit_cased.split("/")[0])  # « KEYSTONE/Jean-Christophe Bott »
            or _agency_photo_first(credit_cased)
        )
    if name == "caps-marker-end":
        return _mostly_upper(credit_cased)
    if name in _SHORT_CAPTION_RULES and caption_len > MAX_SIGNATURE_CAPTION:
        return False  # after a paragraph: the end of a story glued to a credit, or a signature
    if name == "caps-name-for":  # Le Monde: "LAURENT VAN DER STOCKT POUR « LE MONDE »"
        who, _, outlet = credit_cased.partition(" POUR ")
        return _mostly_upper(who) and _is_agency(outlet.strip(" «»\u00a0\u202f"))
    if name == "bar-agency":  # Ouest-France: "| OUEST-FRANCE", "| THOMAS BRÉGARDIS / OUEST-FRANCE"
        c = credit_cased.strip()
        if "/" in c:
            return _slash_credit(c) and _is_agency(c.split("/")[-1])
        return (_mostly_upper(c) or c in _agency_forms()) and _is_agency(c)  # « | Le Monde »
    if name == "agency-dash-name":  # RFI: "AFP - OUSMANE MAKAVELI", "REUTERS - Zohra Bensemra"
        agency, _, who = credit_cased.partition(" - ")
        return _is_agency(agency) and bool(_NAMEISH.fullmatch(who.strip()))
    if name == "paren-slash-agency":  # "(LUDOVIC MARIN / AFP)", "(… / POOL / AFP)"
        inner = credit_cased.strip()[1:-1]
        return _slash_credit(inner) and (
            _is_agency(inner.split("/")[-1]) or _agency_photo_first(inner)
        )
    if name == "bracket-agency":  # RTS: "[Keystone - Peter Klaunzer]" ("[AFP]" is a source)
        head, _, name_part = credit_cased.strip()[1:-1].partition(" - ")
        return _is_agency(head) and bool(_NAMEISH.fullmatch(name_part.strip()))
    if name == "marker-agency-end":  # "Photo AFP", "Photo d'archives, La Presse canadienne"
        who = _MARKER_AGENCY_WHO.sub("", credit_cased).strip()
        return _is_agency(who) or _is_agency(who.rpartition(",")[2])
    if name == "photo-name-end":  # « Photo Dylan Meiffret », « Photo Progrès /Catherine Aulaz »
        # a photographer's name (its first word a given name) or a name and a paper: not
        # « Photo Club Sarladais », « Photo Station Tours »
        who = _PHOTO_WORDS.sub("", credit_cased).strip()
        if not who or who.endswith((".", "!", "?")):
            return False
        if "/" in who or " - " in who:
            return True
        paper, comma, name = who.partition(",")
        if comma:  # « Photo DDM, Xavier de Fenoyl »: a paper, then its photographer
            return _is_agency(paper) and _opens_with_given(name)
        return _opens_with_given(who)  # « Dylan Meiffret »
    if name == "caps-agency-photo":  # "BELGA PHOTO NICOLAS MAETERLINCK"
        return _is_agency(credit_cased.split()[0]) and _mostly_upper(credit_cased)
    return _credit_like(credit_cased)


#: « Photo » and « d'illustration »/« d'archives » before a photographer's name.
_PHOTO_WORDS = regex.compile(r"^Photos?+(?:\s++d'(?:illustration|archives))?+")


#: The marker of a ``marker-agency-end`` credit, and ``d'archives``: what is left is who.
_MARKER_AGENCY_WHO = regex.compile(rf"^(?:{_AGENCY_MARKERS})(?:\s++d'archives)?+,?+")


# Substring tests (and one C-level scan): much faster than a regex search on short lines.
#: A dash after a terminal mark and at most two spaces (one C-level scan).
_DASH_AFTER_END = re.compile(r'[.!?»)"”] {0,2}-')
_MARKER_WORDS = (
    *("photo", "image", "illustration", "capture", "infographie", "graphique"),
    *("archives", "video", "credit"),
)
#: Any of :data:`_MARKER_WORDS`, anywhere (one C-level search, not one for each word).
_MARKER_WORD = re.compile("|".join(map(re.escape, _MARKER_WORDS)))

#: What the end of a line (lower-cased) must hold for each trailing rule to have a chance:
#: cheap checks that spare most lines every pattern.
_TRAILING_NEEDS: dict[str, Callable[[str], bool]] = {
    "copyright-end": lambda w: "©" in w,
    "paren-marker-end": lambda w: w.endswith(")"),
    "colon-marker-end": lambda w: ":" in w,
    "caps-marker-end": lambda w: _MARKER_WORD.search(w) is not None,
    "caps-name-slash-agency": lambda w: "/" in w,
    "name-slash-agency-end": lambda w: "/" in w,
    "dash-credit": lambda w: "-" in w and _DASH_AFTER_END.search(w) is not None,
    "paren-slash-agency": lambda w: w.endswith(")") and "/" in w,
    "bracket-agency": lambda w: w.endswith("]"),
    "marker-agency-end": lambda w: _MARKER_WORD.search(w) is not None,
    "caps-agency-photo": lambda w: " photo " in w,
    "photo-name-for": lambda w: "photo" in w and (" pour " in w or "/" in w),
    "photo-name-end": lambda w: "photo" in w,
    "caps-name-for": lambda w: " pour " in w,
    "agency-dash-name": lambda w: " - " in w,
    "bar-agency": lambda w: "|" in w,
}

#: A terminal mark followed by a space or a dash, or a space and a bar: every trailing
#: rule but ``copyright-end``, ``paren-marker-end`` and ``bracket-agency`` (units that end
#: with ``)`` or ``]``) starts its match with one (``{_TERMINAL}\s``, ``{_TERMINAL}\s*+-``,
#: Ouest-France's ``\s\|``), inside the unit. A line break cannot be that space: a line that
#: ends with a terminal mark ends its unit (:func:`frnews.segment.units.split_units`), so
#: the mark would be the last character of the unit. A plain ``re`` pattern (no
#: backtracking in it): its ``\s`` holds every space of ``regex``'s.
_TERMINAL_GAP = re.compile(rf'[.!?»)"”](?:-|[^\S{LINE_BREAKS}])|[^\S{LINE_BREAKS}]\|')


def trailing_credit_candidates(lower: str, starts: Sequence[int], ends: Sequence[int]) -> set[int]:
    """The indices of the units that may end with a trailing credit.

    The units are ``lower[starts[i]:ends[i]]`` (sorted, disjoint, as
    :func:`~frnews.segment.units.split_units` cuts them); kept are those whose last
    :data:`MAX_TRAILING` + 2 characters hold a ``©``, or a terminal mark followed by a
    space or a dash, or a space and a bar, and those that end with ``)`` or ``]``.
    :func:`match_trailing_credit` matches no unit left out.

    Three C-level scans of the whole text, jumping from unit to unit: the work is not a
    loop over the units (most units of an article are sentences that end it).

    >>> t = "Il a parle.\\nLe president a Kiev. EDUARDO SOTERAS / AFP\\n(Ottawa)"
    >>> sorted(trailing_credit_candidates(t, [0, 12, 55], [11, 54, 63]))
    [1, 2]
    """
    found: set[int] = set()
    if not starts:
        return found
    first = starts[0]
    _near_ends(_COPYRIGHT.search, lower, starts, ends, found)
    for closing in ")]":  # "(Photo AFP)", "[Keystone - Peter Klaunzer]"
        k = lower.find(closing, first)
        while k >= 0:
            i = bisect.bisect_right(starts, k) - 1
            end = ends[i]
            if k + 1 == end:
                found.add(i)
                k = lower.find(closing, end)
            elif k + 1 < end:
                k = lower.find(closing, end - 1)
            else:
                k = lower.find(closing, k + 1)
    _near_ends(_TERMINAL_GAP.search, lower, starts, ends, found)
    return found


_COPYRIGHT = re.compile("©")


def _near_ends(
    search: Callable[[str, int], re.Match[str] | None],
    lower: str,
    starts: Sequence[int],
    ends: Sequence[int],
    found: set[int],
) -> None:
    """Add to ``found`` the units whose last :data:`MAX_TRAILING` + 2 characters hold a
    whole match of ``search``: one scan of the text, that jumps to the window at the end
    of the next unit.

    >>> found: set[int] = set()
    >>> _near_ends(_COPYRIGHT.search, "© AFP. Il a parle. © AFP", [0, 7, 19], [6, 18, 24], found)
    >>> sorted(found)
    [0, 2]
    """
    reach = MAX_TRAILING + 2
    m = search(lower, starts[0])
    while m is not None:
        k = m.start()
        i = bisect.bisect_right(starts, k) - 1
        end = ends[i]
        window = max(starts[i], end - reach)
        if k < window:
            m = search(lower, window)
        elif m.end() <= end:
            found.add(i)
            m = search(lower, end)
        else:
            m = search(lower, k + 1)


#: Trailing credit rules, in the order they are tried.
TRAILING_RULES: tuple[str, ...] = (
    "copyright-end",
    "paren-marker-end",
    "colon-marker-end",
    "caps-marker-end",
    "caps-name-slash-agency",
    "name-slash-agency-end",
    "paren-slash-agency",
    "bracket-agency",
    "caps-agency-photo",
    "photo-name-for",
    "photo-name-end",
    "caps-name-for",
    "agency-dash-name",
    "bar-agency",
    "marker-agency-end",
    "dash-credit",
)


def match_trailing_credit(lower: str, cased: str) -> CreditMatch | None:
    """Match a credit at the end of a caption line; offsets are relative to the line.

    >>> t = "Des degats a Hasparren, dans les Pyrenees-Atlantiques. - Bob Edme/AP"
    >>> m = match_trailing_credit(t.lower(), t)
    >>> m.rule, t[m.start:m.end]
    ('dash-credit', 'Bob Edme/AP')
    >>> t = "Le chlorothalonil est utilise depuis une cinquantaine d'annees. Image: Keystone"
    >>> m = match_trailing_credit(t.lower(), t)
    >>> t[m.start:m.end]
    'Image: Keystone'
    """
    lo = max(0, len(lower) - MAX_TRAILING - 2)
    window = lower[lo:]
    for name, need, pat, on_cased in _trailing_dispatch():
        if not need(window):
            continue  # the rule cannot match: spare its pattern
        m = pat.search(cased if on_cased else lower, lo)
        if m is None:
            continue
        cs, ce = m.span("credit")
        if cs == 0 or not _trailing_ok(name, cased[cs:ce], cs):
            continue
        who_start = cs
        if "marker" in m.groupdict() and m.group("marker") is not None:
            who_start = m.end("marker")
            while who_start < ce and cased[who_start] in " :(":
                who_start += 1
        medium = "photo"
        if name in ("photo-name-for", "photo-name-end", "caps-name-for", "bar-agency"):
            who_start = m.start("who")
        if name in ("colon-marker-end", "caps-marker-end", "paren-marker-end"):
            flag = {"colon-marker-end": "colon", "caps-marker-end": "caps"}.get(name, "paren")
            medium = _medium(flag, m.group("marker"))
        if name in ("bracket-agency", "marker-agency-end", "caps-agency-photo"):
            who_start = m.start("who")
        who_end = ce - 1 if name in _CLOSED_RULES else ce
        if name == "copyright-end":
            who_start = cs + 1
        while who_start < who_end and cased[who_start] in " :(":
            who_start += 1
        return _credit_match(name, cs, ce, who_start, who_end, "inline", medium)
    return None


#: The trailing rules whose credit ends with a closing parenthesis or bracket (not who).
_CLOSED_RULES = frozenset(("paren-marker-end", "paren-slash-agency", "bracket-agency"))
#: The trailing rules that read the folded text with its case (besides those of slashes).
_CASED_RULES = frozenset(
    (
        *("photo-name-for", "photo-name-end", "bracket-agency", "marker-agency-end"),
        "caps-agency-photo",
        *("caps-name-for", "agency-dash-name", "bar-agency"),
    )
)


@functools.cache
def _trailing_dispatch() -> tuple[tuple[str, Callable[[str], bool], regex.Pattern[str], bool], ...]:
    """Each rule of ``TRAILING_RULES``, in order, with its need (``_TRAILING_NEEDS``), its
    pattern, and whether it reads the folded text with its case (the rules of names and
    slashes) rather than the lower-cased one: read once, not looked up for each line.

    >>> [(name, on_cased) for name, _, _, on_cased in _trailing_dispatch()][3:5]
    [('caps-marker-end', False), ('caps-name-slash-agency', True)]
    """
    pats = _trailing_patterns()
    return tuple(
        (name, _TRAILING_NEEDS[name], pats[name], "slash" in name or name in _CASED_RULES)
        for name in TRAILING_RULES
    )


_DROP_WORDS = regex.compile(
    r"(?:(?:agence|agency|archives?|d'archives|fournies?|tirees?|collaboration|speciale?|"
    r"gracieusete|courtoisie|avec|l'aimable|autorisation|de|du|des|sur|via|by|photo|photos"
    # « © Crédit photo : Guillaume Bonnaud / SUD OUEST » (not « Crédit Agricole »)
    r"|credits?+(?:\s++photos?+)?+(?:\s*+:|(?=\s*+$))|:)"
    r"(?:\s++|$))++",
)
_TRAILING_WORDS = regex.compile(r"(?:\s++(?:archives?|photos?))*+[\s.]*+$")  # « © Belga. »


@functools.cache
def _marker_forms() -> frozenset[str]:
    """Every form of every credit marker (``photo``, ``crédit :``…), whatever its flag."""
    return frozenset(f for _, forms in _markers().values() for f in forms)


@functools.cache
def _line_probe() -> regex.Pattern[str]:
    """What every whole-line credit but ``Name / Agency`` and image banks starts with."""
    markers = alternation(_marker_forms())
    return regex.compile(rf"(?:{markers}|©|\(|copyright)")


@functools.cache
def _agency_tail() -> regex.Pattern[str]:
    """An agency name that ends a credit after a space: ``Jacques Nadeau Le Devoir``."""
    forms = alternation(fold(e.form).text for e in load_table("agencies"))
    return regex.compile(rf"(?<=\s)(?:{forms})$")


_PART_SPLIT = regex.compile(
    r"\s*+(?:/|,|;|«|»|\.\s|(?<=\s)[-\u2013](?=\s)|\bpar\b|\bpour\b|\bfor\b|\bvia\b"
    r"|(?<=\S\s)photo(?=\s\S))\s*+"
)


@functools.cache
def _canonical_agencies() -> dict[str, str]:
    return {fold(e.form).text: e.value or e.form for e in load_table("agencies")}


@functools.cache
def _org_heads() -> frozenset[str]:
    return frozenset(fold(e.form).text for e in load_table("org_heads"))


_ARTICLE_START = regex.compile(r"(?:la|le|les|l'|un|une|des|du|de)\b")
_PERSON = regex.compile(
    r"(?:\p{Lu}[\p{L}'.\-]*+)(?:\s++(?:(?:de|du|van|von|da|di|le|la|d'|mc)\s++)?"
    r"\p{Lu}[\p{L}'.\-]*+){1,3}"
)


def _pieces(lower: str) -> list[tuple[int, int]]:
    """The parts of a credit between separators (``/``, ``,``, ``par``…), as spans."""
    out, prev = [], 0
    for m in _PART_SPLIT.finditer(lower):
        out.append((prev, m.start()))
        prev = m.end()
    out.append((prev, len(lower)))
    return [(s, e) for s, e in out if e > s]


def credit_names(
    lower: str, cased: str
) -> tuple[tuple[int, int] | None, list[str | tuple[int, int]]]:
    """The photographer and the agencies named by a credit's names part.

    The photographer is a span of ``cased``; each agency is its canonical name when the
    agency lexicon knows it, else the span where the credit names it.

    >>> who = "Adil Boukind Archives Le Devoir"
    >>> span, agencies = credit_names(who.lower(), who)
    >>> who[slice(*span)], agencies
    ('Adil Boukind', ['Le Devoir'])
    >>> credit_names("agence kcna par reuters", "AGENCE KCNA PAR REUTERS")
    (None, ['KCNA', 'Reuters'])
    >>> credit_names("ville de quebec", "Ville de Quebec")
    (None, [(0, 15)])
    >>> credit_names("afp photo / ludovic marin", "AFP PHOTO / LUDOVIC MARIN")
    ((12, 25), ['AFP'])
    """
    photographer, agencies = _credit_names(lower, cased)
    return photographer, list(agencies)


#: How many credits' names :func:`credit_names` remembers (agencies and photographers
#: come back from article to article: ``AFP``, ``PHOTO AGENCE KCNA PAR REUTERS``).
CREDIT_NAMES_CACHE = 1024


@functools.lru_cache(maxsize=CREDIT_NAMES_CACHE)
def _credit_names(
    lower: str, cased: str
) -> tuple[tuple[int, int] | None, tuple[str | tuple[int, int], ...]]:
    """:func:`credit_names`, remembered (a pure function of the two strings)."""
    agencies: list[str | tuple[int, int]] = []
    photographer: tuple[int, int] | None = None
    canonical = _canonical_agencies()
    for s, e in _pieces(lower):
        if lower[s:e] in canonical:  # before dropping words: "Agence France-Presse"
            agencies.append(canonical[lower[s:e]])
            continue
        drop = _DROP_WORDS.match(lower, s, e)
        if drop is not None:
            s = drop.end()
        e = s + len(_TRAILING_WORDS.sub("", lower[s:e]))
        if e <= s:
            continue
        piece = lower[s:e]
        if piece in canonical:
            agencies.append(canonical[piece])
            continue
        tail = _agency_tail().search(piece)
        if tail is not None:
            agencies.append(canonical[tail.group()])
            e = s + len(_TRAILING_WORDS.sub("", piece[: tail.start()]))
            if e <= s:
                continue
        name = cased[s:e]
        words = lower[s:e].split(maxsplit=2)
        if not words:  # only characters that str.split() takes for spaces ("\x1f")
            continue
        head = words[1] if len(words) > 1 and words[0] in ("la", "le", "les", "l'") else words[0]
        if head in _org_heads() or head == "credit":
            agencies.append((s, e))  # "Ville de Québec", "Sûreté du Québec", "Crédit Agricole"
        elif (
            photographer is None
            and _PERSON.fullmatch(name)
            and not _ARTICLE_START.match(lower, s, e)
        ):
            photographer = (s, e)
        elif tail is None and _mostly_upper(name):
            agencies.append((s, e))
    return photographer, tuple(dict.fromkeys(agencies))
