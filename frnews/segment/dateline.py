"""Datelines: the place (and agency, date) that opens a news story.

Named rules, tried in this order on the start of the first body unit:

``paren-place``
    La Presse, Le Soleil: ``(Pyongyang) Le dirigeant…``, ``(Québec) …``
``wire``
    AFP, Reuters, AP: ``PYONGYANG, 19 oct 2023 (AFP) - …``, ``Paris (AFP) – …``,
    ``MOSCOU, 19 octobre (Reuters) - …``
``dash-place``
    La Presse Canadienne, Le Devoir: ``MONTRÉAL — …``, ``Québec — …``; the regional
    press: ``ROUEN (Seine-Maritime) – …``; Le Journal de Montréal, TVA Nouvelles:
    ``MONTRÉAL | …`` (a place in capitals before a bar)
``place-post``
    Le Monde: ``Kiev, envoyé spécial. …``, ``Jérusalem, correspondance. …``,
    ``Bruxelles, bureau européen. …``, ``Kherson (Ukraine), envoyées spéciales. …``
``correspondent``
    ``De notre correspondant à Moscou, …``, ``Envoyé spécial à Kyiv``

Patterns run on the folded text: ``cased`` keeps the case, ``lower`` is lower-cased; both
have the same offsets (see :mod:`frnews.text`).

>>> t = "PYONGYANG, 19 oct 2023 (AFP) - Le dirigeant"
>>> m = match_dateline(t.lower(), t)
>>> m.rule, t[m.start:m.end], t[m.place[0]:m.place[1]], m.agency, m.date
('wire', 'PYONGYANG, 19 oct 2023 (AFP)', 'PYONGYANG', 'AFP', datetime.date(2023, 10, 19))
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs
import regex

from frnews.lexicons import alternation, load_table
from frnews.segment.furniture import agency_pattern
from frnews.text import fold

__all__ = ["RULES", "DatelineMatch", "match_dateline"]

#: The order in which dateline rules are tried.
RULES = ("paren-place", "wire", "dash-place", "place-post", "correspondent")


@attrs.frozen
class DatelineMatch:
    """A dateline found at the start of a unit (offsets relative to the unit).

    >>> DatelineMatch("paren-place", 0, 11, 12, (1, 10), None, None).body_start
    12
    """

    #: The rule that matched.
    rule: str
    #: Start of the dateline text.
    start: int
    #: End of the dateline text (the separator that follows is not part of it).
    end: int
    #: Where the story text starts after the separator.
    body_start: int
    #: The span of the place name.
    place: tuple[int, int] | None
    #: The agency (canonical name).
    agency: str | None
    #: The date, when the dateline gives one and its year is known.
    date: dt.date | None


_TOK = r"\p{Lu}[\p{L}\p{M}']*+"
_PARTICLE = r"(?:sur|sous|les|la|le|de|du|des|en|et|aux|au|lez|l'|d')"
#: A hyphenated compound: ``Saint-Jean-sur-Richelieu``; an elided particle joins the next
#: word (``Val-d'Or``, ``Saint-Jean-d'Iberville``).
_HYPH = rf"{_TOK}(?:-(?:{_TOK}|[dl]'{_TOK}|{_PARTICLE}))*+"
_PLACE_BODY = rf"{_HYPH}(?:\s(?:{_PARTICLE}\s)?+{_HYPH}){{0,3}}+"
_PLACE = rf"(?P<place>{_PLACE_BODY})"
#: A region or country after the place: ``(Pyongyang, Corée du Nord)``, ``BEYROUTH, Liban``.
_REGION = rf"(?:{_HYPH}(?:\s(?:{_PARTICLE}\s)?+{_HYPH}){{0,3}}+)"


@functools.cache
def _months() -> tuple[str, dict[str, int]]:
    forms = {fold(e.form).text: int(e.value) for e in load_table("months")}
    return alternation(forms), forms


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    months, _ = _months()
    date = (
        rf"(?P<date>(?:le\s++)?(?P<day>\d{{1,2}})(?:er)?\s++(?P<month>(?i:{months}))"
        rf"(?:\s++(?P<year>\d{{4}}))?+)"
    )
    sep = r"\s*+[-:]\s*+"
    start_of_story = r"(?=[\p{Lu}«\"\d(])"
    return {
        "paren-place": regex.compile(
            rf"\(\s*+{_PLACE}(?:\s*+,\s*+{_REGION})?+\s*+\)"
            rf"(?P<sep>\s*+(?:-\s*+)?+){start_of_story}"
        ),
        "wire": regex.compile(
            rf"{_PLACE}(?:\s*+\([^()\n]{{1,30}}+\))?(?:\s*+,\s*+(?!\d|le\s){_REGION})?+"
            rf"(?:\s*+,\s*+{date})?+\s*+"
            rf"(?:\(\s*+(?P<agency>[^()\n]{{1,30}}+)\)|/(?P<agency>[^/\n]{{1,20}}+)/)"
            rf"(?P<sep>{sep}|\s++{start_of_story}|$)"
        ),
        "dash-place": regex.compile(
            rf"{_PLACE}(?P<region>\s*+\(\s*+{_REGION}\s*+\))?+(?:\s*+,\s*+{date})?+"
            rf"(?P<sep>\s*+[-|]\s++){start_of_story}"
        ),
        "place-post": regex.compile(
            rf"{_PLACE}(?P<region>\s*+\(\s*+{_REGION}\s*+\))?+\s*+,\s*+"
            r"(?P<post>(?i:(?:envoyees|envoyee|envoyes|envoye)\s++"
            r"(?:speciales|speciale|speciaux|special)"
            r"|correspondantes|correspondante|correspondants|correspondant|correspondance"
            r"|bureau\s++(?:europeen|regional|de\s++[\p{L}-]++)))"
            rf"(?P<sep>\s*+[.:]\s*+){start_of_story}"
        ),
        "correspondent": regex.compile(
            r"(?i:(?:de\s++(?:notre|nos|votre|leur)\s++)?+"
            r"(?:envoye|envoyee|envoyes|envoyees|correspondant|correspondante|correspondants|"
            r"correspondantes|bureau|correspondance)"
            # each form before the shorter one it starts with: the group is atomic
            r"(?:\s++(?:speciales|speciale|special|speciaux|permanentes|permanente|permanents|"
            r"permanent|particuliere|particulier|regionale|regional))?+"
            r"\s++(?:a|au|aux|en|dans|pres\s++de)\s++)"
        ),
        "place": regex.compile(_PLACE),
        "correspondent-sep": regex.compile(r"\s*+[,.:\-]?+\s*+"),
    }


def _resolve_date(m: regex.Match[str], lower: str, reference: dt.date | None) -> dt.date | None:
    if m.group("date") is None:
        return None
    _, months = _months()
    month = months.get(lower[m.start("month") : m.end("month")])
    if month is None:
        return None
    year = int(m.group("year")) if m.group("year") else (reference.year if reference else None)
    if year is None:
        return None
    try:
        return dt.date(year, month, int(m.group("day")))
    except ValueError:
        return None


def _is_upper_place(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


#: The rules whose patterns read a date (``MOSCOU, 19 octobre (Reuters)``).
_DATED_RULES = frozenset(("wire", "dash-place"))
#: First words that never open a place name in a dateline.
_NOT_PLACES = frozenset(
    {
        *("mais", "et", "ou", "donc", "or", "ni", "car", "selon", "pour", "apres", "avant"),
        *("hier", "aujourd'hui", "demain", "lundi", "mardi", "mercredi", "jeudi"),
        *("vendredi", "samedi", "dimanche", "le", "la", "les", "un", "une", "des", "ce"),
        *("cette", "il", "elle", "ils", "elles", "nous", "vous", "on", "m.", "mme", "dr"),
        *("photo", "video", "exclusif", "info", "alerte", "urgent", "flash"),
        # the labels of a section (Le Figaro's « ENTRETIEN – … », « TÉMOIGNAGES – … »)
        *("enquete", "entretien", "interview", "recit", "temoignage", "temoignages"),
        *("analyse", "decryptage", "reportage", "tribune", "edito", "editorial"),
        *("portrait", "chronique", "opinion", "direct", "verbatim", "reaction", "reactions"),
        *("document", "revelations", "focus", "zoom", "infographie", "podcast", "critique"),
    }
)
#: After « PLACE - », another name in capitals, then at most two words and a colon: a title
#: (« PSG - OM : Mbappé offre … »), not a dateline's story (« PARIS - Verdict : … »).
_TITLE_COLON = regex.compile(r"\p{Lu}{2,}+(?:\s++[^\s:]++){0,2}+[\s\u00a0\u202f]*+:")
#: What ends a story's sentence, not a title (« PARIS - CAC 40 : la Bourse recule, a
#: indiqué Euronext. » is a dateline's story).
_STOPS = (".", "!", "?", "»", "…")
#: Articles open place names (Le Caire, La Havane) when an agency or parentheses confirm it.
_ARTICLES = frozenset({"le", "la", "les"})


def match_dateline(
    lower: str, cased: str, reference: dt.date | None = None, *, raw: str | None = None
) -> DatelineMatch | None:
    """Match a dateline at the start of a unit, or return None.

    ``lower`` and ``cased`` are the folded unit (see :mod:`frnews.text`); ``reference``
    gives the year of a dateline date written without one; ``raw``, the unit as written,
    tells an em dash from a hyphen (``Québec — …`` is a dateline, ``Québec - …`` is not).

    >>> t = "(Pyongyang) Le dirigeant nord-coreen"
    >>> m = match_dateline(t.lower(), t)
    >>> m.rule, t[m.start:m.end], t[m.place[0]:m.place[1]], t[m.body_start:m.body_start + 2]
    ('paren-place', '(Pyongyang)', 'Pyongyang', 'Le')
    >>> t = "MONTREAL - Le premier ministre"
    >>> match_dateline(t.lower(), t).rule
    'dash-place'
    >>> t = "MONTREAL | La ministre"
    >>> match_dateline(t.lower(), t).rule
    'dash-place'
    >>> t = "ROUEN (Seine-Maritime) - Un incendie"
    >>> m = match_dateline(t.lower(), t)
    >>> t[m.start:m.end], t[m.place[0]:m.place[1]]
    ('ROUEN (Seine-Maritime)', 'ROUEN')
    >>> t = "Quebec - Le premier ministre"
    >>> match_dateline(t.lower(), t, raw="Québec — Le premier ministre").rule
    'dash-place'
    >>> t = "De notre correspondant a Moscou, Jean Dupont"
    >>> m = match_dateline(t.lower(), t)
    >>> t[m.start:m.end], t[m.place[0]:m.place[1]]
    ('De notre correspondant a Moscou', 'Moscou')
    >>> t = "Mais - disait-il - ce n'est pas fini."
    >>> match_dateline(t.lower(), t) is None
    True
    >>> t = "PSG - OM : Mbappe offre la victoire a Paris"
    >>> match_dateline(t.lower(), t) is None
    True
    """
    pats = _patterns()
    for rule in RULES:
        subject = lower if rule == "correspondent" else cased
        m = pats[rule].match(subject)
        if m is None:
            continue
        if rule == "correspondent":
            # the lead is case-insensitive, the place must be capitalized
            p = pats["place"].match(cased, m.end())
            if p is None:
                continue
            end = _trim_place(lower, p.start(), p.end())
            sep = pats["correspondent-sep"].match(cased, end)
            body = sep.end() if sep else end
            return DatelineMatch(rule, 0, end, body, (p.start(), end), None, None)
        place = m.span("place")
        place_text = lower[place[0] : place[1]]
        first = place_text.split()[0]
        if first in _NOT_PLACES and not (rule != "dash-place" and first in _ARTICLES):
            continue
        agency = None
        if rule == "wire":
            found = agency_pattern().fullmatch(fold(m.group("agency").strip()).text)
            if found is None:
                continue
            agency = _canonical_agency(found.group())
            end = m.end("agency") + 1  # the closing parenthesis or slash
        elif rule == "paren-place":
            end = cased.index(")", m.end("place")) + 1
            found = agency_pattern().fullmatch(place_text)
            if found is not None:
                return DatelineMatch(
                    rule, 0, end, m.end(), None, _canonical_agency(found.group()), None
                )
        elif rule == "place-post":
            end = m.end("post")  # "Kiev, envoyé spécial": the post is in the dateline
        else:
            sep_text = cased[m.start("sep") : m.end("sep")]
            if _TITLE_COLON.match(cased, m.end()) and not cased.rstrip().endswith(_STOPS):
                continue  # "PSG - OM : Mbappé offre la victoire", a title: two names, a colon
            upper = _is_upper_place(cased[place[0] : place[1]])
            if not upper:
                # "Québec — …": mixed case only before a real dash, for a short place
                dash = "\N{EM DASH}" in (raw or "")[:80] or "\N{EN DASH}" in (raw or "")[:80]
                if len(place_text.split()) > 3 or "-" not in sep_text or not dash:
                    continue
            if m.group("date") is not None:
                end = m.end("date")
            elif m.group("region") is not None:
                end = m.end("region")
            else:
                end = place[1]
        date = _resolve_date(m, lower, reference) if rule in _DATED_RULES else None
        return DatelineMatch(rule, 0, end, m.end(), place, agency, date)
    return None


_LAST_TOKEN = regex.compile(r"\s++(\S++)$")


def _trim_place(lower: str, start: int, end: int) -> int:
    """Drop words that open the story from the end of a place: ``en Ukraine Le président``
    ends the place at ``Ukraine``.

    >>> t = "en ukraine le president"
    >>> t[3:_trim_place(t, 3, 13)]
    'ukraine'
    """
    while True:
        m = _LAST_TOKEN.search(lower, start, end)
        if m is None or m.group(1) not in _NOT_PLACES:
            return end
        end = m.start()


@functools.cache
def _agency_names() -> dict[str, str]:
    return {fold(e.form).text: e.value or e.form for e in load_table("agencies")}


def _canonical_agency(folded: str) -> str:
    return _agency_names().get(folded, folded.upper())
