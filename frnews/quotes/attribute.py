"""Speaker attribution: named rules, run in the order of :data:`RULES`, then propagation.

The article is read in text order, sentence by sentence. In each sentence the reporting
cues are found first (a reporting verb with its subject: ``a déclaré le ministre russe``,
``M. Kim a affirmé``, ``a-t-il ajouté``; a marker: ``selon lui``, ``pour X,``), and
their subjects are resolved to *referents* (the persons and bodies of the article, with
their fullest name, titles and gender). Then each quote of the sentence gets the speaker of
the first rule of :data:`RULES` that applies. Quotes that no rule attributes may take the
speaker of a neighbouring quote (:data:`PROPAGATION`); the rest keep ``speaker=None``.

>>> from frnews.quotes.api import find_quotes
>>> [(q.text, q.speaker.name, q.cue.rule) for q in find_quotes(
...     "Le ministre des Affaires étrangères Sergueï Lavrov est arrivé jeudi.\\n\\n"
...     "« Nous sommes préoccupés », a déclaré le ministre russe.")]
[('Nous sommes préoccupés', 'Sergueï Lavrov', 'incise-after')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

from frnews.lexicons import opens_a_name
from frnews.quotes.cues import VerbMatch, match_verb
from frnews.quotes.lex import AUX_AVOIR, AUX_ETRE, TitleInfo, lexicons
from frnews.quotes.mentions import (
    COPULAS,
    DEMONSTRATIVES,
    DETERMINERS,
    ENDS,
    FUNCTION_WORDS,
    INDEFINITES,
    NUMERALS,
    PREPOSITIONS,
    QUOTED_END,
    TITLE_ADJECTIVES,
    Mention,
    Para,
    _document_end,
    _filler_end,
    _long_title_at,
    _main_end,
    _skip_paren,
    _title_at,
    clause_subject,
    mention,
    postposed_span,
)
from frnews.quotes.model import (
    Quote,
    QuoteKind,
    Speaker,
    _cue_at,
    _quote_at,
    _speaker_at,
)
from frnews.quotes.scan import RawQuote, Regions
from frnews.text import FoldedText, LowerView, fold

__all__ = ["PROPAGATION", "RULES", "attribute"]

#: Markers that introduce the source of a quote: "selon lui", "d'après KCNA".
_ACCORDING = {
    ("selon",): "selon",
    ("d'", "apres"): "d'après",
    ("aux", "yeux", "de"): "aux yeux de",
    ("aux", "yeux", "d'"): "aux yeux d'",
    ("de", "l'", "avis", "de"): "de l'avis de",
    ("a", "en", "croire"): "à en croire",
    ("à", "en", "croire"): "à en croire",
    # the words of someone: « Selon les termes du juge, … », « Pour reprendre les mots de
    # Jacques Chirac, « … » »
    ("selon", "les", "termes", "de"): "selon les termes de",
    ("selon", "les", "termes", "du"): "selon les termes du",
    ("selon", "les", "mots", "de"): "selon les mots de",
    ("selon", "les", "mots", "du"): "selon les mots du",
    ("pour", "reprendre", "les", "mots", "de"): "pour reprendre les mots de",
    ("pour", "reprendre", "les", "mots", "du"): "pour reprendre les mots du",
    ("pour", "reprendre", "les", "termes", "de"): "pour reprendre les termes de",
    ("pour", "reprendre", "l'", "expression", "de"): "pour reprendre l'expression de",
}
#: The number of words of the longest marker of :data:`_ACCORDING`.
_ACCORDING_MAX = max(len(k) for k in _ACCORDING)
_AFTER_COMMA = re.compile(r",\s+(?:se\s+|s')?(?:ne\s+|n')?([\w'-]+)")
_PERSONAL = frozenset({"il", "elle", "lui", "ils", "elles", "eux"})
_ACCORDING_FIRST = frozenset({k[0] for k in _ACCORDING} | {"pour", "comme"})
_CLITICS = frozenset(
    [
        "ne",
        "n'",
        "lui",
        "leur",
        "l'",
        "le",
        "la",
        "les",
        "y",
        "en",
        "nous",
        "vous",
        "me",
        "m'",
        "te",
        "t'",
    ]
)
#: Object pronouns between an incise's comma and its verb ("», lui a-t-elle lancé",
#: "», m'a-t-il confié").
_INCISE_CLITICS = frozenset(["lui", "leur", "nous", "vous", "m'", "me", "t'", "te", "l'"])
#: Stressed pronouns set between commas after a subject ("Le procureur, lui, a requis").
_STRESSED = frozenset(["lui", "elle", "eux", "elles"])
_BOUNDARY = frozenset({"que", "qu'", "dont", ";", ":", "«", "»", "“", "”"})
_SENT_END = frozenset({".", "!", "?", "…"})
#: The last token of a quotation that ends with its own mark (the inside of a quote is
#: one token, :data:`~frnews.quotes.mentions.QUOTED_END` then): an incise after it needs
#: no comma (« Partez ! » a crié le policier).
_ENDS_ITS_SENTENCE = _SENT_END | {QUOTED_END}
#: The kinds of mention that name who speaks whatever their determiner (a ``group`` or a
#: ``desc`` needs one: ``les manifestants``, not ``200 millions``).
_SPEAKER_KINDS = frozenset({"person", "title", "body"})

_VERBISH = frozenset(
    [
        "est",
        "sont",
        "etait",
        "etaient",
        "sera",
        "seront",
        "serait",
        "seraient",
        "a",
        "ont",
        "avait",
        "avaient",
        "aura",
        "auront",
        "aurait",
        "auraient",
        "peut",
        "peuvent",
        "pourrait",
        "pourraient",
        "doit",
        "doivent",
        "devrait",
        "devraient",
        "va",
        "vont",
        "allait",
        "faut",
        "fallait",
        "reste",
        "restent",
        "existe",
        "fait",
        "font",
        "faisait",
        "semble",
        "sommes",
        "etes",
        "suis",
        "ai",
        "avons",
        "avez",
        "as",
        "veux",
        "veut",
        "voulons",
        "voulez",
        "vais",
        "dois",
        "devons",
        "pouvons",
        "pouvez",
        "savons",
        "sait",
        "sais",
        "soit",
        "soient",
    ]
)
_SUBJECT_PRONOUNS = frozenset(
    ["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ce", "cela", "ca"]
)


class Referent:
    """A person, body or group of the article.

    Internal state (a plain class with slots: referents are made and read in hot loops).
    """

    __slots__ = (
        "asked",
        "background",
        "comp",
        "desc",
        "desc_head",
        "gender",
        "indefinite",
        "keys",
        "kind",
        "last",
        "last_speaker",
        "last_subject",
        "name",
        "name_key",
        "para",
        "plural",
        "quals",
        "titles",
        "tokens",
    )

    def __init__(self, kind: str) -> None:
        self.kind = kind
        #: Original span of the fullest name, if any.
        self.name: tuple[int, int] | None = None
        self.name_key = ""
        #: Original span of the description that introduced an unnamed referent.
        self.desc: tuple[int, int] | None = None
        self.desc_head = ""
        #: The words after the title of that description (« de l'armée israélienne »), and
        #: whether an indefinite article introduced it (« un député insoumis »).
        self.comp: tuple[str, ...] = ()
        self.indefinite = False
        self.gender: str | None = None
        self.plural = False
        #: Title keys and the nouns that may refer back to them.
        self.keys: set[str] = set()
        self.titles: set[str] = set()
        self.tokens: set[str] = set()
        #: The adjectives right after its titles ("président russe" -> "russe").
        self.quals: set[str] = set()
        #: Folded offset of the last mention, and of the last mention as a speaker.
        self.last = -1
        self.last_speaker = -1
        #: Folded offset of the cue of its last quote that asked a question (``« … ? »``).
        self.asked = -1
        #: Folded offset of the last mention as the subject that opens a sentence.
        self.last_subject = -1
        #: Only mentioned as a title subject after a fronted adverbial (« Dans la nuit, le
        #: policier blessé avait été transporté »): a pronoun's last resort.
        self.background = False
        self.para = -1


class Attribution:
    """A resolved cue: the referent, the mention it rests on, the cue words."""

    __slots__ = ("cue_span", "mention", "para", "para_obj", "pos", "ref", "rule", "spans")

    def __init__(
        self,
        ref: Referent,
        para: int,
        mention: Mention,
        cue_span: tuple[int, int] | None,
        rule: str,
        pos: int = 0,
        para_obj: Para | None = None,
    ) -> None:
        self.ref = ref
        self.para = para
        self.mention = mention
        self.cue_span = cue_span
        self.rule = rule
        self.pos = pos
        #: The tokens the mention indexes, when not those of paragraph ``para`` (an
        #: incise inside a quote).
        self.para_obj = para_obj
        #: The original spans of the mention and of the cue words (:meth:`original_spans`).
        self.spans: tuple[tuple[int, int], tuple[int, int] | None] | None = None

    def tokens(self, doc: Doc) -> Para:
        """The paragraph tokens the mention and the cue index."""
        return self.para_obj if self.para_obj is not None else doc.paras[self.para]

    def original_spans(self, doc: Doc) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """The original spans of the mention and of the cue words (None without a cue),
        read once: a quote's result takes them as soon as it is chosen, while its
        paragraph's tokens are at hand."""
        if self.spans is None:
            p = self.tokens(doc)
            cue = None if self.cue_span is None else p.span_of(*self.cue_span)
            self.spans = (p.span_of(self.mention.t0, self.mention.t1), cue)
        return self.spans

    def with_rule(self, rule: str) -> Attribution:
        """The same attribution under another rule's name."""
        out = Attribution(
            self.ref, self.para, self.mention, self.cue_span, rule, self.pos, self.para_obj
        )
        out.spans = self.spans
        return out


class _Q:
    __slots__ = (
        "close_sent",
        "close_tok",
        "first_para",
        "kind",
        "last_para",
        "named",
        "open_tok",
        "prev",
        "raw",
        "result",
        "sent",
    )

    def __init__(
        self, raw: RawQuote, first_para: int, open_tok: int, last_para: int, close_tok: int
    ) -> None:
        self.raw = raw
        self.first_para = first_para
        self.open_tok = open_tok
        self.last_para = last_para
        self.close_tok = close_tok  # index of the closing mark in last_para, or len(last_para)
        self.sent = 0  # sentence of the opening mark
        self.close_sent = 0
        self.prev = ""  # the lower-case token before the opening mark
        self.result: Attribution | None = None
        self.kind = QuoteKind.FULL
        #: The quote is a name or a title ("son livre « … »"): nobody said it.
        self.named = False


class _Cue:
    __slots__ = ("attribution", "postposed", "subject", "verb")

    def __init__(
        self, verb: VerbMatch, subject: tuple[int, int, int] | None, postposed: bool
    ) -> None:
        self.verb = verb
        # (start, main, end) tokens, or None for a pronoun
        self.subject = subject
        self.postposed = postposed
        self.attribution: Attribution | None = None


class Doc:
    """The state of one attribution run."""

    __slots__ = (
        "according",
        "acronyms",
        "by_body",
        "by_name",
        "cased",
        "cues",
        "depth",
        "last_mention_span",
        "low",
        "name_index",
        "paras",
        "quotes",
        "read",
        "refs",
        "searched",
        "text",
    )

    def __init__(self, text: str, cased: FoldedText, paras: _Paras, quotes: list[_Q]) -> None:
        self.text = text
        self.cased = cased
        self.paras = paras
        self.quotes = quotes
        self.refs: list[Referent] = []
        self.by_name: dict[str, Referent] = {}
        self.by_body: dict[str, Referent] = {}
        self.name_index: dict[str, list[tuple[int, int, int]]] = {}
        self.acronyms: dict[str, tuple[int, int, int] | None] = {}
        self.cues: dict[tuple[int, int], list[_Cue]] = {}
        self.read: set[int] = set()
        self.according: dict[tuple[int, int], list[Attribution]] = {}
        self.searched: set[tuple[str, int]] = set()
        #: How many paragraph reads are nested (a read triggered by a resolution).
        self.depth = 0
        #: The lower-case folded text, read window by window.
        self.low = LowerView("")
        self.last_mention_span: dict[int, tuple[int, int]] = {}


# -- referents -------------------------------------------------------------------------


def _key(p: Para, t0: int, t1: int) -> str:
    return " ".join(w for w in p.low[t0:t1] if w != ".")


def _pos(p: Para, t: int) -> int:
    return p.starts[t] if t < len(p.starts) else (p.ends[-1] if p.ends else 0)


def _gender_ok(ref: Referent, gender: str | None) -> bool:
    return gender is None or ref.gender is None or ref.gender == gender


def _honorific_before(p: Para, t: int) -> bool:
    """Whether an honorific (``M.``, ``Mme``) stands right before token ``t``."""
    k = t - 1
    if k > 0 and p.low[k] == ".":
        k -= 1
    return p.low[k] in lexicons().honorifics


def _expand_name(
    doc: Doc, p: Para, t0: int, t1: int, pos: int, surname_only: bool = False
) -> tuple[int, int, int] | None:
    """A fuller name run for a surname (``Caldwell`` -> ``Éric Alan Caldwell``):
    ``(para, t0, t1)``, the nearest before ``pos``, else the first after. With
    ``surname_only`` (a given name alone), only a name it ends counts."""
    toks = [w for w in p.low[t0:t1] if w != "."]
    if not toks:
        return None
    cands = doc.name_index.get(toks[-1])
    if cands is None:
        cands = []
        here = p.index
        for pi in doc.paras.containing(doc.low, toks[-1], here - REACH, here + REACH):
            q = doc.paras[pi]
            for r in q.runs:
                if (
                    not r.complement
                    and not r.acronym
                    and r.t1 - r.t0 >= 2
                    and toks[-1] in q.low[r.t0 : r.t1]
                ):
                    cands.append((pi, r.t0, r.t1))
        doc.name_index[toks[-1]] = cands
    best = None
    for c in cands:
        cp, c0, c1 = c
        q = doc.paras[cp]
        ctoks = [w for w in q.low[c0:c1] if w != "."]
        if len(ctoks) <= len(toks) or not set(toks) <= set(ctoks):
            continue
        if surname_only and ctoks[-1] != toks[-1]:
            continue  # "Jacques" is not "Jacques Billant"
        cpos = q.starts[c0]
        if cpos <= pos:
            best = c
        elif best is None:
            return c
    return best


def _new_ref(doc: Doc, kind: str) -> Referent:
    ref = Referent(kind)
    doc.refs.append(ref)
    return ref


#: How far back (characters) the full names a given name alone may stand for are read.
_OPENED_REACH = 20_000


def _opened_by(doc: Doc, p: Para, given: str) -> Referent | None:
    """The person whose full name opens with the given name ``given`` (« Thomas » for
    « Thomas Ramos »), when the paragraphs up to this one name only one such full name;
    None when they name none or several (« Thomas Ramos et Thomas Salles », « Paul Biya
    … Paul Kagame », « Louis Boyard … Louis XIV »)."""
    # one search of the text (no paragraph tokenized for it): the capitalized words after
    # the given name, up to the end of this paragraph
    paras = doc.paras
    hi = paras.ends[p.index]
    lo = max(paras.starts[max(0, p.index - REACH)], hi - _OPENED_REACH)
    text, off = doc.low.window(lo, hi)
    cased = doc.cased.text
    surnames: set[str] = set()
    # (the window is read between lo and hi only: the view may hold more of the text, and
    # what it holds depends on its pieces)
    word = given + " "
    k = text.find(word, lo - off, hi - off)
    while k >= 0:
        at = k + off  # in the folded text with its case
        a = at + len(word)  # the next word
        if (at == 0 or not cased[at - 1].isalnum()) and cased[a : a + 1].isupper():
            b = a
            while b < hi and (cased[b].isalnum() or cased[b] in "-'"):
                b += 1
            surnames.add(cased[a:b].lower())
            if len(surnames) > 1:
                return None
        k = text.find(word, k + 1, hi - off)
    if len(surnames) != 1:
        return None
    start = given + " " + surnames.pop()
    found = None
    for r in doc.refs[-RECENT:]:
        if r.kind == "person" and r.name is not None and r.name_key.startswith(start):
            if found is not None and found is not r:
                return None
            found = r
    return found


#: After a given name alone, what describes a new person (a vox pop: « Jacques, 72 ans »,
#: « Jacques (72 ans) », « Georges son petit-fils », « Jacques qui habite en face »).
_DESCRIPTION_AFTER = frozenset(
    (",", "(", "son", "sa", "ses", "un", "une", "qui", "le", "la", "l'", "lui", "elle")
)


def _described_after(p: Para, t1: int) -> bool:
    """Whether a description follows the name that ends at token ``t1``."""
    low = p.low
    return t1 < len(low) and (low[t1] in _DESCRIPTION_AFTER or low[t1].isdigit())


def _name_ref(doc: Doc, p: Para, run: tuple[int, int], pos: int) -> Referent:
    t0, t1 = run
    key = _key(p, t0, t1)
    ref = doc.by_name.get(key)
    if ref is not None:
        return ref
    toks = key.split()
    # a given name alone, with no honorific: a witness of a vox pop (« souffle Jacques, 72
    # ans »), not the Jacques of a full name; it stands for a full name as its surname only
    first_name = (
        len(toks) == 1 and toks[0] in lexicons().given and not (t0 and _honorific_before(p, t0))
    )
    # a given name alone after the only full name that opens with it is that person
    # (« Thomas Ramos a marqué. … a renchéri Thomas »), unless a description follows it
    # (a vox pop: « Jacques, 72 ans », « Jacques (72 ans) », « Georges son petit-fils »)
    opened = _opened_by(doc, p, toks[0]) if first_name and not _described_after(p, t1) else None
    # a surname or a shorter form of a known name
    best = None
    for r in reversed(doc.refs[-RECENT:]):
        if (
            r.kind == "person"
            and r.name is not None
            and set(toks) <= r.tokens
            and (best is None or r.last > best.last)
            and not (first_name and r.name_key.split()[-1] != toks[0] and r is not opened)
        ):
            best = r
    if best is not None:
        doc.by_name[key] = best
        return best
    ref = _new_ref(doc, "person")
    full = _expand_name(doc, p, t0, t1, pos, first_name) if len(toks) == 1 else None
    if full is not None:
        fp, f0, f1 = full
        q = doc.paras[fp]
        ref.name = q.span_of(f0, f1)
        ref.name_key = _key(q, f0, f1)
        ref.tokens = set(ref.name_key.split())
        doc.by_name[ref.name_key] = ref
    else:
        ref.name = p.span_of(t0, t1)
        ref.name_key = key
        ref.tokens = set(toks)
    doc.by_name[key] = ref
    ref.gender = lexicons().given.get(ref.name_key.split()[0])
    return ref


def _titled(
    doc: Doc,
    head: str,
    gender: str | None,
    pos: int,
    generic: bool,
    quals: frozenset[str] = frozenset(),
    bare: bool = False,
) -> Referent | None:
    """The last person whose titles fit ``head`` ("l'élue" refers back to a title whose
    classes say "élu"); with ``quals`` ("le dirigeant chinois"), not one whose titles
    carry other adjectives ("le président russe"). With ``bare`` (the title alone after
    its article), also a lawyer introduced as « Me … » for ``avocat``."""
    heads = {head, head[:-1] if head.endswith("e") else head + "e"}
    if bare and head.startswith("avocat"):
        heads |= {"me:avocat", "me:avocate"}
    best = None
    for r in doc.refs[-RECENT:]:
        if r.kind != "person" or r.last > pos or not _gender_ok(r, gender):
            continue
        if quals and r.quals and _other_quals(quals, r.quals):
            continue
        if (generic or not heads.isdisjoint(r.keys)) and (best is None or r.last > best.last):
            best = r
    return best


def _of_nationality(doc: Doc, head: str, gender: str | None, pos: int) -> Referent | None:
    """The person a nationality alone refers back to (« a déclaré l'Allemand »), when no
    one was introduced with it as a noun: the last one whose title had it as an adjective
    (« le chancelier allemand Olaf Scholz »); else None. The only person of its gender
    named so far is not enough: the person it stands for may be one the tables did not
    see as a name (« Iga Swiatek a battu Caroline Garcia. … a dit la Polonaise »)."""
    adjectives = {head, head[:-1] if head.endswith("e") else head + "e"}
    best: Referent | None = None
    for r in doc.refs[-RECENT:]:
        if r.kind != "person" or r.plural or not 0 <= r.last <= pos or not _gender_ok(r, gender):
            continue
        if not adjectives.isdisjoint(r.quals) and (best is None or r.last > best.last):
            best = r
    return best


def _other_quals(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two sets of qualifiers (:func:`qualifiers`) tell two persons apart: both
    have adjectives and share none (« président russe », « président chinois »), or both
    have a complement and share none (« maire de Lyon », « maire de Marseille »)."""
    adj_a = {q for q in a if not q.startswith("de:")}
    adj_b = {q for q in b if not q.startswith("de:")}
    if adj_a and adj_b and adj_a.isdisjoint(adj_b):
        return True
    of_a, of_b = a - adj_a, b - adj_b
    return bool(of_a and of_b and of_a.isdisjoint(of_b))


def qualifiers(p: Para, m: Mention) -> frozenset[str]:
    """The adjectives right after the title of a mention: ``président russe`` ->
    ``{"russe"}``, ``ministre français des Affaires étrangères`` -> ``{"francais"}``;
    none after a complement (``chef de la diplomatie russe``); and the capitalized
    complement after them, marked ``de:`` (``maire de Marseille`` -> ``{"de:marseille"}``)."""
    k = m.title_end
    lim = m.name[0] if m.name is not None else m.t1
    if k < 0 or k >= lim:
        return _NO_QUALS
    out = []
    low, cap = p.low, p.cap
    while k < lim and low[k][0].isalnum() and not cap[k] and low[k] not in FUNCTION_WORDS:
        out.append(low[k])
        k += 1
    # a complement that names a place or a body: "maire de Marseille" -> "de:marseille"
    if k + 1 < lim and low[k] in ("de", "du", "d'", "des"):
        j = k + 1 + (low[k + 1] in ("la", "l'") and k + 2 < lim)
        if j < lim and cap[j]:
            out.append("de:" + low[j])
    return frozenset(out) if out else _NO_QUALS


_NO_QUALS: frozenset[str] = frozenset()


def _salient(
    doc: Doc,
    gender: str | None,
    plural: bool,
    pos: int,
    para: int,
    going_on: bool = False,
    answering: bool = False,
) -> Referent | None:
    """The most salient referent for a pronoun: the last speaker of the last paragraphs
    that fits (unless a person opened a sentence since, and the verb is not one that
    continues a speech: ``going_on``), else the last referent mentioned that fits."""
    kinds = ("group", "body") if plural else ("person",)
    best = None
    for r in doc.refs[-RECENT:]:
        if (r.kind not in kinds and not (plural and r.plural)) or (not plural and r.plural):
            continue
        if not _gender_ok(r, gender) or r.last_speaker < 0 or r.last_speaker > pos:
            continue
        if para - r.para > 3:
            continue
        if best is None or r.last_speaker > best.last_speaker:
            best = r
    if best is not None:
        if answering and not plural and best.asked == best.last_speaker:
            # « « … ? », a-t-il demandé. « … », a-t-il répondu »: who answers is not who asked
            other = _other_than(doc, best, gender, pos, para)
            if other is not None:
                return other
        if not plural and not going_on:  # "Le procureur, lui, a requis … », a-t-il estimé"
            return _subject_since(doc, best, gender, pos, para) or best
        return best
    for r in doc.refs[-RECENT:]:
        if r.kind not in kinds or not _gender_ok(r, gender) or r.last > pos or r.last < 0:
            continue
        # the most recent, a person in the background only when no other fits
        if best is None or (best.background, r.last) > (r.background, best.last):
            best = r
    return best


def _other_than(
    doc: Doc, speaker: Referent, gender: str | None, pos: int, para: int
) -> Referent | None:
    """The person mentioned last before ``pos`` (in the last paragraphs) who fits
    ``gender`` and is not ``speaker``: who answers the last speaker."""
    best = None
    for r in doc.refs[-RECENT:]:
        if (
            r is speaker
            or r.kind != "person"
            or r.plural
            or not 0 <= r.last <= pos
            or para - r.para > 3
            or not _gender_ok(r, gender)
        ):
            continue
        if best is None or r.last > best.last:
            best = r
    return best


def _subject_since(
    doc: Doc, speaker: Referent, gender: str | None, pos: int, para: int
) -> Referent | None:
    """A person who opened a sentence of paragraph ``para`` after ``speaker`` last spoke:
    the subject of the sentence before a pronoun is more salient than an older speaker."""
    best = None
    for r in doc.refs[-RECENT:]:
        if (
            r is speaker
            or r.kind != "person"
            or r.plural
            or r.para != para
            or not speaker.last_speaker < r.last_subject < pos
            or not _gender_ok(r, gender)
        ):
            continue
        if best is None or r.last_subject > best.last_subject:
            best = r
    return best


def _recent(doc: Doc, gender: str | None, pos: int) -> Referent | None:
    """The person mentioned last before ``pos`` that fits ``gender``."""
    best = None
    for r in doc.refs[-RECENT:]:
        if r.kind != "person" or not _gender_ok(r, gender) or r.last > pos or r.last < 0:
            continue
        if best is None or r.last > best.last:
            best = r
    return best


#: The pronouns that stand for the last person mentioned, whatever their role.
_LATTER = frozenset(("ce dernier", "cette derniere", "cette dernière"))


def _last_named(p: Para, m: Mention) -> Mention | None:
    """For ``ce dernier`` (``m``), the last person the paragraph mentioned before it, as
    the object of a verb too: « Me Antoine Vey a interrogé le témoin. « … », a répondu ce
    dernier » is the witness. A title after its article, or a name, within the sentence
    before the pronoun's (quotes skipped), of the pronoun's gender (« La ministre Claire
    Lenoir a reçu Paul Durand. « … », a déclaré ce dernier » is Durand); None when there
    is none."""
    low = p.low
    sent = p.sent_of[m.t0] if m.t0 < len(p.sent_of) else 0
    floor = p.sentences[sent - 1][0] if sent > 0 else 0
    k = m.t0 - 1
    while k >= floor:
        men = None
        if p.quote_of[k] < 0 and (low[k] in DETERMINERS or low[k] in ("au", "aux")):
            found = _title_at(p, k + 1, m.t0)
            if found is not None:
                a = k if low[k] in DETERMINERS else k + 1  # "au témoin": the title alone
                end = max(found[1], _main_end(p, a, m.t0))
                men = mention(p, a, end, end)
        elif p.quote_of[k] < 0 and k in p.run_at and (k == 0 or low[k - 1] not in DETERMINERS):
            run = p.run_at[k]  # a name, as an object: « a reçu Paul Durand », « à Karim B. »
            if not (run.acronym or run.qualifier) and low[k] in lexicons().given:
                men = mention(p, k, run.t1, run.t1)
        if (
            men is not None
            and men.kind in ("title", "person")
            and (m.gender is None or men.gender is None or men.gender == m.gender)
        ):
            return men  # « ce dernier » is a man: not « la ministre Claire Lenoir »
        k -= 1
    return None


def resolve(
    doc: Doc,
    pi: int,
    m: Mention,
    pos: int,
    speaker: bool,
    para: Para | None = None,
    going_on: bool = False,
    answering: bool = False,
) -> Referent | None:
    """The referent a mention stands for (created when new); updates salience.
    ``going_on``: the mention is the pronoun subject of a verb that continues a speech
    (``a-t-il ajouté``); ``answering``, of a verb of answer (``a-t-il répondu``)."""
    p = para if para is not None else doc.paras[pi]
    ref: Referent | None = None
    if m.kind in ("pronoun", "rel") or m.det in DEMONSTRATIVES or m.kind in ("title", "desc"):
        _context(doc, p.index)
    last = _last_named(p, m) if m.kind == "pronoun" and m.head in _LATTER else None
    if last is not None:  # "a interrogé le témoin. « … », a répondu ce dernier"
        m = last
    if m.kind == "pronoun":  # "on" stands for nobody in particular
        ref = (
            _salient(doc, m.gender, m.plural, pos, pi, going_on, answering)
            if m.head != "on"
            else None
        )
        if ref is None and m.plural and m.head != "on" and doc.depth <= 1:
            ref = _plural_antecedent(doc, p, m.t0)  # "Les deux élus … », ont-ils dit"
        elif ref is None and m.head != "on" and doc.depth <= 1 and p.index == pi:
            # nobody in the two paragraphs before: the person may be named further up
            for j in range(pi - 3, pi - PRONOUN_REACH - 1, -1):
                read_paragraph(doc, j)
            ref = _salient(doc, m.gender, m.plural, pos, pi, going_on)
    elif m.kind == "rel":
        ante = _antecedent(p, m.t0)
        ref = resolve(doc, pi, ante, pos, speaker, para) if ante is not None else None
    elif m.kind in ("person",) and m.name is not None:
        ref = _name_ref(doc, p, m.name, pos)
        if m.gender and ref.gender is None:
            ref.gender = m.gender
    elif m.kind == "body":
        ref = _body_ref(doc, p, m)
    elif m.kind == "group" and m.name is not None:  # "MM. Kim et Poutine"
        ref = _new_ref(doc, "group")
        ref.desc = p.span_of(m.t0, m.t1)
        ref.plural = True
    elif m.kind in ("title", "desc", "group"):
        ref = _described(doc, p, m, pos)
    if ref is None:
        return None
    if m.title is not None and m.kind == "person" and ref.kind == "person":
        if m.title_end >= 0:
            ref.quals |= qualifiers(p, m)
        comp = _title_comp(p, m)
        offices = not _of_another_body(comp, p, m)
        if m.title_end < 0 and m.name is not None:  # « Gérard Larcher, président du Sénat, »
            offices = not _of_another_body(_apposed_comp(p, m))
        _add_title(ref, m.title.key, offices=offices)
        _adopt_unnamed(doc, ref, m.title.key, pos, comp)
    elif m.honorific == "me" and m.kind == "person" and ref.kind == "person":
        # « Me Virginie Le Roy »: a lawyer, whom « l'avocate » refers back to (either
        # title when the name does not tell the gender, which neither then sets)
        # (keys of their own: only « l'avocat » with no complement refers back to them,
        # not « son avocat » or « l'avocat de l'accusé », another party's lawyer)
        ref.keys |= (
            {"me:avocat", "me:avocate"}
            if ref.gender is None
            else ({"me:avocate"} if ref.gender == "f" else {"me:avocat"})
        )
    ref.last = max(ref.last, pos)
    ref.para = max(ref.para, pi)
    if speaker:
        ref.last_speaker = max(ref.last_speaker, pos)
    if m.kind not in ("pronoun", "rel"):
        here = p.span_of(m.t0, m.t1)
        doc.last_mention_span[id(ref)] = here
        if ref.name is None and ref.desc is not None and m.kind in ("title", "desc"):
            old = ref.desc
            if len(doc.text[here[0] : here[1]].split()) > len(doc.text[old[0] : old[1]].split()):
                ref.desc = here  # the fullest description wins
    return ref


@functools.cache
def _titles_by_key() -> dict[str, TitleInfo]:
    return {info.key: info for info in lexicons().titles.values()}


def _antecedent(p: Para, j: int) -> Mention | None:
    """The noun phrase that ``qui`` at ``j`` stands for: the one just before it
    ("plaide l'imam, qui jure …"; "a reçu les patrons, qui réclament …")."""
    k = j - 1
    if k >= 0 and p.low[k] == ",":
        k -= 1
    if k < 0 or not p.is_word(k):
        return None
    best = None
    for t in range(k, max(-1, k - 10), -1):
        w = p.low[t]
        if (w in DETERMINERS or t in p.run_at or w in lexicons().honorifics) and _main_end(
            p, t, k + 1
        ) >= k + 1:
            best = t
        if w in (",", ".", ";", ":", "«", "»") or p.quote_of[t] >= 0:
            break
    if best is None:
        return None
    m = mention(p, best, k + 1, k + 1)
    return m if m is not None and m.kind not in ("pronoun", "rel") else None


def _add_title(ref: Referent, key: str, offices: bool = True) -> None:
    """Give ``ref`` the title ``key`` and the nouns that refer back to it; without
    ``offices``, not those of several words, which name one office (« le chef de l'État »
    is the président, not the président du Sénat)."""
    if key in ref.titles:
        return
    ref.titles.add(key)
    ref.keys.add(key)
    info = _titles_by_key().get(key)
    if info is not None:
        ref.keys |= info.classes if offices else {c for c in info.classes if " " not in c}
        if info.gender and ref.gender is None:
            ref.gender = info.gender


def _apposed_comp(p: Para, m: Mention) -> tuple[str, ...]:
    """The words after the title of an apposition to a name (« Gérard Larcher, président
    du Sénat, » → « du senat »), up to the next comma or the mention's end."""
    if m.name is None:
        return ()
    i = m.name[1]
    end = max(m.end, m.t1)
    if i >= end or p.low[i] != ",":
        return ()
    j = i + 1
    if j < end and p.low[j] in DETERMINERS:
        j += 1
    found = _title_at(p, j, end)
    if found is None:
        return ()
    k = found[1]
    words = []
    while k < end and p.low[k] != ",":
        words.append(p.low[k])
        k += 1
    return tuple(words)


def _of_another_body(
    comp: tuple[str, ...], p: Para | None = None, m: Mention | None = None
) -> bool:
    """Whether the words after a title (:func:`_title_comp`) are a complement that names
    another body than a State: an institution (« président du Sénat », « du club », « de la
    FFF », « du Medef »), not a country (« Premier ministre du Canada », « président de la
    Fédération de Russie »), nor the scope of the office (« ministre des Affaires
    étrangères »), nor an adjective alone (« président sénégalais »). An acronym is read
    as one when ``p`` and ``m`` (the paragraph and the mention) are given.

    >>> _of_another_body(("du", "senat")), _of_another_body(("de", "la", "republique"))
    (True, False)
    >>> _of_another_body(("du", "club")), _of_another_body(("du", "canada"))
    (True, False)
    """
    k = next((i for i, w in enumerate(comp) if w in ("de", "du", "des", "d'")), -1)
    if k < 0:
        return False
    k += 1
    while k < len(comp) and comp[k] in ("la", "le", "l'", "les"):
        k += 1
    if k >= len(comp) or any(w in _OF_A_STATE for w in comp[k:]):
        return False
    head = comp[k]
    if head in _OTHER_BODIES or head in lexicons().bodies:
        return True
    if p is not None and m is not None:
        at = m.title_end + (len(comp) - len(comp[k:]))
        return 0 <= at < len(p.low) and p.low[at] == head and p.caps[at]  # « de la FFF »
    return False


#: Words of a complement that name a State (its head or its country).
_OF_A_STATE = frozenset(
    ("republique", "etat", "russie", "nation", "pays", "royaume", "confederation")
)
#: Institutions that the bodies of ``org_heads.tsv`` do not hold.
_OTHER_BODIES = frozenset(
    ("senat", "medef", "cnrs", "cio", "fifa", "uefa", "onu", "otan", "bce", "fmi")
)


def _title_comp(p: Para, m: Mention) -> tuple[str, ...]:
    """The words between a mention's title and its name or end, without the commas and
    articles that lead to the name (« porte-parole de la défense civile de Gaza, Mahmoud
    Bassal » → « de la defense civile de gaza »)."""
    if m.title_end < 0:
        return ()
    end = m.name[0] if m.name is not None and m.name[0] >= m.title_end else m.t1
    words = list(p.low[m.title_end : end])
    while words and (words[-1] == "," or words[-1] in DETERMINERS):
        words.pop()
    return tuple(words)


def _adopt_unnamed(doc: Doc, ref: Referent, key: str, pos: int, comp: tuple[str, ...]) -> None:
    """A later full name wins over an earlier title: an unnamed referent called only by
    this title takes the name (when exactly one such referent exists). Not one introduced
    with an indefinite article (« un député insoumis » is anyone), nor one whose title had
    another complement (« le porte-parole de l'armée israélienne » is not « le porte-parole
    de la défense civile de Gaza, Mahmoud Bassal »)."""
    cands = [
        r
        for r in doc.refs[-RECENT:]
        if r is not ref and r.kind == "person" and r.name is None and not r.indefinite
    ]
    cands = [
        r
        for r in cands
        if key in r.titles and r.last <= pos and not (r.comp and comp and r.comp != comp)
    ]
    if len(cands) != 1:
        return
    old = cands[0]
    old.name, old.name_key, old.tokens = ref.name, ref.name_key, ref.tokens
    old.gender = old.gender or ref.gender


def _described(doc: Doc, p: Para, m: Mention, pos: int) -> Referent | None:
    plural = m.plural
    demonstrative = m.det in DEMONSTRATIVES
    indefinite = m.det in INDEFINITES or (m.det is None and plural)
    quals = qualifiers(p, m) if m.title_end >= 0 else _NO_QUALS
    if m.kind == "title" and m.title is not None and not indefinite:
        bare = m.det in ("le", "la", "l'") and m.t1 <= m.title_end  # « l'avocat », alone
        ref = _titled(doc, m.head, m.gender, pos, m.title.generic, quals, bare)
        if ref is None and not m.title.generic and (m.head, p.index) not in doc.searched:
            doc.searched.add((m.head, p.index))
            # read the earlier paragraphs that name the title ("le ministre … Lavrov")
            heads = [m.head.split()[0], *(c.split()[0] for c in m.title.classes)]
            found = {
                j for h in heads for j in doc.paras.containing(doc.low, h, p.index - REACH, p.index)
            }
            for j in sorted(found):
                if j < p.index and j not in doc.read:
                    read_paragraph(doc, j)
            ref = _titled(doc, m.head, m.gender, pos, m.title.generic, quals, bare)
        if ref is None and m.head in lexicons().demonyms:
            ref = _of_nationality(doc, m.head, m.gender, pos)
        if ref is not None:
            return ref
    if not indefinite:
        for r in reversed(doc.refs[-RECENT:]):
            if r.desc_head and r.desc_head == m.head and r.last <= pos and r.plural == plural:
                return r
    if demonstrative and not plural:
        ref = _recent(doc, m.gender, pos)
        if ref is not None:
            return ref
    ref = _new_ref(doc, "group" if plural else "person")
    ref.desc = p.span_of(m.t0, m.t1)
    ref.desc_head = m.head
    ref.indefinite = indefinite
    ref.comp = _title_comp(p, m)
    ref.gender = m.gender
    ref.plural = plural
    ref.quals |= quals
    if m.title is not None:
        _add_title(ref, m.title.key)
    return ref


def _body_ref(doc: Doc, p: Para, m: Mention) -> Referent:
    t0, t1 = m.t0, m.t1
    span = p.span_of(t0, t1)
    if m.name is not None and m.name[1] - m.name[0] == 1 and p.caps[m.name[0]]:
        acro = p.low[m.name[0]]
        if acro not in doc.acronyms:
            doc.acronyms[acro] = _find_long_form(doc, acro, p.index)
        if doc.acronyms[acro] is not None and t1 - t0 <= 2:
            ap, a0, a1 = doc.acronyms[acro]  # type: ignore[misc]
            span = doc.paras[ap].span_of(a0, a1)
            key = _key(doc.paras[ap], a0, a1)
        else:
            key = acro
    else:
        t1 = _before_acronym(p, t1)  # "l'association Droit au logement (DAL)"
        span = p.span_of(t0, t1)
        key = _key(p, t0, t1)
    ref = doc.by_body.get(key)
    if ref is None and m.det in ("le", "la", "l'", "les", "cette", "ce", "cet") and " " not in key:
        # "la préfecture" after "la préfecture du Var"
        for r in reversed(doc.refs[-RECENT:]):
            if r.kind == "body" and r.name_key.split(" ")[0] == key:
                ref = r
                break
        if ref is None and m.det in ("le", "la", "l'") and m.name is None and doc.depth <= 1:
            ref = _body_antecedent(doc, p, key, t0)  # "l'association" after "la LDH a …"
    if ref is None:
        ref = _new_ref(doc, "body")
        ref.name = span
        ref.name_key = key
        doc.by_body[key] = ref
        if m.name is not None and m.name != (t0, t1):
            doc.by_body.setdefault(_key(p, *m.name), ref)
    return ref


def _before_acronym(p: Para, t: int) -> int:
    """When a few lower-case words and a parenthesized acronym follow a body's name at
    ``t`` ("Droit| au logement (DAL)"), the end of the name with those words; else ``t``."""
    for k in range(t, min(t + 4, len(p.low) - 2)):
        w = p.low[k]
        if w == "(":
            if k > t and p.caps[k + 1] and p.low[k + 2] == ")":
                return k
            return t
        if not p.is_word(k) or p.cap[k] or p.quote_of[k] >= 0:
            return t
    return t


def _plural_antecedent(doc: Doc, p: Para, t: int) -> Referent | None:
    """The group a plural pronoun stands for when no group spoke before: the plural
    subject of one of the sentences before it (this paragraph and the one before): ``Les
    deux élus ont quitté la séance. « … », ont-ils martelé``."""
    here = p.sent_of[t] if t < len(p.sent_of) else len(p.sentences)
    for j in (p.index, p.index - 1):
        if j < 0:
            break
        q = doc.paras[j] if j != p.index else p
        if q.kind != "paragraph" and j != p.index:
            break
        hi = here if j == p.index else len(q.sentences)
        for si in range(hi - 1, max(-1, hi - 1 - ANTECEDENT_SENTENCES), -1):
            s, e = q.sentences[si]  # indices, no slices: long paragraphs stay linear
            sub = clause_subject(q, s, e)
            if sub is None:
                continue
            m = mention(q, *sub)
            listed = (
                _names_listed(q, sub[1], sub[2]) if m is not None and m.kind == "person" else -1
            )
            if listed > 0:
                # « Marie Dupont, Luc Bernard et Paul Henry ont signé la tribune »
                ref = _new_ref(doc, "group")
                ref.desc = q.span_of(sub[0], listed)
                ref.plural = True
                ref.last = ref.last_subject = q.starts[sub[0]]
                ref.para = j
                return ref
            if m is None or not m.plural or m.kind not in ("group", "title", "desc"):
                continue
            return resolve(doc, j, m, q.starts[sub[0]], False, para=q)
    return None


def _names_listed(p: Para, main: int, end: int) -> int:
    """Where the list of names ends when what follows a person's name (from ``main``,
    before ``end``) is more names, the last after « et » (``, Luc Bernard et Paul
    Henry``); else -1."""
    low = p.low
    k = main
    while k < end and low[k] == ",":
        run = p.run_at.get(k + 1)
        if run is None or run.acronym or run.complement:
            return -1
        k = run.t1
        if k < end and low[k] == "et" and k + 1 in p.run_at:
            last = p.run_at[k + 1]
            return -1 if last.acronym or last.complement else last.t1
    return -1


#: How many paragraphs before a pronoun its person is sought when the two paragraphs before
#: name nobody that fits ("La juge … Sophie Martin" … three paragraphs … "a-t-elle prévenu").
PRONOUN_REACH = 4
#: How many paragraphs before a bare body noun ("l'association") its antecedent is sought.
BODY_REACH = 2
#: How many sentences of each paragraph an antecedent search reads, from the last one
#: (bounds the work on paragraphs of thousands of sentences).
ANTECEDENT_SENTENCES = 6


def _body_antecedent(doc: Doc, p: Para, head: str, t: int) -> Referent | None:
    """The body a bare ``l'association``, ``le syndicat``, ``le parquet`` refers back to:
    the subject of one of the sentences before it (this paragraph and the
    :data:`BODY_REACH` before) that names a body with the same head noun or by its own
    name (``La CGT a appelé …``, ``La Ligue des droits de l'homme (LDH) a saisi …``)."""
    lx = lexicons()
    here = p.sent_of[t] if t < len(p.sent_of) else len(p.sentences)
    for j in range(p.index, max(-1, p.index - BODY_REACH - 1), -1):
        if j < p.index - 1 and j not in doc.paras:
            break  # beyond the paragraph before, only what was read already
        q = doc.paras[j] if j != p.index else p
        if q.kind != "paragraph" and j != p.index:
            continue
        hi = here if j == p.index else len(q.sentences)
        for si in range(hi - 1, max(-1, hi - 1 - ANTECEDENT_SENTENCES), -1):
            s, e = q.sentences[si]  # indices, no slices: long paragraphs stay linear
            sub = clause_subject(q, s, e)
            if sub is None:
                continue
            m = mention(q, *sub)
            if m is None or m.kind != "body" or m.plural:
                continue
            words = tuple(q.low[m.t0 : m.t1])
            if words in lx.places or (m.head != head and m.head in lx.bodies and not q.cap[m.t0]):
                continue  # "le Kremlin", "le gouvernement" are no "syndicat"; "la Ligue …" is
            return _body_ref(doc, q, m)
    return None


# -- reading a sentence ----------------------------------------------------------------


def _skip_back(p: Para, t: int, s: int) -> int:
    """From token ``t`` going left, skip negation, clitics and fillers; return the index
    of the last token of what stands before them."""
    lx = lexicons()
    s = max(s, t - 8)
    while t >= s:
        w = p.low[t]
        if (w,) in lx.fillers and t > s and (p.low[t - 1], w) in lx.pronouns:
            break  # "Ce dernier a jugé": a pronoun, not "mardi dernier"
        if w in _CLITICS or w in ("pas", "non", "plus", "aussi") or (w,) in lx.fillers:
            t -= 1
            continue
        break
    return t


def _np_end(p: Para, a: int, b: int, complement: bool = False) -> int:
    """When ``[a, b)`` is one noun phrase that starts like a subject, where it ends
    (:func:`_main_end`, at ``b`` or past it); else -1."""
    if a >= b:
        return -1
    w = p.low[a]
    if w in lexicons().honorifics or w in DETERMINERS or w in NUMERALS or a in p.run_at:
        e = _main_end(p, a, b)  # "M. Kim", "le ministre", "plusieurs élus", "Jean Dupont"
        if e >= b or (a < e and p.low[e] == "(" and _skip_paren(p, e, b) == b):
            return e  # … "l'Organisation mondiale de la santé (OMS)"
        if (  # "les agriculteurs en colère", "le maire de Lyon dans un tweet"
            complement
            and (w in DETERMINERS or w in NUMERALS)
            and a < e <= a + MAX_COMPLEMENT_WORDS
            and b - e <= MAX_COMPLEMENT_WORDS
            and p.low[e] in PREPOSITIONS
            and p.low[b - 1] not in DETERMINERS
            and p.low[b - 1] not in PREPOSITIONS
            and p.low[b - 1] not in ("de", "d'", "du", "des")
            and all(p.is_word(k) and p.quote_of[k] < 0 for k in range(e, b))
        ):
            return e
    return -1


def _titled_np(p: Para, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is a determiner and a title noun ("le ministre de …")."""
    j = a + 1 if p.low[a] in DETERMINERS else a
    return _title_at(p, j, b) is not None


#: The longest prepositional phrase read after a subject's noun phrase, in tokens ("les
#: agriculteurs en colère ont promis …").
MAX_COMPLEMENT_WORDS = 5
#: The longest lower-case apposition between a subject and its verb, in tokens
#: ("M. Boyer, élu en 2021 à l'âge de 33 ans, avait affirmé …").
MAX_APPOSITION_WORDS = 12


def _appositive(p: Para, a: int, b: int) -> bool:
    """Whether ``[a, b)`` reads as an apposition: a name, a title or description, a
    relative or participial phrase, a complement."""
    if a >= b:
        return False
    w = p.low[a]
    if a in p.run_at or w in DETERMINERS or w in ("qui", "dont", "de", "d'", "du", "des"):
        return True
    return b - a <= MAX_APPOSITION_WORDS and p.is_word(a) and not p.cap[a]


def _abbreviation_dot(p: Para, k: int) -> bool:
    """Whether the period at ``k`` ends an honorific or an initial ("M.", "E.")."""
    if p.low[k] != "." or k == 0:
        return False
    return p.low[k - 1] in lexicons().honorifics or p.initial(k - 1)


def _comma_segments(low: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """Tokens ``[a, b)`` cut at their commas outside parentheses: the ``(start, end)`` of
    each piece (empty pieces included).

    >>> _comma_segments(["le", "chef", ",", "(", "x", ",", "y", ")", ",", "jean"], 0, 10)
    [(0, 2), (3, 8), (9, 10)]
    """
    segs: list[tuple[int, int]] = []
    start = a
    if "(" not in low[a:b]:
        # no parenthesis opens (nearly always; a ")" alone closes nothing): the commas
        # are found by C-level searches
        k = a
        try:
            while True:
                k = low.index(",", k, b)
                segs.append((start, k))
                k = start = k + 1
        except ValueError:
            pass
        segs.append((start, b))
        return segs
    return _comma_segments_plain(low, a, b)


def _comma_segments_plain(low: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """:func:`_comma_segments` by a loop over the tokens (the reference of its fast path,
    and the path taken when a parenthesis is among the tokens).

    >>> _comma_segments_plain(["a", ",", ",", "b"], 0, 4)
    [(0, 1), (2, 2), (3, 4)]
    """
    segs: list[tuple[int, int]] = []
    start = a
    depth = 0
    for t in range(a, b):
        if low[t] == "(":
            depth += 1
        elif low[t] == ")":
            depth = max(0, depth - 1)
        elif low[t] == "," and depth == 0:
            segs.append((start, t))
            start = t + 1
    segs.append((start, b))
    return segs


def _named_at(p: Para, t: int) -> bool:
    """Whether a name starts at token ``t``, alone or after its honorific (``Jean Martin``,
    ``M. Martin``, ``Me Martin``)."""
    if t in p.run_at:
        return True
    if p.low[t] not in lexicons().honorifics or not p.cap[t]:
        return False
    k = t + 1 + (t + 1 < len(p.low) and p.low[t + 1] == ".")
    return k in p.run_at


def preposed_subject(p: Para, s: int, v: int) -> tuple[int, int, int] | None:
    """The subject before the verb at ``v`` in the sentence that starts at ``s``."""
    j = _skip_back(p, v - 1, s)
    if j < s:
        return None
    w = p.low[j]
    if w in _BOUNDARY:
        return None
    if w == "et":
        return clause_subject(p, s, v)
    if w == "qui":
        return j, j + 1, j + 1
    # the clause starts at the last boundary before the verb
    k = j
    s = max(s, j - WINDOW)
    comma = False  # a comma seen between k and the verb
    while k >= s:
        w = p.low[k]
        if w in _BOUNDARY and not (w == "dont" and comma and k > s and p.low[k - 1] == ","):
            break  # ", dont la LDH, dénonçaient": a relative apposition, read on
        if w in ("mais", "car", "puis") and k < j:
            break  # "Le texte dit non mais le ministre parle de « oui »"
        if p.quote_of[k] >= 0:
            break
        if w in _SENT_END and not _abbreviation_dot(p, k):
            break
        comma = comma or w == ","
        k -= 1
    a0 = k + 1
    segs = _comma_segments(p.low, a0, j + 1)
    segs = [(a, b) for a, b in segs if b > a]
    if len(segs) >= 2 and p.low[segs[-1][0]] == "et" and segs[-1][1] - segs[-1][0] >= 2:
        return None  # "Mme Durand, la préfète, et le maire ont dénoncé": two speakers
    cand = None
    pronoun_first = lexicons().pronoun_first
    main = -1  # where the chosen noun phrase ends (-1: read it as a pronoun)
    for idx in range(len(segs) - 1, -1, -1):
        a, b = segs[idx]
        if p.low[a] in _CLAUSE_OPENERS and idx == 0 and b - a >= 2:
            a += 1  # "Si le gouvernement juge …", "Quand le maire a dit …"
            a += a < b - 1 and p.low[a] in ("que", "qu'")
            segs[idx] = (a, b)
        if p.low[a] in pronoun_first and b - a <= 3:
            cand, main = idx, -1
            break
        # a short complement only right before the verb: "les agriculteurs en colère ont"
        main = _np_end(p, a, b, complement=b == j + 1 and idx == len(segs) - 1)
        if main >= 0:
            cand = idx
            break
        if p.low[a] in _SUBJECT_PRONOUNS or not _appositive(p, a, b):
            return None  # "Du côté de la mairie, on assure": "on" is the subject
    if cand is None:
        return None
    if cand > 0 and main < 0 and segs[cand][1] - segs[cand][0] == 1:
        la, lb = segs[cand - 1]  # "L'UDC, elle, dénonce": the pronoun only stresses it
        if p.low[segs[cand][0]] in _STRESSED and _np_end(p, la, lb) >= 0:
            cand, main = cand - 1, _np_end(p, la, lb)
        elif p.low[la] == "quant" and la + 2 < lb and p.low[la + 1] in ("à", "au", "aux"):
            # "Quant à Édouard Philippe, il juge …": the pronoun takes up the topic
            end = _np_end(p, la + 2, lb)
            if end >= 0:
                segs[cand - 1] = (la + 2, lb)
                cand, main = cand - 1, end
    if cand > 0:  # "le ministre …, Justin Tokely, a dit"; "Hajo A., le leader …, a dit"
        a, b = segs[cand]
        la, lb = segs[cand - 1]
        before = _np_end(p, la, lb)
        if before >= 0 and (
            (a in p.run_at and _titled_np(p, la, lb)) or (_named_at(p, la) and _titled_np(p, a, b))
        ):
            cand -= 1
            main = before
    a, b = segs[cand]
    return a, main if main >= 0 else b, j + 1


def _governing(
    doc: Doc, p: Para, sent: tuple[int, int], cues: list[_Cue], v: int
) -> tuple[int, int, int] | None:
    """The subject of the clause that governs a present participle or infinitive."""
    for c in reversed(cues):
        if c.verb.t0 < v and (c.subject is not None or c.verb.pronoun is not None):
            gerund = v > 0 and p.low[v - 1] == "en"  # "tout en jugeant": the main subject
            que = [k for k in range(c.verb.t1, v) if p.low[k] in ("que", "qu'")]
            if que and not gerund:  # the participle belongs to the subordinate clause
                return clause_subject(p, que[-1] + 1, v)
            return c.subject
    for t in range(v - 1, sent[0] - 1, -1):
        if p.quote_of[t] < 0 and p.low[t] in AUX_AVOIR | AUX_ETRE and t + 1 < v:
            subj = preposed_subject(p, sent[0], t)
            if subj is not None:
                return subj
    return clause_subject(p, sent[0], v)


def _closing_mark(p: Para, t: int, s: int) -> int:
    """The closing quotation mark the verb at ``t`` follows (an incise: ``» , a dit``,
    ``» (…), lance``), or -1."""
    k = t - 1
    s = max(s, t - 30)
    while k >= s and p.low[k] in _INCISE_CLITICS:  # "», lui a-t-elle lancé"
        k -= 1
    while k >= s and p.low[k] in (",", "-"):
        k -= 1
    if k >= s and p.low[k] == ")":
        depth = 0
        while k >= s:
            if p.low[k] == ")":
                depth += 1
            elif p.low[k] == "(":
                depth -= 1
                if depth == 0:
                    k -= 1
                    break
            k -= 1
        while k >= s and p.low[k] in (",", "-"):
            k -= 1
    return k if k >= s and p.low[k] in ("»", "”") else -1


def _after_quote(p: Para, t: int, s: int) -> bool:
    """Whether the verb at ``t`` follows a closing quotation mark (an incise)."""
    return _closing_mark(p, t, s) >= 0


def find_cues(p: Para, sent: tuple[int, int]) -> list[_Cue]:
    """The reporting verbs of a sentence (outside quotes) with their subject spans."""
    s, e = sent
    out: list[_Cue] = []
    t = s
    cands = p.vcand
    for k in range(bisect.bisect_left(cands, s), len(cands)):
        c = cands[k]
        if c >= e:
            break
        if c < t or p.quote_of[c] >= 0:
            continue
        t = c
        v = match_verb(p, t)
        if v is None:
            continue
        if v.pronoun == "on" or "source" in v.flags:
            src = _source_after(p, v.t1, e)
            if src is not None:  # "a-t-on appris auprès du parquet": the parquet speaks
                out.append(_Cue(v._replace(pronoun=None, pronoun_token=-1), src, True))
                t = v.t1
                continue
            if "source" in v.flags:  # "il a appris la nouvelle": told, not telling
                t = v.t1
                continue
        if v.pronoun is not None:
            out.append(_Cue(v, None, True))
            t = v.t1
            continue
        subj = None
        postposed = False
        if v.kind in ("finite", "compound"):
            incise = _after_quote(p, v.t0, s)
            after = incise or (
                v.t0 > s and p.low[v.t0 - 1] in ("qu'", "que", ",") and v.t0 - 1 >= s
            )
            if not incise:
                subj = preposed_subject(p, s, v.t0) or _fronted_source(p, s, v.t0)
            if subj is None and after:
                subj = postposed_span(p, v.t1, e)
                postposed = subj is not None
            if subj is None and v.t0 == s:
                subj = postposed_span(p, v.t1, e)
                postposed = subj is not None
        out.append(_Cue(v, subj, postposed))
        t = v.t1
    return out


def _source_after(p: Para, t: int, e: int) -> tuple[int, int, int] | None:
    """The source named after a verb whose subject is ``on`` or is told: ``a-t-on appris
    auprès du parquet``, ``explique-t-on à Matignon``, ``indique-t-on dans l'entourage du
    ministre``. Returns the source's span ``(start, main_end, end)`` or None."""
    low = p.low
    for _ in range(3):
        k = _filler_end(p, t, e)
        if k == t:
            break
        t = k
    if t + 1 >= e:
        return None
    w = low[t]
    body_only = False
    if w == "aupres" and low[t + 1] in ("de", "d'", "du", "des"):
        start = t + 2 if low[t + 1] in ("de", "d'") else t + 1  # "du" is a determiner
    elif w == "du" and low[t + 1] == "cote" and t + 3 < e and low[t + 2] in ("de", "d'", "du"):
        start = t + 3 if low[t + 2] != "du" else t + 2  # "du côté de la mairie"
    elif w == "au" and low[t + 1] == "sein" and t + 3 < e and low[t + 2] in ("de", "d'", "du"):
        start, body_only = (t + 3 if low[t + 2] != "du" else t + 2), True
    elif w in ("à", "au", "aux", "chez"):  # "à Matignon", "au ministère", "chez Renault"
        start, body_only = t + 1, w != "chez"
    elif w == "dans" and t + 2 < e and low[t + 2] == "entourage":
        start = t + 1  # "dans l'entourage du ministre"
    elif w in ("dans", "parmi", "sur"):  # "dans un communiqué de la préfecture", "sur le
        start, body_only = t + 1, True  # site du ministère", "dans la majorité"
    else:
        return None
    main = _main_end(p, start, e)
    m = mention(p, start, main, main) if main > start else None
    if m is None or m.kind in ("pronoun", "rel") or (body_only and m.kind != "body"):
        return None
    return start, main, main


def _fronted_source(p: Para, s: int, v: int) -> tuple[int, int, int] | None:
    """The source of a verb whose subject is ``on`` when the sentence opens with it: ``Du
    côté de la mairie, on assure que …``, ``À Matignon, on explique …``."""
    j = _skip_back(p, v - 1, s)
    if j <= s or p.low[j] != "on" or p.low[j - 1] != ",":
        return None
    src = _source_after(p, s, j - 1)
    return src if src is not None and src[2] == j - 1 else None


def _according(p: Para, sent: tuple[int, int]) -> list[tuple[int, int, tuple[int, int, int]]]:
    """``selon X``, ``d'après X``, ``aux yeux de X``, ``pour X,``: (marker start, marker
    end, subject span)."""
    s, e = sent
    out = []
    low = p.low
    for t in range(s, e):
        w = low[t]
        if w not in _ACCORDING_FIRST or p.quote_of[t] >= 0:
            continue
        k = next(
            (k for k in range(_ACCORDING_MAX, 1, -1) if tuple(low[t : t + k]) in _ACCORDING), 0
        )
        if k:  # the longest marker first: « selon les termes du juge », not « selon »
            sub = postposed_span(p, t + k, e)
            if sub is not None:
                out.append((t, t + k, sub))
            continue
        if w == "pour" and (t == s or low[t - 1] in ("mais", "et", ",", "car")):
            sub = postposed_span(p, t + 1, e)
            if sub is not None and sub[2] < e and _comma_at(p, sub[2], e):
                out.append((t, t + 1, sub))
            continue
        if w == "comme":
            said = _as_said_end(p, t, e)
            if said is not None:
                sub = postposed_span(p, said, e)
                if sub is not None and (sub[2] >= e or low[sub[2]] in (",", ".")):
                    out.append((t, said, sub))
            continue
        for k in (1, 2, 3, 4):
            if tuple(low[t : t + k]) in _ACCORDING:
                sub = postposed_span(p, t + k, e)
                if sub is not None:
                    out.append((t, t + k, sub))
                break
    return out


def _comma_at(p: Para, k: int, e: int) -> bool:
    """Whether token ``k``, after the noun phrase of ``pour X``, is its comma, or opens
    the complement of its apposition that a comma ends: « Pour le Pr Karine Lacombe,
    infectiologue à l'hôpital Saint-Antoine, « … » »."""
    low = p.low
    if low[k] == ",":
        return True
    if low[k] not in PREPOSITIONS and low[k] not in ("de", "d'", "du", "des"):
        return False
    verbs = lexicons().verbs
    for j in range(k + 1, min(e, k + 16)):
        w = low[j]
        if w == ",":
            return True
        if not p.is_word(j) or p.quote_of[j] >= 0 or w in verbs or w in AUX_AVOIR:
            return False
    return False


def _as_said_end(p: Para, t: int, e: int) -> int | None:
    """After ``comme`` at ``t``, the end of ``l'a souligné``, ``le rappelle``, ``l'ont
    dit`` (the pronoun, an auxiliary or not, a reporting verb): where the speaker after it
    starts; else None."""
    low = p.low
    k = t + 1
    if k >= e or low[k] not in ("l'", "le"):
        return None
    k += 1
    if k < e and (low[k] in AUX_AVOIR or low[k] == "avait"):
        k += 1
    if k >= e or low[k] not in lexicons().verbs:
        return None
    return k + 1


# -- the rules -------------------------------------------------------------------------

Rule = Callable[[Doc, _Q], Attribution | None]


def _attr(doc: Doc, pi: int, c: _Cue, rule: str) -> Attribution | None:
    if c.attribution is None:
        return None
    return c.attribution.with_rule(rule)


def _names_a_work(doc: Doc, q: _Q) -> bool:
    """Whether the word before the quote announces a name or a title (lexicon
    ``name_markers``): ``son livre « … »``, ``l'opération « … »``, ``baptisé « … »``.

    A name is capitalized: after most markers a quote that starts with a lower-case letter
    qualifies the noun (``un dispositif « disproportionné »``) and is no name. A quote that
    is a newspaper's name (``a confié au « Monde »``) names it, after any word."""
    p = doc.paras[q.first_para]
    if q.open_tok == 0:
        return False
    marker = p.low[q.open_tok - 1]
    lx = lexicons()
    ts, te = q.raw.text_span
    if te - ts <= 40 and fold(doc.text[ts:te].strip(" \u00a0\u202f")).text.lower() in lx.outlets:
        return opens_a_name(doc.text[ts:te])  # « a confié au « Monde » », « à « Libération » »
    if marker not in lx.name_markers:
        return False
    if marker in lx.any_case_markers:
        return True
    return opens_a_name(doc.text[ts : min(te, ts + 40)])


def rule_incise_after(doc: Doc, q: _Q) -> Attribution | None:
    """``« … », a déclaré le ministre russe``; ``« … », estime-t-il``; ``« … » (…),
    lance le procureur Vincent Edel``: a reporting verb right after the quote."""
    p = doc.paras[q.last_para]
    cues = doc.cues.get((q.last_para, q.close_sent), [])
    k = _first_after(cues, q.close_tok)
    if k < len(cues):
        c = cues[k]
        if _closing_mark(p, c.verb.t0, q.close_tok) == q.close_tok and (
            c.verb.pronoun or (c.postposed and _incise_marked(p, q.close_tok, c))
        ):
            return _attr(doc, q.last_para, c, "incise-after")
    return None


def _incise_marked(p: Para, close: int, c: _Cue) -> bool:
    """Whether the cue ``c``, after the closing mark at ``close``, reads as an incise: a
    comma between them (``« … », a déclaré X``), a quote that ends with its own mark
    (``« Partez ! » a crié X``), or, without either (a comma forgotten), a subject that
    names a person, a title, a body or, with its determiner, another noun (``« … » a dit
    le ministre``, ``ont scandé les manifestants``). Otherwise the quote is the verb's
    subject or a title: ``« Barbie » et « Oppenheimer » ont rapporté 200 millions`` (the
    amount read after the verb is its object)."""
    if "," in p.low[close + 1 : c.verb.t0] or p.low[close - 1] in _ENDS_ITS_SENTENCE:
        return True
    if c.attribution is None:
        return False
    m = c.attribution.mention
    # a person, a title, a body; another noun with its determiner (« cette source », « les
    # manifestants »), not a bare amount (« 200 millions de dollars »)
    return m.kind in _SPEAKER_KINDS or (m.det is not None and not p.low[m.t0][:1].isdigit())


def _first_after(cues: list[_Cue], t: int) -> int:
    lo, hi = 0, len(cues)
    while lo < hi:
        mid = (lo + hi) // 2
        if cues[mid].verb.t0 <= t:
            lo = mid + 1
        else:
            hi = mid
    return lo


def rule_incise_inside(doc: Doc, q: _Q) -> Attribution | None:
    """``« Notre crainte …, explique Alexandra Teixeira, chargée de communication. Il y
    a … »``: the incise inside the quote; in a quote that goes on over several
    paragraphs (« … », raconte X. … ¶ « … »), the first paragraph that has one."""
    if not q.raw.closed:
        return None
    ts, te = q.raw.text_span
    cased = doc.cased
    fs, fe = cased.to_folded(ts), cased.to_folded(te)
    starts, ends = doc.paras.starts, doc.paras.ends
    for i in range(q.first_para, q.last_para + 1):
        a = fs if i == q.first_para else starts[i]
        b = fe if i == q.last_para else ends[i]
        if a < b:
            found = _incise_inside(doc, i, a, b)
            if found is not None:
                return found
    return None


def _complement_end(p: Para, t: int, end: int) -> int:
    """After a subject that ends at token ``t``, the end of a short prepositional phrase
    (``devant les médias``, ``aux journalistes``, ``à l'AFP``) up to a punctuation mark,
    or ``t``."""
    if t >= end or p.low[t] not in PREPOSITIONS:
        return t
    for k in range(t + 1, min(end, t + 6)):
        w = p.low[k]
        if w in (",", ".", ";"):
            return k
        if not p.is_word(k) or w in lexicons().verbs:
            return t
    return t


def _incise_inside(doc: Doc, para: int, fs: int, fe: int) -> Attribution | None:
    """:func:`rule_incise_inside` on the folded range ``[fs, fe)`` of the quote, in the
    paragraph ``para``."""
    low, off = doc.low.window(fs, fe)
    if low.find(",", fs - off, fe - off) < 0:  # no comma: no incise (cheaper than the regex)
        return None
    vstart = _starts()[0]
    if not any(
        w in vstart or w.endswith(_INVERTED_ENDS)
        for w in _AFTER_COMMA.findall(low, fs - off, fe - off)
    ):
        return None
    p = Para.build(doc.text, doc.cased, fs, fe, "quote")
    p.index = para
    p.find_runs()
    end = len(p)
    for t in range(1, end):
        if p.low[t - 1] != ",":
            continue
        v = match_verb(p, t)
        if v is None or v.kind not in ("finite", "compound"):
            continue
        m: Mention | None
        if v.pronoun is not None:
            m = _pronoun_mention(p, v)
            subj_end = v.t1
        else:
            sub = postposed_span(p, v.t1, end)
            if sub is None:
                continue
            m = mention(p, *sub)
            subj_end = sub[1] if sub[1] < end and p.low[sub[1]] == "," else sub[2]
            subj_end = _complement_end(p, subj_end, end)  # "… Alain Berset devant les médias."
        if m is None or subj_end >= end or p.low[subj_end] not in (",", ".", ";"):
            continue
        pos = p.starts[v.t0]
        ref = resolve(
            doc,
            para,
            m,
            pos,
            True,
            para=p,
            going_on="continue" in v.flags,
            answering="answer" in v.flags,
        )
        if ref is None:
            continue
        return Attribution(ref, para, m, (v.t0, v.t1), "incise-inside", pos, para_obj=p)
    return None


def rule_preposed(doc: Doc, q: _Q) -> Attribution | None:
    """``M. Kim a affirmé que … « … »``; ``Le chef de la diplomatie russe a dénoncé … la
    politique « dangereuse »``; ``X a déclaré : « … »``: the nearest reporting verb before
    the quote in its sentence."""
    cues = doc.cues.get((q.first_para, q.sent), [])
    k = _first_after(cues, q.open_tok) - 1
    passive = -2  # computed on first use
    for c in cues[max(0, k - 4) : k + 1][::-1]:
        if c.verb.t1 > q.open_tok:
            continue
        if passive == -2:
            passive = _passive_before(doc.paras[q.first_para], q.open_tok)
        if c.verb.t1 <= passive:
            return None  # "… la suppression de l'AME, jugée « trop coûteuse » par la majorité"
        if _other_clause(doc.paras[q.first_para], c.verb.t1, q.open_tok):
            return None  # "…, quand les syndicats y voient une « provocation »"
        if "incise" in c.verb.flags and not (c.postposed or c.verb.pronoun):
            continue
        if _so_called(doc.paras[q.first_para], c, q.open_tok):
            return None  # "Le projet de loi dit « immigration »": a name, nobody said it
        if c.attribution is not None:
            m = c.attribution.mention
            if m.kind in ("desc", "group") and m.title is None and _according_before(doc, q, c):
                return None  # « Selon le juge, les faits relèvent d'une « cruauté rare » »
            return _attr(doc, q.first_para, c, "preposed")
    return None


def _according_before(doc: Doc, q: _Q, c: _Cue) -> bool:
    """Whether a source marker (« selon le juge, », « d'après la police, ») opens the
    quote's sentence before the cue's subject: the subject, a thing, does not speak."""
    found = _according_of(doc, q)
    start = c.attribution.mention.t0 if c.attribution is not None else c.verb.t0
    return any(a.cue_span is not None and a.cue_span[1] <= start for a in found)


def _so_called(p: Para, c: _Cue, t: int) -> bool:
    """Whether the cue is the participle ``dit`` ("so-called") right before the quote at
    token ``t``, not the verb: its subject is plural (``les opposants au projet de loi
    dit « … »``) or a thing named with a definite article (``Le projet de loi dit « … »``,
    ``La loi dit « … »``), not a person, a title or a body (``Le ministre dit « … »``)."""
    v = c.verb
    if v.kind != "finite" or v.pronoun is not None or v.t0 + 1 != v.t1 or v.t1 != t:
        return False
    if v.lemma != "dire" or p.original_word(v.t0) != "dit" or c.attribution is None:
        return False
    m = c.attribution.mention
    return m.plural or (m.kind == "desc" and m.det in ("le", "la", "l'"))


#: Conjunctions that open a clause with a subject of its own after a comma ("…, tandis
#: que l'opposition …", "…, mais les riverains …").
_CLAUSE_OPENERS = frozenset(
    ["quand", "lorsque", "lorsqu'", "tandis", "alors", "mais", "et", "si", "car", "puisque"]
)


def _other_clause(p: Para, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)``, between a cue and a quote, open a clause with a subject of
    its own: a comma or semicolon, a conjunction, then a determiner or a name."""
    for k in range(a, b - 2):
        if p.low[k] not in (",", ";") or p.quote_of[k] >= 0:
            continue
        j = k + 1
        if p.low[j] in _CLAUSE_OPENERS:
            j += 1
            if j < b and p.low[j] in ("que", "qu'"):
                if p.low[j - 1] not in ("tandis", "alors"):
                    continue  # "a estimé que …, et que …": the same verb goes on
                j += 1
        elif p.low[k] != ";":
            continue
        if j < b and (p.low[j] in DETERMINERS or (j in p.run_at and not p.run_at[j].complement)):
            return True
    return False


#: The auxiliaries of a compound infinitive or participle ("avoir interpellé", "ayant
#: dénoncé"): the participle after them is no bare participle.
_COMPOUND_INFINITIVE = frozenset({"avoir", "ayant"})


def _passive_before(p: Para, t: int) -> int:
    """When the quote at token ``t`` follows a reporting verb's bare participle (``jugée
    « … »``, ``qualifié de « … »``, ``décrit comme « … »``): the participle's token, whose
    agent said it, not the subject of the sentence; else -1."""
    k = t - 1
    if k >= 0 and p.low[k] in ("de", "d'", "comme"):
        k -= 1
    if k < 1 or p.low[k - 1] in AUX_AVOIR or p.low[k - 1] in AUX_ETRE:
        return -1
    if p.low[k - 1] in _COMPOUND_INFINITIVE:  # "a indiqué avoir interpellé « … »": the
        return -1  # participle of a compound infinitive; the verb before it speaks
    if p.low[k - 1] in DETERMINERS:  # "les faits « … »": a noun
        return -1
    forms = lexicons().verbs.get(p.low[k])
    if forms is None or not any(f.kind == "pp" and not f.pronominal and not f.extra for f in forms):
        return -1
    return k


def rule_according_to(doc: Doc, q: _Q) -> Attribution | None:
    """``selon X``, ``d'après X``, ``aux yeux de X``, ``Selon lui, … « … »``, ``pour X,
    … « … »``: a source marker in the quote's sentence."""
    for a in _according_of(doc, q):
        if a.cue_span is not None and a.cue_span[0] > q.open_tok and a.rule == "pour":
            continue
        return Attribution(a.ref, a.para, a.mention, a.cue_span, "according-to", a.pos)
    return None


def _according_of(doc: Doc, q: _Q) -> list[Attribution]:
    """The source markers of the sentence quote ``q`` opens in, resolved once a sentence
    (``doc.according``): the according-to rule and the preposed rule both read them."""
    key = (q.first_para, q.sent)
    found = doc.according.get(key)
    if found is None:
        found = doc.according[key] = _according_resolved(doc, q.first_para, q.sent)
    return found


def _according_resolved(doc: Doc, pi: int, si: int) -> list[Attribution]:
    p = doc.paras[pi]
    sent = p.sentences[si] if p.sentences else (0, 0)
    out = []
    for t0, t1, sub in _according(p, sent):
        m = mention(p, *sub)
        if m is None or (m.kind in ("desc",) and p.low[t0] == "pour"):
            continue
        pos = p.starts[t0]
        ref = resolve(doc, pi, m, pos, True)
        if ref is not None:
            rule = "pour" if p.low[t0] == "pour" else "according-to"
            out.append(Attribution(ref, pi, m, (t0, t1), rule, pos))
    return out


def rule_colon(doc: Doc, q: _Q) -> Attribution | None:
    """``Mohammed, cadre ferroviaire, a assisté au prêche : « … »``: a quote after a colon
    belongs to the subject of the clause before it, also when the clause ends the previous
    paragraph (``La directrice raconte la nuit :`` / ``« … »``)."""
    pi = q.first_para
    p = doc.paras[pi]
    if q.open_tok > 0:
        if p.low[q.open_tok - 1] != ":":
            return None
        s = p.sentences[q.sent][0]
        colon = q.open_tok - 1
    else:
        if pi == 0 or p.kind != "paragraph" or doc.paras.kind_of(pi - 1) != "paragraph":
            return None
        fs, fe = doc.paras.starts[pi - 1], doc.paras.ends[pi - 1]
        if not doc.cased.text[fs:fe].rstrip().endswith(":"):
            return None  # checked on the text: the paragraph is not tokenized for nothing
        pi -= 1
        p = doc.paras[pi]
        if not p.low or p.low[-1] != ":" or not p.sentences:
            return None
        read_paragraph(doc, pi)
        s = p.sentences[-1][0]
        colon = len(p.low) - 1
    verb = False
    for c in reversed(doc.cues.get((pi, p.sent_of[colon]), [])):
        if c.verb.t1 <= colon and c.attribution is not None:
            return _attr(doc, pi, c, "colon")  # "Elle poursuit :", "X raconte la nuit :"
        verb = verb or c.verb.t1 <= colon
    stop = colon
    for t in range(s, stop):
        w = p.low[t]
        if p.quote_of[t] < 0 and (
            w in ("ne", "n'", "se", "s'") or w in AUX_AVOIR or w in AUX_ETRE
        ):  # "Le ministre se veut rassurant :", "La réponse du ministre a été cinglante :"
            stop = t
            break
    side = _side_of(doc, pi, p, s, colon)  # "Côté syndicats :", "Chez X, on …"
    if side is not None:
        return side
    said = _said_by(doc, pi, p, s, stop)  # "Réponse du ministre :"
    if said is not None:
        return said
    if stop == colon and not verb and pi != q.first_para:
        return None  # a paragraph with no verb before its colon: a heading, a label
    sub = clause_subject(p, s, stop)
    if sub is None:
        return None
    if not verb and stop == colon:
        cut = _before_a_verb_phrase(p, sub)  # "Le maire monte au créneau :"
        if cut is not sub:
            sub, stop = cut, cut[2]
    while stop > sub[0] + 1 and p.low[stop - 1] == ",":
        stop -= 1  # "Le capitaine des Bleus, Antoine Dupont, ne cache pas …"
    m = mention(p, sub[0], stop, stop)
    if m is not None and m.name is not None and m.t1 > m.name[1] > sub[0]:
        m = mention(p, sub[0], m.name[1], m.name[1])  # "Son compagnon, Julien, acquiesce"
    if m is None:
        return None
    # a person, a body, a pronoun, a title ("Le maire est formel :"), titles ("Les élus
    # sont partagés :"); not any noun ("La situation est simple :")
    if m.kind not in ("person", "pronoun", "body", "title") and not (
        m.kind == "group" and m.title is not None
    ):
        return None
    after = m.name[1] if m.name is not None else sub[1]
    if not any(p.is_word(k) for k in range(after, colon)) and not _speaker_label(p, m, s, pi, q):
        return None  # nothing said of the subject: "Extrait : « … »"
    if stop == colon and not verb and not _introduced(p, m):
        return None  # "Lire aussi : « … »", "Publié : « … »": a label, not a person
    pos = p.starts[sub[0]]
    ref = resolve(doc, pi, m, pos, True)
    if ref is None:
        return None
    return Attribution(ref, pi, m, None, "colon", pos)


#: The words that open the object or complement of a verb the tables do not know, after a
#: title (« le maire monte au créneau », « le ministre enfonce le clou »).
_VERB_PHRASE_NEXT = frozenset(
    ("le", "la", "les", "l'", "un", "une", "au", "aux", "du", "sur", "en", "à", "dans", "par")
)


def _before_a_verb_phrase(p: Para, sub: tuple[int, int, int]) -> tuple[int, int, int]:
    """The subject ``sub`` (start, main end, end) of a clause before a colon, cut before a
    verb the tables do not know: a lower-case word after the subject's title that an
    article or a preposition follows (« Le maire monte au créneau : », « Le ministre
    enfonce le clou : »)."""
    a, main, _end = sub
    low = p.low
    if main < len(low) and low[main] in COPULAS and not p.cap[main]:
        return a, main, main  # « Le maire reste prudent : » (the noun phrase ends there)
    m = mention(p, a, main, main)
    if m is None or m.title_end < 0 or m.name is not None:
        return sub
    for k in range(m.title_end, min(main, len(low) - 1)):
        w = low[k]
        if (
            p.is_word(k)
            and not p.cap[k]
            and w.endswith(("e", "ent"))
            and p.text_of(k, k + 1).endswith(("e", "ent"))  # not a participle: « délégué »
            and w not in DETERMINERS
            and low[k + 1] in _VERB_PHRASE_NEXT
        ):
            return a, k, k
    return sub


def _speaker_label(p: Para, m: Mention, s: int, pi: int, q: _Q) -> bool:
    """Whether a sentence that is only a person's name before the colon of its quote gives
    the floor to that person: ``Éric Ciotti : « … »``, ``Le maire de Nice, Christian
    Estrosi : « … »`` (a name that starts with a given name, or a title with its name), in
    the quote's own paragraph; not a label (``Extrait :``, ``Lire aussi :``)."""
    if pi != q.first_para or m.name is None or m.kind not in ("person", "title"):
        return False
    if not (p.low[m.name[0]] in lexicons().given or m.title is not None or m.honorific):
        return False
    return m.t0 <= s + 1 and all(p.low[k] == "," for k in range(m.name[1], q.open_tok - 1))


def _introduced(p: Para, m: Mention) -> bool:
    """Whether a mention reads as a speaker even with no verb known after it: a pronoun, a
    determiner, an honorific or a title, or a name that starts with a given name (``Son
    compagnon, Julien, acquiesce :``), not a capitalized word alone (``Lire aussi :``)."""
    if m.kind == "pronoun" or m.det is not None or m.honorific or m.title is not None:
        return True
    return m.name is not None and p.low[m.name[0]] in lexicons().given


#: The words that open a side before a colon: « Côté syndicats : », « Du côté de la
#: CGT : », « Chez les Verts : », after « Même son de cloche » or not.
_SIDE_OPENINGS = (
    ("du", "cote", "de"),
    ("du", "cote", "des"),
    ("du", "cote", "du"),
    ("du", "cote", "d'"),
    ("cote",),
    ("chez",),
)
_SAME_TUNE = ("meme", "son", "de", "cloche")


def _side_of(doc: Doc, pi: int, p: Para, s: int, colon: int) -> Attribution | None:
    """``Côté syndicats : « … »``, ``Même son de cloche chez Marie Dupont : « … »``, ``Du
    côté de la CGT, on se montre prudent : « … »``: the side named before the colon (or
    before ``on`` and its verb) speaks."""
    low = p.low
    t = s
    if tuple(low[t : t + 4]) == _SAME_TUNE:
        t += 4
        if t < colon and low[t] == ",":
            t += 1
    for opening in _SIDE_OPENINGS:
        n = len(opening)
        if tuple(low[t : t + n]) == opening:
            break
    else:
        return None
    a = t + n if opening[-1] not in ("des", "du") else t + n - 1  # "des", "du": a determiner
    e = next((k for k in range(a, colon) if low[k] == ","), colon)
    if e < colon and not (e + 1 < colon and low[e + 1] == "on"):
        return None  # "Chez les Républicains, Éric Ciotti est plus direct :": the subject
    m = mention(p, a, e, e)
    if m is None or m.kind not in ("person", "body", "group", "title"):
        return None
    pos = p.starts[a]
    ref = resolve(doc, pi, m, pos, True)
    return None if ref is None else Attribution(ref, pi, m, None, "colon", pos)


def _said_by(doc: Doc, pi: int, p: Para, s: int, stop: int) -> Attribution | None:
    """A sentence with no verb before a colon is a label, except a document noun with its
    author: ``Réponse du ministre : « … »``, ``Réaction de la CGT : « … »``, also before a
    verb (``La réponse du ministre a été cinglante : « … »``); ``stop``: the colon, or the
    verb."""
    i = s + 1 if p.low[s] in DETERMINERS else s
    if _document_end(p, i, stop) is None:
        return None
    m = mention(p, s, stop, stop)
    if m is None or m.kind in ("pronoun", "rel"):
        return None
    pos = p.starts[m.t0]
    ref = resolve(doc, pi, m, pos, True)
    return None if ref is None else Attribution(ref, pi, m, None, "colon", pos)


def rule_headline(doc: Doc, q: _Q) -> Attribution | None:
    """``« Nous irons jusqu'au bout » : Élisabeth Borne promet de tenir bon``, ``« … »,
    Franck Haise savoure la victoire``: a quote that opens its sentence (or follows a
    short label and a colon, ``Ligue 1 :``), then a colon or a comma, a person's name and
    a verb (a title's shape): that person said it. Not a title of a work (fewer than three
    words: « Koh-Lanta », « Le Monde ») nor words said to them (a participle after the
    name: « accusé par », « visée par »)."""
    pi = q.last_para
    if q.first_para != pi:
        return None
    p = doc.paras[pi]
    if not p.sentences:
        return None
    s = p.sentences[q.sent][0]
    if s != q.open_tok and not (
        q.open_tok - s <= 4 and p.low[q.open_tok - 1] == ":"  # "Ligue 1 : « … », X savoure"
    ):
        return None
    t = q.close_tok + 1
    if t + 2 >= len(p.low) or p.low[t] not in (":", ","):
        return None
    run = p.run_at.get(t + 1)
    if run is None or run.acronym or run.complement:
        return None
    if run.t1 - run.t0 < 2 and p.low[run.t0] not in lexicons().given:
        return None
    v = run.t1
    if v >= len(p.low) or not p.is_word(v) or p.cap[v] or p.low[v] in DETERMINERS:
        return None  # a verb after the name, not a list of names or a place
    if p.text_of(v, v + 1).endswith(("é", "ée", "és", "ées", "is", "ise")):
        return None  # "« … » : Emmanuel Macron accusé par …": the words were for them
    ts, te = q.raw.text_span
    if len(doc.text[ts:te].split()) < 3:
        return None  # "« Koh-Lanta » : Denis Brogniart annonce …": a work's title
    m = mention(p, run.t0, run.t1, run.t1)
    if m is None or m.kind != "person":
        return None
    pos = p.starts[run.t0]
    ref = resolve(doc, pi, m, pos, True)
    return None if ref is None else Attribution(ref, pi, m, None, "headline", pos)


#: The direct attribution rules, in the order they are tried for each quote.
RULES: tuple[tuple[str, Rule], ...] = (
    ("incise-after", rule_incise_after),
    ("incise-inside", rule_incise_inside),
    ("preposed", rule_preposed),
    ("according-to", rule_according_to),
    ("colon", rule_colon),
    ("headline", rule_headline),
)


def _sentence_after(doc: Doc, q: _Q) -> tuple[int, int, int, int] | None:
    """The sentence after quote ``q`` (its paragraph, its index, its start and end tokens),
    when the quote ends its own sentence: in its last paragraph, or the first of the next
    one when the quote ends its paragraph (« « … » » then « C'est en ces termes que … »);
    else None. What the late rules read."""
    pi = q.last_para
    p = doc.paras[pi]
    si = q.close_sent + 1
    if q.close_tok >= len(p.low):
        return None
    if si >= len(p.sentences):
        if q.close_tok + 1 < len(p.low) or pi + 1 >= len(doc.paras):
            return None
        nxt = doc.paras[pi + 1]
        if not nxt.sentences:
            return None
        start, end = nxt.sentences[0]
        return pi + 1, 0, start, end
    start, end = p.sentences[si]
    if start != q.close_tok + 1:
        return None  # the quote does not end its sentence
    return pi, si, start, end


def rule_cleft_after(doc: Doc, q: _Q) -> Attribution | None:
    """``« Je ne suis pas candidat. » C'est ce qu'a affirmé dimanche le ministre``;
    ``Voilà ce qu'a déclaré X``; ``C'est en ces termes que X a réagi``: the sentence
    after a quote that ends its own points back at it, and its reporting verb names the
    speaker. Tried once that sentence is read (:data:`LATE_RULES`)."""
    found = _sentence_after(doc, q)
    if found is None:
        return None
    pi, si, start, _end = found
    low = doc.paras[pi].low
    for opening in lexicons().cleft_openings:  # cleft_openings.tsv
        n = len(opening)
        if tuple(low[start : start + n]) == opening:
            break
    else:
        return None
    cues = doc.cues.get((pi, si), [])
    k = _first_after(cues, start + n - 1)
    if k < len(cues):  # the first reporting verb after the opening, with its subject
        return _attr(doc, pi, cues[k], "cleft-after")
    return None


def rule_authored_after(doc: Doc, q: _Q) -> Attribution | None:
    """``« … » Pour avoir publié ce message, l'imam de la mosquée, Yassin E., a été
    condamné``: the sentence after a quote that ends its own tells what its author did with
    it (``authored_quotes.tsv``), and its subject, the first noun phrase after a comma
    that a verb follows, wrote or said it. Tried once that sentence is read
    (:data:`LATE_RULES`)."""
    found = _sentence_after(doc, q)
    if found is None:
        return None
    pi, _si, start, end = found
    if end - start < 8:
        return None
    p = doc.paras[pi]
    low = p.low
    lx = lexicons()
    if not (
        low[start] == "pour"
        and low[start + 1] == "avoir"
        and low[start + 2] in lx.authored_acts
        and low[start + 3] in DEMONSTRATIVES
        and low[start + 4] in lx.authored_objects
    ):
        return None
    for k in range(start + 5, end - 1):
        if low[k] != ",":
            continue
        span = postposed_span(p, k + 1, end)
        if span is None or span[0] != k + 1:
            continue  # a date, a place, a participle phrase: not the subject yet
        after = span[2] + (span[2] < end and low[span[2]] == ",")
        if after >= end or not (
            low[after] in AUX_AVOIR or low[after] in AUX_ETRE or low[after] in ("ne", "n'")
        ):
            continue
        m = mention(p, *span)
        if m is None or m.kind not in ("person", "pronoun", "title", "body", "group"):
            return None
        pos = p.starts[span[0]]
        ref = resolve(doc, pi, m, pos, True)
        return None if ref is None else Attribution(ref, pi, m, None, "authored-after", pos)
    return None


#: The rules that read the sentence after the quote, tried, in this order, once that
#: sentence is read, on a quote that :data:`RULES` left without a speaker.
LATE_RULES: tuple[tuple[str, Rule], ...] = (
    ("cleft-after", rule_cleft_after),
    ("authored-after", rule_authored_after),
)


class _Around:
    """What propagation knows about the quotes around quote ``i``, computed in one pass."""

    __slots__ = (
        "before_in_para",
        "echo",
        "has_prev_para_quote",
        "later_incise",
        "next_in_para",
        "not_first",
        "prev_para_last",
    )

    def __init__(
        self,
        later_incise: Attribution | None = None,
        before_in_para: Attribution | None = None,
        not_first: bool = False,
        prev_para_last: Attribution | None = None,
        has_prev_para_quote: bool = False,
        next_in_para: Attribution | None = None,
        echo: Attribution | None = None,
    ) -> None:
        #: For a quote in a heading: the result of a quote of the next paragraphs whose
        #: words it repeats.
        self.echo = echo
        #: The incise result of the nearest later quote of the same sentence.
        self.later_incise = later_incise
        #: The result of the previous attributed quote of the same paragraph.
        self.before_in_para = before_in_para
        #: Whether an earlier quote ends in the same paragraph.
        self.not_first = not_first
        #: The result of the last quote of the previous paragraph (None when it has none).
        self.prev_para_last = prev_para_last
        self.has_prev_para_quote = has_prev_para_quote
        #: The direct result of the next attributed quote of the same paragraph.
        self.next_in_para = next_in_para


def prop_sentence(doc: Doc, q: _Q, ctx: _Around) -> Attribution | None:
    """``«Il reste de l'espoir» pour trouver «d'éventuels survivants», a estimé X``: a
    later quote of the same sentence with an incise gives its speaker."""
    if ctx.later_incise is not None:
        return _with_rule(ctx.later_incise, "same-sentence")
    return None


def prop_paragraph(doc: Doc, q: _Q, ctx: _Around) -> Attribution | None:
    """A quote without a cue takes the speaker of the previous attributed quote of its
    paragraph: a statement (« … », a dit M. Caldwell. « … »), or a fragment in a sentence
    whose subject is a pronoun (« … », raconte Mohammed. Lui n'a « jamais entendu … ») or
    that speaker again (« … », a reconnu Christine Lagarde. Mme Lagarde a écarté tout
    risque de « récession »). Other fragments are left alone: « pharaonique » after a
    quote is not the speaker's."""
    if ctx.before_in_para is None:
        return None
    if q.kind is QuoteKind.FRAGMENT:
        p = doc.paras[q.first_para]
        s = p.sentences[q.sent][0] if p.sentences else 0
        if p.low[s] not in _PERSONAL and not _led_by(doc, q, s, ctx.before_in_para.ref):
            return None
    elif _answer_or_told_apart(doc, q, ctx.before_in_para):
        return None
    return _with_rule(ctx.before_in_para, "same-paragraph")


def _answer_or_told_apart(doc: Doc, q: _Q, before: Attribution) -> bool:
    """Whether a short quoted sentence (fewer than five words: « Non. », « Faux. ») is
    not the speaker of the quote before it: that quote asked a question (« « Vous
    démissionnez ? » demande le journaliste. « Non. » »), or a sentence stands between
    them (« …, accuse Karim. Le commissaire dément. « Faux. » »)."""
    ts, te = q.raw.text_span
    if len(doc.text[ts:te].split()) >= 5 or before.para != q.first_para:
        return False
    p = doc.paras[q.first_para]
    # the closing mark of the quote before, within the sentence before: a question?
    start = q.raw.text_span[0]
    window = doc.text[max(0, start - 160) : start]
    close = window.rfind("\u00bb")
    if close > 0 and window[:close].rstrip(" \u00a0\u202f\u2009")[-1:] == "?":
        return True
    k = bisect.bisect_right(p.starts, before.pos) - 1
    return 0 <= k < len(p.sent_of) and q.sent - p.sent_of[k] > 1


def _led_by(doc: Doc, q: _Q, s: int, ref: Referent) -> bool:
    """Whether the subject that opens the quote's sentence (from token ``s``) is ``ref``
    named again (``Mme Lagarde``, ``la présidente de la BCE``)."""
    p = doc.paras[q.first_para]
    sub = clause_subject(p, s, q.open_tok)
    if sub is None:
        return False
    m = mention(p, *sub)
    if m is None or m.kind not in ("person", "title"):
        return False
    return resolve(doc, q.first_para, m, p.starts[sub[0]], False) is ref


def prop_next_paragraph(doc: Doc, q: _Q, ctx: _Around) -> Attribution | None:
    """A paragraph that opens with a quote continues the speaker of the previous
    paragraph's last quote; so does a paragraph whose later quotes go back to that
    speaker."""
    if doc.paras.kind_of(q.first_para) != "paragraph" or q.first_para == 0 or ctx.not_first:
        return None
    last = ctx.prev_para_last
    if last is None:
        return None
    if doc.paras.kind_of(q.first_para - 1) != "paragraph" and not _question_between(
        doc, q.first_para
    ):
        return None
    if q.open_tok == 0 and _speech_like(doc, q):
        return _with_rule(last, "next-paragraph")
    if ctx.next_in_para is not None and ctx.next_in_para.ref is last.ref:
        return _with_rule(last, "next-paragraph")
    return None


#: The longest interviewer's question that an answer's speaker is carried across.
_QUESTION_CHARS = 300


def _question_between(doc: Doc, pi: int) -> bool:
    """Whether the paragraph before paragraph ``pi`` is an interviewer's question between
    two answers: short, no quote, ending with « ? », after a paragraph (« « Le logement »,
    répond la ministre. » / « Et ensuite ? » / « « L'école. » »)."""
    i = pi - 1
    paras = doc.paras
    if i < 1 or paras.kind_of(i) not in ("paragraph", "heading"):
        return False
    if paras.kind_of(i - 1) != "paragraph" or paras.ends[i] - paras.starts[i] > _QUESTION_CHARS:
        return False  # (the length first: no copy of a long paragraph)
    t = paras.cased.text[paras.starts[i] : paras.ends[i]].rstrip(" \t\u00a0\u202f")
    return t.endswith("?") and "\u00ab" not in t and "\u00bb" not in t and "\u201c" not in t


def _speech_like(doc: Doc, q: _Q) -> bool:
    """Whether a quote that opens its paragraph reads as speech going on: a statement, a
    quote over several paragraphs, or a sentence of quotes alone (``« Une honte. »``); not
    a name used in the reporter's sentence (``« Oppenheimer » domine le box-office``)."""
    if q.kind is QuoteKind.FULL or q.first_para != q.last_para:
        return True
    p = doc.paras[q.first_para]
    if not p.sentences:
        return True
    a, b = p.sentences[q.sent]
    return not any(p.quote_of[k] < 0 and p.is_word(k) for k in range(a, b))


def prop_heading_echo(doc: Doc, q: _Q, ctx: _Around) -> Attribution | None:
    """An intertitle that quotes the section below it (« C'est un vecteur de haine et un
    empoisonneur public ») takes the speaker of the quote of the next paragraphs whose
    words it repeats (… n'est rien d'autre qu'un « vecteur de haine », pour Me X)."""
    if ctx.echo is not None:
        return _with_rule(ctx.echo, "heading-echo")
    return None


#: Propagation rules, tried in this order for each quote no rule of :data:`RULES`
#: attributed, in text order.
PROPAGATION: tuple[tuple[str, Callable[[Doc, _Q, _Around], Attribution | None]], ...] = (
    ("same-sentence", prop_sentence),
    ("same-paragraph", prop_paragraph),
    ("next-paragraph", prop_next_paragraph),
    ("heading-echo", prop_heading_echo),
)

#: How many paragraphs after an intertitle its quote is looked for, and how many quotes
#: of each (a bound on the work).
_ECHO_PARAS = 2
_ECHO_QUOTES = 8


def _words(text: str) -> str:
    """Lower-cased words of a quote, for comparing two quotes: ``" c'est un vecteur "``."""
    return " " + " ".join(text.lower().replace("\u2019", "'").strip(" .,;:!?…").split()) + " "


def _echo(doc: Doc, q: _Q, by_para: dict[int, list[_Q]]) -> Attribution | None:
    """The result of a quote of the paragraphs after heading quote ``q`` that it repeats
    (two words or more)."""
    if doc.paras.kind_of(q.first_para) != "heading":
        return None
    ts, te = q.raw.text_span
    mine = _words(doc.text[ts:te])
    for pi in range(q.first_para + 1, q.first_para + 1 + _ECHO_PARAS):
        if pi >= len(doc.paras) or doc.paras.kind_of(pi) != "paragraph":
            break
        for q2 in by_para.get(pi, ())[:_ECHO_QUOTES]:
            if q2.result is None:
                continue
            s2, e2 = q2.raw.text_span
            theirs = _words(doc.text[s2:e2])
            if theirs.count(" ") >= 3 and theirs in mine:
                return q2.result
    return None


#: How many paragraphs :func:`_propagate` lets its maps hold before it drops those it
#: will not read again (a bound on the memory of a long text, not on the work).
_HELD_PARAS = 64


def _propagate(doc: Doc, qs: Sequence[_Q]) -> None:
    """Run :data:`PROPAGATION` over the quotes no direct rule attributed, in text order;
    what each rule needs about the neighbours is gathered in two linear passes."""
    n = len(qs)
    later: list[Attribution | None] = [None] * n
    nxt: list[Attribution | None] = [None] * n
    cur_s: tuple[int, int] | None = None
    cur_inc: Attribution | None = None
    cur_p = -1
    cur_next: Attribution | None = None
    for i in range(n - 1, -1, -1):
        q = qs[i]
        key = (q.last_para, q.close_sent)
        if key != cur_s:
            cur_s, cur_inc = key, None
        later[i] = cur_inc
        if q.result is not None and q.result.rule in ("incise-after", "incise-inside"):
            cur_inc = q.result
        if q.first_para != cur_p:
            cur_p, cur_next = q.first_para, None
        nxt[i] = cur_next
        if q.result is not None:
            cur_next = q.result
    # the quotes of the paragraphs just after a heading with a quote (the only ones that
    # _echo reads), by paragraph
    kinds = doc.paras.ranges.kinds
    echoed = {
        pi
        for q in qs
        if kinds[q.first_para] == "heading"
        for pi in range(q.first_para + 1, q.first_para + 1 + _ECHO_PARAS)
    }
    by_para: dict[int, list[_Q]] = {}
    for q in qs:
        if q.first_para in echoed:
            by_para.setdefault(q.first_para, []).append(q)
    del echoed
    # by the paragraph the quote ends in; the quotes come in text order, so that only the
    # entries of the paragraph a quote opens in and of the one before are read
    last_result: dict[int, Attribution | None] = {}
    before: dict[int, Attribution] = {}
    for i, q in enumerate(qs):
        if len(last_result) > _HELD_PARAS:
            for held in (last_result, before):
                for k in [k for k in held if k < q.first_para - 2]:
                    del held[k]
        if q.result is None and not q.named:
            prev = q.first_para - 1
            if (
                prev not in last_result
                and prev - 1 in last_result
                and _question_between(doc, q.first_para)
            ):
                prev -= 1  # an interviewer's question between two answers
            ctx = _Around(
                later_incise=later[i],
                before_in_para=before.get(q.first_para),
                not_first=q.first_para in last_result,
                prev_para_last=last_result.get(prev),
                has_prev_para_quote=prev in last_result,
                next_in_para=nxt[i],
                echo=_echo(doc, q, by_para),
            )
            for _name, prop in PROPAGATION:
                a = prop(doc, q, ctx)
                if a is not None:
                    q.result = a
                    a.original_spans(doc)
                    break
        last_result[q.last_para] = q.result
        if q.result is not None:
            before[q.last_para] = q.result


def _with_rule(a: Attribution, rule: str) -> Attribution:
    return a.with_rule(rule)


def _pronoun_mention(p: Para, v: VerbMatch) -> Mention:
    pron = v.pronoun or ""
    gender = "f" if pron.startswith("elle") else "m"
    return Mention(
        "pronoun",
        v.pronoun_token,
        v.pronoun_token + 1,
        head=pron,
        gender=None if pron == "on" else gender,
        plural=pron.endswith("s"),
        end=v.pronoun_token + 1,
    )


# -- kind --------------------------------------------------------------------------------


#: The marks that end a quoted sentence, and the tokens a sentence of its own comes after
#: (nothing: the start of a paragraph).
_SENTENCE_MARKS = frozenset(".!?…")
_SENTENCE_ENDS = frozenset(("", ".", "!", "?", "…", "»"))


def quote_kind(doc: Doc, q: _Q) -> QuoteKind:
    """Full statement or fragment, from the quote's words and what precedes it."""
    text = doc.text
    ts, te = q.raw.text_span
    inner = text[ts:te]
    if _has_break(inner) and _SENTENCE_BREAK.search(inner):  # ". Il", "? Qui"
        return QuoteKind.FULL
    prev = q.prev
    if prev and (prev[0].isalnum() or prev.endswith("'")):
        return QuoteKind.FRAGMENT  # woven into the reporter's sentence: "une relation « … »"
    if inner[:1].isupper() and len(inner.split()) >= 5:
        return QuoteKind.FULL  # full whether its words are a verb's or not
    if inner[:1].isupper() and inner.rstrip()[-1:] in _SENTENCE_MARKS and prev in _SENTENCE_ENDS:
        return QuoteKind.FULL  # a sentence of its own: « … », explique Ahmed. « Jamais. »
    words = _unaccent(inner.lower().replace("’", "'")).split()
    return QuoteKind.FULL if _verbish(words) else QuoteKind.FRAGMENT


def _verbish(words: list[str]) -> bool:
    """Whether one of the (lower-case, unaccented) words of a quote reads as a verb or a
    subject pronoun: the quote is a statement.

    >>> _verbish(["c'est", "fini"]), _verbish(["une", "provocation"])
    (True, False)
    """
    return any(
        w.strip(",.;:!?") in _VERBISH
        or w.startswith(("c'", "n'", "j'", "s'", "qu'il", "l'on"))
        or w in _SUBJECT_PRONOUNS
        or w == "ne"
        or (len(w) >= 5 and w.strip(",.;:!?").endswith(_FINITE_ENDINGS))
        for w in words
    )


#: Endings of finite verbs (imperfect, future, conditional) that tell a statement from a
#: noun phrase: "Moscou répondra", "C'était terrifiant".
_FINITE_ENDINGS = ("ait", "aient", "ra", "ront", "rait", "raient", "erons", "erez")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[A-ZÀ-ÖØ-ÞŒ]")


def _has_break(text: str) -> bool:
    """Whether ``text`` has a sentence-ending mark at all: a few substring tests are much
    cheaper than running :data:`_SENTENCE_BREAK` over a long quote.

    >>> _has_break("la paix"), _has_break("Oui. Non")
    (False, True)
    """
    return "." in text or "!" in text or "?" in text or "…" in text


#: The accented letters of French and their plain twins.
_UNACCENT = tuple(zip("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc", strict=True))


def _unaccent(text: str) -> str:
    """``text`` with the accents of :data:`_UNACCENT` removed (a few C-level replaces are
    much faster than ``str.translate`` with a dict).

    >>> _unaccent("était, ça"), _unaccent("État")
    ('etait, ca', 'État')
    """
    if text.isascii():
        return text
    for accented, plain in _UNACCENT:
        if accented in text:
            text = text.replace(accented, plain)
    return text


# -- the driver --------------------------------------------------------------------------


#: How many paragraphs before (and after) a mention a name or title search reads.
REACH = 40
#: How many of the latest referents a mention is compared with (bounds the work on
#: texts with thousands of names).
RECENT = 200
#: How many tokens before a verb its subject may start.
WINDOW = 60


#: How many tokenized paragraphs :class:`_Paras` keeps at most (the reads reach
#: :data:`REACH` paragraphs around the one being read).
CACHED = 4 * REACH


class _Paras(dict[int, Para]):
    """The paragraphs of the article, tokenized on first use: only the paragraphs with
    quotes, the two before each, and those a name or title search reaches are read.

    A dict from paragraph index to its :class:`Para`; a missing entry is built on lookup
    (rules look paragraphs up often: a hit costs one C-level dict lookup). Paragraphs far
    from the one just built are dropped when more than :data:`CACHED` are held, and built
    again if they are looked up again (a :class:`Para` never changes once built), so the
    memory stays that of a window of the text, not of the whole text."""

    def __init__(
        self, text: str, cased: FoldedText, regions: Sequence[tuple[int, int, str]]
    ) -> None:
        super().__init__()
        self.text = text
        self.cased = cased
        if cased.identity and isinstance(regions, Regions):
            self.ranges = regions  # the same arrays, not copies
        else:
            to_folded = (lambda i: i) if cased.identity else cased.to_folded
            self.ranges = Regions((to_folded(s), to_folded(e), k) for s, e, k in regions)
        #: The folded start and end of each paragraph.
        self.starts, self.ends = self.ranges.starts, self.ranges.ends
        #: For each paragraph, the insides of the quotes that touch it (folded ranges).
        self.holes: dict[int, list[tuple[int, int, int]]] = {}

    def __len__(self) -> int:
        return len(self.ranges)

    def __missing__(self, i: int) -> Para:
        fs, fe, kind = self.starts[i], self.ends[i], self.ranges.kinds[i]
        holes = sorted(self.holes.get(i, ()))
        p = Para.build(self.text, self.cased, fs, fe, kind, holes)
        p.index = i
        vstart, rstart, marked = _starts()
        low = p.low
        # one pass over the tokens finds sentence ends, verb starts and mention starts
        hits = list(itertools.compress(range(len(low)), map(marked.__contains__, low)))
        p.split_sentences([k for k in hits if low[k] in ENDS])
        p.find_runs()
        p.vcand = [k for k in hits if low[k] in vstart]
        p.rcand = [k for k in hits if low[k] in rstart]
        self[i] = p
        if dict.__len__(self) > CACHED:  # len(self) is the number of paragraphs
            for k in [k for k in self if abs(k - i) > CACHED // 2]:
                del self[k]
        return p

    def kind_of(self, i: int) -> str:
        """The block kind of paragraph ``i`` (without tokenizing it)."""
        return self.ranges.kinds[i]

    def containing(self, low: LowerView, word: str, lo: int, hi: int) -> list[int]:
        """The paragraphs ``lo <= i < hi`` whose folded lower-case text contains ``word``."""
        out: list[int] = []
        lo, hi = max(lo, 0), min(hi, len(self.ranges))
        if lo >= hi:
            return out
        starts, ends = self.starts, self.ends
        start, end = starts[lo], ends[hi - 1]
        text, off = low.window(start, end)
        end -= off
        k = text.find(word, start - off, end)
        while k >= 0:
            i = bisect.bisect_right(starts, k + off) - 1
            if i >= 0 and k + off < ends[i] and (not out or out[-1] != i):
                out.append(i)
            k = text.find(word, k + 1, end)
        return out


def attribute(
    text: str,
    cased: FoldedText,
    regions: Sequence[tuple[int, int, str]],
    raws: Sequence[RawQuote],
    low_text: str | None = None,
) -> tuple[Quote, ...]:
    """Attribute the quotes found by the scanner and build the results.

    ``raws`` come from :func:`frnews.quotes.scan.scan` on ``regions`` (original offsets,
    with the block kind) of ``text``.

    Args:
        text: The article.
        cased: ``fold(text, lower=False)``.
        regions: ``(start, end, kind)`` of the paragraphs and headings, in text order.
        raws: The scanner's quotes.
        low_text: ``cased.text.lower()`` when the caller has it.

    Returns:
        The finished :class:`~frnews.quotes.model.Quote` objects, in text order.

    >>> from frnews.quotes.scan import scan
    >>> from frnews.text import fold
    >>> t = "« Oui », a dit M. Kim."
    >>> [q.speaker.text for q in attribute(t, fold(t, lower=False), [(0, len(t), "paragraph")],
    ...                                    scan(t, [(0, len(t))]))]
    ['M. Kim']
    """
    paras = _Paras(text, cased, regions)
    # the insides of the quotes are one token each in their paragraphs
    marks: list[tuple[int, int]] = []
    for qi, r in enumerate(raws):
        open_f = cased.to_folded(r.start)
        close_f = cased.to_folded(r.end - 1) if r.closed else -1
        marks.append((open_f, close_f))
        for pi in range(r.region, r.last_region + 1):
            fs, fe = paras.starts[pi], paras.ends[pi]
            a = open_f + 1 if pi == r.region else fs
            b = close_f if pi == r.last_region and r.closed else fe
            paras.holes.setdefault(pi, []).append((a, b, qi))
    qs = [_Q(r, r.region, 0, r.last_region, 0) for r in raws]
    # the quotes are placed in their tokens paragraph by paragraph, just before the
    # paragraph they end in is read (the paragraphs are not all tokenized at once)
    ending: dict[int, list[tuple[_Q, int, int]]] = {}
    for q, (open_f, close_f) in zip(qs, marks, strict=True):
        ending.setdefault(q.last_para, []).append((q, open_f, close_f))
    del marks
    doc = Doc(text, cased, paras, qs)
    # the lower-case text is read window by window (a long text's lower-case copy is not
    # held), unless the caller has it whole
    doc.low = LowerView(cased.text, low_text)
    active = sorted({pi for q in qs for pi in range(q.first_para, q.last_para + 1)})
    active_set = set(active)
    carry: list[_Q] = []  # quotes that end the paragraph before, for its first sentence
    for pi in active:
        by_sentence: dict[tuple[int, int], list[_Q]] = {}
        if carry and carry[0].last_para == pi - 1:
            by_sentence[(pi, -1)] = carry  # read after this paragraph's first sentence
        carry = []
        for q, open_f, close_f in ending.pop(pi, ()):
            _place(paras, q, open_f, close_f)
            by_sentence.setdefault((q.last_para, q.close_sent), []).append(q)
        read_paragraph(doc, pi, by_sentence)
        if pi + 1 < len(doc.paras):
            last = len(doc.paras[pi].sentences) - 1
            waiting = [
                q for q in by_sentence.get((pi, last), []) if q.result is None and not q.named
            ]
            if waiting and pi + 1 in active_set:
                carry = waiting
            elif waiting and _opens_late(doc, pi + 1):
                _late_across(doc, pi, waiting)
    for q in qs:
        q.kind = quote_kind(doc, q)
    _propagate(doc, qs)
    names: dict[str, str] = {}  # equal speaker names share one string
    out: list[Quote] = []
    for i, q in enumerate(qs):
        out.append(_build(doc, q, names))
        qs[i] = None  # type: ignore[call-overload]  # its working state is freed as we go
    return tuple(out)


def _place(paras: _Paras, q: _Q, open_f: int, close_f: int) -> None:
    """Find the quote's marks among the tokens of its paragraphs: the token and sentence
    of each, and the word before the opening mark."""
    fp, lp = paras[q.first_para], paras[q.last_para]
    ot = _tok_at(fp, open_f)
    ct = _tok_at(lp, close_f) if q.raw.closed else len(lp)
    q.open_tok, q.close_tok = ot, ct
    q.sent = doc_sent(fp, ot)
    q.close_sent = doc_sent(lp, ct)
    q.prev = fp.low[ot - 1] if ot > 0 else ""


def read_paragraph(
    doc: Doc, pi: int, by_sentence: dict[tuple[int, int], list[_Q]] | None = None
) -> None:
    """Read paragraph ``pi`` once: its cues and persons, sentence by sentence, and
    attribute the quotes that end in each sentence."""
    if pi in doc.read or pi < 0:
        return
    doc.read.add(pi)
    p = doc.paras[pi]
    doc.depth += 1
    try:
        _read_sentences(doc, pi, p, by_sentence)
    finally:
        doc.depth -= 1


def _context(doc: Doc, pi: int) -> None:
    """Read the two paragraphs before ``pi`` (once): a pronoun, ``ce …`` or ``le
    responsable`` may refer to a person named there."""
    if doc.depth <= 1:
        for j in (pi - 2, pi - 1):
            read_paragraph(doc, j)


def _read_sentences(
    doc: Doc, pi: int, p: Para, by_sentence: dict[tuple[int, int], list[_Q]] | None
) -> None:
    for si, sent in enumerate(p.sentences):
        _read_sentence(doc, pi, si, sent)
        if by_sentence:  # the quotes of the sentence before, now that this one is read
            for q in by_sentence.get((pi, si - 1), []):  # (pi, -1): the paragraph before's
                if q.result is None and not q.named:
                    for _name, late in LATE_RULES:
                        a = late(doc, q)
                        if a is not None:
                            _take(q, a, doc)
                            break
        for q in (by_sentence or {}).get((pi, si), []):
            if _names_a_work(doc, q):
                q.named = True
                continue
            for _name, rule in RULES:
                a = rule(doc, q)
                if a is not None:
                    _take(q, a, doc)
                    break


@functools.cache
def _late_opening() -> re.Pattern[str]:
    """How the first sentence of a paragraph that a late rule reads may open (folded,
    lower case): the first word of a cleft of ``cleft_openings.tsv`` (``c'``, ``voila``,
    ``ce``…) or « pour » (``pour avoir``, :func:`rule_authored_after`). The next paragraph
    is read for a late rule only when it opens so; the rule then reads the whole opening."""
    firsts = sorted({o[0] for o in lexicons().cleft_openings} | {"pour"}, key=len, reverse=True)
    alt = "|".join(re.escape(w) + ("" if w.endswith("'") else r"\b") for w in firsts)
    return re.compile(rf"[ \t]*(?:{alt})")


def _opens_late(doc: Doc, pi: int) -> bool:
    """Whether paragraph ``pi`` opens as a sentence a late rule reads (:func:`_late_opening`),
    read on its first characters without tokenizing it."""
    a = doc.paras.starts[pi]
    b = min(doc.paras.ends[pi], a + 40)
    low, off = doc.low.window(a, b)
    return _late_opening().match(low, a - off, b - off) is not None


def _late_across(doc: Doc, pi: int, waiting: list[_Q]) -> None:
    """The late rules, for the quotes without a speaker that end paragraph ``pi``
    (``waiting``), on the first sentence of the next one (« « … » », then « C'est en ces
    termes que le maire a réagi »), which holds no quote: it is read first. (When it holds
    one, the quotes are tried while it is read, after its first sentence.)"""
    read_paragraph(doc, pi + 1)
    for q in waiting:
        for _name, late in LATE_RULES:
            a = late(doc, q)
            if a is not None:
                _take(q, a, doc)
                break


def _take(q: _Q, a: Attribution, doc: Doc) -> None:
    """Give quote ``q`` the speaker of ``a``."""
    q.result = a
    a.original_spans(doc)  # while the paragraph's tokens are at hand
    a.ref.last_speaker = max(a.ref.last_speaker, a.pos)
    s, e = q.raw.text_span
    if doc.text[s:e].rstrip().endswith("?") and _asks(doc, a):
        a.ref.asked = max(a.ref.asked, a.pos)


#: The verbs of asking someone (their folded stems): not « lancer » (a rhetorical
#: question), nor « se demander », « s'interroger » (asked oneself).
_ASKING = ("demand", "interrog", "question")


def _asks(doc: Doc, a: Attribution) -> bool:
    """Whether the cue of attribution ``a`` asks someone a question (« a-t-il demandé »,
    « interroge le juge »), not oneself (« se demande », « s'interroge »)."""
    if a.cue_span is None:
        return False
    p = doc.paras[a.para]
    words = p.low[a.cue_span[0] : a.cue_span[1]]
    if any(w in ("se", "s'") for w in words) or (
        a.cue_span[0] > 0 and p.low[a.cue_span[0] - 1] in ("se", "s'")
    ):
        return False
    return any(w.startswith(_ASKING) for w in words)


_INVERTED_ENDS = ("-il", "-elle", "-on", "-ils", "-elles")


@functools.cache
def _starts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Tokens that may start a reporting verb; tokens that may start a named mention; both
    and the tokens that may end a sentence."""
    lx = lexicons()
    verbs = {k for k, forms in lx.verbs.items() if any(f.kind != "pp" for f in forms)}
    verbs |= AUX_AVOIR | AUX_ETRE
    finite = {k for k, forms in lx.verbs.items() if any(f.kind == "finite" for f in forms)}
    finite |= AUX_AVOIR | AUX_ETRE
    # the inverted forms: "a-t-il", "estime-t-elle", "dit-il", "ont-ils"
    for f in finite:
        glue = "-t-" if f[-1] in "aeiou" else "-"
        verbs.update(f + glue + pron for pron in ("il", "elle", "on", "ils", "elles"))
    vstart = frozenset(verbs | {"se", "s'"})
    rstart = frozenset(lx.title_first | set(lx.honorifics) | set(lx.given) | set(lx.demonyms))
    return vstart, rstart, vstart | rstart | ENDS


def doc_sent(p: Para, t: int) -> int:
    """The sentence of token ``t`` (the last one for the end of the paragraph)."""
    if not p.sentences:
        return 0
    if t >= len(p):
        return len(p.sentences) - 1
    return p.sent_of[t]


def _tok_at(p: Para, f: int) -> int:
    k = bisect.bisect_right(p.starts, f) - 1
    return max(k, 0) if p.starts else 0


def _find_long_form(doc: Doc, acro: str, here: int) -> tuple[int, int, int] | None:
    """Where an acronym is defined: "l'Office fédéral de l'agriculture (OFAG)"."""
    for pi in doc.paras.containing(doc.low, f"({acro})", here - REACH, here + REACH):
        q = doc.paras[pi]
        for r in q.runs:
            if r.acronym and q.low[r.t0] == acro and r.t0 >= 1 and q.low[r.t0 - 1] == "(":
                found = _long_form(q, r.t0 - 1)
                if found is not None:
                    return (pi, *found)
    return None


def _long_form(p: Para, paren: int) -> tuple[int, int] | None:
    k = paren - 1
    while k >= 0 and p.low[k] not in DETERMINERS and p.low[k] not in (",", ".", ":", "(", ")"):
        if p.low[k] in PREPOSITIONS:
            return None
        k -= 1
    a = (
        k + 1
        if k >= 0 and p.low[k] in DETERMINERS and p.low[k] in ("le", "la", "l'", "les")
        else None
    )
    if a is None or a >= paren or not p.cap[a]:
        return None
    return a, paren


def _source_opening(p: Para, s: int, at: int) -> bool:
    """Whether the mention at token ``at`` is the source that opens the sentence at ``s``
    (« Selon Jean Dupont, … », « D'après le ministre, … », « Pour la maire, … »): what
    it says is reported, and a pronoun after it is that source."""
    low = p.low
    if at == s + 1:
        return low[s] in ("selon", "pour")
    return at == s + 2 and low[s] == "d'" and low[s + 1] == "apres"


#: Events of a sentence run by position, mentions before cues at the same token.
_EVENT_ORDER = operator.itemgetter(0, 1)


def _read_sentence(doc: Doc, pi: int, si: int, sent: tuple[int, int]) -> None:
    """Find the sentence's cues and resolve their subjects, in text order, and register
    the persons named with a title or honorific along the way."""
    p = doc.paras[pi]
    cues = find_cues(p, sent)
    for c in cues:
        if c.subject is None and c.verb.pronoun is None and c.verb.kind in ("ppr", "inf"):
            c.subject = _narrative_subject(doc, pi, si, c.verb) or _governing(
                doc, p, sent, cues, c.verb.t0
            )
    doc.cues[(pi, si)] = cues
    events: list[tuple[int, int, _Cue | Mention]] = []
    taken: set[int] = set()
    for c in cues:
        at = c.subject[0] if c.subject is not None else c.verb.pronoun_token
        if c.subject is not None:
            taken.update(range(c.subject[0], c.subject[2]))
        events.append((min(at, c.verb.t0) if at >= 0 else c.verb.t0, 1, c))
    s, e = sent
    t = s
    rc = p.rcand
    for k in range(bisect.bisect_left(rc, s), len(rc)):
        r = rc[k]
        if r >= e:
            break
        if r > s and p.low[r - 1] in DETERMINERS:
            r -= 1
        elif r > s + 1 and p.low[r - 1] in TITLE_ADJECTIVES and p.low[r - 2] in DETERMINERS:
            r -= 2  # "Un ancien employé …"
        if r < t or r in taken or p.quote_of[r] >= 0:
            continue
        # the subject of its sentence: at its start, or after a fronted adverbial
        # (« Au dernier jour du procès, l'avocate générale a requis … »)
        fronted = r != s and _after_fronted(p, s, r)
        source = _source_opening(p, s, r)
        stop = e
        if source:  # « Selon Marie Blanc, le maire a menti »: the source ends at the comma
            stop = next((k for k in range(r, e) if p.low[k] == ","), e)
        found = _register_at(p, r, stop, subject=r == s or fronted or source, source=source)
        if (
            found is not None
            and fronted
            and found[1].kind == "title"
            and _passive_after(p, found[0])
        ):
            found = None  # « Mardi, le policier mis en cause a été suspendu »: no speaker
        if found is not None:
            events.append((r, 0, found[1]))
            t = found[0]
    events.sort(key=_EVENT_ORDER)
    done: set[int] = set()
    for at, _order, cue in events:
        if isinstance(cue, Mention):
            ref = resolve(doc, pi, cue, p.starts[at], False)
            # the subject of its sentence, more salient for a pronoun than an older
            # speaker; not a title alone after a fronted adverbial (« En fin de match,
            # l'arbitre a exclu deux joueurs »), often a background clause: only a person
            # to fall back on when no speaker fits
            if ref is None:
                continue
            if (
                at == s
                or (cue.kind != "title" and _after_fronted(p, s, at))
                or _source_opening(p, s, at)
            ):
                ref.last_subject = max(ref.last_subject, p.starts[at])
                ref.background = False
            elif ref.last_subject < 0 and ref.last_speaker < 0 and ref.name is None:
                ref.background = True
            continue
        c = cue
        if id(c) in done:
            continue
        done.add(id(c))
        if c.verb.pronoun is not None:
            m: Mention | None = _pronoun_mention(p, c.verb)
        elif c.subject is not None:
            m = mention(p, *c.subject)
        else:
            m = None
        if m is None:
            continue
        pos = p.starts[c.verb.t0]
        ref = resolve(
            doc,
            pi,
            m,
            pos,
            True,
            going_on="continue" in c.verb.flags,
            answering="answer" in c.verb.flags,
        )
        if ref is not None:
            c.attribution = Attribution(ref, pi, m, (c.verb.t0, c.verb.t1), "cue", pos)


#: Words that open a fronted adverbial before a sentence's subject ("À Paris, …",
#: "Peu après, …"), besides prepositions, fillers ("jeudi", "ensuite") and numbers.
_FRONTED_OPENERS = frozenset({"a", "peu", "hier", "aujourd'hui", "ce", "cette", "le", "la", "l'"})


def _after_fronted(p: Para, s: int, at: int) -> bool:
    """Whether the mention at ``at`` is the subject of its sentence after a fronted
    adverbial that a comma closes: « Jeudi 16 mars, peu après 15 heures, Élisabeth Borne
    est montée à la tribune » (no reporting verb and no quote before it).

    >>> from frnews.text import fold
    >>> t = "Jeudi 16 mars, peu apres 15 heures, Elisabeth Borne est montee."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> _after_fronted(p, 0, 9), _after_fronted(p, 0, 3)
    (True, False)
    """
    if at <= s + 1 or p.low[at - 1] != ",":
        return False
    lx = lexicons()
    w = p.low[s]
    first = s
    participle = _fronted_participle(p, s, at)
    if participle > s:
        first = participle  # « Visiblement ému, Karim Benali … »: the participle is no verb
    elif not (
        w in PREPOSITIONS
        or w in _FRONTED_OPENERS
        or w in lx.filler_first
        or w in lx.months
        or w[:1].isdigit()
    ):
        return False
    verbs, quote_of = lx.verbs, p.quote_of
    return not any(p.low[k] in verbs or quote_of[k] >= 0 for k in range(first, at))


#: The endings of a past participle or an adjective that opens a sentence (original case).
_OPENING_PARTICIPLE_ENDS = (
    *("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"),
    *("it", "ite", "its", "ites", "ise", "ises", "ert", "erte"),
)


def _fronted_participle(p: Para, s: int, at: int) -> int:
    """Where the participle or adjective that opens the sentence at ``s`` ends (after an
    adverb in -ment: « Visiblement ému, », « Interrogée sur ces propos, », « Assis dans le
    box, »), the comma before ``at`` closing its phrase; else ``s``."""
    k = s
    if p.low[k].endswith("ment") and k + 1 < at:
        k += 1  # "Visiblement ému"
    if not p.cap[s] or not p.is_word(k):
        return s
    word = p.text_of(k, k + 1)
    if len(word) < 3 or not word.endswith(_OPENING_PARTICIPLE_ENDS):
        return s
    run = p.run_at.get(k)
    if p.low[k] in lexicons().given or (run is not None and run.t1 > k + 1):
        return s  # a name: "Marie, une retraitée, …", "André Dupont, …"
    return k + 1


def _narrative_subject(doc: Doc, pi: int, si: int, v: VerbMatch) -> tuple[int, int, int] | None:
    """``Et d'ajouter : « … »``: a narrative infinitive that opens a sentence takes the
    subject of the sentence before it (its reporting verb's, else its first noun phrase)."""
    p = doc.paras[pi]
    s = p.sentences[si][0]
    if si == 0 or v.kind != "inf" or v.t0 != s + 2:
        return None
    if p.low[s] != "et" or p.low[s + 1] not in ("de", "d'"):
        return None
    for c in reversed(doc.cues.get((pi, si - 1), [])):
        if c.subject is not None and not c.postposed:
            return c.subject
    ps, pe = p.sentences[si - 1]
    return clause_subject(p, ps, pe)


def _apposition_after(p: Para, t: int, e: int) -> bool:
    """Whether an apposition that tells a person starts at token ``t`` (before ``e``): an
    age (``, 34 ans,``), an indefinite noun (``, une retraitée,``) or a person's title,
    bare or after a possessive (``, mère de deux enfants,``, ``, sa voisine,``), between
    commas, after a given name alone (a vox pop: « Karim, 34 ans, attend son bus »); not
    ``Florence, capitale de la Toscane,``."""
    if t + 3 >= e or p.low[t] != "," or "," not in p.low[t + 1 : min(e, t + 9)]:
        return False
    first, second = p.low[t + 1], p.low[t + 2]
    if first.isdigit():
        return second in ("ans", "an")
    if first in ("un", "une"):
        return second.isalpha() and not p.cap[t + 2]
    k = t + 2 if first in ("sa", "son", "leur") else t + 1
    return not p.cap[k] and _title_at(p, k, e) is not None


#: What may follow the subject of a sentence before its verb: a clitic, a negation, a
#: relative or an apposition.
_BEFORE_A_VERB = frozenset(
    ("s'", "se", "l'", "la", "le", "les", "lui", "leur", "y", "en", "ne", "n'", ",", "qui")
)


def _verb_follows(p: Para, k: int) -> bool:
    """Whether token ``k``, after a subject, is an auxiliary, a reporting verb or what
    opens a verb phrase (:data:`_BEFORE_A_VERB`): the subject ends there."""
    if k >= len(p.low):
        return False
    w = p.low[k]
    return w in AUX_AVOIR or w in AUX_ETRE or w in _BEFORE_A_VERB or w in lexicons().verbs


#: Nouns of places named after a person: the name after them is the place's (« le stade
#: Modibo Keïta », « l'université Cheikh Anta Diop », « l'avenue Habib Bourguiba »).
_NAMED_PLACES = frozenset(
    (
        *("rue", "avenue", "boulevard", "place", "quai", "allee", "impasse", "pont", "stade"),
        *("universite", "lycee", "college", "ecole", "institut", "hopital", "clinique"),
        *("aeroport", "gare", "station", "port", "mosquee", "eglise", "cathedrale", "basilique"),
        *("fondation", "salle", "parc", "musee", "palais", "complexe", "prix"),
    )
)


def _passive_after(p: Para, k: int) -> bool:
    """Whether the verb after a subject that ends at token ``k`` is in the passive (« a
    été suspendu », « avait été placé »): within a few tokens, « été » before a comma.

    >>> from frnews.text import fold
    >>> t = "Mardi, le policier mis en cause a été suspendu."
    >>> p = Para.build(t, fold(t, lower=False), 0, len(t), "paragraph")
    >>> _passive_after(p, 5)
    True
    """
    low = p.low
    for j in range(k, min(len(low), k + 6)):
        if low[j] == "ete":
            return True
        if low[j] in (",", ".", ";", ":"):
            return False
    return False


#: The articles of a title alone that opens a sentence and registers its person.
_SUBJECT_TITLE_DETS = frozenset(("le", "la", "l'", "un", "une"))


def _register_at(
    p: Para, t: int, e: int, subject: bool = False, source: bool = False
) -> tuple[int, Mention] | None:
    """A person introduced outside any cue ("le ministre des Affaires étrangères Sergueï
    Lavrov", "M. Lavrov", "l'imam …, Yassin E."; at the start of a sentence, a title
    alone: "Le chef de l'État a reçu …"; a given name alone with an apposition: "Karim,
    34 ans, attend son bus"; with ``source``, after the « selon » that opens the
    sentence: « Selon Jean Dupont, … »): where it ends, and the mention."""
    lx = lexicons()
    w = p.low[t]
    start = t
    if w in DETERMINERS and t + 1 < e:
        t += 1
        w = p.low[t]
        if w in TITLE_ADJECTIVES and t + 1 < e and p.low[t + 1] in lx.title_first:
            t += 1  # "Un ancien employé de l'entrepôt s'est présenté à la barre"
            w = p.low[t]
    # a title in capitals is a title when it is an acronym ("le PDG de Stellantis"), or
    # of two words or more ("Le Premier ministre Gabriel Attal")
    is_title = w in lx.title_first and (not p.cap[t] or p.caps[t] or _long_title_at(p, t))
    is_hon = w in lx.honorifics and p.cap[t] and start == t
    # a nationality after its article: « la Polonaise Iga Swiatek », « La Française a … »
    if not is_title and start < t and w in lx.demonyms:
        run_t = p.run_at.get(t)
        is_title = run_t is not None and run_t.qualifier
    run = p.run_at.get(t) if start == t else None
    is_person_run = (
        run is not None
        and (source or not run.complement)
        and not run.acronym
        and (run.t1 - run.t0 >= 2 or (subject and _apposition_after(p, run.t1, e)))
        and p.low[run.t0] in lx.given
        # (a place named after a person, unless a verb follows the name: « Au lycée Marie
        # Blanc s'est découvert une passion », the comma after « lycée » left out)
        and not (run.t0 > 0 and p.low[run.t0 - 1] in _NAMED_PLACES and not _verb_follows(p, run.t1))
    )
    if not (is_title or is_hon or is_person_run):
        return None
    sub = postposed_span(p, start, e)
    if sub is None:
        return None
    if subject and ":" in p.low[sub[2] : e]:
        sub = _before_a_verb_phrase(p, sub)  # "Le maire monte au créneau :"
    m = mention(p, *sub)
    if m is None:
        return None
    if m.kind == "person" and m.name is not None:
        return sub[2], m
    if subject and m.kind == "title" and m.det in _SUBJECT_TITLE_DETS and is_title:
        if m.det in ("un", "une") and not _verb_follows(p, sub[2]):
            return None  # « Un nouvel entraîneur arrive »: where its phrase ends is unknown
        return sub[2], m  # "Le chef de l'État a reçu …", "Une voisine, qui …, a tout entendu"
    return None


def _speaker(doc: Doc, a: Attribution, names: dict[str, str]) -> Speaker:
    ref = a.ref
    m = a.mention
    span = a.original_spans(doc)[0]
    if m.kind == "pronoun" and m.t1 == m.t0 + 1:
        s, e = span
        head = m.head
        if doc.text[s:e].lower().replace("’", "'") != head:  # "a-t-il": the pronoun inside
            span = (e - len(head), e)
    if ref.name is None and ref.desc is not None and ref.kind != "body":
        span = ref.desc  # an unnamed speaker: its fullest description
    elif m.kind == "rel" and id(ref) in doc.last_mention_span:
        span = doc.last_mention_span[id(ref)]
    name = None
    if ref.name is not None:
        name = doc.text[ref.name[0] : ref.name[1]]
        name = names.setdefault(name, name)
    kind = ref.kind if ref.kind in ("person", "body", "group") else "person"
    return _speaker_at(doc.text, span[0], span[1], name, kind)


def _build(doc: Doc, q: _Q, names: dict[str, str]) -> Quote:
    r = q.raw
    speaker = cue = None
    if q.result is not None:
        speaker = _speaker(doc, q.result, names)
        cue_span = q.result.original_spans(doc)[1]
        if cue_span is not None:
            cue = _cue_at(doc.text, cue_span[0], cue_span[1], q.result.rule)
    ts, te = r.text_span
    nested = tuple(_plain(doc.text, n) for n in r.nested) if r.nested else ()
    return _quote_at(doc.text, ts, te, r.start, r.end, q.kind, nested, r.closed, speaker, cue)


def _plain(text: str, r: RawQuote) -> Quote:
    ts, te = r.text_span
    inner = text[ts:te]
    kind = QuoteKind.FULL if inner[:1].isupper() and len(inner.split()) >= 5 else QuoteKind.FRAGMENT
    nested = tuple(_plain(text, n) for n in r.nested) if r.nested else ()
    return _quote_at(text, ts, te, r.start, r.end, kind, nested, r.closed)
