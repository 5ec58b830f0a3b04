"""Reporting cues: a reporting verb in any form news uses, read at a token of a paragraph.

>>> from frnews.text import fold
>>> from frnews.quotes.mentions import Para
>>> t = "« Non », a-t-il également martelé. Elle s’est félicitée."
>>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
>>> v = match_verb(p, 4)
>>> v.lemma, v.kind, v.pronoun, p.text_of(v.t0, v.t1)
('marteler', 'compound', 'il', 'a-t-il également martelé')
>>> v = match_verb(p, 9)
>>> v.lemma, p.text_of(v.t0, v.t1)
('feliciter', 's’est félicitée')
"""

from __future__ import annotations

from typing import NamedTuple

from frnews.quotes.lex import AUX_AVOIR, AUX_ETRE, VerbForm, lexicons, split_inverted
from frnews.quotes.mentions import Para, _adverb, _filler_end

__all__ = ["VerbMatch", "match_verb"]

_REFLEXIVE = frozenset({"se", "s'"})
_NEGATION = frozenset({"ne", "n'"})


class VerbMatch(NamedTuple):
    """A reporting verb found in a paragraph, tokens ``[t0, t1)``.

    >>> VerbMatch(0, 2, "declarer", "compound", None, frozenset()).pronoun is None
    True
    """

    t0: int
    t1: int
    #: The infinitive, folded.
    lemma: str
    #: ``finite`` (estime, déclara), ``compound`` (a déclaré, s'est félicité), ``ppr``
    #: (soulignant) or ``inf`` (regretter).
    kind: str
    #: The subject pronoun glued to an inverted form ("a-t-il" -> "il"), if any.
    pronoun: str | None
    flags: frozenset[str]
    #: The token that holds the inverted pronoun.
    pronoun_token: int = -1


#: Stressed pronouns set between commas inside a compound tense ("a, lui, salué").
_ASIDE_PRONOUNS = frozenset({"lui", "elle", "eux", "elles"})


def _aside_end(p: Para, k: int, n: int) -> int:
    """After the comma at ``k``, the end of an aside closed by a comma: a stressed pronoun
    or a filler (", lui,", ", pour sa part,"); else ``k``."""
    j = k + 1
    if j < n and p.low[j] in _ASIDE_PRONOUNS:
        j += 1
    else:
        j = _filler_end(p, j, n)
    return j + 1 if k + 1 < j < n and p.low[j] == "," else k


def _extra_end(p: Para, t: int, extra: tuple[str, ...]) -> int:
    if not extra:
        return t
    if tuple(p.low[t : t + len(extra)]) == extra:
        return t + len(extra)
    return -1


#: The forms of a lexicon entry of the wanted kinds, and whether the spelling needs no check
#: (computed once per entry, kinds and pronominality: a few thousand keys at most).
_PICKED: dict[tuple[int, tuple[str, ...], bool], tuple[list[VerbForm], bool]] = {}


def _pick(
    p: Para, t: int, forms: tuple[VerbForm, ...], kinds: tuple[str, ...], pron: bool
) -> list[VerbForm]:
    """The forms of the right kinds whose spelling agrees with the original token (the
    fold merges "déclare" and "déclaré"; a text written without accents matches both)."""
    key = (id(forms), kinds, pron)  # the tuples of the cached lexicons live forever
    found = _PICKED.get(key)
    if found is None:
        out = [f for f in forms if f.kind in kinds and f.pronominal == pron]
        found = _PICKED[key] = (out, len(out) <= 1 and not any(f.kind == "finite" for f in out))
    out, plain = found
    if plain:
        return out
    word = p.original_word(t)
    if split_inverted(p.low[t])[1] is not None:
        word = word.rsplit("-", 2 if "-t-" in word else 1)[0]
    if word.isascii():
        return out
    return [f for f in out if f.spelled == word]


#: Verb forms that are common nouns too (« titre », « poste »): after them, a complement or a
#: participle makes them the noun.
_NOUN_FORMS = frozenset(("titre", "titres", "poste", "postes"))


def _noun_after(p: Para, k: int) -> bool:
    """Whether token ``k``, after a form of :data:`_NOUN_FORMS`, makes it a noun: « du »,
    « de », « des », « d' », or a past participle (« occupé »)."""
    if p.low[k] in ("du", "de", "des", "d'", "a", "au", "aux") or p.low[k] in _PARTICIPLES:
        return True
    return p.original_word(k).endswith(("é", "ée", "és", "ées"))


#: Participles not in « é » after a noun form (« titre paru en 2020 », « sorti »).
_PARTICIPLES = frozenset(
    ("paru", "parue", "parus", "sorti", "sortie", "sortis", "ecrit", "ecrite", "lu", "vu")
)


def match_verb(p: Para, i: int) -> VerbMatch | None:
    """The reporting verb that starts at token ``i``, or None.

    Reads ``a déclaré``, ``avait ainsi indiqué``, ``a-t-il ajouté``, ``estime-t-elle``,
    ``s'est félicité``, ``se sont dits``, ``déclara``, ``soulignant``, ``regretter``,
    ``a fait savoir``. Tokens inside a quote are never part of a cue.

    >>> from frnews.text import fold
    >>> t = "Il a fait savoir qu’il viendrait."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> v = match_verb(p, 1)
    >>> v.lemma, v.kind, p.text_of(v.t0, v.t1)
    ('faire', 'compound', 'a fait savoir')
    >>> match_verb(p, 0) is None
    True
    """
    lx = lexicons()
    low = p.low
    n = len(low)
    t = i
    refl = False
    if t < n and low[t] in _REFLEXIVE:
        refl = True
        t += 1
    if t < n and low[t] in _NEGATION and refl:
        t += 1
    if t < n and low[t] in ("en", "y") and refl:  # "s'en défend", "s'y oppose"
        t += 1
    if t >= n or not low[t][0].isalpha() or p.quote_of[t] >= 0:
        return None
    if not refl and i > 0 and low[i - 1] in _REFLEXIVE:
        return None  # "s'expriment": a pronominal use of a verb listed without it
    base, pron = split_inverted(low[t])
    ptok = t if pron is not None else -1
    aux = AUX_ETRE if refl else AUX_AVOIR
    if base in aux:
        k = t + 1
        for _ in range(4):  # "a également déclaré", "ont immédiatement dénoncé"
            e = _filler_end(p, k, n)
            if e == k and k < n and low[k].endswith("ment") and _adverb(low[k]):
                e = k + 1
            if e == k and k < n and low[k] == ",":
                e = _aside_end(p, k, n)  # "a, lui, salué", "a, pour sa part, jugé"
            if e == k:
                break
            k = e
        if k < n and low[k] in lx.verbs:
            for f in _pick(p, k, lx.verbs[low[k]], ("pp",), refl):
                e = _extra_end(p, k + 1, f.extra)
                if e >= 0:
                    return VerbMatch(i, e, f.lemma, "compound", pron, f.flags, ptok)
        return None
    forms = lx.verbs.get(base)
    if forms is None:
        return None
    if pron is None and base in _NOUN_FORMS and t + 1 < n and _noun_after(p, t + 1):
        return None  # « « Les Misérables », titre du roman », « poste occupé par »: a noun
    kinds = ("finite",) if pron is not None else ("finite", "ppr", "inf")
    for f in _pick(p, t, forms, kinds, refl):
        e = _extra_end(p, t + 1, f.extra)
        if e >= 0:
            return VerbMatch(i, e, f.lemma, f.kind, pron, f.flags, ptok)
    return None
