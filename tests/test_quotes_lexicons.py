"""The word lists of quote attribution: reporting verbs and their generated forms, titles,
honorifics, pronouns, bodies, given names."""

from __future__ import annotations

import pytest

from frnews.lexicons import load_table
from frnews.quotes.cues import match_verb
from frnews.quotes.lex import conjugate, lexicons, words
from frnews.quotes.mentions import Para
from frnews.text import fold


def test_at_least_150_reporting_verbs_and_each_conjugates():
    rows = load_table("reporting_verbs")
    assert len({e.form for e in rows}) >= 150
    for e in rows:
        verb = e.form.split()[1] if e.form.startswith("se ") else e.form.split()[0]
        verb = verb.removeprefix("s'").removeprefix("s’")
        forms = conjugate(verb, e.value)
        assert all(forms[k] for k in ("finite", "pp", "ppr", "inf")), f"{e.file}:{e.line}"


def test_irregular_rows_give_five_principal_parts():
    for e in load_table("reporting_verbs"):
        parts = e.value.split()
        assert len(parts) in (0, 1, 5), f"{e.file}:{e.line}: {e.value!r}"
        if len(parts) == 1:
            assert e.form.split()[0].removeprefix("s'").endswith("er") or e.form.startswith(
                "se "
            ), f"{e.file}:{e.line}"


FORMS = [
    ("a déclaré", "declarer", "compound", None),
    ("ont déclaré", "declarer", "compound", None),
    ("avait dit", "dire", "compound", None),
    ("aurait affirmé", "affirmer", "compound", None),
    ("a-t-il estimé", "estimer", "compound", "il"),
    ("a-t-elle martelé", "marteler", "compound", "elle"),
    ("ont-ils ajouté", "ajouter", "compound", "ils"),
    ("s’est félicité", "feliciter", "compound", None),
    ("se sont félicités", "feliciter", "compound", None),
    ("s’était inquiétée", "inquieter", "compound", None),
    ("s’en défend", "defendre", "finite", None),
    ("estime-t-il", "estimer", "finite", "il"),
    ("déplore-t-elle", "deplorer", "finite", "elle"),
    ("dit-il", "dire", "finite", "il"),
    ("répond-elle", "repondre", "finite", "elle"),
    ("poursuit-il", "poursuivre", "finite", "il"),
    ("affirme", "affirmer", "finite", None),
    ("affirment", "affirmer", "finite", None),
    ("expliquait", "expliquer", "finite", None),
    ("déclara", "declarer", "finite", None),
    ("déclarèrent", "declarer", "finite", None),
    ("annonça", "annoncer", "finite", None),
    ("jugea", "juger", "finite", None),
    ("concède", "conceder", "finite", None),
    ("rappelle", "rappeler", "finite", None),
    ("soulignant", "souligner", "ppr", None),
    ("regretter", "regretter", "inf", None),
    ("a fait savoir", "faire", "compound", None),
    ("a également précisé", "preciser", "compound", None),
    ("avait ainsi indiqué", "indiquer", "compound", None),
]


@pytest.mark.parametrize(("phrase", "lemma", "kind", "pronoun"), FORMS, ids=[f[0] for f in FORMS])
def test_reporting_verb_forms(phrase, lemma, kind, pronoun):
    text = f"« Oui », {phrase} le maire."
    p = Para.build(text, fold(text, lower=False), 0, len(text), "paragraph")
    v = match_verb(p, 4)
    assert v is not None
    assert (v.lemma, v.kind, v.pronoun) == (lemma, kind, pronoun)
    assert p.text_of(v.t0, v.t1) == phrase


@pytest.mark.parametrize("phrase", ["justifié par", "le déclaré", "s’expriment", "il mange"])
def test_not_reporting_verbs(phrase):
    text = f"« Oui », {phrase} le maire."
    p = Para.build(text, fold(text, lower=False), 0, len(text), "paragraph")
    v = match_verb(p, 4)
    assert v is None or v.kind not in ("finite", "compound")


def test_titles_and_their_classes():
    lx = lexicons()
    assert {"elu", "edile"} <= lx.titles[("maire",)].classes
    assert "magistrat" in lx.titles[("president", "du", "tribunal")].classes
    assert "ministre" in lx.titles[("chef", "de", "la", "diplomatie")].classes
    for key in (("procureure",), ("avocate",), ("prefete",), ("directrice",)):
        assert lx.titles[key].gender == "f", key
    for e in load_table("titles"):
        assert not ({"m", "f"} <= e.flags), f"{e.file}:{e.line}"


def test_title_classes_are_written_as_the_heads_of_mentions():
    # a mention's head is its title's tokens joined by spaces ("chef de l' etat"): the
    # classes that refer back to a title are written so, or « le chef de l'État » never
    # finds « le président … » (a class with an apostrophe was written "l'etat")
    lx = lexicons()
    heads = {info.key for info in lx.titles.values()}
    assert "chef de l' etat" in lx.titles[("president",)].classes
    assert "cineaste" in lx.titles[("realisateur",)].classes
    for key, info in lx.titles.items():
        for c in info.classes:
            assert c == " ".join(c.split()), (key, c)
            if "'" in c:
                assert c in heads, (key, c)


def test_parties_are_names_of_words():
    """Each party is words a name can hold (no sentence punctuation, which would end the
    noun phrase before it), in a country of the table, and not a given name (the name of
    the person after it would lose its first word)."""
    lx = lexicons()
    assert ("la", "france", "insoumise") in lx.parties
    assert {"renaissance", "lr", "rn", "ps", "ecolo", "udc", "caq"} <= lx.party_first
    for e in load_table("parties"):
        tokens = words(e.form)
        where = f"{e.file}:{e.line}"
        assert e.value in ("FR", "BE", "CH", "CA"), where
        assert all(t[0].isalnum() for t in tokens), where
        assert not (len(tokens) == 1 and tokens[0] in lx.given), where
        assert e.form[0].isupper(), where


def test_demonyms_are_nationalities_not_places_or_names():
    """A nationality is capitalized, has a gender, and is no given name, place, body or
    title: « la Suisse » and « l'Argentine » (countries) are left out of the table."""
    lx = lexicons()
    assert lx.demonyms["francaise"] == "f"
    assert lx.demonyms["neerlandais"] == "m"
    assert lx.demonyms["belge"] is None
    assert "suisse" not in lx.demonyms
    assert "argentine" not in lx.demonyms
    for e in load_table("demonyms"):
        where = f"{e.file}:{e.line}"
        f = fold(e.form).text
        assert e.value in ("m", "f", "mf"), where
        assert e.form[0].isupper(), where
        assert len(words(e.form)) == 1, where
        assert f not in lx.given, where
        assert (f,) not in lx.places, where
        assert f not in lx.bodies, where
        assert f not in lx.title_first, where


def test_honorifics_pronouns_given_names():
    lx = lexicons()
    assert lx.honorifics["m"] == ("m", False)
    assert lx.honorifics["mm"] == ("m", True)
    assert lx.honorifics["mme"] == ("f", False)
    assert {"me", "dr", "pr", "mgr", "mmes", "mes"} <= set(lx.honorifics)
    assert lx.pronouns[("elle",)][0] == "f"
    assert lx.pronouns[("ils",)][1] is True
    for e in load_table("given_names"):
        assert e.value in ("m", "f", "mf"), f"{e.file}:{e.line}"
    assert lx.given["olivier"] == "m"
    assert lx.given["dominique"] is None


# (given name, gender as the table gives it: "m", "f", None for both)
GIVEN_NAMES = [
    ("Mireille", "f"),
    ("Bénédicte", "f"),
    ("Aymeric", "m"),
    ("Clémentine", "f"),
    ("Johanna", "f"),
    ("Marie-Ève", "f"),
    ("Marie-Josée", "f"),
    ("Jean-Philippe", "m"),
    ("Pierre-Luc", "m"),
    ("Réjean", "m"),
    ("Ghislaine", "f"),
    ("Claude", None),
]


@pytest.mark.parametrize(("name", "gender"), GIVEN_NAMES, ids=[n for n, _ in GIVEN_NAMES])
def test_given_names(name, gender):
    given = lexicons().given
    key = fold(name).text
    assert key in given
    assert given[key] == gender


def test_bodies_and_places():
    lx = lexicons()
    assert {"prefecture", "ministere", "parti", "agence"} <= lx.bodies
    assert ("kremlin",) in lx.places
    assert ("maison-blanche",) in lx.places
    assert ("quai", "d'", "orsay") in lx.places
    for e in load_table("speaker_bodies"):
        assert len(e.flags & {"head", "place"}) == 1, f"{e.file}:{e.line}"
