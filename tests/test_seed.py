"""The seed article (La Presse, AFP wire) against its gold annotations."""

from __future__ import annotations

import frnews


def test_seed_dateline(seed_text, seed_gold, seed_published):
    art = frnews.parse(seed_text, published=seed_published)
    gold = seed_gold["dateline"]
    assert art.dateline is not None
    assert (art.dateline.text, art.dateline.place, art.dateline.agency) == (
        gold["text"],
        gold["place"],
        gold["agency"],
    )
    assert [art.dateline.span.start, art.dateline.span.end] == gold["span"]


def test_seed_headings(seed_text, seed_gold):
    art = frnews.parse(seed_text)
    assert [(h.text, [h.span.start, h.span.end]) for h in art.headings] == [
        (h["text"], h["span"]) for h in seed_gold["headings"]
    ]


def test_seed_photo_credit_and_caption(seed_text, seed_gold):
    art = frnews.parse(seed_text)
    assert [
        (c.text, [c.span.start, c.span.end], c.caption.text if c.caption else None)
        for c in art.photo_credits
    ] == [(c["text"], c["span"], c["caption"]) for c in seed_gold["photo_credits"]]
    assert art.photo_credits[0].agency == "KCNA / Reuters"


def test_seed_body_has_no_credit_caption_or_dateline(seed_text):
    art = frnews.parse(seed_text)
    assert "PHOTO AGENCE KCNA" not in art.body
    assert "Le ministre russe des Affaires étrangères, Sergueï Lavrov\n" not in art.body + "\n"
    assert art.body.startswith("Le dirigeant nord-coréen Kim Jong-un")
    assert art.body.endswith("Washington n’avait aucune preuve.")
    assert "Livraisons en cours" in art.body
    assert art.body.count("\n\n") == 21  # 21 paragraphs and one heading: 22 blocks


def test_seed_file_is_a_verbatim_copy(seed_text):
    assert len(seed_text) == 4237
    assert seed_text.startswith("(Pyongyang) Le dirigeant")
