"""The grammar: named rules, tried in the order of :data:`RULES`, built from lexicon tables.

Every rule is a regular expression over the *folded, lower-cased* text (accents off,
apostrophes, dashes and spaces unified: see :func:`frnews.text.fold`) and a ``build``
function that turns a match into a :class:`~frnews.dates.reading.Reading`, or rejects it
(None) when the context says it is not a temporal expression (``la planète Mars``,
``M. Jeudi``, ``2000 conteneurs``). The rules are joined into one pattern, scanned once
over the text; at a given position the first rule of :data:`RULES` that matches wins, so
longer and more specific rules come first. Only the rules that can open with the word at
hand are tried there (see :func:`scan`).

Extents follow TimeML: prepositions stay out (``en juillet`` → ``juillet``), determiners
that belong to the phrase stay in (``la semaine dernière``, ``ce week-end``), modifiers
stay in and set ``mod`` (``vers 9 h``, ``mi-septembre``, ``fin 2023``).

>>> [r.name for r in RULES][:3]
['iso_date', 'numeric_date', 'numeric_day_month']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import cast

import attrs
import regex

from frnews.dates._lazy import LazyPattern, lazy_pattern
from frnews.dates.model import Duration, Grain, Mod, TimexType
from frnews.dates.reading import Reading, _fresh
from frnews.lexicons import Entry, alternation, load_table, tree_alternation
from frnews.text import fold

__all__ = ["RULES", "Context", "Rule", "parse_number", "scan", "show"]


# ---------------------------------------------------------------------------------------
# Lexicons, folded

#: Characters that serve as an apostrophe after folding (``Aujourdʻhui`` and friends).
APOS = "['\u02b9\u02bb\u055a\ua78c\uff07\u2035]"
_APOS_RE = lazy_pattern(APOS)
_S = r"[ \t]++"  # at least one space (no line break inside an expression)
_S0 = r"[ \t]*+"


@functools.cache
def _rx(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def _match(pattern: str, text: str) -> regex.Match[str] | None:
    """``regex.match`` with the compiled pattern cached (no per-call cache lookup cost)."""
    return _rx(pattern).match(text)


def _search(pattern: str, text: str) -> regex.Match[str] | None:
    """``regex.search`` with the compiled pattern cached."""
    return _rx(pattern).search(text)


def _key(form: str) -> str:
    """The folded form of a lexicon entry (accents off, lower case), as :func:`fold` gives
    it; computed without fold's tables so that importing frnews stays fast."""
    decomposed = unicodedata.normalize("NFKD", form.replace("\u2019", "'"))
    key = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return key.replace("\u0153", "oe").replace("\u00e6", "ae")  # sœur, Lætitia


def _alt(forms: Iterable[str]) -> str:
    return "(?:" + alternation(_key(f) for f in forms).replace("'", APOS) + ")"


@functools.cache
def _table(name: str) -> dict[str, Entry]:
    return {_key(e.form): e for e in load_table(name)}


def _lookup(name: str, form: str) -> Entry:
    key = _APOS_RE.sub("'", form)
    return _table(name)[key]


_MONTHS = _table("months")
_MONTH_ALL = _alt(_MONTHS)
_MONTH_FREE = _alt(f for f, e in _MONTHS.items() if "needs-day" not in e.flags)
_MONTH_FULL = _alt(f for f, e in _MONTHS.items() if "abbr" not in e.flags)
_WEEKDAYS = _table("weekdays")
_WD_FULL = _alt(f for f, e in _WEEKDAYS.items() if "abbr" not in e.flags)
_WD_ABBR = r"(?:lun|mar|mer|jeu|ven|sam|dim)\.?+"
_WD_ANY = f"(?:{_WD_FULL}|{_WD_ABBR})"
_UNITS = _table("time_units")
#: The grain of each unit form (an enum built once, not at each use).
_UNIT_GRAIN = {form: Grain(e.value) for form, e in _UNITS.items()}
_UNIT_WORD = _alt(f for f, e in _UNITS.items() if "abbr" not in e.flags)
_UNIT_ANY = _alt(_UNITS)
_NUMBERS = _table("number_words")
_NUM_UNIT = _alt(f for f, e in _NUMBERS.items() if "unit" in e.flags)
_NUM_TEEN = _alt(f for f, e in _NUMBERS.items() if "teen" in e.flags)
_NUM_TEN = _alt(f for f, e in _NUMBERS.items() if "ten" in e.flags)
_NUM_APPROX = _alt(f for f, e in _NUMBERS.items() if "approx" in e.flags)
_NUM_VAGUE = _alt(f for f, e in _NUMBERS.items() if "vague" in e.flags)
_NUM_BIG = "(?:cents|cent|mille)"
#: The plural forms first: the repetition of :data:`NUMW` is possessive (« quatre-vingts
#: ans » must not stop at « vingt »).
_NUM_ATOM = f"(?:vingts|{_NUM_TEN}|{_NUM_TEEN}|{_NUM_UNIT}|{_NUM_BIG})"
#: What joins two words of a number: a hyphen, « et », or a space before or after
#: « cent(s) » and « mille » (« deux cents », « cent cinquante », « trois mille »).
_NUM_JOIN = (
    f"(?:-|{_S}et{_S}|-et-|{_S}(?={_NUM_BIG}(?!\\w))"
    # not after « pour cent »: « dix pour cent deux années de suite » is « deux années »
    f"|(?<!pour[ \t]cent)(?<=cent){_S}|(?<=cents){_S}|(?<=mille){_S})"
)
#: A number in words: ``vingt et un``, ``quarante-huit``, ``soixante-dix``, ``deux cents``.
NUMW = f"(?:{_NUM_ATOM}(?:{_NUM_JOIN}{_NUM_ATOM}){{0,4}}+)"
_DIGITS = r"(?:\d{1,4}+(?:[.,]\d)?+)"
#: A count: digits, words, ``une dizaine de``, ``quelques``.
COUNT = (
    f"(?:(?:une|la){_S}{_NUM_APPROX}{_S0}d(?:e{_S}|{APOS})"
    f"|des{_S}(?:dizaines|centaines|milliers){_S0}d(?:e{_S}|{APOS})"
    f"|{_DIGITS}|{NUMW}|{_NUM_VAGUE})"
)
#: (A unit ends its word, or a number follows it, as in ``1h30``: in « il y a trois jours,
#: un séisme », ``un s`` is no second part, and the possessive repetition of :data:`DUR`
#: must not take it.)
_DUR_PART = f"(?:{COUNT}{_S0}(?:{_UNIT_ANY})(?![^\\W\\d_])(?:{_S}et{_S}(?:demie?+|quart(?!\\w)))?+)"
#: A duration, possibly compound: ``un an et demi``, ``1 an, 2 mois et 3 jours``.
DUR = f"(?:{_DUR_PART}(?:(?:{_S0},{_S0}|{_S}et{_S}|{_S})(?!(?:des|de){_S}){_DUR_PART}){{0,6}}+)"
_TIME_WORDS = _table("time_words")
_TIME_WORD = _alt(_TIME_WORDS)
_PODS = _table("parts_of_day")
_POD = _alt(_PODS)
_SEASONS = _table("seasons")
_SEASON = _alt(_SEASONS)
_HOLIDAYS = _table("holidays")
_HOLIDAY = _alt(_HOLIDAYS)
#: The values of ``holidays_by_region.tsv``: {(folded form, region): value}.
_HOLIDAYS_BY_REGION = {
    (_key(e.form), region): e.value for e in load_table("holidays_by_region") for region in e.flags
}


def _holiday_value(e: Entry, region: str) -> str:
    """The value of the holiday ``e`` (a row of ``holidays.tsv``) in ``region``: the one of
    ``holidays_by_region.tsv``, else the one of ``holidays.tsv`` (France's).

    >>> e = _lookup("holidays", "fete du travail")
    >>> _holiday_value(e, "FR"), _holiday_value(e, "CA")
    ('05-01', 'nth:09:1:1')
    """
    if region == "FR":
        return e.value
    return _HOLIDAYS_BY_REGION.get((_key(e.form), region), e.value)


_YEAR4 = r"(?:1[0-9]|20|21)\d\d(?!\d)"
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:er|re|e)?+"
#: What may follow a weekday's day number written without its month (``samedi 28,``,
#: ``samedi 28 à 20 h``, ``samedi 28 et dimanche 29``): not a noun (``samedi 28 personnes``).
_DAY_NUMBER_AFTER = (
    rf"(?={_S0}(?:[;!?)\u00bb\n]|[,.:](?!\d)|$)"
    rf"|{_S}(?:et|ou|a|au|dans|pour|avec|entre|vers|apres|avant|jusqu{APOS}a"
    rf"|(?:de|des){_S}\d|en{_S}(?:soiree|matinee|fin|debut|journee|apres-midi|milieu))(?!\w))"
)
_WB = r"(?<![\w])"
_WE = r"(?![\w])"

_MOD_WORDS = {
    "debut": Mod.START,
    "fin": Mod.END,
    "mi": Mod.MID,
    "milieu": Mod.MID,
    "courant": None,
}


def _modp(p: str) -> str:
    """Optional ``début``/``fin``/``mi-``/``courant`` before a period, named ``{p}_mod``."""
    return (
        f"(?:(?P<{p}_mod>debut|fin|mi|milieu|courant)(?:-|{_S}(?:d(?:e|u|es){_S}|d{APOS}{_S0})?+))?"
    )


# ---------------------------------------------------------------------------------------
# Helpers


@attrs.frozen
class Context:
    """The texts a rule looks at: folded lower-case (matched) and original (case checks).

    >>> c = Context.of("Le 1er août")
    >>> c.low, c.original_at(3, 6)
    ('le 1er aout', '1er')
    """

    #: Folded, lower-cased text.
    low: str
    #: The original text.
    original: str
    #: Maps a folded range to the original range.
    to_original: Callable[[int, int], tuple[int, int]]
    #: The country whose holidays are read (``FR``, ``CA``, ``BE``, ``CH``: the second part
    #: of the ``locale`` of :func:`frnews.find_dates`).
    region: str = "FR"

    @classmethod
    def of(cls, text: str, region: str = "FR") -> Context:
        """Fold ``text`` and build a context (for tests and doctests).

        >>> Context.of("ÉTÉ").low
        'ete'
        """
        f = fold(text)
        return cls(f.text, text, f.span, region)

    def original_at(self, start: int, end: int) -> str:
        """The original text of a folded range.

        >>> Context.of("Mars").original_at(0, 4)
        'Mars'
        """
        s, e = self.to_original(start, end)
        return self.original[s:e]

    def before(self, pos: int, width: int = 40) -> str:
        """The folded text just before ``pos`` (at most ``width`` characters).

        >>> Context.of("depuis janvier").before(7)
        'depuis '
        """
        return self.low[pos - width if pos > width else 0 : pos]  # no max() call: a hot path

    def after(self, pos: int, width: int = 40) -> str:
        """The folded text just after ``pos``.

        >>> Context.of("juin dernier").after(4)
        ' dernier'
        """
        return self.low[pos : pos + width]


_NUMBER_SPLIT = lazy_pattern(r"[\s\-]+")


#: The only words ``et`` joins inside a number: ``vingt et un``, ``soixante et onze``.
_TENS_BEFORE_ET = frozenset(("vingt", "trente", "quarante", "cinquante", "soixante"))
_UNITS_AFTER_ET = frozenset(("un", "une", "unieme", "onze", "onzieme"))


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a count written in digits or words; None for a vague count.

    Two counts that ``et`` joins (``deux et trois``) are no count either: None.

    >>> parse_number("vingt et un"), parse_number("quarante-huit"), parse_number("1,5")
    (21, 48, 1.5)
    >>> parse_number("quatre-vingt-dix"), parse_number("soixante-dix"), parse_number("quelques")
    (90, 70, None)
    >>> parse_number("deux cents"), parse_number("cent cinquante"), parse_number("quatre-vingts")
    (200, 150, 80)
    >>> parse_number("soixante et onze"), parse_number("deux et trois")
    (71, None)
    """
    t = text.strip()
    if t[:1].isdigit():
        return _num(t.replace(",", "."))
    words = [x for x in _NUMBER_SPLIT.split(t) if x]
    for k, w in enumerate(words):
        if w == "et" and not (
            0 < k < len(words) - 1
            and words[k - 1] in _TENS_BEFORE_ET
            and words[k + 1] in _UNITS_AFTER_ET
        ):
            return None  # "deux et trois": two counts, not five
    toks = [x for x in words if x != "et"]
    total = 0
    current = 0
    for tok in toks:
        if tok in ("vingts", "vingt") and current == 4:
            current = 80
            continue
        e = _NUMBERS.get("cent" if tok == "cents" else tok)  # « deux cents »
        if e is None or e.value == "X":
            return None
        v = int(e.value)
        if v == 100:
            current = (current or 1) * 100
        elif v == 1000:
            total += (current or 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def _num(s: str) -> float:
    f = float(s)
    return int(f) if f.is_integer() else f


_APPROX_COUNT = lazy_pattern(rf"(?:une|la){_S}({_NUM_APPROX})")


def _count(text: str) -> tuple[float | None, bool]:
    """(amount, approximate) of a COUNT match."""
    t = text.strip()
    m = _APPROX_COUNT.match(t)
    if m:
        return int(_NUMBERS[m.group(1)].value), True
    if t.startswith("des") and _match(r"des\s+(?:dizaines|centaines|milliers)", t):
        return None, False
    return parse_number(t), False


_DUR_PART_RE = lazy_pattern(
    f"(?P<n>{COUNT}){_S0}(?P<u>{_UNIT_ANY})(?P<half>{_S}et{_S}(?:demie?+|quart(?!\\w)))?+{_WE}"
)

#: TIMEX3 duration letters of each unit; time units take the ``T`` designator.
_DUR_LETTER = {
    Grain.SECOND: "TS",
    Grain.MINUTE: "TM",
    Grain.HOUR: "TH",
    Grain.DAY: "D",
    Grain.WEEKEND: "WE",
    Grain.WEEK: "W",
    Grain.MONTH: "M",
    Grain.QUARTER: "Q",
    Grain.HALF_YEAR: "M",
    Grain.YEAR: "Y",
    Grain.DECADE: "DE",
    Grain.CENTURY: "CE",
    Grain.MILLENNIUM: "ML",
}


def duration_timex(parts: list[tuple[float | None, Grain]]) -> str:
    """The TIMEX3 value of a duration made of (amount, unit) parts; None amounts give X.

    >>> duration_timex([(2, Grain.DAY)]), duration_timex([(None, Grain.DECADE)])
    ('P2D', 'PXDE')
    >>> duration_timex([(1, Grain.YEAR), (2, Grain.MONTH)]), duration_timex([(48, Grain.HOUR)])
    ('P1Y2M', 'PT48H')
    """
    date_part = ""
    time_part = ""
    for amount, unit in parts:
        letter = _DUR_LETTER[unit]
        if unit is Grain.HALF_YEAR and amount is not None:
            amount = amount * 6
        n = "X" if amount is None else _fmt_amount(amount)
        if letter.startswith("T"):
            if amount is None:  # the gold writes vague hours PXH
                date_part += f"X{letter[1]}"
            else:
                time_part += f"{n}{letter[1]}"
        else:
            date_part += f"{n}{letter}"
    return "P" + date_part + (("T" + time_part) if time_part else "")


def _fmt_amount(a: float) -> str:
    return str(int(a)) if float(a).is_integer() else f"{a:g}"


@functools.lru_cache(maxsize=4096)
def _dur_parts(text: str) -> tuple[tuple[float | None, Grain, bool], ...]:
    """(amount, unit, approximate) of each part of a duration (cached: a pure function of
    a short phrase, ``trois jours``, ``un an et demi``)."""
    out: list[tuple[float | None, Grain, bool]] = []
    for m in _DUR_PART_RE.finditer(text):
        amount, approx = _count(m.group("n"))
        unit = _UNIT_GRAIN[m.group("u")]
        if m.group("u").startswith("demi-") and amount is not None:
            amount = amount / 2  # "une demi-heure"
        elif m.group("u").startswith("quart") and amount is not None:
            amount = amount / 4  # "un quart d'heure", "trois quarts d'heure"
        if m.group("half") and amount is not None:
            amount += 0.25 if m.group("half").endswith("quart") else 0.5
        out.append((amount, unit, approx))
    return tuple(out)


#: Each grain's rank, finest first (:class:`Grain` is declared in that order).
_GRAIN_RANK = {g: k for k, g in enumerate(Grain)}


@functools.lru_cache(maxsize=4096)
def _dur_cut(text: str) -> int | None:
    """Where a compound duration stops being one: the end of the last part before a part
    whose unit is not finer than the one before it (« il y a deux ans, un an après la
    crise »: ``deux ans``); None when each part is finer than the one before.

    >>> _dur_cut("deux ans, un an"), _dur_cut("1 an, 2 mois et 3 jours")
    (8, None)
    """
    previous = len(_GRAIN_RANK)
    last_end = 0
    for m in _DUR_PART_RE.finditer(text):
        rank = _GRAIN_RANK[_UNIT_GRAIN[m.group("u")]]
        if rank >= previous:
            return last_end
        previous, last_end = rank, m.end()
    return None


@functools.lru_cache(maxsize=4096)
def _first_dur_part(text: str) -> tuple[str, str] | None:
    """The count (spaces made single) and the unit of the part of a duration that starts
    it, or None (cached, as :func:`_dur_parts`).

    >>> _first_dur_part("trois  jours et deux heures"), _first_dur_part("jours")
    (('trois', 'jours'), None)
    """
    first = _DUR_PART_RE.match(text)
    if first is None:
        return None
    return " ".join(first.group("n").split()), first.group("u")


@functools.lru_cache(maxsize=4096)
def _dur_timex(text: str) -> str:
    return duration_timex([(a, u) for a, u, _ in _dur_parts(text)])


#: The words before an amount that say how it compares (``plus de trois ans``, ``il y a
#: près de deux semaines``), or that it is exact (None: ``il y a tout juste un an``).
#: Every word of them is a word of the scan (``scan_words``; a test checks it).
_PREFIX_MODS: dict[str, Mod | None] = {
    "plus de": Mod.MORE_THAN,
    "bien plus de": Mod.MORE_THAN,
    "un peu plus de": Mod.MORE_THAN,
    "moins de": Mod.LESS_THAN,
    "un peu moins de": Mod.LESS_THAN,
    "pres de": Mod.APPROX,
    "environ": Mod.APPROX,
    "quelque": Mod.APPROX,
    "au moins": Mod.EQUAL_OR_MORE,
    "au plus": Mod.EQUAL_OR_LESS,
    "a peine": Mod.EQUAL_OR_LESS,
    "presque": Mod.LESS_THAN,
    "quasiment": Mod.LESS_THAN,
    "pas moins de": Mod.EQUAL_OR_MORE,
    "pas plus de": Mod.EQUAL_OR_LESS,  # « pas plus de deux mois plus tard »
    "tout juste": None,
    "juste": None,
    "exactement": None,
    "pile": None,
}
#: Modifiers after an amount (« il y a dix jours environ », « deux heures au moins »).
#: Not ``à peine``: after the amount it bears on what follows as often as on the amount
#: (« une semaine à peine après le lancement »: ``une semaine``).
_POST_MODS: dict[str, Mod | None] = {
    "environ": Mod.APPROX,
    "a peu pres": Mod.APPROX,
    "au moins": Mod.EQUAL_OR_MORE,
    "au plus": Mod.EQUAL_OR_LESS,
    "tout au plus": Mod.EQUAL_OR_LESS,
    "pile": None,
    "tout juste": None,
}
_POST_MOD = "(?:{})".format(alternation(_POST_MODS).replace(" ", _S))


def _post_mod(text: str | None) -> Mod | None:
    """The mod of a modifier after an amount (``environ``, ``au moins``, ``tout au plus``).

    >>> _post_mod("environ"), _post_mod("au  moins"), _post_mod(None)
    (<Mod.APPROX: 'APPROX'>, <Mod.EQUAL_OR_MORE: 'EQUAL_OR_MORE'>, None)
    """
    return _POST_MODS.get(" ".join(text.split())) if text else None


_PREFIX_MOD = "(?:{})".format(
    re.sub(r"\bde\b", f"d(?:e|{APOS})", alternation(_PREFIX_MODS).replace(" ", _S))
)


def _prefix_mod(text: str | None) -> Mod | None:
    if not text:
        return None
    words = " ".join(_APOS_RE.sub("e ", text).split())  # "près d'" is "près de"
    return _PREFIX_MODS.get(words)


def _duration_reading(
    start: int, end: int, rule: str, text: str, mod: Mod | None = None
) -> Reading | None:
    parts = _dur_parts(text)
    if not parts:
        return None
    if len(parts) > 1 and any(a is None for a, _, _ in parts):
        return None
    amount, unit, approx = parts[0]
    if len(parts) == 1 and amount is not None and amount <= 0:
        return None
    if approx and mod is None:
        mod = Mod.APPROX
    r = _fresh(start, end, rule)  # the fields set one by one: no keywords to bind
    r.type = TimexType.DURATION
    r.duration = Duration(amount if len(parts) == 1 else None, unit)
    r.timex = _dur_timex(text)
    r.mod = mod
    return r


def _shift_parts(text: str, sign: int) -> tuple[tuple[tuple[float, Grain], ...], bool, bool]:
    """Signed (amount, unit) parts of a shift, whether it is vague, whether approximate.

    A vague shift keeps its unit with a zero amount (``quelques heures`` = ((0, HOUR),)).
    """
    parts = _dur_parts(text)
    vague = any(a is None for a, _, _ in parts)
    approx = any(x for _, _, x in parts)
    return tuple((sign * (a or 0), u) for a, u, _ in parts), vague, approx


def _ending(pattern: str) -> LazyPattern:
    r"""A pattern of words at the end of a text (it ends with ``\s*+$``), searched backwards
    (``(?r)``): a search then starts at the end of the text instead of trying every position.

    Used only to tell whether there is a match: the words end with no space, so a backward
    search finds one exactly when a forward search does (a test checks it).

    >>> _ending(r"\b(?:en|depuis)\s*+$").search("il vit ici depuis ") is not None
    True
    """
    return lazy_pattern("(?r)" + pattern)


#: Before a weekday, the first words of a newspaper's name (« Le Journal du dimanche », and
#: written with a capital, « La Tribune Dimanche », « Le Parisien Dimanche », « Le Matin
#: Dimanche », « Sud Ouest Dimanche »).
_PAPER_BEFORE = lazy_pattern(
    r"(?:\b(journal du)|\b(?:tribune|parisien|matin|sud ouest|ouest-france|humanite))\s++$"
)
#: Before a period: up to it (« d'ici le week-end », « jusqu'au week-end »).
_UNTIL_BEFORE = lazy_pattern(r"(?:\bd'ici(?:\s++a)?+|\bjusqu'(?:au|a))\s*+$")
#: Before a year, a quarter or a half-year as financial reports write them (« T3 2023 »,
#: « S1 2023 »).
#: After « 2 heures », the half of the day of a clock time (« 2 heures du matin »).
_PART_OF_CLOCK_AFTER = lazy_pattern(
    r"[ \t]++(?:du[ \t]++(?:matin|soir)|de[ \t]++l'apres-midi)(?!\w)"
)
#: After « un mois », the name of the month (« un mois d'octobre », « un mois de mai »).
_MONTH_NAMED_AFTER = lazy_pattern(
    rf"[ \t]*+(?:de[ \t]++|d')(?:{_MONTH_FULL})(?!\w)(?![ \t]++(?:a|au|jusqu))"
)
#: Before a month, « pour un mois de » (« un record pour un mois d'octobre »: any
#: October), or before « mois », « pour un » (« un mois de septembre historiquement chaud »
#: is this year's).
_ANY_MONTH_BEFORE = lazy_pattern(
    r"(?<!\w)pour[ \t\u00a0]++un[ \t\u00a0]++(?:mois[ \t]*+(?:de[ \t]++|d'))?+$"
)
#: Before « T3 », what makes it a flat's type (« un T3 2023 rénové »).
_FLAT_BEFORE = lazy_pattern(r"(?<!\w)(?:un|une|des|mon|son|ce|cet|leur|notre|votre)[ \t]++$")
_QUARTER_CODE_BEFORE = lazy_pattern(r"(?<![\w-])([ts])([1-4])[ \t\u00a0]++$")
_TITLE_BEFORE = lazy_pattern(r"(?:\b(?:m|mme|mlle|mm|dr|me|pr)\.?|monsieur|madame)\s*+$")
_YEAR_PREP = _ending(
    r"(?:\b(?:en|des|depuis|de|d'|du|a|au|apres|avant|vers|entre|et|ou|jusqu'en|jusqu'a|d'ici"
    r"|fin|debut|mi|courant|l'an|l'annee|annee|annees|ete|hiver|printemps|automne|saison"
    r"|mois|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre|pour|dans|le|au-dela|dela)|[,(])\s*+-?$"
)
_NOT_YEAR_BEFORE = _ending(
    r"(?:\b(?:les|des|ces|nos|vos|leurs|ses|mes|plus|moins|de plus de|environ|quelque|n|no|art"
    r"|article|page|pages|p|loi|decret|route|rn|rd|vol|numero|code|modele|serie|version"
    r"|pres de|sur|par|x|fois|top|cac|ftse|dow|nasdaq|nikkei|dax|ibex|sbf|stoxx)\.?|n°|[#€$£]"
    r"|\d|\d-(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre"
    r"|decembre)-)\s*+$"
)
_MONTH_PREP = _ending(
    r"(?:\b(?:en|depuis|des|debut|fin|mi|courant|jusqu'en|d'ici(?:[ \t]++a)?+|avant|apres|mois"
    r"|milieu)|-"
    rf"|\b{_MONTH_FREE}[ \t]++(?:a|au|et|ou|-))\s*+$"
)
#: A month that pairs with the one before it (``de mars à mai``, ``entre mars et avril``): the
#: one before needs no preposition.
_MONTH_PAIR_AFTER = lazy_pattern(rf"[ \t]++(?:a|au|et|ou|-)[ \t]++(?:{_MONTH_FREE})(?!\w)")
#: A lower-case word that is not a function word: a noun after a number ("sept mètres").
_NOUN_AFTER = lazy_pattern(
    r"[ \t]++(?!(?:et|ou|a|au|aux|en|dans|pour|par|sur|avec|lors|le|la|les|l'|de|des|du|d'|qui"
    r"|que|il|elle|ils|elles|on|puis|alors|deja|contre|selon|entre|dernier|prochain|prochaine"
    r"|derniere)\b)[a-z]"
)
_VAGUE_PREP = _ending(
    r"\b(?:depuis|pendant|durant|y a|dans|apres|pour|en|sur|des|d'ici|attendu|attendre|passe"
    r"|passer|dure|durer|mis|mettre|pris|prendre)\s*+$"
)
#: "de" and a noun after a count of hours and minutes: "1 h 30 de route".
_NOUN_OF_AFTER = lazy_pattern(
    r"[ \t]++d(?:e[ \t]++|')(?!l'apres|la[ \t]++(?:nuit|matinee|soiree|journee)|ce[ \t]|cette[ \t]"
    r"|demain|l'apres-midi|[0-9])[a-z]"
)
_INVALID_DAY_BEFORE = lazy_pattern(rf"\d[ \t]*+(?:{_MONTH_ALL})[ \t,]*+$")
_SENT_START = lazy_pattern(r"(?:^|[.!?:;«»\"\n(]\s*+|\n\s*+)$")


def _sentence_start(ctx: Context, pos: int) -> bool:
    return _SENT_START.search(ctx.before(pos, 6)) is not None


@functools.lru_cache(maxsize=256)
def _weekday_value(form: str) -> int:
    f = form.rstrip(".")
    for k, e in _WEEKDAYS.items():
        if k.rstrip(".") == f or k.startswith(f):
            return int(e.value)
    msg = f"unknown weekday {form!r}"
    raise KeyError(msg)


#: The number of each month form of the table (``oct.`` = 10): the builders look it up
#: once (a dictionary's ``__getitem__``, no function frame, no ``int`` of the table text).
_MONTH_NUMBERS = {form: int(e.value) for form, e in _MONTHS.items()}
_month_value: Callable[[str], int] = _MONTH_NUMBERS.__getitem__


@functools.lru_cache(maxsize=1024)
def _day_value(text: str) -> int:
    t = text.strip()
    if t.startswith("premier"):
        return 1
    digits = t.rstrip("er")  # "12", "1er", "2e", "1re": the digits, then er, re or e
    if digits.isdecimal():  # then it is the leading \d+ of t: a decimal digit is a regex \d
        return int(digits)
    return int(_match(r"\d+", t).group())  # type: ignore[union-attr]


def _year2(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


#: How many days each month has, in a year that is not a leap year.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_leap(year: int) -> bool:
    """Whether ``year`` has a 29 February.

    >>> _is_leap(2024), _is_leap(1900), _is_leap(2000)
    (True, False, True)
    """
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_days(year: int, month: int) -> int:
    """How many days that month has.

    >>> _month_days(2024, 2), _month_days(2023, 2), _month_days(2023, 12)
    (29, 28, 31)
    """
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]


def _valid_ymd(y: int | None, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    days = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if d > days[m - 1]:
        return False
    if y is not None and m == 2 and d == 29:
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return True


@functools.lru_cache(maxsize=512)
def _pod(form: str | None) -> str | None:
    if not form:
        return None
    f = " ".join(form.split())
    for prefix in ("au ", "en ", "dans la ", "dans l'", "le ", "la "):
        if f.startswith(prefix):
            f = f[len(prefix) :]
    e = _PODS.get(f)
    return e.value.split(":")[0] if e else None


def _rel_dir(word: str | None) -> int | None:
    if not word:
        return None
    w = word.strip()
    if w.startswith(("dernier", "derniere", "passe", "precedent", "ecoule")):
        return -1
    if w.startswith(("prochain", "suivant", "qui vient", "a venir")):
        return 1
    return None


# ---------------------------------------------------------------------------------------
# Rules


@attrs.frozen
class Rule:
    """A named rule: a pattern over the folded lower-case text and its builder.

    >>> RULES[0].name, callable(RULES[0].build)
    ('iso_date', True)
    """

    #: Name, also the prefix of the rule's group names.
    name: str
    #: The regular expression (``regex`` syntax).
    pattern: str
    #: Turns a match into a reading, or rejects it.
    build: Callable[[regex.Match[str], Context, str], Reading | None]


def show(text: str, reference: str | None = "2023-10-19") -> list[tuple[str, str]]:
    """``(text, timex)`` of each expression found in ``text`` (for the rules' doctests).

    The default reference is Thursday 19 October 2023.

    >>> show("Il est arrivé hier.")
    [('hier', '2023-10-18')]
    """
    import datetime as dt

    from frnews.dates.api import find_dates

    ref = dt.date.fromisoformat(reference) if reference else None
    return [(m.text, m.value.timex) for m in find_dates(text, reference=ref)]


class _GroupsOf(dict[str, dict[str, int]]):
    """The number of each named group, by rule name (the groups of a rule are ``{rule}_x``):
    a group is fetched by number, several times faster than by name.

    A rule's numbers are read on its first look-up from its compiled pattern, the stdlib
    twin when it has one (both modules number the groups alike), the ``regex`` pattern
    otherwise; both are cached, and the scan has compiled one of them by then.
    """

    def __missing__(self, name: str) -> dict[str, int]:
        i = _RULE_INDEX[name]
        pattern: re.Pattern[str] | regex.Pattern[str] | None = _stdlib_compiled(i)
        if pattern is None:
            pattern = _rule_regex(i)
        cut = len(name) + 1
        numbers = {g[cut:]: n for g, n in pattern.groupindex.items() if g[:cut] == name + "_"}
        self[name] = numbers
        return numbers


_GROUPS = _GroupsOf()


def _g(m: regex.Match[str], p: str, name: str) -> str | None:
    return m.group(_GROUPS[p][name])


@functools.cache
def _numbers(p: str, names: str) -> tuple[int, ...]:
    """The numbers of the groups ``names`` (two or more, space-separated) of rule ``p``."""
    return tuple(_GROUPS[p][name] for name in names.split())


def _gs(m: regex.Match[str], p: str, names: str) -> tuple[str | None, ...]:
    """The groups ``names`` (two or more, space-separated) of rule ``p``, fetched in one
    call: ``_gs(m, p, "d mo")`` is ``(_g(m, p, "d"), _g(m, p, "mo"))``."""
    return m.group(*_numbers(p, names))


class _GroupNumbers(dict[str, tuple[int, ...]]):
    """The numbers of some groups of a rule, by a key ``"rule name name…"``:
    ``_NUMS["clock h sep"]`` is ``(_GROUPS["clock"]["h"], _GROUPS["clock"]["sep"])``.

    Worked out on the first look-up of a key (the rules are compiled by then), then read
    by the dictionary's own ``__getitem__``: a builder fetches its groups with
    ``m.group(*_NUMS[key])``, one C call, where :func:`_gs` costs two Python calls more.
    """

    def __missing__(self, key: str) -> tuple[int, ...]:
        rule, *names = key.split()
        numbers = _GROUPS[rule]
        value = self[key] = tuple(numbers[name] for name in names)
        return value


class _GroupNumber(dict[str, int]):
    """The number of one group of a rule, by a key ``"rule name"``: ``_NUM["weekday wd"]``
    is ``_GROUPS["weekday"]["wd"]`` (see :class:`_GroupNumbers`)."""

    def __missing__(self, key: str) -> int:
        rule, name = key.split()
        value = self[key] = _GROUPS[rule][name]
        return value


_NUMS = _GroupNumbers()
_NUM = _GroupNumber()


def _set_mod(r: Reading, m: regex.Match[str], p: str) -> Reading:
    word = _g(m, p, "mod")
    if word:
        r.mod = _MOD_WORDS[word]
    return r


def build_iso_date(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """ISO 8601 dates, with an optional time, its seconds and its offset from UTC:
    ``2023-10-19``, ``2023-10-19T14:30``, ``2023-10-03T14:00:00Z``,
    ``2023-10-03T14:00:00+02:00`` (a page's metadata).

    >>> show("publié le 2023-10-19 à Paris")
    [('2023-10-19', '2023-10-19')]
    >>> show("la loi 2023-1196 du 18 décembre")
    [('18 décembre', '2023-12-18')]
    >>> show("datePublished: 2023-10-03T14:00:00+0200")
    [('2023-10-03T14:00:00+0200', '2023-10-03T14:00:00+02:00')]
    >>> show("dateModified: 2023-10-03T12:05:30.123Z")
    [('2023-10-03T12:05:30.123Z', '2023-10-03T12:05:30Z')]
    """
    y, mo, d = int(_g(m, p, "y") or 0), int(_g(m, p, "m") or 0), int(_g(m, p, "d") or 0)
    if not _valid_ymd(y, mo, d):
        return None
    r = Reading(m.start(), m.end(), p, year=y, month=mo, day=d)
    if _g(m, p, "hh") is not None:
        hh, mi = int(_g(m, p, "hh") or 0), int(_g(m, p, "mi") or 0)
        ss = _g(m, p, "ss")
        if hh > 23 or mi > 59 or (ss is not None and int(ss) > 59):
            return None
        r.type, r.hour, r.minute = TimexType.TIME, hh, mi
        if ss is not None:
            r.second = int(ss)
        tz = _g(m, p, "tz")
        if tz:
            r.zone = _iso_offset(tz)
    return r


def _iso_offset(tz: str) -> str:
    """An ISO 8601 offset as the TIMEX3 value writes it: ``z``, ``+0000`` → ``Z``;
    ``+0200``, ``+02`` → ``+02:00``.

    >>> [_iso_offset(z) for z in ("z", "+0200", "-05", "+05:30", "-00:00")]
    ['Z', '+02:00', '-05:00', '+05:30', 'Z']
    """
    if tz == "z":
        return "Z"
    digits = tz[1:].replace(":", "")
    return _utc_offset(tz[0], int(digits[:2]), digits[2:] or "00")


def _utc_offset(sign: str, hours: int, minutes: str = "00") -> str:
    """An offset from UTC as a TIMEX3 value writes it, ``Z`` for none: the offset of an
    ISO timestamp (``+0200``) and the shift after ``GMT`` (``GMT+1``).

    >>> _utc_offset("+", 2), _utc_offset("-", 5, "30"), _utc_offset("-", 0)
    ('+02:00', '-05:30', 'Z')
    """
    if hours == 0 and minutes == "00":
        return "Z"
    return f"{sign}{hours:02d}:{minutes}"


def build_numeric_date(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Day/month/year in digits, French order: ``19/10/2023``, ``19.10.23``, ``lundi 8/2/2016``.

    >>> show("Le scrutin du 19/10/2023 et celui du 3.4.22.")
    [('19/10/2023', '2023-10-19'), ('3.4.22', '2022-04-03')]
    >>> show("Appelez le 06.12.34.56.78 ou le score 3-1.")
    []
    """
    d, mo = int(_g(m, p, "d") or 0), int(_g(m, p, "m") or 0)
    ytext = _g(m, p, "y") or ""
    y = _year2(ytext)
    if not _valid_ymd(y, mo, d) or not 1000 <= y <= 2200:
        return None
    r = Reading(m.start(), m.end(), p, year=y, month=mo, day=d)
    wd = _g(m, p, "wd")
    if wd:
        r.weekday = _weekday_value(wd)
    return r


def build_numeric_day_month(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Day/month in digits without a year, after ``le``/``du``/``au`` or a weekday: ``le
    15/02``, ``mardi 24/10``, and with a dot and a month of two digits, as Swiss and
    Belgian papers write it: ``jusqu'au 31.12``, ``mardi 24.10``.

    >>> show("Réunion le 15/02 à la préfecture, puis mardi 24.10 à 18h.")
    [('15/02', '2024-02-15'), ('mardi 24.10 à 18h', '2023-10-24T18:00')]
    >>> show("Le taux est passé le 4.10 % à 4.12 %.")
    []
    """
    d, mo = int(_g(m, p, "d") or 0), int(_g(m, p, "m") or _g(m, p, "m2") or 0)
    if not _valid_ymd(None, mo, d):
        return None
    r = Reading(m.start(), m.end(), p, month=mo, day=d)
    wd = _g(m, p, "wd")
    if wd:
        r.weekday = _weekday_value(wd)
    return r


#: The last word before a position, in the original text.
_LAST_WORD = lazy_pattern(r"([^\W\d_][^\W\d_'’-]*+)[ \t\u00a0]*+$")


def _name_before(ctx: Context, at: int) -> bool:
    """Whether the word before ``at`` is written as a name (« Godard », not « numéro »
    nor « AF »).

    >>> godard, flight = Context.of("Jean-Luc Godard (1930"), Context.of("vol AF (")
    >>> _name_before(godard, 16), _name_before(flight, 7)
    (True, False)
    """
    word = _LAST_WORD.search(ctx.original_at(max(0, at - 40), at))
    return word is not None and word.group(1).istitle()


def build_year_range(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Two years joined by a dash: ``2022-2023``, ``2019/20`` (a season, a school year).

    >>> show("le budget 2022-2023 du club")
    [('2022-2023', '2022/2023')]
    >>> show("Jean-Luc Godard (1930-2022) laisse une œuvre immense.")
    [('1930-2022', '1930/2022')]
    """
    a = int(_g(m, p, "a") or 0)
    btext = _g(m, p, "b") or ""
    b = int(btext) if len(btext) == 4 else a // 100 * 100 + int(btext)
    if not 0 < b - a <= 10 and not (
        # a life between parentheses, after a name: « Jean-Luc Godard (1930-2022) »
        0 < b - a <= 120
        and len(btext) == 4
        and ctx.low[m.start() - 1 : m.start()] == "("
        and ctx.low[m.end() : m.end() + 1] == ")"
        and _name_before(ctx, m.start() - 1)
    ):
        return None
    r = Reading(m.start(), m.end(), p, year=a)
    r.range_end = Reading(m.start(), m.end(), p, year=b)
    return r


def build_week_of(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A week or a weekend named by a day or an ordinal: ``la semaine du 6 octobre``, ``la
    dernière semaine de septembre 2014``, ``le week-end du 14 juillet`` (the one nearest the
    day), ``le premier week-end de juillet`` (the one of the month's first Saturday).

    >>> show("Les épreuves auront lieu la semaine du 6 novembre.")
    [('la semaine du 6 novembre', '2023-W45')]
    >>> show("Le premier week-end de juillet, il a plu.")
    [('Le premier week-end de juillet', '2023-W26-WE')]
    >>> show("Il a plu le week-end du 14 juillet 2023.")
    [('le week-end du 14 juillet 2023', '2023-W28-WE')]

    A holiday's weekend is the one nearest it; its week, for a holiday of a fixed day, the
    week it falls in:

    >>> show("Le week-end de Pâques a été marqué par des orages.")
    [('Le week-end de Pâques', '2023-W14-WE')]
    >>> show("La semaine de Noël 2022 a été douce.")
    [('La semaine de Noël 2022', '2022-W51')]
    """
    if m.group(_NUM["week_of h"]):
        return _holiday_week(m, ctx, p)
    mo_form = _g(m, p, "mo") or ""
    mo = _month_value(mo_form)
    ytext = _g(m, p, "y")
    y = int(ytext) if ytext else None
    dtext = _g(m, p, "d")
    o = _g(m, p, "o")
    if not dtext and mo_form in _NUMBERS:
        return None  # "la première semaine de sept jours": a count, not September
    if dtext:
        d = _day_value(dtext)
        if o or not _valid_ymd(y, mo, d):
            return None
    elif o:
        n = _ORD.get(o, 0)
        d = 1 + 7 * (n - 1) if n else 0  # 0: the last week, found once the year is known
    else:
        return None
    r = Reading(m.start(), m.end(), p, year=y, month=mo, day=d or 1, week_of=True, last_week=not d)
    if (_g(m, p, "u") or "").startswith("week"):
        r.weekend_of = 1 if dtext else 2
    return r


def _holiday_week(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """The weekend or the week of a holiday (see :func:`build_week_of`); none for a week of
    a movable feast (« la semaine de Pâques » is Holy Week to some, the week after to
    others), for the name of a time of year (``la semaine de la rentrée``) and for a name
    written without the capital it needs."""
    form, unit, ytext = m.group(*_NUMS["week_of h u y"])
    e = _lookup("holidays", form or "")
    if e.value.isdigit() or _g(m, p, "o"):
        return None
    weekend = (unit or "").startswith("week")
    if not weekend and not e.value[:1].isdigit():
        return None
    hs, he = m.span(_NUM["week_of h"])
    if "cap" in e.flags and not ctx.original_at(hs, he)[:1].isupper():
        return None
    value = _holiday_value(e, ctx.region)
    r = Reading(m.start(), m.end(), p, holiday=value, week_of=True, weekend_of=int(weekend))
    if ytext:
        r.year = int(ytext)
    return r


def build_night_of(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """The night between two days: ``la nuit de mercredi à jeudi``, ``la nuit du 3 au 4 mars``.

    >>> show("dans la nuit de mercredi à jeudi, un incendie s'est déclaré")
    [('la nuit de mercredi à jeudi', '2023-10-18TNI')]
    >>> show("dans la nuit de vendredi à samedi dernier, un incendie s'est déclaré")
    [('la nuit de vendredi à samedi dernier', '2023-10-13TNI')]
    """
    r = _fresh(m.start(), m.end(), p)
    r.type, r.part = TimexType.TIME, "NI"
    wd, mo, wd2, d1a, d2a, d1, ytext, rel = m.group(*_NUMS["night_of wd1 mo wd2 d1a d2a d1 y rel"])
    if wd:
        r.weekday = _weekday_value(wd)
        if wd2 and (_weekday_value(wd2) - r.weekday) % 7 != 1:
            return None
        if rel:
            if mo:
                return None  # « la nuit de jeudi à vendredi dernier 12 mars »: no reading
            # « la nuit de jeudi à vendredi dernier »: the night before last Friday (on a
            # Friday, a week before; « jeudi dernier » would be yesterday's Thursday)
            r.weekday, r.direction, r.previous_part = _weekday_value(wd2), _rel_dir(rel), True
            return r
        if not d1a:
            if mo:  # "la nuit de samedi à dimanche 12 novembre": one night, its day is the first
                if not d2a:
                    return None
                r.day = _day_value(d2a) - 1
                if r.day < 1:
                    return None
            else:
                return r
        else:
            r.day = _day_value(d1a)
        if not mo:
            return None
        r.weekday = None
    elif d1:
        r.day = int(d1)
        if not mo:
            return None
    else:  # "la nuit du 31 décembre au 1er janvier": the last day of a month, the first of the next
        y1_end = m.end(_NUM["night_of y1"])
        r.end = y1_end if y1_end >= 0 else m.end(_NUM["night_of mo1"])
        return _night_across(r, m.end(), *m.group(*_NUMS["night_of dl mo1 y1 mo2 y2"]))
    r.month = _month_value(mo) if mo else None
    if ytext:
        r.year = int(ytext)
    if r.month is not None and not _valid_ymd(r.year, r.month, r.day):
        return None
    return r


def _night_across(
    r: Reading, end: int, last: str, mo1: str, y1: str | None, mo2: str, y2: str | None
) -> Reading | None:
    """The night from the last day of ``mo1`` to the first of ``mo2``, the next month, each
    day with its year or not (a year given once is that of its day): ``r`` ends at ``end``.
    Without such a pair (``la nuit du 30 mars au 1er avril``), the night of the first day
    (``r`` as it is, ending after it: the scan reads the rest again, and ``1er avril`` is
    a date of its own); None when that day does not exist.

    >>> show("la nuit du 31 décembre au 1er janvier 2024 a été calme")
    [('la nuit du 31 décembre au 1er janvier 2024', '2023-12-31TNI')]
    >>> show("la nuit du 31 décembre 2022 au 1er janvier 2023")
    [('la nuit du 31 décembre 2022 au 1er janvier 2023', '2022-12-31TNI')]
    >>> show("la nuit du 30 mars au 1er avril")
    [('la nuit du 30 mars', '2024-03-30TNI'), ('1er avril', '2024-04-01')]
    """
    m1, m2 = _month_value(mo1), _month_value(mo2)
    day = _day_value(last)
    r.day, r.month, r.year = day, m1, int(y1) if y1 else None
    if m2 != m1 % 12 + 1 or (y1 and y2 and int(y2) != int(y1) + (m1 == 12)):
        return r if _valid_ymd(r.year, m1, day) else None
    year = r.year if y1 or y2 is None else int(y2) - (m1 == 12)
    # the month's last day: a valid day whose next is not (the 28th or 29th of a February
    # without a year)
    last_day = _valid_ymd(year, m1, day) and not _valid_ymd(year, m1, day + 1)
    if last_day or (year is None and m1 == 2 and day == 28):
        r.year, r.end = year, end
    return r if _valid_ymd(r.year, m1, day) else None


def build_first_hours(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """The first or last hours of a part of the day: ``les premières heures de la matinée``.

    >>> show("arrivés dès les premières heures de la matinée")
    [('les premières heures de la matinée', '2023-10-19TMO')]
    """
    part = _pod(_g(m, p, "pod"))
    if part is None:
        return None
    mod = Mod.START if (_g(m, p, "which") or "").startswith("premi") else Mod.END
    return Reading(m.start(), m.end(), p, type=TimexType.TIME, part=part, mod=mod)


def build_holiday(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Holidays and named days, Easter computed: ``Noël``, ``Pâques``, ``la Toussaint``;
    and the names of a time of year, read as its month: ``la rentrée`` is September.

    >>> show("avant Noël, puis à Pâques 2024 et à la Toussaint")
    [('Noël', '2023-12-25'), ('Pâques 2024', '2024-03-31'), ('la Toussaint', '2023-11-01')]
    >>> show("le père Noël est passé, le marché de Noël ouvre, les œufs de Pâques aussi")
    []
    >>> show("À la rentrée, les enseignants seront en grève; elle est rentrée chez elle.")
    [('la rentrée', '2024-09')]
    >>> show("Lors de la rentrée scolaire 2024-2025, les effectifs baisseront.")
    [('la rentrée scolaire 2024-2025', '2024-09')]
    """
    form_or_none, ytext, det = m.group(*_NUMS["holiday h y det"])
    form = form_or_none or ""
    e = _lookup("holidays", form)
    if "det" in e.flags and det not in ("la", "cette"):
        return None  # "elle est rentrée": a participle, not the start of the school year
    hs, he = m.span(_NUM["holiday h"])
    if "surname" in e.flags and not det and not _SURNAME_FREE_BEFORE.search(ctx.before(hs, 16)):
        return None  # "Tariq Ramadan", "l'islamologue Ramadan": a name
    orig = ctx.original_at(hs, he)
    if "cap" in e.flags and not orig[:1].isupper():
        return None
    if "alone" in e.flags and _HOLIDAY_COMPLEMENT.match(ctx.low, m.end()):
        return None  # "la fête nationale chinoise", "de l'Ukraine": another country's
    if _HOLIDAY_NOT_BEFORE.search(ctx.low[hs - 24 if hs > 24 else 0 : hs]):  # before(hs, 24)
        return None
    if form.startswith(_WEEKDAY_HOLIDAY_HEADS) and ctx.low.endswith(("un ", "chaque "), 0, hs):
        return None  # « mort un vendredi saint »: any one, no day (the weekday reads it)
    end = m.end()
    if ytext and e.value.isdigit():  # "la rentrée 2024-2025": the school year's first
        school_year = _NEXT_YEAR_AFTER.match(ctx.low, end)
        if school_year is not None and int(school_year.group(1)) % 100 == (int(ytext) + 1) % 100:
            end = school_year.end()
    if e.value == "01-01" and _OTHER_NEW_YEAR.match(ctx.low, end):
        return None  # "le Nouvel An chinois": not January 1st
    if ctx.low[end : end + 1] == "-" or _on_a_street(ctx, m.start()):
        # "Saint-Jean-de-Luz", a town; "rue du 8-Mai-1945", "place du 14-Juillet": a street
        return None
    if not ytext and _first_name_after(ctx, end):
        return None  # Noël Mamère, a first name
    start = m.start()
    if det and det[0] == "l" and form.startswith(("noel", "paques")):
        start = hs  # "à Noël", "de Pâques": no article of their own
    r = _fresh(start, end, p)
    if e.value.isdigit():  # a time of year: its month ("la rentrée" is September)
        if not ytext and _NAMED_MONTH_NOT_AFTER.match(ctx.low, end):
            # "la rentrée d'argent", "la rentrée dans l'atmosphère"; with a year, a time of
            # year (« la rentrée 2024 en sixième », « … dans les collèges »)
            return None
        r.month = int(e.value)
    else:
        r.holiday = _holiday_value(e, ctx.region)
        if e.value.startswith("hijri:"):
            r.mod = Mod.APPROX  # the tabular calendar: the day seen may be one off
    if ytext:
        r.year = int(ytext)
    return r


def build_nth_weekday(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """The nth weekday of a month: ``le premier lundi de septembre``, ``le dernier dimanche
    de mars``, ``le deuxième mardi de novembre 2024``; the year, when not written, is
    placed as a holiday's is.

    >>> show("Le vote a lieu le deuxième mardi de novembre.")
    [('le deuxième mardi de novembre', '2023-11-14')]
    >>> show("Le dernier dimanche de mars 2024, on passe à l'heure d'été.")
    [('Le dernier dimanche de mars 2024', '2024-03-31')]

    Every month's, or every year's, is a recurrence, once a month or once a year:

    >>> show("Le conseil se réunit le premier lundi de chaque mois.")
    [('le premier lundi de chaque mois', 'P1M')]
    >>> show("Le marché a lieu tous les derniers dimanches du mois.")
    [('tous les derniers dimanches du mois', 'P1M')]
    """
    o, wd, month, y, every, each_month, plural = m.group(*_NUMS["nth_weekday o wd m y ev mo pl"])
    o = o or ""
    # "chaque" takes the singular, "tous les" the plural, and the plural needs "tous les"
    if (o[-1:] == "s" or plural is not None) != (every or "").startswith("tous"):
        return None  # "chaque premiers lundis", "tous les premier lundi", "premiers lundis"
    o = o[:-1] if o[-1:] == "s" else o  # "premiers", "derniers"
    n = -1 if o == "dernier" else _ORD.get(o)
    if not n or month in _NUMBERS:
        return None  # "le dernier dimanche de sept personnes": a count, not September
    if each_month or every:  # once a month, or once a year ("chaque premier lundi de mai")
        if y:
            return None  # "chaque premier lundi de mai 2024": not a recurrence
        r = _fresh(m.start(), m.end(), p)
        r.type = TimexType.SET
        grain = Grain.MONTH if each_month else Grain.YEAR
        r.timex = duration_timex([(1, grain)])
        r.duration = Duration(1, grain)
        return r
    r = _fresh(m.start(), m.end(), p)
    r.holiday = f"nth:{_month_value(month or '')}:{_weekday_value(wd or '')}:{n}"
    if y:
        r.year = int(y)
    return r


#: After the name of a time of year (``la rentrée``), what makes it another noun: a
#: complement (``la rentrée d'argent``, ``des impôts``, ``dans l'atmosphère``, ``en
#: bourse``) or an adjective of money (``la rentrée fiscale``). ``de`` before a month or a
#: year is no complement (``la rentrée de 2019``; ``de septembre`` names its own month).
_NAMED_MONTH_NOT_AFTER = lazy_pattern(
    rf"{_S0}(?:(?:en|dans|sur){_S}|(?:d{APOS}|(?:de|du|des){_S})(?!{_S0}(?:\d|l{APOS}an|cette{_S}annee))"
    r"|(?:fiscale|financiere|budgetaire|atmospherique|monetaire)s?+(?!\w))"
)
#: Before a holiday that is also a surname (``ramadan``), what makes it the feast: a
#: preposition of time (``pendant ramadan``, ``la fin du ramadan``); an article is read by
#: the rule's own ``det``.
_SURNAME_FREE_BEFORE = _ending(
    r"\b(?:du|au|pendant|durant|avant|apres|depuis|jusqu'a|jusqu'au|en|dernier|prochain)[ \t]++$"
)
#: After a year, the next one of a school year (``2024-2025``, ``2024/25``).
_NEXT_YEAR_AFTER = lazy_pattern(r"[-/]((?:1[89]|20)\d\d|\d\d)(?![\w/]|[.,:-]\d)")
#: After a holiday of flag ``alone``, a complement that makes it another one: ``de``,
#: ``du``, ``des``, ``d'`` (``de l'Ukraine``) or an adjective (``chinoise``,
#: ``américaine``): any word but those that may follow the name in a sentence.
_HOLIDAY_COMPLEMENT = lazy_pattern(
    rf"{_S0}(?:d{APOS}|(?:de|du|des){_S}|(?!(?:et|ou|a|au|aux|en|le|la|les|l|ce|cet|cette"
    r"|ces|qui|que|qu|dont|sera|est|etait|avait|aura|approche|arrive|tombe|tombait|dans|sur"
    r"|sous|pour|par|avec|sans|vers|il|elle|ils|elles|on|nous|vous|je|j|puis|mais|donc|car"
    r"|depuis|avant|apres|lors|pendant|durant|prochaine|derniere|passee|se|s|n|ne|y|comme"
    r"|celebree|marquee|fetee|ont|sont|seront|auront|avaient|etaient|fut|furent|serait"
    r"|aurait|reste|restent|doit|doivent|devrait|pourrait|va|vont|coincide|commence"
    r"|debute|attire|attirera|rassemble|donne|marque|fait|font|bat|aussi|egalement|encore"
    r"|meme|deja)(?![\w-]))[^\W\d_][\w-]*+)"
)
#: Before a holiday, a word that makes it a name (``le père Noël``, ``l'île de Pâques``) or
#: the holiday a modifier of a thing (``le marché de Noël``, ``un sapin de Noël``, ``les
#: œufs de Pâques``); not of a time (``les vacances de Noël``, ``la trêve de Noël``).
_HOLIDAY_NOT_BEFORE = lazy_pattern(
    # (« grand-père Noël », « le Père-Noël », « des pères Noël », « la Mère Noël »)
    r"(?<!\w)(?:(?:pere|peres|papa|mere)[ \t-]*+"
    r"|(?:marche|sapin|arbre|conte|buche|oeuf|lapin|cloche|chocolat|chant|carte|film"
    r"|decoration|illumination|guirlande|creche|village|pull|calendrier|repas|emission"
    r"|spectacle|concert)s?+[ \t]++d(?:e[ \t]++|')"
    r"|(?:cadeaux?+|speciale?+)[ \t]++de[ \t]++|\bile[ \t]++de)[ \t]*+$"
)


def _on_a_street(ctx: Context, start: int) -> bool:
    """Whether the date at ``start`` names a street or a place (:data:`_STREET_BEFORE`);
    the pattern is searched only after ``du``/``de`` and a space.

    >>> _on_a_street(Context.of("rue du 8-Mai-1945"), 7), _on_a_street(Context.of("le 8 mai"), 3)
    (True, False)
    """
    near = ctx.low[start - 8 if start > 8 else 0 : start]
    word = near.rstrip(" \t")
    if word == near or not word.endswith(("du", "de")):
        return False
    return _STREET_BEFORE.search(ctx.before(start, 32)) is not None


#: The first words of the holidays named by their weekday (« vendredi saint », « lundi de
#: Pâques », « jeudi de l'Ascension »).
_WEEKDAY_HOLIDAY_HEADS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


#: After ``Nouvel An``, the new year of another calendar (``le Nouvel An chinois``).
_OTHER_NEW_YEAR = lazy_pattern(
    r"[ \t]++(?:chinois|lunaire|juif|vietnamien|iranien|persan|tamoul|tibetain|orthodoxe"
    r"|berbere|amazigh|islamique|musulman|hegirien)(?!\w)"
)
#: Before a date written as a name, a street or a place that bears it (``rue du 8-Mai-1945``,
#: ``place du 14-Juillet``, ``avenue du 11-Novembre``).
_STREET_BEFORE = _ending(
    r"\b(?:rue|ruelle|place|avenue|av|boulevard|bd|quai|pont|square|allee|esplanade|cours"
    r"|impasse|passage|parvis|stade|lycee|college|ecole|parc|route|chemin|promenade"
    r"|carrefour|rond-point|gare|station|cite|residence|hopital)\.?+[ \t]++(?:du|de)[ \t]++$"
)
#: A capitalized word after a holiday (``Noël Mamère``, a first name).
_FIRST_NAME_AFTER = lazy_pattern(r"[ \t]++[A-Z][a-z]")


def _first_name_after(ctx: Context, end: int) -> bool:
    """Whether a capitalized word follows the folded offset ``end`` in the original text: the
    word before it is a first name (``Noël Mamère``, ``Avril Lavigne``).

    >>> _first_name_after(Context.of("Avril Lavigne chante"), 5)
    True
    """
    return _FIRST_NAME_AFTER.match(ctx.original, ctx.to_original(end, end)[0]) is not None


def build_day_month(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Day and month names, with weekday, year, lists and part of day: ``19 octobre 2023``,
    ``jeudi 19 octobre``, ``1er oct. 2023``, ``du 3 au 5 octobre``, ``le 28, 29 avril``.

    >>> show("Le vote a eu lieu le 1er oct. 2023, puis jeudi 19 octobre.")
    [('1er oct. 2023', '2023-10-01'), ('jeudi 19 octobre', '2023-10-19')]
    >>> show("Le festival aura lieu du 3 au 5 novembre.")
    [('3 au 5 novembre', '2023-11-03/2023-11-05')]
    >>> show("Le festival aura lieu du jeudi 2 au samedi 4 novembre.")
    [('jeudi 2 au samedi 4 novembre', '2023-11-02/2023-11-04')]
    >>> show("le 31 février 2023")
    []
    """
    mo_form, d_form, ytext, rel, wd, pod, d2, sep_form, yh = m.group(
        *_NUMS["day_month mo d y rel wd pod d2 sep yh"]
    )
    if _on_a_street(ctx, m.start()):
        return None  # "rue du 8-Mai-1945", "place du 4 Septembre": a street
    mo = _month_value(mo_form or "")
    d = _day_value(d_form or "")
    ytext = ytext or yh  # "le 8-Mai-1945"
    y = int(ytext) if ytext else None
    if not _valid_ymd(y, mo, d) or (y is not None and not 1000 <= y <= 2200):
        return None
    start = m.start()
    r = _fresh(start, m.end(), p)
    r.year, r.month, r.day = y, mo, d
    if rel:
        r.direction = _rel_dir(rel)
    if wd and len(wd) == 3 and ctx.low.startswith("le", m.end(_NUM["day_month wd"]) + 1):
        # « en mer le 1er juin »: « mer » before « le » is no abbreviated weekday (« mer. 1er
        # juin » is), the date starts at its day
        r.start = m.start(_NUM["day_month d"])
        wd = None
    if wd:
        # ctx.before(start, 12), sliced here (a method call costs more than the slice)
        if _TITLE_BEFORE.search(ctx.low[start - 12 if start > 12 else 0 : start]):
            return None
        r.weekday = _weekday_value(wd)
    if pod:
        part = _pod(pod)
        if part:
            r.part, r.type = part, TimexType.TIME
    if d2:
        sep = (sep_form or "").strip()
        d2v = _day_value(d2)
        if not _valid_ymd(y, mo, d2v):
            return None
        mid = m.group(_NUM["day_month mid"])
        if mid or sep == "et":
            return _day_list(r, m, ctx, d, mid, sep, d2v)
        if sep in (",", "ou"):
            r.mod = Mod.APPROX
        elif d2v > d:
            _range_to(r, m, d2v)
        else:
            return None
    return r


def _range_to(r: Reading, m: regex.Match[str], last: int) -> None:
    """Make the day_month reading ``r`` a range to the day ``last`` of its month and year,
    the end read from its last day number to the end of the match (``3 au 5 novembre``)."""
    r.range_end = r2 = _fresh(m.start(_NUM["day_month d2"]), m.end(), r.rule)
    r2.year, r2.month, r2.day = r.year, r.month, last


#: A day number of a list's middle (``, 10``, ``, samedi 10``): the number is read.
_LIST_DAY = re.compile(r"(3[01]|[12]\d|0?[1-9])(?!\d)")
#: The end of a text before the rest of a list of days: a day number and a separator.
_LIST_BEFORE = regex.compile(rf"\d(?:er|re|e)?[ \t]*(?:,|et|ou)[ \t]*(?:(?:{_WD_ANY})[ \t]+)?\Z")


def _day_list(
    r: Reading, m: regex.Match[str], ctx: Context, d: int, mid: str, sep: str, last: int
) -> Reading | None:
    """The reading ``r`` of a list of days of one month (``les 3 et 17 octobre``, ``les 3,
    10 et 17 octobre``, ``les 3, 4 et 5 novembre``), from its first day ``d``, the text of
    its middle days ``mid``, the separator ``sep`` before its last day ``last``.

    Days that follow each other are one range, from the first to the last; other days are
    each a mention: ``r`` is then the first day alone (it ends after its number), and the
    scan reads the rest of the list again from there. ``ou`` keeps the first day,
    approximate (``le 3, 4 ou 5 mai``); days out of order are no reading.

    >>> show("Les élections auront lieu les 3 et 17 octobre 2024.")
    [('3', '2024-10-03'), ('17 octobre 2024', '2024-10-17')]
    >>> show("Les audiences se tiendront les 3, 4 et 5 novembre.")
    [('3, 4 et 5 novembre', '2023-11-03/2023-11-05')]
    >>> show("Les 7 et 8 octobre derniers, des combats ont eu lieu.")
    [('7 et 8 octobre derniers', '2023-10-07/2023-10-08')]
    """
    days = [d, *(int(x) for x in _LIST_DAY.findall(mid)), last]
    if sorted(set(days)) != days:  # out of order, or a day twice
        return None
    if sep == "ou":
        r.mod = Mod.APPROX
        return r
    if sep not in ("et", ","):
        return None
    start = r.start
    # the rest of a list read again after its first day ("1, 3 et 4 janvier": "3 et 4"):
    # its days are each a mention too
    rest = _LIST_BEFORE.search(ctx.low, start - 24 if start > 24 else 0, start) is not None
    if not rest and days[-1] - days[0] == len(days) - 1:  # days that follow each other
        _range_to(r, m, last)
        return r
    r.end = m.end(_NUM["day_month d"])
    return r


def build_month_day_year(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Month before day, with a year (English order, seen in feeds): ``fév 15, 2013``.

    >>> show("vendredi, décembre 5 2014.")
    [('vendredi, décembre 5 2014', '2014-12-05')]
    """
    mo = _month_value(_g(m, p, "m") or "")
    d = _day_value(_g(m, p, "d") or "")
    y = int(_g(m, p, "y") or 0)
    if not _valid_ymd(y, mo, d):
        return None
    r = Reading(m.start(), m.end(), p, year=y, month=mo, day=d)
    if _g(m, p, "wd"):
        r.weekday = _weekday_value(_g(m, p, "wd") or "")
    return r


def build_weekday(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Weekdays, with ``ce``, ``dernier``/``prochain`` and a part of the day: ``jeudi``,
    ``ce jeudi``, ``jeudi dernier``, ``jeudi matin``, ``dimanche soir``.

    >>> show("Cette année, Noël tombe un lundi.")
    [('Cette année', '2023'), ('Noël', '2023-12-25'), ('lundi', 'XXXX-WXX-1')]
    >>> show("M. Lavrov est arrivé jeudi matin; il repartira dimanche.")
    [('jeudi matin', '2023-10-19TMO'), ('dimanche', '2023-10-22')]
    >>> show("M. Jeudi a témoigné.")
    []
    >>> show("Le 3 mars 2021, l'usine a fermé; le samedi suivant, une marche a eu lieu.")
    [('3 mars 2021', '2021-03-03'), ('samedi suivant', '2021-03-06')]
    """
    wd_group = _NUM["weekday wd"]
    ws, we = m.span(wd_group)
    if _TITLE_BEFORE.search(ctx.low[ws - 12 if ws > 12 else 0 : ws]):  # ctx.before(ws, 12)
        return None
    orig = ctx.original_at(ws, we)
    paper = _PAPER_BEFORE.search(ctx.low[ws - 24 if ws > 24 else 0 : ws])
    if paper is not None and (paper.group(1) is not None or orig[:1].isupper()):
        return None  # "au Journal du dimanche", "à La Tribune Dimanche": a newspaper
    if orig[:1].isupper() and not orig.isupper() and not _sentence_start(ctx, m.start()):
        at = ctx.to_original(m.end(), m.end())[0]
        after = ctx.original[at : at + 3]
        if _SPACE_CAPITAL.match(after):  # Jeudi Dupont, a name
            return None
    wd, rel, rel2, pod, dn = m.group(*_NUMS["weekday wd rel rel2 pod dn"])
    r = _fresh(m.start(), m.end(), p)
    r.weekday = _weekday_value(wd or "")
    if (
        not (dn or rel or rel2)
        and ws == m.start()
        and (_habitual_around(ctx, ws, m.end()) or _opening_days(ctx, ws))
    ):
        r.habitual = True  # "le mardi": every Tuesday, if the clause has no tense
    if dn:  # "samedi 28": the resolver looks for the month
        r.day = _day_value(dn)
    if rel or rel2:
        r.direction = _rel_dir(rel or rel2)
        if rel in ("suivant", "precedent"):  # after or before the day the text tells
            r.anchor = "narr"
    if pod:
        part = _pod(pod)
        if part:
            r.part, r.type = part, TimexType.TIME
    if not (dn or rel or rel2) and ws == m.start() and _A_DAY_BEFORE.search(ctx.before(ws, 4)):
        # « Noël tombe un lundi », « un dimanche après-midi de 1987 »: some Monday, not one
        # the calendar can place
        r.anchor = "any"
    return r


#: Before a weekday, the indefinite article: any day of that name (« tombe un lundi »).
_A_DAY_BEFORE = lazy_pattern(r"(?<!\w)un[ \t]++$")


#: Before a weekday, the article of a habit (``le mardi``); after it, what makes it one
#: day (``le mardi de la semaine prochaine``, ``le mardi qui suit``, ``le mardi où``), but
#: not the hours of the habit (``le samedi de 8 h à 13 h``).
_HABIT_BEFORE = lazy_pattern(r"(?<![\w'])le[ \t]++$")
_ONE_DAY_AFTER = lazy_pattern(r"[ \t]++(?:de(?![ \t]++\d)|du|des|d'|qui|ou|dont)(?!\w)")


def _habitual_around(ctx: Context, start: int, end: int) -> bool:
    """Whether the weekday read at ``[start, end)`` has the article of a habit before it
    and nothing after it that makes it one day.

    >>> _habitual_around(Context.of("fermé le mardi."), 9, 14)
    True
    >>> _habitual_around(Context.of("le mardi de la semaine"), 3, 8)
    False
    >>> _habitual_around(Context.of("le mardi de 9 h à 12 h"), 3, 8)
    True
    """
    low = ctx.low
    if _HABIT_BEFORE.search(low, start - 6 if start > 6 else 0, start) is None:
        return False
    return _ONE_DAY_AFTER.match(low, end) is None


#: Before a weekday, the days a place is open on (« ouvert du mardi au dimanche »,
#: « fermé du lundi au mercredi », « la permanence est assurée du lundi au vendredi »).
_OPENING_DAYS_BEFORE = lazy_pattern(
    r"(?:(?<!\w)(?:est|sont|reste|restent|demeure|demeurent)[ \t]++(?:[a-z]++ment[ \t]++)?+"
    r"(?:ouvert|ferme|accessible)\w*+|(?<!\w)(?:horaires|permanence)\w*+)"
    r"(?:[ \t,]++[\w']++){0,4}?[ \t,]++du[ \t]++"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \t]++au[ \t]++)?+$"
)


def _opening_days(ctx: Context, start: int) -> bool:
    """Whether the weekday at ``start`` is an end of the days a place is open or closed on
    (« Le musée est ouvert du mardi au dimanche »): every week's, in a clause with no tense.

    >>> ctx = Context.of("le musée est ouvert du mardi au dimanche")
    >>> _opening_days(ctx, 23), _opening_days(ctx, 32)
    (True, True)
    >>> _opening_days(Context.of("le festival a lieu du jeudi au dimanche"), 22)
    False

    Without the articles, two days (« fermée de lundi à mercredi pour travaux »):

    >>> _opening_days(Context.of("la piscine est fermee de lundi a mercredi"), 27)
    False
    """
    low = ctx.low
    k = start
    while k > 0 and low[k - 1] in " \t":
        k -= 1
    if not low.endswith(("du", "au"), 0, k):
        return False  # what the pattern ends with, tested first: most weekdays have neither
    return _OPENING_DAYS_BEFORE.search(low, start - 60 if start > 60 else 0, start) is not None


#: A space and a capital letter (after a weekday: ``Jeudi Dupont``, a name).
_SPACE_CAPITAL = lazy_pattern(r"\s[A-Z]")


def build_clock_range(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Compact clock ranges: ``13h-15h``, ``13-15h``, ``18-22h``, ``11h-13``, ``1-3pm``.

    >>> show("ouvert de 13h-15h")
    [('13h-15h', '2023-10-19T13:00/2023-10-19T15:00')]
    >>> show("victoire 3-1 du club")
    []
    """
    h1, h2 = int(_g(m, p, "a") or _g(m, p, "c") or 0), int(_g(m, p, "b") or _g(m, p, "d") or 0)
    ampm = _g(m, p, "ampm") or _g(m, p, "ampm1") or ""
    m1 = int(_g(m, p, "m1") or 0)
    if ampm.startswith("p") and h1 <= 12 and h2 <= 12:
        if h1 < 12 and (_g(m, p, "ampm1") or h1 <= h2):  # "1-3pm"; "11pm-2" keeps 2 am
            h1 += 12
        if h2 < 12 and not (_g(m, p, "ampm1") and h1 > h2 + 12):
            h2 += 12
    if h1 > 24 or h2 > 24 or m1 > 59:
        return None
    r = Reading(m.start(), m.end(), p, type=TimexType.TIME, hour=h1 % 24, minute=m1)
    m2 = int(_g(m, p, "m2") or 0)
    if m2 > 59:
        return None
    r.range_end = Reading(m.start(), m.end(), p, type=TimexType.TIME, hour=h2 % 24, minute=m2)
    return r


_DURATION_BEFORE = _ending(
    r"\b(?:pendant|durant|en|dans|les|des|ces|sous|plus de|moins de|pres de|environ|au moins"
    r"|toutes les|tous les|chaque|au bout de|pour|sur|a peine|quelque|de plus de)\s*+$"
)
#: Before hours with their minutes written « min », what makes them a length besides the
#: words of a duration (« en », « pendant »…): « a mis 3 h 15 min », « le record est de
#: 2 h 01 min 09 s », « un temps de … », « avec 1 h 05 min d'avance ». Without one they are
#: a time (« Ouverture des portes : 19 h 30 min », « dès 6 h 30 min »).
_LENGTH_CUE_BEFORE = _ending(
    r"\b(?:mis|met|mettent|mettra|mettre|pris|prend|prendra"
    r"|record(?:[ \t]++(?:est|etait|reste|du monde|de france|personnel))?+[ \t]++de"
    r"|temps[ \t]++de|chrono[ \t]++de|boucle|bouclee|parcouru|couru|court|nage|nagee)\s*+$"
)
#: The word of the minutes in a count of hours (``2 h 05 min 30 s``).
_MIN_WORD = lazy_pattern(r"\d[ \t]*+min(?:utes?+)?+\b")
#: A verb of length before a count of hours (``le trajet dure 2 h 30``, ``il a fallu 3 h``).
_LENGTH_VERB_BEFORE = _ending(
    r"\b(?:dure|durent|durera|dureront|durait|duraient|durerait|fallu|faut|faudra|faudrait"
    # « retardé de 2 h 15 », « ont attendu 2 h 15 », « resté bloqué 3 h 40 »
    r"|fallait)\s*+$"
)
#: A wait or a delay before a count of hours and minutes (« retardé de 2 h 15 », « ont
#: attendu 2 h 15 », « resté bloqué 3 h 40 »): a length, unless a range follows (« bloqué
#: 22 h à 5 h »); « attendu » after « avoir » only (« est attendu 18 h » is a time).
_WAIT_VERB_BEFORE = _ending(
    r"\b(?:retardee?s?+\s++de|(?:a|ont|avons|avez|avait|avaient)\s++(?:attendu|patiente)"
    r"|bloquee?s?+|immobilisee?s?+)\s*+$"
)
#: ``après`` before a count of hours and minutes followed by ``de`` and a noun: ``après 2 h
#: 30 de débat`` is a duration.
_AFTER_WORD_BEFORE = _ending(r"\bapres\s*+$")
#: A noun and ``de`` before a count of hours: ``la grève de 24 heures``, ``un film de 2
#: heures`` (not ``à partir de``, ``autour de``…, which name a time).
_NOUN_DE_BEFORE = _ending(
    r"\b(?!(?:partir|alentours|autour|environs|compter)\b)[a-z]{3,}[ \t]++de[ \t]++$"
)
#: A range after a count of hours: ``de 9 heures à 17 heures``.
_RANGE_AFTER = lazy_pattern(r"[ \t]*+(?:(?:a|au)[ \t]++\d|-|jusqu)")
#: An article before a count of hours: ``le 20 h de France 2``, ``au 13 h``, a news bulletin.
_ARTICLE_BEFORE = _ending(r"\b(?:le|du|au)[ \t]++$")
_TIME_BEFORE = _ending(
    r"\b(?:a|vers|des|jusqu'a|avant|apres|entre|de|depuis|et|partir de|alentours de|autour de"
    r"|peu avant|peu apres|des|a compter de|aux environs de|ce soir|ce matin|demain|hier"
    rf"|matin|soir|{_WD_FULL})\s*+$"
)


def _since(ctx: Context, at: int, before: str) -> bool:
    """Whether ``before`` (the folded text that ends at ``at``) ends with « dès », which
    folds as the article « des »: a count of hours after it is a clock time (``dès 6 h``).

    >>> ctx = Context.of("dès 6 h, des 24 heures")
    >>> _since(ctx, 4, ctx.low[:4]), _since(ctx, 13, ctx.low[:13])
    (True, False)
    """
    b = before.rstrip()
    if not b.endswith("des") or (len(b) > 3 and (b[-4].isalnum() or b[-4] == "_")):
        return False
    e = at - (len(before) - len(b)) - 2  # the "e" of "des"
    return _grave(ctx.original_at(e, e + 1))


def build_clock(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Clock times: ``14 h 30``, ``14h30``, ``vers 9 h``, ``14:30``, ``8 h du matin``,
    ``8:10 PM``; a count of hours that is a duration (``48 heures``) is read as one.

    >>> show("Le conseil se réunit à 14 h 30, vers 9 h puis à 18h.")
    [('14 h 30', '2023-10-19T14:30'), ('vers 9 h', '2023-10-19T09:00'), ('18h', '2023-10-19T18:00')]
    >>> show("Il a été entendu pendant 48 heures.")
    [('48 heures', 'PT48H')]

    Hours and minutes with a dot are a time only with the hours word after them, as Swiss
    papers write it (« à 14.30 heures »): « 12.50 » alone is a price.

    >>> show("Le guichet ouvre à 8.30 heures; le ticket coûte 12.50.")
    [('8.30 heures', '2023-10-19T08:30')]
    """
    h_txt, sep_txt, mi_txt, ss_txt, ampm_txt, pod_txt, appr, extra_txt = m.group(
        *_NUMS["clock h sep m s ampm pod appr extra"]
    )
    h = int(h_txt or 0)
    sep = (sep_txt or "").strip()
    if extra_txt and sep[:1] != "h":
        return None  # "14: et quart": no clock time (":" wants its minutes)
    ampm = ampm_txt.replace(".", "") if ampm_txt else ""
    pod = " ".join(pod_txt.split()) if pod_txt else ""
    low = ctx.low
    ms, me = m.span()
    before = low[ms - 24 if ms > 24 else 0 : ms]  # ctx.before(ms, 24), sliced here
    is_hours_word = sep.startswith("heure")
    if is_hours_word:
        unit_at = m.start(_NUM["clock sep"]) + len(sep_txt) - len(sep_txt.lstrip())
        if _named_unit(ctx, unit_at, unit_at + len(sep)):
            return None  # "les 24 Heures du Mans", the daily "24 Heures": a name
    if not (appr or mi_txt or ampm or pod) and sep[:1] == "h" and _ARTICLE_BEFORE.search(before):
        return None  # "le 20 h de France 2", "au 13 h": a news bulletin
    length_verb = (
        _LENGTH_VERB_BEFORE.search(before) is not None
        or (
            ((is_hours_word and h <= 3) or (h and h % 24 == 0 and (is_hours_word or sep == "h")))
            and _NOUN_DE_BEFORE.search(before) is not None
            and _RANGE_AFTER.match(low, me) is None
        )
        or (_WAIT_VERB_BEFORE.search(before) is not None and _RANGE_AFTER.match(low, me) is None)
    )  # "la grève de 24 heures", "de 48 h", "un film de 2 heures", not "le journal de 20 heures"
    if (
        not appr
        and not mi_txt
        and not ampm
        and not pod
        and sep != ":"
        and (
            h > 24
            or length_verb
            or (_DURATION_BEFORE.search(before) and not _since(ctx, ms, before))
            or (is_hours_word and not _TIME_BEFORE.search(before))
            or (
                _HOURS_OF_AFTER.match(low[me : me + 9]) is not None  # ctx.after(me, 9)
                and not _of_a_name(ctx, me)  # « le journal de 20 h de TF1 »: a bulletin
            )
        )
    ):
        if _PER_DAY_AFTER.match(low[me : me + 9]):
            return None  # 24h/24
        if extra_txt and extra_txt.startswith("moins"):  # "deux heures moins le quart"
            me = m.start(_NUM["clock extra"])
            while low[me - 1] in " \t":
                me -= 1
        return _duration_reading(ms, me, p, low[ms:me])
    if mi_txt and not (appr or ampm or pod) and sep.startswith("h"):
        # "1 h 30 de route", "après 2 h 30 de débat", "le trajet dure 2 h 30", "en 1 h 45";
        # with the minutes written « min », seconds too: "en 2 h 05 min 30 s", "a mis 3 h
        # 15 min", "le record est de 2 h 01 min 09 s": a duration
        min_word = _MIN_WORD.search(low, ms, me) is not None
        if (not ss_txt or min_word) and (
            length_verb
            or (_DURATION_BEFORE.search(before) and not _since(ctx, ms, before))
            or (min_word and _LENGTH_CUE_BEFORE.search(before))
            or (
                not ss_txt
                and (not _TIME_BEFORE.search(before) or _AFTER_WORD_BEFORE.search(before))
                and _NOUN_OF_AFTER.match(low[me : me + 16])
            )
        ):
            minutes, seconds = int(mi_txt), int(ss_txt) if ss_txt else 0
            return Reading(
                ms,
                me,
                p,
                type=TimexType.DURATION,
                duration=Duration(h + minutes / 60 + seconds / 3600, Grain.HOUR),
                timex=f"PT{h}H{minutes}M" + (f"{seconds}S" if ss_txt else ""),
            )
    if sep == ":" and not mi_txt:
        return None
    if (
        sep == "."
        and not ampm
        and (not _g(m, p, "hw") or length_verb)
        and not _search(r"-[ \t]*+$", ctx.before(ms, 3))
    ):
        return None  # 12.50 is a price; "8:10 - 12.32" is a range; "14.30 heures" a time
    mi = int(mi_txt) if mi_txt else 0
    ss = int(ss_txt) if ss_txt else None
    if extra_txt:
        hm = _clock_extra(" ".join(extra_txt.split()), h)
        if hm is None:
            return None
        h, mi = hm
    if ampm:
        if h > 12 or h == 0:
            return None
        if ampm.startswith("p") and h < 12:
            h += 12
        elif ampm.startswith("a") and h == 12:
            h = 0
    if pod in ("du soir", "de l'apres-midi") and h < 12:
        h += 12
    if h > 24 or mi > 59 or (ss is not None and ss > 59) or (h == 24 and (mi or ss)):
        return None
    start = ms if appr else m.start(_NUM["clock h"])
    r = _fresh(start, me, p)
    r.type, r.hour, r.minute, r.second = TimexType.TIME, h % 24, mi, ss
    if h == 24:
        r.midnight = True
    if not mi_txt and not ampm and not extra_txt:
        r.minute = None
    if appr:
        r.mod = Mod.APPROX
    return r


def _clock_extra(extra: str, h: int) -> tuple[int, int] | None:
    """The hour and minute of a clock time ``h`` with what is said after it: ``et quart``,
    ``et demie``, ``moins le quart``, ``moins dix``, or minutes in words or digits.

    >>> [_clock_extra(x, 3) for x in ("et quart", "moins le quart", "moins dix")]
    [(3, 15), (2, 45), (2, 50)]
    """
    if extra.startswith("et quart"):
        return h, 15
    if extra.startswith("et dem"):
        return h, 30
    if extra.startswith("moins le quart"):
        return h - 1, 45
    if extra.startswith("moins"):
        v = parse_number(extra[5:])
        if v is None or not 0 < v < 60:
            return None
        return h - 1, 60 - int(v)
    v = parse_number(extra)
    if v is None or not 0 <= v <= 59:
        return None
    return h, int(v)


#: After a count of hours: a rate (``24h/24``, ``24h sur 24``) or ``de`` and a noun.
_HOURS_OF_AFTER = lazy_pattern(r"\s*+(?:/|sur\s*+24|de\s+(?!l'apres-midi|la\s+nuit|l'apres))")
#: A bulletin's noun and « de » before its hours (« le journal de 20 h de TF1 »; not « un
#: film de 3 h de Martin Scorsese », « un vol de 11 h de Paris à Tokyo »).
_BULLETIN_BEFORE = lazy_pattern(
    r"(?<!\w)(?:jt|journal|journaux|edition|flash|bulletin|infos?+)[ \t]++de[ \t]++\d{1,2}"
    r"[ \t]*+(?:h|heures?+)[ \t]*+$"
)
#: After a count of hours, « de » and a capital: a name (« de TF1 », « de France 2 »).
_OF_CAPITAL = re.compile(r"[ \t\u00a0]*de[ \t\u00a0]+[A-Z]")


def _of_a_name(ctx: Context, end: int) -> bool:
    """Whether « de » and a capitalized name follow ``end`` (« 20 h de TF1 »): the hours
    name a bulletin of that channel, not the length of something.

    >>> _of_a_name(Context.of("le journal de 20 h de TF1"), 18)
    True
    >>> vol = Context.of("un vol de 11 h de Paris")
    >>> _of_a_name(Context.of("24 h de garde a vue"), 4), _of_a_name(vol, 15)
    (False, False)
    """
    at = ctx.to_original(end, end)[0]
    if _OF_CAPITAL.match(ctx.original, at, at + 12) is None:
        return False
    return _BULLETIN_BEFORE.search(ctx.before(end, 40)) is not None


#: After a count of hours: a rate (``24h/24``).
_PER_DAY_AFTER = lazy_pattern(r"\s*+(?:/|sur\s*+24)")
#: After a duration: the whole it is a share of (``trois jours sur quatre``).
_SHARE_AFTER = lazy_pattern(rf"[ \t]++sur[ \t]++(?:\d|{NUMW}(?!\w))")


def build_clock_compact(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Hours and minutes run together before am/pm, as in feeds: ``1230pm``, ``930am``.

    >>> show("rendez-vous à 1230pm")
    [('1230pm', '2023-10-19T12:30')]
    """
    hm = _g(m, p, "hm") or ""
    h, mi = int(hm[:-2]), int(hm[-2:])
    pm = (_g(m, p, "ampm") or "") == "pm"
    if not 1 <= h <= 12 or mi > 59:
        return None
    if pm and h < 12:
        h += 12
    elif not pm and h == 12:
        h = 0
    return Reading(m.start(), m.end(), p, type=TimexType.TIME, hour=h, minute=mi)


def build_clock_words(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Clock times in words: ``midi``, ``minuit``, ``à deux heures du matin``, ``midi et demi``.

    >>> show("La séance reprendra à midi et demi, et finira vers minuit.")
    [('midi et demi', '2023-10-19T12:30'), ('vers minuit', '2023-10-20T00:00')]
    >>> show("Il vit dans le Midi depuis vingt ans.")
    [('vingt ans', 'P20Y')]
    """
    named, n1, n2, pod_form, extra_form, appr = m.group(
        *_NUMS["clock_words named n n2 pod extra appr"]
    )
    mi = 0
    if named:
        if named == "midi":
            ns, ne = m.span(_NUM["clock_words named"])
            orig = ctx.original_at(ns, ne)
            if orig[:1] == "M" and not _sentence_start(ctx, ns):
                return None  # le Midi (the south of France), Midi Libre
            if _search(r"\b(?:le|du|au|dans le)\s*+$", ctx.before(m.start(), 10)):
                return None
            h = 12
        else:
            h = 24
    else:
        n = parse_number(n1 or n2 or "")
        if n is None or not float(n).is_integer() or not 1 <= n <= 24:
            return None
        h = int(n)
        pod = " ".join((pod_form or "").split())
        if pod in ("du soir", "de l'apres-midi") and h < 12:
            h += 12
    extra = " ".join((extra_form or "").split())
    if extra:
        hm = _clock_extra(extra, h)
        if hm is None:
            return None
        h, mi = hm
    r = _fresh(m.start(), m.end(), p)
    r.type, r.hour, r.minute = TimexType.TIME, h % 24, mi
    if not extra:
        r.minute = None  # "à quinze heures", "midi": an hour
    if h == 24:
        r.midnight = True
    if appr:
        r.mod = Mod.APPROX
    return r


#: An ordinal in words up to the twenty-ninth (``vingtième``, ``dix-neuvième``,
#: ``vingt et unième``), read by :func:`_ordinal_value`.
_ORDINAL_WORD = (
    rf"(?:(?:dix|vingt)(?:-et-|{_S}et{_S}|-))?+(?:premier|unieme|deuxieme|troisieme"
    r"|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme)"
    r"|dixieme|onzieme|douzieme|treizieme|quatorzieme|quinzieme|seizieme|vingtieme"
)
_ORDINAL_UNITS = {
    "premier": 1,
    "unieme": 1,
    "deuxieme": 2,
    "troisieme": 3,
    "quatrieme": 4,
    "cinquieme": 5,
    "sixieme": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
    "onzieme": 11,
    "douzieme": 12,
    "treizieme": 13,
    "quatorzieme": 14,
    "quinzieme": 15,
    "seizieme": 16,
    "vingtieme": 20,
}


def _ordinal_value(words: str) -> int | None:
    """The number of an ordinal in words (:data:`_ORDINAL_WORD`).

    >>> [_ordinal_value(w) for w in ("vingtieme", "dix-neuvieme", "vingt et unieme", "dix-premier")]
    [20, 19, 21, None]
    """
    parts = words.replace("-et-", " ").replace(" et ", " ").replace("-", " ").split()
    if len(parts) == 1:
        return _ORDINAL_UNITS.get(parts[0])
    tens = {"dix": 10, "vingt": 20}.get(parts[0])
    unit = _ORDINAL_UNITS.get(parts[-1])
    if len(parts) != 2 or tens is None or unit is None or unit > 9 or parts[-1] == "premier":
        return None
    if (parts[-1] == "unieme") != (" et " in words or "-et-" in words):
        return None  # "vingt et unième", but "dix-neuvième", not "vingt-unième"
    return tens + unit


def build_decade(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Decades: ``les années 1990``, ``années 70``, ``fin des années 2000``, ``les années
    soixante``.

    >>> show("depuis les années 1970 et jusqu'à la fin des années 90")
    [('les années 1970', '197'), ('fin des années 90', '199')]
    >>> show("Dans les années quatre-vingt, la ville a doublé.")
    [('les années quatre-vingt', '198')]
    """
    words = _g(m, p, "yw")
    if words:
        decade = 190 + int(parse_number(words) or 0) // 10  # "soixante": the 1960s
        return _set_mod(Reading(m.start(), m.end(), p, decade=decade), m, p)
    t = _g(m, p, "y") or ""
    y = int(t)
    if len(t) == 2:
        y += 1900
    if y % 10:
        return None
    return _set_mod(Reading(m.start(), m.end(), p, decade=y // 10), m, p)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _roman(s: str) -> int | None:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        nxt = _ROMAN.get(s[i + 1]) if i + 1 < len(s) else 0
        total += -v if nxt and nxt > v else v
    return total


#: After a century, the era before ours (``avant J.-C.``, ``av. J.-C.``, ``avant notre ère``).
_BEFORE_OUR_ERA = lazy_pattern(r"[ \t]++(?:avant|av\.)[ \t]*+(?:j\b|jc\b|jesus|notre[ \t]++ere)")


def build_century(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Centuries: ``le XXe siècle``, ``au XIXe siècle``, ``le 21e siècle``.

    >>> show("Au XXe siècle, puis au début du XXIe siècle")
    [('XXe siècle', '19'), ('début du XXIe siècle', '20')]
    >>> show("Au dix-neuvième siècle, puis au vingt et unième siècle")
    [('dix-neuvième siècle', '18'), ('vingt et unième siècle', '20')]
    """
    # (an end for the match: the regex module reads the text after it to its end, for
    # the required words of the pattern, at each call)
    if _BEFORE_OUR_ERA.match(ctx.low, m.end(), m.end() + 32):
        return None  # "le Ve siècle avant J.-C.": no year of the calendar the values use
    words = _g(m, p, "ow")
    if words:
        n = _ordinal_value(" ".join(words.split()))
        if not n or n > 22:
            return None
        return _set_mod(Reading(m.start(), m.end(), p, century=n - 1), m, p)
    t = _g(m, p, "n") or ""
    n = int(t) if t.isdigit() else _roman(t)
    if not n or n > 22:
        return None
    if not t.isdigit():
        orig = ctx.original_at(m.start(_GROUPS[p]["n"]), m.end(_GROUPS[p]["n"]))
        if not orig.isupper():
            return None
    return _set_mod(Reading(m.start(), m.end(), p, century=n - 1), m, p)


def build_year_named(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A year with ``l'an``/``l'année``: ``l'an 2000``, ``l'année 2023``.

    >>> show("le bug de l'an 2000")
    [("l'an 2000", '2000')]
    """
    return _set_mod(Reading(m.start(), m.end(), p, year=int(_g(m, p, "y") or 0)), m, p)


def build_month(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Month names, alone or with a year, ``dernier``/``prochain``, ``le mois de``:
    ``octobre 2023``, ``en juillet``, ``juin dernier``, ``le mois de février``, ``mi-septembre``,
    ``début octobre``.

    >>> show("Un sous-marin a fait escale en juillet; réunion prévue en novembre.")
    [('juillet', '2023-07'), ('novembre', '2023-11')]
    >>> show("Une rencontre mi-septembre, puis début octobre 2023.")
    [('mi-septembre', '2023-09'), ('début octobre 2023', '2023-10')]
    >>> show("Les travaux auront lieu dans la première quinzaine de juillet.")
    [('la première quinzaine de juillet', '2024-07')]
    >>> show("la planète Mars; le député Avril, Mme Avril et Jean-Pierre Mai")
    []
    >>> show("Il a plu de mars à mai, puis entre mars et avril 2024.")
    [('mars', '2023-03'), ('mai', '2023-05'), ('mars', '2024-03'), ('avril 2024', '2024-04')]
    """
    form_or_none, y, rel, mois, modw, y2, qz = m.group(*_NUMS["month m y rel mois mod y2 qz"])
    form = form_or_none or ""
    if qz:  # "la première quinzaine de juillet": the month, its first or second half
        modw = "debut" if qz == "premiere" else "fin"
    e = _MONTHS[form]
    ms, mend = m.span(_NUM["month m"])
    low = ctx.low
    if (
        not y
        and not rel
        and _ANY_MONTH_BEFORE.search(low, ms - 24 if ms > 24 else 0, m.start() if mois else ms)
    ):
        return None  # "un record pour un mois d'octobre": any October, no date
    if "needs-day" in e.flags and not (y or rel or mois or modw):
        if form in _NUMBERS or not (
            _MONTH_PREP.search(low[ms - 14 if ms > 14 else 0 : ms])
            or _MONTH_PAIR_AFTER.match(low, mend, mend + 16)
        ):
            return None  # "sept morts", "jusqu'à sept mètres"
        if _NOUN_AFTER.match(ctx.after(m.end(), 12)):
            return None  # "en mars" but not "mars climatiques"
        orig = ctx.original_at(ms, mend)
        if orig[:1].isupper() and not orig.isupper():
            return None  # la planète Mars, le dieu Mars
    start = m.start()
    if (
        not modw
        and not mois
        and _DIGIT_BEFORE.search(low[start - 4 if start > 4 else 0 : start])  # before(start, 4)
    ):
        return None  # "32 août": a day that is not one
    if not (rel or mois or modw) and start == ms and _capitalized_joined(ctx, ms):
        return None  # « la station Quatre-Septembre », « le boulevard du Maréchal-Juin »
    if not (y or y2 or rel or mois or modw) and start == ms:
        orig = ctx.original_at(ms, mend)
        if orig[:1].isupper() and orig[1:].islower():
            if _first_name_after(ctx, mend):
                return None  # "Avril Lavigne": a first name
            if _surname_before(ctx, ms):
                return None  # « le député Avril », « Mme Avril », « Jean-Pierre Mai »: a name
    r = _fresh(start, m.end(), p)
    r.month = int(e.value)
    if y:
        r.year = int(y)
    elif y2:
        if ctx.original_at(ms, ms + 1).isupper():
            r.year = 1900 + int(y2)  # "Mai 68": a two-digit year, no day
        else:
            r.end = mend  # "mai 45 personnes": the number is not a year
    if rel:
        r.direction = _rel_dir(rel)
    if modw:
        r.mod = _MOD_WORDS[modw]
    return r


def _capitalized_joined(ctx: Context, start: int) -> bool:
    """Whether the word at ``start`` is capitalized and joined by a hyphen to a capitalized
    word before it: a name of a street, a station or a person (« Quatre-Septembre »,
    « Dix-Huit-Juin-1940 », « Maréchal-Juin »), no date.

    >>> [_capitalized_joined(Context.of(t), t.rindex("-") + 1)
    ...  for t in ("rue du Quatre-Septembre", "le Maréchal-Juin", "mi-Septembre", "Janvier-Mars")]
    [True, True, False, False]
    >>> _capitalized_joined(Context.of("le Quatorze-Juillet"), 12)
    False
    """
    if start < 2 or ctx.low[start - 1] != "-":
        return False
    o = ctx.to_original(start - 1, start)[0]
    word = _WORD_BEFORE_HYPHEN.search(ctx.original, o - 30 if o > 30 else 0, o)
    if (
        word is None
        or not word.group()[:1].isupper()
        or _key(word.group()) in _MONTHS  # « Janvier-Mars 2023 »: two months
        or not ctx.original[ctx.to_original(start, start + 1)[0]].isupper()
    ):
        return False
    if _key(word.group()) in _NUMBERS:
        # a day in words: « le Quatorze-Juillet », « du Onze-Novembre » are the feasts; a
        # street or a station named after one is a name (« la station Quatre-Septembre »)
        lo = start - 48 if start > 48 else 0
        return _PLACE_NOUN_BEFORE.search(ctx.low, lo, start) is not None
    return True


#: A noun of a street, a place or a station, before the name it bears.
_PLACE_NOUN_BEFORE = lazy_pattern(
    r"(?<![\w'])(?:rue|ruelle|place|avenue|av|boulevard|bd|quai|pont|square|allee|esplanade"
    r"|cours|impasse|passage|parvis|stade|lycee|college|ecole|parc|route|chemin|promenade"
    r"|carrefour|rond-point|gare|station|metro|cite|residence|hopital)(?![\w'])[^.;:!?\n]*+$"
)


#: Before a year, a name of three words or more joined by hyphens (folded).
_JOINED_NAME_BEFORE = lazy_pattern(r"[a-z]-[a-z]++-$")
#: The word before a hyphen (original text; the search ends at the hyphen).
_WORD_BEFORE_HYPHEN = lazy_pattern(r"[^\W\d_][\w']*+$")


#: The word before a month written with a capital that makes it a surname.
_WORD_BEFORE = lazy_pattern(r"(?<![\w'-])([\w'-]++)[ \t]++$")


@functools.cache
def _title_nouns() -> frozenset[str]:
    """The last words of the titles of ``titles.tsv`` (« député », « maire »,
    « constitutionnaliste »), folded: a capitalized month after one is a surname."""
    return frozenset(_key(e.form).split()[-1] for e in load_table("titles") if "pl" not in e.flags)


def _surname_before(ctx: Context, start: int) -> bool:
    """Whether a month written with a capital at ``start`` is a surname by what precedes
    it: an honorific (« Mme Avril », « selon M. Avril »), a given name (« Pierre Avril »,
    « Jean-Pierre Mai »: a capitalized word, not a number's nor at a sentence's start) or
    a title (« le député Avril »).

    >>> [_surname_before(Context.of(t), t.rindex("A")) for t in ("le député Avril",
    ...     "Mme Avril", "selon Pierre Avril", "Pendant Avril", "le Quatorze Avril", "en Avril")]
    [True, True, True, False, False, False]
    """
    before = ctx.before(start, 24)
    if _TITLE_BEFORE.search(before):
        return True
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(1)
    if word in _title_nouns():
        return True
    at = start - len(before) + m.start(1)
    if not ctx.original_at(at, at + 1).isupper() or _sentence_start(ctx, at):
        return False
    return word not in _NUMBERS and word.split("-")[-1] not in _NUMBERS


#: A digit at the end of a text, then spaces or a hyphen (``32 août``, a date refused as
#: ``rue du 8-Mai``).
_DIGIT_BEFORE = lazy_pattern(r"\d(?:[ \t]*+|-)$")


#: What may follow « le printemps » that is a spring of the calendar: a verb, a
#: preposition, a relative, punctuation. After anything else (an adjective, « de » and a
#: complement) it names an event, an era or a work: « le printemps arabe », « le printemps
#: marseillais », « le printemps de la démocratie », « le printemps suivant la réforme ».
_SPRING_AFTER = lazy_pattern(
    r"(?:[ \t]*+(?:[,.;:!?)»\n]|$)|[ \t]++(?:a|avait|aura|est|etait|sera|fut|sont|ont"
    r"|arrive|approche|revient|commence|s'annonce|s'installe|se|qui|dans|en|au|aux|chez|sur"
    r"|pour|avec|sans|et|ou|il|elle|ils|elles|on|les|la|le|l'|des|un|une|ce|cette|ces)(?!\w))"
)


#: What ends the text before a sentence's first word (a capital there is no title's).
_SENTENCE_START = lazy_pattern(r"(?:^|[.!?:»\n][ \t\u00a0]*+|«[ \t\u00a0]*+)$")


def _not_a_spring(m: regex.Match[str], ctx: Context) -> bool:
    """« le printemps » (alone: no year, no dernier/prochain, no modifier) that is no spring
    of the calendar: a capital (« le Printemps », a shop; « Vivaldi a composé Le
    printemps »), or a word after it that qualifies it (:data:`_SPRING_AFTER`).

    >>> show("Le printemps marseillais, puis le Printemps, puis Le printemps de Vivaldi.")
    []
    """
    s = m.start(_NUM["season s"])
    if ctx.original_at(s, s + 1).isupper():
        return True
    det = m.start(_NUM["season det"])
    if (
        det > 0
        and ctx.original_at(det, det + 1).isupper()
        and not _SENTENCE_START.search(ctx.before(det, 3))
    ):
        return True  # « Le printemps » inside a sentence: a title
    return _SPRING_AFTER.match(ctx.low, m.end(_NUM["season s"])) is None


def build_season(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Seasons: ``cet été``, ``l'hiver dernier``, ``au printemps 2024``, ``fin d'un été``.

    >>> show("Cet été, la sécheresse; l'hiver dernier, le gel.")
    [('Cet été', '2023-SU'), ("l'hiver dernier", '2022-WI')]
    >>> show("Il a été élu.")
    []
    >>> show("En juillet 2019, la canicule. Cet été-là, les records sont tombés.")
    [('juillet 2019', '2019-07'), ('Cet été-là', '2019-SU')]
    >>> show("Lors de l'hiver 2019-2020, la grève a paralysé le pays.")
    [("l'hiver 2019-2020", '2019-WI')]
    >>> show("Arrêté en mars 2021, il a été libéré l'été suivant.")
    [('mars 2021', '2021-03'), ("l'été suivant", '2021-SU')]
    >>> show("Le printemps a été pluvieux, loin du printemps arabe et du Printemps de Bourges.")
    [('Le printemps', '2023-SP')]
    """
    s_form, det_form, y, rel, modw = _gs(m, p, "s det y rel mod")
    s = s_form or ""
    det = (det_form or "").strip()
    if det == "un" and not modw:
        return None
    if not (det or y or rel or modw) and (
        s == "ete"
        or not _search(r"\b(?:en|au|depuis|des|jusqu'au|d'ici)\s*+$", ctx.before(m.start(), 12))
    ):
        return None
    if s == "ete" and det == "ce":
        return None
    if det == "le" and not (y or rel or modw) and _not_a_spring(m, ctx):
        return None  # « le Printemps de Bourges », « le printemps arabe »
    end, there = _there(m, ctx, "season la", det)
    r = _fresh(m.start(), end, p)
    r.season = _SEASONS[s].value.split(":")[0]
    if there:  # the season of the day the text tells
        r.anchor = "narr"
    if y:
        r.year = int(y)
        y2 = m.group(_NUM["season y2"])
        if y2 and not (r.season == "WI" and int(y2) == r.year + 1):
            r.end = m.end(_NUM["season y"])  # "l'hiver 2019-2020" is one winter; no other
    r.direction = _rel_dir(rel)
    if rel in ("suivant", "precedent"):  # "l'été suivant": after the day the text tells
        r.anchor = "narr"
    if modw:
        r.mod = _MOD_WORDS[modw]
    return r


_REL_UNITS = {
    "semaine": Grain.WEEK,
    "mois": Grain.MONTH,
    "annee": Grain.YEAR,
    "an": Grain.YEAR,
    "week-end": Grain.WEEKEND,
    "weekend": Grain.WEEKEND,
    "trimestre": Grain.QUARTER,
    "semestre": Grain.HALF_YEAR,
    "decennie": Grain.DECADE,
    "siecle": Grain.CENTURY,
    "journee": Grain.DAY,
}


def _there(m: regex.Match[str], ctx: Context, key: str, det: str) -> tuple[int, bool]:
    """Where a reading of a period ends, and whether it is a period « -là » (``ce jour-là``,
    ``cette année-là``: the one of the day the text is telling, not of the publication
    date): the group ``key`` read ``-la`` or `` la`` after the period, with a demonstrative
    ``det``; written with a space, only when the original has its grave accent (« cette
    année là », not « cette année la France »). Otherwise the reading ends before it.

    >>> show("Le 3 mars 2021, l'usine a fermé. Cette année là, le chômage a bondi.")
    [('3 mars 2021', '2021-03-03'), ('Cette année là', '2021')]
    >>> show("Le 3 mars 2021, l'usine a fermé. Cette année la France a voté.")
    [('3 mars 2021', '2021-03-03'), ('Cette année', '2023')]
    """
    la = _NUM[key]
    s = m.start(la)
    if s < 0:
        return m.end(), False
    if det not in ("ce", "cet", "cette"):
        return s, False
    if ctx.low[s] != "-" and not _grave(ctx.original_at(m.end(la) - 1, m.end(la))):
        return s, False
    return m.end(), True


def _grave(original: str) -> bool:
    """Whether ``original`` has a letter with a grave accent (``là``, ``dès``), in NFC or NFD.

    >>> _grave("là"), _grave("la"), _grave("de\u0300s")
    (True, False, True)
    """
    return "\u0300" in unicodedata.normalize("NFD", original)


def build_relative_unit(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A period counted from the publication date: ``cette semaine``, ``la semaine dernière``,
    ``le mois prochain``, ``l'an dernier``, ``ce week-end``, ``fin de l'année``.

    >>> show("Cette semaine, comme la semaine dernière et l'an dernier.")
    [('Cette semaine', '2023-W42'), ('la semaine dernière', '2023-W41'), ("l'an dernier", '2022')]
    >>> show("des exercices prévus ce week-end")
    [('ce week-end', '2023-W42-WE')]

    With ``-là``, the period of the day the text is telling (``cette année-là``):

    >>> show("Le 3 mars 2021, l'usine a fermé. Cette année-là, le chômage a bondi.")
    [('3 mars 2021', '2021-03-03'), ('Cette année-là', '2021')]
    """
    det_form, unit_form, rel_form, ci, modw, pre = m.group(
        *_NUMS["relative_unit det u rel ci mod pre"]
    )
    if pre and _OF_AFTER.match(ctx.after(m.end(), 4)):
        return None  # "la dernière décennie du siècle", "de sa vie": a decade of something
    det = det_form.strip() if det_form else ""
    end, there = _there(m, ctx, "relative_unit la", det)
    unit = _REL_UNITS[unit_form or ""]
    rel = " ".join((rel_form or pre).split()) if rel_form or pre else ""
    if rel[:1] == "d" and rel[2:] in ("apres", "avant"):  # "le mois d'après", "l'année d'avant"
        rel = "suivant" if rel[2:] == "apres" else "precedent"
    direction = _rel_dir(rel)
    if det in ("la", "le", "l'", "") and direction is None and not rel and not ci and not modw:
        # "dans la journée": the day the text is telling; "d'ici le week-end", "jusqu'au
        # week-end": the coming one
        if not (
            (unit is Grain.DAY and det == "la" and _in_the_day(ctx, m.start(), end))
            or (
                unit is Grain.WEEKEND
                and det in ("le", "")
                and _UNTIL_BEFORE.search(ctx.before(m.start(), 16)) is not None
            )
        ):
            return None
        direction = 0
    if det in ("ce", "cet", "cette") or rel in (
        "en cours",
        "courant",
        "courante",
        "actuel",
        "actuelle",
    ):
        direction = direction or 0
    if unit is Grain.DAY and det not in ("ce", "cette", "la") and not modw:
        return None
    r = _fresh(m.start(), end, p)
    r.rel_unit, r.rel_offset, r.anchor = unit, direction or 0, "ref"
    if there or rel.startswith(("precedent", "suivant")):
        r.anchor = "narr"
    elif unit is Grain.DAY and det not in ("ce", "cette"):
        r.anchor = "narr"  # "en fin de journée": of the day the text tells
    if modw:
        r.mod = _MOD_WORDS[modw]
        if (
            ctx.region == "CA"
            and unit is Grain.WEEK
            and _WEEKEND_IN_QUEBEC.search(ctx.low, m.start(), end) is not None
        ):
            # in Quebec, « la fin de semaine » is the weekend (« la fin de la semaine »
            # is the end of the week there too)
            r.rel_unit, r.mod = Grain.WEEKEND, None
    return r


#: ``fin de semaine`` (no article before ``semaine``): the weekend in Quebec.
_WEEKEND_IN_QUEBEC = lazy_pattern(r"\bfins?+[ \t]++de[ \t]++semaine")


#: What makes a period the part of something else: ``la dernière décennie du siècle``.
_OF_AFTER = lazy_pattern(rf"[ \t]*+(?:de|du|des|d{APOS})(?!\w)")
#: What ``la journée`` is read after: ``dans la journée``, ``plus tard dans la journée``,
#: ``au cours de la journée``, ``toute la journée``.
_IN_THE_DAY_BEFORE = lazy_pattern(
    r"(?:\bdans|\bdurant|\bpendant|\bau\s++cours\s++de|\btout\s++au\s++long\s++de|\btoute)\s++$"
)
#: What follows ``la journée`` of another kind than a day (``dans la journée de grève``,
#: ``pendant la journée d'action``), unless a day follows it (``la journée de mardi``).
_DAY_KIND_AFTER = lazy_pattern(r"\s*+(?:de\s++|du\s++|des\s++|d')")
_A_DAY_AFTER = lazy_pattern(
    r"\s*+(?:de|du)\s++(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\w-])|\d)"
)


def _in_the_day(ctx: Context, start: int, end: int) -> bool:
    """``la journée`` as a day: before a named day (``la journée de mardi``, ``la journée du
    3 mars``), or after ``dans``, ``pendant``, ``au cours de``, ``toute``… when it is not a day
    of some kind (``dans la journée de grève``).

    >>> [_in_the_day(Context.of(t), 5, 15) for t in ("dans la journée, il a plu",
    ...     "dans la journée de grève", "pour la journée", "pour la journée de mardi")]
    [True, False, False, True]
    """
    after = ctx.after(end, 24)
    if _A_DAY_AFTER.match(after) is not None:
        return True
    if _IN_THE_DAY_BEFORE.search(ctx.before(start, 28)) is None:
        return False
    return _DAY_KIND_AFTER.match(after) is None


_ORD = {
    "premier": 1,
    "premiere": 1,
    "derniere": 0,
    "1er": 1,
    "1re": 1,
    "deuxieme": 2,
    "2e": 2,
    "second": 2,
    "seconde": 2,
    "troisieme": 3,
    "3e": 3,
    "quatrieme": 4,
    "4e": 4,
}


def build_quarter(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Quarters and semesters: ``le premier trimestre 2023``, ``au second semestre``.

    >>> show("au troisième trimestre 2023 et au premier semestre")
    [('troisième trimestre 2023', '2023-Q3'), ('premier semestre', '2023-H1')]
    >>> show("d'ici à la fin du premier trimestre 2024")
    [('fin du premier trimestre 2024', '2024-Q1')]
    """
    o_form, unit_form, ytext, modw = m.group(*_NUMS["quarter o u y mod"])
    o = o_form or ""
    unit = unit_form or ""
    n = _ORD.get(o)
    r = _fresh(m.start(), m.end(), p)
    if modw:  # "fin du premier trimestre", "début du second semestre 2024"
        r.mod = _MOD_WORDS[modw]
    if o == "dernier":
        n = 4 if unit.startswith("trimestre") else 2
        if not ytext:
            r.rel_unit = Grain.QUARTER if unit.startswith("trimestre") else Grain.HALF_YEAR
            r.rel_offset, r.anchor = -1, "ref"
            return r
    if n is None or (unit.startswith("semestre") and n > 2):
        return None
    if unit.startswith("trimestre"):
        r.quarter = n
    else:
        r.half = n
    if ytext:
        r.year = int(ytext)
    else:
        r.rel_unit, r.rel_offset, r.anchor = Grain.YEAR, 0, "ref"
    return r


#: The years that do not run from January to December (« l'année scolaire »).
_OTHER_YEARS = (
    r"(?:scolaire|fiscale|universitaire|budgetaire|judiciaire|liturgique|sportive"
    r"|academique|comptable|lunaire|electorale|parlementaire)(?!\w)"
)
#: The year named after ``les trois premiers mois de …``: its offset and what it counts
#: from (``l'année`` alone is the story's year, as ``l'année précédente`` counts from it).
_OF_THE_YEAR = {
    "": (0, "narr"),
    "derniere": (-1, "ref"),
    "dernier": (-1, "ref"),
    "passee": (-1, "ref"),
    "passe": (-1, "ref"),
    "precedente": (-1, "narr"),
    "prochaine": (1, "ref"),
    "prochain": (1, "ref"),
    "suivante": (1, "narr"),
    "en cours": (0, "ref"),
    "cette": (0, "ref"),
}
#: How many days a unit of ``les dix premiers jours d'octobre`` counts.
_DAYS_OF_UNIT = {"jours": 1, "semaines": 7}


def build_first_n(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """The first or last months or quarters of a year, days or weeks of a month or a year,
    as the range of them: ``les neuf premiers mois de l'année`` (``2023-01/2023-09``),
    ``les dix premiers jours d'octobre``, ``les trois derniers mois de 2022``, ``les trois
    premiers trimestres de 2023`` (``2023-01/2023-09``).

    ``de l'année`` alone is the year the story is in (the reference's, until a date says
    otherwise); ``de l'année dernière``, ``de cette année``, ``de 2022`` say which.

    >>> show("Sur les neuf premiers mois de l'année, le chiffre d'affaires a progressé.")
    [("les neuf premiers mois de l'année", '2023-01/2023-09')]
    >>> show("Les trois derniers mois de 2022 ont été difficiles.")
    [('Les trois derniers mois de 2022', '2022-10/2022-12')]
    >>> show("les deux premières semaines de septembre")
    [('les deux premières semaines de septembre', '2023-09-01/2023-09-14')]

    Without a year or a month after them, the first ones are a duration (their start is
    the text's: ``les cent premiers jours de son mandat``):

    >>> show("Les cent premiers jours de son mandat")
    [('Les cent premiers jours', 'P100D')]
    """
    n_txt, which, unit, y1, rel, rel2, y2, mo, y3 = m.group(
        *_NUMS["first_n n w u y rel rel2 y2 mo y3"]
    )
    n = parse_number(n_txt or "")
    if n is None or n < 1 or n != int(n):
        return None
    n = int(n)
    first = (which or "").startswith("premi")
    ytext = y1 or y2 or y3
    # "au cours des neuf premiers mois": "des" is the preposition's, as in last_n
    start = m.start(_NUM["first_n n"]) if ctx.low.startswith("des", m.start()) else m.start()
    r = _fresh(start, m.end(), p)
    if m.end() == m.end(_NUM["first_n u"]):  # no year or month after it
        if not first:
            return None  # "les trois derniers mois": a period ending now (last_n)
        # "les cent premiers jours de son mandat": how long, from a start the text tells
        unit_grain = _UNIT_GRAIN[unit or ""]
        r.type = TimexType.DURATION
        r.duration = Duration(n, unit_grain)
        r.timex = duration_timex([(n, unit_grain)])
        return r
    e = _fresh(start, m.end(), p)
    if unit == "annees":
        return None  # "les trois premières années de 2020": no such range
    if unit in ("mois", "trimestres"):
        months = n * (3 if unit == "trimestres" else 1)
        if mo or months > 12:
            return None
        r.month, e.month = (1, months) if first else (13 - months, 12)
    else:
        days = n * _DAYS_OF_UNIT[unit or ""]
        month = _MONTH_NUMBERS[mo] if mo else 1
        last = 31 if not mo else _MONTH_DAYS[month - 1]
        if month == 2 and not first:
            if not ytext:
                return None  # the last days of February: which year's?
            last = _month_days(int(ytext), 2)
        if days >= last:
            return None
        r.month = e.month = month if mo else 1
        r.day, e.day = (1, days) if first else (last - days + 1, last)
        if not mo and not first:  # the last days of the year
            r.month = e.month = 12
    if ytext:
        r.year = e.year = int(ytext)
    elif not mo:
        offset, anchor = _OF_THE_YEAR[" ".join((rel or rel2 or "").split())]
        r.year_offset = e.year_offset = offset
        r.year_anchor = e.year_anchor = anchor
    r.range_end = e
    return r


def build_last_n(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Periods ending or starting now: ``ces dernières semaines`` (PXW), ``les prochains
    jours`` (PXD), ``les jours à venir``, ``les trois derniers mois`` (P3M).

    >>> show("ces dernières semaines et les prochains jours")
    [('ces dernières semaines', 'PXW'), ('les prochains jours', 'PXD')]
    """
    n1, n2, u1, u2 = m.group(*_NUMS["last_n n n2 u u2"])
    n_txt = n1 or n2
    unit_form = u1 or u2 or ""
    unit = _UNIT_GRAIN[unit_form]
    amount = parse_number(n_txt) if n_txt else None
    if n_txt and amount is None:
        return None
    r = _fresh(m.start(), m.end(), p)
    r.type = TimexType.DURATION
    r.duration = Duration(amount, unit)
    r.timex = duration_timex([(amount, unit)])
    return r


#: After « voilà »/« voici » and an amount: what makes them « il y a » (a comma, « que »).
_VOILA_AFTER = lazy_pattern(
    # then a clause with its subject (« voilà vingt ans, des bombes explosaient »), or a day
    # in apposition (« voilà vingt ans, le 11 mars 2004 »); not « voilà deux ans, c'est le
    # temps qu'il faudra », « voici trois semaines, au minimum, de travaux »
    r"[ \t]*+,[ \t]*+(?:(?:le|la|les|un|une|des|du|il|elle|ils|elles|on|nous|je|en)(?!\w)"
    r"|l'|j')"
)


def build_ago(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A shift back from the publication date: ``il y a trois jours``, ``il y a un an``.

    ``jour pour jour`` after it names the day (``il y a un an jour pour jour``: the same day
    a year before).

    >>> show("Il y a trois jours, puis il y a un an, il y a quelques jours.")
    [('Il y a trois jours', '2023-10-16'), ('il y a un an', '2022'),
     ('il y a quelques jours', 'PAST_REF')]
    >>> show("Il y a dix ans jour pour jour, le mur tombait.")
    [('Il y a dix ans jour pour jour', '2013-10-19')]
    >>> show("Voilà vingt ans, des bombes explosaient à Madrid.")
    [('Voilà vingt ans', '2003')]
    """
    if (
        m.start(_NUM["ago vo"]) >= 0
        and m.start(_NUM["ago jpj"]) < 0  # « voici vingt-cinq ans, jour pour jour »
        and _VOILA_AFTER.match(ctx.low, m.end(), m.end() + 16) is None
    ):
        return (
            None  # « voilà vingt ans, … », « voici un an que … »; not « voici deux jours de fête »
        )
    r = _shift_from_ref(m, p, -1, _NUMS["ago dur pm jpj env"])
    if r is None:
        return None
    if r.mod in (Mod.MORE_THAN, Mod.EQUAL_OR_MORE):
        r.mod = Mod.BEFORE
    elif r.mod in (Mod.LESS_THAN, Mod.EQUAL_OR_LESS):
        r.mod = Mod.AFTER
    return r


def build_in(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A shift forward from the publication date: ``dans deux semaines``, ``dans 48 heures``.

    ``jour pour jour`` after it names the day, as after ``il y a``.

    >>> show("La décision tombera dans deux semaines.")
    [('dans deux semaines', '2023-11-02')]
    >>> show("Dans un an jour pour jour, le tunnel ouvrira.")
    [('Dans un an jour pour jour', '2024-10-19')]
    """
    return _shift_from_ref(m, p, 1, _NUMS["in dur pm jpj env"])


def _shift_from_ref(
    m: regex.Match[str], p: str, sign: int, groups: tuple[int, ...]
) -> Reading | None:
    """The reading of :func:`build_ago` (``sign`` -1) or :func:`build_in` (+1): the
    duration, the modifiers before and after it and ``jour pour jour``, read from the
    rule's ``groups`` (dur, pm, jpj, env). A compound that is two durations (« il y a deux
    ans, un an après ») ends with the first, without what follows it."""
    dur, pm, exact, env = m.group(*groups)
    end = m.end()
    cut = _dur_cut(dur or "")
    if cut is not None:  # two durations, not one compound
        dur, exact, env = (dur or "")[:cut], None, None
        end = m.start(groups[0]) + cut
    parts, vague, approx = _shift_parts(dur or "", sign)
    if not parts and not vague:
        return None
    if exact and parts and not vague:
        parts = (*parts, (0, Grain.DAY))  # the day: the finest unit gives the grain
    r = _fresh(m.start(), end, p)
    r.shift, r.shift_vague, r.anchor = parts, vague, "ref"
    r.mod = _prefix_mod(pm) or _post_mod(env) or (Mod.APPROX if approx else None)
    return r


def build_later(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A shift from the last date the text gave: ``deux jours plus tard``, ``trois semaines
    auparavant``, ``quelques heures plus tôt``.

    >>> show("Le 3 octobre, il a été arrêté. Deux jours plus tard, il a été libéré.")
    [('3 octobre', '2023-10-03'), ('Deux jours plus tard', '2023-10-05')]
    >>> show("Le 3 mars 2019, il est arrivé ; à peine trois jours plus tard, il repartait.")
    [('3 mars 2019', '2019-03-03'), ('à peine trois jours plus tard', '2019-03-06')]
    """
    dir_form, dur, pm = m.group(*_NUMS["later dir dur pm"])
    if _dur_cut(dur or "") is not None:
        return None  # "deux ans, trois ans plus tard": not one shift
    d = " ".join((dir_form or "").split())
    sign = 1 if d.startswith(("plus tard", "apres", "plus loin", "de plus")) else -1
    parts, vague, approx = _shift_parts(dur or "", sign)
    if not parts and not vague:
        return None
    r = _fresh(m.start(), m.end(), p)
    r.shift, r.shift_vague, r.anchor = parts, vague, "narr"
    r.direction = sign if vague else None
    r.mod = _prefix_mod(pm) or (Mod.APPROX if approx else None)
    return r


#: After « le matin même », what makes « même » the adverb « even » (« même s'il est
#: fatigué », « même quand il pleut »).
_EVEN_IF_AFTER = lazy_pattern(r"[ \t]++(?:(?:si|quand|lorsque)(?!\w)|s'|lorsqu')")
#: The time words of a part of the day told (« le soir même »).
_PART_SAME = ("soir meme", "matin meme", "nuit meme", "apres-midi meme")


def build_deictic(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Words that name a day or the present: ``aujourd'hui``, ``hier soir``, ``demain``,
    ``la veille``, ``le lendemain``, ``actuellement``, ``récemment``, ``sous peu``.

    >>> show("Hier soir, il a dit qu'il partirait demain, et la veille du départ il a tout réglé.")
    [('Hier soir', '2023-10-18TEV'), ('demain', '2023-10-20'), ('la veille', '2023-10-19')]
    >>> show("Il est actuellement en poste.")
    [('actuellement', 'PRESENT_REF')]
    >>> show("Il a été arrêté le 3 mars. Le soir même, il était libéré.")
    [('3 mars', '2023-03-03'), ('Le soir même', '2023-03-03TEV')]
    """
    form, named, modw = m.group(*_NUMS["deictic w pod mod"])
    form = form or ""
    # the apostrophes other than "'" are not ASCII: an ASCII form has only "'"
    word = form if form.isascii() else _APOS_RE.sub("'", form)
    e = _TIME_WORDS[word]
    r = _fresh(m.start(), m.end(), p)
    if "ref" in e.flags:
        r.ref_value = e.value
        return r
    if "now" in e.flags:
        r.now, r.anchor = True, "ref"
        return r
    if word in ("veille",):
        return None  # "en veille", "la veille technologique" need their article
    if word in ("lendemain", "surlendemain", "avant-veille") and not _search(
        r"\b(?:au|du|des|des le|au soir du)\s*+$", ctx.before(m.start(), 12)
    ):
        return None
    r.day_shift = int(e.value)
    r.anchor = "narr" if "narrative" in e.flags else "ref"
    if r.anchor == "narr" and _match(r"\s*+(?:de|du|des|d')\b", ctx.after(m.end(), 5)):
        r.link_next = True
    if not named and word.endswith(_PART_SAME):  # "le soir même": that day's evening
        if _EVEN_IF_AFTER.match(ctx.low, m.end()) is not None:
            return None  # "il travaille le matin même s'il est fatigué": « même si »
        named = word.split()[-2].removeprefix("l'")
    if named:
        if " ".join(named.split()) == "midi":
            r.type, r.hour, r.minute = TimexType.TIME, 12, 0
        else:
            part = _pod(named)
            if part:
                r.type, r.part = TimexType.TIME, part
    if modw:
        r.mod = _MOD_WORDS[modw]
    return r


#: What follows a countdown that names its event: ``J-10 du scrutin``, ``J-3 avant``.
_EVENT_AFTER = lazy_pattern(r"[ \t]*+(?:du|de|des|d'|avant|apres)(?![\w-])")
#: ``à`` before a countdown (folded): ``à J-10 du scrutin`` is said on that day.
_AT_BEFORE = lazy_pattern(r"(?<![\w'])a[ \t]++$")


def build_countdown(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A countdown to an event: ``à J-10 du scrutin``, ``à H-24 du match``, ``à J+1 de
    l'attaque``. After ``à`` it is the day the text is written (the reference); else a day
    of the event's calendar that the text does not give (``XXXX-XX-XX``), when the event
    follows it (``J-3 avant la cérémonie``).

    >>> show("À J-10 du scrutin, les sondages se resserrent.")
    [('J-10', '2023-10-19')]
    >>> show("Les listes sont déposées à J-30, puis contrôlées J-20 avant le vote.")
    [('J-30', '2023-10-19'), ('J-20', 'XXXX-XX-XX')]
    >>> show("La route J-10 est fermée.")
    []
    """
    at = _AT_BEFORE.search(ctx.before(m.start(), 4)) is not None
    if not at and _EVENT_AFTER.match(ctx.low, m.end()) is None:
        return None
    r = _fresh(m.start(), m.end(), p)
    if at:
        r.day_shift, r.anchor = 0, "ref"
    else:
        r.ref_value = "XXXX-XX-XX"
    return r


def build_part_of_day(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Parts of the day with a determiner or a modifier: ``ce matin``, ``cette nuit``,
    ``la matinée``, ``en fin d'après-midi``, ``la nuit dernière``.

    >>> show("Ce matin, puis en fin d'après-midi et ce soir.")
    [('Ce matin', '2023-10-19TMO'), ("fin d'après-midi", '2023-10-19TAF'),
     ('ce soir', '2023-10-19TEV')]
    >>> show("Le 3 mars, l'usine a fermé. Ce soir-là, les ouvriers ont manifesté.")
    [('3 mars', '2023-03-03'), ('Ce soir-là', '2023-03-03TEV')]
    >>> show("La Nuit blanche, c'était la nuit de samedi.")  # an event, then a night
    [('la nuit de samedi', '2023-10-14TNI')]
    """
    det_form, modw, form_or_none, rel = m.group(*_NUMS["part_of_day det mod pod rel"])
    det = (det_form or "").strip()
    form = form_or_none or ""
    if (
        not det
        and not modw
        and not (form in _EN_PARTS and not rel and _EN_BEFORE.search(ctx.before(m.start(), 4)))
        and not (form in _AU_PARTS and not rel and _AU_BEFORE.search(ctx.before(m.start(), 4)))
    ):
        return None  # but "en soirée", "en avant-midi" (Quebec), "au petit matin"; not "en matin"
    if form in _FIGURATIVE_PARTS and (
        _OF_AFTER.match(ctx.after(m.end(), 4))
        or ctx.original_at(m.start(_NUM["part_of_day pod"]), m.end())[:1].isupper()
    ):
        return None  # "à l'aube de sa carrière", "le crépuscule de sa vie", "dans l'Aube"
    if det in ("la", "l'") and form in ("matin", "soir") and not rel:
        return None
    if (
        form == "nuit"
        and det == "la"
        and not rel
        and ctx.original_at(m.start(_NUM["part_of_day pod"]), m.end()).istitle()
    ):
        return None  # an event: « la Nuit blanche », « la Nuit des musées »
    if (
        det in ("la", "l'")
        and form in _NAMING_PARTS
        and not rel
        and not modw
        and _an_event_after(ctx, m.end())
    ):
        return None  # « la soirée électorale », « la nuit de la lecture »: an event
    if rel and m.start(_NUM["part_of_day la"]) >= 0:
        return None  # "là" and "dernier" both: no reading of it
    end, there = _there(m, ctx, "part_of_day la", det)
    part = _pod(form)
    r = _fresh(m.start(), end, p)
    r.type, r.part = TimexType.TIME, part
    r.deictic = det in ("ce", "cet", "cette") and not there
    if there:  # the part of the day the text tells ("cette nuit-là": its night, not the last)
        r.anchor = "narr"
    if rel:
        r.previous_part = True
    if modw:
        r.mod = _MOD_WORDS[modw]
    return r


#: The parts of the day that an event is named after (« la soirée électorale »).
_NAMING_PARTS = frozenset(("soiree", "nuit", "matinee"))
#: After them, an event's adjective, or « de »/« des » and a word (its first letter read in
#: the original: a capital is a feast, « la nuit de Noël »).
_NAMED_EVENT_AFTER = lazy_pattern(
    r"[ \t]++(?:(?P<adj>electorale|caritative|speciale|thematique|dansante|festive|blanche"
    r"|hommage|debat|spectacle|d'hommage|d'ouverture|d'inauguration|d'adieu)(?!\w)"
    r"|(?:de[ \t]++(?:la[ \t]++|l')?+|des[ \t]++|d')(?P<w>[a-z]))"
)
#: After « la nuit de », « la soirée du »: what names a day (« de mardi », « du réveillon »).
_NAMED_DAY_WORD = lazy_pattern(
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|reveillon|veille|nouvel|premier"
    r"|dernier|meme|cette|ce|son|sa|leur|hier|demain|aujourd'hui|avant-hier|apres-demain)(?![\w])"
)


def _an_event_after(ctx: Context, end: int) -> bool:
    """Whether what follows a part of the day at ``end`` makes it an event: « la soirée
    électorale », « la soirée de gala », « la nuit des musées », « la nuit de la lecture »;
    not « la soirée de mardi », « la nuit de Noël », « la nuit du 3 au 4 ».

    >>> [_an_event_after(Context.of(t), 9) for t in ("la soiree electorale",
    ...     "la soiree de gala", "la soiree de mardi", "la soiree de Noel", "la soiree, il")]
    [True, True, False, False, False]
    """
    m = _NAMED_EVENT_AFTER.match(ctx.low, end)
    if m is None:
        return False
    if m.group("adj"):
        return True
    at = m.start("w")
    if _NAMED_DAY_WORD.match(ctx.low, at) is not None:
        return False
    return not ctx.original_at(at, at + 1).isupper()


#: The parts of the day read after ``en`` (``en soirée``, ``en après-midi``, Quebec's ``en
#: avant-midi``).
_EN_PARTS = frozenset(("matinee", "soiree", "apres-midi", "avant-midi"))
_EN_BEFORE = _ending(r"\ben[ \t]++$")
#: The parts of the day read after ``au`` (``au petit matin``, ``au crépuscule``).
_AU_PARTS = frozenset(("petit matin", "crepuscule"))
_AU_BEFORE = _ending(r"\bau[ \t]++$")
#: The parts of the day that also name the start or the end of something else (``l'aube
#: d'une ère``) or a place (the Aube).
_FIGURATIVE_PARTS = frozenset(("aube", "crepuscule"))

_WEEKDAY_STEMS = frozenset(k.rstrip(".") for k in _WEEKDAYS)
#: The adverbs of a recurrence, by the unit they repeat.
_SET_ADVERBS = {
    "quotidiennement": "jour",
    "hebdomadairement": "semaine",
    "mensuellement": "mois",
    "annuellement": "an",
}
_SET_UNITS = {
    "jour": "P1D",
    "jours": "P1D",
    "semaine": "P1W",
    "semaines": "P1W",
    "mois": "P1M",
    "an": "P1Y",
    "ans": "P1Y",
    "annee": "P1Y",
    "annees": "P1Y",
    "heure": "PT1H",
    "heures": "PT1H",
    "minute": "PT1M",
    "minutes": "PT1M",
    "week-end": "P1WE",
    "week-ends": "P1WE",
    "matin": "XXXX-XX-XXTMO",
    "matins": "XXXX-XX-XXTMO",
    "soir": "XXXX-XX-XXTEV",
    "soirs": "XXXX-XX-XXTEV",
    "nuit": "XXXX-XX-XXTNI",
    "nuits": "XXXX-XX-XXTNI",
    "apres-midi": "XXXX-XX-XXTAF",
    "matinees": "XXXX-XX-XXTMO",
    "matinee": "XXXX-XX-XXTMO",
    "soirees": "XXXX-XX-XXTEV",
    "soiree": "XXXX-XX-XXTEV",
    "trimestre": "P1Q",
    "trimestres": "P1Q",
    "mois-ci": "P1M",
}


def build_set(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Recurrences: ``chaque jeudi``, ``tous les ans``, ``toutes les deux semaines``,
    ``deux fois par semaine``, ``les lundis``, ``chaque été``, ``chaque 14 juillet``,
    ``quotidiennement``.

    >>> show("Il vient chaque jeudi, deux fois par semaine, et tous les ans.")
    [('chaque jeudi', 'XXXX-WXX-4'), ('deux fois par semaine', 'P1W'), ('tous les ans', 'P1Y')]
    >>> show("Chaque été et chaque 14 juillet, le marché se tient les lundis.")
    [('Chaque été', 'XXXX-SU'), ('chaque 14 juillet', 'XXXX-07-14'), ('les lundis', 'XXXX-WXX-1')]
    >>> show("Le marché est ouvert les week-ends, les travaux ont lieu les fins de semaine.")
    [('les week-ends', 'P1WE'), ('les fins de semaine', 'P1WE')]
    """
    u1, fu, n_txt, fn, ss, dd, dm, wp, adv, on, fs = m.group(
        *_NUMS["set u fu n fn ss dd dm wp adv on fs"]
    )
    if on:
        return _share_of_units(m, ctx, p)
    if fs or (wp and wp.startswith("fin")):
        wp = "week-ends"  # "toutes les fins de semaine", "les fins de semaine" (Quebec)
    u = u1 or fu or wp or _SET_ADVERBS.get(adv or "", "")
    r = _fresh(m.start(), m.end(), p)
    r.type = TimexType.SET
    if ss:  # "chaque été", "tous les hivers"
        r.timex = f"XXXX-{_SEASONS[ss].value.split(':')[0]}"
        r.duration = Duration(1, Grain.YEAR)
        return r
    if dm:  # "chaque 14 juillet": the day, every year
        month, day = _month_value(dm), _day_value(dd or "")
        if not _valid_ymd(None, month, day):
            return None
        r.timex = f"XXXX-{month:02d}-{day:02d}"
        r.duration = Duration(1, Grain.YEAR)
        return r
    if u.rstrip("s") in _WEEKDAY_STEMS:
        r.timex = f"XXXX-WXX-{_weekday_value(u.rstrip('s'))}"
        r.duration = Duration(1, Grain.WEEK)
        part = _SET_PART_AFTER.match(ctx.low, r.end)
        if part is not None:  # "chaque dimanche soir", "tous les lundis matin"
            r.timex += f"T{_pod(part.group(1))}"
            r.end = part.end()
        return r
    t = _SET_UNITS.get(u)
    if t is None:
        return None
    if u.startswith(_EVENT_PARTS) and _OF_AFTER_SET.match(ctx.low, m.end(), m.end() + 32):
        return None  # « chaque soirée de soutien »: events, not the evenings of the days
    if n_txt:
        n = parse_number(n_txt)
        if n is None or u not in _UNITS:
            return None
        unit = _UNIT_GRAIN[u]
        t = duration_timex([(n, unit)])
        r.duration = Duration(n, unit)
    elif t.startswith("P"):
        r.duration = Duration(1, _UNIT_GRAIN[u]) if u in _UNITS else None
    r.timex = t
    if fn:
        n = parse_number(fn)
        if n is None:
            return None
        r.freq = f"{_fmt_amount(n)}X"
    return r


#: The parts of the day that name an event as well (« une soirée de gala », « chaque soirée
#: de soutien »; not « chaque soirée de la semaine », « chaque soirée des vacances »).
_EVENT_PARTS = ("soiree", "matinee", "apres-midi")
_OF_AFTER_SET = lazy_pattern(r"[ \t]++de[ \t]++(?!la(?!\w)|l'|\d)")
#: A part of the day after the weekday of a recurrence (``chaque dimanche soir``).
_SET_PART_AFTER = lazy_pattern(rf"[ \t]++({_POD})(?![\w-])")


#: After « un samedi sur deux »: a word that a count of things would have (« sur deux
#: sites »), not a preposition, a pronoun or an article that goes on with the sentence.
_NOUN_AFTER_SHARE = lazy_pattern(
    r"[ \t]++(?!(?:a|au|aux|en|dans|de|du|des|d'|et|ou|pour|chez|avec|sans|sur|il|elle|ils"
    r"|elles|on|nous|vous|le|la|les|l'|ce|cet|cette|ces|un|une|seulement|uniquement|depuis"
    r"|jusqu'|entre|selon|mais|donc|car|puis)(?![\w']))[a-z]"
)


def _share_of_units(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A share of the units as a recurrence: ``un jour sur deux`` is every second day
    (``P2D``), ``une semaine sur deux`` every second week, ``trois jours sur quatre`` three
    times in four days (``P4D``, freq ``3X``). None for the whole (``7 jours sur 7``,
    ``24 heures sur 24``, ``24h/24``, ``7j/7``: always, no time of its own), for a share
    more than the whole, and for an abbreviation after a number in words.

    >>> show("il garde ses enfants une semaine sur deux et télétravaille 3 jours sur 5")
    [('une semaine sur deux', 'P2W'), ('3 jours sur 5', 'P5D')]
    >>> show("Le service est ouvert 24 heures sur 24 et 7j/7.")
    []
    >>> show("Les permanences ont lieu un samedi sur deux, les matchs deux dimanches sur trois.")
    [('un samedi sur deux', 'XXXX-WXX-6'), ('deux dimanches sur trois', 'XXXX-WXX-7')]
    """
    n_txt, unit_form, m_txt = m.group(*_NUMS["set on ou om"])
    n, whole = parse_number(n_txt or ""), parse_number(m_txt or "")
    plural = (unit_form or "").endswith("s")
    day_form = unit_form[:-1] if plural and unit_form else unit_form
    if day_form in _WEEKDAY_STEMS:  # « un samedi sur deux »: that weekday, every other week
        if n is None or whole is None or not 0 < n < whole <= 4 or plural is (n == 1):
            return None  # « deux samedis sur trois »; not « un samedis », « deux samedi »
        if n == 1 and n_txt not in ("un", "1"):
            return None
        if _NOUN_AFTER_SHARE.match(ctx.low, m.end()) is not None:
            return None  # « un samedi sur deux sites »: two of something
        r = _fresh(m.start(), m.end(), p)
        r.type = TimexType.SET
        r.timex = f"XXXX-WXX-{_weekday_value(day_form)}"
        r.duration = Duration(whole, Grain.WEEK)
        if n > 1:
            r.freq = f"{_fmt_amount(n)}X"
        return r
    entry = _UNITS.get("jour" if unit_form == "j" else unit_form or "")
    if n is None or whole is None or entry is None or not 0 < n < whole:
        return None
    if (unit_form == "j" or entry.flags) and not (n_txt or "")[:1].isdigit():
        return None  # "h", "j", "min" only after digits
    unit = Grain(entry.value)
    r = _fresh(m.start(), m.end(), p)
    r.type = TimexType.SET
    r.timex = duration_timex([(whole, unit)])
    r.duration = Duration(whole, unit)
    if n > 1:
        r.freq = f"{_fmt_amount(n)}X"
    return r


def build_duration(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """Durations and vague periods: ``deux jours``, ``48 heures``, ``un an et demi``,
    ``une dizaine d'années``, ``des décennies``, ``plus de trois ans``.

    >>> show("depuis des décennies, pendant un an et demi, plus de trois ans")
    [('des décennies', 'PXDE'), ('un an et demi', 'P1.5Y'), ('plus de trois ans', 'P3Y')]
    >>> show("La Seconde Guerre mondiale; 1000 conteneurs; une seconde publication.")
    []
    >>> show("a indiqué à 20 Minutes le maire, qui a parlé 20 minutes")
    [('20 minutes', 'PT20M')]
    """
    text_or_none, pm, env = m.group(*_NUMS["duration dur pm env"])
    text = text_or_none or ""
    first = _first_dur_part(text)
    if first is None:
        return None
    count, unit_form = first
    if unit_form in ("seconde", "secondes") and count in ("une", "un"):
        return None
    if unit_form == "mois" and count == "un" and _MONTH_NAMED_AFTER.match(ctx.after(m.end(), 14)):
        return None  # "un record pour un mois d'octobre": the month, named
    if unit_form in ("heure", "heures") and _PART_OF_CLOCK_AFTER.match(ctx.after(m.end(), 20)):
        return None  # "il était un peu plus de 2 heures du matin": a time of day
    if " et " in count and parse_number(count) is None:
        return None  # "entre deux et trois heures": the second count is read on its own
    if count == "des" and (
        unit_form in ("ans", "an", "h", "mn", "min", "s", "sec", "mins")
        or not (
            _VAGUE_PREP.search(ctx.before(m.start(), 14)) or not ctx.before(m.start(), 2).strip()
        )
    ):
        return None  # "depuis des décennies", but not "ce ne sont pas des heures"
    if _match(r"[ \t]*+/[ \t]*+\d", ctx.after(m.end(), 4)):
        return None  # 24h/24, 7j/7
    if _SHARE_AFTER.match(ctx.after(m.end(), 24)):
        return None  # "trois jours sur quatre": a share, not a length of time
    if _match(APOS, ctx.after(m.end(), 1)):
        return None  # "le vol 447 s'est abîmé": the pronoun s', not seconds
    if (
        not pm
        and _match(r"\d++[ \t]*+(?:h|heures)$", text)
        and _ARTICLE_BEFORE.search(ctx.before(m.start(), 4))
    ):
        return None  # "le 20 h", "le 20 heures de France 2": the news, not twenty hours
    if _UNITS[unit_form].flags and not count[:1].isdigit():
        return None  # "h", "s", "min" only after digits
    unit_at = text.find(unit_form, len(count))
    if unit_at > 0:
        unit_at += m.start(_NUM["duration dur"])
        if _named_unit(ctx, unit_at, unit_at + len(unit_form)):
            return None  # "20 Minutes", "7 Jours": a name, not a length of time
    if count in ("un", "une") and unit_form in ("jour",):
        after = ctx.after(m.end(), 3)
        if _match(r"\s*+,", after) or _search(r"[.,]\s*+$", ctx.before(m.start(), 4)):
            return None  # "un jour, il reviendra": some day, not one day
    start = m.start() if pm else m.start(_NUM["duration dur"])
    mod = _prefix_mod(pm) if pm else _post_mod(env)
    end = m.end()
    cut = _dur_cut(text)
    if cut is not None:  # "pendant deux ans, un an de plus": two durations
        text, end = text[:cut], m.start(_NUM["duration dur"]) + cut
        mod = _prefix_mod(pm)
    return _duration_reading(start, end, p, text, mod)


def _named_unit(ctx: Context, start: int, end: int) -> bool:
    """Whether the unit word at ``[start, end)`` is written with a capital and the rest of
    its word in lower case: the name of a newspaper, a race or a work (« 20 Minutes », « les
    24 Heures du Mans », « 7 Jours »), as a unit after its count never opens a sentence. A
    unit in capitals (« 24H », « 48 HEURES ») stays one.

    >>> ctx = Context.of("selon 20 Minutes, les 24 Heures du Mans durent 24 heures ; 48H")
    >>> [_named_unit(ctx, s, s + n) for s, n in [(9, 7), (25, 6), (50, 6), (61, 1)]]
    [True, True, False, False]
    """
    word = ctx.original_at(start, end)
    return word[:1].isupper() and not word.isupper()


_MONTH_OF_DAY = {
    None: ("narr", 0),
    "prochain": ("ref", 1),
    "dernier": ("ref", -1),
    "suivant": ("narr", 1),
    "precedent": ("narr", -1),
    "en cours": ("ref", 0),
    "courant": ("ref", 0),
    "ce": ("ref", 0),
}


#: Before a day number: « entre » and its article (a range), « les » and a list.
_BETWEEN_BEFORE = _ending(r"\bentre[ \t]++(?:le[ \t]++)?+$")
_LES_BEFORE = _ending(r"\bles[ \t]++(?:\d{1,2}[ \t]++et[ \t]++)?+$")
#: After a list of days « les 5 et 9 »: the comma of a fronted complement.
_LIST_COMMA_AFTER = lazy_pattern(r"[ \t]*+,")


def build_day_of_month(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A day number without its month: ``le 20 du mois``, ``le 5 du mois prochain``, and
    ``le 14`` (or ``du 12 au 14``) right after the text gave a month, as in « Le 12 mai, les
    grévistes ont bloqué le dépôt ; le 14, la direction a cédé ». A bare number must be
    followed by punctuation, a clock time or a second day; the resolver keeps it only when
    a month was named shortly before (see :func:`frnews.dates.resolve.resolve_all`).

    >>> show("Le 12 mai, les grévistes ont bloqué le dépôt ; le 14, la direction a cédé.")
    [('12 mai', '2023-05-12'), ('14', '2023-05-14')]
    >>> show("Le juge rendra sa décision le 20 du mois prochain.")
    [('20 du mois prochain', '2023-11-20')]
    >>> show("Le bilan sera présenté le 24 courant.")
    [('24 courant', '2023-10-24')]
    >>> show("Les salariés seront payés le 28 de chaque mois.")
    [('28 de chaque mois', 'XXXX-XX-28')]
    >>> show("Les pensions sont versées le 1er et le 15 de chaque mois.")
    [('1er', 'XXXX-XX-01'), ('15 de chaque mois', 'XXXX-XX-15')]
    >>> show("Le 3 mai, il portait le 9, et le 7 a marqué.")
    [('3 mai', '2023-05-03'), ('9', '2023-05-09')]
    >>> show("Il a porté le 9, et le 7 a marqué.")
    []
    >>> show("Deux matchs en avril, les 5 et 9, puis le 12.")
    [('avril', '2024-04'), ('5', '2024-04-05'), ('9', '2024-04-09'), ('12', '2024-04-12')]
    """
    d = int(_g(m, p, "d") or 0)
    if not 1 <= d <= 31:
        return None
    each2 = _g(m, p, "each2")
    each = each2 or _g(m, p, "each")  # « les 5 et 20 de chaque mois »: days of every month
    if (
        not each
        and _LES_BEFORE.search(ctx.before(m.start(), 12))
        and not _LIST_COMMA_AFTER.match(ctx.low, m.end(), m.end() + 32)
    ):
        return None  # « deux attaquants : les 9 et 10. »: numbers; a list of days is fronted
    r = _fresh(m.start(), m.end(), p)
    r.day = d
    if _g(m, p, "cour"):
        r.rel_unit, r.rel_offset, r.anchor = Grain.MONTH, 0, "ref"
        return r
    if each2:  # « le 1er et le 15 de chaque mois »: the first day, then the scan reads the second
        d_end = m.end(_GROUPS[p]["d"])
        if " et " not in ctx.low[d_end : m.start(_GROUPS[p]["d2"])]:
            return None  # « du 1er au 15 de chaque mois »: no reading of the range
        r.end = d_end if not ctx.low.startswith("er", d_end) else d_end + 2
    if each:  # « le 28 de chaque mois »: that day of every month
        r.day = None
        r.type = TimexType.SET
        r.timex = f"XXXX-XX-{d:02d}"
        r.duration = Duration(1, Grain.MONTH)  # as « chaque 14 juillet » is every year
        return r
    if _g(m, p, "mois"):
        rel = " ".join((_g(m, p, "rel") or "").split()) or None
        if _g(m, p, "ce"):
            rel = "ce"
        anchor, offset = _MONTH_OF_DAY[rel]
        r.rel_unit, r.rel_offset, r.anchor = Grain.MONTH, offset, anchor
        return r
    r.month_from_context = True
    d2 = _g(m, p, "d2")
    if d2:
        d2v = int(d2)
        if not d < d2v <= 31:
            return None
        d_end = m.end(_GROUPS[p]["d"])
        if " et " in ctx.low[d_end : m.start(_GROUPS[p]["d2"])] and not (
            _BETWEEN_BEFORE.search(ctx.before(m.start(), 12))  # « entre le 5 et le 9 »
        ):
            # « les 5 et 9 », « le 5 et le 9 »: two days, each a mention (the scan reads
            # the second again after the first)
            r.end = d_end if not ctx.low.startswith("er", d_end) else d_end + 2
            return r
        r.range_end = Reading(
            m.start(_GROUPS[p]["d2"]), m.end(), p, day=d2v, month_from_context=True
        )
    return r


def build_year(m: regex.Match[str], ctx: Context, p: str) -> Reading | None:
    """A year in digits where the context says it is one: ``en 2023``, ``fin 2023``,
    ``dès 2020``; not ``2000 conteneurs``, ``les 2000 soldats``.

    >>> show("En 2023, puis fin 2024, 2 000 emplois et 1000 conteneurs.")
    [('2023', '2023'), ('fin 2024', '2024')]

    After ``T1``-``T4`` or ``S1``, ``S2``, a quarter or a half-year:

    >>> show("Le chiffre d'affaires du T3 2023 et celui du S1 2024.")
    [('T3 2023', '2023-Q3'), ('S1 2024', '2024-H1')]
    """
    ytext, modw = m.group(*_NUMS["year y mod"])
    y = int(ytext or 0)
    if not 1000 <= y <= 2100:
        return None
    ys = m.start(_NUM["year y"])
    low = ctx.low
    before = low[ys - 20 if ys > 20 else 0 : ys]  # ctx.before(ys, 20), sliced here
    if _INVALID_DAY_BEFORE.search(before):
        return None  # "32 août 2014": the date was rejected, its year goes with it
    if before.endswith("-") and _JOINED_NAME_BEFORE.search(before) is not None:
        return None  # « place du Dix-Huit-Juin-1940 »: a street's name
    code = _QUARTER_CODE_BEFORE.search(before)
    if (
        code is not None
        and not modw
        and y >= 1900
        and ctx.original_at(ys - len(code.group()), ys)[:1] in "TS"
        and not _FLAT_BEFORE.search(before, 0, code.start())  # "un T3": a flat
        and not _COUNTED_AFTER.match(low[m.end() : m.end() + 24])  # "T2 1500 euros"
    ):
        # "le chiffre d'affaires du T3 2023", "au S1 2023": a quarter or a half, as
        # financial reports write them
        n = int(code.group(2))
        if code.group(1) == "t" or n <= 2:
            r = _fresh(ys - len(code.group()), m.end(), p)
            r.year = y
            if code.group(1) == "t":
                r.quarter = n
            else:
                r.half = n
            return r
    if _DIGIT_BEFORE.search(before):
        return None  # "3 2023", "a3 2023": a number before it
    if not modw:
        nb = _NOT_YEAR_BEFORE.search(before)
        if nb and not (
            before.endswith(("des ", "des\u00a0"))
            and "è" in unicodedata.normalize("NFC", ctx.original_at(ys - 4, ys)).lower()
        ):
            return None  # "les 2000 soldats", but "dès 2020"
        end = m.end()
        after = low[end : end + 24]  # ctx.after(end, 24)
        if _NOT_YEAR_AFTER.match(after):
            return None
        prep = _YEAR_PREP.search(before) is not None
        if not prep and not (_YEAR_END_AFTER.match(after) or after == ""):
            return None
        if not prep and _WORD_AFTER.match(after):
            return None
        if _COUNTED_AFTER.match(after):
            return None
    r = _fresh(m.start(), m.end(), p)
    r.year = y
    if modw:
        r.mod = _MOD_WORDS[modw]
    return r


#: After a number that is no year: a unit or a currency (``2000 euros``, ``1500 km``), or
#: decimals (the two alternatives of a test written twice before, joined: either one).
_NOT_YEAR_AFTER = lazy_pattern(
    r"\s*+(?:%|€|\$|£|euros?|dollars?|francs?|km|m|kg|t|mw|g|ha|\.\d|,\d)\b"
    r"|\s*+(?:%|€|\$|£|\.\d|,\d)"
)
#: What may follow a year that no preposition introduces: punctuation, the end, a list.
_YEAR_END_AFTER = lazy_pattern(r"\s*+(?:[.,;:)!?\]»]|$|-\s|et\b|ou\b)")
#: A word after a number.
_WORD_AFTER = lazy_pattern(r"\s++[a-z]")
#: A noun of things counted after a number (``2000 soldats``).
_COUNTED_AFTER = lazy_pattern(
    r"\s++(?:ans|annees|mois|jours|semaines|heures|personnes|habitants|soldats|morts"
    r"|euros|metres|km|kilometres|tonnes|exemplaires|emplois|salaries|signatures"
    r"|participants|eleves|logements|voix|hectares|dollars|conteneurs|foyers|cas|victimes"
    r"|manifestants|agents|policiers|gendarmes|militaires|migrants|deces|points|pages"
    r"|litres|kilos|places|postes|lits|membres|fois|pieds)\b"
)


def _rule(
    name: str, pattern: str, build: Callable[[regex.Match[str], Context, str], Reading | None]
) -> Rule:
    return Rule(name, pattern.replace("{p}", name), build)


_P = "{p}"
_TIME_PREP_LB = (
    r"(?<=(?:(?<!\w)(?:a|des|jusqu'a|avant|apres|vers|entre|de|et|depuis)|partir de)[ \t])"
)

#: The rules, in the order they are tried at each position.
RULES: tuple[Rule, ...] = (
    _rule(
        "iso_date",
        rf"(?<![\w./-])(?P<{_P}_y>\d{{4}})(?P<{_P}_sep>[-/.])(?P<{_P}_m>[01]?\d)(?P={_P}_sep)(?P<{_P}_d>[0-3]?\d)"
        rf"(?:t(?P<{_P}_hh>\d\d):(?P<{_P}_mi>\d\d)(?::(?P<{_P}_ss>\d\d)(?:[.,]\d{{1,9}})?+)?+"
        rf"(?P<{_P}_tz>z|[+-](?:0\d|1[0-4])(?::?+[0-5]\d)?+)?+)?+(?![\w/]|[.-]\d)",
        build_iso_date,
    ),
    _rule(
        "numeric_date",
        rf"(?:(?P<{_P}_wd>{_WD_ANY}){_S0},?+{_S0}(?:le{_S})?+)?+"
        rf"(?<![\w./,:-])(?P<{_P}_d>[0-3]?\d)(?P<{_P}_sep>[/.-])(?P<{_P}_m>[01]?\d)(?P={_P}_sep)"
        rf"(?P<{_P}_y>\d{{4}}|\d\d)(?![\w/]|[.,:-]\d)",
        build_numeric_date,
    ),
    _rule(
        "numeric_day_month",
        rf"(?:(?P<{_P}_wd>{_WD_ANY}){_S0},?+{_S0}"
        rf"|(?<=(?:(?<!\w)(?:le|du|au|des|depuis|jusqu'au)[ \t])))"
        rf"(?P<{_P}_d>[0-3]?\d)(?:/(?P<{_P}_m>[01]?\d)|\.(?P<{_P}_m2>0[1-9]|1[0-2]))"
        rf"(?![\w/]|[.,:-]\d|[ \t]*+%)",
        build_numeric_day_month,
    ),
    _rule(
        "year_range",
        rf"(?<![\w./,:-])(?P<{_P}_a>(?:1[89]|20)\d\d)(?:-|/)(?P<{_P}_b>(?:1[89]|20)\d\d|\d\d)(?![\w/]|[.,:-]\d)",
        build_year_range,
    ),
    _rule(
        "week_of",
        rf"(?:(?:la|le){_S})?+(?:(?P<{_P}_o>premiere|1re|deuxieme|2e|seconde|troisieme|3e|quatrieme"
        rf"|4e|derniere|premier|1er|second|dernier){_S})?+(?P<{_P}_u>semaine|week-end|weekend){_S}"
        rf"(?:(?:du{_S}(?P<{_P}_d>{_DAYNUM}|premier){_S}|d(?:e{_S}|{APOS}))(?P<{_P}_mo>{_MONTH_ALL})"
        # "le week-end de Pâques", "la semaine de Noël", "le week-end de la Toussaint"
        rf"|(?:de{_S}(?:la{_S}|l{APOS}{_S0})?+|du{_S})(?P<{_P}_h>{_HOLIDAY}))(?!\w)"
        rf"(?:{_S}(?P<{_P}_y>{_YEAR4}))?+",
        build_week_of,
    ),
    _rule(
        "night_of",
        rf"(?:la{_S})?+nuit{_S}d(?:e|u){_S}(?:(?P<{_P}_wd1>{_WD_FULL})(?:{_S}(?P<{_P}_d1a>{_DAYNUM}))?+"
        rf"(?:{_S}(?:a|au){_S}(?P<{_P}_wd2>{_WD_FULL})(?:{_S}(?P<{_P}_d2a>{_DAYNUM})"
        rf"|{_S}(?P<{_P}_rel>derniere?|prochaine?|passee?)(?!\w))?+)?+"
        rf"|(?P<{_P}_d1>{_DAYNUM}){_S}(?:a|au){_S}(?P<{_P}_d2>{_DAYNUM})"
        rf"|(?P<{_P}_dl>(?:2[89]|3[01])(?!\d)(?:er|re|e)?+){_S}(?P<{_P}_mo1>{_MONTH_ALL})"
        rf"(?:{_S}(?P<{_P}_y1>{_YEAR4}))?+{_S}(?:a|au){_S}"
        rf"(?P<{_P}_df>0?1(?!\d)(?:er|re|e)?+|premier){_S}(?P<{_P}_mo2>{_MONTH_ALL})"
        rf"(?:{_S}(?P<{_P}_y2>{_YEAR4}))?+(?!{_S}{_MONTH_ALL}))"
        rf"(?:{_S}(?P<{_P}_mo>{_MONTH_ALL})(?:{_S}(?P<{_P}_y>{_YEAR4}))?+)?+{_WE}",
        build_night_of,
    ),
    _rule(
        "first_hours",
        rf"les{_S}(?P<{_P}_which>premieres|dernieres){_S}heures{_S}"
        rf"(?:de{_S}la{_S}|de{_S}l{APOS}|du{_S})(?P<{_P}_pod>matinee|journee|nuit|soiree|apres-midi|matin|soir){_WE}",
        build_first_hours,
    ),
    _rule(
        "nth_weekday",
        # "chaque premier lundi du mois", "tous les derniers vendredis du mois": every month
        rf"(?:(?P<{_P}_ev>chaque|tous{_S}les){_S}|le{_S})?+(?P<{_P}_o>(?:premier|1er|deuxieme|2e"
        rf"|second|troisieme|3e|quatrieme|4e|dernier)s?+){_S}(?P<{_P}_wd>{_WD_FULL})(?P<{_P}_pl>s)?+{_S}"
        rf"(?:(?P<{_P}_mo>de{_S}chaque{_S}mois|du{_S}mois)"
        rf"(?!{_S0}d{APOS}|{_S}(?:de|prochain|dernier|suivant|precedent|courant|passe|ecoule|en{_S}cours)(?!\w))"
        rf"|(?:du{_S}mois{_S})?+d(?:e{_S}|{APOS}{_S0})(?P<{_P}_m>{_MONTH_ALL})(?:{_S}(?P<{_P}_y>{_YEAR4}))?+){_WE}",
        build_nth_weekday,
    ),
    _rule(
        "holiday",
        rf"(?:(?P<{_P}_det>le|la|l{APOS}|cette|ce){_S0})?+(?P<{_P}_h>{_HOLIDAY})(?:(?:{_S}|-)(?P<{_P}_y>{_YEAR4}))?+{_WE}",
        build_holiday,
    ),
    _rule(
        "day_month",
        rf"(?:(?:ce{_S})?+(?P<{_P}_wd>{_WD_ANY}){_S0},?+{_S0}(?:le{_S})?+(?=\d|premier))?+"
        rf"(?<![\w.,/:])(?<!\d\s)(?P<{_P}_d>{_DAYNUM}|premier)"
        # the middle days of a list ("les 3, 10 et 17 octobre"): each one followed by
        # another comma or by "et"/"ou"
        rf"(?P<{_P}_mid>(?:{_S0},{_S0}(?:{_WD_ANY}{_S})?+{_DAYNUM}(?={_S0}(?:,|(?:et|ou){_S})))*+)"
        rf"(?:{_S0}(?P<{_P}_sep>-|au|a|et|ou|,){_S0}(?:le{_S})?+(?:{_WD_ANY}{_S})?+"
        rf"(?P<{_P}_d2>{_DAYNUM}))?+"
        rf"(?:{_S0}|-)(?P<{_P}_mo>{_MONTH_ALL})(?!\w)"
        rf"(?:{_S0},?+{_S0}(?P<{_P}_y>{_YEAR4})|-(?P<{_P}_yh>{_YEAR4})(?!\w))?+"
        rf"(?:{_S}(?P<{_P}_rel>prochains?+|derniers?+)(?!\w))?+"
        rf"(?:{_S}(?:au{_S})?+(?P<{_P}_pod>matin|soir|apres-midi)(?!\w))?+",
        build_day_month,
    ),
    _rule(
        "month_day_year",
        rf"(?:(?P<{_P}_wd>{_WD_FULL}){_S0},?+{_S0})?+(?P<{_P}_m>{_MONTH_ALL}){_S}"
        rf"(?P<{_P}_d>{_DAYNUM}),?+{_S}(?P<{_P}_y>{_YEAR4})",
        build_month_day_year,
    ),
    _rule(
        "weekday",
        rf"(?:(?:ce|cette){_S})?+(?P<{_P}_wd>{_WD_FULL}|{_WD_ABBR}(?={_S0}\d{{1,2}}[:h]\d\d))(?![\w-])"
        rf"(?:{_S}(?P<{_P}_dn>{_DAYNUM}){_DAY_NUMBER_AFTER})?+"
        rf"(?:{_S}(?P<{_P}_rel>dernier|prochain|passe|precedent|suivant)(?!\w))?+"
        rf"(?:{_S}(?:en{_S}|dans{_S}la{_S}|au{_S}(?=soir|matin))?+(?P<{_P}_pod>matin|apres-midi|aprem|soir|matinee|soiree|nuit)(?!\w))?+"
        rf"(?:{_S}(?P<{_P}_rel2>dernier|prochain)(?!\w))?+",
        build_weekday,
    ),
    _rule(
        "clock_range",
        rf"(?<![\w:.,/-])(?:(?P<{_P}_a>[01]?\d|2[0-4]){_S0}-{_S0}(?P<{_P}_b>[01]?\d|2[0-4]){_S0}"
        rf"(?:h|heures|(?P<{_P}_ampm>pm|am))(?![\w:])"
        rf"|(?P<{_P}_c>[01]?\d|2[0-4]){_S0}(?:h(?P<{_P}_m1>[0-5]\d)?+|(?P<{_P}_ampm1>pm|am)){_S0}-{_S0}"
        rf"(?P<{_P}_d>[01]?\d|2[0-4])(?:{_S0}h(?P<{_P}_m2>[0-5]\d)?+)?+(?![\w:]|[.,]\d))",
        build_clock_range,
    ),
    _rule(
        "clock",
        rf"(?:(?P<{_P}_appr>vers|aux{_S}alentours{_S}de|autour{_S}de|environ){_S})?+"
        rf"(?<![\w:.,/-])(?P<{_P}_h>[01]?\d|2[0-4]){_S0}"
        rf"(?P<{_P}_sep>heures|heure|h|:|\.(?=\d\d(?!\d)))"
        rf"(?:{_S0}(?P<{_P}_m>[0-5]\d)(?!\d)(?:{_S0}(?:mn|min|m|:)?+{_S0}(?P<{_P}_s>[0-5]\d){_S0}s?+"
        rf"|{_S0}(?:mn|min|m)(?=p(?!\w)|(?!\w)))?+)?+"
        # "14.30 heures", "8.15 h": the Swiss way, the hours word after the minutes
        rf"(?:(?<=\.\d\d){_S0}(?P<{_P}_hw>heures|h)(?!\w))?+"
        # "15 heures et quart", "8 h et demie", "3 heures moins le quart", "moins dix"
        rf"(?({_P}_m)|(?:{_S}(?P<{_P}_extra>et{_S}quart|et{_S}demie?+|moins{_S}le{_S}quart"
        rf"|moins{_S}(?:vingt-cinq|vingt|dix|cinq)(?![\w-]|{_S}(?:degres|pour|%)))(?!\w))?+)"
        rf"(?:{_S0}(?P<{_P}_ampm>am|pm|a\.m\.|p\.m\.|p(?!\w)))?+"
        rf"(?:{_S}(?P<{_P}_pod>du{_S}matin|du{_S}soir|de{_S}l{APOS}apres-midi|de{_S}la{_S}nuit))?+"
        # "00:00/03:21": a player's elapsed and total time, no clock time
        rf"(?![\w:]|[.,]\d|/\d\d?:\d)",
        build_clock,
    ),
    _rule(
        "clock_words",
        rf"(?:(?P<{_P}_appr>vers){_S}|{_TIME_PREP_LB})?+"
        rf"(?:(?<![\w-])(?P<{_P}_named>midi|minuit)"
        rf"|(?<=(?:(?<!\w)(?:a|vers|des|avant|apres|jusqu'a)[ \t]))"
        rf"(?P<{_P}_n>{NUMW}){_S}heures?+|(?P<{_P}_n2>{NUMW}){_S}heures?+(?=(?:{_S}et{_S}(?:quart|demie?+)"
        rf"|{_S}moins{_S}le{_S}quart)?+{_S}(?:du{_S}matin|du{_S}soir|de{_S}l{APOS}apres-midi)))"
        rf"(?:{_S}(?P<{_P}_extra>et{_S}quart|et{_S}demie?+|moins{_S}le{_S}quart|moins{_S}(?:{NUMW}|\d\d)|{NUMW}|[0-5]\d))?+"
        rf"(?:{_S}(?P<{_P}_pod>du{_S}matin|du{_S}soir|de{_S}l{APOS}apres-midi))?+{_WE}",
        build_clock_words,
    ),
    _rule(
        "decade",
        rf"{_modp(_P)}(?:les{_S})?+annees{_S}(?:(?P<{_P}_y>(?:1\d|20)\d0|[1-9]0)(?!\d)"
        rf"|(?P<{_P}_yw>quatre-vingt-dix|quatre-vingts?+|soixante-dix|soixante|cinquante"
        rf"|quarante|trente|vingt|septante|huitante|octante|nonante)(?![\w-]))",
        build_decade,
    ),
    _rule(
        "century",
        rf"{_modp(_P)}(?:le{_S})?+(?:(?P<{_P}_n>[ivxl]{{1,6}}|\d{{1,2}})(?:e|eme|ieme|er)"
        rf"|(?P<{_P}_ow>{_ORDINAL_WORD})){_S}siecle{_WE}",
        build_century,
    ),
    _rule(
        "year_named",
        rf"{_modp(_P)}(?:l{APOS}an|l{APOS}annee){_S}(?P<{_P}_y>{_YEAR4})",
        build_year_named,
    ),
    _rule(
        "month",
        # "la première quinzaine de juillet" (START), "la seconde quinzaine d'août" (END)
        rf"(?:(?:la{_S})?+(?P<{_P}_qz>premiere|deuxieme|seconde|derniere){_S}quinzaine{_S}"
        rf"d(?:e{_S}|{APOS}{_S0})|{_modp(_P)})(?:(?P<{_P}_mois>(?:(?:le|ce){_S})?+mois{_S}d(?:e{_S}|{APOS})))?+"
        rf"(?P<{_P}_m>{_MONTH_ALL})(?!\w)(?<!\.\w+\.)"
        rf"(?:{_S0},?+{_S0}(?P<{_P}_y>{_YEAR4})|{_S}(?P<{_P}_rel>dernier|prochain|passe)(?!\w)"
        rf"|{_S}{APOS}?+(?P<{_P}_y2>[4-9]\d)(?![\w%,.]))?+",
        build_month,
    ),
    _rule(
        "season",
        rf"{_modp(_P)}(?:(?P<{_P}_det>l{APOS}|cet|ce|un|le(?=[ \t])){_S0})?+"
        rf"(?P<{_P}_s>{_SEASON})(?!\w)"
        # "été" alone is the past participle ("il a été élu"): with no article, modifier,
        # year or dernier/prochain/passé after it, the builder rejects it; the pattern
        # does not match it (the scan tries no builder for it, nor the later rules twice)
        rf"(?({_P}_det)|(?({_P}_mod)|(?:(?<!ete)"
        rf"|(?={_S}(?:{_YEAR4}|(?:dernier|prochain|passe)(?!\w))))))"
        rf"(?:{_S}(?P<{_P}_y>{_YEAR4})(?:-(?P<{_P}_y2>{_YEAR4}))?+"
        rf"|{_S}(?P<{_P}_rel>dernier|prochain|passe|(?:suivant|precedent)"
        # "le printemps suivant la réforme": a preposition, not the next spring
        rf"(?!{_S0}(?:la|le|les|l{APOS}|son|sa|ses|un|une|ce|cet|cette|leur|leurs|des|du)(?!\w)))(?!\w)"
        rf"|(?P<{_P}_la>-la|{_S}la)(?![\w-]))?+",
        build_season,
    ),
    _rule(
        "relative_unit",
        rf"{_modp(_P)}(?:(?P<{_P}_det>cette|cet|ce|la|le|l{APOS}){_S0})?+"
        # "la dernière décennie", "le prochain siècle": before these two units only
        rf"(?:(?P<{_P}_pre>derniere|dernier|prochaine|prochain){_S}(?=decennie|siecle))?+"
        rf"(?P<{_P}_u>semaine|mois|annee|an|week-end|weekend|trimestre|semestre|decennie|siecle|journee)"
        rf"(?:(?P<{_P}_ci>-ci)|(?P<{_P}_la>-la|{_S}la)(?![\w-])"
        rf"|{_S}(?P<{_P}_rel>derniere|dernier|prochaine|prochain|passee|passe"
        rf"|precedente|precedent|suivante|suivant|ecoulee|ecoule|en{_S}cours|courante|courant"
        rf"|actuelle|actuel|qui{_S}vient|a{_S}venir|d{APOS}(?:apres|avant)(?![\w-]|{_S}(?:les?|la|l{APOS}|des?|du|un|une|sa|son|ses)(?!\w))))?+{_WE}",
        build_relative_unit,
    ),
    _rule(
        "quarter",
        rf"{_modp(_P)}(?:le{_S})?+(?P<{_P}_o>premier|premiere|1er|1re|deuxieme|2e|second|seconde|troisieme|3e"
        rf"|quatrieme|4e|dernier){_S}(?P<{_P}_u>trimestre|semestre)(?!\w)"
        rf"(?:{_S}(?:de{_S}l{APOS}annee{_S})?+(?P<{_P}_y>{_YEAR4}))?+",
        build_quarter,
    ),
    _rule(
        "first_n",
        rf"(?:les|ces|des){_S}(?P<{_P}_n>\d{{1,3}}|{NUMW}){_S}"
        rf"(?P<{_P}_w>premiers|premieres|derniers|dernieres){_S}(?P<{_P}_u>mois|trimestres|jours|semaines|annees)"
        rf"(?:{_S}(?:de{_S}l{APOS}(?:annee|an)(?!\w)(?:{_S}(?P<{_P}_y>{_YEAR4})"
        rf"|{_S}(?P<{_P}_rel>derniere|dernier|passee|passe|precedente|prochaine|prochain"
        rf"|suivante|en{_S}cours))?+(?!{_S}{_OTHER_YEARS})"
        rf"|de{_S}(?:(?P<{_P}_rel2>cette){_S}annee|(?P<{_P}_y2>{_YEAR4}))"
        rf"|(?:de{_S}|d{APOS})(?P<{_P}_mo>{_MONTH_FULL})(?:{_S}(?P<{_P}_y3>{_YEAR4}))?+))?+(?![\w-])",
        build_first_n,
    ),
    _rule(
        "last_n",
        rf"(?:(?:(?P<{_P}_det>les|ces){_S})?+(?:(?P<{_P}_n>\d{{1,3}}|{NUMW}){_S})?+"
        rf"(?:derniers|dernieres|prochains|prochaines){_S}(?P<{_P}_u>{_UNIT_WORD})"
        rf"|(?P<{_P}_det2>les|ces){_S}(?:(?P<{_P}_n2>\d{{1,3}}|{NUMW}){_S})?+(?P<{_P}_u2>{_UNIT_WORD}){_S}"
        rf"(?:a{_S}venir|qui{_S}viennent|passes|passees|precedents|precedentes|suivants|suivantes"
        rf"|ecoules|ecoulees|derniers|dernieres))(?!\w)",
        build_last_n,
    ),
    _rule(
        "ago",
        rf"(?:il{_S0}y{_S0}a|(?P<{_P}_vo>voila|voici)){_S}(?:deja{_S})?+(?:(?P<{_P}_pm>{_PREFIX_MOD})(?:{_S}|(?<={APOS})))?+(?P<{_P}_dur>{DUR})(?!\w)"
        rf"(?:{_S}(?P<{_P}_env>{_POST_MOD})(?!\w|{_S}(?:\d|tard|tot)))?+"
        rf"(?:{_S0},?+{_S0}(?P<{_P}_jpj>jour{_S}pour{_S}jour)(?!\w))?+",
        build_ago,
    ),
    _rule(
        "in",
        rf"dans{_S}(?:(?P<{_P}_pm>{_PREFIX_MOD})(?:{_S}|(?<={APOS})))?+(?P<{_P}_dur>{DUR})(?!\w)"
        rf"(?:{_S}(?P<{_P}_env>{_POST_MOD})(?!\w|{_S}(?:\d|tard|tot)))?+"
        rf"(?:{_S0},?+{_S0}(?P<{_P}_jpj>jour{_S}pour{_S}jour)(?!\w))?+",
        build_in,
    ),
    _rule(
        "later",
        # « moins de deux mois plus tard », « à peine trois jours plus tard »
        rf"(?:(?P<{_P}_pm>{_PREFIX_MOD})(?:{_S}|(?<={APOS})))?+"
        rf"(?P<{_P}_dur>{DUR}){_S}(?P<{_P}_dir>plus{_S}tard|plus{_S}tot|auparavant"
        rf"|(?:avant|apres)(?={_S0}(?:[.,;:!?)]|$)))(?!\w)",
        build_later,
    ),
    _rule(
        "deictic",
        rf"{_modp(_P)}(?P<{_P}_w>{_TIME_WORD})(?![\w-])"
        rf"(?:{_S}(?:au{_S})?+(?P<{_P}_pod>matin|apres-midi|aprem|soir|midi)(?!\w))?+",
        build_deictic,
    ),
    _rule(
        "countdown",
        r"(?<![\w'.-])[jh][ \t]*+[-+][ \t]*+\d{1,3}+(?![\w/:-]|[.,]\d|[ \t]*+(?:h|heures?+|%)\b)",
        build_countdown,
    ),
    _rule(
        "part_of_day",
        rf"{_modp(_P)}(?:(?P<{_P}_det>cette|cet|ce|la|l{APOS}){_S0})?+(?P<{_P}_pod>{_POD})"
        rf"(?:(?P<{_P}_la>-la|{_S}la)(?![\w-])|(?![\w-]))"
        rf"(?:{_S}(?P<{_P}_rel>derniere|dernier)(?!\w))?+",
        build_part_of_day,
    ),
    _rule(
        "set",
        rf"(?:(?:chaque|tous{_S}les|toutes{_S}les){_S}(?:(?P<{_P}_n>\d{{1,3}}|{NUMW}){_S})?+"
        rf"(?P<{_P}_u>{_UNIT_WORD}|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?+"
        rf"|matins?+|soirs?+|nuits?+|apres-midi|matinees?+|soirees?+|(?P<{_P}_ss>{_SEASON})s?+)"
        rf"|chaque{_S}(?P<{_P}_dd>{_DAYNUM}|premier){_S}(?P<{_P}_dm>{_MONTH_FREE})"
        rf"|(?:chaque|tous{_S}les|toutes{_S}les){_S}(?P<{_P}_fs>fins?+{_S}de{_S}semaine)"
        rf"|les{_S}(?P<{_P}_wp>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s"
        # not "les week-ends des 2 et 9 décembre", "les fins de semaine précédentes"
        rf"|(?:week-ends|weekends|fins{_S}de{_S}semaine)(?!{_S}(?:des|du|de|d{APOS}|precedent"
        rf"|suivant|dernier|passe|prochain|ecoule)))"
        rf"|(?P<{_P}_fn>\d{{1,3}}|{NUMW}){_S}fois{_S}par{_S}(?P<{_P}_fu>{_UNIT_WORD})"
        # a share of the units: "un jour sur deux" (and the whole, "7 jours sur 7", "24h/24",
        # which the builder refuses: no reading of the later rules either)
        rf"|(?P<{_P}_on>\d{{1,3}}|{NUMW}){_S0}"
        rf"(?P<{_P}_ou>{_UNIT_ANY}|j|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?+)"
        rf"(?:{_S}sur{_S}|{_S0}/{_S0})(?P<{_P}_om>\d{{1,3}}|{NUMW})"
        rf"|(?P<{_P}_adv>quotidiennement|hebdomadairement|mensuellement|annuellement))(?!\w)",
        build_set,
    ),
    _rule(
        "clock_compact",
        rf"(?<![\w:.,/-])(?P<{_P}_hm>\d{{3,4}}){_S0}(?P<{_P}_ampm>am|pm)(?!\w)",
        build_clock_compact,
    ),
    _rule(
        "duration",
        rf"(?<![:.,/])(?:(?P<{_P}_pm>{_PREFIX_MOD})(?:{_S}|(?<={APOS})))?+(?P<{_P}_dur>{DUR})(?!\w)"
        # a modifier after it: "deux heures environ", "trois jours au moins"
        rf"(?:{_S}(?P<{_P}_env>{_POST_MOD})(?!\w|{_S}(?:\d|tard|tot)))?+",
        build_duration,
    ),
    _rule(
        "day_of_month",
        rf"(?:(?<=(?<!\w)(?:le|du|au|les)[ \t])|(?<=(?<!\w)les[ \t]\d[ \t]et[ \t])"
        rf"|(?<=(?<!\w)les[ \t]\d\d[ \t]et[ \t])|(?<=(?<!\w)les[ \t]1er[ \t]et[ \t]))"
        rf"(?P<{_P}_d>3[01]|[12]\d|0?[1-9])(?:er)?+(?![\w/]|[.,:-]\d)"
        rf"(?:(?P<{_P}_mois>{_S}(?:du|de{_S}(?P<{_P}_ce>ce)){_S}mois)(?:{_S}(?P<{_P}_rel>prochain"
        rf"|dernier|suivant|precedent|en{_S}cours|courant))?+(?!\w)"
        # "le 24 courant" (Swiss: « le 24 crt »): of this month
        rf"|(?P<{_P}_cour>{_S}(?:courant|crt\.?+))(?!\w|{_S0}d{APOS}|{_S}de(?!\w))"
        # "le 28 de chaque mois": once a month
        rf"|(?P<{_P}_each>{_S}de{_S}chaque{_S}mois)(?!\w)"
        rf"|(?:{_S}(?:au|a|et){_S}(?:le{_S})?+(?P<{_P}_d2>3[01]|[12]\d|0?[1-9])(?:er)?+(?![\w/]|[.,:-]\d))?+"
        # « le 1er et le 15 de chaque mois »: two days of every month
        rf"(?:(?P<{_P}_each2>{_S}de{_S}chaque{_S}mois)(?!\w)"
        rf"|(?={_S0}(?:[;:.)!?\n]|$|,(?!{_S0}(?:rue|avenue|av|boulevard|bd|place|allee|impasse"
        rf"|chemin|quai|route|cours|rang|bis|ter)(?!\w))|a{_S}(?:\d{{1,2}}{_S0}[h:]|midi|minuit)"
        rf"|au{_S}(?:matin|soir)(?!\w)|dans{_S}la{_S}(?:matinee|soiree|nuit|journee)(?!\w)))))",
        build_day_of_month,
    ),
    _rule(
        "year",
        rf"{_modp(_P)}(?<![\w.,/:])(?<![\d.,/:-]\d[ -])(?P<{_P}_y>{_YEAR4})(?![\w]|[.,]\d|-\d|/\d)",
        build_year,
    ),
)


#: Each rule's index in :data:`RULES`, by name.
_RULE_INDEX = {r.name: i for i, r in enumerate(RULES)}


@functools.cache
def _scan_words(kind: str) -> frozenset[str]:
    return frozenset(e.form for e in load_table("scan_words") if e.value == kind)


@functools.cache
def _starters() -> frozenset[str]:
    words = set(_scan_words("starter")) | {k for k in _NUMBERS if " " not in k} | set(_heads())
    for name in ("time_words", "holidays"):
        for key in _table(name):
            words.update(w for w in regex.split(r"[ '\-.]", key) if w)
    return frozenset(words)


@functools.cache
def _heads() -> tuple[str, ...]:
    heads: set[str] = set(_scan_words("head"))
    heads.update(k.rstrip(".") for k in _MONTHS)
    heads.update(k.rstrip(".") for k in _WEEKDAYS)
    return tuple(sorted(heads))


@functools.cache
def _anchor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Head words and digits (the anchors), and the word starts a rule may open with."""
    heads = tree_alternation(_heads())
    anchor = re.compile(rf"\d+|(?<![a-z])(?:{heads})(?![a-z])")
    starters = tree_alternation(_starters())
    start = re.compile(rf"(?<![\w])(?:\d+[a-z]*|[ivxl]+e\b|(?:{starters})(?![a-z]))")
    return anchor, start


#: The characters that may separate two words of a run (:data:`_SEP_ONLY`).
_SEP_CHARS = " \t'\u02b9\u02bb\u055a\ua78c\uff07\u2035,.+\\-"


#: The most words before an anchor that :func:`_run_walk` reads as groups (a longer run is
#: read by ``finditer``).
_WALK_WORDS = 5
#: A ``match`` function: ``(string, pos, endpos)`` to a match.
_RunMatch = Callable[[str, int, int], re.Match[str]]


@functools.cache
def _run_walk() -> _RunMatch | None:
    r"""The ``match`` of a pattern that reads the words of the run that leads to an
    anchor backwards, or None before Python 3.11 (no possessive quantifiers in ``re``:
    the scan then reads every run with ``finditer``).

    Matched on the reversed text from the anchor's start, it reads separators, then a
    word that may be a word of the scan (read backwards: digits then letters, a Roman
    ordinal, a starter word) not after a word character, again and again; the first
    :data:`_WALK_WORDS` words are groups. It always matches (maybe nothing). Its end is
    where the run starts at the latest (see :func:`scan`); when it holds no more than its
    groups, they are the words of the run before the anchor, as ``finditer`` reads them:
    a word of the scan is a run of word characters, or starter words joined by hyphens,
    read longest first both ways (``tests/test_fast_paths.py`` checks that the starter
    words cannot be split two ways).

    >>> walk = _run_walk()  # None before Python 3.11
    >>> low = "dit que le 3 mars"
    >>> back = walk(low[::-1], len(low) - 13, len(low)) if walk else None  # from "mars"
    >>> # the run starts at 8 ("le 3 mars"); its words "3" and "le", reversed
    >>> back is None or (len(low) - back.end(), back.regs[1:3]) == (8, ((5, 6), (7, 9)))
    True
    """
    words = tree_alternation(w[::-1] for w in _starters())
    sep = f"[{_SEP_CHARS}]++"
    one = rf"[a-z]*+\d++|e[ivxl]++|{words}"  # a word of the scan, backwards
    word = rf"{sep}({one})(?!\w)"
    walk = rf"(?:{sep}(?:{one})(?!\w))*+"
    for _ in range(_WALK_WORDS):
        walk = f"(?:{word}{walk})?+"
    try:
        return cast(_RunMatch, re.compile(walk).match)
    except re.error:  # pragma: no cover - Python 3.10
        return None


@functools.cache
def _head_pattern() -> re.Pattern[str]:
    """A head word with the character before it (not a letter): scanned on ``" " + low``,
    which lets the scan skip from one non-letter to the next."""
    return re.compile(rf"[^a-z](?:{tree_alternation(_heads())})(?![a-z])")


#: The bytes of a Latin-1 text as :func:`_head_spans` reads them: a letter a-z stays, any
#: other byte (a hyphen too) becomes a space.
_LETTERS_OR_SPACE = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
#: The bytes of a Latin-1 text as :func:`_digit_spans` reads them: every digit becomes 0.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
#: A run of zeros: with one literal first, ``re`` finds each by a plain character search,
#: where a class such as ``\d`` costs a test at every character.
_ZERO_RUN = re.compile(rb"00*")


@functools.cache
def _spaced_head_pattern() -> re.Pattern[bytes]:
    """:func:`_head_pattern` for the bytes of ``_LETTERS_OR_SPACE``: a head word after a
    space, its hyphens written as spaces. Starting with one literal character, it is
    searched for by a plain character search (see :func:`_head_spans`)."""
    heads = (h.replace("-", " ") for h in _heads())
    return re.compile(rf" (?:{tree_alternation(heads)})(?![a-z])".encode())


@functools.cache
def _head_set() -> frozenset[str]:
    return frozenset(_heads())


@functools.cache
def _hyphen_head_min() -> int:
    """The length of the shortest head word with a hyphen (``week-end``).

    >>> _hyphen_head_min()
    8
    """
    return min((len(h) for h in _heads() if "-" in h), default=1 << 30)


def _head_spans(low: str, data: bytes) -> list[tuple[int, int]]:
    """The spans of the head words that ``_head_pattern().finditer(" " + low)`` finds (less
    the character before each), read on ``data``, the Latin-1 bytes of ``low`` (one byte a
    character; any character beyond Latin-1 replaced by a byte that is not a letter).

    There, every byte but a-z is a space, so a head word's character before is a space,
    and :func:`_spaced_head_pattern` finds the same words, except where a head word with a
    hyphen (``apres-midi``) is written with another separator (``apres midi``): the words
    found then are not heads, and the text is read by the head pattern itself.

    >>> low = "apres-midi, puis apres midi"
    >>> _head_spans(low, low.encode("latin-1"))
    [(0, 10), (17, 22), (23, 27)]
    """
    found = _spaced_head_pattern().finditer(b" " + data.translate(_LETTERS_OR_SPACE))
    spans = [(m.start(), m.end() - 1) for m in found]
    heads = _head_set()
    shortest = _hyphen_head_min()
    for s, e in spans:
        if e - s >= shortest and low[s:e] not in heads:
            return [(m.start(), m.end() - 1) for m in _head_pattern().finditer(" " + low)]
    return spans


def _latin1(low: str) -> tuple[bytes, bool]:
    """The Latin-1 bytes of ``low``, each character beyond Latin-1 written ``?``, and
    whether there was such a character."""
    try:
        return low.encode("latin-1"), False
    except UnicodeEncodeError:
        return low.encode("latin-1", "replace"), True


#: Runs of digits (``\d`` of the stdlib ``re`` is a Unicode decimal digit).
_DIGITS_RE = re.compile(r"\d+")


def _digit_spans(low: str, data: bytes, wide: bool) -> list[tuple[int, int]]:
    """The spans of the runs of decimal digits of ``low`` (``_DIGITS_RE``), read on its
    Latin-1 bytes ``data`` (see :func:`_latin1`; ``wide`` when some character was beyond
    Latin-1) where the only decimal digits are 0-9.

    >>> low = "le 3 mars 2024, 12h"
    >>> _digit_spans(low, *_latin1(low))
    [(3, 4), (10, 14), (16, 18)]
    """
    if wide:
        # beyond Latin-1, look for decimal digits among those characters (they are "?"
        # in the Latin-1 bytes); if there is one, or too many such characters, scan the text
        marks = data.count(b"?")
        if marks - low.count("?") > 64:
            return [m.span() for m in _DIGITS_RE.finditer(low)]
        i = data.find(b"?")
        while i >= 0:
            if low[i] != "?" and low[i].isdecimal():
                return [m.span() for m in _DIGITS_RE.finditer(low)]
            i = data.find(b"?", i + 1)
    return [m.span() for m in _ZERO_RUN.finditer(data.translate(_DIGITS_AS_ZERO))]


def _anchors(low: str, latin1: tuple[bytes, bool] | None = None) -> list[tuple[int, int]]:
    """The spans of ``_anchor_patterns()[0].finditer(low)``, found by two faster scans
    (on ``latin1``, ``_latin1(low)`` when the caller has it).

    A digit run and a head word never overlap (heads have no digits), so the anchors are
    the digit runs and the head words merged in text order.
    """
    if len(low) < 256:  # a short text: one scan costs less than the set-up of two
        return [m.span() for m in _anchor_patterns()[0].finditer(low)]
    data, wide = latin1 or _latin1(low)
    heads = _head_spans(low, data)
    digits = _digit_spans(low, data, wide)
    if not digits:
        return heads
    if not heads:
        return digits
    return sorted(heads + digits)


#: A rule ready to run: name, compiled pattern, builder.
_Ready = tuple[str, regex.Pattern[str], Callable[[regex.Match[str], Context, str], Reading | None]]


@functools.cache
def _rule_regex(i: int) -> regex.Pattern[str]:
    """The pattern of rule ``i`` compiled with ``regex`` (its partial matching tells which
    rules a word can open; it reads the texts the stdlib ``re`` may not)."""
    return regex.compile(RULES[i].pattern)


@functools.cache
def _ready_rules() -> tuple[_Ready, ...]:
    return tuple((r.name, _rule_regex(i), r.build) for i, r in enumerate(RULES))


@functools.cache
def _rule_pattern_list() -> tuple[regex.Pattern[str], ...]:
    return tuple(pattern for _, pattern, _ in _ready_rules())


#: Marks beyond ASCII, common in news, that both modules see as punctuation.
_SAFE_MARKS = "«»“”…€°•·×"
#: The characters to look at before the stdlib ``re`` runs a rule: anything but ASCII (less
#: U+001C-U+001F) and the safe marks.
_RE_UNSAFE = re.compile(f"[^\x00-\x1b\x20-\x7f{_SAFE_MARKS}]")


@functools.lru_cache(maxsize=4096)
def _engines_agree(ch: str) -> bool:
    r"""Whether ``re`` and ``regex`` agree on what ``ch`` is for ``\w``, ``\s`` and ``\d`` (and
    so ``\b``): the rules' patterns then match the same on a text made of such characters.

    >>> _engines_agree("«"), _engines_agree("\x1c")
    (True, False)
    """
    return all((re.match(c, ch) is None) is (regex.match(c, ch) is None) for c in _CLASSES)


_CLASSES = (r"\w", r"\s", r"\d")


def _stdlib_safe(
    low: str,
    alike: Callable[[str], bool] = _engines_agree,
    latin1: tuple[bytes, bool] | None = None,
) -> bool:
    r"""Whether the stdlib ``re`` may run the rules on ``low`` (see :class:`_FastRule`):
    it holds only safe characters (:func:`_only_safe`), or others that the patterns read
    ``alike`` with either module (by default, where the modules agree on ``\w``, ``\s``
    and ``\d``; the tense patterns ask more, ``resolve._tense_safe``).

    Those others are ``set(_RE_UNSAFE.findall(low))``. With ``latin1``, the Latin-1 bytes
    of ``low`` (:func:`_latin1`), they are read on the bytes instead, several times as
    fast: the Latin-1 bytes that are not :data:`_SAFE_BYTES`, and the characters beyond
    Latin-1 (a ``?`` in the bytes) that are not :data:`_SAFE_WIDE`. Only a text where
    these are many (one in eight) is searched character by character.

    >>> _stdlib_safe("le 3 mai « hier » ©"), _stdlib_safe("le 3\x1cmai")
    (True, False)
    >>> low = "le 3 mai « hier » “ok” ©"
    >>> _stdlib_safe(low, latin1=_latin1(low)), _stdlib_safe("3\x1c", latin1=_latin1("3\x1c"))
    (True, False)
    """
    if latin1 is not None and not low.isascii():
        data, wide = latin1
        # Most often, what is left without the guillemets is ASCII, found unsafe-free by
        # C-level scans of a few instructions a byte; the unsafe bytes are found one by one.
        rest = data
        for mark in _GUILLEMET_BYTES:
            rest = rest.replace(mark, b"")
        if rest.isascii() and not (
            b"\x1c" in rest or b"\x1d" in rest or b"\x1e" in rest or b"\x1f" in rest
        ):
            odd: set[str] = set()
        else:
            odd = set(rest.translate(None, _SAFE_BYTES).decode("latin-1"))
        if not wide:
            return all(alike(ch) for ch in odd)
        # the characters beyond Latin-1 are "?" in the bytes, as "?" itself
        left = len(low) >> 3  # one search costs less than looking at more of them
        i = data.find(b"?")
        while i >= 0 and left:
            odd.add(low[i])
            left -= 1
            i = data.find(b"?", i + 1)
        if i < 0:
            odd.discard("?")  # safe
            odd -= _SAFE_WIDE
            return all(alike(ch) for ch in odd)
    if _only_safe(low):
        return True
    return all(alike(ch) for ch in set(_RE_UNSAFE.findall(low)))


def _only_safe(s: str) -> bool:
    r"""``_RE_UNSAFE.search(s) is None``: ``s`` holds no character on which ``re`` and
    ``regex`` may disagree. An ASCII string is read by ``str`` methods, at a few
    instructions a character (a search for a class of characters takes tens).

    >>> _only_safe("le 3 mai « hier »"), _only_safe("le 3\x1cmai"), _only_safe("Ж")
    (True, False, False)
    """
    if not s.isascii():
        for mark in _GUILLEMETS:  # without them, news text is often ASCII
            s = s.replace(mark, "")
        if not s.isascii():
            return _RE_UNSAFE.search(s) is None
    # an ASCII string: only U+001C-U+001F, spaces for ``re`` only, are unsafe
    return not ("\x1c" in s or "\x1d" in s or "\x1e" in s or "\x1f" in s)


#: The safe marks that news text holds most (``str.replace`` removes them at a few
#: instructions a character, where a search for a class of characters takes tens).
_GUILLEMETS = ("\xab", "\xbb")
_GUILLEMET_BYTES = tuple(mark.encode("latin-1") for mark in _GUILLEMETS)
#: The bytes that :func:`_stdlib_safe` drops from the Latin-1 bytes of a text: those of the
#: characters that are not :data:`_RE_UNSAFE` (what is left are its unsafe Latin-1
#: characters).
_SAFE_BYTES = bytes(c for c in range(256) if not _RE_UNSAFE.match(chr(c)))
#: The safe marks beyond Latin-1.
_SAFE_WIDE = frozenset(ch for ch in _SAFE_MARKS if ch > "\xff")


#: The month rule's lookbehind (a word between two dots, as in ``www.oct.fr``, is no month),
#: of variable width: ``re`` cannot compile it. It can only fail just after a dot.
_DOTTED_WORD = r"(?<!\.\w+\.)"


@functools.cache
def _stdlib_compiled(i: int) -> re.Pattern[str] | None:
    """The pattern of rule ``i`` compiled with the stdlib ``re`` (two to three times faster),
    without :data:`_DOTTED_WORD`; None when ``re`` cannot compile it the same way (a
    variable-width lookbehind; possessive quantifiers before Python 3.11; a set that ``re``
    warns may mean another thing in the future).

    Where ``re`` compiles a pattern, its groups are numbered as ``regex`` numbers them (a
    test checks every rule's): both number the capturing groups in the order they open,
    and what only ``regex`` reads otherwise (branch resets, repeated names) ``re`` refuses.
    """
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": not the same pattern
            return re.compile(RULES[i].pattern.replace(_DOTTED_WORD, ""))
    except (re.error, Warning):
        return None


def _stdlib_twin(i: int) -> Callable[..., regex.Match[str] | None]:
    """The ``match`` of rule ``i``'s stdlib twin (:func:`_stdlib_compiled`), or of its own
    ``regex`` pattern when it has no twin.

    A pattern with :data:`_DOTTED_WORD` gets a twin without it, that hands the matches
    holding a dot to the pattern itself (see :func:`_undotted_match`), compiled with
    ``regex`` only then.
    """
    twin = _stdlib_compiled(i)
    if twin is None:
        return _rule_regex(i).match
    if _DOTTED_WORD in RULES[i].pattern:
        return functools.partial(_undotted_match, twin.match, functools.partial(_rule_match, i))  # type: ignore[return-value]
    return twin.match  # type: ignore[return-value]


def _rule_match(i: int, string: str, pos: int, endpos: int) -> regex.Match[str] | None:
    """``match`` of rule ``i``'s ``regex`` pattern."""
    return _rule_regex(i).match(string, pos, endpos)


def _undotted_match(
    twin: Callable[[str, int, int], re.Match[str] | None],
    rule: Callable[[str, int, int], regex.Match[str] | None],
    string: str,
    pos: int,
    endpos: int,
) -> re.Match[str] | regex.Match[str] | None:
    r"""``rule(string, pos, endpos)``, read by ``twin``, the rule's pattern without the
    lookbehind :data:`_DOTTED_WORD`, when that gives a match with no dot.

    The lookbehind can only fail after a dot, inside the match: ``twin`` tries the paths
    of the pattern in the same order, so the first that holds no dot is the rule's too.

    >>> rule = regex.compile(r"(?:oct\.|mars)(?<!\.\w+\.)").match
    >>> twin = re.compile(r"(?:oct\.|mars)").match
    >>> _undotted_match(twin, rule, "mars", 0, 4).group()
    'mars'
    >>> _undotted_match(twin, rule, ".oct.", 1, 5) is None  # a dot, then "oct."
    True
    """
    m = twin(string, pos, endpos)
    if m is not None and "." in m.group():
        return rule(string, pos, endpos)
    return m


class _FastRule:
    """Rule ``i``'s pattern for a text where ``re`` and ``regex`` agree on every character
    (:func:`_stdlib_safe`): the same matches, with the same groups. The stdlib twin is
    compiled on the first match; its ``match`` then replaces this one on the instance."""

    def __init__(self, i: int) -> None:
        self._i = i

    def match(self, string: str, pos: int, endpos: int) -> regex.Match[str] | None:
        """``Pattern.match``."""
        match = _stdlib_twin(self._i)
        setattr(self, "match", match)  # noqa: B010 - shadows the method on the instance
        return match(string, pos, endpos)


@functools.cache
def _fast_rule_patterns() -> tuple[_FastRule, ...]:
    return tuple(_FastRule(i) for i in range(len(RULES)))


@functools.cache
def _builder_list() -> tuple[
    tuple[str, Callable[[regex.Match[str], Context, str], Reading | None]], ...
]:
    return tuple((r.name, r.build) for r in RULES)


_ROMAN_WORD = re.compile(r"[ivxl]+e")
_SEP_ONLY = re.compile(f"[{_SEP_CHARS}]+")
#: Starts of the expressions written with digits, for the rules that open with a number
#: (:func:`_dispatch`); ``14-`` is the holidays written with their day (14-Juillet).
_DIGIT_PROBES = (
    "1 ",
    "12 ",
    "2023 ",
    "1er ",
    "12h",
    "12:",
    "1/",
    "2023-",
    "12.",
    "1230pm",
    "1-",
    "14-",
)
#: A character that cannot be between two words of a run.
_SEP_GAP = re.compile(f"[^{_SEP_CHARS}]")
#: How far before an anchor the words of its run are read first.
_NEAR = 24
#: Not after a word character, as ``regex`` sees it (the rules are ``regex`` patterns).
_NOT_AFTER_WORD = regex.compile(r"(?<![\w])")


#: The file, beside this module, of the rules each word can open (see :func:`_dispatch`).
DISPATCH_FILE = "dispatch.tsv"


@functools.cache
def _dispatch() -> dict[str, tuple[int, ...]]:
    """For each word that can open an expression, the rules that can start with it (their
    indexes in :data:`RULES`, in order): rules that cannot start there are never tried.

    Read from :data:`DISPATCH_FILE`, which ``python -m frnews.dates.dispatch`` writes from
    :func:`_computed_dispatch` (a test checks that they agree): working it out compiles
    every rule with ``regex`` and asks partial matching of each, most of a short
    process's first call.

    >>> names = [r.name for r in RULES]
    >>> [names[i] for i in _dispatch()["hier"]]
    ['deictic']
    """
    from importlib import resources

    table = resources.files("frnews.dates").joinpath(DISPATCH_FILE).read_text(encoding="utf-8")
    out: dict[str, tuple[int, ...]] = {}
    for lineno, line in enumerate(table.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        word, _, names = line.partition("\t")
        try:
            out[word] = tuple(_RULE_INDEX[name] for name in names.split())
        except KeyError as e:
            msg = (
                f"{DISPATCH_FILE}:{lineno}: no rule named {e.args[0]!r}; write the table"
                " again: python -m frnews.dates.dispatch"
            )
            raise ValueError(msg) from None
    return out


def dispatch_table() -> str:
    """The text of :data:`DISPATCH_FILE`, worked out from the rules' patterns.

    >>> rows = [line.split() for line in dispatch_table().splitlines() if line[0] != "#"]
    >>> rows[0][:3], [row for row in rows if row[0] == "hier"]
    (['0', 'iso_date', 'numeric_date'], [['hier', 'deictic']])
    """
    lines = [
        "# The rules each word of the date scan can open, in the order the scan tries them.",
        "# Worked out from the rules' patterns by partial matching; written by",
        "# `python -m frnews.dates.dispatch` (do not edit: tests/test_dispatch.py checks it).",
        "# columns: word (0: a number, roman: a Roman numeral)\trules",
    ]
    lines += [
        f"{word}\t{' '.join(RULES[i].name for i in rules)}"
        for word, rules in sorted(_computed_dispatch().items())
    ]
    return "\n".join(lines) + "\n"


def _computed_dispatch() -> dict[str, tuple[int, ...]]:
    """The rules each word can open, worked out from the rules themselves, with partial
    matching: a rule is kept for ``la`` when ``la …`` can begin one of its matches.
    """
    words = set(_starters())
    probes_of: dict[str, tuple[str, ...]] = {
        w: (w + " ", w + "'", w + "-", w + ",", w + ".") for w in words
    }
    probes_of["0"] = _DIGIT_PROBES
    probes_of["roman"] = ("xxe ", "xixe ", "ive ")
    first = _first_chars()
    out: dict[str, tuple[int, ...]] = {}
    for w, probes in probes_of.items():
        # What a word's probes need first, cheaper to ask: the rule can start with the
        # word's first character, then with the word itself (every probe begins with it).
        maybe: Sequence[int] = range(len(RULES))
        if w in words:
            maybe = [i for i in maybe if w[0] in first[i] and _can_start(i, w)]
        kept = tuple(i for i in maybe if any(_can_start(i, pr) for pr in probes))
        if kept:
            out[w] = kept
    return out


_DIGIT_CHARS = "0123456789"
_SPACE_OR_TAB = frozenset(" \t")


def _digit_rule_fits(name: str, n: int, x: str, y: str) -> bool:
    """Whether rule ``name`` can match at ``n`` ASCII digits (5 = five or more), followed
    by ``x`` (``""`` at the end of the text) and, when ``x`` is a space or a tab, by ``y``
    after the spaces.

    A necessary condition read off the rule's pattern (a test checks it against the
    patterns): ``iso_date`` needs ``\\d{4}[-/.]``, ``clock`` one or two digits and then
    ``h``, ``:`` or ``.``, a duration a unit, and so on. A rule not listed here is kept.
    """
    nxt = y if x in _SPACE_OR_TAB else x  # the first character after the digits and spaces
    if name == "iso_date":
        return n == 4 and x in ("-", "/", ".")
    if name == "numeric_date":
        return n <= 2 and x in ("/", ".", "-")
    if name == "numeric_day_month":
        return n <= 2 and x in ("/", ".")
    if name == "year_range":
        return n == 4 and x in ("-", "/")
    if name == "day_month":  # a day, er/re/e, then a month or a second day
        return n <= 2 and (x in ("e", "r") or nxt in _DAY_MONTH_NEXT)
    if name == "clock_range":  # 13h-15h, 13-15h, 1-3pm
        return n <= 2 and nxt in ("-", "h", "p", "a")
    if name == "clock":
        return n <= 2 and nxt in ("h", ":", ".")
    if name == "century":  # 21e siècle
        return n <= 2 and x in ("e", "i")
    if name == "quarter":  # 1er, 1re, 2e trimestre
        return n == 1 and x in ("e", "r")
    if name == "last_n":  # 3 derniers jours
        return n <= 3 and x in _SPACE_OR_TAB and y in ("d", "p")
    if name in ("later", "duration"):  # 3 jours, 1,5 an, 48h
        return n <= 4 and (x in (".", ",") or nxt in _UNIT_FIRST)
    if name == "set":  # 2 fois par semaine, 7 jours sur 7, 24h/24, 7j/7
        return n <= 3 and ((x in _SPACE_OR_TAB and y == "f") or nxt in _UNIT_FIRST or nxt == "j")
    if name == "clock_compact":  # 1230pm
        return 3 <= n <= 4 and nxt in ("a", "p")
    if name == "day_of_month":  # le 14, le 20 du mois
        return n <= 2
    if name == "year":
        return n == 4
    if name == "holiday":  # 14-juillet, 11-novembre
        return n == 2 and x == "-"
    return True


_DAY_MONTH_NEXT = frozenset({"-", ",", "a", "e", "o", *(k[0] for k in _MONTHS)})
_UNIT_FIRST = frozenset(k[0] for k in _UNITS)


@functools.lru_cache(maxsize=4096)
def _digit_candidates(n: int, x: str, y: str) -> tuple[int, ...]:
    return tuple(i for i in _dispatch()["0"] if _digit_rule_fits(RULES[i].name, n, x, y))


def _digit_rules(word: str, low: str, st: int, limit: int) -> tuple[int, ...] | None:
    """The rules that can match at a token of digits: the digit rules, less those that
    the characters after the digits rule out."""
    rest = word.lstrip(_DIGIT_CHARS)
    n = len(word) - len(rest)
    if n == 0:
        return _dispatch().get("0")
    j = st + n
    x = rest[0] if rest else (low[j] if j < limit else "")
    y = ""
    if x in _SPACE_OR_TAB:
        j += 1
        while j < limit and low[j] in _SPACE_OR_TAB:
            j += 1
        y = low[j] if j < limit else ""
    if x >= "\x80" or y >= "\x80":  # a digit of another script, an odd space: no guess
        return _dispatch().get("0")
    return _digit_candidates(n if n < 5 else 5, x, y)


#: The contexts put before a start of text when partial matching asks whether a rule can
#: match it: what some rules' lookbehinds want (a rule that does not look behind needs one).
_PARTIAL_BEFORE = ("a ", "le ")


@functools.cache
def _partial_befores() -> tuple[tuple[str, ...], ...]:
    """For each rule, the contexts of :data:`_PARTIAL_BEFORE` that partial matching puts
    before a start: all of them for a pattern that may look before where it starts (a
    lookbehind, a word boundary, a start anchor), the first one otherwise (what is before
    is then never read, and one context answers for all).

    >>> names = [r.name for r in RULES]
    >>> befores = _partial_befores()
    >>> befores[names.index("day_of_month")], befores[names.index("holiday")]
    (('a ', 'le '), ('a ',))
    """
    looks_back = ("(?<", "\\b", "\\B", "\\A", "\\G", "^")
    return tuple(
        _PARTIAL_BEFORE if any(x in r.pattern for x in looks_back) else _PARTIAL_BEFORE[:1]
        for r in RULES
    )


def _can_start(i: int, start: str) -> bool:
    """Whether some continuation of ``start`` (a text read from where a rule is tried)
    can be matched by rule ``i``, after the contexts its lookbehinds want: partial matching
    says no only when no text starting with ``start`` can match.

    >>> names = [r.name for r in RULES]
    >>> _can_start(names.index("holiday"), "la s"), _can_start(names.index("holiday"), "la se")
    (True, False)
    """
    pattern = _rule_regex(i)
    return any(
        pattern.match(b + start, pos=len(b), partial=True) is not None
        for b in _partial_befores()[i]
    )


@functools.lru_cache(maxsize=16384)
def _word_candidates(word: str, after: str) -> tuple[int, ...]:
    """The rules of ``word`` that can match a text starting with ``word + after``.

    Partial matching on that start of the text tells whether some continuation of it can
    match: a rule that cannot is not tried (``le g…`` opens none of the six rules that
    ``le`` opens). The contexts the rules' lookbehinds want are put before it.
    """
    start = word + after
    return tuple(i for i in _dispatch()[word] if _can_start(i, start))


#: How many characters a process scans before the scan narrows the rules it tries at a
#: word by partial matching (:func:`_word_candidates`, :func:`_later_candidates`). Partial
#: matching needs the rules compiled with ``regex``, about half a second on a slow
#: machine, for a scan about 5 % faster: a process reading a few articles does better
#: without it, one reading a corpus does better with it after a megabyte or so.
NARROW_AFTER = 1 << 20
#: The characters scanned so far (until :data:`NARROW_AFTER`).
_SCANNED = [0]
#: Every rule's index, in order.
_LATER = tuple(range(len(RULES)))


def _narrowing(n: int) -> bool:
    """Whether the scan of ``n`` more characters narrows the rules it tries by partial
    matching: once the process has scanned :data:`NARROW_AFTER` characters, or when the
    rules are compiled with ``regex`` already (partial matching then costs nothing more).

    Narrowed or not, the scan finds the same readings: partial matching only leaves out
    the rules that cannot match where they would be tried.
    """
    if _SCANNED[0] >= NARROW_AFTER:
        return True
    _SCANNED[0] += n
    return _SCANNED[0] >= NARROW_AFTER or _ready_rules.cache_info().currsize > 0


def scan(ctx: Context) -> list[Reading]:
    """Every reading the rules find in the folded text, in text order, not overlapping.

    Head words and digits are found first (C-level scans); the rules that can open with
    a word are tried, in the order of :data:`RULES`, only at the word starts just before
    each of them.

    >>> [(r.rule, r.start, r.end) for r in scan(Context.of("Il a dit hier qu'en 2023..."))]
    [('deictic', 9, 13), ('year', 20, 24)]
    """
    out: list[Reading] = []
    dispatch = _dispatch()
    digit_rules = _digit_rules
    word_candidates = _word_candidates
    roman = dispatch.get("roman")
    not_after_word = _NOT_AFTER_WORD.match
    builders = _builder_list()
    low = ctx.low
    latin1 = _latin1(low)
    patterns: tuple[regex.Pattern[str] | _FastRule, ...] = (
        _fast_rule_patterns() if _stdlib_safe(low, latin1=latin1) else _rule_pattern_list()
    )
    n = len(low)
    narrow = _narrowing(n)
    walk = _run_walk()
    rev = low[::-1] if walk is not None else ""
    pos = 0
    tried = -1  # candidates are tried left to right, each once
    for a_start, a_end in _anchors(low, latin1):
        if a_start < pos:
            continue
        lo = a_start - 48
        if lo <= tried:
            lo = tried + 1
        if lo < pos:
            lo = pos
        # The run of starter words that leads to the anchor without a gap: the words read
        # from lo, the last ones that only separators part.
        run: Sequence[tuple[int, int]] | None = None
        if walk is not None:
            # The reversed text, read backwards from the anchor, tells where the run
            # starts at the latest (n - e): before it is no word character (so no word
            # of the scan goes across it but one with a hyphen) and no word of the scan
            # that the separators before it lead to (a word the walk would have taken).
            back = walk(rev, n - a_start, n - lo)
            e = back.end()
            words = back.lastindex
            if words is None:  # no word before the anchor: the anchor alone, if a word
                c = low[a_start - 1] if a_start else ""
                if not (c.isalnum() or c == "_"):
                    run = ((a_start, a_end),)
            elif e < n - lo and e == back.end(words):
                # The words are the groups (the first one not at lo, where the walk
                # cannot see the character before it).
                if words == 1:
                    run = ((n - e, n - back.start(1)), (a_start, a_end))
                else:
                    run = [(n - r[1], n - r[0]) for r in back.regs[words:0:-1]]
                    run.append((a_start, a_end))
        if run is None:
            toks, k = _run_from(low, lo, a_start, a_end)
            run = [t.span() for t in toks[k:]]
        limit = a_end + 160 if a_end + 160 < n else n
        for st, e in run:
            tried = st
            word = low[st:e]
            if word[0] <= "9":
                cands = digit_rules(word, low, st, limit)
            else:
                cands = dispatch.get(word)
                if cands is None:
                    if _ROMAN_WORD.fullmatch(word):
                        cands = roman
                elif len(cands) > 1 and narrow:
                    cands = word_candidates(word, low[e : e + 2 if e + 2 < limit else limit])
            if cands is None:
                continue
            if st and low[st - 1] >= "\x80" and not_after_word(low, st) is None:
                continue  # a word character for regex, not for re: no rule starts here
            for i in cands:
                m = patterns[i].match(low, st, limit)
                if m is not None:
                    break
            else:
                continue
            name, build = builders[i]
            r = build(m, ctx, name)
            if r is None or r.end <= r.start:
                r = _build_later(i, ctx, st, word, limit, patterns, narrow)
            if r is not None:
                out.append(r)
                # what the reading leaves out of its match is read again ("les 3 et 17
                # octobre": "3", then "17 octobre")
                pos = r.end
                break
    return out


def _run_from(low: str, lo: int, a_start: int, a_end: int) -> tuple[list[re.Match[str]], int]:
    """The words of the scan from ``lo`` to the anchor ``[a_start, a_end)`` and the index of
    the first one of the run that leads to the anchor (the last words that only separators
    part), read forwards.

    >>> toks, k = _run_from("il dit que le 3 mars", 0, 16, 20)
    >>> [t.group() for t in toks[k:]]
    ['le', '3', 'mars']
    """
    tokens = _anchor_patterns()[1].finditer
    sep_only = _SEP_ONLY.fullmatch
    # Reading the words from a space after lo gives the same words (none holds a space),
    # so the words are read from near the anchor first, and from lo to that space (the
    # same as those lo's reading finds there) only when the run may go on before it.
    q = low.find(" ", a_start - _NEAR, a_start) + 1 if a_start - _NEAR > lo else 0
    toks = list(tokens(low, q if q > lo else lo, a_end))
    k = len(toks) - 1
    while k > 0 and sep_only(low, toks[k - 1].end(), toks[k].start()):
        k -= 1
    if q > lo and k <= 0 and (not toks or not _SEP_GAP.search(low, q, toks[0].start())):
        before = list(tokens(low, lo, q))
        toks = before + toks
        k += len(before)  # the same token as before (the last one when there was none)
        while k > 0 and sep_only(low, toks[k - 1].end(), toks[k].start()):
            k -= 1
    return toks, k


@functools.cache
def _first_chars() -> tuple[frozenset[str], ...]:
    """For each rule, the ASCII characters one of its matches can start with (worked out
    with partial matching, after the contexts its lookbehinds want)."""
    chars = [chr(c) for c in range(128)]
    return tuple(frozenset(c for c in chars if _can_start(i, c)) for i in range(len(RULES)))


@functools.lru_cache(maxsize=16384)
def _later_candidates(i: int, word: str, after: str) -> tuple[int, ...]:
    """The rules after rule ``i`` (all of them for ``i = -1``) that can match a text
    starting with ``word + after`` (a token of the scan and the characters after it).

    Those that cannot start with the token's first character are left out first; then,
    with partial matching after the contexts the rules' lookbehinds want (as
    :func:`_word_candidates` does), those that no continuation of that start can match.
    """
    c = word[0]
    first = _first_chars() if c < "\x80" else None
    start = word + after
    return tuple(
        j
        for j in range(i + 1, len(RULES))
        if (first is None or c in first[j]) and _can_start(j, start)
    )


def _build_later(
    i: int,
    ctx: Context,
    st: int,
    word: str,
    limit: int,
    patterns: tuple[regex.Pattern[str] | _FastRule, ...],
    narrow: bool = True,
) -> Reading | None:
    """Rule ``i`` matched at ``st`` (the start of the token ``word``) but its builder
    rejected the match: try the later rules at the same place (when ``narrow``, only
    those that can start with the token and the two characters after it, see
    :func:`_later_candidates`), with the scan's ``patterns``."""
    low = ctx.low
    e = st + len(word)
    if narrow:
        later = _later_candidates(i, word, low[e : e + 2 if e + 2 < limit else limit])
    else:
        later = _LATER[i + 1 :]
    if not later:
        return None
    rules = _builder_list()
    for j in later:
        name, build = rules[j]
        m2 = patterns[j].match(low, st, limit)
        if m2 is not None:
            r = build(m2, ctx, name)
            if r is not None and r.end > r.start:
                return r
    return None
