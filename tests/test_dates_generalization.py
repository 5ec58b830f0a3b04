"""Generalization: news sentences written for this file, every mention annotated.

The reference is Wednesday 5 June 2024 (ISO week 23), a date no other test uses, so that
nothing here leans on the development articles' dates. Each row is a sentence and the
complete list of mentions a careful TimeML annotator would write for it, in text order:
(extent, TIMEX3 type, value, mod). The conventions are those of ``docs/dates.md``: minimal
extents without prepositions (``le 3 mai`` → ``3 mai``, ``à la mi-mars`` → ``mi-mars``),
determiners that belong to the phrase kept (``la veille``, ``l'an dernier``, ``la
Toussaint``), modifiers inside the extent and in ``mod``.

An empty list is a negative: nothing in the sentence is a temporal expression.
"""

from __future__ import annotations

import datetime as dt

import pytest

import frnews

REF = dt.date(2024, 6, 5)  # a Wednesday

Mention = tuple[str, str, str, "str | None"]

#: (sentence, every mention it holds).
CASES: list[tuple[str, list[Mention]]] = [
    # --- absolute dates, abbreviations, numeric forms
    (
        "Le décret a été publié au Journal officiel le 1er oct. 2023.",
        [("1er oct. 2023", "DATE", "2023-10-01", None)],
    ),
    (
        "La convocation, datée du 19.10.23, lui a été remise en main propre.",
        [("19.10.23", "DATE", "2023-10-19", None)],
    ),
    (
        "Le verdict est attendu jeudi 13 juin, a précisé le parquet.",
        [("jeudi 13 juin", "DATE", "2024-06-13", None)],
    ),
    (
        "Né le 3 mars 1958 à Oran, il a grandi dans les quartiers nord de Marseille.",
        [("3 mars 1958", "DATE", "1958-03-03", None)],
    ),
    (
        "Selon un courrier du 28/05/2024, la préfecture refuse toute dérogation.",
        [("28/05/2024", "DATE", "2024-05-28", None)],
    ),
    (
        "MIS À JOUR LE 4 JUIN 2024 À 18H12",
        [("4 JUIN 2024 À 18H12", "TIME", "2024-06-04T18:12", None)],
    ),
    (
        "L'accord signé le 12 decembre 2015 à Paris reste la référence des négociateurs.",
        [("12 decembre 2015", "DATE", "2015-12-12", None)],
    ),
    (
        "Le 1er janvier 2025, le prix du timbre vert passera à 1,39 euro.",
        [("1er janvier 2025", "DATE", "2025-01-01", None)],
    ),
    (
        "Les faits remontent au 14 févr. 2019, selon l’acte d’accusation.",
        [("14 févr. 2019", "DATE", "2019-02-14", None)],
    ),
    (
        "Le maire a signé l’arrêté vendredi 31 mai au soir.",
        [("vendredi 31 mai au soir", "TIME", "2024-05-31TEV", None)],
    ),
    (
        "La séance du mardi 21 novembre 2023 avait été levée dans la confusion.",
        [("mardi 21 novembre 2023", "DATE", "2023-11-21", None)],
    ),
    # --- times of the day
    (
        "La réunion débutera à 14 h 30 à la préfecture.",
        [("14 h 30", "TIME", "2024-06-05T14:30", None)],
    ),
    (
        "Les secours ont été alertés vers 9 h par un voisin.",
        [("vers 9 h", "TIME", "2024-06-05T09:00", "APPROX")],
    ),
    (
        "Une explosion a retenti dans la nuit de lundi à mardi dans le port.",
        [("la nuit de lundi à mardi", "TIME", "2024-06-03TNI", None)],
    ),
    (
        "Le corps a été retrouvé en fin d'après-midi par des promeneurs.",
        [("fin d'après-midi", "TIME", "2024-06-05TAF", "END")],
    ),
    (
        "Le scrutin sera clos à 20 heures dans les grandes villes.",
        [("20 heures", "TIME", "2024-06-05T20:00", None)],
    ),
    (
        "Le ministre s'exprimera ce soir à 20 h sur une chaîne publique.",
        [("ce soir à 20 h", "TIME", "2024-06-05T20:00", None)],
    ),
    (
        "Mardi soir, les pompiers luttaient encore contre les flammes.",
        [("Mardi soir", "TIME", "2024-06-04TEV", None)],
    ),
    (
        "Le trafic a repris dès 6 h 15 sur la ligne B.",
        [("6 h 15", "TIME", "2024-06-05T06:15", None)],
    ),
    (
        "L’incident s’est produit à 14\u202fh\u202f05 devant la gare.",
        [("14\u202fh\u202f05", "TIME", "2024-06-05T14:05", None)],
    ),
    (
        "Les manifestants se sont dispersés dans la soirée sans incident.",
        [("la soirée", "TIME", "2024-06-05TEV", None)],
    ),
    (
        "Le convoi est arrivé à Kiev à deux heures du matin.",
        [("deux heures du matin", "TIME", "2024-06-05T02:00", None)],
    ),
    (
        "Un entrepôt a brûlé dans la nuit de lundi à mardi. Les pompiers ont été appelés "
        "vers 2 h 30.",
        [
            ("la nuit de lundi à mardi", "TIME", "2024-06-03TNI", None),
            ("vers 2 h 30", "TIME", "2024-06-04T02:30", "APPROX"),
        ],
    ),
    # --- relative to the publication date
    (
        "Le suspect a été interpellé avant-hier à Rennes.",
        [("avant-hier", "DATE", "2024-06-03", None)],
    ),
    (
        "Le verdict sera rendu lundi prochain par la cour d’assises.",
        [("lundi prochain", "DATE", "2024-06-10", None)],
    ),
    (
        "Les résultats définitifs seront publiés le mois prochain.",
        [("le mois prochain", "DATE", "2024-07", None)],
    ),
    (
        "Les prix de l'énergie ont flambé ces dernières semaines.",
        [("ces dernières semaines", "DURATION", "PXW", None)],
    ),
    (
        "Le gouvernement doit trancher dans les prochains jours.",
        [("les prochains jours", "DURATION", "PXD", None)],
    ),
    (
        "Le groupe a récemment changé de stratégie en Asie.",
        [("récemment", "DATE", "PAST_REF", None)],
    ),
    (
        "La semaine dernière, le Sénat a adopté le texte en première lecture.",
        [("La semaine dernière", "DATE", "2024-W22", None)],
    ),
    (
        "L’entreprise a été rachetée l’an dernier par un fonds américain.",
        [("l’an dernier", "DATE", "2023", None)],
    ),
    (
        "Il y a deux semaines, la grève a été levée à la raffinerie.",
        [("Il y a deux semaines", "DATE", "2024-05-22", None)],
    ),
    (
        "Cette année, la récolte d’abricots s’annonce médiocre.",
        [("Cette année", "DATE", "2024", None)],
    ),
    (
        "Les travaux débuteront dans trois mois, selon la mairie.",
        [("dans trois mois", "DATE", "2024-09", None)],
    ),
    (
        "Aujourd’hui, l’usine emploie encore 300 personnes.",
        [("Aujourd’hui", "DATE", "2024-06-05", None)],
    ),
    (
        "Le festival s’ouvrira ce week-end sous haute surveillance.",
        [("ce week-end", "DATE", "2024-W23-WE", None)],
    ),
    (
        "Le chiffre d’affaires a reculé de 4 % l’année dernière.",
        [("l’année dernière", "DATE", "2023", None)],
    ),
    # --- relative to the narrative
    (
        "Le 3 mai, les gendarmes sont intervenus. Ce jour-là, trois personnes ont été "
        "interpellées.",
        [("3 mai", "DATE", "2024-05-03", None), ("Ce jour-là", "DATE", "2024-05-03", None)],
    ),
    (
        "Il a été arrêté le 28 mai et déféré le jour même devant le parquet.",
        [("28 mai", "DATE", "2024-05-28", None), ("le jour même", "DATE", "2024-05-28", None)],
    ),
    (
        "Le 12 mars, la police a perquisitionné son domicile ; il avait été entendu la veille.",
        [("12 mars", "DATE", "2024-03-12", None), ("la veille", "DATE", "2024-03-11", None)],
    ),
    (
        "Arrêté le 2 mai, il a été déféré le surlendemain devant un juge.",
        [("2 mai", "DATE", "2024-05-02", None), ("le surlendemain", "DATE", "2024-05-04", None)],
    ),
    (
        "L’accident s’est produit le 14 avril ; l’avant-veille, la route avait été rouverte.",
        [("14 avril", "DATE", "2024-04-14", None), ("l’avant-veille", "DATE", "2024-04-12", None)],
    ),
    (
        "Le navire a quitté Brest le 3 mai. Deux jours plus tard, il a été arraisonné.",
        [
            ("3 mai", "DATE", "2024-05-03", None),
            ("Deux jours plus tard", "DATE", "2024-05-05", None),
        ],
    ),
    (
        "Le 20 mai, le juge a prononcé la relaxe ; trois semaines auparavant, le parquet "
        "avait requis la prison.",
        [
            ("20 mai", "DATE", "2024-05-20", None),
            ("trois semaines auparavant", "DATE", "2024-04-29", None),
        ],
    ),
    (
        "Le 6 mai, le conseil a voté le budget ; la semaine suivante, l’opposition a saisi "
        "le tribunal.",
        [("6 mai", "DATE", "2024-05-06", None), ("la semaine suivante", "DATE", "2024-W20", None)],
    ),
    (
        "En 2019, le chômage avait baissé, après une hausse l'année précédente.",
        [("2019", "DATE", "2019", None), ("l'année précédente", "DATE", "2018", None)],
    ),
    (
        "La Commission veut prolonger jusqu'en 2027. Lors du dernier trimestre 2023, les prix "
        "avaient reculé par rapport à la même période de l'année précédente.",
        [
            ("2027", "DATE", "2027", None),
            ("dernier trimestre 2023", "DATE", "2023-Q4", None),
            ("l'année précédente", "DATE", "2022", None),
        ],
    ),
    (
        "Lors du dernier trimestre 2023, les prix avaient reculé par rapport à la même période "
        "de l'année précédente.",
        [
            ("dernier trimestre 2023", "DATE", "2023-Q4", None),
            ("l'année précédente", "DATE", "2022", None),
        ],
    ),
    (
        "En mars 2021, les ventes ont rebondi ; le mois précédent, elles avaient chuté.",
        [("mars 2021", "DATE", "2021-03", None), ("le mois précédent", "DATE", "2021-02", None)],
    ),
    (
        "Au premier semestre 2023, les ventes ont chuté par rapport au semestre précédent.",
        [
            ("premier semestre 2023", "DATE", "2023-H1", None),
            ("semestre précédent", "DATE", "2022-H2", None),
        ],
    ),
    (
        "Le 4 juin, la police est intervenue à 6 h ; deux heures plus tard, le suspect était "
        "en garde à vue.",
        [
            ("4 juin", "DATE", "2024-06-04", None),
            ("6 h", "TIME", "2024-06-04T06:00", None),
            ("deux heures plus tard", "TIME", "2024-06-04T08:00", None),
        ],
    ),
    (
        "Le club a été promu en 2022 et relégué l’année suivante.",
        [("2022", "DATE", "2022", None), ("l’année suivante", "DATE", "2023", None)],
    ),
    # --- a bare day number after the month the text gave
    (
        "Le 12 mai, les grévistes ont bloqué le dépôt ; le 14, la direction a cédé.",
        [("12 mai", "DATE", "2024-05-12", None), ("14", "DATE", "2024-05-14", None)],
    ),
    (
        "Les inscriptions ouvrent le 3 septembre et se terminent le 20, à midi.",
        [
            ("3 septembre", "DATE", "2024-09-03", None),
            ("20, à midi", "TIME", "2024-09-20T12:00", None),
        ],
    ),
    (
        "Le juge rendra sa décision le 20 du mois.",
        [("20 du mois", "DATE", "2024-06-20", None)],
    ),
    (
        "Les loyers impayés seront réclamés le 5 du mois prochain.",
        [("5 du mois prochain", "DATE", "2024-07-05", None)],
    ),
    (
        "Le buteur portait le 9 ; il a marqué deux fois en dix minutes.",
        [("dix minutes", "DURATION", "PT10M", None)],
    ),
    (
        "En mai, la mairie a voté le budget ; le 3, le préfet l’a contesté.",
        [("mai", "DATE", "2024-05", None), ("3", "DATE", "2024-05-03", None)],
    ),
    (
        "Le 12 mai, il a pris le départ avec le dossard 14, le 9 étant réservé au tenant du titre.",
        [("12 mai", "DATE", "2024-05-12", None)],
    ),
    # --- parts of months and years, seasons, quarters, semesters
    (
        "Les premières livraisons sont prévues mi-septembre.",
        [("mi-septembre", "DATE", "2024-09", "MID")],
    ),
    (
        "Le chantier a démarré début avril malgré les recours.",
        [("début avril", "DATE", "2024-04", "START")],
    ),
    (
        "Le nouveau pont sera livré fin 2025, avec deux ans de retard.",
        [("fin 2025", "DATE", "2025", "END"), ("deux ans", "DURATION", "P2Y", None)],
    ),
    (
        "Le texte sera examiné courant novembre par les députés.",
        [("courant novembre", "DATE", "2024-11", None)],
    ),
    (
        "Les négociations avaient repris à la mi-mars, sans succès.",
        [("mi-mars", "DATE", "2024-03", "MID")],
    ),
    (
        "Au printemps 2023, la sécheresse avait déjà frappé la région.",
        [("printemps 2023", "DATE", "2023-SP", None)],
    ),
    (
        "Les récoltes de l’automne dernier ont été catastrophiques.",
        [("l’automne dernier", "DATE", "2023-FA", None)],
    ),
    (
        "Au troisième trimestre, le PIB devrait progresser de 0,3 %.",
        [("troisième trimestre", "DATE", "2024-Q3", None)],
    ),
    (
        "Au quatrième trimestre, les ventes de voitures neuves avaient chuté de 8 %.",
        [("quatrième trimestre", "DATE", "2023-Q4", None)],
    ),
    (
        "Fin mai, les syndicats avaient appelé à la grève.",
        [("Fin mai", "DATE", "2024-05", "END")],
    ),
    (
        "Dès l’été 2025, les bus de la ville rouleront à l’électricité.",
        [("l’été 2025", "DATE", "2025-SU", None)],
    ),
    (
        "L’hiver prochain s’annonce difficile pour les ménages modestes.",
        [("L’hiver prochain", "DATE", "2024-WI", None)],
    ),
    (
        "Le musée rouvrira ses portes au début de l’automne.",
        [("début de l’automne", "DATE", "2024-FA", "START")],
    ),
    # --- months and weekdays without a year, placed by the tense
    (
        "Les syndicats ont déposé vendredi un préavis de grève pour lundi.",
        [("vendredi", "DATE", "2024-05-31", None), ("lundi", "DATE", "2024-06-10", None)],
    ),
    (
        "Le festival se tiendra en juillet dans la cour du palais.",
        [("juillet", "DATE", "2024-07", None)],
    ),
    (
        "Les inondations de décembre ont coûté deux millions d’euros à la commune.",
        [("décembre", "DATE", "2023-12", None)],
    ),
    (
        "Le président recevra les syndicats vendredi à l’Élysée.",
        [("vendredi", "DATE", "2024-06-07", None)],
    ),
    (
        "Le président a reçu les syndicats lundi à l’Élysée.",
        [("lundi", "DATE", "2024-06-03", None)],
    ),
    (
        "En septembre, la rentrée se fera sans téléphone portable au collège.",
        [("septembre", "DATE", "2024-09", None), ("la rentrée", "DATE", "2024-09", None)],
    ),
    (
        "En février, le tribunal avait déjà condamné la société.",
        [("février", "DATE", "2024-02", None)],
    ),
    (
        "Samedi, des milliers de manifestants défileront à Paris.",
        [("Samedi", "DATE", "2024-06-08", None)],
    ),
    (
        "Le chantier lancé en novembre a déjà pris six mois de retard.",
        [("novembre", "DATE", "2023-11", None), ("six mois", "DURATION", "P6M", None)],
    ),
    # --- the conditional
    (
        "Il a répété lundi que la réforme entrerait en vigueur « au plus tard le 1er décembre ».",
        [("lundi", "DATE", "2024-06-03", None), ("1er décembre", "DATE", "2024-12-01", None)],
    ),
    (
        "Selon son entourage, la ministre se rendrait en Nouvelle-Calédonie en octobre.",
        [("octobre", "DATE", "2024-10", None)],
    ),
    (
        "Le porte-parole a indiqué que le sommet aurait lieu en novembre à Bakou.",
        [("novembre", "DATE", "2024-11", None)],
    ),
    (
        "Selon la police, le suspect serait arrivé en France en décembre.",
        [("décembre", "DATE", "2023-12", None)],
    ),
    (
        "D’après l’enquête, le tireur aurait acheté l’arme en décembre.",
        [("décembre", "DATE", "2023-12", None)],
    ),
    (
        "Le gouvernement a assuré que le texte serait présenté en conseil des ministres en "
        "décembre.",
        [("décembre", "DATE", "2024-12", None)],
    ),
    # --- durations and vague periods
    (
        "Il a passé un an et demi en détention provisoire.",
        [("un an et demi", "DURATION", "P1.5Y", None)],
    ),
    (
        "L’usine est fermée depuis une dizaine d’années.",
        [("une dizaine d’années", "DURATION", "P10Y", "APPROX")],
    ),
    (
        "Ce conflit foncier oppose les deux villages depuis des décennies.",
        [("des décennies", "DURATION", "PXDE", None)],
    ),
    (
        "Il vit en Espagne depuis plus de trois ans.",
        [("plus de trois ans", "DURATION", "P3Y", "MORE_THAN")],
    ),
    (
        "La panne d’électricité a duré 48 heures dans tout le département.",
        [("48 heures", "DURATION", "PT48H", None)],
    ),
    (
        "Le procès devrait durer trois semaines.",
        [("trois semaines", "DURATION", "P3W", None)],
    ),
    (
        "Les négociations ont duré près de deux ans.",
        [("près de deux ans", "DURATION", "P2Y", "APPROX")],
    ),
    (
        "Après quarante-huit heures de garde à vue, il a été relâché.",
        [("quarante-huit heures", "DURATION", "PT48H", None)],
    ),
    (
        "Il a été condamné à vingt et un ans de réclusion criminelle.",
        [("vingt et un ans", "DURATION", "P21Y", None)],
    ),
    (
        "Elle dirige l’association depuis plusieurs mois.",
        [("plusieurs mois", "DURATION", "PXM", None)],
    ),
    # --- ranges
    (
        "Le salon se tiendra du 3 au 5 octobre à Lyon.",
        [("3 au 5 octobre", "DATE", "2024-10-03/2024-10-05", None)],
    ),
    (
        "Entre 2019 et 2021, le nombre d’adhérents a doublé.",
        [("2019", "DATE", "2019", None), ("2021", "DATE", "2021", None)],
    ),
    (
        "La médiathèque est ouverte de 10 h à 18 h 30.",
        [("10 h à 18 h 30", "TIME", "2024-06-05T10:00/2024-06-05T18:30", None)],
    ),
    (
        "Les travaux auront lieu du 15 juillet au 31 août.",
        [("15 juillet", "DATE", "2024-07-15", None), ("31 août", "DATE", "2024-08-31", None)],
    ),
    (
        "La consultation s’est déroulée de janvier à mars 2024.",
        [("janvier", "DATE", "2024-01", None), ("mars 2024", "DATE", "2024-03", None)],
    ),
    (
        "Le festival se déroulera du jeudi 3 au samedi 5 octobre sur les quais.",
        [("jeudi 3 au samedi 5 octobre", "DATE", "2024-10-03/2024-10-05", None)],
    ),
    # --- sets
    (
        "Le marché se tient chaque jeudi sur la place de l’église.",
        [("chaque jeudi", "SET", "XXXX-WXX-4", None)],
    ),
    (
        "Les bénévoles passent deux fois par semaine chez les personnes isolées.",
        [("deux fois par semaine", "SET", "P1W", None)],
    ),
    (
        "La collecte des encombrants a lieu tous les mardis.",
        [("tous les mardis", "SET", "XXXX-WXX-2", None)],
    ),
    (
        "Chaque matin, les enfants attendent le car scolaire au bord de la route.",
        [("Chaque matin", "SET", "XXXX-XX-XXTMO", None)],
    ),
    (
        "La foire revient tous les ans dans le village.",
        [("tous les ans", "SET", "P1Y", None)],
    ),
    # --- holidays
    (
        "Les magasins seront fermés le jour de l’An.",
        [("le jour de l’An", "DATE", "2025-01-01", None)],
    ),
    (
        "Le défilé du 14 Juillet sera maintenu malgré les menaces d’orage.",
        [("14 Juillet", "DATE", "2024-07-14", None)],
    ),
    (
        "Les cloches de la cathédrale sonneront de nouveau à Pâques.",
        [("Pâques", "DATE", "2025-04-20", None)],
    ),
    (
        "Les fleuristes préparent les chrysanthèmes pour la Toussaint.",
        [("la Toussaint", "DATE", "2024-11-01", None)],
    ),
    (
        "La Saint-Jean-Baptiste sera célébrée par des feux de joie dans tout le Québec.",
        [("La Saint-Jean-Baptiste", "DATE", "2024-06-24", None)],
    ),
    # --- upper case, missing accents, typographic spaces
    (
        "LE PROCÈS S’OUVRIRA LE 17 SEPTEMBRE DEVANT LA COUR D’ASSISES.",
        [("17 SEPTEMBRE", "DATE", "2024-09-17", None)],
    ),
    (
        "La reunion aura lieu le 12 fevrier prochain a la mairie.",
        [("12 fevrier prochain", "DATE", "2025-02-12", None)],
    ),
    (
        "Rendez-vous le 21\u00a0juin à 21\u00a0h pour la fête.",
        [("21\u00a0juin à 21\u00a0h", "TIME", "2024-06-21T21:00", None)],
    ),
    (
        "Le depute a ete elu en aout dernier.",
        [("aout dernier", "DATE", "2023-08", None)],
    ),
    # --- not temporal expressions
    ("Près de 1500 conteneurs ont été débarqués au Havre.", []),
    ("Le robot a atterri sans encombre sur la planète Mars.", []),
    ("Un 4x4 a percuté la vitrine d’une boulangerie.", []),
    ("Le PSG s’est imposé 3-1 face à Lens.", []),
    ("Les vétérans de la Seconde Guerre mondiale ont été décorés.", []),
    ("L’enquête est toujours en cours, selon le parquet.", []),
    ("M. Jeudi, l’avocat de la famille, conteste la version officielle.", []),
    ("Pour tout renseignement, composez le 04 72 10 30 30.", []),
    ("Le litre de gazole s’affiche à 1,89 euro dans cette station.", []),
    ("Le gouvernement a de nouveau engagé sa responsabilité avec l’article 49.3.", []),
    ("Les dirigeants du G7 se retrouvent en Italie pour un sommet.", []),
    ("Le déploiement de la 5G progresse dans les campagnes.", []),
    ("La Peugeot 3008 reste le modèle le plus vendu du groupe.", []),
    ("La mairie a recensé 2024 logements vacants.", []),
    ("Le ticket est passé de 12.99 à 14.99 euros.", []),
    ("Le vol AF 1148 a été annulé à cause de la grève.", []),
    ("Le numéro 10 a inscrit le 2-0 juste avant la pause.", []),
    ("Le député a voté l’amendement 1515 du texte.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[s[:60] for s, _ in CASES])
def test_every_mention(sentence: str, expected: list[Mention]) -> None:
    found = frnews.find_dates(sentence, reference=REF)
    got = [
        (m.text, m.value.type.value, m.value.timex, m.value.mod and m.value.mod.value)
        for m in found
    ]
    assert got == expected
    for m in found:
        assert sentence[m.span.start : m.span.end] == m.text


def test_enough_cases() -> None:
    assert len(CASES) >= 80
