"""The segmenter: units of the text, classified by named rules run in an explicit order.

``RULES`` lists the rules in the order they run. Each rule looks at the units that no
earlier rule has claimed; what a rule claims, later rules leave alone.

>>> from frnews.segment.segmenter import run
>>> seg = run("PHOTO REUTERS\\n\\nLe ministre Sergueï Lavrov\\n\\nIl a parlé jeudi.")
>>> [b.kind.value for b in seg.blocks]
['photo_credit', 'caption', 'paragraph']
>>> seg.credits[0].caption.text, seg.credits[0].agency
('Le ministre Sergueï Lavrov', 'Reuters')
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Callable

import attrs
import regex

from frnews.model import (
    Block,
    BlockKind,
    Dateline,
    PhotoCredit,
    Span,
    _block,
    _block_bounds,
    _photo_credit,
)
from frnews.segment.credits import (
    CreditMatch,
    credit_line_candidates,
    credit_names,
    match_credit_line,
    match_trailing_credit,
    names_nobody,
    trailing_credit_candidates,
)
from frnews.segment.dateline import DatelineMatch, match_dateline
from frnews.segment.furniture import (
    BREADCRUMB_SEPARATORS,
    PUBLICATION_LINES,
    furniture_candidates,
    is_bar_label,
    is_breadcrumb,
    is_byline,
    is_date_line,
    is_furniture,
    is_links_header,
    is_signup_button,
    is_wire_keywords,
)
from frnews.segment.headings import MAX_HEADING_CHARS, is_heading
from frnews.segment.units import Unit, split_units
from frnews.text import FoldedText, fold

__all__ = ["RULES", "Segmentation", "run"]

#: Longest caption that follows its credit (La Presse, Le Devoir), in characters.
MAX_CAPTION_AFTER = 400
#: Longest caption that precedes its credit (Le Point), in characters.
MAX_CAPTION_BEFORE = 300
#: Longest caption on the unusual side of its credit.
MAX_CAPTION_OTHER_SIDE = 200
#: How many units at each end of the text may be bylines.
BYLINE_REACH = 3
#: How many units at the top, counting only those no earlier rule claimed, may hold the
#: dateline: past the title and the first paragraph, a wire dateline (``PARIS (AFP) —``).
#: (At most :data:`BYLINE_REACH_TOP`: the rule passes over the bylines among them.)
DATELINE_REACH = 5
#: How many units at the top may be bylines, counting only those no earlier rule claimed:
#: a web page puts its title, standfirst, kicker and publication line before the author.
BYLINE_REACH_TOP = 5

#: Below this many characters of text a unit, on average, the furniture rule scans the
#: line starts rather than testing each unit (a test costs about as much as scanning
#: 150-200 characters).
_FURNITURE_SCAN_CHARS = 150
#: The last characters of a unit that is no heading (see :func:`is_heading`).
_NOT_HEADING_END = frozenset(".,;:-…/")
_SENTENCE_END = regex.compile(r"[.!?]\s++(?=[\p{Lu}«\"])")
_CAPTION_TRIM = " \t-:|/"


@attrs.frozen
class Segmentation:
    """What the segmenter found: blocks, the dateline and the photo credits.

    >>> run("").blocks
    ()
    """

    #: Every block, in text order.
    blocks: tuple[Block, ...]
    #: The dateline, if any.
    dateline: Dateline | None
    #: The photo credits, in text order.
    credits: tuple[PhotoCredit, ...]


@attrs.define
class _Credit:
    unit: int
    match: CreditMatch
    caption_unit: int | None = None


@attrs.define
class _State:
    text: str
    cased: FoldedText
    lower: FoldedText
    units: list[Unit]
    reference: dt.date | None
    kinds: list[BlockKind | None]
    #: units cut in several blocks: unit index -> [(kind, folded start, folded end)]
    pieces: dict[int, list[tuple[BlockKind, int, int]]] = attrs.Factory(dict)
    credits: list[_Credit] = attrs.Factory(list)
    #: the unit that opens with the dateline, and the match
    dateline: tuple[int, DatelineMatch] | None = None
    #: whether a unit is a byline, by unit index, for the units already tested
    bylines: dict[int, bool] = attrs.Factory(dict)
    #: where each unit starts and ends (for the scans of the whole text)
    starts: list[int] = attrs.Factory(list)
    ends: list[int] = attrs.Factory(list)

    def lo(self, i: int) -> str:
        u = self.units[i]
        return self.lower.text[u.start : u.end]

    def ca(self, i: int) -> str:
        u = self.units[i]
        return self.cased.text[u.start : u.end]

    def raw(self, i: int) -> str:
        u = self.units[i]
        s, e = self.cased.span(u.start, u.end)
        return self.text[s:e]

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.units) and self.kinds[i] is None and i not in self.pieces


#: A live or gallery page's label and its title (« DIRECT. Guerre Israël-Hamas : Joe Biden
#: est arrivé en Israël », « EN IMAGES. Festival des Vieilles Charrues : … »): a link
#: elsewhere, the page's own title on its first line (« VIDÉO. … » there stays a link to a
#: video, as pages put above their story). A title has a few words after the label and
#: is not a call to follow (« suivez notre direct »).
_LIVE_TITLE = regex.compile(
    r"(?:(?:en )?direct|en images|en photos)\s*+[.:\]]\s*+"
    r"(?!.*\bsuivez\b)(?:\S++\s++){3,}+\S"
)


#: A line that is a widget's: a gallery's counter (« 2 / 12 »), or the author and date of
#: an embedded tweet (« — Yoav Gallant (@yoavgallant) November 5, 2024 », lower-cased and
#: folded: the month in English or in French).
_WIDGET_LINE = regex.compile(
    # an AFP dispatch's service header (« FRA0312 4 GEN /AFP-TE63 »), its keywords after it
    r"(?m)^(?:(?P<header>[a-z]{3}[0-9]{4}+[ \t]++[0-9][ \t]++[a-z]{3}[ \t]++/afp-[a-z0-9]{2,6}+)"
    r"|[0-9]{1,3}+[ \t]*+/[ \t]*+[0-9]{1,3}+"
    r"|[\u2014\u2013-][ \t]++[^\n]{1,120}?\(@\w{1,30}+\)[ \t]++"
    r"(?:[a-z]++[ \t]++[0-9]{1,2}+,[ \t]*+[0-9]{4}+|[0-9]{1,2}+[ \t]++[a-z]++[ \t]++[0-9]{4}+))"
    r"[ \t]*+$"
)


def rule_furniture(st: _State) -> None:
    """Related links and site furniture: ``Lire aussi : …``, ``Partager``, ``Publicité``."""
    units, kinds, pieces, lower = st.units, st.kinds, st.pieces, st.lower.text
    # many short units (a list of short lines): the units whose first word starts no
    # furniture form are left out at once, by one scan of the line starts; long paragraphs
    # are fewer to test than characters to scan
    short = len(lower) < _FURNITURE_SCAN_CHARS * len(units)
    for i in furniture_candidates(lower, st.starts) if short else range(len(units)):
        s, e, lines, _blank = units[i]
        if lines == 1 and kinds[i] is None and i not in pieces and is_furniture(lower[s:e]):
            if i == 0 and _LIVE_TITLE.match(lower, s, e) is not None:
                continue  # "DIRECT. Guerre Israël-Hamas : …" opening a live page: its title
            kinds[i] = BlockKind.FURNITURE
            if is_links_header(lower[s:e]):
                _link_titles(st, i)
            elif lower.startswith("newsletter", s):
                _newsletter_box(st, i)
    # a share bar's label alone (« Facebook » between two paragraphs) is an intertitle
    for i in [i for i, k in enumerate(kinds) if k is BlockKind.FURNITURE]:
        s, e = units[i][0], units[i][1]
        if is_bar_label(lower[s:e]) and not (
            (i > 0 and kinds[i - 1] is BlockKind.FURNITURE)
            or (i + 1 < len(units) and kinds[i + 1] is BlockKind.FURNITURE)
        ):
            kinds[i] = None
    # widgets a line alone: a gallery's counter (« 2 / 12 »), an embedded tweet's author and
    # date (« — Yoav Gallant (@yoavgallant) November 5, 2024 »); one search of the text
    if "/" in lower or "(@" in lower:
        for m in _WIDGET_LINE.finditer(lower):
            i = bisect.bisect_left(st.starts, m.start())
            if (
                i < len(units)
                and units[i][0] == m.start()
                and units[i][1] == m.end()
                and units[i][2] == 1
                and (kinds[i] is None or kinds[i] is BlockKind.FURNITURE)
                and i not in pieces
            ):
                kinds[i] = BlockKind.FURNITURE
                if (
                    i + 1 < len(units)
                    and units[i + 1].lines == 1
                    and kinds[i + 1] is None
                    and m.start("header") >= 0
                    and is_wire_keywords(st.lo(i + 1))
                ):
                    kinds[i + 1] = BlockKind.FURNITURE  # the dispatch's keywords, under it
    # breadcrumbs ("Accueil > Société > Justice"): the units that hold a separator
    if any(sep in lower for sep in BREADCRUMB_SEPARATORS):
        for i, (s, e, lines, _blank) in enumerate(units):
            if (
                lines == 1
                and kinds[i] is None
                and i not in pieces
                and any(sep in lower[s:e] for sep in BREADCRUMB_SEPARATORS)
                and is_breadcrumb(lower[s:e])
            ):
                kinds[i] = BlockKind.FURNITURE
    # a publication line without « Publié le » (« 18 octobre 2023 à 16h05 »), in the header
    # and before the story (a text that is only this line is a date, not furniture): not
    # after a publication line, nor after two sentences (the story has begun: a date line
    # there is an event's time)
    sentences = 0
    for i in range(min(BYLINE_REACH_TOP, len(units) - 1)):
        s, e, lines, _blank = units[i]
        line = lower[s:e]
        if kinds[i] is BlockKind.FURNITURE and line.startswith(PUBLICATION_LINES):
            break
        if lines == 1 and kinds[i] is None and i not in pieces and is_date_line(line):
            kinds[i] = BlockKind.FURNITURE
            break
        sentences += line.rstrip().endswith(".")
        if sentences >= 2:
            break


#: How many titles of related links a header of them (« À lire aussi ») may have after it.
_MAX_LINK_TITLES = 3
#: How long a title of a related link may be.
_MAX_LINK_TITLE_CHARS = 160


def _link_titles(st: _State, i: int) -> None:
    """The units after the header of related links ``i`` (« À lire aussi » alone on its
    line) that are the links' titles: up to three short lines that do not end with a
    period and are no author line (« Avec AFP »), each furniture."""
    units, kinds = st.units, st.kinds
    shortest = _MAX_LINK_TITLE_CHARS
    # a box of tags (« Sujets liés : »): a name there is a tag, no author line
    tags = st.lo(i).startswith(_TAG_HEADERS)
    for j in range(i + 1, min(i + 1 + _MAX_LINK_TITLES, len(units))):
        s, e, lines, _blank = units[j]
        title = st.ca(j).rstrip()
        if (
            lines != 1
            or not st.free(j)
            or not title
            or e - s > _MAX_LINK_TITLE_CHARS
            or title.endswith((".", ":", ";", ","))
            or (
                is_byline(st.lo(j), st.ca(j))
                # (a tag may be a name alone, not an author line: « … avec AFP », « Par … »)
                and (not tags or " avec " in st.lo(j) or st.lo(j).startswith("par "))
            )
        ):
            return
        if j > i + 1 and _intertitle_after_links(st, j, title, shortest):
            return  # « Lire aussi / Pont Simone-Veil : la facture … / Une expertise commandée »
        if tags and len(title.split()) > _MAX_TAG_WORDS:
            return  # a tag is a name or a topic: « Un nouveau départ pour les Bleus » is none
        shortest = min(shortest, len(title))
        kinds[j] = BlockKind.FURNITURE


#: The headers of a box of tags (folded, lower case): the names under them are tags.
_TAG_HEADERS = ("sujets lies", "sujets associes")
#: The most words of a tag.
_MAX_TAG_WORDS = 3


#: How much shorter than the links' titles before it an intertitle after them is (the
#: links' titles are headlines of the same site, alike in length).
_INTERTITLE_SHARE = 0.75


def _intertitle_after_links(st: _State, j: int, title: str, shortest: int) -> bool:
    """Whether the short line ``j``, after the first title of related links, is the next
    intertitle of the article: with no colon nor comma, no question, not « Notre … », much
    shorter than the titles before it (``shortest``: the shortest of them), and followed
    by a paragraph of the body (a sentence of 60 characters or more)."""
    if (
        len(title) >= _INTERTITLE_SHARE * shortest
        or ":" in title
        or "," in title  # « Le 49.3, mode d'emploi », « Hidalgo, la fin »: a headline's
        or title.endswith("?")  # « Faut-il changer d'offre ? »
        or title.startswith(("Notre ", "Nos ", "Voir ", "Lire "))  # « Notre dossier »
        or j + 1 >= len(st.units)
    ):
        return False
    s, e, _lines, _blank = st.units[j + 1]
    body = st.ca(j + 1).rstrip()
    return e - s >= 60 and body.endswith((".", "!", "?", "»", "…")) and st.free(j + 1)


#: How many lines a newsletter box may hold between its header and its button.
_MAX_NEWSLETTER_LINES = 3


def _newsletter_box(st: _State, i: int) -> None:
    """The units of the newsletter box that unit ``i`` opens (« Newsletter Santé »): when a
    sign-up button (« Je m'inscris ») comes within three short lines, the lines up to it
    are the box's pitch (« Tous les mercredis, l'essentiel de l'actualité santé. »), each
    furniture, and so is the button."""
    units, kinds = st.units, st.kinds
    last = min(i + 2 + _MAX_NEWSLETTER_LINES, len(units))
    for j in range(i + 1, last):
        s, e, lines, _blank = units[j]
        if lines != 1 or not st.free(j) or e - s > _MAX_LINK_TITLE_CHARS:
            return
        if is_signup_button(st.lo(j)):
            for k in range(i + 1, j + 1):
                kinds[k] = BlockKind.FURNITURE
            return


def rule_credit_lines(st: _State) -> None:
    """Whole-line photo credits: ``PHOTO AGENCE KCNA PAR REUTERS``, ``© Henri Frasque``."""
    units, kinds, pieces, lower = st.units, st.kinds, st.pieces, st.lower.text
    # the units that hold no "/" and start with no credit marker are left out at once
    for i in sorted(credit_line_candidates(lower, st.starts, st.ends)):
        s, e, lines, _blank = units[i]
        if lines > 2 or kinds[i] is not None or i in pieces:
            continue
        m = match_credit_line(lower[s:e], st.cased.text[s:e])
        if m is not None:
            kinds[i] = BlockKind.PHOTO_CREDIT
            st.credits.append(_Credit(i, m))


def rule_trailing_credits(st: _State) -> None:
    """Captions that end with their credit: ``… le 18 février 2023. EDUARDO SOTERAS / AFP``."""
    units, kinds, pieces = st.units, st.kinds, st.pieces
    # the units whose end holds none of what a credit needs are left out at once
    for i in sorted(trailing_credit_candidates(st.lower.text, st.starts, st.ends)):
        u = units[i]
        if kinds[i] is not None or i in pieces or u.end - u.start > MAX_CAPTION_AFTER + 120:
            continue
        lo, ca = st.lo(i), st.ca(i)
        m = match_trailing_credit(lo, ca)
        if m is None:
            continue
        cap_end = m.start
        while cap_end > 0 and ca[cap_end - 1] in _CAPTION_TRIM:
            cap_end -= 1
        if cap_end == 0 or not _caption_like(ca[:cap_end], MAX_CAPTION_AFTER, 3):
            continue
        st.pieces[i] = [
            (BlockKind.CAPTION, u.start, u.start + cap_end),
            (BlockKind.PHOTO_CREDIT, u.start + m.start, u.start + m.end),
        ]
        st.credits.append(_Credit(i, m, caption_unit=i))


#: An incise that reports speech (« a-t-il précisé », « estime-t-elle »): the story's text,
#: not a caption.
_INCISE = regex.compile(r"\w-t-(?:il|elle|ils|elles|on)(?!\w)")


def _told(st: _State, j: int) -> bool:
    """Whether unit ``j`` reports speech with an incise, as the story does and a caption
    does not (``…, a-t-il précisé devant les députés``)."""
    return 0 <= j < len(st.units) and _INCISE.search(st.lo(j)) is not None


def _caption_like(line: str, max_chars: int, max_sentences: int) -> bool:
    if not line or len(line) > max_chars or line[0] in "-•*–—":
        return False
    if line.rstrip()[-1:] in ":,;":
        return False
    return len(_SENTENCE_END.findall(line)) < max_sentences


def _first_free(st: _State, k: int) -> tuple[int, ...]:
    """The first ``k`` units no earlier rule claimed (fewer in a short text): the two where
    :func:`rule_dateline` looks for the dateline first (after a title, at most), the
    header where it looks for a wire dateline and :func:`rule_bylines` for an author."""
    found: list[int] = []
    for i in range(len(st.units)):
        if st.free(i):
            found.append(i)
            if len(found) == k:
                break
    return tuple(found)


def rule_captions(st: _State) -> None:
    """Link each whole-line credit to the caption beside it.

    La Presse and Le Devoir print the caption after the credit, Le Point (``©``) before
    it; the other side is tried when the usual one has no caption-like line. A unit that
    opens the story with a dateline is no caption, on either side.

    >>> seg = run("Genève — Le Conseil fédéral a tranché.\\n\\nKeystone/Salvatore Di Nolfi")
    >>> seg.dateline.place, [b.kind.value for b in seg.blocks]
    ('Genève', ['dateline', 'paragraph', 'photo_credit'])
    """
    opening = _first_free(st, 2)
    noted = {c.unit for c in st.credits if c.caption_unit == c.unit and _credits_nobody(st, c)}
    for c in st.credits:
        if c.caption_unit is not None:
            continue
        i = c.unit
        side = c.match.caption_side
        if side == "shorter":  # « Photo Valérie Vrel »: under its caption, or above it
            side = "before" if _shorter_above(st, i) else "after"
        order = (i + 1, i - 1) if side == "after" else (i - 1, i + 1)
        if order[0] in noted:
            # « Une brigade de police à Saint-Ouen. (Illustration) » then « LP/Philippe de
            # Poulpiquet »: the credit of the caption that its note credited to nobody (not
            # the story's paragraph on the other side)
            c.caption_unit = order[0]
            continue
        if _told(st, order[0]) and not _told(st, order[1]):
            order = order[::-1]  # the usual side is the story's text: the other one first
        for usual, j in zip((True, False), order, strict=True):
            if not st.free(j) or st.units[j].lines > 3:
                continue
            limit = MAX_CAPTION_AFTER if j > i else MAX_CAPTION_BEFORE
            if not usual:
                limit = MAX_CAPTION_OTHER_SIDE  # the unusual side: a short line
            if (not usual or j in opening) and match_dateline(
                st.lo(j), st.ca(j), raw=st.raw(j)
            ) is not None:
                continue  # the story's dateline and first paragraph, not a caption
            if _caption_like(st.ca(j), limit, 3 if j > i else 2):
                st.kinds[j] = BlockKind.CAPTION
                c.caption_unit = j
                break


def _shorter_above(st: _State, i: int) -> bool:
    """Whether the caption of the whole-line credit ``i`` whose side is open (``Photo
    Valérie Vrel``) is the unit above it: shorter than the unit below (a caption is short,
    the story's paragraph long), and not the first unit of the text (its title)."""
    if i < 2:
        return False
    if i + 1 >= len(st.units):
        return True
    above, below = st.units[i - 1], st.units[i + 1]
    return above.end - above.start < below.end - below.start


def _credits_nobody(st: _State, c: _Credit) -> bool:
    """Whether a credit at the end of its caption names nobody (« (Illustration) »)."""
    u = st.units[c.unit]
    return names_nobody(st.lower.text[u.start + c.match.who_start : u.start + c.match.who_end])


def rule_dateline(st: _State) -> None:
    """A dateline at the start of the story: the first unclaimed unit, or the one after a
    title; bylines before it (``Par Marie Lefèvre``) are passed over. Below a web page's
    header (a standfirst, an author, a publication line), among the first
    :data:`DATELINE_REACH` unclaimed units, only a wire dateline that names its agency
    (``PARIS (AFP) —``), a place in parentheses or a place in capitals and a dash
    (:func:`_header_dateline`)."""
    tried = 0
    wire_only = False
    for i in _first_free(st, DATELINE_REACH):  # all of them within the bylines' reach
        one_line = st.units[i].lines == 1
        if one_line and _byline(st, i):
            continue
        tried += 1
        if (
            wire_only
            and st.lower.text.find("(", st.units[i].start, st.units[i].start + 80) < 0
            and _CAPS_PLACE_DASH.match(st.cased.text, st.units[i].start, st.units[i].end) is None
        ):
            continue  # a wire dateline names its agency in parentheses: none here
        m = match_dateline(st.lo(i), st.ca(i), st.reference, raw=st.raw(i))
        if m is not None and (not wire_only or m.agency is not None or _header_dateline(st, i, m)):
            _claim_dateline(st, i, m)
            return
        if tried >= 2 or not (one_line and is_heading(st.ca(i), title=i == 0)):
            wire_only = True


#: A place in capitals and a dash opening a unit (``MARSEILLE – …``).
_CAPS_PLACE_DASH = regex.compile(r"\p{Lu}{3,}+(?:[ '\-]\p{Lu}++){0,4}+[ \t]*+[\u2013\u2014-][ \t]")


def _header_dateline(st: _State, i: int, m: DatelineMatch) -> bool:
    """Whether the dateline ``m`` is La Presse's place in parentheses opening its unit
    (``(Québec) L'hiver arrive …``), or a place in capitals and a dash (``MARSEILLE –
    Les Sang et Or …``), which a web page prints below its title, standfirst and
    author, as a wire dateline below the header."""
    ca = st.ca(i)
    if m.start != 0:
        return False
    if m.rule == "dash-place" and m.place is not None:
        place = ca[m.place[0] : m.place[1]]
        return len(place) >= 3 and place.isupper()
    return ca.startswith("(") and ca.find(")", 1, m.end) == m.end - 1


def _claim_dateline(st: _State, i: int, m: DatelineMatch) -> None:
    u = st.units[i]
    ca = st.ca(i)
    body = m.body_start
    while body < len(ca) and ca[body] in " \t":
        body += 1
    pieces = [(BlockKind.DATELINE, u.start + m.start, u.start + m.end)]
    if body < len(ca):
        pieces.append((BlockKind.PARAGRAPH, u.start + body, u.end))
    st.pieces[i] = pieces
    st.dateline = (i, m)


def rule_bylines(st: _State) -> None:
    """Author lines near either end: ``Par Jean Dupont``, ``Agence France-Presse``."""
    n = len(st.units)
    header = _first_free(st, BYLINE_REACH_TOP)
    for i in header:
        if st.units[i].lines == 1 and _byline(st, i):
            st.kinds[i] = BlockKind.BYLINE
    # the bottom, past the units read at the top (all of them when fewer were free); the
    # furniture that closes a page (« Partager », « Copier le lien ») does not count
    top = header[-1] + 1 if len(header) == BYLINE_REACH_TOP else n
    bottom = n
    counted = 0
    while bottom > top and counted < BYLINE_REACH:
        bottom -= 1
        counted += st.kinds[bottom] is not BlockKind.FURNITURE
    for i in range(max(top, bottom), n):
        if st.free(i) and st.units[i].lines == 1 and _byline(st, i) and not _told_after(st, i):
            st.kinds[i] = BlockKind.BYLINE


def _told_after(st: _State, i: int) -> bool:
    """Whether unit ``i`` is followed by a sentence of the story (a free unit that ends with
    a period, five words or more): a name above it is an intertitle (a list of portraits,
    « Pierre-Henri Thomas » then « Le journaliste économique est mort en juin. »), not the
    signature that ends the story."""
    j = i + 1
    if j >= len(st.units) or not st.free(j):
        return False
    text = st.ca(j).rstrip()
    return text.endswith((".", "!", "?", "»")) and len(text.split()) >= 5


def _byline(st: _State, i: int) -> bool:
    """Whether unit ``i`` is an author line (:func:`is_byline`), read once: the dateline
    rule passes over the bylines that open the text, which the byline rule then claims."""
    found = st.bylines.get(i)
    if found is None:
        found = st.bylines[i] = is_byline(st.lo(i), st.ca(i))
    return found


def _has_body(st: _State, i: int) -> bool:
    """Whether unit ``i`` is, or holds, body text not yet claimed by a rule."""
    if st.free(i):
        return True
    return any(k is BlockKind.PARAGRAPH for k, _, _ in st.pieces.get(i, ()))


def rule_headings(st: _State) -> None:
    """Intertitles: short stand-alone lines that are not sentences, followed by body text.

    Short lines after a line that ends with a colon are the items of the list it
    introduces, not headings.
    """
    units, kinds, pieces, cased = st.units, st.kinds, st.pieces, st.cased.text
    # the last unit of body text is never a heading
    last = next((i for i in range(len(units) - 1, -1, -1) if _has_body(st, i)), -1)
    listed = -2  # the last heading-like unit read as an item of a list
    # a heading is one short line that does not end like a sentence (the quick tests of
    # is_heading, on the text itself): the other units are not looked at
    for i in [
        i
        for i, (s, e, lines, _blank) in enumerate(units)
        if lines == 1 and e - s <= MAX_HEADING_CHARS and cased[e - 1] not in _NOT_HEADING_END
    ]:
        if i >= last:
            break
        if kinds[i] is not None or i in pieces or not is_heading(st.ca(i), title=i == 0):
            continue
        # after a line that ends with a colon, or after such an item: an item of a list
        if (i > 0 and st.ca(i - 1).rstrip().endswith(":")) or listed == i - 1:
            listed = i
        else:
            kinds[i] = BlockKind.HEADING


def rule_paragraphs(st: _State) -> None:
    """Everything else is body text."""
    kinds, pieces = st.kinds, st.pieces
    for i, k in enumerate(kinds):
        if k is None and i not in pieces:
            kinds[i] = BlockKind.PARAGRAPH


#: The rules, in the order they run.
RULES: tuple[tuple[str, Callable[[_State], None]], ...] = (
    ("furniture", rule_furniture),
    ("photo-credit-line", rule_credit_lines),
    ("trailing-credit", rule_trailing_credits),
    ("caption", rule_captions),
    ("dateline", rule_dateline),
    ("byline", rule_bylines),
    ("heading", rule_headings),
    ("paragraph", rule_paragraphs),
)


def run(
    text: str,
    reference: dt.date | None = None,
    *,
    folded: FoldedText | None = None,
    lower: FoldedText | None = None,
) -> Segmentation:
    """Segment ``text``: run every rule of ``RULES`` in order and build the result.

    ``folded`` is ``fold(text, lower=False)`` and ``lower`` its ``lower()`` twin when the
    caller already has them (``parse`` folds once for every extractor).

    >>> seg = run("(Québec) Le premier ministre a parlé.")
    >>> seg.dateline.place, [b.kind.value for b in seg.blocks]
    ('Québec', ['dateline', 'paragraph'])
    """
    cased = folded if folded is not None else fold(text, lower=False)
    if lower is None:
        lower = cased.lower()  # before the units: lower-casing has a transient cost
    units = split_units(cased)
    st = _State(text, cased, lower, units, reference, [None] * len(units))
    del lower  # held by st only: _build drops it when it no longer needs it
    st.starts = list(map(_UNIT_START, units))  # C-level reads of the named tuples
    st.ends = list(map(_UNIT_END, units))
    for _name, rule in RULES:
        rule(st)
    # the units' offsets, also held by the units: dropped, so that each unit's go with it
    # when _build drops the unit
    st.starts = st.ends = []
    return _build(st)


#: A unit's start and end (the named tuple's fields 0 and 1).
_UNIT_START = operator.itemgetter(0)
_UNIT_END = operator.itemgetter(1)
#: A credit's span, and the credit, in the ``(start, end, credit)`` triples of ``_build``.
_BY_SPAN = operator.itemgetter(0, 1)
_CREDIT = operator.itemgetter(2)
#: What ``_State.lower`` holds once the lower-case text is no longer read.
_NO_TEXT = FoldedText("", "")


def _unit_block(st: _State, kind: BlockKind, fs: int, fe: int) -> Block:
    s, e = st.cased.span(fs, fe)
    return _block(kind, st.text, s, e)  # holds st.text and the offsets, not a copy


def _credit_names(st: _State, c: _Credit) -> tuple[str | None, str | None]:
    """The photographer and the agency of a credit, as printed (or canonical)."""
    m = c.match
    ws = st.units[c.unit].start + m.who_start
    we = st.units[c.unit].start + m.who_end
    photographer, agencies = credit_names(st.lower.text[ws:we], st.cased.text[ws:we])
    name = None
    if photographer is not None:
        ps, pe = st.cased.span(ws + photographer[0], ws + photographer[1])
        name = st.text[ps:pe]
    names: list[str] = []
    for found in agencies:
        if isinstance(found, tuple):
            s, e = st.cased.span(ws + found[0], ws + found[1])
            found = st.text[s:e]
        if found not in names:
            names.append(found)
    return name, " / ".join(names) if names else None


def _first_of(blocks: tuple[Block, ...], kind: BlockKind) -> Block | None:
    """The first of ``blocks`` (the one or two of a unit) of ``kind``, or None: a plain
    loop, cheaper than a generator for so few.

    >>> b = (_block(BlockKind.CAPTION, "a b", 0, 1), _block(BlockKind.PHOTO_CREDIT, "a b", 2, 3))
    >>> _first_of(b, BlockKind.PHOTO_CREDIT).text, _first_of(b, BlockKind.DATELINE)
    ('b', None)
    """
    for b in blocks:
        if b.kind is kind:
            return b
    return None


def _build(st: _State) -> Segmentation:
    # the names of the credits are read first: the lower-case text is then dropped (it is
    # freed here when the caller does not hold it), before the blocks are made
    names_of = [_credit_names(st, c) for c in st.credits]
    st.lower = _NO_TEXT
    blocks: list[Block] = []
    # the blocks of the units a credit refers to (its own, its caption's)
    wanted = {c.unit for c in st.credits} | {c.caption_unit for c in st.credits}
    by_unit: dict[int, tuple[Block, ...]] = {}
    pieces, kinds = st.pieces, st.kinds
    append = blocks.append
    # the units are dropped as their blocks are made (but those that credits and the
    # dateline read below): units and blocks are not all held at once
    units = st.units
    needed = wanted | ({st.dateline[0]} if st.dateline is not None else set())
    text, span = st.text, st.cased.span
    identity = st.cased.identity  # folded offsets are the original offsets
    for i, (us, ue, _lines, _blank) in enumerate(units):
        if i not in needed:
            units[i] = None  # type: ignore[call-overload]
        if i in pieces:
            made = tuple([_unit_block(st, k, s, e) for k, s, e in pieces[i] if e > s])
            blocks.extend(made)
            if i in wanted:
                by_unit[i] = made
            continue
        kind = kinds[i]
        assert kind is not None
        block = _block(kind, text, us, ue) if identity else _block(kind, text, *span(us, ue))
        append(block)
        if i in wanted:
            by_unit[i] = (block,)
    credits: list[tuple[int, int, PhotoCredit]] = []
    for c, (name, agency) in zip(st.credits, names_of, strict=True):
        credit_block = _first_of(by_unit[c.unit], BlockKind.PHOTO_CREDIT)
        assert credit_block is not None  # a credit's unit gives its block
        caption = None
        if c.caption_unit is not None:
            caption = _first_of(by_unit[c.caption_unit], BlockKind.CAPTION)
        s, e = _block_bounds(credit_block)
        credit = _photo_credit(text, s, e, caption, name, agency, c.match.medium)
        credits.append((s, e, credit))
    credits.sort(key=_BY_SPAN)  # by span, a stable sort (as by the credits' spans)
    dateline = None
    if st.dateline is not None:
        i, dm = st.dateline
        base = st.units[i].start
        s, e = st.cased.span(base + dm.start, base + dm.end)
        place = None
        if dm.place is not None:
            a, b = st.cased.span(base + dm.place[0], base + dm.place[1])
            place = st.text[a:b]
        dateline = Dateline(st.text[s:e], Span(s, e), place=place, agency=dm.agency, date=dm.date)
    return Segmentation(tuple(blocks), dateline, tuple(map(_CREDIT, credits)))
