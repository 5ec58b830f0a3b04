"""Segmentation: datelines, photo credits and captions, headings, bylines, furniture.

Every table row is a real-looking French news snippet, in the conventions of the outlet
named in its id.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

import frnews
from frnews import BlockKind

NBSP = "\N{NO-BREAK SPACE}"
THIN = "\N{THIN SPACE}"

BODY = "Le premier ministre a annoncé jeudi un plan de 3 milliards pour les hôpitaux."

# (id, text, dateline text, place, agency, date)
DATELINES = [
    ("jdm-bar", f"MONTRÉAL | {BODY}", "MONTRÉAL", "MONTRÉAL", None, None),
    ("jdm-bar-region", f"SAINT-JÉRÔME | {BODY}", "SAINT-JÉRÔME", "SAINT-JÉRÔME", None, None),
    ("lapresse-paren", f"(Pyongyang) {BODY}", "(Pyongyang)", "Pyongyang", None, None),
    ("lesoleil-paren", f"(Québec) {BODY}", "(Québec)", "Québec", None, None),
    (
        "paren-multiword",
        f"(Saint-Jean-sur-Richelieu) {BODY}",
        "(Saint-Jean-sur-Richelieu)",
        "Saint-Jean-sur-Richelieu",
        None,
        None,
    ),
    ("paren-los-angeles", f"(Los Angeles) {BODY}", "(Los Angeles)", "Los Angeles", None, None),
    (
        "afp-wire-date",
        f"PYONGYANG, 19 oct 2023 (AFP) - {BODY}",
        "PYONGYANG, 19 oct 2023 (AFP)",
        "PYONGYANG",
        "AFP",
        dt.date(2023, 10, 19),
    ),
    ("afp-mixed-case", f"Paris (AFP) – {BODY}", "Paris (AFP)", "Paris", "AFP", None),
    ("afp-le-caire", f"Le Caire (AFP) - {BODY}", "Le Caire (AFP)", "Le Caire", "AFP", None),
    (
        "reuters-wire",
        f"MOSCOU, 19 octobre 2023 (Reuters) - {BODY}",
        "MOSCOU, 19 octobre 2023 (Reuters)",
        "MOSCOU",
        "Reuters",
        dt.date(2023, 10, 19),
    ),
    ("ap-wire", f"WASHINGTON (AP) — {BODY}", "WASHINGTON (AP)", "WASHINGTON", "AP", None),
    ("cp-dash", f"MONTRÉAL — {BODY}", "MONTRÉAL", "MONTRÉAL", None, None),
    ("ledevoir-dash", f"Québec — {BODY}", "Québec", "Québec", None, None),
    (
        "regional-department",
        f"ROUEN (Seine-Maritime) – {BODY}",
        "ROUEN (Seine-Maritime)",
        "ROUEN",
        None,
        None,
    ),
    (
        "regional-mixed-case",
        f"Brest (Finistère) — {BODY}",
        "Brest (Finistère)",
        "Brest",
        None,
        None,
    ),
    (
        "after-title-and-byline",
        f"Incendie à Rouen : l'usine mise en cause\n\nPar Marie Lefèvre\n\nROUEN – {BODY}",
        "ROUEN",
        "ROUEN",
        None,
        None,
    ),
    (
        "cp-hyphenated",
        f"SAINT-JEAN-SUR-RICHELIEU — {BODY}",
        "SAINT-JEAN-SUR-RICHELIEU",
        "SAINT-JEAN-SUR-RICHELIEU",
        None,
        None,
    ),
    (
        "correspondent",
        f"De notre correspondant à Moscou, {BODY}",
        "De notre correspondant à Moscou",
        "Moscou",
        None,
        None,
    ),
    (
        "envoye-special",
        f"Envoyé spécial à Kyiv\n\n{BODY}",
        "Envoyé spécial à Kyiv",
        "Kyiv",
        None,
        None,
    ),
    (
        "correspondante",
        f"De notre correspondante à Washington. {BODY}",
        "De notre correspondante à Washington",
        "Washington",
        None,
        None,
    ),
    (
        "cnw-press-release",
        f"MONTRÉAL, le 5 mars 2023 /CNW/ - {BODY}",
        "MONTRÉAL, le 5 mars 2023 /CNW/",
        "MONTRÉAL",
        "CNW",
        dt.date(2023, 3, 5),
    ),
    ("swiss-ats", f"Berne (ats) - {BODY}", "Berne (ats)", "Berne", "ATS", None),
    (
        "paren-country",
        f"(Pyongyang, Corée du Nord) {BODY}",
        "(Pyongyang, Corée du Nord)",
        "Pyongyang",
        None,
        None,
    ),
    (
        "wire-country",
        f"BEYROUTH, Liban (AFP) - {BODY}",
        "BEYROUTH, Liban (AFP)",
        "BEYROUTH",
        "AFP",
        None,
    ),
    (
        "correspondent-no-comma",
        f"De nos envoyés spéciaux en Ukraine {BODY}",
        "De nos envoyés spéciaux en Ukraine",
        "Ukraine",
        None,
        None,
    ),
    ("wire-on-own-line", f"BEYROUTH (AFP)\n\n{BODY}", "BEYROUTH (AFP)", "BEYROUTH", "AFP", None),
    (
        "envoyee-speciale",
        f"De notre envoyée spéciale à Kherson, {BODY}",
        "De notre envoyée spéciale à Kherson",
        "Kherson",
        None,
        None,
    ),
    (
        "envoyee-speciale-own-line",
        f"Envoyée spéciale à Kyiv\n\n{BODY}",
        "Envoyée spéciale à Kyiv",
        "Kyiv",
        None,
        None,
    ),
    (
        "envoyees-speciales",
        f"De nos envoyées spéciales à Gaza, {BODY}",
        "De nos envoyées spéciales à Gaza",
        "Gaza",
        None,
        None,
    ),
    (
        "correspondante-permanente",
        f"De notre correspondante permanente à Bruxelles, {BODY}",
        "De notre correspondante permanente à Bruxelles",
        "Bruxelles",
        None,
        None,
    ),
    ("ledevoir-elided-particle", f"Val-d’Or — {BODY}", "Val-d’Or", "Val-d’Or", None, None),
    ("lesoleil-elided-particle", f"(Val-d'Or) {BODY}", "(Val-d'Or)", "Val-d'Or", None, None),
    (
        "regional-elided-particle",
        f"Val-d'Isère (Savoie) – {BODY}",
        "Val-d'Isère (Savoie)",
        "Val-d'Isère",
        None,
        None,
    ),
    (
        "cp-elided-particle",
        f"SAINT-JEAN-D'IBERVILLE — {BODY}",
        "SAINT-JEAN-D'IBERVILLE",
        "SAINT-JEAN-D'IBERVILLE",
        None,
        None,
    ),
    (
        "after-title",
        f"Le sommet de Pyongyang\n\n(Pyongyang) {BODY}",
        "(Pyongyang)",
        "Pyongyang",
        None,
        None,
    ),
    (
        "after-title-more",
        f"Le sommet de Pyongyang\n\n(Pyongyang) {BODY}\n\n{BODY}",
        "(Pyongyang)",
        "Pyongyang",
        None,
        None,
    ),
    (
        "after-credit-and-caption",
        f"PHOTO REUTERS\n\nLe dirigeant à Pyongyang\n\n(Pyongyang) {BODY}",
        "(Pyongyang)",
        "Pyongyang",
        None,
        None,
    ),
    # below a web page's header (title, standfirst, author, publication line): a wire
    # dateline that names its agency
    (
        "wire-below-a-web-header",
        "Le budget adopté de justesse\n\nLes députés ont voté le texte après un long "
        f"débat.\n\nPar Jean Dupont\n\nPublié le 19/10/2023 à 10h00\n\nPARIS (AFP) — {BODY}",
        "PARIS (AFP)",
        "PARIS",
        "AFP",
        None,
    ),
    # Le Monde: the place, the reporter's post, a period
    ("lemonde-envoye", f"Kiev, envoyé spécial. {BODY}", "Kiev, envoyé spécial", "Kiev", None, None),
    (
        "lemonde-envoyees-region",
        f"Kherson (Ukraine), envoyées spéciales. {BODY}",
        "Kherson (Ukraine), envoyées spéciales",
        "Kherson",
        None,
        None,
    ),
    (
        "lemonde-correspondance",
        f"Jérusalem, correspondance. {BODY}",
        "Jérusalem, correspondance",
        "Jérusalem",
        None,
        None,
    ),
    (
        "lemonde-bureau",
        f"Bruxelles, bureau européen. {BODY}",
        "Bruxelles, bureau européen",
        "Bruxelles",
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "dl_text", "place", "agency", "date"),
    [d[1:] for d in DATELINES],
    ids=[d[0] for d in DATELINES],
)
def test_dateline(text, dl_text, place, agency, date):
    d = frnews.find_dateline(text)
    assert d is not None
    assert (d.text, d.place, d.agency, d.date) == (dl_text, place, agency, date)
    assert text[d.span.start : d.span.end] == d.text
    art = frnews.parse(text)
    assert art.body.endswith(BODY)
    assert not art.body.startswith(dl_text)


NO_DATELINES = [
    ("sentence", BODY),
    ("mais-dash", "Mais — disait-il encore hier — rien n'est joué."),
    ("hyphen-not-dash", "Québec - la ville a voté un budget."),
    ("parenthesis-in-text", "(Re)découvrir la ville est un plaisir."),
    ("name-then-party", "Emmanuel Macron (Renaissance) a parlé jeudi."),
    ("selon-paren", "Selon (AFP) les chiffres sont faux."),
    ("party-in-parentheses-hyphen", "Rouen (Seine-Maritime) - la ville a voté un budget."),
    ("article-then-parentheses", "La France (insoumise) — Le parti a voté contre."),
    ("byline-then-sentence", f"Par Marie Lefèvre\n\n{BODY}"),
    ("bar-mixed-case", f"Politique | {BODY}"),
    ("elided-place-hyphen", "Val-d'Or - la ville a voté un budget."),
    ("name-then-post", "Marie, correspondante du journal, a écrit à la mairie."),
    ("weekday-then-post", "Lundi, envoyé spécial. Il est arrivé à Kiev."),
    # below a title and a first paragraph, a place without its agency is no dateline
    (
        "place-dash-below-the-first-paragraph",
        f"Le budget adopté\n\n{BODY}\n\nQuébec — la ville a voté un budget.",
    ),
    # nor a wire dateline far into the story
    ("wire-far-into-the-story", "\n\n".join([BODY] * 6 + [f"PARIS (AFP) — {BODY}"])),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATELINES], ids=[c[0] for c in NO_DATELINES])
def test_no_dateline(text):
    assert frnews.find_dateline(text) is None


def test_dateline_year_from_publication_date():
    text = f"MOSCOU, 19 octobre (Reuters) - {BODY}"
    assert frnews.find_dateline(text).date is None
    art = frnews.parse(text, published=dt.date(2023, 10, 19))
    assert art.dateline.date == dt.date(2023, 10, 19)


def test_impossible_dateline_date_is_none():
    d = frnews.find_dateline(f"PARIS, 31 février 2023 (AFP) - {BODY}")
    assert d is not None
    assert d.date is None


# (id, text, credits as (text, caption or None, photographer, agency))
CREDITS = [
    (
        "lapresse-caption-after",
        f"{BODY}\n\nPHOTO AGENCE KCNA PAR REUTERS\n\nLe ministre russe des Affaires étrangères, Sergueï Lavrov\n\n{BODY}",
        [
            (
                "PHOTO AGENCE KCNA PAR REUTERS",
                "Le ministre russe des Affaires étrangères, Sergueï Lavrov",
                None,
                "KCNA / Reuters",
            )
        ],
    ),
    (
        "lapresse-photographer",
        f"{BODY}\n\nPHOTO ALAIN ROBERGE, LA PRESSE\n\nLe maire de Montréal, à l’hôtel de ville\n\n{BODY}",
        [
            (
                "PHOTO ALAIN ROBERGE, LA PRESSE",
                "Le maire de Montréal, à l’hôtel de ville",
                "ALAIN ROBERGE",
                "La Presse",
            )
        ],
    ),
    (
        "lapresse-archives",
        f"{BODY}\n\nPHOTO D'ARCHIVES\n\nL’usine de Bécancour en 2019\n\n{BODY}",
        [("PHOTO D'ARCHIVES", "L’usine de Bécancour en 2019", None, None)],
    ),
    (
        "photo-fournie",
        f"{BODY}\n\nPHOTO FOURNIE PAR LA SÛRETÉ DU QUÉBEC\n\nLe suspect recherché\n\n{BODY}",
        [
            (
                "PHOTO FOURNIE PAR LA SÛRETÉ DU QUÉBEC",
                "Le suspect recherché",
                None,
                "LA SÛRETÉ DU QUÉBEC",
            )
        ],
    ),
    (
        "photo-tiree-de",
        f"{BODY}\n\nPHOTO TIRÉE DE FACEBOOK\n\nLa victime, Marie Tremblay\n\n{BODY}",
        [("PHOTO TIRÉE DE FACEBOOK", "La victime, Marie Tremblay", None, "Facebook")],
    ),
    (
        "cp-archives",
        f"{BODY}\n\nARCHIVES LA PRESSE CANADIENNE\n\nJustin Trudeau à Ottawa\n\n{BODY}",
        [
            (
                "ARCHIVES LA PRESSE CANADIENNE",
                "Justin Trudeau à Ottawa",
                None,
                "La Presse Canadienne",
            )
        ],
    ),
    (
        "ledevoir-colon",
        f"Photo : Jacques Nadeau Le Devoir\n\nLa mairesse Valérie Plante en conférence de presse, mercredi.\n\n{BODY}",
        [
            (
                "Photo : Jacques Nadeau Le Devoir",
                "La mairesse Valérie Plante en conférence de presse, mercredi.",
                "Jacques Nadeau",
                "Le Devoir",
            )
        ],
    ),
    (
        "ledevoir-archives",
        f"Photo: Adil Boukind Archives Le Devoir\n\nDes trottinettes en libre-service à Montréal.\n\n{BODY}",
        [
            (
                "Photo: Adil Boukind Archives Le Devoir",
                "Des trottinettes en libre-service à Montréal.",
                "Adil Boukind",
                "Le Devoir",
            )
        ],
    ),
    (
        "paren-photo-afp",
        f"{BODY}\n\nLe président Emmanuel Macron à l’Élysée.\n\n(Photo AFP)\n\n{BODY}",
        [("(Photo AFP)", "Le président Emmanuel Macron à l’Élysée.", None, "AFP")],
    ),
    (
        "lepoint-copyright-before",
        f"C'est à Nîmes qu'un imam a été condamné, jeudi 2 novembre 2023.\n\n©{NBSP}Henri Frasque\n\n« Vous combattrez les juifs. » {BODY}",
        [
            (
                f"©{NBSP}Henri Frasque",
                "C'est à Nîmes qu'un imam a été condamné, jeudi 2 novembre 2023.",
                "Henri Frasque",
                None,
            )
        ],
    ),
    (
        "copyright-agency",
        f"{BODY}\n\nLe port de Marseille.\n\n© Reuters\n\n{BODY}",
        [("© Reuters", "Le port de Marseille.", None, "Reuters")],
    ),
    (
        "credit-photo-colon",
        f"Crédit photo : Ville de Québec\n\nLe nouveau tramway de Québec.\n\n{BODY}",
        [
            (
                "Crédit photo : Ville de Québec",
                "Le nouveau tramway de Québec.",
                None,
                "Ville de Québec",
            )
        ],
    ),
    (
        "illustration",
        f"{BODY}\n\nILLUSTRATION LA PRESSE\n\nLes données du ministère\n\n{BODY}",
        [("ILLUSTRATION LA PRESSE", "Les données du ministère", None, "La Presse")],
    ),
    (
        "capture-ecran",
        f"{BODY}\n\nCAPTURE D'ÉCRAN YOUTUBE\n\nLa vidéo publiée par le groupe\n\n{BODY}",
        [("CAPTURE D'ÉCRAN YOUTUBE", "La vidéo publiée par le groupe", None, "YouTube")],
    ),
    (
        "infographie",
        f"{BODY}\n\nINFOGRAPHIE LA PRESSE\n\nLe nombre de cas par région\n\n{BODY}",
        [("INFOGRAPHIE LA PRESSE", "Le nombre de cas par région", None, "La Presse")],
    ),
    (
        "lemonde-trailing",
        f"Le président malgache, Andry Rajoelina, à Addis-Abeba, le 18{NBSP}février 2023. EDUARDO SOTERAS / AFP\n\n{BODY}",
        [
            (
                "EDUARDO SOTERAS / AFP",
                f"Le président malgache, Andry Rajoelina, à Addis-Abeba, le 18{NBSP}février 2023.",
                "EDUARDO SOTERAS",
                "AFP",
            )
        ],
    ),
    (
        "liberation-trailing",
        f"Emmanuel Macron à Paris, le 3 mars. LUDOVIC MARIN / AFP\n\n{BODY}",
        [("LUDOVIC MARIN / AFP", "Emmanuel Macron à Paris, le 3 mars.", "LUDOVIC MARIN", "AFP")],
    ),
    (
        "20minutes-dash",
        f"Des dégâts ont été causés par la tempête Ciaran à Hasparren. — Bob Edme/AP\n\n{BODY}",
        [
            (
                "Bob Edme/AP",
                "Des dégâts ont été causés par la tempête Ciaran à Hasparren.",
                "Bob Edme",
                "AP",
            )
        ],
    ),
    (
        "tdg-image-colon",
        f"Le chlorothalonil est utilisé depuis une cinquantaine d'années. Image: Keystone\n\n{BODY}",
        [
            (
                "Image: Keystone",
                "Le chlorothalonil est utilisé depuis une cinquantaine d'années.",
                None,
                "Keystone",
            )
        ],
    ),
    (
        "trailing-paren-photo",
        f"Le navire au large de Brest (Photo Marc Ollivier. Ouest-France)\n\n{BODY}",
        [
            (
                "(Photo Marc Ollivier. Ouest-France)",
                "Le navire au large de Brest",
                "Marc Ollivier",
                "Ouest-France",
            )
        ],
    ),
    (
        "franceinfo-paren-slash",
        f"Emmanuel Macron à l'Élysée, le 3 mai 2024. (LUDOVIC MARIN / AFP)\n\n{BODY}",
        [
            (
                "(LUDOVIC MARIN / AFP)",
                "Emmanuel Macron à l'Élysée, le 3 mai 2024.",
                "LUDOVIC MARIN",
                "AFP",
            )
        ],
    ),
    (
        "liberation-photo-pour",
        f"Le port de Marseille, le 2 juin. Photo Denis Allard pour Libération\n\n{BODY}",
        [
            (
                "Photo Denis Allard pour Libération",
                "Le port de Marseille, le 2 juin.",
                "Denis Allard",
                "Libération",
            )
        ],
    ),
    (
        "latribune-paren-credits",
        f"Le siège de la banque à Francfort. (Crédits : Reuters)\n\n{BODY}",
        [("(Crédits : Reuters)", "Le siège de la banque à Francfort.", None, "Reuters")],
    ),
    (
        "trailing-copyright",
        f"Le stade de France, samedi soir. © Maxppp\n\n{BODY}",
        [("© Maxppp", "Le stade de France, samedi soir.", None, "Maxppp")],
    ),
    (
        "name-slash-agency-line",
        f"Le ministre Bruno Le Maire à Bercy, le 3 mars.\n\nLUDOVIC MARIN / AFP\n\n{BODY}",
        [
            (
                "LUDOVIC MARIN / AFP",
                "Le ministre Bruno Le Maire à Bercy, le 3 mars.",
                "LUDOVIC MARIN",
                "AFP",
            )
        ],
    ),
    (
        "afp-photo-slash",
        f"{BODY}\n\nLe président Macron à l’Élysée, le 3 mars.\n\nAFP PHOTO / LUDOVIC MARIN\n\n{BODY}",
        [
            (
                "AFP PHOTO / LUDOVIC MARIN",
                "Le président Macron à l’Élysée, le 3 mars.",
                "LUDOVIC MARIN",
                "AFP",
            )
        ],
    ),
    (
        "lapresse-agence-france-presse",
        f"{BODY}\n\nPHOTO LUDOVIC MARIN, AGENCE FRANCE-PRESSE\n\nLa ministre du Travail, mercredi à Paris\n\n{BODY}",
        [
            (
                "PHOTO LUDOVIC MARIN, AGENCE FRANCE-PRESSE",
                "La ministre du Travail, mercredi à Paris",
                "LUDOVIC MARIN",
                "AFP",
            )
        ],
    ),
    (
        "jdm-agence-qmi",
        f"{BODY}\n\nPhoto Agence QMI, Joël Lemay\n\nLe chantier du REM à Brossard\n\n{BODY}",
        [
            (
                "Photo Agence QMI, Joël Lemay",
                "Le chantier du REM à Brossard",
                "Joël Lemay",
                "Agence QMI",
            )
        ],
    ),
    (
        "mixed-case-archives",
        f"{BODY}\n\nPhoto d'archives\n\nL’ancien maire de Québec Régis Labeaume\n\n{BODY}",
        [("Photo d'archives", "L’ancien maire de Québec Régis Labeaume", None, None)],
    ),
    (
        "mixed-case-photographer",
        f"{BODY}\n\nPhoto Olivier Jean, La Presse\n\nLa ministre de la Santé à Montréal\n\n{BODY}",
        [
            (
                "Photo Olivier Jean, La Presse",
                "La ministre de la Santé à Montréal",
                "Olivier Jean",
                "La Presse",
            )
        ],
    ),
    (
        "image-bank-line",
        f"{BODY}\n\nUn champ de blé en Ukraine, en juillet.\n\nGetty Images\n\n{BODY}",
        [("Getty Images", "Un champ de blé en Ukraine, en juillet.", None, "Getty Images")],
    ),
    (
        "leparisien-lp",
        f"{BODY}\n\nLa gare du Nord, lundi matin.\n\nLP/Olivier Arandel\n\n{BODY}",
        [("LP/Olivier Arandel", "La gare du Nord, lundi matin.", "Olivier Arandel", "Le Parisien")],
    ),
    (
        "lefigaro-trailing-mixed-case",
        f"Le président de la République à Marseille, le 27 juin. Ludovic Marin / AFP\n\n{BODY}",
        [
            (
                "Ludovic Marin / AFP",
                "Le président de la République à Marseille, le 27 juin.",
                "Ludovic Marin",
                "AFP",
            )
        ],
    ),
    (
        "photo-by-getty",
        f"{BODY}\n\nDes manifestants à Téhéran, samedi.\n\n(Photo by Atta Kenare/Getty Images)\n\n{BODY}",
        [
            (
                "(Photo by Atta Kenare/Getty Images)",
                "Des manifestants à Téhéran, samedi.",
                "Atta Kenare",
                "Getty Images",
            )
        ],
    ),
    (
        "franceinfo-paren-pool",
        f"Emmanuel Macron à l'Élysée, le 3 mai 2024. (LUDOVIC MARIN / POOL / AFP)\n\n{BODY}",
        [
            (
                "(LUDOVIC MARIN / POOL / AFP)",
                "Emmanuel Macron à l'Élysée, le 3 mai 2024.",
                "LUDOVIC MARIN",
                "POOL / AFP",
            )
        ],
    ),
    (
        "rts-bracket",
        f"Le conseiller fédéral Albert Rösti à Berne. [Keystone - Peter Klaunzer]\n\n{BODY}",
        [
            (
                "[Keystone - Peter Klaunzer]",
                "Le conseiller fédéral Albert Rösti à Berne.",
                "Peter Klaunzer",
                "Keystone",
            )
        ],
    ),
    (
        "photo-agency-mixed-case-end",
        f"{BODY}\n\nLe navire au large de Brest. Photo AFP\n\n{BODY}",
        [("Photo AFP", "Le navire au large de Brest.", None, "AFP")],
    ),
    (
        "photo-archives-agency-end",
        f"{BODY}\n\nLe chantier, lundi. Photo d'archives, La Presse canadienne\n\n{BODY}",
        [
            (
                "Photo d'archives, La Presse canadienne",
                "Le chantier, lundi.",
                None,
                "La Presse Canadienne",
            )
        ],
    ),
    (
        "screenshot-platform-end",
        f"{BODY}\n\nLe président ukrainien lors de son allocution. Capture d'écran Telegram\n\n{BODY}",
        [
            (
                "Capture d'écran Telegram",
                "Le président ukrainien lors de son allocution.",
                None,
                "Telegram",
            )
        ],
    ),
    (
        "belga-photo-end",
        f"Des manifestants à Bruxelles, le 3 mai. BELGA PHOTO NICOLAS MAETERLINCK\n\n{BODY}",
        [
            (
                "BELGA PHOTO NICOLAS MAETERLINCK",
                "Des manifestants à Bruxelles, le 3 mai.",
                "NICOLAS MAETERLINCK",
                "Belga",
            )
        ],
    ),
    (
        "ouestfrance-bar",
        f"{BODY}\n\nLa mairie de Rennes. | PHOTO : OUEST-FRANCE\n\n{BODY}",
        [("PHOTO : OUEST-FRANCE", "La mairie de Rennes.", None, "Ouest-France")],
    ),
    # regional papers: « Photo » and the photographer's name at the end of the caption
    (
        "nicematin-photo-name-end",
        f"Christian Estrosi, mardi soir, lors du conseil municipal. Photo Dylan Meiffret\n\n{BODY}",
        [
            (
                "Photo Dylan Meiffret",
                "Christian Estrosi, mardi soir, lors du conseil municipal.",
                "Dylan Meiffret",
                None,
            )
        ],
    ),
    (
        "voixdunord-photo-name-dash-paper",
        f"Près de 400 places seront supprimées sur la Grand-Place. Photo Pascal Bonnière - VDN\n\n{BODY}",
        [
            (
                "Photo Pascal Bonnière - VDN",
                "Près de 400 places seront supprimées sur la Grand-Place.",
                "Pascal Bonnière",
                "La Voix du Nord",
            )
        ],
    ),
    # La Dépêche: the paper, a comma, its photographer; the AP: « AP Photo/Name »
    (
        "depeche-photo-paper-comma-name",
        f"La future station, à Blagnac, en février dernier. Photo DDM, Xavier de Fenoyl\n\n{BODY}",
        [
            (
                "Photo DDM, Xavier de Fenoyl",
                "La future station, à Blagnac, en février dernier.",
                "Xavier de Fenoyl",
                "La Dépêche du Midi",
            )
        ],
    ),
    (
        "depeche-paper-dash-name",
        f"La future station, à Blagnac, en février dernier. DDM - MICHEL VIALA\n\n{BODY}",
        [
            (
                "DDM - MICHEL VIALA",
                "La future station, à Blagnac, en février dernier.",
                "MICHEL VIALA",
                "La Dépêche du Midi",
            )
        ],
    ),
    (
        "dauphine-photo-paper-slash-name",
        f"Le chantier du tunnel, le 12 mars. Photo Le DL /Jean-Baptiste Bornier\n\n{BODY}",
        [
            (
                "Photo Le DL /Jean-Baptiste Bornier",
                "Le chantier du tunnel, le 12 mars.",
                "Jean-Baptiste Bornier",
                "Le Dauphiné libéré",
            )
        ],
    ),
    (
        "ap-photo-slash-name",
        f"Des manifestants à Washington, le 15 janvier 2023. AP Photo/Jean Dupont\n\n{BODY}",
        [
            (
                "AP Photo/Jean Dupont",
                "Des manifestants à Washington, le 15 janvier 2023.",
                "Jean Dupont",
                "AP",
            )
        ],
    ),
    (
        "ap-photo-slash-name-parenthesized",
        f"Des manifestants à Washington, le 15 janvier 2023. (AP Photo/Jean Dupont)\n\n{BODY}",
        [
            (
                "(AP Photo/Jean Dupont)",
                "Des manifestants à Washington, le 15 janvier 2023.",
                "Jean Dupont",
                "AP",
            )
        ],
    ),
    # « Photo » and a name above the caption in the Québec order: the shorter neighbour
    (
        "photo-name-line-above-caption",
        f"{BODY} Il a ajouté que rien n'était décidé.\n\nPhoto Martin Tremblay\n\n"
        f"Le maire Valérie Plante lors du point de presse.\n\n{BODY}",
        [
            (
                "Photo Martin Tremblay",
                "Le maire Valérie Plante lors du point de presse.",
                "Martin Tremblay",
                None,
            )
        ],
    ),
    # an agency first, then its photographer, at the end of a caption (Keystone)
    (
        "keystone-agency-slash-name-end",
        f"Les débats ont été nourris jeudi. Keystone/Jean-Christophe Bott\n\n{BODY}",
        [
            (
                "Keystone/Jean-Christophe Bott",
                "Les débats ont été nourris jeudi.",
                "Jean-Christophe Bott",
                "Keystone",
            )
        ],
    ),
    (
        "nouvelliste-name-slash-paper-end",
        f"Les débats ont été nourris jeudi au Parlement valaisan. Sacha Bittel/Le Nouvelliste\n\n{BODY}",
        [
            (
                "Sacha Bittel/Le Nouvelliste",
                "Les débats ont été nourris jeudi au Parlement valaisan.",
                "Sacha Bittel",
                "Le Nouvelliste",
            )
        ],
    ),
    # Le Droit: the credit in parentheses on its own line, « Archives » before the paper
    (
        "ledroit-paren-slash-archives",
        f"{BODY}\n\nLe pont des Chaudières, à Gatineau.\n\n(Etienne Ranger/Archives Le Droit)\n\n{BODY}",
        [
            (
                "(Etienne Ranger/Archives Le Droit)",
                "Le pont des Chaudières, à Gatineau.",
                "Etienne Ranger",
                "Le Droit",
            )
        ],
    ),
    # « Photo » and a photographer's name under its caption (the French regional press);
    # the story's next paragraph is no caption
    (
        "photo-name-line-under-caption",
        f"{BODY}\n\nLes policiers ont bouclé le secteur durant la nuit.\n\nPhoto Valérie Vrel\n\n"
        "Un homme de 24 ans a été grièvement blessé par balle mercredi soir. Son pronostic "
        "vital était engagé jeudi.",
        [
            (
                "Photo Valérie Vrel",
                "Les policiers ont bouclé le secteur durant la nuit.",
                "Valérie Vrel",
                None,
            )
        ],
    ),
    (
        "photo-initials-slash-name-under-caption",
        f"{BODY}\n\nLes policiers ont bouclé le secteur durant la nuit.\n\nPhoto ER /Alexandre MARCHI"
        "\n\nUn homme de 24 ans a été grièvement blessé par balle mercredi soir. Son "
        "pronostic vital était engagé jeudi.",
        [
            (
                "Photo ER /Alexandre MARCHI",
                "Les policiers ont bouclé le secteur durant la nuit.",
                "Alexandre MARCHI",
                None,
            )
        ],
    ),
    # a site's copyright notice after a source is no photo credit (TV5MONDE)
    ("tv5monde-source-copyright-year", f"{BODY}\n\nAFP © 2024 TV5MONDE\n\n{BODY}", []),
    # a paper's name then a place after « Photo »: no given name after the comma
    ("photo-paper-comma-place", f"Le marché de Noël, hier. Photo Paris, France\n\n{BODY}", []),
    # not a club's or a shop's name after « Photo » (no given name, no paper)
    (
        "photo-club-is-no-credit",
        f"Exposition à la médiathèque. Entrée libre. Photo Club Sarladais\n\n{BODY}",
        [],
    ),
    # a copyright sign before « Crédit photo : », a period after the agency
    (
        "sudouest-copyright-credit-photo",
        f"Le chantier du pont, vu depuis la rive droite. © Crédit photo : Guillaume Bonnaud / SUD OUEST\n\n{BODY}",
        [
            (
                "© Crédit photo : Guillaume Bonnaud / SUD OUEST",
                "Le chantier du pont, vu depuis la rive droite.",
                "Guillaume Bonnaud",
                "Sud Ouest",
            )
        ],
    ),
    (
        "lesoir-copyright-agency-period",
        f"Le ministre bruxellois de l'Environnement, à Bruxelles. © Belga.\n\n{BODY}",
        [("© Belga.", "Le ministre bruxellois de l'Environnement, à Bruxelles.", None, "Belga")],
    ),
    (
        "lemonde-caps-name-pour",
        f"Une école de Kharkiv, le 12 mars 2024. LAURENT VAN DER STOCKT POUR « LE MONDE »\n\n{BODY}",
        [
            (
                "LAURENT VAN DER STOCKT POUR « LE MONDE »",
                "Une école de Kharkiv, le 12 mars 2024.",
                "LAURENT VAN DER STOCKT",
                "Le Monde",
            )
        ],
    ),
    (
        "rfi-agency-dash-name",
        f"Des soldats maliens à Bamako (image d'illustration). AFP - OUSMANE MAKAVELI\n\n{BODY}",
        [
            (
                "AFP - OUSMANE MAKAVELI",
                "Des soldats maliens à Bamako (image d'illustration).",
                "OUSMANE MAKAVELI",
                "AFP",
            )
        ],
    ),
    (
        "ouestfrance-bar-agency",
        f"{BODY}\n\nLe public devant la scène Glenmor, jeudi soir. | OUEST-FRANCE\n\n{BODY}",
        [("OUEST-FRANCE", "Le public devant la scène Glenmor, jeudi soir.", None, "Ouest-France")],
    ),
    (
        "ouestfrance-bar-name-slash",
        f"{BODY}\n\nLa scène Glenmor, jeudi soir. | THOMAS BRÉGARDIS / OUEST-FRANCE\n\n{BODY}",
        [
            (
                "THOMAS BRÉGARDIS / OUEST-FRANCE",
                "La scène Glenmor, jeudi soir.",
                "THOMAS BRÉGARDIS",
                "Ouest-France",
            )
        ],
    ),
    # « (Illustration) » credits nobody: the credit on the next line is its caption's too,
    # not the story's paragraph after it
    (
        "parisien-illustration-note",
        f"{BODY}\n\nUne brigade de police à Saint-Ouen. (Illustration)\n\n"
        f"LP/Philippe de Poulpiquet\n\nDeux individus à scooter ont ouvert le feu avant de "
        f"prendre la fuite.\n\n{BODY}",
        [
            ("(Illustration)", "Une brigade de police à Saint-Ouen.", None, None),
            (
                "LP/Philippe de Poulpiquet",
                "Une brigade de police à Saint-Ouen.",
                "Philippe de Poulpiquet",
                "Le Parisien",
            ),
        ],
    ),
    (
        "ouestfrance-bar-no-stop",
        f"{BODY}\n\nLa mairie de Rennes | PHOTO : OUEST-FRANCE\n\n{BODY}",
        [("PHOTO : OUEST-FRANCE", "La mairie de Rennes", None, "Ouest-France")],
    ),
    (
        "photo-archives-agency-line",
        f"{BODY}\n\nPhoto d’archives, La Presse canadienne\n\nLe chantier du REM à Brossard\n\n{BODY}",
        [
            (
                "Photo d’archives, La Presse canadienne",
                "Le chantier du REM à Brossard",
                None,
                "La Presse Canadienne",
            )
        ],
    ),
    (
        "credit-without-caption",
        f"PHOTO REUTERS\n\n{BODY} {BODY} {BODY} {BODY} {BODY} {BODY}",
        [("PHOTO REUTERS", None, None, "Reuters")],
    ),
    # the story's opening, with its dateline, is no caption on the credit's usual side
    (
        "slash-credit-after-the-dateline",
        f"Genève — Le Conseil fédéral a tranché mercredi.\n\nKeystone/Salvatore Di Nolfi"
        f"\n\nLe conseiller fédéral Alain Berset, à Berne.\n\n{BODY}",
        [
            (
                "Keystone/Salvatore Di Nolfi",
                "Le conseiller fédéral Alain Berset, à Berne.",
                "Salvatore Di Nolfi",
                "Keystone",
            )
        ],
    ),
    (
        "copyright-after-the-dateline",
        f"PARIS (AFP) - Le gouvernement a tranché mercredi.\n\n© Ludovic Marin"
        f"\n\nEmmanuel Macron à l'Élysée.\n\n{BODY}",
        [("© Ludovic Marin", "Emmanuel Macron à l'Élysée.", "Ludovic Marin", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CREDITS], ids=[c[0] for c in CREDITS]
)
def test_photo_credits(text, expected):
    art = frnews.parse(text)
    got = [
        (c.text, c.caption.text if c.caption else None, c.photographer, c.agency)
        for c in art.photo_credits
    ]
    assert got == expected
    for c in art.photo_credits:
        assert text[c.span.start : c.span.end] == c.text
        if c.caption is not None:
            assert text[c.caption.span.start : c.caption.span.end] == c.caption.text
            assert c.caption.text not in art.body
        assert c.text not in art.body


NOT_CREDITS = [
    ("photo-sentence", f"Photo de famille au sommet du G7 à Biarritz.\n\n{BODY}"),
    ("photos-lower", f"Les photos publiées par le ministère montrent des dégâts.\n\n{BODY}"),
    ("slash-in-text", f"Le ratio dette/PIB atteint 110 %, selon l'Insee.\n\n{BODY}"),
    (
        "paragraph-ending-with-agency",
        f"Le bilan s'alourdit encore, selon les autorités. AFP a pu le vérifier sur place et interroger plusieurs témoins qui racontent une nuit d'horreur, des maisons détruites et des familles entières déplacées dans des gymnases de la région depuis plusieurs jours déjà, sans eau ni électricité, ni aucune aide de l'État. — AFP\n\n{BODY}",
    ),
    ("party-slash", f"{BODY}\n\nLes Verts/EELV\n\n{BODY}"),
    ("party-slash-end", f"Le candidat a été investi dimanche par Les Verts/EELV\n\n{BODY}"),
    ("photo-prise", f"{BODY}\n\nPhoto prise par un passant devant la gare\n\n{BODY}"),
    ("party-slash-paren", f"Il a rencontré les élus de la majorité. (Les Verts / EELV)\n\n{BODY}"),
    ("parties-paren", f"Le budget a été rejeté par l'opposition. (LR / RN)\n\n{BODY}"),
    (
        "photo-of-sentence",
        f"Il a montré la carte. Photo de la mairie pour les habitants du quartier\n\n{BODY}",
    ),
    ("source-in-brackets", f"Le bilan s'élève à douze morts. [AFP]\n\n{BODY}"),
    ("photo-of-a-family-end", f"Il a posé devant le palais. Photo de famille\n\n{BODY}"),
    ("photo-of-a-family-agency", f"{BODY}\n\nPhoto de famille, La Presse\n\n{BODY}"),
    ("bar-in-a-menu", f"Accueil | Actualités | Politique\n\n{BODY}"),
    ("bar-words", f"{BODY}\n\nLe choix du cœur | la raison du plus fort\n\n{BODY}"),
    ("pour-a-party", f"Il a voté. LES ÉLUS POUR LA MAJORITÉ\n\n{BODY}"),
    ("dash-words", f"Il a parlé. Le Maire - Jean Dupont\n\n{BODY}"),
    ("bar-source-line", f"{BODY}\n\nLes chiffres clés | Sondage Ifop / Ouest-France\n\n{BODY}"),
    (
        "list-item-c",
        f"(c) le troisième volet du plan prévoit des baisses d'impôt pour les ménages modestes et les retraités.\n\n{BODY}",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_CREDITS], ids=[c[0] for c in NOT_CREDITS])
def test_not_photo_credits(text):
    assert frnews.parse(text).photo_credits == ()


# (id, text, headings)
HEADINGS = [
    (
        "thin-space-question",
        f"{BODY}\n\nLivraisons en cours{THIN}?\n\n{BODY}",
        [f"Livraisons en cours{THIN}?"],
    ),
    (
        "plain",
        f"{BODY}\n\nUn risque accru de vague Belharra\n\n{BODY}",
        ["Un risque accru de vague Belharra"],
    ),
    (
        "with-comma",
        f"{BODY}\n\nSauver les huîtres du banc d’Arguin, avant Noël\n\n{BODY}",
        ["Sauver les huîtres du banc d’Arguin, avant Noël"],
    ),
    (
        "quoted",
        f"{BODY}\n\n«{NBSP}C'est un vecteur de haine et un empoisonneur public{NBSP}»\n\n{BODY}",
        [f"«{NBSP}C'est un vecteur de haine et un empoisonneur public{NBSP}»"],
    ),
    ("straight-quotes", f'{BODY}\n\nLe "Nez du Diable"\n\n{BODY}', ['Le "Nez du Diable"']),
    ("all-caps", f"{BODY}\n\nLA RIPOSTE S'ORGANISE\n\n{BODY}", ["LA RIPOSTE S'ORGANISE"]),
    ("single-newlines", f"{BODY}\nThème récurrent\n{BODY}", ["Thème récurrent"]),
    (
        "one-sentence-paragraph",
        f"{BODY}\n\nLeur identité n'est pas encore déterminée.\n\n{BODY}",
        [],
    ),
    (
        "quote-paragraph",
        f"{BODY}\n\n«{NBSP}Je partage l'angoisse des familles.{NBSP}»\n\n{BODY}",
        [],
    ),
    ("lowercase-start", f"{BODY}\n\net puis plus rien\n\n{BODY}", []),
    ("bullet", f"{BODY}\n\n- 12 morts et 40 blessés\n\n{BODY}", []),
    ("last-line", f"{BODY}\n\nAvis aux plus curieux", []),
    ("colon-intro", f"{BODY}\n\nLe ministre a cité trois raisons :\n\n{BODY}", []),
    (
        "list-after-colon",
        f"{BODY}\n\nLes mesures prévues :\n\nUne hausse des salaires\n\nUn gel des loyers\n\n{BODY}",
        [],
    ),
    (
        "heading-after-list",
        f"Les mesures :\n\nUne hausse des salaires\n\n{BODY}\n\nLa riposte des syndicats\n\n{BODY}",
        ["La riposte des syndicats"],
    ),
    (
        "title-before-dateline",
        f"Le sommet de Pyongyang\n\n(Pyongyang) {BODY}",
        ["Le sommet de Pyongyang"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in HEADINGS], ids=[c[0] for c in HEADINGS]
)
def test_headings(text, expected):
    art = frnews.parse(text)
    assert [h.text for h in art.headings] == expected
    for h in art.headings:
        assert h.kind is BlockKind.HEADING
        assert text[h.span.start : h.span.end] == h.text


# (id, line, kind)
OTHER_BLOCKS = [
    ("lire-aussi", "Lire aussi : La Corée du Nord tire un missile balistique", BlockKind.FURNITURE),
    ("a-lire-aussi", "À lire aussi – Le sommet Kim-Poutine", BlockKind.FURNITURE),
    ("a-voir-aussi", "À voir aussi", BlockKind.FURNITURE),
    ("partager", "Partager", BlockKind.FURNITURE),
    ("partager-facebook", "Partager sur Facebook", BlockKind.FURNITURE),
    ("publicite", "Publicité", BlockKind.FURNITURE),
    ("suite-apres-la-publicite", "La suite après la publicité", BlockKind.FURNITURE),
    ("copyright-name-year", "© Le Devoir 2023. Tous droits réservés.", BlockKind.FURNITURE),
    ("comments-count", "Commentaires (12)", BlockKind.FURNITURE),
    ("a-voir-en-video", "À voir en vidéo", BlockKind.FURNITURE),
    ("plus-de-nouvelles", "Plus de nouvelles", BlockKind.FURNITURE),
    ("dans-la-meme-section", "Dans la même section", BlockKind.FURNITURE),
    (
        "radio-canada-produced-by",
        "Ce contenu a été produit par l'équipe des Nouvelles de Radio-Canada.",
        BlockKind.FURNITURE,
    ),
    ("offrir-cet-article", "Offrir cet article", BlockKind.FURNITURE),
    ("reutiliser-ce-contenu", "Réutiliser ce contenu", BlockKind.FURNITURE),
    ("lire-plus-tard", "Lire plus tard", BlockKind.FURNITURE),
    ("s-inscrire", "S’inscrire", BlockKind.FURNITURE),
    ("je-m-abonne", "Je m'abonne", BlockKind.FURNITURE),
    ("deja-abonne", "Déjà abonné ? Connectez-vous", BlockKind.FURNITURE),
    ("video-link", "VIDÉO. Le missile nord-coréen en images", BlockKind.FURNITURE),
    ("publie-le", "Publié le 19 octobre 2023 à 10 h 32", BlockKind.FURNITURE),
    ("publie-il-y-a", "Publié il y a 2 heures, mis à jour il y a 35 minutes", BlockKind.FURNITURE),
    ("publie-a", "Publié à 07h00, mis à jour à 09h12", BlockKind.FURNITURE),
    ("mis-en-ligne", "Mis en ligne le 3 mai 2023 à 10:05", BlockKind.FURNITURE),
    ("actualise", "Actualisé le 3 mai 2023 à 18 h 20", BlockKind.FURNITURE),
    ("abonnes", "Article réservé aux abonnés", BlockKind.FURNITURE),
    ("site-copyright", "© 2023 Le Point. Tous droits réservés", BlockKind.FURNITURE),
    ("instagram-embed", "Voir cette publication sur Instagram", BlockKind.FURNITURE),
    ("byline-par", "Par Jean Dupont et Marie-Ève Tremblay", BlockKind.BYLINE),
    ("byline-agency", "Agence France-Presse", BlockKind.BYLINE),
    ("byline-avec", "Avec AFP", BlockKind.BYLINE),
    ("byline-le-monde", "Le Monde avec AFP", BlockKind.BYLINE),
    ("byline-le-figaro", "Par Le Figaro avec AFP", BlockKind.BYLINE),
    ("signature-belga", "(Belga)", BlockKind.BYLINE),
    ("signature-ats", "(ats/nxp)", BlockKind.BYLINE),
    ("byline-two-authors-agency", "Par Marie Dupont et Jean Martin avec Reuters", BlockKind.BYLINE),
    ("byline-20minutes-agence", "20 Minutes avec agence", BlockKind.BYLINE),
    ("byline-outlet-agencies", "Ouest-France avec AFP et Reuters", BlockKind.BYLINE),
    ("byline-radio-canada", "Avec les informations de Charles Contant", BlockKind.BYLINE),
    # Radio-Canada writes the agency « La Presse canadienne », its last word in lower case
    (
        "byline-radio-canada-agency",
        "Avec les informations de La Presse canadienne",
        BlockKind.BYLINE,
    ),
    (
        "byline-radio-canada-name-and-agency",
        "Avec les informations de Charles Contant et de La Presse canadienne",
        BlockKind.BYLINE,
    ),
    ("byline-radio-canada-elided", "Avec les informations d’Emmanuel Hall", BlockKind.BYLINE),
    ("byline-avec-agency-lower-case-word", "Avec La Presse canadienne", BlockKind.BYLINE),
    # an outlet and an author's full name, in either order
    ("byline-ouest-france", "Ouest-France Jean Dupont.", BlockKind.BYLINE),
    ("byline-name-then-outlet", "Marie Durand, Le Parisien", BlockKind.BYLINE),
    (
        "cet-article-vous-a-ete-utile",
        "Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France Rennes.",
        BlockKind.FURNITURE,
    ),
    ("signature-two-authors", "Claire Gatinois et Mariama Darame", BlockKind.BYLINE),
    # reading times, update lines, site links
    ("reading-time", "Lecture 4 min.", BlockKind.FURNITURE),
    ("reading-time-colon", "Lecture : 3 min", BlockKind.FURNITURE),
    ("reading-time-after", "3 min. de lecture", BlockKind.FURNITURE),
    ("reading-time-minutes-after", "5 minutes de lecture", BlockKind.FURNITURE),
    ("reading-time-duree", "Durée de lecture : 4 minutes", BlockKind.FURNITURE),
    ("comments-count-first", "12 commentaires", BlockKind.FURNITURE),
    ("comments-count-zero", "0 commentaires", BlockKind.FURNITURE),
    ("donation-button", "Je fais un don", BlockKind.FURNITURE),
    ("bfmtv-syndication", "Article original publié sur BFMTV.com", BlockKind.FURNITURE),
    ("courrier-source", "Source de l'article", BlockKind.FURNITURE),
    ("courrier-original", "Lire l'article original", BlockKind.FURNITURE),
    ("lepoint-audio", "Lecture audio réservée aux abonnés", BlockKind.FURNITURE),
    ("share-by-mail", "Envoyer par mail", BlockKind.FURNITURE),
    ("share-this-article", "Partagez cet article", BlockKind.FURNITURE),
    ("subscribers-only", "Réservé aux abonnés", BlockKind.FURNITURE),
    ("newsletters-plural", "Newsletters", BlockKind.FURNITURE),
    (
        "did-you-like-it",
        "Cet article vous a plu? Découvrez nos offres d'abonnement.",
        BlockKind.FURNITURE,
    ),
    ("your-comments", "Vos commentaires", BlockKind.FURNITURE),
    ("reply", "Répondre à ce message", BlockKind.FURNITURE),
    ("link-marks-repeated", ">> LIRE AUSSI - Le budget adopté de justesse", BlockKind.FURNITURE),
    ("link-mark-guillemet", "» Lire aussi : la suite du feuilleton", BlockKind.FURNITURE),
    # the lines of a wire dispatch that are not its text
    ("afp-service-header", "FRA0312 4 GEN /AFP-TE63", BlockKind.FURNITURE),
    ("afp-time-stamp", "AFP 141402 MAR 24", BlockKind.FURNITURE),
    ("belga-time-stamp", "BELGA 14/03/2024 11:37", BlockKind.FURNITURE),
    ("afp-end-code", "ab/lch/cbn", BlockKind.BYLINE),
    # bylines: a particle « Le » in the surname, « avec » and an agency, France 24, RFI
    ("byline-surname-le", "Gaëlle Le Berre", BlockKind.BYLINE),
    ("byline-outlet-surname-le", "Ouest-France Jean Le Gall", BlockKind.BYLINE),
    ("byline-name-avec-agency", "Jérémy Maccaud avec AFP", BlockKind.BYLINE),
    ("byline-two-names-avec-agency", "Jean Dupont et Marie Durand avec l'AFP", BlockKind.BYLINE),
    ("byline-texte-par", "Texte par : FRANCE 24", BlockKind.BYLINE),
    ("byline-par-tv5monde", "Par TV5MONDE", BlockKind.BYLINE),
    (
        "byline-rfi-correspondent",
        "Avec notre correspondante à Dakar, Juliette Dubois",
        BlockKind.BYLINE,
    ),
    ("update-line-weekday", "Modifié mardi 26 septembre 2023 à 18:45", BlockKind.FURNITURE),
    (
        "publication-and-update",
        "Le 19/10/2023 à 7:30 Mis à jour le 19/10/2023 à 9:00",
        BlockKind.FURNITURE,
    ),
    ("le-monde-contribuer", "Contribuer", BlockKind.FURNITURE),
    ("franceinfo-share", "Partagez l'article sur les réseaux sociaux :", BlockKind.FURNITURE),
    (
        "le-temps-editorial-link",
        "Notre éditorial: Primes maladie, l'heure des choix",
        BlockKind.FURNITURE,
    ),
    # broadcasters' bylines
    ("byline-franceinfo-avec-afp", "franceinfo avec AFP", BlockKind.BYLINE),
    ("byline-france-televisions", "France Télévisions", BlockKind.BYLINE),
    ("byline-bfmtv", "BFMTV", BlockKind.BYLINE),
    ("byline-rtbf", "RTBF", BlockKind.BYLINE),
    ("byline-initials-avec-afp", "S.G. avec AFP", BlockKind.BYLINE),
    ("byline-bar-publication", "Par Camille Lestrade | Publié le 19/10/2023", BlockKind.BYLINE),
    # a compound given name of two listed ones
    ("signature-compound-given-name", "Pierre-Henri Thomas", BlockKind.BYLINE),
    ("signature-compound-given-name-2", "François-Xavier Lefranc", BlockKind.BYLINE),
    ("signature-belga-bare", "Belga", BlockKind.BYLINE),
    ("byline-radio-canada-texte", "Un texte de Marie-Ève Tremblay", BlockKind.BYLINE),
    ("byline-texte-colon", f"Texte{NBSP}: Jean-François Lépine", BlockKind.BYLINE),
    ("byline-texte-photos", "Texte et photos : Aymeric Lebrun", BlockKind.BYLINE),
    ("byline-envoye-special", "Par Jean Dupont, envoyé spécial à Kiev", BlockKind.BYLINE),
    (
        "byline-envoyees-speciales",
        "Par Clémentine Martin et Johanna Petit, envoyées spéciales à Kherson",
        BlockKind.BYLINE,
    ),
    ("byline-correspondante", "Par Mireille Duval, correspondante à Bruxelles", BlockKind.BYLINE),
    ("byline-avec-l-afp", "Avec l’AFP", BlockKind.BYLINE),
    ("video-label-brackets", "[VIDÉO] Le ministre s'explique", BlockKind.FURNITURE),
    ("direct-link", "DIRECT. Guerre Israël-Hamas : suivez notre direct", BlockKind.FURNITURE),
    (
        "en-direct-brackets",
        "[EN DIRECT] Suivez la séance du conseil municipal",
        BlockKind.FURNITURE,
    ),
]

# (id, line): furniture between two paragraphs of the story (the line starts are scanned
# for the units that may be furniture)
FURNITURE_IN_THE_STORY = [
    ("arrowhead-lire-aussi", "➤ Lire aussi : Le budget de la Ville adopté de justesse"),
    ("greater-than-lire-aussi", "> Lire aussi : Le budget de la Ville adopté de justesse"),
    ("pointer-a-lire-aussi", "► À lire aussi : Les élus divisés sur la taxe foncière"),
    ("lisez-aussi", "Lisez aussi : Le budget de la Ville adopté de justesse"),
    ("lisez-egalement", f"Lisez également{NBSP}: Le maire défend sa réforme"),
    ("figaro-redaction-conseille", "La rédaction vous conseille"),
    ("signaler-une-erreur", "Signaler une erreur"),
    ("video-label-brackets", "[VIDÉO] Le ministre s'explique"),
    ("direct-link", "DIRECT. Guerre Israël-Hamas : suivez notre direct"),
    ("arrow-video", "► VIDÉO. Le conseil municipal en images"),
    ("gallery-counter", "2 / 12"),
    ("tweet-author-date", "— Yoav Gallant (@yoavgallant) November 5, 2024"),
    ("scoop-question-mark", "Vous avez un scoop à nous transmettre?"),
    ("see-the-comments", "Voir les commentaires"),
    ("tweet-author-date-fr", "— Emmanuel Macron (@EmmanuelMacron) 5 novembre 2024"),
    ("comment-prompt", "Vous devez être connecté pour commenter."),
]


@pytest.mark.parametrize(
    "line", [c[1] for c in FURNITURE_IN_THE_STORY], ids=[c[0] for c in FURNITURE_IN_THE_STORY]
)
def test_furniture_in_the_story(line):
    text = f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}"
    blocks = frnews.segment(text)
    assert (blocks[1].kind, blocks[1].text) == (BlockKind.FURNITURE, line)


# (id, line): starts like furniture, but is a line of the story
NOT_FURNITURE = [
    ("direct-comma", "Direct, le ministre a répondu aux questions des élus"),
    ("directement", "Directement concerné, le maire a refusé de commenter"),
    ("lisez-verb", "Lisez attentivement le texte avant de signer"),
    ("bracket-in-title", "[Re]découvrir le Vieux-Québec"),
    # not a breadcrumb: two parts, guillemets
    ("breadcrumb-two-parts", "Accueil > Société"),
    ("breadcrumb-quotes", "Il a dit « non » puis « oui » hier"),
    ("breadcrumb-closing-guillemets", "Le chantier du REM » La santé » Il m’a dit non"),
]


@pytest.mark.parametrize("line", [c[1] for c in NOT_FURNITURE], ids=[c[0] for c in NOT_FURNITURE])
def test_not_furniture(line):
    text = f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}"
    assert frnews.segment(text)[1].kind is not BlockKind.FURNITURE


# (id, last line of the text): a signature after the story
BYLINES_AT_THE_END = [
    ("ledevoir-avec-afp", "Avec l'Agence France-Presse"),
    ("avec-l-afp", "Avec l'AFP"),
    ("avec-l-afp-et-reuters", "Avec l’AFP et Reuters"),
    ("radio-canada-informations-afp", "Avec les informations de l'Agence France-Presse"),
    ("parenthesized-avec-l-afp", "(avec l'AFP)"),
    ("le-soir", "Le Soir"),
    ("le-temps", "Le Temps"),
    ("le-temps-capitals", "LE TEMPS"),
    ("libre-belgique", "La Libre Belgique"),
    ("le-devoir", "Le Devoir"),
    ("signature-mireille-aymeric", "Mireille Duval et Aymeric Lebrun"),
    ("signature-benedicte", "Bénédicte Lutaud"),
    ("signature-clementine-johanna", "Clémentine Goldszal et Johanna Luyssen"),
    ("signature-marie-eve", "Marie-Ève Cousineau"),
    ("signature-claude", "Claude Lévesque"),
    ("signature-agence-qmi", "Jean-François Racine (Agence QMI)"),
]


@pytest.mark.parametrize(
    "line", [c[1] for c in BYLINES_AT_THE_END], ids=[c[0] for c in BYLINES_AT_THE_END]
)
def test_byline_at_the_end(line):
    text = f"{BODY}\n\n{BODY}\n\n{line}"
    blocks = frnews.segment(text)
    assert (blocks[-1].kind, blocks[-1].text) == (BlockKind.BYLINE, line)
    assert line not in frnews.parse(text).body


# (id, text): near an end of the text, and no author line
NOT_BYLINES = [
    ("intertitle-le-soir", f"{BODY}\n\nLe soir\n\n{BODY}"),
    ("intertitle-le-temps", f"{BODY}\n\n{BODY}\n\nLe temps presse\n\n{BODY}"),
    ("avec-l-europe", f"{BODY}\n\n{BODY}\n\nAvec l'Europe"),
    ("texte-de-loi", f"Un texte de loi sera déposé jeudi.\n\n{BODY}"),
    ("envoye-de-dieu", f"Par Jean Dupont, envoyé de Dieu\n\n{BODY}"),
    # an agency's name in lower case is no agency's
    ("la-presse-in-lower-case", f"{BODY}\n\n{BODY}\n\nAvec les informations de la presse locale"),
    ("informations-dont", f"{BODY}\n\n{BODY}\n\nAvec les informations dont nous disposons"),
    ("outlet-then-words", f"{BODY}\n\n{BODY}\n\nLe Soir tombe sur Paris"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_BYLINES], ids=[c[0] for c in NOT_BYLINES])
def test_not_bylines(text):
    assert BlockKind.BYLINE not in [b.kind for b in frnews.segment(text)]


def test_a_name_and_its_agency_at_the_top_is_a_byline_not_a_dateline():
    # the Journal de Montréal signs « Jean Dupont (Agence QMI) » above the story; « Paris
    # (AFP) » on its own line stays a dateline
    text = f"Jean Dupont (Agence QMI)\n\n{BODY}\n\n{BODY}"
    assert frnews.find_dateline(text) is None
    assert frnews.segment(text)[0].kind is BlockKind.BYLINE
    d = frnews.find_dateline(f"Paris (AFP)\n\n{BODY}")
    assert d is not None
    assert (d.place, d.agency) == ("Paris", "AFP")


# (id, text, byline): a web page's header puts a title, a standfirst, a kicker and its
# publication line before the author; the units no earlier rule claimed are counted
STORY = "\n\n".join([BODY] * 4)
BYLINES_BELOW_A_HEADER = [
    (
        "title-standfirst-published",
        "Le gouvernement fédéral a trouvé un accord sur le budget\n\n"
        "Après des semaines de tractations, les partenaires se sont entendus mercredi.\n\n"
        "Publié le 18/10/2023 à 07:45\n\nPar Pierre Dupont\n\n" + STORY,
        "Par Pierre Dupont",
    ),
    (
        "kicker-title-standfirst",
        "POLITIQUE\n\nLe budget adopté de justesse\n\n"
        "Les députés ont voté le texte dans la nuit, après un long débat.\n\n"
        "Mis à jour le 19 octobre 2023 à 9 h 12\n\nClaire Gatinois\n\n" + STORY,
        "Claire Gatinois",
    ),
    (
        "title-standfirst-two-lines",
        "Le tunnel rouvrira en mars\n\nLes travaux ont pris du retard.\n\n"
        "Ils coûteront 40 millions.\n\nPar Marie-Ève Tremblay, correspondante à Québec\n\n" + STORY,
        "Par Marie-Ève Tremblay, correspondante à Québec",
    ),
]


@pytest.mark.parametrize(
    ("text", "line"),
    [c[1:] for c in BYLINES_BELOW_A_HEADER],
    ids=[c[0] for c in BYLINES_BELOW_A_HEADER],
)
def test_byline_below_a_web_header(text, line):
    blocks = frnews.segment(text)
    assert [b.text for b in blocks if b.kind is BlockKind.BYLINE] == [line]
    assert line not in frnews.parse(text).body


def test_a_name_deep_in_the_story_is_no_byline():
    # past the header (five units no rule claimed), a line of names is an intertitle
    text = "\n\n".join([BODY] * 5 + ["Claire Gatinois"] + [BODY] * 4)
    assert BlockKind.BYLINE not in [b.kind for b in frnews.segment(text)]


def test_signature_at_the_end_is_a_byline():
    text = f"{BODY}\n\n{BODY}\n\nClaire Gatinois et Mariama Darame"
    art = frnews.parse(text)
    assert art.blocks[-1].kind is BlockKind.BYLINE
    assert "Gatinois" not in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Jean Dupont (Kiev, envoyé spécial)",
        "Claire Gatinois (Bruxelles, bureau européen)",
        "Jean Dupont, correspondant à Bruxelles",
        "Par Jean Dupont (Kiev, envoyé spécial)",
        "Avec l'Agence Belga",
        "Céline Zünd, Berne",
        "ats/jfe",
        # a particle in the name (Les Échos), « correspondance » (Le Monde Afrique)
        "Guillaume de Calignon",
        "Yassin Ciyow (Abidjan, correspondance)",
    ],
)
def test_signature_with_its_post_at_the_end_is_a_byline(line):
    """Le Monde signs with the author's post: in parentheses, or after a comma."""
    assert frnews.segment(f"{BODY}\n\n{BODY}\n\n{line}")[-1].kind is BlockKind.BYLINE


def test_a_signature_before_the_share_bar_that_ends_the_page():
    """The furniture that closes a page does not push the signature out of the bottom
    units that may be bylines."""
    text = (
        f"{BODY}\n\n{BODY}\n\n{BODY}\n\nPropos recueillis par Audrey Garric\n\nPartager"
        "\n\nEnvoyer par e-mail\n\nCopier le lien"
    )
    kinds = [b.kind for b in frnews.segment(text)]
    assert kinds[3:] == [BlockKind.BYLINE] + [BlockKind.FURNITURE] * 3


def test_a_title_with_a_dash_and_a_colon_is_no_dateline():
    """« PSG - OM : … » opens a sports page: its title, not a dateline « PSG »."""
    text = (
        "PSG - OM : Mbappé offre la victoire à Paris dans un Classique sous tension\n\n"
        f"{BODY}\n\n{BODY}"
    )
    art = frnews.parse(text)
    assert art.dateline is None
    assert art.blocks[0].kind is BlockKind.HEADING
    assert frnews.parse(f"PARIS - {BODY}\n\n{BODY}").dateline is not None
    # a sentence that ends with its mark: the story of a dateline
    cac = f"PARIS - CAC 40 : la Bourse recule, a indiqué lundi Euronext.\n\n{BODY}\n\n{BODY}"
    assert frnews.parse(cac).dateline.place == "PARIS"
    # a word in mixed case after the dash: the story of a dateline
    verdict = f"PARIS - Verdict : dix ans de prison pour le prévenu.\n\n{BODY}\n\n{BODY}"
    assert frnews.parse(verdict).dateline.place == "PARIS"


def test_a_gallery_label_on_the_first_line_is_the_title():
    text = f"EN IMAGES. Festival des Vieilles Charrues : revivez la première soirée\n\n{BODY}\n\n{BODY}"
    assert frnews.segment(text)[0].kind is BlockKind.HEADING


def test_a_share_label_alone_is_an_intertitle():
    """« LinkedIn » between two paragraphs of a story about networks is its intertitle;
    among other furniture it is a share bar's label."""
    text = f"{BODY}\n\nLinkedIn\n\n{BODY}\n\nWhatsApp\n\n{BODY}"
    kinds = [b.kind for b in frnews.segment(text)]
    assert kinds[1] is BlockKind.HEADING
    assert kinds[3] is BlockKind.HEADING


def test_a_share_bar_does_not_hide_the_dateline():
    text = (
        "Par Stéphanie Maurice\n\nTwitter\n\nFacebook\n\nMail\n\n"
        f"LILLE – C’est officiel, le maire a démissionné jeudi soir.\n\n{BODY}"
    )
    kinds = [b.kind for b in frnews.segment(text)]
    assert kinds[1:4] == [BlockKind.FURNITURE] * 3
    assert frnews.parse(text).dateline.place == "LILLE"


def test_a_publication_line_with_its_weekday_and_a_comma():
    """The Journal de Montréal's header: « Lundi, 6 mai 2024 10:12 », then « PLACE | »."""
    text = (
        "Un chauffard arrêté à Trois-Rivières\n\nMarc-André Gagnon (Agence QMI)\n\n"
        "Lundi, 6 mai 2024 10:12\n\nTROIS-RIVIÈRES | Une conductrice a été arrêtée dimanche "
        f"soir après une poursuite.\n\n{BODY}"
    )
    art = frnews.parse(text)
    assert art.blocks[2].kind is BlockKind.FURNITURE
    assert art.dateline.place == "TROIS-RIVIÈRES"


@pytest.mark.parametrize(
    "line",
    [
        "Jean Dupont, maire de Lyon",
        "Le Louvre (Paris, premier arrondissement)",
        "Marie Curie, la physicienne",
    ],
)
def test_a_name_and_another_post_is_no_signature(line):
    assert frnews.segment(f"{BODY}\n\n{BODY}\n\n{line}")[-1].kind is not BlockKind.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        "Grande Muraille et Cité interdite",
        "Jean Dupont avec ses enfants",
        "Saint-Denis avec AFP",
        "Avec notre correspondante à Dakar, la situation reste tendue",
        "Paris Saint-Germain",
        "Les Républicains",
        "Saint-Denis Basket",
    ],
)
def test_capitalized_words_are_no_signature(line):
    assert frnews.segment(f"{BODY}\n\n{BODY}\n\n{line}")[-1].kind is not BlockKind.BYLINE


@pytest.mark.parametrize(
    ("line", "kind"), [c[1:] for c in OTHER_BLOCKS], ids=[c[0] for c in OTHER_BLOCKS]
)
def test_furniture_and_bylines(line, kind):
    text = f"{line}\n\n{BODY}\n\n{BODY}"
    blocks = frnews.segment(text)
    assert blocks[0].kind is kind
    assert blocks[0].text == line
    assert line not in frnews.parse(text).body


def test_par_ailleurs_is_not_a_byline():
    text = f"Par ailleurs, le maire a démissionné.\n\n{BODY}"
    assert frnews.segment(text)[0].kind is BlockKind.PARAGRAPH


def test_video_caption_is_not_furniture():
    text = f"Vidéo de l'explosion diffusée par la police, mardi.\n\n{BODY}"
    assert frnews.segment(text)[0].kind is BlockKind.PARAGRAPH


@pytest.mark.parametrize(
    ("name", "transform"),
    [
        ("crlf", lambda t: t.replace("\n", "\r\n")),
        ("cr", lambda t: t.replace("\n", "\r")),
        ("bom", lambda t: "\N{ZERO WIDTH NO-BREAK SPACE}" + t),
        ("trailing-spaces", lambda t: t.replace("\n", f" {NBSP}\n")),
        ("nfd", lambda t: unicodedata.normalize("NFD", t)),
        ("line-separator", lambda t: t.replace("\n", "\u2028")),
    ],
)
def test_typography_variants(seed_text, name, transform):
    text = transform(seed_text)
    art = frnews.parse(text)
    norm = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    assert art.dateline is not None
    assert norm(art.dateline.text) == "(Pyongyang)"
    assert [norm(h.text) for h in art.headings] == [f"Livraisons en cours{THIN}?"]
    assert [norm(c.text) for c in art.photo_credits] == ["PHOTO AGENCE KCNA PAR REUTERS"]
    assert (
        norm(art.photo_credits[0].caption.text)
        == "Le ministre russe des Affaires étrangères, Sergueï Lavrov"
    )
    for b in art.blocks:
        assert text[b.span.start : b.span.end] == b.text


def test_all_caps_article():
    text = (
        "(QUÉBEC) LE PREMIER MINISTRE A PARLÉ JEUDI.\n\nUN NOUVEAU PLAN\n\nIL COÛTERA 3 MILLIARDS."
    )
    art = frnews.parse(text)
    assert art.dateline.place == "QUÉBEC"
    assert [h.text for h in art.headings] == ["UN NOUVEAU PLAN"]


def test_hard_wrapped_wire_is_joined_into_paragraphs():
    text = (
        "PARIS (AFP) - Le gouvernement a présenté jeudi un projet de loi sur\n"
        "l'immigration qui prévoit de durcir les conditions du regroupement\n"
        "familial, a annoncé le ministre de l'Intérieur lors d'une conférence\n"
        "de presse.\n"
        "\n"
        "Le texte sera examiné au Sénat en novembre, selon le calendrier\n"
        "parlementaire publié par Matignon mercredi soir.\n"
    )
    blocks = frnews.segment(text)
    assert [b.kind for b in blocks] == [
        BlockKind.DATELINE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert blocks[1].text.startswith("Le gouvernement")
    assert blocks[1].text.endswith("de presse.")


# (id, lines after the story's first paragraph, the kinds of those lines): the titles of
# related links after a header alone on its line (« À lire aussi ») are furniture, up to
# three short lines with no final period; they were headings
LINK_TITLES = [
    (
        "a-lire-aussi-one-title",
        ["À lire aussi", "Attentat de Nice : six ans après, les victimes attendent"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    (
        "sur-le-meme-sujet-two-titles",
        ["Sur le même sujet :", "Le budget adopté de justesse", "Les élus divisés sur la taxe"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    (
        "figaro-three-titles-then-a-heading-after-the-story",
        [
            "La rédaction vous conseille",
            "Le maire défend sa réforme",
            "Les syndicats appellent à la grève",
            "Le préfet saisit la justice",
        ],
        [BlockKind.FURNITURE] * 4,
    ),
    # Le Monde's newsletter box: the header, the newsletter's name, its pitch, the button
    (
        "newsletter-box",
        [
            "Newsletter",
            "« La Revue du Monde »",
            "Chaque week-end, la rédaction sélectionne les articles de la semaine",
            "S’inscrire",
        ],
        [BlockKind.FURNITURE] * 4,
    ),
    # a newsletter box with its name, its pitch (a sentence) and its button
    (
        "newsletter-box-with-a-button",
        [
            "Newsletter Santé",
            "Tous les mercredis, l'essentiel de l'actualité santé.",
            "Je m'inscris",
        ],
        [BlockKind.FURNITURE] * 3,
    ),
    # no button: the story goes on after the header
    (
        "newsletter-without-a-button",
        ["Newsletter Santé", "La vaccination reste ouverte jusqu'au 31 janvier."],
        [BlockKind.FURNITURE, BlockKind.PARAGRAPH],
    ),
    # a title then the story again: the paragraph stays a paragraph
    (
        "title-then-paragraph",
        ["Lire aussi", "Le budget adopté de justesse", "Le conseil a voté le texte mardi soir."],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.PARAGRAPH],
    ),
    # the signature after the last title stays a byline
    (
        "title-then-signature",
        ["À lire aussi", "Crues : pourquoi le Pas-de-Calais est si exposé", "Avec AFP"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.BYLINE],
    ),
    # after the first link, a line much shorter than the links' titles, with no colon and
    # a paragraph after it, is the story's next intertitle (Sud Ouest, La Voix du Nord,
    # Radio-Canada, L'Orient-Le Jour)
    (
        "short-link-title-after-a-long-one",
        [
            "À lire aussi",
            "Réforme des retraites : ce que contient le texte final adopté par le Parlement",
            "Le 49.3, mode d'emploi",
        ],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    (
        "link-then-intertitle",
        [
            "Lire aussi",
            "Pont Simone-Veil : la facture s'alourdit encore",
            "Une expertise commandée",
        ],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.HEADING],
    ),
    (
        "two-links-then-intertitle",
        [
            "À lire aussi :",
            "L'IA dans la fonction publique, un chantier inachevé",
            "Ottawa veut légiférer sur l'IA d'ici la fin de l'année",
            "Des critiques de l'opposition",
        ],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.HEADING],
    ),
    (
        "huffpost-site-named",
        ["À voir également sur Le HuffPost :", "Marion Maréchal tacle Jordan Bardella"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    # a tag is a name or a topic: a longer line after them is the story's intertitle
    (
        "tags-then-intertitle",
        ["Sujets liés :", "Rugby", "Thomas Ramos", "Un nouveau départ pour les Bleus"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.HEADING],
    ),
    # a box of tags: a name there is a tag; an author line after it is not
    (
        "europe1-tags",
        ["Sujets liés :", "Gabriel Attal", "Budget", "Pierre de Boishue avec AFP"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.FURNITURE, BlockKind.BYLINE],
    ),
    (
        "rtl-recommends",
        ["La rédaction vous recommande", "Le budget adopté de justesse"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    # « sur place » is no site: what follows is the story's list
    (
        "a-voir-sur-place",
        ["À voir aussi sur place :", "le Capitole", "la basilique Saint-Sernin"],
        [BlockKind.FURNITURE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH],
    ),
    (
        "a-lire-sur-le-sujet",
        ["À lire sur le sujet", "Éolien flottant : le parc de Bretagne Sud attribué à l'automne"],
        [BlockKind.FURNITURE, BlockKind.FURNITURE],
    ),
    # « Lire aussi : » with its title on the same line: the next line is the story's
    (
        "title-on-the-same-line",
        ["Lire aussi : Le budget adopté de justesse", "La riposte des syndicats"],
        [BlockKind.FURNITURE, BlockKind.HEADING],
    ),
]


@pytest.mark.parametrize(
    ("lines", "kinds"), [c[1:] for c in LINK_TITLES], ids=[c[0] for c in LINK_TITLES]
)
def test_link_titles(lines, kinds):
    text = "\n\n".join([BODY, *lines, BODY, BODY])
    blocks = frnews.segment(text)
    assert [(b.kind, b.text) for b in blocks[1 : 1 + len(lines)]] == list(
        zip(kinds, lines, strict=True)
    )


# (id, line): the breadcrumb of the site's sections above the title is furniture; it was a
# heading
BREADCRUMBS = [
    ("greater-than", "Accueil > Société > Justice"),
    ("single-angle", "Accueil › Monde › Europe › Ukraine"),
]


@pytest.mark.parametrize("line", [c[1] for c in BREADCRUMBS], ids=[c[0] for c in BREADCRUMBS])
def test_breadcrumbs(line):
    text = f"{line}\n\nLe procès de l'attentat de Nice\n\n{BODY}\n\n{BODY}"
    blocks = frnews.segment(text)
    assert [(b.kind, b.text) for b in blocks[:2]] == [
        (BlockKind.FURNITURE, line),
        (BlockKind.HEADING, "Le procès de l'attentat de Nice"),
    ]


#: A publication line written without « Publié le » (a day, its year and a time, in the
#: header): furniture, and the reference of the dates.
DATE_LINES = [
    "18 octobre 2023 à 16h05",
    "Mercredi 18 octobre 2023 à 16:05",
    "18.10.2023, 16:05",
    "Le 18/10/2023 à 16 h 05",
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_a_date_line_in_the_header_is_the_publication_line(line):
    text = (
        f"Première tempête de neige\n\n{line}\n\n"
        "Environnement Canada a émis mercredi un avertissement de neige.\n\nLa suite."
    )
    art = frnews.parse(text)
    assert art.blocks[1].kind is BlockKind.FURNITURE
    assert [(m.text, m.value.timex) for m in art.dates] == [("mercredi", "2023-10-18")]


@pytest.mark.parametrize(
    "line",
    [
        "18 octobre 2023",  # a day with no time: a heading (a live blog's day)
        "Le 18 octobre 2023 à 16 h, le ministre a parlé devant les députés.",
    ],
)
def test_a_date_without_time_or_with_a_sentence_is_no_publication_line(line):
    text = f"Titre du jour\n\n{line}\n\n{BODY}\n\n{BODY}"
    assert frnews.segment(text)[1].kind is not BlockKind.FURNITURE


def test_la_presse_dateline_below_a_standfirst():
    text = (
        "Première tempête de neige\n\nJusqu'à 25 cm sont attendus.\n\n(Québec) L'hiver "
        "arrive plus tôt que prévu. Environnement Canada a émis mercredi un avertissement."
        "\n\nLa suite du texte est ici."
    )
    art = frnews.parse(text)
    assert art.dateline is not None
    assert art.dateline.text == "(Québec)"
    assert art.dateline.place == "Québec"


def test_a_parenthesis_deep_in_the_story_is_no_dateline():
    text = "\n\n".join(["Titre", *[BODY] * 6, "(Québec) Le maire a parlé.", BODY])
    assert frnews.parse(text).dateline is None


TOLD = (
    "Le premier ministre a annoncé jeudi un plan de 3 milliards pour les hôpitaux, "
    "a-t-il précisé devant les députés."
)

#: (credit, the line before it, the line after it, the side of its caption): a credit
#: written « Photo : Name / Outlet », as the French press prints it under its caption, has
#: its caption before it; a line that reports speech with an incise is the story's, not a
#: caption, on either side.
CAPTION_SIDES = [
    (
        "Photo : Franck Dubray / Ouest-France",
        "Arnaud Kalimuendo célèbre avec ses coéquipiers.",
        TOLD,
        "before",
    ),
    ("Photo : Ludovic Marin / AFP", TOLD, "Le président à l'Élysée, mardi.", "after"),
    ("PHOTO OUEST-FRANCE", "Arnaud Kalimuendo célèbre avec ses coéquipiers.", TOLD, "before"),
    # La Presse and Le Devoir: the caption after the credit, as before
    ("PHOTO ALAIN ROBERGE, LA PRESSE", BODY, "Le maire de Montréal, à l'hôtel de ville", "after"),
    ("Photo : Jacques Nadeau Le Devoir", BODY, "Le maire à l'hôtel de ville.", "after"),
]


@pytest.mark.parametrize(("credit", "before", "after", "side"), CAPTION_SIDES)
def test_the_caption_side_of_a_credit(credit, before, after, side):
    text = f"{BODY}\n\n{before}\n\n{credit}\n\n{after}\n\n{BODY}"
    blocks = frnews.segment(text)
    kinds = {b.text: b.kind for b in blocks}
    caption, other = (before, after) if side == "before" else (after, before)
    assert kinds[credit] is BlockKind.PHOTO_CREDIT
    assert kinds[caption] is BlockKind.CAPTION
    assert kinds[other] is not BlockKind.CAPTION


def test_a_date_line_alone_is_no_publication_line():
    # a text that is only the line: a date, which parse reads
    art = frnews.parse("4 juin 2024 à 18h12")
    assert art.blocks[0].kind is not BlockKind.FURNITURE
    assert [m.value.timex for m in art.dates] == ["2024-06-04T18:12"]


def test_a_byline_after_a_dash_at_the_end():
    text = f"{BODY}\n\n{BODY}\n\n— Avec l'Agence France-Presse"
    assert frnews.segment(text)[-1].kind is BlockKind.BYLINE


def test_an_update_line_is_not_the_reference():
    text = "Titre\n\nModifié mardi 26 septembre 2023 à 18:45\n\nLe ministre a parlé mardi."
    art = frnews.parse(text)
    assert art.blocks[1].kind is BlockKind.FURNITURE
    assert [m.value.timex for m in art.dates] == ["XXXX-WXX-2"]


def test_a_place_in_capitals_and_a_dash_below_the_header():
    text = (
        "Ligue 1 : Lens s'impose à Marseille\n\nLe RC Lens s'est imposé 2-1 au Vélodrome."
        "\n\nPar Julien Lecomte\n\nMARSEILLE – Les Sang et Or tiennent enfin leur premier "
        f"succès.\n\n{BODY}"
    )
    art = frnews.parse(text)
    assert art.dateline is not None
    assert art.dateline.place == "MARSEILLE"


def test_an_interview_question_is_no_intertitle():
    text = (
        "Jean-Michel Blanquer : « L'école ne peut pas tout réparer »\n\nPropos recueillis "
        "par Ava Djamshidi\n\nVous étiez ministre lors de l'assassinat de Samuel Paty. "
        "Qu'avez-vous ressenti vendredi ?\n\nUn immense effroi. Et une forme de colère, aussi."
    )
    kinds = [b.kind for b in frnews.segment(text)]
    assert kinds == [
        BlockKind.HEADING,
        BlockKind.BYLINE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Lecture du verdict",
        "Lecture 4 minutes de silence au conseil",
        "12 minutes de lecture pour comprendre",
        "Saint-Jean-de-Luz",
        "Villeneuve-sur-Lot-et-Garonne",
        "Auvergne-Rhône-Alpes",
        "Métro-boulot-dodo",
        "France-politique-gouvernement-budget",
        "et/ou/non",
        "Rome/Oslo/Bern",
        "» Nous allons tout reprendre, a-t-il poursuivi.",
        "3 minutes de silence avant la lecture",
        "Durée de lecture : un facteur clé pour les éditeurs",
        "Article original publié sur le site de la mairie en 2019, le règlement a changé.",
    ],
)
def test_a_line_that_opens_with_lecture_is_no_reading_time(line):
    text = f"{BODY}\n\n{line}\n\n{BODY}"
    assert frnews.segment(text)[1].kind is not BlockKind.FURNITURE


def test_a_live_page_title_on_the_first_line_is_its_heading():
    text = (
        "DIRECT. Guerre Israël-Hamas : Joe Biden est arrivé en Israël\n\nLe président "
        f"américain a atterri mercredi matin à Tel-Aviv.\n\n{BODY}"
    )
    assert frnews.segment(text)[0].kind is BlockKind.HEADING
    # further down, a link to the live page
    text = f"{BODY}\n\nDIRECT. Guerre Israël-Hamas : Joe Biden est arrivé en Israël\n\n{BODY}"
    assert frnews.segment(text)[1].kind is BlockKind.FURNITURE


def test_a_long_title_with_a_quote_on_the_first_line():
    text = (
        "Ligue 1 : « On a été au bout de nous-mêmes », Franck Haise savoure la victoire de "
        f"Lens à Lille\n\nLe RC Lens s'est imposé 2-1 au Vélodrome.\n\n{BODY}"
    )
    art = frnews.parse(text)
    assert art.blocks[0].kind is BlockKind.HEADING
    assert [q.speaker and q.speaker.name for q in art.quotes] == ["Franck Haise"]
    # the same line further down is too long for an intertitle
    text = f"{BODY}\n\n" + text
    assert frnews.segment(text)[1].kind is not BlockKind.HEADING


@pytest.mark.parametrize(
    "line",
    ["Rugby. La France éliminée par l'Afrique du Sud", "Un match historique. Et cruel"],
)
def test_a_rubric_and_a_title_is_a_heading(line):
    assert frnews.segment(f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}")[1].kind is BlockKind.HEADING


@pytest.mark.parametrize("label", ["TÉMOIGNAGES", "ENTRETIEN", "ENQUÊTE"])
def test_a_section_label_and_a_dash_is_no_dateline(label):
    text = (
        "Attentat d'Arras : le suspect mis en examen\n\nLe suspect a été présenté à un juge."
        f"\n\n{label} – Les enseignants racontent la matinée du drame.\n\n{BODY}"
    )
    assert frnews.parse(text).dateline is None


def test_a_date_line_in_the_story_after_the_publication_line_is_kept():
    text = (
        "Élections en Pologne : l'opposition en tête\n\nPublié le 19/10/2023 à 08h00\n\n"
        "Les résultats définitifs sont tombés jeudi.\n\n15 octobre 2023, 21:00\n\n"
        "C'est à cette heure-là que les bureaux de vote ont fermé dimanche."
    )
    art = frnews.parse(text)
    assert art.blocks[3].kind is not BlockKind.FURNITURE
    assert "2023-10-15T21:00" in [m.value.timex for m in art.dates]


def test_a_name_above_a_paragraph_at_the_end_is_an_intertitle():
    # (past the five units at the top where a byline may stand above the story)
    text = (
        f"{BODY}\n\n" * 5 + "Jean-Pierre Elkabbach\n\nJournaliste emblématique, il est "
        "mort en octobre.\n\nPierre-Henri Thomas\n\nLe journaliste économique est mort en juin."
    )
    kinds = {b.text: b.kind for b in frnews.segment(text)}
    assert kinds["Pierre-Henri Thomas"] is not BlockKind.BYLINE


@pytest.mark.parametrize("line", ["Réagir ?", "Abonnés ?", "Commentaires ?", "Sujets", "Abonnés"])
def test_a_question_or_a_word_of_furniture_as_an_intertitle(line):
    # a form of furniture of one word stays an intertitle with its question mark, and
    # « Abonnés », « Sujets » are no forms: one word between two paragraphs is the story's
    text = "\n\n".join([BODY, line, BODY])
    assert frnews.segment(text)[1].kind is BlockKind.HEADING


def test_an_afp_dispatch_keywords_under_its_service_header_are_furniture():
    text = (
        "FRA0312 4 GEN /AFP-TE63\n\nFrance-politique-gouvernement-budget\n\n"
        f"PARIS, 14 mars 2024 (AFP) - {BODY}\n\n{BODY}\n\nab/lch/cbn\n\nAFP 141402 MAR 24"
    )
    kinds = [b.kind for b in frnews.segment(text)]
    assert kinds == [
        BlockKind.FURNITURE,
        BlockKind.FURNITURE,
        BlockKind.DATELINE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.BYLINE,
        BlockKind.FURNITURE,
    ]
