"""Headings (intertitles): short stand-alone lines that are not sentences.

A unit is a heading when it is one line, short, starts like a title (a capital, a digit
or an opening quotation mark) and does not end like a sentence or a clause (``.``, ``,``,
``;``, ``:``); a question or an exclamation is a heading (``Livraisons en cours ?``), and
so is a quotation whose last word has no full stop before the closing guillemet
(``« Il n'a jamais appelé à la haine »``). The last unit of a text is never a heading.

>>> is_heading("Livraisons en cours ?")
True
>>> is_heading("Leur identite n'est pas encore determinee.")
False
>>> is_heading("« C'est un vecteur de haine et un empoisonneur public »")
True
>>> is_heading("« Je partage l'angoisse des familles. »")
False
"""

from __future__ import annotations

import re

import regex

__all__ = ["MAX_HEADING_CHARS", "MAX_HEADING_WORDS", "is_heading"]

#: Longest heading, in characters.
MAX_HEADING_CHARS = 120
#: Longest heading, in words.
MAX_HEADING_WORDS = 18
#: The longest title, in words, on a text's first line.
MAX_TITLE_WORDS = 26

_CLOSERS = " »\"”'’)]"
_OPENERS = "«\"“'‘([ "
_WORD = regex.compile(r"[\p{L}\p{N}]++")
#: :data:`_WORD` for an ASCII line (most folded lines): the stdlib ``re`` searches it
#: several times faster, and in ASCII its letters and digits are those of ``_WORD``.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def is_heading(line: str, title: bool = False) -> bool:
    """Whether a one-line unit (folded, case kept) looks like a heading.

    With ``title``, the unit is the article's title on its first line, which may run to
    :data:`MAX_TITLE_WORDS` words (« Ligue 1 : « On a été au bout de nous-mêmes », Franck
    Haise savoure la victoire de Lens à Lille »).

    >>> is_heading("Sauver les huitres du banc d'Arguin, avant Noel")
    True
    >>> is_heading("- 12 morts et 40 blesses")
    False
    >>> is_heading("Vous etiez ministre a Paris. Qu'avez-vous ressenti ?")
    False
    >>> is_heading("Rugby. La France eliminee"), is_heading("M. Macron a Lyon")
    (True, True)
    >>> t = "Ligue 1 : « On a ete au bout de nous-memes », Franck Haise savoure la victoire"
    >>> t += " de Lens a Lille"
    >>> is_heading(t), is_heading(t, title=True)
    (False, True)
    """
    if not line or len(line) > MAX_HEADING_CHARS:
        return False
    core = line.rstrip(_CLOSERS)
    if not core or core[-1] in ".,;:-…/":
        return False
    first = line.lstrip(_OPENERS)[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    words = (_ASCII_WORD if line.isascii() else _WORD).findall(line)
    if not words or len(words) > (MAX_TITLE_WORDS if title else MAX_HEADING_WORDS):
        return False
    m = _SENTENCE_INSIDE.search(line) if core.endswith("?") else None
    if m is not None and len(line[: m.start()].split()) >= 4:
        return False  # a sentence, then a question: an interview's question
    return any(w.isalpha() and len(w) > 1 for w in words)


#: The end of a sentence inside a line and the start of the next: a word of lower-case
#: letters, a period, and a capital (« … de Samuel Paty. Qu'avez-vous ressenti ? »); not
#: an honorific or an initial (« M. Macron »). A heading may hold two short parts
#: (« Rugby. La France éliminée », « Un match historique. Et cruel »): only a sentence of
#: five words or more before a question makes a line no heading.
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}{2}[.!?…][ \t\u00a0]++[«\"]?+\p{Lu}")
