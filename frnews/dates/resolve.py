"""Resolution: the only place that reads the reference date.

A :class:`~frnews.dates.reading.Reading` says what the text gave; this module turns it into
a :class:`~frnews.dates.model.TemporalValue` against

* the **reference** (the publication date): ``hier``, ``la semaine dernière``,
  ``il y a trois jours``, and the year of ``19 octobre``;
* the **narrative anchor**, the last day the text established: ``la veille``,
  ``le lendemain``, ``deux jours plus tard`` (the reference until the text gives a day);
* the **tense of the clause** for a month, weekday, season or holiday written without a
  year: ``a fait escale en juillet`` is in the past, ``une réunion prévue en novembre`` in
  the future; with no cue, the occurrence nearest to the reference wins.

Without a reference, relative values keep ``X`` placeholders (``XXXX-09``) and no interval.

>>> import datetime as dt
>>> from frnews.dates.reading import Reading
>>> v = resolve_one(Reading(0, 4, "deictic", day_shift=-1, anchor="ref"), dt.datetime(2023, 10, 19))
>>> v.timex, v.start.date()
('2023-10-18', datetime.date(2023, 10, 18))
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import sys
from collections.abc import Callable, Sequence

import attrs
import regex

from frnews.dates._lazy import lazy_pattern
from frnews.dates.api import PREFER
from frnews.dates.model import Duration, Grain, TemporalValue, TimexType, _value
from frnews.dates.reading import Reading, evolve
from frnews.dates.rules import _MONTH_DAYS, _WEEKDAYS, _is_leap, _month_days, _stdlib_safe
from frnews.lexicons import _prefix_tree, _PrefixTree, load_table, tree_alternation
from frnews.text import fold

__all__ = ["PREFER", "resolve_all", "resolve_one", "tense_at"]

# The enum members the resolver reads for every expression, as module constants: on Python
# 3.11 and older, reading ``Grain.DAY`` goes through the ``__getattr__`` hook of the enum
# metaclass, about ten times as slow as reading a global.
_G_SECOND, _G_MINUTE, _G_HOUR = Grain.SECOND, Grain.MINUTE, Grain.HOUR
_G_PART_OF_DAY, _G_DAY, _G_WEEKEND, _G_WEEK = (
    Grain.PART_OF_DAY,
    Grain.DAY,
    Grain.WEEKEND,
    Grain.WEEK,
)
_G_MONTH, _G_SEASON, _G_QUARTER, _G_HALF_YEAR = (
    Grain.MONTH,
    Grain.SEASON,
    Grain.QUARTER,
    Grain.HALF_YEAR,
)
_G_YEAR, _G_DECADE, _G_CENTURY, _G_MILLENNIUM = (
    Grain.YEAR,
    Grain.DECADE,
    Grain.CENTURY,
    Grain.MILLENNIUM,
)
_T_DATE, _T_TIME, _T_DURATION, _T_SET = (
    TimexType.DATE,
    TimexType.TIME,
    TimexType.DURATION,
    TimexType.SET,
)

#: The tense of an expression's clause, computed on first call (-1, +1 or None).
Tense = Callable[[], "int | None"]


def _no_tense() -> int | None:
    return None


_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=7)
#: The middle of a day whose time is not known: where a shift in hours or minutes counts from.
_NOON = dt.timedelta(hours=12)


@functools.cache
def _pod_hours() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for e in load_table("parts_of_day"):
        code, hours = e.value.split(":")
        a, b = hours.split("-")
        out.setdefault(code, (int(a), int(b)))
    return out


@functools.cache
def _season_months() -> dict[str, int]:
    return {e.value.split(":")[0]: int(e.value.split(":")[1]) for e in load_table("seasons")}


@functools.cache
def _season_codes() -> dict[int, str]:
    return {v: k for k, v in _season_months().items()}


# ---------------------------------------------------------------------------------------
# Tense


#: Endings of the conditional that no other tense has (an imperfect in -érait, "espérait",
#: is told apart by its accent in the original text).
_COND_ENDINGS = "eraient|erait|ndraient|ndrait|udraient|udrait"
#: Words between the auxiliary of a past conditional and its participle.
_COND_ADVERBS = (
    "deja|bien|pas|jamais|plus|ainsi|alors|egalement|aussi|meme|notamment|encore|ensuite"
    "|finalement|probablement|visiblement|vraisemblablement|effectivement|toutefois|donc"
)
#: Words after "aurait" that are not a past participle ("aurait lieu", "aurait besoin").
_NOT_PARTICIPLE = (
    "le|la|les|lui|leur|leurs|un|une|des|de|du|ce|cet|cette|ces|ses|sa|son|mes|tes|nos|vos"
    "|que|qui|se|me|te|ne|ni|si|ici|au|aux|lieu|besoin|droit|envie|peur|tort|raison|interet"
    "|tendance|acces|recours|vocation|tout|toute|toutes|tous"
)
#: Participles of the verbs conjugated with "être" ("serait arrivé"; "serait présenté" is a
#: passive, in the future).
_ETRE_PARTICIPLES = (
    "(?:arrive|parti|entre|sorti|rentre|retourne|reste|tombe|alle|decede|monte|passe|ne"
    "|mort|venu|revenu|devenu|intervenu|parvenu|survenu|descendu|apparu|disparu)(?:e|s|es)?"
)
#: The passé composé of a verb conjugated with "être": "est arrivé", "sont intervenus",
#: "n'est pas venue" (reported facts, in the past; "est" alone is the present).
_ETRE_PAST = rf"(?:est|sont)\s+(?:(?:{_COND_ADVERBS})\s+)?{_ETRE_PARTICIPLES}(?!\w)"
#: A past conditional: "aurait" and a participle, "serait" and the participle of a verb
#: conjugated with "être", or a reflexive "se serait".
_COND_PAST = (
    rf"aurai(?:en)?t\s+(?:(?:{_COND_ADVERBS})\s+)?(?!(?:{_NOT_PARTICIPLE})(?!\w))\w*"
    r"(?:e|es|i|is|ie|ies|u|us|ue|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|eints"
    r"|eintes|aint|ainte|aints|aintes|ait|aite|aits|aites)(?!\w)"
    # "aurait dû se tenir": the participle "dû" (folded "du") and an infinitive (not "aurait
    # du mal", "du pain")
    r"|aurai(?:en)?t\s+du\s+(?:(?:se|en|y|le|la|les|lui|leur)\s+|s'|l')?\w+"
    r"(?:(?<=er)|(?<=ir)|(?<=re))(?!\w)"
    rf"|serai(?:en)?t\s+(?:(?:{_COND_ADVERBS})\s+)?{_ETRE_PARTICIPLES}(?!\w)"
    r"|(?:se|s'y)\s+serai(?:en)?t(?!\w)"
)


@functools.cache
def _cue_words() -> tuple[dict[str, int], dict[str, int]]:
    """The cue words and the prepositions of ``tense_cues``, folded, with their sign."""
    words: dict[str, int] = {}
    preps: dict[str, int] = {}
    for e in load_table("tense_cues"):
        sign = {"past": -1, "future": 1}.get(e.value, 0)
        key = fold(e.form).text
        (preps if "prep" in e.flags else words)[key] = sign
    return words, preps


@functools.cache
def _cue_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, int]]:
    words, preps = _cue_words()
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    # Verb endings: the simple future (-era, -iront, -dra…), the conditional (-erait,
    # -ndrait, -udrait: the future of the past, "entrerait en vigueur"), the imperfect (-ait,
    # -aient, but not another -rait: "montrait"); and first, the past conditional ("aurait
    # tiré", "serait arrivé", "se serait rendu": reported facts, in the past).
    cue = regex.compile(
        rf"(?<!\w)(?P<at>)(?:(?P<cpast>{_COND_PAST})|(?P<w>{alt})(?![\w'])"
        r"|(?P<refl>s'est|se sont)(?!\w)"
        rf"|(?P<epast>{_ETRE_PAST})"
        rf"|\w++(?:(?<={_FUTURE_ENDINGS})(?P<fut>)"
        rf"|(?<={_COND_ENDINGS})(?P<cond>)|(?<=aient|ait)(?<!raient|rait)(?P<past>)))"
    )
    prep_alt = "|".join(regex.escape(w) for w in sorted(preps, key=len, reverse=True))
    # the article after the preposition, longest first: the group is possessive, so "le"
    # tried before "les" would never give way to it ("depuis les 2 et 3 juin")
    prep = regex.compile(
        rf"(?<![\w'])(?P<p>{prep_alt})(?:\s++(?:les|le|la|l'|du|de|d'|aux|au))?+\s*+$"
    )
    return cue, prep, {**words, **preps}


#: The endings of the simple future that :func:`_cue_patterns` reads as a future
#: (« devra », « suivront », « recevra »: -vra, -vront, but not -vrez, -vrons, which
#: « vous ouvrez », « nous couvrons » end with too). Besides the third persons, the first
#: and second of the irregular futures: « nous partirons », « nous reviendrons », « vous
#: pourrez », « j'aurai ».
_FUTURE_ENDINGS = (
    "eront|era|erons|erez|erai|iront|ira|dront|dra|rront|rra|ura|uront|vra|vront"
    "|irons|drons|rrons|urons|drez|rrez|urez|drai|rrai|urai"
)
#: Words with a future's ending that are no future: no cue (« aux environs de 10 h »).
_NOT_FUTURES = frozenset(
    (
        *("environs", "escadrons", "chaudrons", "potirons", "marrons", "larrons"),
        # the passé simple of -vrer verbs (« la Navarre livra bataille »)
        *("livra", "delivra", "oeuvra", "recouvra", "enivra", "navra", "sevra"),
    )
)


def _ends_with(endings: str) -> str:
    """After a whole word, whether it ends with one of ``endings`` (``a|b``), as lookbehinds
    of a fixed width (``re`` wants them so) shaped as a tree of the endings read backwards:
    a word is looked at again only while its last characters are those of an ending.

    >>> _ends_with("era|ira|erai")
    '(?:(?<=ra)(?:(?<=era)|(?<=ira))|(?<=erai))'
    """

    def build(suffix: str, node: _PrefixTree) -> str:
        if "" in node:
            return ""  # the word ends with this ending: no need to look further back
        alts = []
        for c, child in node.items():
            end = c + suffix
            while len(child) == 1 and "" not in child:  # one way on: one lookbehind for it
                ((c, child),) = child.items()
                end = c + end
            alts.append(f"(?<={re.escape(end)})" + build(end, child))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return build("", _prefix_tree(e[::-1] for e in endings.split("|")))


#: A whole word, in ``re``: possessive where the module has it (Python 3.11), which spares
#: the giving back of its characters one by one when no ending follows (``(?!\w)`` fails
#: inside a word: the two read the same words).
_WHOLE_WORD = r"\w++" if sys.version_info >= (3, 11) else r"\w+(?!\w)"


def _fast_cue_body() -> str:
    """The alternation of the cues of :func:`_fast_cue_pattern`, with its named groups.

    Each kind of cue is told by an empty group at its end (the last group a match closes:
    its ``lastgroup``, as the groups that hold the whole cue in :func:`_cue_patterns`): an
    alternative that starts with a letter, not with a group, is skipped by its first
    letter without being entered, and a cue word is ``low[m.start("at"):m.end()]``.
    """
    endings = f"{_FUTURE_ENDINGS}|{_COND_ENDINGS}|aient|ait".split("|")
    last = "".join(sorted({e[-1] for e in endings}))
    return (
        rf"(?:(?:{_COND_PAST})(?P<cpast>)"
        rf"|(?:{tree_alternation(list(_cue_words()[0]))})(?![\w'])(?P<w>)"
        r"|(?:s'est|se sont)(?!\w)(?P<refl>)"
        rf"|{_ETRE_PAST}(?P<epast>)"
        rf"|{_WHOLE_WORD}(?<=[{last}])(?:{_ends_with(_FUTURE_ENDINGS)}(?P<fut>)"
        rf"|{_ends_with(_COND_ENDINGS)}(?P<cond>)"
        rf"|{_ends_with('aient|ait')}(?<!raient)(?<!rait)(?P<past>)))"
    )


@functools.cache
def _fast_cue_pattern() -> re.Pattern[str]:
    r"""The cue pattern of :func:`_cue_patterns` for the stdlib ``re``, several times as
    fast: the same matches on a text where both modules agree on what ``\w`` is (see
    ``rules._RE_UNSAFE``). The words are a prefix tree
    (:func:`~frnews.lexicons.tree_alternation`); a verb ending is read by taking the whole
    word once, then looking back at its end (at its last character first: most words end
    with none of those of the endings).
    ``(?P<at>)`` marks where the cue starts, as in :func:`_lead_cue_pattern`."""
    return re.compile(rf"(?<!\w)(?P<at>){_fast_cue_body()}")


@functools.cache
def _lead_cue_pattern() -> re.Pattern[str]:
    r"""The cues of :func:`_fast_cue_pattern`, each with the non-word character before it
    (a cue starts a word: no alternative starts with a non-word character), read in ASCII:
    searched from the character before the window (the one the lookbehind of
    :func:`_fast_cue_pattern` reads), it finds the same cues, ``(?P<at>)`` where they
    start. Faster: a search for a pattern whose first character is a class skips to the
    next character of the class instead of trying the whole pattern at every character,
    and ASCII classes are cheaper to test. It reads like the plain pattern only where
    ``rules._RE_UNSAFE`` finds nothing (there ``\w`` and ``\s`` are ASCII for both
    modules).
    """
    return re.compile(rf"\W(?P<at>){_fast_cue_body()}", re.ASCII)


_BOUNDARY_CHARS = r"[.!?;\n«»\"“”]"
#: After the expression a comma also ends the clause: ", a confirmé le ministre" reports
#: when it was said.
_AFTER_BOUNDARY_CHARS = r"[.!?;,\n«»\"“”]"
_BOUNDARY = lazy_pattern(_BOUNDARY_CHARS)
_AFTER_BOUNDARY = lazy_pattern(_AFTER_BOUNDARY_CHARS)
_FRONT = lazy_pattern(r"\s*+(?:[a-z']{1,7}\s++){0,2}")
_BOUNDARY_BACK = lazy_pattern(rf"(?r){_BOUNDARY_CHARS}")
#: The first words of the tense cues of several words (``se sont``, ``s'y serait``, the
#: past conditional ``aurait tiré``, ``serait arrivé``, the passé composé ``est arrivé``,
#: ``sont venus``): :func:`tense_at` reads the cues from a space near the expression only
#: when none of them comes before that space.
#: Written as ``(?<![\w'])(?:se|s'y|aurai(?:en)?t|serai(?:en)?t|sont)(?!\w)|(?<!\w)est(?!\w)``
#: (the tests check that both find the same), with the lookbehind after the first letter:
#: a pattern that starts with a letter is searched for by skipping to that letter (``s``,
#: ``a`` or ``e``), one that starts with a lookbehind is tried at every character (about
#: half the time).
_MULTI_WORD_HEAD = re.compile(
    r"(?:s(?<![\w']s)(?:e|'y|erai(?:en)?t|ont)|a(?<![\w']a)urai(?:en)?t|e(?<!\we)st)(?!\w)"
)

# The stdlib twins of the clause bounds (a call of ``re`` costs less than one of ``regex``
# on these short windows). A set of literal characters reads alike for both modules;
# ``_FRONT_RE`` reads like ``_FRONT`` where both agree on ``\s`` (``rules._RE_UNSAFE``): its
# words and spaces can be split in one way only, so the possessive quantifiers change nothing.
#: The rest of a quoted fragment after an expression, to its closing mark: « avant l'été ».
_FRAGMENT_END_RE = re.compile(r"[^.!?;\n«»\"“”]{0,20}»")
_BOUNDARY_RE = re.compile(_BOUNDARY_CHARS)
_AFTER_BOUNDARY_RE = re.compile(_AFTER_BOUNDARY_CHARS)
#: ``match(low, lo, start)`` ends where the last boundary before ``start`` ends (as
#: ``_BOUNDARY_BACK.search``).
_LAST_BOUNDARY_RE = re.compile(f"(?s:.*){_BOUNDARY_CHARS}")
#: Possessive where the module has it (Python 3.11): a fullmatch that fails (most do) then
#: fails without giving back its letters and words one by one (they could not end elsewhere).
_FRONT_RE = re.compile(
    r"\s*+(?:[a-z']{1,7}+\s++){0,2}+"
    if sys.version_info >= (3, 11)
    else r"\s*(?:[a-z']{1,7}\s+){0,2}"
)


@functools.cache
def _fast_prep_pattern() -> re.Pattern[str]:
    """The preposition pattern of :func:`_cue_patterns` for ``re``: the same matches where
    both modules agree on ``\\w`` and ``\\s`` (``rules._RE_UNSAFE``). Its quantifiers need
    not be possessive: an article is letters, so none can be given back to ``\\s*$``."""
    preps = _cue_words()[1]
    return re.compile(
        rf"(?<![\w'])(?P<p>{tree_alternation(list(preps))})(?:\s+(?:les|le|la|l'|du|de|d'|aux|au))?\s*$"
    )


@functools.cache
def _lead_prep_pattern() -> re.Pattern[str]:
    """:func:`_fast_prep_pattern` with the character before the preposition instead of the
    lookbehind, in ASCII (as :func:`_lead_cue_pattern`): searched from one character
    earlier, the same prepositions, found faster."""
    return re.compile(_fast_prep_pattern().pattern.replace("(?<![\\w'])", "[^\\w']", 1), re.ASCII)


#: The present of « avoir », a past cue as the auxiliary of a passé composé.
_AVOIR_PRESENT = frozenset(("a", "ont", "ai", "avons", "avez"))
#: The persons of « avoir » that are a past auxiliary only before a participle (their
#: « to have » takes bare nouns and numbers: « nous avons match samedi »).
_FIRST_PERSONS_OF_AVOIR = frozenset(("ai", "avons", "avez"))
#: After « ai », « avons », « avez »: up to two adverbs, then a word with a participle's
#: ending (« vous avez ressenti », « nous avons bien reçu », « j'ai vu »).
_AVOIR_ADVERBS = (
    "pas|plus|deja|bien|tous|tout|toujours|jamais|encore|aussi|egalement|beaucoup|souvent"
    "|enfin|ensuite|alors"
)
_PARTICIPLE_AFTER = lazy_pattern(
    rf"(?:-vous|-nous)?(?=[ \t])(?:[ \t]++(?:{_AVOIR_ADVERBS})(?![\w-])){{0,2}}[ \t]++"
    rf"(?!(?:{_AVOIR_ADVERBS}|rendez-vous|besoin|envie|peur|hate|lieu|raison|tort|droit"
    r"|match|deux|trois)(?![\w-]))"
    r"[a-z]+(?:e|es|i|is|it|u|us|t|ts|ert)(?![\w-])"
)
#: After « a », « ont »: a determiner or a noun of « avoir lieu », « avoir besoin »…, the
#: verb « to have » in the present, not an auxiliary (« il a dû », « a de nouveau » are).
_HAVE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:un|une|des|le|la|les|l'|d'|lieu|besoin|hate|peur|envie|raison|tort|droit"
    r"|rendez-vous|rdv)(?![\w-])"
)


@functools.cache
def _intention_pattern() -> re.Pattern[str]:
    """After an auxiliary: a participle of ``intention_verbs``, up to four words, and the
    word that opens its complement (an article may follow it in the ``noun`` rows), then
    the first letter of the complement's next word (group ``w``)."""
    verbs: dict[tuple[str, str], bool] = {}
    for e in load_table("intention_verbs"):
        verbs[fold(e.form).text, fold(e.value).text] = "noun" in e.flags
    alts = []
    for (form, opens), noun in sorted(verbs.items()):
        part = re.escape(form) + "(?:e|s|es)?"
        if opens == "any":
            alts.append(rf"{part}[ \t]+")
            continue
        det = r"(?:(?:le|la|les|un|une|des|du|au|aux)[ \t]+|l')?" if noun else ""
        word = "(?:de[ \t]+|d')" if opens == "de" else re.escape(opens) + "[ \t]+"
        alts.append(
            rf"{part}(?![\w'])(?:[ \t]+(?!{re.escape(opens)}(?!\w))[\w'-]+){{0,4}}[ \t]+{word}{det}"
        )
    return re.compile(
        rf"[ \t]+(?:(?:{_COND_ADVERBS})[ \t]+)?(?:{'|'.join(alts)})(?P<w>\w)"
        if sys.version_info < (3, 11)
        else rf"[ \t]++(?:(?:{_COND_ADVERBS})[ \t]++)?+(?:{'|'.join(alts)})(?P<w>\w)"
    )


def _auxiliary_ends(low: str, e: int) -> bool:
    """Whether the past cue that ends at ``e`` is an auxiliary of the passé composé:
    « a », « ont », « s'est », « se sont ».

    >>> _auxiliary_ends("il a dit", 4), _auxiliary_ends("ils avaient dit", 11)
    (True, False)
    """
    if low.endswith(("ont", "s'est", "se sont"), 0, e):
        return True
    return e >= 1 and low[e - 1] == "a" and (e < 2 or not low[e - 2].isalnum())


def _intends(low: str, original: str | Callable[[int], str], e: int, start: int) -> bool:
    """Whether the auxiliary that ends at ``e`` opens a verb of intention whose complement
    starts before ``start`` (:data:`intention_verbs`): the expression at ``start`` is then
    what is intended, still to come.

    >>> t = "les syndicats ont appele a manifester samedi"
    >>> _intends(t, t, 17, 38), _intends(t, t, 17, 26)
    (True, False)
    >>> t = "il a invite a Paris les dirigeants lundi"
    >>> _intends(t, t, 4, 35)
    False
    """
    m = _intention_pattern().match(low, e, start)
    if m is None:
        return False
    k = m.start("w")
    ch = original(k) if callable(original) else original[k : k + 1]
    return ch.islower() or not ch.isalpha()


#: After the verb « annonce », its object (« il annonce une grève lundi », « annonce que »).
_ANNONCE_OBJECT = lazy_pattern(
    r"[ \t]++(?:un|une|le|la|les|l'|des|du|que|qu'|son|sa|ses|leur|leurs|avoir|vouloir)(?!\w)"
)


def _annonce_sign(low: str, original: str | Callable[[int], str], s: int, e: int) -> int | None:
    """The tense « annonce » at ``[s, e)`` tells: « annoncé » is past; the verb « annonce »
    looks ahead when reflexive (« le temps s'annonce clément samedi ») or before its object
    (« le ministre annonce une grève lundi »); the noun (« la nouvelle annonce mardi du
    gouvernement », « l'annonce faite lundi ») tells nothing.

    >>> def sign(low, original=None):
    ...     s = low.index("annonce")
    ...     return _annonce_sign(low, original or low, s, s + 7)
    >>> sign("le temps s'annonce beau"), sign("la nouvelle annonce mardi")
    (1, None)
    >>> sign("il a annonce sa demission", "il a annoncé sa demission")
    -1
    """
    ch = original(e - 1) if callable(original) else original[e - 1 : e]
    if ch not in ("e", "E"):
        return -1
    if low.endswith("s'", 0, s) or _ANNONCE_OBJECT.match(low, e) is not None:
        return 1
    return None


#: After « dernier », « dernière »: a word that is no weekday, the noun it ranks (« la
#: dernière étape » is still to come; « le dernier dimanche » is the one before).
_RANKED_NOUN = re.compile(
    r"[ \t]+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![a-z]))[a-z]"
)


#: The passé composé of moving or setting a date, its object, and « au » / « à » before
#: the expression (« a renvoyé l'affaire au 3 septembre », « a fixé la votation au 22 »).
_MOVED_WITH_OBJECT = lazy_pattern(
    # after the auxiliary of the passé composé: « avait reporté son voyage à janvier » may
    # be told in the past
    r"(?<![\w])(?:a|ont)[ \t]++(?:report|repouss|renvoy|ajourn|decal|fix|avanc)e(?:e|es|s)?+[ \t]++"
    r"(?:(?:la|le|les|sa|son|ses|leur|leurs|cette|ce|cet|ces)[ \t]++(?:[\w-]++[ \t]++){0,3}?"
    r"|l'(?:[\w-]++[ \t]++){1,3}?)"
    r"(?:au|a)[ \t]++(?:le[ \t]++)?+$"
)
#: A clock time: moved « à 14 h », it may be told in the past (« a repoussé les
#: manifestants à 14 h »).
_CLOCK_START = re.compile(r"\d{1,2}[ \t]*(?:h|:)|midi|minuit")


def _moved_with_object(low: str, start: int, end: int) -> bool:
    """Whether the expression at ``[start, end)`` is the new date of an object moved or set
    (« Le juge a fixé l'audience au 6 novembre »), not a clock time.

    >>> low = "le juge a fixe l'audience au 6 novembre"
    >>> low2 = "la police a repousse les manifestants a 14 h"
    >>> _moved_with_object(low, 29, 39), _moved_with_object(low2, 40, 44)
    (True, False)
    """
    if start < 4 or _CLOCK_START.match(low, start) is not None:
        return False
    if not low.endswith(("au ", "a ", "le "), 0, start):
        return False
    return _MOVED_WITH_OBJECT.search(low, start - 70 if start > 70 else 0, start) is not None


def _cue_sign(
    low: str,
    original: str | Callable[[int], str],
    table: dict[str, int],
    starts: Sequence[int],
    ends: Sequence[int],
    s: int,
    e: int,
    kind: str | None,
) -> int | None:
    """For :func:`tense_at`: the sign of the cue at ``[s, e)``, of kind ``kind`` (the
    ``lastgroup`` of its match), or None when the match is not one (``starts`` and
    ``ends``: the other expressions)."""
    k = bisect.bisect_right(starts, s) - 1
    if k >= 0 and s < ends[k]:
        return None  # inside another expression
    if low.startswith(("-t-", "-il", "-elle", "-on"), e):
        return None  # an incise ("a-t-il ajouté") tells when it was said, not when it happens
    if kind == "cond":
        k = e - (7 if low.startswith("eraient", e - 7) else 5)
        if low.startswith("er", k):  # -erait: not the imperfect of -érer, "espérait"
            ch = original(k) if callable(original) else original[k : k + 1]
            if ch not in ("e", "E"):
                return -1
        return 1
    if kind == "cpast":
        return -1
    if kind == "w":
        w = low[s:e]  # the cue word (its group is empty in the stdlib patterns)
        if w == "a":
            ch = original(s) if callable(original) else original[s : s + 1]
            if ch not in ("a", "A"):
                return None  # the preposition "à", folded
            if ch == "A":
                nxt = ""
                if e + 1 < len(low):
                    nxt = original(e + 1) if callable(original) else original[e + 1 : e + 2]
                if not nxt.isupper():
                    # « les RER A et B », « l'équipe de France A », « le bâtiment A »: a
                    # label; « À » written « A » (« A Paris, … »); not « IL A DIT »
                    return None
        if w in _AVOIR_PRESENT and _HAVE_NOUN_AFTER.match(low, e):
            return None  # "le club a un match samedi", "la réunion a lieu lundi": to have
        if w in _FIRST_PERSONS_OF_AVOIR and _PARTICIPLE_AFTER.match(low, e) is None:
            return None  # "nous avons deux matchs samedi", "j'ai encore un entraînement"
        if w == "annonce":  # "annoncé" (past) and "annonce" (future) fold alike
            return _annonce_sign(low, original, s, e)
        if (w == "dernier" or w == "derniere") and _RANKED_NOUN.match(low, e) is not None:
            return None  # « la dernière étape », « son dernier match »: a rank, no tense
        return table[w]
    if kind == "fut":
        return None if low[s:e] in _NOT_FUTURES else 1
    return -1  # past, refl, epast


@functools.cache
def _tense_patterns() -> tuple[
    regex.Pattern[str],
    regex.Pattern[str],
    dict[str, int],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
    re.Pattern[str],
]:
    """What :func:`tense_at` reads, in one call: :func:`_cue_patterns`, then the stdlib cue
    patterns (:func:`_fast_cue_pattern`, :func:`_lead_cue_pattern`) and preposition
    patterns (:func:`_fast_prep_pattern`, :func:`_lead_prep_pattern`)."""
    return (
        *_cue_patterns(),
        _fast_cue_pattern(),
        _lead_cue_pattern(),
        _fast_prep_pattern(),
        _lead_prep_pattern(),
    )


#: A word or space character, for ``re`` and for ``regex``.
_WORD_OR_SPACE_RE = re.compile(r"[\w\s]")
_WORD_OR_SPACE_REGEX = regex.compile(r"[\w\s]")


@functools.lru_cache(maxsize=1024)
def _inert(ch: str) -> bool:
    r"""Whether ``ch`` is neither a word nor a space character, for ``re`` and for ``regex``:
    outside ASCII, the tense patterns then read it alike with either module, and with the
    ASCII classes of the lead patterns (a non-word, non-space character for all; none of
    their literals is outside ASCII but the safe marks).

    >>> _inert("©"), _inert("→"), _inert("Ж"), _inert("\x1c"), _inert("\u2028")
    (True, True, False, False, False)
    """
    return _WORD_OR_SPACE_RE.match(ch) is None and _WORD_OR_SPACE_REGEX.match(ch) is None


def _tense_safe(s: str) -> bool:
    """Whether the stdlib tense patterns read ``s`` as the ``regex`` ones do: it holds only
    safe characters (``rules._only_safe``) or inert ones (:func:`_inert`: ``©`` of a photo
    credit, an arrow).

    >>> _tense_safe("le 3 mai « hier »"), _tense_safe("© AFP, le 3 mai"), _tense_safe("Ж")
    (True, True, False)
    """
    return _stdlib_safe(s, _inert)


class _SafeStretch:
    """Whether windows of ``low`` hold only characters both regex modules read alike for
    the tense patterns (:func:`_tense_safe`), for windows asked about in text order
    (:func:`tense_at`, one
    expression after the other): the last safe stretch found is kept, and a window that
    starts inside it has only its characters past it checked. Every character is then
    checked about once, not once for each window that holds it.

    >>> safe = _SafeStretch("il a dit « hier » qu'il\x1cviendrait")
    >>> safe(0, 12), safe(5, 17), safe(10, 30), safe(0, 5)
    (True, True, False, True)
    """

    __slots__ = ("a", "b", "low")

    def __init__(self, low: str) -> None:
        self.low = low
        #: ``low[a:b]`` is safe.
        self.a = self.b = 0

    def __call__(self, a: int, b: int) -> bool:
        """``_tense_safe(low[a:b])``."""
        kb = self.b
        if self.a <= a <= kb:
            if b <= kb:
                return True
            if _tense_safe(self.low[kb:b]):
                self.b = b
                return True
            return False
        if _tense_safe(self.low[a:b]):
            self.a, self.b = a, b
            return True
        return False


def _agreements(participle: str) -> tuple[str, ...]:
    """A past participle (folded) with its feminine and plural endings.

    >>> _agreements("adopte"), _agreements("mis")
    (('adopte', 'adoptee', 'adoptes', 'adoptees'), ('mis', 'mise', 'mises'))
    """
    ends = ("", "e", "es") if participle.endswith("s") else ("", "e", "s", "es")
    return tuple(participle + x for x in ends)


@functools.cache
def _participles() -> dict[str, int]:
    """The forms of ``past_participles.tsv``, folded, with their feminine and plural
    endings; each with the length of its stem when the stem ends with an accented ``é``
    (which the text must show: « publié », not the present « publie »), 0 otherwise."""
    forms: dict[str, int] = {}
    for e in load_table("past_participles"):
        if " " in e.form:
            continue  # a participle with its complement: _participle_phrases
        stem = fold(e.form).text.lower()
        for form in _agreements(stem):
            forms[form] = len(stem) if e.form.endswith("é") else 0
    return forms


@functools.cache
def _participle_phrases() -> dict[str, tuple[tuple[str, int], ...]]:
    """The rows of ``past_participles.tsv`` that hold a complement after the participle
    (« entré en vigueur », « placé en garde à vue »), by their last word: each phrase,
    folded, its participle with its feminine and plural endings, and the length of the
    participle's stem when it ends with an accented ``é`` (0 otherwise).

    >>> sorted(_participle_phrases()["vigueur"])[:2]
    [('entre en vigueur', 5), ('entree en vigueur', 5)]
    """
    out: dict[str, list[tuple[str, int]]] = {}
    for e in load_table("past_participles"):
        if " " not in e.form:
            continue
        first, rest = fold(e.form).text.lower().split(" ", 1)
        stem = len(first) if e.form.split(" ", 1)[0].endswith("é") else 0
        last = rest.rsplit(" ", 1)[-1]
        out.setdefault(last, []).extend((f"{form} {rest}", stem) for form in _agreements(first))
    return {k: tuple(v) for k, v in out.items()}


#: The weekdays, folded, from ``weekdays.tsv`` (a participle before « le lundi » may tell a
#: habit).
_WEEKDAY_NAMES = tuple(f for f, e in _WEEKDAYS.items() if "abbr" not in e.flags)
#: The auxiliaries of a passive, present or ahead (« il sera jugé le 10 octobre », « les
#: plages sont fermées ce week-end »), after which a participle tells nothing of the time.
_PASSIVE_AHEAD = frozenset(
    (
        *("est", "sont", "sera", "seront", "serait", "seraient", "etre", "soit", "soient"),
        *("serons", "serez", "reste", "restent", "restera", "resteront", "demeure"),
    )
)
#: A weekday and its day number (« vendredi 30 »).
_WEEKDAY_AND_DAY = re.compile(r"[a-z]+[ \t]+\d")


def _weekday_alone(low: str, start: int) -> bool:
    """Whether the expression at ``start`` is a weekday with no day number after it (« le
    lundi »: a habit, or the state of a week), not « vendredi 30 août » (a day).

    >>> _weekday_alone("ferme le lundi", 9), _weekday_alone("le vendredi 30 aout", 3)
    (True, False)
    """
    return low.startswith(_WEEKDAY_NAMES, start) and not _WEEKDAY_AND_DAY.match(low, start)


def _accent_written(original: str | Callable[[int], str], i: int, stem: int) -> bool:
    """Whether the é that ends a participle's stem of ``stem`` characters, from ``i``, is
    written with its accent (« publié », not the present « publie »); a stem of 0 has none
    to check.

    >>> _accent_written("publié", 0, 6), _accent_written("publie", 0, 6)
    (True, False)
    """
    if not stem:
        return True
    k = i + stem - 1
    ch = original(k) if callable(original) else original[k : k + 1]
    return ch in ("é", "É")


#: « que » between a past verb and « dès »: the verb reports what comes (« a annoncé que
#: dès lundi … »); or a mark that ends the verb's clause (« a prévenu : dès janvier »,
#: « qui ont manifesté hier, appellent à la grève dès lundi »).
_THAT = re.compile(r"\bqu(?:e\b|')|[,:;]")


def _own_clause(low: str, e: int, start: int) -> bool:
    """Whether a cue that ends at ``e`` is in the clause of the expression at ``start``:
    no « que » nor mark between them.

    >>> _own_clause("les prix ont grimpe des mars", 12, 24)
    True
    >>> _own_clause("il a annonce que des lundi", 12, 21)
    False
    """
    return _THAT.search(low, e, start) is None


#: A comma right before a cue: an incise set off after the expression.
_INCISE_GAP = re.compile(r"[ \t]*,[ \t]*$")
#: A relative pronoun: the verb after it is its clause's, not the expression's.
_RELATIVE = re.compile(r"\bqu(?:i|e)\b|\bqu'|\bdont\b|\bou\b")
#: An inverted verb: « a-t-il », « annonce-t-elle ».
_INVERTED = re.compile(r"[a-z]*-(?:t-)?(?:il|elle|ils|elles|on)\b")


def _incise_at(low: str, end: int, at: int) -> bool:
    """Whether the cue at ``at`` (after the expression that ends at ``end``) is an incise
    that reports the clause: right after a comma (« Dès lundi, a précisé le ministre, … »)
    or inverted (« a-t-il annoncé »); or the verb of a relative clause (« les écoles qui
    ont fermé »).

    >>> _incise_at("des lundi, a-t-il annonce", 9, 11), _incise_at("des lundi il a dit", 9, 13)
    (True, False)
    """
    if at < 0:
        return False
    gap = low[end:at]
    if _INCISE_GAP.search(gap) is not None:
        return True
    if gap.lstrip().startswith(",") and _INVERTED.search(gap) is not None:
        return True  # « Dès lundi, a-t-il annoncé »: the cue after the inverted auxiliary
    if _RELATIVE.search(gap) is not None:
        return True  # « Dès lundi, les écoles qui ont fermé rouvriront »: a relative's verb
    return _INVERTED.match(low, at, at + 16) is not None


#: What ends a clause before a participle.
_CLAUSE_CUT = re.compile(r"[,;:.!?()\u00ab\u00bb]")


def _word_before(low: str, pos: int) -> tuple[int, int] | None:
    """The span of the letters and digits that end right before the spaces before
    ``pos`` (empty when something else is there), or None when no space is before ``pos``.
    Read backwards, a character at a time: a few of them.

    >>> _word_before("adopte le 3", 10), _word_before("adopte le 3", 7), _word_before("x,3", 2)
    ((7, 9), (0, 6), None)
    """
    j = pos
    while j and low[j - 1] in " \t":
        j -= 1
    if j == pos:
        return None
    i = j
    while i and low[i - 1].isalnum():
        i -= 1
    return i, j


def _participle_before(low: str, original: str | Callable[[int], str], start: int) -> bool:
    """Whether a past participle of ``past_participles.tsv`` stands right before the
    expression at ``start`` (its ``le``/``en`` between them), with no auxiliary of a
    passive ahead before it: « promulguée le 14 avril », « né le 3 mai », « adopté en mars »,
    « entrée en vigueur vendredi » (a row with its complement).

    >>> _participle_before("la loi, promulguee le 14 avril", "la loi, promulguée le 14 avril", 22)
    True
    >>> _participle_before("il publie le 14 avril", "il publie le 14 avril", 13)
    False
    >>> t = "le film, sorti le vendredi 30 aout"
    >>> _participle_before(t, t, 18), _participle_before("ferme le lundi", "fermé le lundi", 9)
    (True, False)
    >>> _participle_before("il sera juge le 3 mai", "il sera jugé le 3 mai", 16)
    False
    >>> t = "les plages seront toutes fermees le 3 mai"
    >>> _participle_before(t, "les plages seront toutes fermées le 3 mai", 36)
    False
    """
    if low.startswith(("ce ", "cet ", "cette "), start):
        return False  # "fermées ce week-end": said from now, the verb's tense decides
    word = _word_before(low, start)
    if word is None:
        return False
    i, j = word
    article = low[i:j]
    if article in ("le", "en"):  # the expression's own preposition: the word before it
        if article == "le" and _weekday_alone(low, start):
            return False  # "le musée, fermé le lundi": a habit, not a day gone by (but
            # "sorti le vendredi 30 août": a day)
        word = _word_before(low, i)
        if word is None:
            return False
        i, j = word
    if i == j or (i and low[i - 1] in "_'"):
        return False
    stem = _participles().get(low[i:j])
    if stem is None:  # a participle with its complement: « entrée en vigueur vendredi »
        for phrase, phrase_stem in _participle_phrases().get(low[i:j], ()):
            k = j - len(phrase)
            if k >= 0 and low.startswith(phrase, k) and not (k and low[k - 1].isalnum()):
                i, stem = k, phrase_stem
                break
        else:
            return False
    if not _accent_written(original, i, stem):
        return False
    # no auxiliary of a passive in the words before it (« seront toutes fermées »)
    words = _CLAUSE_CUT.split(low[i - 32 if i > 32 else 0 : i])[-1].split()
    return _PASSIVE_AHEAD.isdisjoint(words[-4:])


#: How far the expression may stand from the participle that opens its sentence.
_FRONTED_REACH = 60


def _fronted_participle(
    low: str, original: str | Callable[[int], str], lo: int, start: int
) -> bool:
    """Whether the sentence that starts at ``lo`` opens with a past participle of
    ``past_participles.tsv`` whose clause (no comma yet) holds the expression at
    ``start``, with its complements between them: « Condamné en première instance le 3
    mars à cinq ans de prison, il a fait appel » (what was done; :func:`_participle_before`
    reads a participle right before the expression).

    >>> t = "Condamné en première instance le 3 mars, il a fait appel"
    >>> _fronted_participle(fold(t).text, t, 0, 30)
    True
    >>> t = "Il est condamné, le 3 mars"
    >>> _fronted_participle(fold(t).text, t, 0, 19)
    False
    """
    if start - lo > _FRONTED_REACH or "," in low[lo:start]:
        return False
    if _weekday_alone(low, start):
        return False  # « Fermé du lundi au mercredi, le musée rouvre jeudi »: a state, now
    i = lo
    while i < start and low[i] in " \t\u00a0":
        i += 1
    j = i
    while j < start and (low[j].isalnum() or low[j] == "-"):
        j += 1
    if j == i or j >= start:
        return False
    stem = _participles().get(low[i:j])
    return stem is not None and _accent_written(original, i, stem)


#: The longest name or title in guillemets that a clause reads through (« Grand Jury »).
_TITLE_QUOTE_MAX = 40


def _title_quote_before(low: str, original: str | Callable[[int], str], lo: int, close: int) -> int:
    """Where the guillemets that ``close`` (a ``»``) ends open, when what they hold is a
    name or a title (short, capitalized, with no sentence mark: « Grand Jury »,
    « Quotidien »), a part of the clause; else -1. Nothing before ``lo`` is read.

    >>> t = "il etait l'invite du « grand jury » dimanche"
    >>> _title_quote_before(t, "il était l'invité du « Grand Jury » dimanche", 0, 34)
    21
    >>> _title_quote_before(t, t, 0, 34)  # lower case: words of speech
    -1
    """
    o = low.rfind("\u00ab", max(lo, close - _TITLE_QUOTE_MAX), close)
    if o < 0:
        return -1
    k = o + 1
    while k < close and low[k] in " \u00a0\u202f\u2009\t":
        k += 1
    if k >= close or _TITLE_QUOTE_STOP.search(low, k, close) is not None:
        return -1
    ch = original(k) if callable(original) else original[k : k + 1]
    return o if ch.isupper() else -1


#: What a name or a title in guillemets does not hold: the marks of a sentence.
_TITLE_QUOTE_STOP = re.compile(r"[.!?;:,\n«»\"“”]")


def tense_at(
    low: str,
    original: str | Callable[[int], str],
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]] = (),
    starts: Sequence[int] | None = None,
    ends: Sequence[int] | None = None,
    safe_at: Callable[[int, int], bool] | None = None,
    kinds: list[str | None] | None = None,
) -> int | None:
    """-1 (past), +1 (future) or None: the tense of the clause around ``[start, end)``.

    A preposition right before the expression decides first (``depuis janvier``,
    ``jusqu'à lundi``); otherwise the nearest tense cue in the sentence (an auxiliary, a
    future or imperfect ending, ``prévu``…). ``spans`` are other expressions, whose words
    are not cues (or their ``starts`` and ``ends``, sorted). ``safe_at(a, b)``, when given,
    tells whether ``low[a:b]`` holds only characters both regex modules read alike (a
    :class:`_SafeStretch` of ``low``, for a caller that asks about many expressions).
    ``kinds``, when given, gets the kind of the cue that decided (``past`` for an ending
    of the imperfect; None for a preposition or a participle).

    >>> t = "le navire a fait escale en juillet, une reunion est prevue en novembre"
    >>> tense_at(t, t, 27, 34), tense_at(t, t, 63, 71)
    (-1, 1)
    >>> kinds = []
    >>> tense_at("il travaillait le samedi", "", 18, 24, kinds=kinds), kinds
    (-1, ['past'])
    """
    cue, prep, table, fast_cue, lead_cue, fast_prep, lead_prep = _tense_patterns()
    if starts is None:
        starts = [a for a, _ in spans]
    if ends is None:
        ends = [b for _, b in spans]
    if safe_at is None:
        safe_at = _SafeStretch(low)
    lo = start - 100 if start > 100 else 0
    # Where both modules agree on every character the clause can hold (it is within 100
    # characters before the expression and 50 after it), the stdlib patterns read it.
    w = lo - 1 if lo else 0
    safe = safe_at(w, end + 50)
    a = start - 20
    if not safe:
        pm = prep.search(low, max(0, a), start)
    elif a > 0:  # from the character the lookbehind reads
        pm = lead_prep.search(low, a - 1, start)  # type: ignore[assignment]
    else:
        pm = fast_prep.search(low, 0, start)  # type: ignore[assignment]
    from_on = False
    if pm is not None:
        p_word = pm.group("p")
        if p_word != "des":
            return table[p_word]
        # « dès » looks ahead (« dès lundi, les magasins rouvriront ») unless the clause
        # is told in the past (« les prix ont grimpé dès mars »): see the end
        from_on = True
    elif _moved_with_object(low, start, end):
        return 1  # « Le tribunal a renvoyé l'affaire au 3 septembre »: a new date, ahead
    elif _participle_before(low, original, start):
        return -1  # "la loi, promulguée le 14 avril, …": what was done
    lo_m = _LAST_BOUNDARY_RE.match(low, lo, start)
    if lo_m is not None:
        q = lo_m.end()
        if (
            low[q - 1] == "\u00ab"
            and start - q <= 12
            and _FRAGMENT_END_RE.match(low, end) is not None
        ):
            # "la loi serait adoptée « avant l'été »": a quoted fragment of the clause
            lo_m = _LAST_BOUNDARY_RE.match(low, lo, q - 1)
            q = lo_m.end() if lo_m is not None else lo
        elif low[q - 1] == "\u00bb" and start - q <= 12:
            o = _title_quote_before(low, original, lo, q - 1)
            if o >= 0:  # "était l'invité du « Grand Jury » dimanche": the clause goes on
                lo_m = _LAST_BOUNDARY_RE.match(low, lo, o)
                q = lo_m.end() if lo_m is not None else lo
        lo = q
    if not from_on and _fronted_participle(low, original, lo, start):
        return -1  # "Condamné en première instance le 3 mars à cinq ans, il a fait appel"
    # "Fin mars, les élus avaient voté", "Le 2 mai, la séance a été levée": the clause goes on,
    # and its verb comes after the subject (a cue after a fronted expression counts double,
    # after one in the clause triple)
    fronted = (_FRONT_RE if safe else _FRONT).fullmatch(low, lo, start) is not None
    weight = 1 if fronted else 3
    hi = end + 100 // weight
    if hi > len(low):
        hi = len(low)
    hi_m = (_BOUNDARY_RE if fronted else _AFTER_BOUNDARY_RE).search(low, end, hi)
    if (
        hi_m is not None
        and not fronted
        and low[hi_m.start()] == ","
        and not low[end : hi_m.start()].strip()
    ):
        # "Les manifestants, mardi, ont défilé": an expression between commas, whose
        # clause goes on after the second one
        c = low.rfind(",", lo, start)
        if c >= 0 and (_FRONT_RE if safe else _FRONT).fullmatch(low, c + 1, start) is not None:
            if _OPENING_PHRASE.fullmatch(low, lo, c) is not None:
                # « Au second tour, le 7 juillet, le candidat de la majorité l'avait
                # emporté »: after an opening phrase, the date is fronted too
                weight = 1
            hi = hi_m.end() + 100 // weight
            if hi > len(low):
                hi = len(low)
            hi_m = _AFTER_BOUNDARY_RE.search(low, hi_m.end(), hi)
    if hi_m is not None:
        hi = hi_m.start()
    lead = 0  # 1: the cues are searched for from the character before the window
    w = lo - 1 if lo else 0
    if safe or safe_at(w, hi):
        cue = lead_cue  # type: ignore[assignment]
        lead = 1

    # The nearest cue is the last one before the expression (start - end of the cue) or
    # the first one after it (3 × the gap), the one before on a tie. The cues are read
    # from a space near the expression first (no cue holds a space, but "se sont"), and
    # before it only when there is none between.
    near = low.rfind(" ", lo, start - 24) + 1 if start - 24 > lo else 0
    if near <= lo or _MULTI_WORD_HEAD.search(low, lo, near) is not None:
        near = lo  # a cue of several words may hold that space ("aurait ensuite tiré")
    # the distance and the sign of the nearest cue before, and after, the expression
    before = after = -1
    before_sign = after_sign = 0
    after_at = -1
    before_kind = after_kind = None
    scan = fast_cue if lead and not near else cue  # no character before the text
    for m in scan.finditer(low, near - lead if near else 0, hi):
        kind = m.lastgroup
        s = m.start("at")
        e = m.end()
        if s < end and start < e:
            continue  # the expression itself
        sign = _cue_sign(low, original, table, starts, ends, s, e, kind)
        if sign is None:
            continue
        if e <= start:
            before = start - e
            before_sign = sign
            before_kind = kind
        else:
            after = (s - end) * weight
            after_sign = sign
            after_kind = kind
            after_at = s
            break
    if before < 0 and near > lo:
        scan = fast_cue if lead and not lo else cue
        for m in scan.finditer(low, lo - lead if lo else 0, near):
            kind = m.lastgroup
            e = m.end()
            sign = _cue_sign(low, original, table, starts, ends, m.start("at"), e, kind)
            if sign is not None:
                before = start - e
                before_sign = sign
                before_kind = kind
    if before >= 0 and (after < 0 or before <= after):
        e = start - before
        if before_sign == -1 and _auxiliary_ends(low, e) and _intends(low, original, e, start):
            return 1  # "ont appelé à manifester samedi": what is called for, to come
        if from_on:  # a past cue of the clause itself, not of a verb that reports it
            return -1 if before_sign == -1 and before <= 100 and _own_clause(low, e, start) else 1
        if kinds is not None:
            kinds.append(before_kind)
        if before <= 100:
            return before_sign or None
        return _ranked_last(low, lo, hi, start, end, starts, ends)
    if from_on:  # not an incise that reports it (« Dès lundi, a-t-il annoncé, … »)
        told = after_sign == -1 and 0 <= after <= 100 and not _incise_at(low, end, after_at)
        return -1 if told else 1
    if kinds is not None:
        kinds.append(after_kind)
    if 0 <= after <= 100:
        return after_sign or None
    return _ranked_last(low, lo, hi, start, end, starts, ends)


#: A short phrase that opens a sentence before a comma, with a preposition (« Au second
#: tour », « En finale », « Lors du vote »): an adverbial, no subject.
_OPENING_PHRASE = re.compile(  # (no possessive quantifier: Python 3.10's re reads none)
    r"[ \t]*(?:au|aux|en|lors|dans|a|apres|avant|pour|sur|par|des)(?![a-z'])"
    r"(?:[ \t]+[a-z'-]{1,12}(?![a-z'-])){0,3}[ \t]*"
)


#: « dernier », « dernière » before a noun (a rank: the latest, or the last to come; not the
#: plural: « Dernières places disponibles pour samedi »).
_RANKED_LAST = re.compile(
    # « dernier délai », « dernière limite »: a deadline, still to come
    r"(?<![\w'])derniere?(?=[ \t]+[a-z])(?![ \t]+(?:delai|limite)(?![a-z]))"
)


def _ranked_last(
    low: str,
    lo: int,
    hi: int,
    start: int,
    end: int,
    starts: Sequence[int],
    ends: Sequence[int],
) -> int | None:
    """-1 when the clause ``[lo, hi)`` around the expression at ``[start, end)`` has no
    tense cue but « dernier » before a noun, outside the expressions: the latest, told
    (« Son dernier match remonte à samedi », « Dernier bilan vendredi : douze morts »);
    else None. With a verb that tells a tense, that verb decides (« Samedi, pour son
    dernier match, le PSG recevra Nice »).

    >>> t = "son dernier match remonte a samedi"
    >>> _ranked_last(t, 0, len(t), 29, 35, [29], [35]), _ranked_last("a samedi", 0, 8, 2, 8, [], [])
    (-1, None)
    """
    for m in _RANKED_LAST.finditer(low, lo, hi):
        s = m.start()
        if start <= s < end:
            continue
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and s < ends[k]:
            continue  # inside another expression (« samedi dernier »)
        return -1
    return None


# ---------------------------------------------------------------------------------------
# Calendar helpers


def _add_months(d: dt.datetime, n: int) -> dt.datetime:
    total = d.year * 12 + (d.month - 1) + n
    y, m = divmod(total, 12)
    if 1 <= y <= 9999 and (m < 11 or y < 9999):
        leap = m == 1 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        last = 29 if leap else _MONTH_DAYS[m]
    else:  # the first day of the next month does not exist: the same error as ever
        last = (dt.date(y + (m + 1) // 12, (m + 1) % 12 + 1, 1) - _DAY).day
    return d.replace(year=y, month=m + 1, day=min(d.day, last))


def _valid_day(year: int, month: int, day: int) -> bool:
    """Whether ``day`` exists in that month.

    >>> _valid_day(2024, 2, 29), _valid_day(2024, 6, 31)
    (True, False)
    """
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return day <= (29 if leap else 28)
    return day <= _MONTH_DAYS[month - 1]


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


#: The ordinal (proleptic Gregorian, :meth:`datetime.date.toordinal`) of 1 Muharram of
#: the year 1 of the Hegira, the civil epoch of the tabular Islamic calendar (16 July 622,
#: Julian).
_HIJRI_EPOCH = 227015


def _hijri_day(year: int, month: int, day: int) -> dt.date:
    """A day of the tabular Islamic calendar (months of 30 and 29 days in turn, eleven
    leap years in thirty), which the lunar calendar as observed follows within a day or
    two. Ramadan 1444 began on 23 March 2023:

    >>> _hijri_day(1444, 9, 1), _hijri_day(1444, 10, 1)
    (datetime.date(2023, 3, 23), datetime.date(2023, 4, 22))
    """
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(_HIJRI_EPOCH - 1 + days)


def _hijri_in_year(month: int, day: int, year: int) -> dt.date | None:
    """The first day of a Gregorian ``year`` that is the ``day`` of the Islamic ``month``
    (the Islamic year is eleven days shorter: about every 33 years one falls twice)."""
    h = (year - 622) * 33 // 32  # the Islamic year that begins in the Gregorian one, about
    for y in (h - 1, h, h + 1):
        if y >= 1:
            d = _hijri_day(y, month, day)
            if d.year == year:
                return d
    return None


def _hijri_days(spec: str) -> int:
    """How many days a holiday lasts: a month of the Islamic calendar (``hijri:MM``,
    Ramadan) its 30 or 29 days in the tabular calendar, any other holiday one."""
    if spec.startswith("hijri:") and "-" not in spec:
        return 30 if int(spec[6:]) % 2 else 29
    return 1


@functools.lru_cache(maxsize=1024)
def _holiday_date(spec: str, year: int) -> dt.date | None:
    """The day of the holiday ``spec`` (a value of ``holidays.tsv``) in ``year``.

    >>> [_holiday_date(s, 2024).isoformat() for s in ("12-25", "easter+1", "nth:06:7:3")]
    ['2024-12-25', '2024-04-01', '2024-06-16']
    >>> _holiday_date("nth:09:7:3+1", 2025).isoformat()  # the Monday after the 3rd Sunday
    '2025-09-22'
    >>> _holiday_date("before:05-25:1", 2024).isoformat()  # the Monday before May 25
    '2024-05-20'
    >>> spec = "nth:05:7:-1 unless easter+49"  # France's Mother's Day
    >>> _holiday_date(spec, 2024).isoformat(), _holiday_date(spec, 2023).isoformat()
    ('2024-05-26', '2023-06-04')
    """
    base, unless, other = spec.partition(" unless ")
    if unless:  # a week later when it falls on the other feast (Pentecost)
        found = _holiday_date(base, year)
        if found is not None and found == _holiday_date(other, year):
            found += 7 * _DAY
        return found
    if spec.startswith("before:"):  # the last ISO weekday wd before the day
        _, day, wd = spec.split(":")
        mo, dd = day.split("-")
        limit = dt.date(year, int(mo), int(dd))
        return limit - dt.timedelta(days=(limit.isoweekday() - int(wd) - 1) % 7 + 1)
    if spec.startswith("hijri:"):  # the Islamic calendar: a day, or a month's first day
        month, _, day = spec[6:].partition("-")
        return _hijri_in_year(int(month), int(day or 1), year)
    if spec.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(spec[6:]))
    if spec.startswith("nth:"):  # the nth weekday of a month; n = -1: the last one
        _, mo, wd, n = spec.split(":")
        n, plus, days = n.partition("+")
        if plus:  # « nth:09:7:3+1 »: a number of days after that weekday (Lundi du Jeûne)
            found = _holiday_date(f"nth:{mo}:{wd}:{n}", year)
            return None if found is None else found + dt.timedelta(days=int(days))
        if int(n) < 0:
            after = dt.date(year + int(mo) // 12, int(mo) % 12 + 1, 1)  # the next month's 1st
            return after - dt.timedelta(days=(after.isoweekday() - int(wd) - 1) % 7 + 1)
        first = dt.date(year, int(mo), 1)
        delta = (int(wd) - first.isoweekday()) % 7
        return first + dt.timedelta(days=delta + 7 * (int(n) - 1))
    mo, d = spec.split("-")
    return dt.date(year, int(mo), int(d))


#: How far the end of a value is from its start, for grains of a fixed length.
_FIXED_LENGTH = {
    Grain.SECOND: dt.timedelta(seconds=1),
    Grain.MINUTE: dt.timedelta(minutes=1),
    Grain.HOUR: dt.timedelta(hours=1),
    Grain.DAY: _DAY,
    Grain.WEEKEND: 2 * _DAY,
    Grain.WEEK: 7 * _DAY,
}
#: How many months a value of a calendar grain lasts.
_MONTHS_LONG = {
    Grain.MONTH: 1,
    Grain.SEASON: 3,
    Grain.QUARTER: 3,
    Grain.HALF_YEAR: 6,
    Grain.YEAR: 12,
    Grain.DECADE: 120,
    Grain.CENTURY: 1200,
    Grain.MILLENNIUM: 12000,
}


class _Cal:
    """A resolved calendar value: grain, start, and a part of the day when there is one.

    A plain slotted class (built for every candidate a value is picked from); its end and
    its TIMEX3 value are computed once, on first use.
    """

    __slots__ = ("_end", "_timex", "end_override", "grain", "part", "start")

    def __init__(
        self,
        grain: Grain,
        start: dt.datetime,
        part: str | None = None,
        end_override: dt.datetime | None = None,
    ) -> None:
        self.grain = grain
        self.start = start
        self.part = part
        self.end_override = end_override
        self._end: dt.datetime | None = None
        self._timex: str | None = None

    @property
    def end(self) -> dt.datetime:
        end = self._end
        if end is None:
            end = self._end = self._compute_end()
        return end

    def _compute_end(self) -> dt.datetime:
        if self.end_override is not None:
            return self.end_override
        g = self.grain
        length = _FIXED_LENGTH.get(g)
        if length is not None:
            return self.start + length
        if g is _G_PART_OF_DAY:
            a, b = _pod_hours()[self.part or "MO"]
            return self.start + dt.timedelta(hours=b - a)
        s = self.start
        if s.day == 1 and s.year < 9998:  # the first of a month: no day to clip
            # s.replace(month=s.month + 1), s.replace(year=s.year + 1): as many days on as
            # the month, or the year from it, has (a tenth of the time of replace)
            if g is _G_MONTH:
                return s + _month_days(s.year, s.month) * _DAY
            if g is _G_YEAR:
                leap = _is_leap(s.year if s.month <= 2 else s.year + 1)
                return s + (366 if leap else 365) * _DAY
        return _add_months(s, _MONTHS_LONG[g])

    @property
    def timex(self) -> str:
        timex = self._timex
        if timex is None:
            timex = self._timex = self._compute_timex()
        return timex

    def _compute_timex(self) -> str:
        s = self.start  # naive: isoformat is YYYY-MM-DDTHH:MM:SS[.ffffff]
        g = self.grain
        # s.date().isoformat() is s.isoformat()[:10], built in half the time
        if g is _G_DAY:
            return s.date().isoformat()
        if g is _G_YEAR:
            return "%04d" % s.year  # noqa: UP031 (faster than the f-string)
        if g is _G_MINUTE or g is _G_HOUR:
            return s.isoformat(timespec="minutes")
        if g is _G_MONTH:
            return s.date().isoformat()[:7]
        if g is _G_SECOND:
            return s.isoformat(timespec="seconds")
        if g is _G_PART_OF_DAY:
            return f"{s.date().isoformat()}T{self.part}"
        if g in (_G_WEEK, _G_WEEKEND):
            iy, iw, _ = s.date().isocalendar()
            return f"{iy:04d}-W{iw:02d}" + ("-WE" if g is _G_WEEKEND else "")
        if g is _G_SEASON:
            return f"{s.year:04d}-{_season_codes()[s.month]}"
        if g is _G_QUARTER:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        if g is _G_HALF_YEAR:
            return f"{s.year:04d}-H{(s.month - 1) // 6 + 1}"
        if g is _G_DECADE:
            return f"{s.year // 10:03d}"
        if g is _G_CENTURY:
            return f"{s.year // 100:02d}"
        return f"{s.year // 1000}"


def _floor(d: dt.datetime, g: Grain) -> dt.datetime:
    d0 = dt.datetime(d.year, d.month, d.day)
    if g is _G_DAY:
        return d0
    if g is _G_WEEK:
        return d0 - dt.timedelta(days=d0.weekday())
    if g is _G_WEEKEND:
        return d0 - dt.timedelta(days=d0.weekday()) + 5 * _DAY
    if g is _G_MONTH:
        return d0.replace(day=1)
    if g is _G_QUARTER:
        return d0.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    if g is _G_HALF_YEAR:
        return d0.replace(month=(d.month - 1) // 6 * 6 + 1, day=1)
    if g is _G_YEAR:
        return d0.replace(month=1, day=1)
    if g is _G_DECADE:
        return d0.replace(year=d.year // 10 * 10, month=1, day=1)
    if g is _G_CENTURY:
        return d0.replace(year=max(1, d.year // 100 * 100), month=1, day=1)
    if g is _G_MILLENNIUM:
        return d0.replace(year=max(1, d.year // 1000 * 1000), month=1, day=1)
    return d0


def _shift_unit(d: dt.datetime, g: Grain, n: int) -> dt.datetime:
    if g is _G_DAY:
        return d + n * _DAY
    if g in (_G_WEEK, _G_WEEKEND):
        return d + 7 * n * _DAY
    return _add_months(d, _MONTHS_LONG[g] * n)


def _pick(
    cands: Sequence[_Cal], ref: dt.datetime, direction: int | None, strict: bool = False
) -> _Cal | None:
    """The candidate that the direction selects: -1 the last one not after the reference,
    +1 the first one not before it, None the nearest (the later one on a tie)."""
    if not cands:
        return None
    day = dt.datetime(ref.year, ref.month, ref.day)
    best: _Cal | None = None
    if direction == -1:
        for c in cands:
            if (c.end <= day if strict else c.start <= day) and (
                best is None or c.start > best.start
            ):
                best = c
        return best
    if direction == 1:
        for c in cands:
            if (c.start > day if strict else c.end > day) and (
                best is None or c.start < best.start
            ):
                best = c
        return best
    return _nearest(cands, day)


_ZERO = dt.timedelta(0)


def _nearest(cands: Sequence[_Cal], day: dt.datetime) -> _Cal | None:
    """The candidate nearest to ``day`` (0 when it holds the day), the later one on a tie.

    Distances are compared as timedeltas (the candidates start at midnight: whole seconds,
    the same order as their number of seconds).
    """
    best: _Cal | None = None
    best_d = _ZERO
    tie = False
    edge = False
    for c in cands:
        s = c.start
        if s.year <= 1 or s.year >= 9999:
            edge = True
        e = c.end
        if s <= day < e:
            d = _ZERO
        else:
            d1 = s - day if s >= day else day - s
            d2 = e - _DAY - day
            if d2 < _ZERO:
                d2 = -d2
            d = d1 if d1 <= d2 else d2
        if best is None or d < best_d:
            best, best_d, tie = c, d, False
        elif d == best_d:
            tie = True
    if edge:
        # timestamp() fails at the edges of datetime: keep its error (an unresolved value)
        stamps = [-c.start.timestamp() for c in cands]
        dists = [_dist(c, day) for c in cands]
        return min(zip(dists, stamps, cands, strict=True), key=lambda x: (x[0], x[1]))[2]
    if not tie:
        return best
    ties = [c for c in cands if _dist(c, day) == best_d]
    return min(ties, key=lambda c: -c.start.timestamp())


def _dist(c: _Cal, day: dt.datetime) -> dt.timedelta:
    if c.start <= day < c.end:
        return _ZERO
    return min(abs(c.start - day), abs(c.end - _DAY - day))


def _days_away(c: _Cal, ref: dt.datetime) -> float:
    return abs((c.start - dt.datetime(ref.year, ref.month, ref.day)).total_seconds()) / 86400


#: The grain a half of these units is told at: half a century is a decade's worth.
_HALF_GRAIN = {
    Grain.YEAR: Grain.MONTH,
    Grain.DECADE: Grain.YEAR,
    Grain.CENTURY: Grain.DECADE,
    Grain.MILLENNIUM: Grain.CENTURY,
}


def _finest(parts: Sequence[tuple[float, Grain]]) -> Grain:
    """The finest unit of a shift; a fraction of a year, decade, century or millennium
    (``un an et demi``, ``un demi-siècle``, ``une décennie et demie``) is told one grain
    finer.

    >>> _finest([(2, Grain.YEAR), (3, Grain.MONTH)]), _finest([(0.5, Grain.CENTURY)])
    (<Grain.MONTH: 'month'>, <Grain.DECADE: 'decade'>)
    >>> _finest([(1.5, Grain.YEAR)])
    <Grain.MONTH: 'month'>
    """
    g = min((u for _, u in parts), key=_GRAIN_RANK.__getitem__)
    if g in _HALF_GRAIN and any(u is g and a != int(a) for a, u in parts):
        return _HALF_GRAIN[g]
    return g


def _apply_shift(anchor: dt.datetime, parts: Sequence[tuple[float, Grain]]) -> dt.datetime:
    d = anchor
    for amount, unit in parts:
        whole = int(amount)
        frac = amount - whole
        if unit is _G_SECOND:
            d += dt.timedelta(seconds=amount)
        elif unit is _G_MINUTE:
            d += dt.timedelta(minutes=amount)
        elif unit is _G_HOUR:
            d += dt.timedelta(hours=amount)
        elif unit is _G_DAY:
            d += dt.timedelta(days=amount)
        elif unit in (_G_WEEK, _G_WEEKEND):
            d += dt.timedelta(weeks=amount)
        else:
            d = _shift_unit(d, unit, whole)
            if frac:  # "un an et demi", "un demi-siècle": the fraction in months
                d = _shift_unit(d, _G_MONTH, round(frac * _MONTHS_LONG.get(unit, 1)))
    return d


def _shifted_day(day: dt.datetime, parts: Sequence[tuple[float, Grain]]) -> dt.datetime:
    """The day that a shift in clock units (``parts``) from ``day``, whose time of day is
    not known, falls on: counted from the middle of the day, an instant reached forward
    exactly at midnight being the end of the day before (``dans 12 heures`` is still the
    day, as ``il y a 12 heures`` is).

    >>> d = dt.datetime(2024, 3, 14)
    >>> hours = Grain.HOUR
    >>> [_shifted_day(d, ((n, hours),)).day for n in (-0.5, -12, -13, -36, 12, 13)]
    [14, 14, 13, 13, 14, 15]
    """
    noon = day + _NOON
    at = _apply_shift(noon, parts)
    out = _floor(at, _G_DAY)
    if at == out and at > noon:
        out -= _DAY
    return out


# ---------------------------------------------------------------------------------------
# Resolution


@attrs.define
class _State:
    ref: dt.datetime | None
    ref_has_time: bool
    prefer: str
    narr: dt.datetime | None
    #: The last day named by a DATE (not a part of a day): what "dans la matinée" is on.
    narr_day: dt.datetime | None = None
    #: Where the expression that set ``narr`` ends in the text.
    narr_at: int = -1
    #: ``narr`` has a time of day (a clock time or a part of the day), not only a day.
    narr_timed: bool = False
    #: ``narr`` (``narr_day``) was placed by the calendar, its year not written: a day to
    #: come may be a deadline (« jusqu'au 15 novembre »), not the day of the story.
    narr_placed: bool = False
    narr_day_placed: bool = False
    #: Where a day told with a part of the day or a time ends, and that day (« Samedi
    #: matin »): a part of the day later in its sentence is on it (« … ; l'après-midi, … »).
    part_day: tuple[int, dt.datetime] | None = None
    #: ``part_day``'s day for the expression being resolved, when it is in its sentence.
    part_day_here: dt.datetime | None = None
    #: The last value of each grain, as (its rank in the text, its start): "le trimestre
    #: précédent" counts from the quarter just named, "l'année précédente" from the last
    #: year, quarter, month or day the text gave.
    last_of_grain: dict[Grain, tuple[int, dt.datetime]] = attrs.field(factory=dict)
    #: The last month or year the text wrote without a day (``en mars 2019``), as (where it
    #: ends, its grain, its start): what ``le lendemain`` is in when no day was told.
    coarse: tuple[int, Grain, dt.datetime] | None = None
    #: The reference's day (``ref`` at midnight): the candidates of a value without its year
    #: depend on it only (:func:`_options`, cached by it: articles of one day published at
    #: different times share them).
    day: dt.datetime | None = None
    #: The day the text last gave for each weekday it named (``samedi soir``, ``samedi 22
    #: juin``): a later ``samedi`` that no tense places is that Saturday again.
    weekday_days: dict[int, dt.datetime] = attrs.field(factory=dict)


def _unresolved_timex(r: Reading) -> str:
    """The value of a reading that has no calendar to resolve it (no reference, or a
    year counted from one), with what it says: a range keeps its two ends.

    >>> e = Reading(0, 14, "day_month", month=10, day=5)
    >>> _unresolved_timex(Reading(0, 14, "day_month", month=10, day=3, range_end=e))
    'XXXX-10-03/XXXX-10-05'
    >>> _unresolved_timex(Reading(0, 30, "quarter", quarter=1, year_offset=-1))
    'XXXX-Q1'
    """
    timex = _unresolved_one(r)
    e = r.range_end
    if e is not None and not r.ref_value:
        if e.year is None and e.year_offset is None:
            e = evolve(e, year=r.year)
        end = _unresolved_one(e)
        if end != timex and not end.startswith("XXXX-XX-XX"):
            return f"{timex}/{end}"
    return timex


def _unresolved_one(r: Reading) -> str:
    if r.ref_value:
        return r.ref_value
    y = f"{r.year:04d}" if r.year is not None else "XXXX"
    t = ""
    if r.hour is not None:
        t = f"T{r.hour:02d}:{(r.minute or 0):02d}"
    elif r.part:
        t = f"T{r.part}"
    if r.weekday is not None and r.day is None:
        wd = r.weekday
        if r.previous_part and (r.hour is None or r.hour >= 12):
            wd = (wd - 2) % 7 + 1  # « la nuit de jeudi à vendredi dernier »: Thursday's night
        return f"XXXX-WXX-{wd}{t}"
    if r.season:
        return f"{y}-{r.season}"
    if r.month is not None:
        if r.day is not None:
            return f"{y}-{r.month:02d}-{r.day:02d}{t}"
        return f"{y}-{r.month:02d}"
    if r.holiday:
        spec = r.holiday
        if "-" in spec and spec[0].isdigit():
            return f"{y}-{spec}"
        return f"{y}-XX-XX"
    if r.rel_unit is None and r.quarter is not None:  # its year counted from the reference
        return f"{y}-Q{r.quarter}"
    if r.rel_unit is None and r.half is not None:
        return f"{y}-H{r.half}"
    if r.rel_unit is not None:
        return {
            _G_WEEK: "XXXX-WXX",
            _G_WEEKEND: "XXXX-WXX-WE",
            _G_MONTH: "XXXX-XX",
            _G_QUARTER: f"{y}-QX" if r.quarter is None else f"{y}-Q{r.quarter}",
            _G_HALF_YEAR: f"{y}-HX" if r.half is None else f"{y}-H{r.half}",
            _G_YEAR: "XXXX"
            if r.quarter is None and r.half is None
            else (f"XXXX-Q{r.quarter}" if r.quarter else f"XXXX-H{r.half}"),
            _G_DECADE: "XXX",
            _G_CENTURY: "XX",
            _G_DAY: "XXXX-XX-XX",
        }.get(r.rel_unit, "XXXX")
    if r.shift:
        g = _finest(r.shift)
        if g in (_G_SECOND, _G_MINUTE, _G_HOUR):
            return "XXXX-XX-XXTXX:XX"
        if g in (_G_DAY, _G_WEEK):
            return "XXXX-XX-XX"
        if g is _G_MONTH:
            return "XXXX-XX"
        return "XXXX"
    return f"XXXX-XX-XX{t}"


def _direction(r: Reading, st: _State, tense: Tense) -> int | None:
    if r.direction is not None:
        return r.direction
    if st.prefer == "past":
        return -1
    if st.prefer == "future":
        return 1
    if st.prefer == "nearest":
        return None
    if r.forward:
        return 1
    return tense()


def _is_past(st: _State, tense: Tense) -> bool:
    """Whether the clause is in the past (``prefer="past"``, or its tense with ``"auto"``)."""
    return st.prefer == "past" or (st.prefer == "auto" and tense() == -1)


def _is_future(st: _State, tense: Tense) -> bool:
    """Whether the clause is in the future (``prefer="future"``, or its tense with ``"auto"``)."""
    return st.prefer == "future" or (st.prefer == "auto" and tense() == 1)


#: The candidates the tense chooses from: (the past one, the future one, the nearest one).
_Picks = tuple[_Cal | None, _Cal | None, _Cal | None]


def _picks(cands: Sequence[_Cal], ref: dt.datetime, strict: bool) -> _Picks | None:
    """What :func:`_pick` gives for -1, +1 and None; None when a candidate is at the edge of
    what datetime holds (the caller then picks as :func:`_pick` does, keeping its errors).
    Candidates in order and apart (those of :func:`_options`) are picked by
    :func:`_ordered_picks`, in one pass."""
    for c in cands:
        year = c.start.year
        if year <= 1 or year >= 9999:
            return None
    if not cands:
        return None, None, None
    day = dt.datetime(ref.year, ref.month, ref.day)
    past: _Cal | None = None
    future: _Cal | None = None
    for c in cands:
        s = c.start
        if (c.end <= day if strict else s <= day) and (past is None or s > past.start):
            past = c
        if (s > day if strict else c.end > day) and (future is None or s < future.start):
            future = c
    return past, future, _nearest(cands, day)


def _pick_for(
    cands: Sequence[_Cal],
    ref: dt.datetime,
    r: Reading,
    st: _State,
    tense: Tense,
    strict: bool,
    options: _Options | None = None,
) -> _Cal | None:
    """``_pick(cands, ref, _direction(r, st, tense), strict)``; when the tense would decide,
    it is read only if the past, the future and the nearest candidates differ (``jeudi``
    written on a Thursday is that day whatever the tense). ``options``: the cached
    candidates ``cands`` are (their picks, and the nearest one, are computed once)."""
    if r.direction is not None or st.prefer != "auto" or r.forward:
        return _pick(cands, ref, _direction(r, st, tense), strict=strict)
    picks = _picks(cands, ref, strict) if options is None else options.picks(strict)
    if picks is None:
        return _pick(cands, ref, _direction(r, st, tense), strict=strict)
    past, future, nearest = picks
    if past is future and future is nearest:
        return past
    t = tense()
    return past if t == -1 else future if t == 1 else nearest


def _ordered_picks(cands: Sequence[_Cal], ref: dt.datetime) -> tuple[_Picks, _Picks] | None:
    """``(_picks(cands, ref, False), _picks(cands, ref, True))`` for candidates in the order
    of their starts, each ending before the next one starts (those of :func:`_options`),
    in one pass: only the candidates on either side of the reference's day can be picked
    (the last one that starts on or before it, the first one after it), and only the end
    of the first of them is read. None when :func:`_picks` gives None (a candidate at the
    edge of what datetime holds): the caller then picks as :func:`_pick` does, keeping its
    errors.

    >>> o = _options("month", dt.datetime(2023, 10, 19), 9)
    >>> [[c.timex for c in picks] for picks in _ordered_picks(o.cands, o.ref)]
    [['2023-09', '2024-09', '2023-09'], ['2023-09', '2024-09', '2023-09']]
    """
    n = len(cands)
    if n and (cands[0].start.year <= 1 or cands[-1].start.year >= 9999):
        return None  # (in order: the first and the last have the lowest and highest years)
    day = dt.datetime(ref.year, ref.month, ref.day)
    i = 0
    while i < n and cands[i].start <= day:
        i += 1
    before = cands[i - 1] if i else None  # the last candidate that starts on or before the day
    after = cands[i] if i < n else None  # the first one that starts after it
    if before is None:
        return (None, after, after), (None, after, after)
    e = before.end
    if e > day:  # it holds the day: the nearest one, in the past and in the future
        return (before, before, before), (cands[i - 2] if i > 1 else None, after, before)
    if after is None:
        return (before, None, before), (before, None, before)
    # The distances of _nearest (the later one on a tie): each candidate lasts a day or
    # more, so the nearest day of the one before is its last, of the one after its first.
    near = after if after.start - day <= day + _DAY - e else before
    return (before, after, near), (before, after, near)


class _Options:
    """The candidates of a value written without its year (a month, a day of a month, a
    weekday, a season, a holiday) for one reference, and the ones picked among them, all
    computed at once on first use (see :func:`_options`, :func:`_ordered_picks`).

    The candidates are shared: a ``_Cal`` is never changed once built.
    """

    __slots__ = ("_known", "_near_days", "_ordered", "cands", "ref")

    def __init__(self, cands: Sequence[_Cal], ref: dt.datetime) -> None:
        self.cands = cands
        self.ref = ref
        self._near_days: float | None = None
        self._known = False
        self._ordered: tuple[_Picks, _Picks] | None = None

    def _picked(self) -> tuple[_Picks, _Picks] | None:
        """``_ordered_picks(self.cands, self.ref)``, computed on first use."""
        if not self._known:
            self._ordered = _ordered_picks(self.cands, self.ref)
            self._known = True
        return self._ordered

    def nearest(self) -> _Cal | None:
        """``_pick(self.cands, self.ref, None)``."""
        picked = self._picked()
        if picked is None:  # at the edge of datetime: as _pick does, with its errors
            return _pick(self.cands, self.ref, None)
        return picked[0][2]

    def near_days(self) -> float:
        """``_days_away(self.nearest(), self.ref)`` (there is a nearest candidate)."""
        days = self._near_days
        if days is None:
            near = self.nearest()
            assert near is not None
            days = self._near_days = _days_away(near, self.ref)
        return days

    def picks(self, strict: bool) -> _Picks | None:
        """``_picks(self.cands, self.ref, strict)``."""
        picked = self._picked()
        return None if picked is None else picked[strict]


@functools.lru_cache(maxsize=1024)
def _options(kind: str, ref: dt.datetime, n: int, day: int = 0, spec: str = "") -> _Options:
    """The candidates of a value without its year, for ``ref``: a ``"month"`` ``n``, a
    ``"day"`` ``day`` of month ``n``, a ``"weekday"`` ``n``, a ``"season"`` starting in
    month ``n``, a ``"holiday"`` ``spec``. Cached: the texts of a day ask for the same
    months, weekdays and holidays again and again. Only the day of ``ref`` is read (the
    resolver gives it at midnight, ``_State.day``: one entry for the texts of a day).

    >>> o = _options("month", dt.datetime(2023, 10, 19), 9)
    >>> [c.timex for c in o.cands], o.nearest().timex
    (['2022-09', '2023-09', '2024-09'], '2023-09')
    """
    if kind == "weekday":  # the days of that weekday among the 15 around the reference
        d0 = dt.datetime(ref.year, ref.month, ref.day)
        k0 = (n - d0.isoweekday()) % 7
        return _Options([_Cal(_G_DAY, d0 + k * _DAY) for k in _WEEKDAY_OFFSETS[k0]], ref)
    return _Options(_year_candidates(kind, ref.year, n, day, spec), ref)


@functools.lru_cache(maxsize=1024)
def _year_candidates(kind: str, year: int, n: int, day: int, spec: str) -> Sequence[_Cal]:
    """The candidates of :func:`_options` but a weekday's, which depend on the reference's
    year only (the year before, that year and the next; a season's, two years before to the
    next). Cached apart: the references of a year share them, with their ends and TIMEX3
    values once computed.

    >>> [c.timex for c in _year_candidates("season", 2023, 6, 0, "")]
    ['2021-SU', '2022-SU', '2023-SU', '2024-SU']
    """
    cands: list[_Cal]
    years = (year - 1, year, year + 1)
    if kind == "month":
        cands = [_Cal(_G_MONTH, dt.datetime(y, n, 1)) for y in years]
    elif kind == "day":
        cands = []
        for y in years:
            try:
                cands.append(_Cal(_G_DAY, dt.datetime(y, n, day)))
            except ValueError:
                cands.append(_Cal(_G_DAY, dt.datetime(y, n, 28) + _DAY))  # marker
    elif kind == "season":
        cands = [_Cal(_G_SEASON, dt.datetime(y, n, 1)) for y in range(year - 2, year + 2)]
    else:  # a holiday
        cands = []
        for y in years:
            c = _holiday_cal(spec, y)
            if c is not None:
                cands.append(c)
    return tuple(cands)


def _holiday_cal(spec: str, year: int) -> _Cal | None:
    """A holiday's day in ``year``; for a month of the Islamic calendar (Ramadan), its
    days, a range.

    >>> _holiday_cal("hijri:09", 2023).timex, _holiday_cal("12-25", 2023).timex
    ('2023-03-23/2023-04-21', '2023-12-25')
    """
    d = _holiday_date(spec, year)
    if d is None:
        return None
    start = dt.datetime(d.year, d.month, d.day)
    days = _hijri_days(spec)
    if days == 1:
        return _Cal(_G_DAY, start)
    c = _Cal(_G_DAY, start, None, start + days * _DAY)
    c._timex = f"{d.isoformat()}/{(d + (days - 1) * _DAY).isoformat()}"
    return c


#: Days from a day (by its weekday, Monday 0) to the Saturday of its weekend: [False] the
#: first Saturday on or after it, [True] the nearest one (a Monday's, a Tuesday's weekend
#: is the one before; a Sunday belongs to the weekend of the day before).
_TO_SATURDAY = ((5, 4, 3, 2, 1, 0, 6), (-2, -3, 3, 2, 1, 0, -1))


def _date_cal(r: Reading, st: _State, tense: Tense) -> _Cal | None:
    """The day-or-coarser calendar value of a reading (no clock time yet)."""
    c = _date_cal_inner(r, st, tense)
    if r.week_of and c is not None and c is not _INVALID:
        day = c.start
        if r.last_week:  # the month's last Monday (its last Saturday, for a weekend)
            day = _add_months(day.replace(day=1), 1) - _DAY
            day -= (day.weekday() - (5 if r.weekend_of else 0)) % 7 * _DAY
        elif r.weekend_of:  # the nearest Saturday, or the first one on or after the day
            day += _TO_SATURDAY[r.weekend_of == 1][day.weekday()] * _DAY
        if r.weekend_of:
            return _Cal(_G_WEEKEND, day)
        return _Cal(_G_WEEK, _floor(day, _G_WEEK))
    return c


#: Offsets (in days, ascending) of the days of a weekday among the 15 around a day, by the
#: offset of the first one on or after it.
_WEEKDAY_OFFSETS = {k: ((-7, 0, 7) if k == 0 else (k - 7, k)) for k in range(7)}
_WEEK_SAFE_LO = dt.datetime.min + 7 * _DAY
_WEEK_SAFE_HI = dt.datetime.max - 8 * _DAY


#: How far (in days) from the reference the day of a weekday and a day number without a
#: month (``samedi 28``) is looked for.
_WEEKDAY_DAY_REACH = 62


def _weekday_and_day(base: dt.datetime, weekday: int, day: int) -> list[_Cal]:
    """The days numbered ``day`` that are a ``weekday`` (ISO, Monday 1) within
    :data:`_WEEKDAY_DAY_REACH` days of ``base``, in order; none for ``samedi 31`` with no
    Saturday the 31st near (the weekday alone is then read).

    >>> [c.timex for c in _weekday_and_day(dt.datetime(2023, 10, 19), 6, 28)]
    ['2023-10-28']
    >>> [c.timex for c in _weekday_and_day(dt.datetime(2023, 10, 19), 5, 1)]  # Friday 1st
    ['2023-09-01', '2023-12-01']
    >>> _weekday_and_day(dt.datetime(2023, 10, 19), 7, 31)
    []
    """
    day0 = _floor(base, _G_DAY)
    out: list[_Cal] = []
    y, mo = day0.year, day0.month
    for k in range(-3, 4):
        yy, mm = y + (mo - 1 + k) // 12, (mo - 1 + k) % 12 + 1
        if not (1 <= yy <= 9999 and _valid_day(yy, mm, day)):
            continue
        c = dt.datetime(yy, mm, day)
        if c.isoweekday() == weekday and abs((c - day0).days) <= _WEEKDAY_DAY_REACH:
            out.append(_Cal(_G_DAY, c))
    return out


def _weekday_agrees(
    picked: _Cal, cands: Sequence[_Cal], weekday: int, st: _State, tense: Tense
) -> _Cal:
    """A day and month written with a weekday that ``picked`` does not fall on: in a
    clause the tense places (and only then), the candidate on the tense's side of the
    reference that falls on it (« le festival débutera le vendredi 30 août », read in
    October 2023, is 2024's: the 30th of August 2023 was a Wednesday). Else ``picked``:
    without a tense, or when no year fits (a wrong weekday in the text).

    >>> ref = dt.datetime(2023, 10, 19)
    >>> st = _State(ref=ref, ref_has_time=False, prefer="auto", narr=None)
    >>> cands = [_Cal(_G_DAY, dt.datetime(y, 8, 30)) for y in (2022, 2023, 2024)]
    >>> _weekday_agrees(cands[1], cands, 5, st, lambda: 1).start.year
    2024
    >>> _weekday_agrees(cands[1], cands, 5, st, lambda: None).start.year
    2023
    """
    ref = st.ref
    if st.prefer != "auto" or ref is None:
        return picked
    sign = tense()
    if sign is None:
        return picked
    fits = [
        c
        for c in cands
        if c.start.isoweekday() == weekday and (c.start >= ref if sign == 1 else c.start < ref)
    ]
    return min(fits, key=lambda c: abs(c.start - ref), default=picked)


def _date_cal_inner(r: Reading, st: _State, tense: Tense) -> _Cal | None:
    ref = st.ref
    if r.year_offset is not None and r.year is None:
        # "le 3 mars de l'an prochain": the year counted from the reference or the story
        base = ref if r.year_anchor == "ref" else _narrative_base(st, _G_YEAR)
        if base is None:
            return None
        r = evolve(r, year=base.year + r.year_offset, year_offset=None)
    explicit = r.direction is not None
    if r.now:
        if ref is None:
            return None
        if st.ref_has_time:
            return _Cal(_G_SECOND, ref)
        return _Cal(_G_DAY, _floor(ref, _G_DAY))
    if r.day_shift is not None and r.month is None and r.weekday is None:
        coarse = st.coarse
        if (
            r.anchor == "narr"
            and st.narr_at < 0
            and coarse is not None
            and 0 <= r.start - coarse[0] <= _NARRATIVE_REACH
        ):  # "Il est arrivé en mars 2019. Le lendemain, …": no day told, the month known
            return _Cal(coarse[1], coarse[2])
        base = st.narr if r.anchor == "narr" else ref
        if base is None or (r.anchor == "narr" and r.day_shift == 0 and st.narr_at < 0):
            return None  # « Les deux scrutins auront lieu le même jour »: no day told
        return _Cal(_G_DAY, _floor(base, _G_DAY) + r.day_shift * _DAY)
    if r.shift:
        g = _finest(r.shift)
        base = st.narr if r.anchor == "narr" else ref
        if r.anchor == "narr" and _GRAIN_RANK[g] >= _GRAIN_RANK[_G_MONTH]:
            base = _narrative_base(st, g)  # "cinq ans plus tard" after "en 2017"
        if base is None:
            return None
        if g in (_G_SECOND, _G_MINUTE, _G_HOUR):
            if not (st.narr_timed if r.anchor == "narr" else st.ref_has_time):
                return _Cal(_G_DAY, _shifted_day(_floor(base, _G_DAY), r.shift))
            # A shift in clock units is one unit more precise than its unit: two hours
            # ago is a minute, fifteen minutes ago a second.
            grain = _G_MINUTE if g is _G_HOUR else _G_SECOND
            return _Cal(grain, _apply_shift(base, r.shift).replace(microsecond=0))
        if g is _G_WEEK:
            g = _G_DAY
        if g is _G_WEEKEND:
            g = _G_DAY
        return _Cal(g, _floor(_apply_shift(_floor(base, _G_DAY), r.shift), g))
    if r.rel_unit is not None:
        base = _narrative_base(st, r.rel_unit) if r.anchor == "narr" else ref
        if base is None:
            return None
        g = r.rel_unit
        if g is _G_WEEKEND:
            start = _floor(base, _G_WEEKEND)
            if r.rel_offset == 0 and base.isoweekday() == 1 and tense() == -1:
                start -= 7 * _DAY
            return _Cal(g, start + 7 * r.rel_offset * _DAY)
        start = _shift_unit(_floor(base, g), g, r.rel_offset)
        if r.weekday is not None and g is _G_WEEK:  # "le mardi de la semaine prochaine"
            return _Cal(_G_DAY, start + (r.weekday - 1) * _DAY)
        if r.day is not None and g is _G_MONTH:  # "le 20 du mois prochain"
            if not _valid_day(start.year, start.month, r.day):
                return _INVALID
            return _Cal(_G_DAY, start.replace(day=r.day))
        if r.quarter is not None or r.half is not None:
            if r.quarter is not None:
                c = _Cal(_G_QUARTER, start.replace(month=3 * r.quarter - 2))
            else:
                c = _Cal(_G_HALF_YEAR, start.replace(month=6 * r.half - 5))  # type: ignore[operator]
            if ref is not None and c.start > ref and _is_past(st, tense):
                # "au quatrième trimestre, les ventes avaient chuté": a quarter still to come
                # cannot hold what is over; it is last year's
                c = _Cal(c.grain, c.start.replace(year=c.start.year - 1))
            elif (
                ref is not None
                and (ref.year - c.end.year) * 12 + ref.month - c.end.month >= 3  # c.end: a 1st
                and _is_future(st, tense)
            ):
                # "les travaux seront achevés à la fin du premier trimestre", written in
                # October: a quarter long over cannot hold what is to come; next year's.
                # The quarter just over stays ("les chiffres du troisième trimestre seront
                # publiés le 31 octobre", "au troisième trimestre, le PIB devrait …")
                c = _Cal(c.grain, c.start.replace(year=c.start.year + 1))
            return c
        return _Cal(g, start)
    if r.decade is not None:
        return _Cal(_G_DECADE, dt.datetime(r.decade * 10, 1, 1))
    if r.century is not None:
        return _Cal(_G_CENTURY, dt.datetime(max(1, r.century * 100), 1, 1))
    if r.quarter is not None and r.year is not None:
        return _Cal(_G_QUARTER, dt.datetime(r.year, 3 * r.quarter - 2, 1))
    if r.half is not None and r.year is not None:
        return _Cal(_G_HALF_YEAR, dt.datetime(r.year, 6 * r.half - 5, 1))
    if r.season is not None:
        first = _season_months()[r.season]
        if r.year is not None:
            return _Cal(_G_SEASON, dt.datetime(r.year, first, 1))
        if r.anchor == "narr":  # "cet été-là": the one nearest the day the text tells
            # (after or before it, the year told counts too: "élu en 2017, … le printemps
            # suivant")
            told = _narrative_base(st, _G_YEAR if r.direction else _G_SEASON)
            if told is None:
                return None
            opts = _options("season", _floor(told, _G_DAY), first)
            if r.direction == 1:  # "l'été suivant": the first after the period told
                after = _told_end(st, told)
                return min((c for c in opts.cands if c.start >= after), key=_start, default=None)
            if r.direction == -1:  # "l'été précédent": the last one before it
                return max((c for c in opts.cands if c.start < told), key=_start, default=None)
            return opts.nearest()
        if ref is None:
            return None
        opts = _options("season", st.day or ref, first)
        return _pick_for(opts.cands, ref, r, st, tense, explicit, options=opts)
    if r.holiday is not None:
        if r.year is not None:
            return _holiday_cal(r.holiday, r.year)
        if ref is None:
            return None
        opts = _options("holiday", st.day or ref, 0, 0, r.holiday)
        near = opts.nearest()
        if not explicit and st.prefer == "auto" and near is not None and opts.near_days() <= 60:
            return near
        return _pick_for(opts.cands, ref, r, st, tense, explicit, options=opts)
    if r.month is not None and r.day is not None:
        if r.year is not None:
            return _Cal(_G_DAY, dt.datetime(r.year, r.month, r.day))
        if ref is None:
            return None
        opts = _options("day", st.day or ref, r.month, r.day)
        near = opts.nearest()
        picked: _Cal | None = near
        if explicit or st.prefer != "auto" or near is None or opts.near_days() > 60:
            # Far from the publication date, the tense decides (a near one needs none).
            picked = _pick_for(opts.cands, ref, r, st, tense, explicit, options=opts)
        if r.weekday is not None and picked is not None and picked.start.isoweekday() != r.weekday:
            picked = _weekday_agrees(picked, opts.cands, r.weekday, st, tense)
        if picked is None or picked.start.day != r.day:
            return _INVALID  # 29 February in a year that has none
        return picked
    if r.month is not None:
        if r.year is not None:
            return _Cal(_G_MONTH, dt.datetime(r.year, r.month, 1))
        if ref is None:
            return None
        opts = _options("month", st.day or ref, r.month)
        return _pick_for(opts.cands, ref, r, st, tense, explicit, options=opts)
    if r.weekday is not None:
        if r.anchor == "any":  # « tombe un lundi »: any Monday, unresolved
            return None
        if r.day is not None and ref is not None:  # "samedi 28": the 28th that is a Saturday
            around: dt.datetime = st.day or ref
            days = _weekday_and_day(around, r.weekday, r.day)
            if days:
                picked = _pick_for(days, ref, r, st, tense, explicit)
                if picked is None:  # the tense wants a side with no such day: the nearest
                    picked = min(days, key=lambda c: abs(c.start - around))
                return picked
        if r.anchor == "narr" and st.narr is not None:  # "le samedi suivant", "précédent"
            told = _floor(st.narr, _G_DAY)
            return _Cal(_G_DAY, _weekday_from(told, r.weekday, r.direction or 1))
        if ref is None:
            return None
        told_day = st.weekday_days.get(r.weekday)
        if (
            told_day is not None
            and r.direction is None
            and st.prefer == "auto"
            and abs(told_day - (st.day or ref)) < _WEEK
            and tense() not in (-1, 1)
        ):
            # « samedi soir, … » then « samedi » with no tense: the Saturday already told
            return _Cal(_G_DAY, told_day)
        strict = explicit or (st.prefer == "future" and r.direction is None)
        if _WEEK_SAFE_LO <= ref <= _WEEK_SAFE_HI and 1 <= r.weekday <= 7:
            opts = _options("weekday", st.day or ref, r.weekday)
            return _pick_for(opts.cands, ref, r, st, tense, strict, options=opts)
        # a day a week away does not exist: keep the error (an unresolved value)
        day = dt.datetime(ref.year, ref.month, ref.day)
        cands = [_Cal(_G_DAY, day + k * _DAY) for k in range(-7, 8)]
        cands = [c for c in cands if c.start.isoweekday() == r.weekday]
        return _pick_for(cands, ref, r, st, tense, strict)
    if r.year is not None:
        return _Cal(_G_YEAR, dt.datetime(r.year, 1, 1))
    if r.has_time or r.day_shift is not None:
        # A clock time with no day: the day the narrative is on (the reference at first);
        # a part of the day: the reference, or in a quote ("ce matin", said on a day the
        # text gave) the narrative day.
        # A bare time is on the day the text is telling, if it named one close before.
        if r.deictic and r.in_quote:  # said on the day the text is telling
            base = st.narr if st.narr is not None else ref
        elif r.part is None and not r.deictic:  # ("vers 21 h ce soir": below, today's)
            close = st.narr_at >= 0 and r.start - st.narr_at <= _NARRATIVE_REACH
            base = st.narr if st.narr is not None and close else ref
            if close and st.narr_placed and _past_on_a_day_to_come(base, ref, tense):
                base = ref
            if (
                close
                and base is not None
                and base.hour >= 18
                and not r.midnight
                and r.hour is not None
                and r.hour < 6
                and r.day_shift is None
            ):
                # "dans la nuit de mardi à mercredi … vers 2 h 30", "mardi soir … à 1 h":
                # an hour of the small hours after an evening or a night is the next day's
                base = base + _DAY
            elif (
                r.midnight
                and r.day_shift is None
                and base is not None
                and ref is not None
                and _floor(base, _G_DAY) == _floor(ref, _G_DAY)
                and tense() == -1
            ):
                # "les pompiers sont intervenus peu avant minuit", on the day of writing:
                # the midnight that began the day, not the one that will end it
                base = base - _DAY
        elif r.deictic:
            base = ref
        else:
            base = st.narr_day if st.narr_day is not None else ref
            if st.narr_day_placed and _past_on_a_day_to_come(base, ref, tense):
                base = ref
            if st.part_day_here is not None:
                base = st.part_day_here  # « Samedi matin, … ; l'après-midi, … »: Saturday's
        if base is None:
            return None
        return _Cal(_G_DAY, _floor(base, _G_DAY) + (r.day_shift or 0) * _DAY)
    return None


def _past_on_a_day_to_come(base: dt.datetime | None, ref: dt.datetime | None, tense: Tense) -> bool:
    """Whether a time told in the past would fall on ``base``, a day after the reference's:
    « Les pneus d'hiver seront obligatoires à partir du 1er décembre. Les écoles ont fermé
    au petit matin » is this morning, not the 1st's (a day to come holds no past event).
    The callers ask it only of a day placed by the calendar: a day written with its year
    is the story's, whatever the reference.

    >>> ref = dt.datetime(2023, 10, 19)
    >>> _past_on_a_day_to_come(dt.datetime(2023, 12, 1), ref, lambda: -1)
    True
    >>> _past_on_a_day_to_come(dt.datetime(2023, 12, 1), ref, lambda: 1)
    False
    """
    return (
        base is not None
        and ref is not None
        and _floor(base, _G_DAY) > _floor(ref, _G_DAY)
        and tense() == -1
    )


_GRAIN_RANK = {g: k for k, g in enumerate(Grain)}


def _start(c: _Cal) -> dt.datetime:
    return c.start


def _told_end(st: _State, told: dt.datetime) -> dt.datetime:
    """Where the period the text told last, which starts at ``told``, ends: the end of
    its year after ``en 2017``, of its month after ``en mars``, else the next day.

    >>> st = _state(dt.date(2024, 6, 5), "auto")
    >>> st.last_of_grain = {Grain.YEAR: (0, dt.datetime(2017, 1, 1))}
    >>> _told_end(st, dt.datetime(2017, 1, 1))
    datetime.datetime(2018, 1, 1, 0, 0)
    """
    grain = _G_DAY
    for g, seen in st.last_of_grain.items():
        if seen[1] == told and (grain is _G_DAY or _GRAIN_RANK[g] > _GRAIN_RANK[grain]):
            grain = g
    if grain in _MONTHS_LONG:
        return _shift_unit(told, grain, 1)
    return _floor(told, _G_DAY) + (7 if grain in (_G_WEEK, _G_WEEKEND) else 1) * _DAY


def _narrative_base(st: _State, unit: Grain) -> dt.datetime | None:
    """What a narrative period or shift in ``unit`` counts from: the start of the last value
    the text gave at that grain or a finer one (``l'année précédente`` after ``le dernier
    trimestre 2023`` is 2022, after ``en 2019`` 2018), else the narrative day.

    >>> st = _state(dt.date(2024, 6, 5), "auto")
    >>> st.last_of_grain = {Grain.YEAR: (0, dt.datetime(2027, 1, 1)),
    ...                     Grain.QUARTER: (1, dt.datetime(2023, 10, 1))}
    >>> _narrative_base(st, Grain.YEAR), _narrative_base(st, Grain.MONTH)
    (datetime.datetime(2023, 10, 1, 0, 0), datetime.datetime(2024, 6, 5, 0, 0))
    """
    rank = _GRAIN_RANK[unit]
    best: tuple[int, dt.datetime] | None = None
    for g, seen in st.last_of_grain.items():
        if _GRAIN_RANK[g] <= rank and (best is None or seen[0] > best[0]):
            best = seen
    return st.narr if best is None else best[1]


#: A reading whose date does not exist (``29 février`` resolved to 2013): no mention.
_INVALID = _Cal(Grain.DAY, dt.datetime(1, 1, 1))


def _with_time(c: _Cal, r: Reading, st: _State, tense: Tense) -> _Cal:
    if r.hour is not None:
        start = c.start.replace(hour=r.hour, minute=r.minute or 0, second=r.second or 0)
        if r.midnight or r.small_hours:
            # minuit ce jeudi soir: the end of Thursday; la nuit du 3 au 4 mars, vers 2 h: the 4th
            start += _DAY
        elif r.previous_part and r.hour >= 12:
            # « la nuit dernière, vers 23 h »: the evening that began the night, the day before
            start -= _DAY
        grain = (
            _G_SECOND if r.second is not None else _G_MINUTE if r.minute is not None else _G_HOUR
        )
        return _Cal(grain, start)
    if r.part is not None:
        a, _ = _pod_hours()[r.part]
        day = c.start
        if r.previous_part or (
            r.part == "NI"
            and r.rule == "part_of_day"
            and r.anchor is None  # not "cette nuit-là": the night of the day told
            and not r.has_date
            and r.month is None
            and tense() != 1
            and st.prefer != "future"
            # (« cette nuit », said on a day, is the night before it; « dans la nuit » on a
            # day the text tells, after « Lundi soir, … ; », is that day's)
            and (r.deictic or st.ref is None or _floor(day, _G_DAY) == _floor(st.ref, _G_DAY))
        ):
            day -= _DAY  # "cette nuit", "la nuit": the night that ended this morning
        return _Cal(_G_PART_OF_DAY, day.replace(hour=a), part=r.part)
    return c


_TIME_GRAINS = frozenset((Grain.SECOND, Grain.MINUTE, Grain.HOUR, Grain.PART_OF_DAY))
#: The types that have no calendar value (tested as a set: one hash, not two comparisons).
_DURATION_OR_SET = frozenset((TimexType.DURATION, TimexType.SET))


def _resolve(r: Reading, st: _State, tense: Tense) -> TemporalValue | None:
    try:
        return _resolve_unsafe(r, st, tense)
    except (ValueError, OverflowError):  # beyond what datetime can hold (year 0, 10000)
        return _unresolvable(r)


def _unresolvable(r: Reading) -> TemporalValue:
    """The value of a reading beyond what datetime can hold (year 0, 10000): unresolved."""
    return _value(r.type, _unresolved_timex(r), None, r.mod, None, None, None, None, False)


def _resolve_unsafe(r: Reading, st: _State, tense: Tense) -> TemporalValue | None:
    if r.type in _DURATION_OR_SET:
        g = r.duration.unit if r.duration else None
        return _value(r.type, r.timex or "", g, r.mod, None, None, r.duration, r.freq)
    if r.ref_value:
        return _value(r.type, r.ref_value, None, r.mod, None, None)
    if r.shift_vague:
        typ = r.type
        g = _finest(r.shift) if r.shift else None
        if r.rule == "ago":
            timex = "PAST_REF"
        elif r.rule == "in":
            timex = "FUTURE_REF"
        else:
            timex = "PAST_REF" if r.direction == -1 else "FUTURE_REF"
        if g in (_G_HOUR, _G_MINUTE, _G_SECOND) and r.rule == "later":
            typ = _T_TIME
        return _value(typ, timex, None, r.mod, None, None)
    # _date_cal, whose last step only a week_of reading needs
    c = _date_cal(r, st, tense) if r.week_of else _date_cal_inner(r, st, tense)
    if c is _INVALID:
        return None
    if c is None:
        return _value(r.type, _unresolved_timex(r), None, r.mod, None, None, None, None, False)
    if r.hour is not None or r.part is not None:
        c = _with_time(c, r, st, tense)
    # the value; c.timex and c.end read as their properties do, without the calls
    grain = c.grain
    cal_timex = "PRESENT_REF" if r.now else c._timex
    if cal_timex is None:
        cal_timex = c._timex = c._compute_timex()
    end = c._end
    if end is None:
        end = c._end = c._compute_end()
    v = _value(
        _T_TIME if grain in _TIME_GRAINS else r.type,
        cal_timex,
        grain,
        r.mod,
        c.start,
        end,
    )
    if r.range_end is not None:
        e = r.range_end
        if e.year is None and r.year is not None:
            e.year = r.year
        calendar = e.has_date or e.month is not None or e.year is not None
        if e.shift:  # "il y a deux ou trois ans": the other shift
            ec = _date_cal_inner(e, st, tense)
        else:
            ec = _date_cal(e, st, tense) if calendar else c
            if (
                ec is not None
                and ec is not _INVALID
                and ec is not c
                and ec.start <= c.start
                and e.year is None
                and e.month is not None
            ):
                # the start placed in another year (« du jeudi 3 au samedi 5 octobre »,
                # whose weekday chose 2024): the end is the next such day after it
                ec = _date_cal(evolve(e, year=c.start.year), st, tense)
        if ec is not None and ec is not _INVALID:
            ec = _with_time(ec, e, st, tense)
            if ec.start <= c.start and c.grain in (_G_MINUTE, _G_HOUR):
                ec = _Cal(ec.grain, ec.start + _DAY, ec.part, ec.end_override)
            if ec.start > c.start:
                # attrs.evolve(v, timex=…, end=…): v has no duration, freq or unresolved flag
                end = ec.end if ec.grain not in (_G_MINUTE, _G_HOUR, _G_SECOND) else ec.start
                v = _value(v.type, f"{c.timex}/{ec.timex}", v.grain, v.mod, v.start, end)
    return v


def resolve_one(
    r: Reading,
    reference: dt.date | dt.datetime | None,
    prefer: str = "auto",
    tense: int | None = None,
) -> TemporalValue | None:
    """Resolve a single reading (no narrative: the anchor is the reference).

    >>> from frnews.dates.reading import Reading
    >>> resolve_one(Reading(0, 7, "month", month=9), None).timex
    'XXXX-09'
    """
    st = _state(reference, prefer)
    return _resolve(r, st, lambda: tense)


def _state(reference: dt.date | dt.datetime | None, prefer: str) -> _State:
    if reference is None:
        return _State(None, False, prefer, None)
    if isinstance(reference, dt.datetime):
        ref = reference.replace(tzinfo=None)
        has_time = (ref.hour, ref.minute, ref.second) != (0, 0, 0)
    else:
        ref = dt.datetime(reference.year, reference.month, reference.day)
        has_time = False
    day = dt.datetime(ref.year, ref.month, ref.day) if has_time or ref.microsecond else ref
    return _State(ref, has_time, prefer, ref, day=day, narr_timed=has_time)


class _ClauseTense:
    """The tense of the clause of an expression (:func:`tense_at`), computed on first call;
    one for all the expressions that :meth:`Resolution.feed` resolves one after the other:
    :meth:`at` moves it to the next (a call of :func:`_resolve` only reads the tense of its
    own expression). The starts and ends of the expressions (``readings``), which
    :func:`tense_at` reads, are listed on the first tense computed (most windows need none).
    """

    __slots__ = (
        "end",
        "ends",
        "known",
        "low",
        "original",
        "readings",
        "safe_at",
        "start",
        "starts",
        "value",
    )

    def __init__(
        self,
        low: str,
        original: str | Callable[[int], str],
        readings: Sequence[Reading],
        safe_at: Callable[[int, int], bool],
    ) -> None:
        self.low = low
        self.original = original
        self.readings = readings
        self.starts: list[int] | None = None
        self.ends: list[int] = []
        self.safe_at = safe_at
        self.start = self.end = 0
        self.known = False
        self.value: int | None = None

    def at(self, start: int, end: int) -> Tense:
        """The tense of the expression at ``[start, end)`` (this object's bound
        :meth:`__call__`, cheaper to call than the object)."""
        self.start = start
        self.end = end
        self.known = False
        return self.__call__

    def __call__(self) -> int | None:
        if not self.known:
            self.value = self._tense(None)
            self.known = True
        return self.value

    def imperfect(self) -> bool:
        """Whether the cue that gives the expression its tense is an ending of the
        imperfect (« il travaillait le samedi »), not an auxiliary or another tense (read
        again, for the few expressions that ask: the tense alone is kept)."""
        kinds: list[str | None] = []
        self._tense(kinds)
        return kinds == ["past"]

    def _tense(self, kinds: list[str | None] | None) -> int | None:
        """:func:`tense_at` of the expression (``kinds`` as there), the starts and ends of
        the expressions listed on the first call."""
        starts = self.starts
        if starts is None:
            readings = self.readings
            starts = self.starts = [r.start for r in readings]
            self.ends = [r.end for r in readings]
        return tense_at(
            self.low,
            self.original,
            self.start,
            self.end,
            (),
            starts,
            self.ends,
            self.safe_at,
            kinds,
        )


def _make_habit(r: Reading) -> None:
    """Turn a weekday read with the article of a habit (``le mardi``, ``le mardi soir``,
    ``le mardi à 14 h``) into a recurrence, every week, in a clause with no tense.

    >>> from frnews.dates.reading import Reading
    >>> r = Reading(0, 8, "weekday", weekday=2, part="EV")
    >>> _make_habit(r)
    >>> r.type.value, r.timex
    ('SET', 'XXXX-WXX-2TEV')

    Hours from one time to another are the two times of the recurrence:

    >>> r = Reading(0, 8, "weekday", weekday=6, hour=8)
    >>> r.range_end = Reading(12, 16, "clock", hour=13)
    >>> _make_habit(r)
    >>> r.timex
    'XXXX-WXX-6T08:00/XXXX-WXX-6T13:00'
    """
    t = ""
    if r.hour is not None:
        t = f"T{r.hour:02d}:{r.minute or 0:02d}"
        e = r.range_end
        if e is not None and e.hour is not None:  # "le samedi de 8 h à 13 h": its hours
            t += f"/XXXX-WXX-{r.weekday}T{e.hour:02d}:{e.minute or 0:02d}"
    elif r.part is not None:
        t = f"T{r.part}"
    r.type = TimexType.SET
    r.timex = f"XXXX-WXX-{r.weekday}{t}"
    r.duration = Duration(1, Grain.WEEK)
    r.range_end = None


def _needs_tense(r: Reading) -> bool:
    """Only an expression without a year, placed by tense, needs the clause's tense."""
    if r.year is not None or r.type in _DURATION_OR_SET or r.ref_value:
        return False
    return (
        r.month is not None
        or r.weekday is not None
        or r.season is not None
        or r.holiday is not None
        or r.part == "NI"
        or r.midnight
        or r.rel_unit is _G_WEEKEND
        or r.quarter is not None
        or r.half is not None
        or r.hour is not None  # a time of a day to come cannot hold a past event
        or r.part is not None
    )


#: How far (in characters) a bare clock time still belongs to the day the text named
#: before it; further on, it is the publication day. (A part of the day, "dans la
#: matinée", belongs to the last day the text named, however far.)
_NARRATIVE_REACH = 400

#: Between a day told by the narrative (« le même jour ») and a date in apposition to it.
_APPOSED_DAY_GAP = re.compile(r"[ \t]*,[ \t]*(?:soit[ \t]+)?(?:le[ \t]+)?")

#: How far (in characters) a day number alone ("le 14") still takes the month named before.
_MONTH_CONTEXT_REACH = 300

#: The grains of a value that sets the narrative day (a set: one hash, not five comparisons).
_ESTABLISHES = frozenset((Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE, Grain.SECOND))
_DATE_OR_TIME = frozenset((TimexType.DATE, TimexType.TIME))
#: The grains of a month or a year written without a day (:attr:`_State.coarse`).
_COARSE = frozenset((Grain.MONTH, Grain.YEAR))


def resolve_all(
    readings: Sequence[Reading],
    low: str,
    original_for_tense: str | Callable[[int], str],
    reference: dt.date | dt.datetime | None,
    prefer: str = "auto",
) -> list[TemporalValue | None]:
    """Resolve readings in text order, keeping the narrative anchor up to date.

    ``low`` is the folded lower-case text the readings index; ``original_for_tense`` gives
    the original character at a folded offset (a string with the same offsets, or a
    function), used to tell ``a`` from ``à``.

    >>> from frnews.dates.rules import Context, scan
    >>> import datetime as dt
    >>> ctx = Context.of("Il est arrivé jeudi matin, après être parti la veille.")
    >>> [v.timex for v in resolve_all(scan(ctx), ctx.low, ctx.low, dt.date(2023, 10, 19))]
    ['2023-10-19TMO', '2023-10-18']
    """
    res = Resolution(low, original_for_tense, reference, prefer)
    out = res.feed(readings)
    res.finish()
    return out


class Resolution:
    """:func:`resolve_all` for a text read in windows: the readings of each window (in
    text order, windows cut between lines) are given to :meth:`feed` one window after the
    other, and the narrative state goes on from one window to the next.

    A reading anchored on the next expression (``au lendemain de …``) gets its value
    when that expression is resolved, possibly in a later window: :attr:`pending` says
    whether a list returned by :meth:`feed` may still change; :meth:`finish` resolves what
    is left at the end of the text.

    >>> from frnews.dates.rules import Context, scan
    >>> import datetime as dt
    >>> ctx = Context.of("Il est arrivé jeudi matin.\\nIl était parti la veille.")
    >>> res = Resolution(ctx.low, ctx.low, dt.date(2023, 10, 19))
    >>> first, second = scan(ctx)
    >>> [v.timex for v in res.feed([first]) + res.feed([second])]
    ['2023-10-19TMO', '2023-10-18']
    """

    def __init__(
        self,
        low: str,
        original_for_tense: str | Callable[[int], str],
        reference: dt.date | dt.datetime | None,
        prefer: str = "auto",
    ) -> None:
        self.low = low
        self.original_for_tense = original_for_tense
        self.prefer = prefer
        self.st = _state(reference, prefer)
        #: (end, month, year) of the last month named
        self.context_month: tuple[int, int, int | None] | None = None
        #: (end, year, month or 0) of the last expression that wrote its year, before the
        #: reference's year (a story told in the past: « Le 3 mars 2019, … »)
        self.context_year: tuple[int, int, int] | None = None
        #: readings waiting for the next value: (the list their value goes to, index, reading)
        self.pending: list[tuple[list[TemporalValue | None], int, Reading]] = []
        #: the rank in the text of the next reading
        self.rank = 0
        #: which windows of the text the stdlib patterns of the tense can read (the bound
        #: method: a call of it is cheaper than one of the object)
        self.safe_at = _SafeStretch(low).__call__

    def feed(self, readings: Sequence[Reading]) -> list[TemporalValue | None]:
        """Resolve the next readings of the text; their values, in the same order.

        >>> from frnews.dates.rules import Context, scan
        >>> ctx = Context.of("en 2023")
        >>> Resolution(ctx.low, ctx.low, None).feed(scan(ctx))[0].timex
        '2023'
        """
        st = self.st
        low = self.low
        original_for_tense = self.original_for_tense
        prefer = self.prefer
        clause = _ClauseTense(low, original_for_tense, readings, self.safe_at)
        out: list[TemporalValue | None] = [None] * len(readings)
        pending = self.pending
        context_month = self.context_month
        context_year = self.context_year
        counted_year: tuple[int, int, int] | None = None  # a year counted back, as its sentence's
        base = self.rank
        auto = prefer == "auto"
        for i, r in enumerate(readings):
            written_year = r.year is not None
            if r.month_from_context and r.month is None:
                if context_month is None or r.start - context_month[0] > _MONTH_CONTEXT_REACH:
                    continue  # "le 14" with no month named before: not a date
                _, r.month, r.year = context_month
                if r.range_end is not None:
                    r.range_end.month, r.range_end.year = r.month, r.year
            if r.deictic:
                quote_open = low.rfind("\u00ab", max(0, r.start - 600), r.start)
                quote_close = low.rfind("\u00bb", max(0, r.start - 600), r.start)
                r.in_quote = quote_open > quote_close
            tense: Tense = _no_tense
            if auto and _needs_tense(r):
                tense = clause.at(r.start, r.end)
                if r.habitual and (
                    tense() is None or (tense() == -1 and clause.imperfect())
                ):  # "le musée est fermé le mardi", "il travaillait le samedi"
                    _make_habit(r)
                    article = low.rfind("le", max(0, r.start - 6), r.start)  # in the extent
                    if (
                        article >= 0
                        and (i == 0 or readings[i - 1].end <= article)
                        and (article == 0 or not low[article - 1].isalnum())  # not "accueille"
                        and low[article + 2 : article + 3] in (" ", "\t", "\u00a0")
                    ):
                        r.start = article
                story = context_year
                if story is None or not _in_the_story(r, story, low, tense):
                    story = counted_year  # (the reach first: the search stays short)
                    if story is not None and not (
                        _in_the_story(r, story, low, tense)
                        and _SENTENCE_END.search(low, story[0], r.start) is None
                    ):
                        story = None
                if story is not None:
                    # "Le 3 mars 2019, il est arrivé. Le 10 mars, il repartait": 2019
                    first = r.month or _first_month(r)
                    told = story[1] + (story[2] - first > 6)
                    if r.day is None or r.month is None or _valid_day(told, r.month, r.day):
                        r.year = told  # (not « il n'y a pas eu de 29 février » in 2023)
                        r.rel_unit = r.anchor = None  # a quarter's "this year": the story's
            if (
                r.anchor == "narr"
                and r.day_shift == 0
                and i + 1 < len(readings)
                and (readings[i + 1].day is not None or readings[i + 1].holiday is not None)
                and _APPOSED_DAY_GAP.fullmatch(low, r.end, readings[i + 1].start) is not None
            ):
                r.link_next = True  # « le même jour, le 9 juin »: the day after it
            if r.link_next:
                pending.append((out, i, r))
                continue
            pair = None
            if r.range_start and i + 1 < len(readings) and r.type is not _T_SET:
                pair = readings[i + 1]
                if pair.year is None and pair.month is not None and r.year is None:
                    _place_range_start(r, pair, st, tense)  # (not in a story's year: below)
                elif pair.month is None and r.weekday is not None and pair.weekday is not None:
                    _place_weekday_range_start(r, pair, st, tense)
            day_told = st.part_day
            st.part_day_here = None
            if (
                day_told is not None
                and r.part is not None
                and r.weekday is None
                and r.day is None
                and 0 <= r.start - day_told[0] <= _PART_DAY_REACH
                and _CLAUSE_END.search(low, day_told[0], r.start) is None
            ):
                st.part_day_here = day_told[1]
            try:  # _resolve, without its call
                v = _resolve_unsafe(r, st, tense)
            except (ValueError, OverflowError):
                v = _unresolvable(r)
            out[i] = v
            if pair is not None and pair.year is None and v is not None and v.start is not None:
                # the other end: the first of its days on or after this one
                if pair.month is None and pair.weekday is not None:  # the next such weekday
                    _on_day(pair, _weekday_from(v.start, pair.weekday, 1))
                else:
                    pair.year = v.start.year + (not _in_year_order(r, pair))
            if v is None:
                continue
            if r.month is not None and r.rel_unit is None:
                year = v.start.year if v.start is not None else r.year
                context_month = (r.end, r.month, year)
            if written_year and r.year is not None and st.ref is not None:
                if r.year < st.ref.year and r.rel_unit is None and r.decade is None:
                    context_year = (r.end, r.year, r.month or _range_month(r))
                else:
                    context_year = None
            elif (
                st.ref is not None
                and (counted := _counted_story_year(r, v, st.ref.year)) is not None
                and _opens_its_sentence(low, r.start)
            ):
                # « L'an dernier, la fête a eu lieu le 2 mai »: the year of its sentence
                counted_year = counted
            elif r.rel_unit is _G_YEAR and r.rel_offset is not None and r.rel_offset >= 0:
                counted_year = None  # « …, mais cette année, la neige est tombée le 2 »
            if pending:
                for values, j, waiting in pending:
                    if r.start - waiting.end <= _LINK_REACH:
                        values[j] = _resolve_linked(waiting, v, st)
                    else:  # "à la veille des élections, …": the next date is not the anchor
                        values[j] = _unlinked(waiting, st)
                pending.clear()
            start = v.start
            if start is not None and "/" not in v.timex:  # a resolved value, not a range
                grain = v.grain
                if grain in _COARSE and r.day is None and (r.month or r.year):
                    st.coarse = (r.end, grain, start)
                if grain in _ESTABLISHES and v.type in _DATE_OR_TIME:
                    st.narr = start
                    st.narr_at = r.end
                    st.narr_timed = grain is not _G_DAY
                    st.narr_placed = not written_year
                    if v.type is _T_DATE and grain is _G_DAY:
                        st.narr_day = start
                        st.narr_day_placed = not written_year
                    elif (
                        v.type is _T_TIME
                        and r.rule != "night_of"
                        and (r.weekday is not None or r.day is not None or r.day_shift is not None)
                    ):  # « Samedi matin, … ; l'après-midi, … »: that day, in its sentence
                        st.part_day = (r.end, _floor(start, _G_DAY))
                if grain is not None:
                    st.last_of_grain[grain] = (base + i, start)
                if (
                    r.weekday is not None
                    and v.type in _DATE_OR_TIME
                    and start.isoweekday() == r.weekday  # not « samedi 8 juin » of 2022
                ):
                    st.weekday_days[r.weekday] = _floor(start, _G_DAY)
        self.context_month = context_month
        self.context_year = context_year
        self.rank = base + len(readings)
        return out

    def finish(self) -> None:
        """Resolve the readings still waiting for a next expression (the text ended).

        >>> Resolution("", "", None).finish()
        """
        for values, j, waiting in self.pending:
            values[j] = _unlinked(waiting, self.st)
        self.pending.clear()


def _place_range_start(a: Reading, b: Reading, st: _State, tense: Tense) -> None:
    """``de janvier à mai``, ``entre avril et juin``: the two ends of a range without a year
    are placed together, in order. In the past, the second end is placed (by its tense) and
    the first is the last of its days on or before it; otherwise the first is placed and
    the second follows it (:meth:`Resolution.feed`): ``a`` gets its year here in the past.
    Both ends are in one clause: ``tense`` is that of ``a``.

    >>> import datetime as dt
    >>> from frnews.dates.rules import Context, scan
    >>> from frnews.dates.refine import refine
    >>> ctx = Context.of("Entre avril et juin, les ventes ont chuté.")
    >>> res = Resolution(ctx.low, ctx.low, dt.date(2023, 3, 15))
    >>> [v.timex for v in res.feed(refine(scan(ctx), ctx))]
    ['2022-04', '2022-06']
    """
    end = _past_end(b, st, tense)
    if end is None:
        return
    a.year = end.year - (not _in_year_order(a, b))
    b.year = end.year


def _past_end(b: Reading, st: _State, tense: Tense) -> dt.datetime | None:
    """Where the second end ``b`` of a range falls, placed by ``tense``, when that tense is
    a past (the first end is then placed before it); None otherwise."""
    if not _is_past(st, tense):
        return None
    try:
        vb = _resolve_unsafe(b, st, tense)
    except (ValueError, OverflowError):
        return None
    return None if vb is None else vb.start


def _place_weekday_range_start(a: Reading, b: Reading, st: _State, tense: Tense) -> None:
    """``du lundi au vendredi``, ``de mercredi à vendredi``: the two ends of a range of
    weekdays are placed together, in order, as those of a range of months are
    (:func:`_place_range_start`). In the past, the second end is placed by its tense and
    the first is the last of its weekday before it; otherwise the first is placed and the
    second is the next of its weekday after it (:meth:`Resolution.feed`). ``a`` said to
    be ``dernier`` or ``prochain`` places itself.

    >>> import datetime as dt
    >>> from frnews.dates.rules import Context, scan
    >>> from frnews.dates.refine import refine
    >>> ctx = Context.of("De mercredi à vendredi, il a plu.")
    >>> res = Resolution(ctx.low, ctx.low, dt.date(2023, 10, 19))  # a Thursday
    >>> [v.timex for v in res.feed(refine(scan(ctx), ctx))]
    ['2023-10-11', '2023-10-13']
    """
    if a.direction is not None or a.weekday is None:
        return
    day = _past_end(b, st, tense)
    if day is None:
        return
    _on_day(b, day)
    _on_day(a, _weekday_from(day, a.weekday, -1))


def _weekday_from(day: dt.datetime, weekday: int, direction: int) -> dt.datetime:
    """The next (``direction`` 1) or the last (-1) day after or before ``day`` that is a
    ``weekday`` (ISO, Monday 1): a week away when ``day`` is one.

    >>> d = dt.datetime(2023, 10, 19)  # a Thursday
    >>> [_weekday_from(d, w, s).day for w, s in ((5, 1), (3, -1), (4, 1), (4, -1))]
    [20, 18, 26, 12]
    """
    gap = (weekday - day.isoweekday()) * direction % 7 or 7
    return day + gap * direction * _DAY


def _on_day(r: Reading, day: dt.datetime) -> None:
    """Give the weekday ``r`` the date of ``day`` (which falls on it)."""
    r.day, r.month, r.year = day.day, day.month, day.year


def _in_year_order(a: Reading, b: Reading) -> bool:
    """Whether the days of ``a`` come before (or with) those of ``b`` within one year: the
    two ends of ``de janvier à mai`` are in one year, those of ``du 20 décembre au 5
    janvier`` in two (a month alone is all its days).

    >>> _in_year_order(Reading(0, 1, "month", month=1), Reading(0, 1, "month", month=5))
    True
    >>> _in_year_order(Reading(0, 1, "day_month", month=12, day=20),
    ...                Reading(0, 1, "day_month", month=1, day=5))
    False
    """
    return (a.month or 0, a.day or 0) <= (b.month or 0, b.day or 32)


#: How far (in characters) a month or a day without its year takes the year a story in the
#: past wrote before it, in the same paragraph (:func:`_in_the_story`).
_YEAR_CONTEXT_REACH = 300


def _range_month(r: Reading) -> int:
    """The month a story's year stands at, for the months written after it without theirs
    (:func:`_in_the_story`): 0 for a year, 13 for a season or fiscal year over two years
    (« l'exercice 2022-2023 », « la saison 2019-2020 »), whose months from July on are in
    its first year and the others in its second.

    >>> end = Reading(0, 9, "year_range", year=2023)
    >>> _range_month(Reading(0, 9, "year_range", year=2022, range_end=end))
    13
    """
    e = r.range_end
    if r.month is None and e is not None and e.year == (r.year or 0) + 1 and e.month is None:
        return 13
    return 0


def _first_month(r: Reading) -> int:
    """The first month of a quarter or a half-year (1 for neither).

    >>> _first_month(Reading(0, 18, "quarter", quarter=3)), _first_month(Reading(0, 5, "x"))
    (7, 1)
    """
    if r.quarter is not None:
        return 3 * r.quarter - 2
    return 6 * r.half - 5 if r.half is not None else 1


#: The end of a sentence (a year counted back is the story's in its own sentence only).
_SENTENCE_END = re.compile(r"[.!?;\n]")
#: What ends the sentence of a day told with its part (« Samedi matin, … ; l'après-midi,
#: … » is one sentence), and how far after it a part of the day is still on that day.
_CLAUSE_END = re.compile(r"[.!?\n]")
_PART_DAY_REACH = 160
#: What may stand before a sentence's first word.
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?;:\n\u00ab\u2014\u2013-])[ \t\u00a0\u00bb\"]*$")


def _opens_its_sentence(low: str, start: int) -> bool:
    """Whether the expression at ``start`` opens its sentence (« L'an dernier, … »), not a
    complement (« comme l'an dernier », « le bilan de l'an dernier »).

    >>> _opens_its_sentence("il a plu. l'an dernier, il a neige", 10)
    True
    >>> _opens_its_sentence("comme l'an dernier, il a neige", 6)
    False
    """
    return _SENTENCE_OPEN.search(low, max(0, start - 8), start) is not None


def _counted_story_year(r: Reading, v: TemporalValue, ref_year: int) -> tuple[int, int, int] | None:
    """When ``r`` counts back from the publication date to an earlier year (``l'an
    dernier``, ``l'année passée``, ``il y a deux ans``, ``il y a un an jour pour jour``),
    resolved to ``v``: the story's year it sets, as a year written before the dates after
    it (``(end, year, month)``, the month 0 for a year; see :func:`_in_the_story`); else
    None.

    >>> import datetime as dt
    >>> r = Reading(0, 12, "relative_unit", rel_unit=Grain.YEAR, rel_offset=-1, anchor="ref")
    >>> _counted_story_year(r, resolve_one(r, dt.datetime(2024, 3, 14)), 2024)
    (12, 2023, 0)
    """
    if not (
        (r.rule == "relative_unit" and r.rel_offset is not None and r.rel_offset < 0)
        or r.rule == "ago"
    ):
        return None
    start = v.start
    if (
        r.anchor != "ref"
        or r.quarter is not None
        or r.half is not None
        or start is None
        or start.year >= ref_year
        or "/" in v.timex
        or v.grain not in _COUNTED_GRAINS
    ):
        return None
    return r.end, start.year, 0 if v.grain is _G_YEAR else start.month


#: The grains of a counted past value that set the story's year.
_COUNTED_GRAINS = frozenset((Grain.YEAR, Grain.MONTH, Grain.DAY))


def _in_the_story(r: Reading, context_year: tuple[int, int, int], low: str, tense: Tense) -> bool:
    """Whether ``r`` (a month or a day without its year, or a quarter or a half of this
    year) continues the story that wrote ``context_year`` (end, year, month) before it:
    in the same paragraph, close, not said to be ``dernier``/``prochain``, a holiday or a
    weekday, and not in the future.

    >>> import datetime as dt
    >>> low = "le 3 mars 2019, il est arrive. le 10 mars, il repartait."
    >>> r = Reading(34, 41, "day_month", month=3, day=10)
    >>> _in_the_story(r, (14, 2019, 3), low, lambda: -1)
    True
    >>> _in_the_story(r, (14, 2019, 3), low, lambda: 1)
    False
    """
    end = context_year[0]
    return (
        (
            (r.month is not None and r.rel_unit is None)
            or (  # "au premier semestre", this year's: the story's year
                (r.quarter is not None or r.half is not None)
                and r.rel_unit is _G_YEAR
                and r.rel_offset == 0
            )
        )
        and r.year is None
        and r.year_offset is None
        and r.direction is None
        and r.holiday is None
        and r.weekday is None
        and not r.month_from_context
        and 0 <= r.start - end <= _YEAR_CONTEXT_REACH
        and "\n" not in low[end : r.start]
        and tense() != 1
    )


#: How far (in characters) the expression that anchors ``au lendemain de …`` may start
#: after it (``au lendemain de l'indépendance du pays en 1960``).
_LINK_REACH = 60


def _unlinked(r: Reading, st: _State) -> TemporalValue | None:
    """``à la veille des élections``, with no date of the event after it: the day before (or
    after) the day the text is telling, if it told one; else an unresolved day (the
    publication date is not the event's).

    >>> import datetime as dt
    >>> r = Reading(0, 9, "deictic", day_shift=-1, anchor="narr", link_next=True)
    >>> _unlinked(r, _state(dt.date(2023, 10, 19), "auto")).timex
    'XXXX-XX-XX'
    >>> r.part, r.type = "EV", TimexType.TIME
    >>> _unlinked(r, _state(dt.date(2023, 10, 19), "auto")).timex
    'XXXX-XX-XXTEV'
    """
    if st.narr_at >= 0:
        return _resolve(r, st, _no_tense)
    return _unresolvable(r)  # with its part of the day: "la veille au soir" is XXXX-XX-XXTEV


def _resolve_linked(r: Reading, anchor: TemporalValue, st: _State) -> TemporalValue | None:
    """``au lendemain de l'indépendance en 1960``: the day after a day, or the year."""
    if anchor.start is None or anchor.grain is None:
        return _unlinked(r, st)  # a duration, an unresolved value: no day to count from
    if anchor.grain in _ESTABLISHES:
        sub = _State(
            st.ref,
            st.ref_has_time,
            st.prefer,
            anchor.start,
            day=st.day,
            narr_at=r.start,  # a day told: the anchor's, right there
            narr_timed=anchor.grain is not _G_DAY,
        )
        return _resolve(r, sub, _no_tense)
    return TemporalValue(
        r.type, anchor.timex, anchor.grain, start=anchor.start, end=anchor.end, mod=r.mod
    )
