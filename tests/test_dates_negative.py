"""What is not a temporal expression: numbers, names, scores, prices, laws, phone numbers."""

from __future__ import annotations

import datetime as dt

import pytest

import frnews

REF = dt.date(2023, 10, 19)

NEGATIVES = [
    "Les douaniers ont saisi 1000 conteneurs au port du Havre.",
    "La sonde doit se poser sur la planète Mars.",
    "Il a percuté un 4x4 stationné sur le trottoir.",
    "Le club l'a emporté 3-1 face à son rival.",
    "La Seconde Guerre mondiale a profondément marqué la ville.",
    "Les travaux sont toujours en cours dans le quartier.",
    "M. Jeudi a été entendu par les enquêteurs.",
    "Le maire a confié à 20 Minutes qu'il ne se représenterait pas.",
    # an audio player's elapsed and total time
    "00:00/03:21",
    # a unit written with a capital after its count names a race, a daily, a magazine
    "Les 24 Heures du Mans ont été remportées par Ferrari.",
    "Il a confié au quotidien 24 Heures qu'il quitterait Lausanne.",
    "Le magazine 7 Jours a publié des photos du couple.",
    "Pour joindre la mairie, appelez le 01 23 45 67 89 ou le 06.12.34.56.78.",
    "Le ticket coûte 19,60 € et l'abonnement 12.50 dollars.",
    "Le gouvernement a de nouveau recouru à l’article 49.3 de la Constitution.",
    "La loi 2023-1196 encadre les loyers.",
    "Le CAC 40 a gagné 1,2 % en séance.",
    "Sept personnes ont été blessées, sept autres sont indemnes.",
    "Les 2000 soldats ont quitté la base.",
    "2000 manifestants ont défilé dans le calme.",
    "Le service est assuré 24h/24 par les bénévoles.",
    "Le père Noël a distribué des cadeaux aux enfants hospitalisés.",
    "Noël Mamère a pris la parole devant les militants.",
    "Il a été réélu avec une large majorité.",
    "L'usine a produit une seconde série de moteurs.",
    "Le journal Midi Libre a révélé l'affaire.",
    "L'explorateur de Mars a transmis de nouvelles images.",
    "Ils ont marqué 2 buts et encaissé 1 penalty.",
    "La route nationale 2019 est coupée.",
    "32 août 2014",
    "31 février 2023",
    "29 février 2023",
    "25:12 et 8:62 ne sont pas des heures.",
]


@pytest.mark.parametrize("sentence", NEGATIVES, ids=[s[:50] for s in NEGATIVES])
def test_no_temporal_expression(sentence):
    assert [m.text for m in frnews.find_dates(sentence, reference=REF)] == []


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("Condamné à 8 ans, il a été libéré le 10/01.", ["8 ans", "10/01"]),
        ("Le T.A.S. a tranché le 10/01.", ["10/01"]),
        ("Le score était de 2-0 à la mi-temps le 3 mai 2022.", ["3 mai 2022"]),
        ("Sept jours après l'attaque, sept blessés restaient hospitalisés.", ["Sept jours"]),
        ("Elle a vendu 2 000 exemplaires en 2019.", ["2019"]),
    ],
)
def test_only_the_real_expression(sentence, only):
    assert [m.text for m in frnews.find_dates(sentence, reference=REF)] == only


@pytest.mark.parametrize(
    "expression", ["31 février", "la planète Mars", "bonjour", "", "   ", "3-1"]
)
def test_parse_date_says_none(expression):
    assert frnews.parse_date(expression, reference=REF) is None
