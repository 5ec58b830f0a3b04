"""Site furniture (« Lire aussi », « Partager ») and bylines (« Par Jean Dupont »).

Both read their forms from lexicon tables (``furniture.tsv``, ``bylines.tsv``) and look
at one unit at a time, in the lower-cased folded text.

>>> is_furniture("lire aussi : la coree du nord tire un missile")
True
>>> is_byline("par jean dupont et marie durand", "Par Jean Dupont et Marie Durand")
True
>>> is_byline("par ailleurs, le ministre a parle.", "Par ailleurs, le ministre a parle.")
False
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import regex

from frnews.lexicons import alternation, load_table, tree_alternation
from frnews.segment.units import LineStarts
from frnews.text import fold

__all__ = [
    "agency_pattern",
    "furniture_candidates",
    "is_bar_label",
    "is_breadcrumb",
    "is_byline",
    "is_furniture",
    "is_links_header",
    "is_signup_button",
    "is_wire_keywords",
]

_MAX_FURNITURE = 200
_MAX_BYLINE = 90


@functools.cache
def _furniture() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    exact, prefix, punct = [], [], []
    for e in load_table("furniture"):
        form = fold(e.form).text
        if "exact" in e.flags:
            exact.append(form)
        elif "punct" in e.flags:
            punct.append(form)
        else:
            prefix.append(form)
    # a question mark after a form of three words or more (« Vous avez un scoop à nous
    # transmettre? »); « Réagir ? », « Abonnés ? » are the questions of intertitles
    asked = [f for f in exact if len(f.split()) >= 3]
    return (
        regex.compile(
            rf"(?:(?:{alternation(exact)})(?:\s*+\(\d{{1,6}}\))?+[\s.:!…\]]*+"
            rf"|(?:{alternation(asked)})[\s.:!?…\]]*+)"
        ),
        regex.compile(rf"(?:{alternation(prefix)})(?:[\s:|»›>.\-\]]|$)"),
        regex.compile(rf"(?:{alternation(punct)})\s*+[:|»›>.\-\]]"),
    )


#: The arrows and signs that open a related link: ``➤ Lire aussi : …``, ``> Lire aussi``.
_LINK_MARKS = (
    "\N{GREATER-THAN SIGN}"
    "\N{BLACK RIGHTWARDS ARROWHEAD}"
    "\N{BLACK RIGHT-POINTING POINTER}"
    "\N{BLACK RIGHT-POINTING TRIANGLE}"
    "\N{BLACK RIGHT-POINTING SMALL TRIANGLE}"
    "\N{RIGHTWARDS ARROW}"
    "\N{HEAVY ROUND-TIPPED RIGHTWARDS ARROW}"
    "\N{WHITE RIGHT POINTING BACKHAND INDEX}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"  # « » Lire aussi : … »
)
#: What may come before a furniture form: a link mark and spaces, or the opening bracket of
#: a label (``[VIDÉO] Le ministre s'explique``; the closing one is punctuation after it).
_LEAD = regex.compile(rf"\[|[{_LINK_MARKS}]++\s*+")  # (« >> LIRE AUSSI »: marks repeated)
#: What ends the first word of a line, before the test of its first words.
_WORD_END = ".:!|-]"


#: A copyright notice of the site (a year after the sign, or « tous droits réservés » after
#: the outlet's name), not a photo credit.
_COPYRIGHT_NOTICE = regex.compile(
    r"(?:copyright\s*+)?(?:©|\(c\)|copyright)\s*+(?:(?:19|20)\d\d\b"
    r"|[^\n]{0,80}?(?:tous\s++droits\s++reserves|all\s++rights\s++reserved))"
)


#: How a site's publication line starts (folded, lower case): ``Publié le 12/04/24 à 11h45``.
PUBLICATION_LINES = ("publie le ", "mis en ligne le ", "publie : ", "publie: ")

#: A page's reading time: « Lecture 4 min. », « Temps de lecture : 3 minutes ».
_READING_TIME = regex.compile(
    r"(?:(?:temps|duree) de )?lecture\s*+:?\s*+\d{1,2}\s*+min(?:utes?)?+\.?\s*+"
)
#: A syndicated article's source line: « Article original publié sur BFMTV.com ».
_SYNDICATION = regex.compile(r"article original publie sur\s++\S++\s*+")


#: The lines of a wire dispatch that are not its text (folded, lower case): AFP's service
#: header (« FRA0312 4 GEN /AFP-TE63 »), its time stamp (« AFP 141402 MAR 24 »), Belga's
#: (« BELGA 14/03/2024 11:37 »); the keywords under the header: :func:`is_wire_keywords`.
_WIRE_LINE = regex.compile(
    r"[a-z]{3}[0-9]{4}+\s++[0-9]\s++[a-z]{3}\s++/[a-z]{2,6}+-[a-z0-9]{2,6}+\s*+"
    r"|(?:afp|belga|ats|reuters)\s++(?:[0-9]{6}\s++[a-z]{3}\s++[0-9]{2}"
    r"|[0-9]{2}/[0-9]{2}/[0-9]{4}\s++[0-9]{1,2}:[0-9]{2})\s*+"
)
#: The keywords of an AFP dispatch, under its service header: words joined by hyphens
#: (« France-politique-gouvernement-budget »), only there (a region's name or a heading
#: such as « Métro-boulot-dodo » elsewhere is none).
_WIRE_KEYWORDS = regex.compile(r"[a-z]{3,}+(?:-[a-z]++){2,8}+\s*+")


def is_wire_keywords(line: str) -> bool:
    """Whether a unit (lower-cased, folded) may be a dispatch's keywords, after its header.

    They are words joined by hyphens, not a place's name.

    >>> is_wire_keywords("france-politique-gouvernement-budget")
    True
    >>> is_wire_keywords("saint-jean-de-luz")
    False
    """
    return _WIRE_KEYWORDS.fullmatch(line) is not None and _PLACE_NAME.search(line) is None


#: What makes words joined by hyphens a place's name, not a dispatch's keywords:
#: « Saint-Jean-de-Luz », « Villeneuve-sur-Lot », « Aix-les-Bains ».
_PLACE_NAME = regex.compile(
    r"^(?:saint|sainte|san|santa)-|-(?:de|du|des|la|le|les|sur|sous|en|et|aux?|lez|l)-"
)


#: Furniture that opens with a number: a reading time, a count of comments.
_NUMBER_FIRST = regex.compile(
    r"\d{1,2}\s*+min(?:utes?)?+\.?\s*+(?:de\s++)?lecture\.?\s*+"
    r"|\d{1,6}+\s*+(?:commentaires?|reactions?)\s*+"
)


def is_furniture(line: str) -> bool:
    """Whether a unit (lower-cased, folded) is site furniture or a related link.

    >>> is_furniture("partager"), is_furniture("video. le missile decolle")
    (True, True)
    >>> is_furniture("video de l'explosion diffusee par la police")
    False
    >>> is_furniture("© 2023 le point. tous droits reserves")
    True
    >>> is_furniture("© le devoir 2023. tous droits reserves."), is_furniture("commentaires (12)")
    (True, True)
    >>> is_furniture("© henri frasque")
    False
    >>> is_furniture("[video] le ministre s'explique"), is_furniture("➤ lire aussi : la suite")
    (True, True)
    """
    if len(line) > _MAX_FURNITURE:
        return False
    lead = _LEAD.match(line)
    if lead is not None:
        line = line[lead.end() :]
    words = line.split(maxsplit=1)
    first = words[0].rstrip(_WORD_END) if words else ""
    if first[:1].isdigit():  # « 3 min. de lecture », « 12 commentaires »
        return _NUMBER_FIRST.fullmatch(line) is not None
    if _WIRE_LINE.fullmatch(line) is not None:
        return True  # a wire dispatch's header or time stamp: « AFP 141402 MAR 24 »
    if first not in _first_words() and not line.startswith(("©", "(c)", "copyright")):
        return False  # no form starts with this word: spare the pattern
    if first in ("lecture", "temps", "duree") and _READING_TIME.fullmatch(line) is not None:
        return True  # "Lecture 4 min.", « Durée de lecture : 4 minutes »
    if first == "article" and _SYNDICATION.fullmatch(line) is not None:
        return True  # « Article original publié sur BFMTV.com »
    seconds = _second_words().get(words[0])
    if seconds is not None and (len(words) == 1 or not words[1].startswith(seconds)):
        return False  # nor with this word and the next: "les magasins", "une rencontre"
    return _furniture_any().match(line) is not None


@functools.cache
def _links_header() -> regex.Pattern[str]:
    forms = [fold(e.form).text for e in load_table("furniture") if "links" in e.flags]
    return regex.compile(rf"(?:{alternation(forms)})[\s:.…»›>\-\]]*+")


@functools.cache
def _signup_buttons() -> regex.Pattern[str]:
    forms = [fold(e.form).text for e in load_table("furniture") if "signup" in e.flags]
    return regex.compile(rf"(?:{alternation(forms)})[\s.!…]*+")


@functools.cache
def _bar_labels() -> frozenset[str]:
    return frozenset(fold(e.form).text for e in load_table("furniture") if "bar" in e.flags)


def is_bar_label(line: str) -> bool:
    """Whether a unit (lower-cased, folded) is only a label of a share bar.

    Such a label (« twitter », « facebook ») is furniture only beside other furniture.

    >>> is_bar_label("facebook"), is_bar_label("facebook."), is_bar_label("partager")
    (True, True, False)
    """
    return line.strip().rstrip(".!:") in _bar_labels()


def is_signup_button(line: str) -> bool:
    """Whether a unit (lower-cased, folded) is a newsletter box's sign-up button.

    The button closes the box: ``S'inscrire``, ``Je m'inscris`` (rows flagged ``signup``
    in ``furniture.tsv``).

    >>> is_signup_button("je m'inscris"), is_signup_button("je m'inscris a la course")
    (True, False)
    """
    return _signup_buttons().fullmatch(line) is not None


def is_links_header(line: str) -> bool:
    """Whether a unit (lower-cased, folded) is a header of related links alone.

    With no title after it (``À lire aussi``, ``Sur le même sujet :``, rows flagged
    ``links`` in ``furniture.tsv``), the short lines after it are the links' titles.

    >>> is_links_header("a lire aussi"), is_links_header("lire aussi : le budget adopte")
    (True, False)
    >>> is_links_header("a voir egalement sur le huffpost :")
    True
    >>> is_links_header("lire aussi sur le budget"), is_links_header("a voir aussi sur place :")
    (False, False)
    """
    lead = _LEAD.match(line)
    if lead is not None:
        line = line[lead.end() :]
    if _links_header().fullmatch(line) is not None:
        return True
    # « À voir également sur Le HuffPost : »: the header, then the site's name (an outlet
    # of the agencies table, or a domain) and a colon; not « À voir aussi sur place : »
    head, on, site = line.partition(" sur ")
    site = site.rstrip(" \t:")
    return (
        bool(on)
        and line.rstrip().endswith(":")
        and _links_header().fullmatch(head) is not None
        and (agency_pattern().fullmatch(site) is not None or _DOMAIN.fullmatch(site) is not None)
    )


#: A site's domain (``bfmtv.com``, ``lepoint.fr``).
_DOMAIN = regex.compile(r"[a-z0-9-]++(?:\.[a-z0-9-]++)*+\.(?:com|fr|be|ch|ca|net|org|info)")


#: A breadcrumb of the site's sections: ``Accueil > Société > Justice`` (at least three
#: parts, short, no guillemet: « » » is no separator, a paragraph that goes on with a
#: quote opens with it). A part holds no separator, so a part ends only before one: the
#: pattern backtracks within a part at most, on a line of at most 200 characters.
_BREADCRUMB = regex.compile(
    r"[^\s>›«»][^>›«»\n]{0,40}(?:[ \t]++[>›][ \t]++[^\s>›«»][^>›«»\n]{0,60}){2,8}"
)
#: The separators of a breadcrumb, with their spaces (a plain search finds the units that
#: may be one).
BREADCRUMB_SEPARATORS = (" > ", " \u203a ")


def is_breadcrumb(line: str) -> bool:
    """Whether a unit (lower-cased, folded) is a breadcrumb of the site's sections.

    >>> is_breadcrumb("accueil > societe > justice"), is_breadcrumb("accueil › monde › europe")
    (True, True)
    >>> is_breadcrumb("le rem » la sante » il a dit"), is_breadcrumb("a > b")
    (False, False)
    """
    return len(line) <= _MAX_FURNITURE and _BREADCRUMB.fullmatch(line.rstrip()) is not None


def furniture_candidates(lower: str, starts: Sequence[int]) -> list[int]:
    """The indices of the units that may be furniture, in order.

    The units start at ``starts`` (sorted; each at the start of a line of ``lower``, the
    lower-cased folded text, after its spaces and tabs). Kept are those whose first word,
    without its trailing ``.:!|-]`` and after a link mark or an opening bracket, is the
    first word of a furniture form, those that start with ``©``, ``(c)`` or ``copyright``,
    and the first unit: :func:`is_furniture` is true of no unit left out (it matches its
    forms at the very start of the unit). One C-level scan of the line starts of the text,
    not a call for each unit.

    >>> t = "partager\\nLe ministre.\\n  lire aussi : la suite\\n\\n© 2023 le point\\n[video] x"
    >>> furniture_candidates(fold(t).text, [0, 9, 24, 47, 63])
    [0, 2, 3, 4]
    """
    if not starts:
        return []
    out = [0]  # the first unit may start the text, after no line break: always tried
    n = len(starts)
    find = bisect.bisect_left
    for m in _unit_start_probe().finditer(lower, starts[0]):
        k = m.start(1)
        i = find(starts, k)
        if i < n and starts[i] == k:
            out.append(i)
    return out


@functools.cache
def _unit_start_probe() -> LineStarts:
    """A line break, the spaces and tabs that open the next line, and (group 1) a first
    word of a furniture form, after a link mark and its spaces or an opening bracket
    (``_LEAD``), followed by ``.:!|-]`` and a white space or the end (as
    :func:`is_furniture` reads the first word: ``str.split``, which splits at ``re``'s
    ``\\s``), a copyright sign, or a number of minutes or comments (a wire dispatch's
    service header is found with the widget lines: ``segmenter.rule_furniture``).

    Plain ``re`` patterns (see :class:`~frnews.segment.units.LineStarts`): no part of them
    runs over a line break, the lead is one character and its spaces, the alternation (a
    prefix tree) backtracks over one word only, and
    ``[.:!|-]]*`` is matched once (an atomic group written with a lookahead and a
    back-reference): linear time."""
    words = tree_alternation(_first_words())
    # the lookahead on the first characters spares most lines the alternation
    firsts = "".join(sorted({re.escape(w[0]) for w in _first_words()} | {"©", r"\(", "c"}))
    lead = f"(?:\\[|[{_LINK_MARKS}]+[ \t]*)?"
    return LineStarts(
        f"[ \t]*(?=[{firsts}\\[{_LINK_MARKS}0-9])"
        f"({lead}(?:{words})(?=([.:!|\\]\\-]*))\\2(?!\\S)|©|\\(c\\)|copyright"
        "|[0-9]{1,6}[ \t]*(?:min|commentaire|reaction))"  # « 3 min. de lecture »
    )


@functools.cache
def agency_pattern() -> regex.Pattern[str]:
    """A pattern of every agency and newspaper name of ``agencies.tsv`` (folded, any case).

    >>> bool(agency_pattern().fullmatch("la presse canadienne"))
    True
    """
    forms = alternation(fold(e.form).text for e in load_table("agencies"))
    return regex.compile(rf"(?<![\w'])(?:{forms})(?![\w'])")


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of every furniture form (folded), of a reading time
    (``_READING_TIME``: « Lecture 4 min. », « Durée de lecture : 4 minutes ») and of a
    wire dispatch's time stamp (``_WIRE_LINE``: « AFP 141402 MAR 24 »)."""
    return frozenset(fold(e.form).text.split()[0] for e in load_table("furniture")) | {
        *("lecture", "duree"),
        *("afp", "belga", "ats", "reuters"),  # a wire dispatch's time stamp (_WIRE_LINE)
    }


@functools.cache
def _second_words() -> dict[str, tuple[str, ...]]:
    """For each first word of furniture forms that is no form by itself, the second words
    of the forms it starts (folded): a line that starts with the word matches a form only
    when its next word starts with one of them (every form is matched as written, its
    words one space apart; the copyright notice starts with no such word).

    >>> _second_words()["les"]
    ('commentaires', 'plus')
    >>> "partager" in _second_words()  # "Partager" is a form by itself
    False
    """
    seconds: dict[str, set[str]] = {}
    alone: set[str] = set()
    for e in load_table("furniture"):
        words = fold(e.form).text.split()
        if len(words) == 1:
            alone.add(words[0])
        else:
            seconds.setdefault(words[0], set()).add(words[1])
    return {w: tuple(sorted(s)) for w, s in seconds.items() if w not in alone}


@functools.cache
def _furniture_any() -> regex.Pattern[str]:
    """The furniture patterns as one: an exact form up to the end, a prefix, a copyright."""
    exact, prefix, punct = _furniture()
    return regex.compile(
        f"(?:{exact.pattern})$|{prefix.pattern}|{punct.pattern}|{_COPYRIGHT_NOTICE.pattern}"
    )


# A name as printed in a byline: capitalized words, particles, initials.
_NAME_WORD = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'.\-]*+|de|du|des|la|le|van|von|da|di|d'\S++)")
_SEPARATORS = regex.compile(r"\s*+(?:,|\bet\b|\band\b|\bavec\b|&|/)\s*+|\s++")


@functools.cache
def _bylines() -> tuple[regex.Pattern[str], tuple[str, ...]]:
    exact: list[str] = []
    prefix: list[str] = []
    for e in load_table("bylines"):
        (exact if "exact" in e.flags else prefix).append(fold(e.form).text)
    return regex.compile(rf"\(?(?:{alternation(exact)})\)?[\s.]*+"), tuple(
        sorted(prefix, key=len, reverse=True)
    )


@functools.cache
def _elided_agency() -> regex.Pattern[str]:
    """The elided article before an agency's or a newspaper's name, in any case: the
    ``l'`` of ``Avec l'AFP``, ``Avec l'Agence France-Presse`` (Le Devoir).

    >>> _elided_agency().sub("", "avec l'Agence France-Presse et L'AFP")
    'avec Agence France-Presse et AFP'
    """
    forms = alternation(fold(e.form).text for e in load_table("agencies"))
    return regex.compile(rf"(?<![\w'])l'(?=(?:{forms})(?![\w']))", regex.IGNORECASE)


@functools.cache
def _agency_names() -> regex.Pattern[str]:
    """An agency's or a newspaper's name of several words, in any case, that starts with a
    capital in the text: Radio-Canada writes ``La Presse canadienne``, whose last word is
    no name word.

    >>> _agency_names().sub("#", "Avec les informations de La Presse canadienne et de Reuters")
    'Avec les informations de # et de Reuters'
    """
    forms = alternation(fold(e.form).text for e in load_table("agencies") if " " in e.form)
    return regex.compile(rf"(?<![\w'])(?=\p{{Lu}})(?i:{forms})(?![\w'])")


#: What stands for an agency's name of several words in a list of names.
_AGENCY_MARK = "\ue000"

#: Between a byline's lead words and the names: spaces and a colon (``Texte : Jean Dupont``).
_LEAD_COLON = regex.compile(r"\s*+:")

#: The post after the names (folded, any case): ``, envoyé spécial à Kiev``, ``, notre
#: correspondante à Ottawa``. Each form before the shorter one it starts with (the groups
#: are atomic).
_POST_TAIL = regex.compile(
    r"\s*+,\s*+(?i:(?:notre\s++|nos\s++)?+"
    r"(?:envoyees|envoyee|envoyes|envoye|correspondantes|correspondante|correspondants|"
    r"correspondant)(?:\s++(?:speciales|speciale|speciaux|special|permanentes|permanente|"
    r"permanents|permanent))?+(?:\s++(?:a|au|aux|en|dans)\s++(?-i:\p{Lu})[^,;:!?]{0,40}+)?+)$"
)


def _names_only(rest: str) -> bool:
    """Whether ``rest`` (original case) is a short list of names or agencies, after a colon
    if there is one, and before the authors' post if there is one.

    >>> _names_only(" : Jean Dupont"), _names_only(" Jean Dupont, envoye special a Kiev")
    (True, True)
    >>> _names_only(" l'AFP et Reuters"), _names_only(" Jean Dupont, envoye de Dieu")
    (True, False)
    """
    lead = _LEAD_COLON.match(rest)
    if lead is not None:
        rest = rest[lead.end() :]
    post = _POST_TAIL.search(rest)
    if post is not None:
        rest = rest[: post.start()]
    rest = _elided_agency().sub("", rest)
    rest = _agency_names().sub(_AGENCY_MARK, rest)
    words = [w for w in _SEPARATORS.split(rest.strip(" ().")) if w]
    if not words or len(words) > 12:
        return False
    agencies = agency_pattern()
    return all(
        w == _AGENCY_MARK or _NAME_WORD.fullmatch(w) or agencies.fullmatch(fold(w).text)
        for w in words
    )


#: A signature line: one or more full names joined by "et" or commas.
#: A word of a name after the first, with its particle (« Guillaume de Calignon »,
#: « Valéry Giscard d'Estaing », « Ivo van Hove »).
_SIGNATURE_WORD = (
    r"\s++(?:(?:de|du|des|van|von|der|den|da|di)\s++|d')?+"
    r"\p{Lu}(?:\p{Ll}[\p{L}'\-]*+|\.|[\p{Lu}\-]++)"
)
_SIGNATURE = regex.compile(
    rf"(?P<first>\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)*+)(?:{_SIGNATURE_WORD}){{1,3}}+"
    rf"(?:\s*+(?:,|\bet\b)\s*+\p{{Lu}}\p{{Ll}}++(?:-\p{{Lu}}\p{{Ll}}++)*+"
    rf"(?:{_SIGNATURE_WORD}){{1,3}}+){{0,3}}+"
)


#: Where a list of names splits: commas and "et".
_NAME_LIST_SPLIT = regex.compile(r"\s*+(?:,|\bet\b)\s*+")

#: A Roman numeral ordinal ("XXe", "IIIe"): a century or a rank, no name.
#: Not « Le » (« Jean Le Gall »: a particle, no fiftieth).
_ORDINAL = regex.compile(r"(?<!\w)(?!Le(?!\w))[IVXLC]++(?:e|er|eme|ème)(?!\w)")


def _signature(cased: str) -> bool:
    """Whether a line is only the authors' full names, the first one opening with a known
    given name (``Claire Gatinois et Mariama Darame``): Le Monde signs its articles at the
    end.

    >>> _signature("Claire Gatinois et Mariama Darame"), _signature("Emmanuel Macron")
    (True, True)
    >>> _signature("Grande Muraille et Cité interdite"), _signature("La Presse Canadienne")
    (False, False)
    >>> _signature("Noël XXe"), _signature("Yassin E."), _signature("Jean-Pierre DUVAL")
    (False, True, True)
    >>> _signature("Pierre-Henri Thomas"), _signature("Gaëlle Le Berre")
    (True, True)
    """
    line = cased.strip()
    if len(line) > 80 or _SIGNATURE.fullmatch(line) is None or _ORDINAL.search(line):
        return False
    firsts = [part.split()[0] for part in _NAME_LIST_SPLIT.split(line) if part.strip()]
    return bool(firsts) and _opens_with_given(firsts[0])


def _opens_with_given(cased: str) -> bool:
    """Whether the first word of ``cased`` is a given name (:func:`_is_given`).

    >>> _opens_with_given("Dylan Meiffret"), _opens_with_given("Club Sarladais")
    (True, False)
    """
    words = cased.split(maxsplit=1)
    return bool(words) and _is_given(fold(words[0]).text.lower())


def _is_given(first: str) -> bool:
    """Whether a folded first word is a given name of the table, or two joined by a hyphen
    (« Pierre-Henri », « François-Xavier », as « Jean-Marc » is listed).

    >>> _is_given("pierre-henri"), _is_given("jean-marc"), _is_given("saint-denis")
    (True, True, False)
    """
    given = _given_names()
    if first in given:
        return True
    parts = first.split("-")
    return len(parts) == 2 and parts[0] in given and parts[1] in given


#: A signature and its agency in parentheses: ``Jean Dupont (Agence QMI)``.
_SIGNATURE_AGENCY = regex.compile(r"(?P<who>[^()\n]{3,60}+)\(\s*+(?P<agency>[^()\n]{2,30}+)\)\s*+")


def _signature_with_agency(cased: str) -> bool:
    """Whether a line is an author's full name and an agency in parentheses (the Journal
    de Montréal's ``Jean Dupont (Agence QMI)``): a byline, not a dateline (``Paris
    (AFP)``, a place alone, has no given name and surname).

    >>> _signature_with_agency("Jean Dupont (Agence QMI)"), _signature_with_agency("Paris (AFP)")
    (True, False)
    >>> _signature_with_agency("Marie Dupont (Mairie de Paris)")
    False
    """
    m = _SIGNATURE_AGENCY.fullmatch(cased.strip())
    if m is None or not _signature(m.group("who")):
        return False
    return agency_pattern().fullmatch(fold(m.group("agency").strip()).text.lower()) is not None


#: An author's post after the name, in parentheses or after a comma: Le Monde's « Jean
#: Dupont (Kiev, envoyé spécial) », « Claire Gatinois (Bruxelles, bureau européen) »,
#: « Jean Dupont, correspondant à Bruxelles ».
_SIGNATURE_POST = regex.compile(
    r"(?P<who>[^(),\n]{3,60}+)(?:\(\s*+[^(),\n]{2,30}+,\s*+(?P<post>[^()\n]{3,40}+)\)"
    r"|,\s*+(?P<post2>[^(),\n]{3,50}+))\s*+"
)
#: The posts of a signature (folded, lower case): its first words.
_POSTS = regex.compile(
    r"(?:notre\s++|de\s++notre\s++)?(?:envoyee?s?\s++speciale?s?|correspondante?s?|bureau|"
    r"correspondance|"  # Le Monde Afrique: « Yassin Ciyow (Abidjan, correspondance) »
    r"journaliste|reporter|redaction)(?![\w-])"
)


#: A place after a signature's comma (Le Temps: « Céline Zünd, Berne »).
_PLACE_POST = regex.compile(r"\p{Lu}[\p{L}'\-]++(?:\s\p{Lu}[\p{L}'\-]++)?+")


def _signature_with_post(line: str, cased: str) -> bool:
    """Whether a line is an author's full name and the author's post: Le Monde's ``Jean
    Dupont (Kiev, envoyé spécial)``, ``Claire Gatinois (Bruxelles, bureau européen)``,
    ``Jean Dupont, correspondant à Bruxelles``, or town (Le Temps: ``Céline Zünd, Berne``).

    >>> def signed(cased):
    ...     return _signature_with_post(cased.lower(), cased)
    >>> signed("Jean Dupont (Kiev, envoye special)")
    True
    >>> signed("Jean Dupont, correspondant a Bruxelles"), signed("Jean Dupont, maire de Lyon")
    (True, False)
    >>> signed("Celine Zund, Berne")  # Le Temps: the author's town
    True
    """
    m = _SIGNATURE_POST.fullmatch(line.strip())
    if m is None:
        return False
    post = m.group("post") or m.group("post2") or ""
    if _POSTS.match(post.strip()) is None and not (
        m.group("post2") is not None and _PLACE_POST.fullmatch(_post_cased(cased, m, "post2"))
    ):
        return False
    return _signature(cased.strip()[: m.end("who")])


def _post_cased(cased: str, m: regex.Match[str], group: str) -> str:
    """The text of a group of :data:`_SIGNATURE_POST` (matched on the lower-cased line) in
    ``cased``, the same line folded with its case."""
    lead = len(cased) - len(cased.lstrip())
    s, e = m.span(group)
    return cased[lead + s : lead + e].strip()


def _signature_and_outlet(line: str, cased: str) -> bool:
    """Whether a line is an outlet's name as listed and an author's full name, in either
    order: Ouest-France signs ``Ouest-France Jean Dupont.``; ``Jean Dupont, Le Parisien``.

    >>> _signature_and_outlet("ouest-france jean dupont.", "Ouest-France Jean Dupont.")
    True
    >>> _signature_and_outlet("jean dupont, le parisien", "Jean Dupont, Le Parisien")
    True
    >>> _signature_and_outlet("le soir tombe sur paris", "Le soir tombe sur Paris")
    False
    """
    line, cased = line.rstrip(" ."), cased.rstrip(" .")
    m = agency_pattern().match(line)
    if m is not None and m.end() < len(line) and line[m.end()] == " ":
        return _as_listed(cased[: m.end()]) and _signature(cased[m.end() + 1 :])
    comma = cased.rfind(",")
    if comma > 0:
        outlet = line[comma + 1 :].strip()
        if agency_pattern().fullmatch(outlet) and _as_listed(cased[comma + 1 :].strip()):
            return _signature(cased[:comma])
    return False


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(e.form).text.lower() for e in load_table("given_names"))


@functools.cache
def _outlet_with_agency() -> regex.Pattern[str]:
    """A newspaper's signature with its agencies: ``20 Minutes avec agence``, ``Ouest-France
    avec AFP``, ``Le Figaro avec AFP et Reuters``.

    >>> bool(_outlet_with_agency().fullmatch("20 minutes avec agence"))
    True
    """
    a = agency_pattern().pattern
    return regex.compile(
        rf"(?:par\s++)?+{a}\s++avec\s++(?:l'|les\s++)?+(?:agences?+|{a})"
        rf"(?:\s*+(?:,|et)\s*+(?:l'|les\s++)?+(?:agences?+|{a}))*+[\s.]*+"
    )


@functools.cache
def _agency_signature() -> regex.Pattern[str]:
    """An agency's signature alone on a line: ``(AFP)``, ``(Belga)``, ``(ats/nxp)``, and the
    RTS's ``ats/jfe`` (the agency and the editors' initials, without parentheses)."""
    agency = agency_pattern().pattern
    return regex.compile(
        rf"\(\s*+{agency}(?:\s*+/\s*+[a-z]{{1,5}}+)*+\s*+\)"
        rf"|{agency}(?:\s*+/\s*+[a-z]{{1,5}}+)++"
    )


@functools.cache
def _agency_forms() -> frozenset[str]:
    """The agencies' and newspapers' names as ``agencies.tsv`` writes them (folded)."""
    return frozenset(fold(e.form, lower=False).text for e in load_table("agencies"))


def _as_listed(name: str) -> bool:
    """Whether an agency's or a newspaper's name (folded) is written as listed or in
    capitals: ``Le Soir`` and ``LE TEMPS`` sign an article, an intertitle ``Le soir`` does
    not.

    >>> _as_listed("Le Soir"), _as_listed("LE SOIR"), _as_listed("Le soir")
    (True, True, False)
    """
    return name.isupper() or name in _agency_forms()


#: An author's initials and « avec » (BFMTV's « S.G. avec AFP », « J.-M.D. avec AFP »).
_INITIALS_WITH = regex.compile(r"(?:\p{Ll}\.-?){1,4}+\s++avec\s++(?:l')?+")
#: The dashes that may open a byline at the end of a story (« — Avec l'AFP »).
_DASHES = ("\u2014", "\u2013", "-")


#: The end code of a wire dispatch: the editors' initials, three or more, between slashes
#: (AFP: « ab/lch/cbn », « mdm/CHZ/ial/cbn »).
_END_CODE = regex.compile(r"[a-z]{2,4}+(?:/[a-z]{2,4}+){2,5}+\s*+")


#: Short words that an end code's initials are not (« et/ou/non », « Oui/Non/NSP »).
_NOT_INITIALS = frozenset(
    ("et", "ou", "non", "oui", "nsp", "km", "le", "la", "les", "des", "par", "pour", "sur", "avec")
)


def _initials_only(line: str, cased: str) -> bool:
    """Whether the parts of an end code are editors' initials: no word of the language, and
    not capitalized like names (« Rome/Oslo/Bern »).

    >>> _initials_only("ab/lch/cbn", "ab/lch/cbn"), _initials_only("et/ou/non", "et/ou/non")
    (True, False)
    >>> _initials_only("rome/oslo/bern", "Rome/Oslo/Bern")
    False
    """
    parts = cased.strip().split("/")
    if any(p.lower() in _NOT_INITIALS for p in parts):
        return False
    return not any(p[:1].isupper() and p[1:].islower() for p in parts)


#: A correspondent's line (folded, lower case): « Avec notre correspondante à Dakar »,
#: « Avec notre envoyé spécial à Kiev », and the author's name after a comma (« De notre
#: correspondant à Dakar » on the first line of a story is its dateline: not here).
_CORRESPONDENT_LINE = regex.compile(
    r"avec\s++(?:notre|nos)\s++(?:envoyee?s?\s++speciale?s?|correspondante?s?)"
    r"\s++(?:a|au|aux|en|dans)\s++[^\s,]++(?:\s++[^\s,]++){0,3}+(?:\s*+,[^,]{3,40}+)?+"
)


def is_byline(line: str, cased: str) -> bool:
    """Whether a unit is an author line: ``line`` folded and lower-cased, ``cased`` folded.

    >>> is_byline("agence france-presse", "Agence France-Presse")
    True
    >>> is_byline("avec afp", "Avec AFP")
    True
    >>> is_byline("avec le temps, tout passe", "Avec le temps, tout passe")
    False
    >>> is_byline("(ats/nxp)", "(ats/nxp)"), is_byline("(belga)", "(Belga)")
    (True, True)
    >>> is_byline("20 minutes avec agence", "20 Minutes avec agence")
    True
    >>> is_byline("\u2014 avec l'agence france-presse", "\u2014 Avec l'Agence France-Presse")
    True
    >>> is_byline("par camille lestrade | publie le 19/10/2023", "Par Camille Lestrade | Publié")
    True
    >>> is_byline("jeremy maccaud avec afp", "Jérémy Maccaud avec AFP")
    True
    >>> is_byline("avec notre correspondante a dakar, juliette dubois",
    ...           "Avec notre correspondante à Dakar, Juliette Dubois")
    True
    """
    if len(line) > _MAX_BYLINE:
        return False
    if line[:1] in _DASHES and line[1:2] == " ":  # "— Avec l'Agence France-Presse"
        return is_byline(line[2:], cased[2:])
    bar = line.find(" | ") if "|" in line else -1
    if bar > 0:  # "Par Camille Lestrade | Publié le 19/10/2023": the author, then furniture
        rest = line[bar + 3 :].strip()
        return is_byline(line[:bar], cased[:bar]) and (
            is_furniture(rest) or is_date_line(rest) or is_byline(rest, cased[bar + 3 :].strip())
        )
    exact, prefixes = _bylines()
    if exact.fullmatch(line) or _agency_signature().fullmatch(line):
        return True
    if "/" in line and _END_CODE.fullmatch(line) is not None and _initials_only(line, cased):
        return True  # an AFP dispatch's end code, the editors' initials: « ab/lch/cbn »
    if agency_pattern().fullmatch(line.rstrip(" .")) and _as_listed(cased.rstrip(" .")):
        return True  # an agency's or a newspaper's name alone: "Belga", "La Presse"
    if _CORRESPONDENT_LINE.fullmatch(line) is not None:
        sig = cased[cased.rfind(",") + 1 :].strip() if "," in line else ""
        if not sig or _signature(sig):
            return True  # RFI: « Avec notre correspondante à Dakar, Juliette Dubois »
    if " avec " in line:
        if _outlet_with_agency().fullmatch(line):
            return True
        who, _, agency = cased.partition(" avec ")
        if _signature(who) and agency_pattern().fullmatch(
            fold(agency.strip(" .")).text.lower().removeprefix("l'")
        ):
            return True  # BFMTV: « Jérémy Maccaud avec AFP »
        initials = _INITIALS_WITH.match(line)
        if initials is not None and agency_pattern().fullmatch(line[initials.end() :].rstrip(" .")):
            return True  # BFMTV's "S.G. avec AFP": the author's initials and the agency
    if (
        _signature(cased)
        or _signature_with_agency(cased)
        or _signature_and_outlet(line, cased)
        or _signature_with_post(line, cased)
    ):
        return True
    if not line.startswith(prefixes):
        return False  # no prefix starts the line (one C-level test)
    for p in prefixes:
        if line.startswith(p) and (
            len(line) == len(p) or p[-1] == "'" or not line[len(p)].isalnum()
        ):
            if len(line) == len(p):
                return False
            return _names_only(cased[len(p) :]) or _signature_with_post(
                line[len(p) :], cased[len(p) :]
            )  # "Par Jean Dupont (Kiev, envoyé spécial)"
    return False


@functools.cache
def _date_line() -> regex.Pattern[str]:
    months = alternation(fold(e.form).text.lower() for e in load_table("months"))
    weekdays = alternation(fold(e.form).text.lower() for e in load_table("weekdays"))
    day = (
        rf"(?:(?:{weekdays})\s*+,?\s*+)?+"
        rf"(?:\d{{1,2}}(?:er)?\s++(?:{months})\.?\s++\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}})"
        r"(?:\s*+(?:[,|\-\u2013\u2014]|a(?=\s))|\s)\s*+\d{1,2}\s*+(?:h|:)\s*+(?:\d\d)?+"
        r"(?:\s*+\(?(?:utc|gmt|hne|hae|cet|cest)[^)]{0,6}\)?)?+"
    )
    return regex.compile(
        rf"(?P<update>(?:modifie|mis a jour)\s++)?+(?:(?:le|publie)\s*+(?:le\s++)?:?\s*+)?+{day}"
        # the update after the publication: "Le 19/10/2023 à 7:30 Mis à jour le 19/10/2023 à 9:00"
        rf"(?:[\s,|]*+(?:mis a jour|modifie)\s*+(?:le\s++)?:?\s*+{day})?+[.\s]*+"
    )


def is_date_line(line: str, update: bool = True) -> bool:
    """Whether a unit (lower-cased, folded) is only a day, its year and a time: a web
    page's publication line written without « Publié le » (« 18 octobre 2023 à 16h05 »,
    « Mercredi 18 octobre 2023 à 16:05 », « 18.10.2023, 16:05 »), or its update line
    (« Modifié mardi 26 septembre 2023 à 18:45 »), unless ``update`` is False.

    >>> is_date_line("18 octobre 2023 a 16h05"), is_date_line("mercredi 18 octobre 2023 a 16:05")
    (True, True)
    >>> is_date_line("18.10.2023, 16:05"), is_date_line("18 octobre 2023")
    (True, False)
    >>> is_date_line("lundi, 6 mai 2024 10:12")  # the Journal de Montréal's
    True
    >>> is_date_line("le 18 octobre 2023 a 16h, le ministre a parle.")
    False
    >>> is_date_line("modifie mardi 26 septembre 2023 a 18:45", update=False)
    False
    """
    if len(line) > 120:
        return False
    m = _date_line().fullmatch(line)
    return m is not None and (update or m.group("update") is None)
