"""Speaker attribution, table-driven by pattern: each row is a real-looking news passage
and the speakers expected for its quotes, in order (the speaker's name, or the mention
text for a speaker the passage never names; None when nothing attributes the quote)."""

from __future__ import annotations

import pytest

from frnews import find_quotes


def speakers(text):
    out = []
    for q in find_quotes(text):
        sp = q.speaker
        out.append((q.text, None if sp is None else (sp.name or sp.text)))
    return out


INCISE_AFTER = [
    # titles written as acronyms, and the mayors of Belgium and Switzerland, with the name
    # in apposition
    (
        "« Le moral est bon », a déclaré le PDG de Stellantis, Carlos Tavares.",
        [("Le moral est bon", "Carlos Tavares")],
    ),
    (
        "« Les volumes reculent », a reconnu le CEO de Colruyt, Stefan Goethaert.",
        [("Les volumes reculent", "Stefan Goethaert")],
    ),
    (
        "« Le réseau sera prêt », a promis le DG de la SNCB, Jean Dupont.",
        [("Le réseau sera prêt", "Jean Dupont")],
    ),
    (
        "« Le marché reste porteur », a affirmé le président-directeur général de Renault, "
        "Luca de Meo.",
        [("Le marché reste porteur", "Luca de Meo")],
    ),
    (
        "« Le moral est bon », a assuré jeudi à la RTBF le bourgmestre de Liège, Willy Demeyer.",
        [("Le moral est bon", "Willy Demeyer")],
    ),
    (
        "« Nous avons pris nos responsabilités », a déclaré le syndic de Lausanne, Grégoire "
        "Junod, au micro de la RTS.",
        [("Nous avons pris nos responsabilités", "Grégoire Junod")],
    ),
    (
        "Le PDG de Stellantis, Carlos Tavares, était présent. « Le moral est bon », a dit le PDG.",
        [("Le moral est bon", "Carlos Tavares")],
    ),
    # an honorific and a surname, then an apposition: the named person speaks
    ("M. Martin, le maire, a dénoncé « une enquête bâclée ».", [("une enquête bâclée", "Martin")]),
    (
        "Me Martin, l'avocat de la famille, a plaidé l'acquittement. « Mon client n'était pas "
        "là », a-t-il martelé.",
        [("Mon client n'était pas là", "Martin")],
    ),
    # « Me » is a lawyer: « l'avocate » refers back to her
    (
        "Me Virginie Le Roy a salué « un témoignage digne ». « Ces paroles doivent être "
        "entendues », a insisté l'avocate.",
        [
            ("un témoignage digne", "Virginie Le Roy"),
            ("Ces paroles doivent être entendues", "Virginie Le Roy"),
        ],
    ),
    # an unnamed member of a party: the party is no name
    (
        "« Un 49.3 n'est jamais anodin », glisse un député Renaissance.",
        [("Un 49.3 n'est jamais anodin", "député Renaissance")],
    ),
    (
        "« Un 49.3 n'est jamais anodin », glisse le député Sacha Houlié.",
        [("Un 49.3 n'est jamais anodin", "Sacha Houlié")],
    ),
    # a comma phrase after a time word, before the subject
    (
        "« Je suis déterminé », a assuré dimanche, dans un entretien au JDD, le ministre des "
        "Armées, Sébastien Lecornu.",
        [("Je suis déterminé", "Sébastien Lecornu")],
    ),
    # a short quoted sentence of its own takes the speaker before it
    (
        "« Nous avons reçu l'ordre d'évacuer », explique Ahmed. « Mais où aller ? »",
        [("Nous avons reçu l'ordre d'évacuer", "Ahmed"), ("Mais où aller ?", "Ahmed")],
    ),
    (
        "« Nous avons reçu l'ordre d'évacuer », explique Ahmed. « Jamais. »",
        [("Nous avons reçu l'ordre d'évacuer", "Ahmed"), ("Jamais.", "Ahmed")],
    ),
    # a title's shape: the quote, then the speaker and a verb
    (
        "« Nous irons jusqu'au bout » : Élisabeth Borne promet de tenir bon sur la réforme"
        "\n\nLe premier ministre a annoncé jeudi un plan.",
        [("Nous irons jusqu'au bout", "Élisabeth Borne")],
    ),
    (
        "« On a été au bout de nous-mêmes », Franck Haise savoure la victoire de Lens",
        [("On a été au bout de nous-mêmes", "Franck Haise")],
    ),
    ("« Un drame » : Paris et Lyon en deuil", [("Un drame", None)]),
    # the sentence after a quote that ends its paragraph: the next paragraph's first
    (
        "« Ce sont des années de travail réduites à néant. »\n\nC'est en ces termes que le "
        "maire de Nice, Christian Estrosi, a réagi jeudi.",
        [("Ce sont des années de travail réduites à néant.", "Christian Estrosi")],
    ),
    (
        "Titre\n\n« Ce sont des années de travail réduites à néant. »\n\nC'est par ces mots "
        "que le maire de Nice, Christian Estrosi, a réagi jeudi. « Nous reconstruirons », "
        "a-t-il ajouté.",
        [
            ("Ce sont des années de travail réduites à néant.", "Christian Estrosi"),
            ("Nous reconstruirons", "Christian Estrosi"),
        ],
    ),
    (
        "« Ce sont des années de travail. »\n\nLe maire a parlé jeudi.",
        [("Ce sont des années de travail.", None)],
    ),
    # a portfolio before a name the name list does not know
    (
        "« Nous ne laisserons pas le Hamas s'en tirer », a promis le ministre de la Défense "
        "Yoav Gallant.",
        [("Nous ne laisserons pas le Hamas s'en tirer", "Yoav Gallant")],
    ),
    (
        "« Rien ne change », a affirmé le ministre de l'Intérieur Gurbanguly Berdimuhamedow.",
        [("Rien ne change", "Gurbanguly Berdimuhamedow")],
    ),
    (
        "« Oui », a dit le président de la Banque de France.",
        [("Oui", "président de la Banque de France")],
    ),
    # an institution's acronym after « au », « à l' », then the name
    (
        "Pour le chercheur au CNRS Vincent Tiberj, « l'abstention n'est pas de l'indifférence ».",
        [("l'abstention n'est pas de l'indifférence", "Vincent Tiberj")],
    ),
    (
        "« Ça suffit », estime l'économiste à l'OFCE Xavier Timbeau.",
        [("Ça suffit", "Xavier Timbeau")],
    ),
    # « Quant à X, il … »
    (
        "Quant à Édouard Philippe, il juge que « la majorité est à bout ».",
        [("la majorité est à bout", "Édouard Philippe")],
    ),
    # « ce dernier »: the last person mentioned, an object too
    (
        "Me Antoine Vey a interrogé le témoin. « Je dis la vérité », a répondu ce dernier.",
        [("Je dis la vérité", "témoin")],
    ),
    (
        "« Étiez-vous présent ? », a demandé Me Dupont au témoin. « Oui, j'étais là », a "
        "répondu ce dernier.",
        [("Étiez-vous présent ?", "Dupont"), ("Oui, j'étais là", "témoin")],
    ),
    (
        "Le ministre Jean Dupont a rencontré le maire de Lyon. Ce dernier a dit : « Tout va "
        "bien ».",
        [("Tout va bien", "maire de Lyon")],
    ),
    # near misses of the rules added on 2026-11-29
    ("« Koh-Lanta » : Denis Brogniart annonce une nouvelle saison", [("Koh-Lanta", None)]),
    (
        "« Il m'a menacé » : Emmanuel Macron accusé par un ancien collaborateur",
        [("Il m'a menacé", None)],
    ),
    (
        "« Vous démissionnez ? » demande le journaliste. « Non. »",
        [("Vous démissionnez ?", "journaliste"), ("Non.", None)],
    ),
    (
        "« Les policiers nous ont frappés », accuse Karim. Le commissaire dément. « Faux. »",
        [("Les policiers nous ont frappés", "Karim"), ("Faux.", None)],
    ),
    (
        "Me Martin défend la famille de la victime. Le prévenu a choisi de se taire. « Mon "
        "client conteste tout », a expliqué son avocat.",
        [("Mon client conteste tout", "avocat")],
    ),
    (
        "Me Martin défend la famille. « Mon client conteste », a affirmé l'avocat de l'accusé.",
        [("Mon client conteste", "avocat de l'accusé")],
    ),
    (
        "Le PDG de Stellantis, Carlos Tavares, était présent. Plus tard, le PDG de Renault a "
        "affirmé : « Nous ne fermerons pas d'usine. »",
        [("Nous ne fermerons pas d'usine.", "PDG de Renault")],
    ),
    (
        "Le maire de Lyon, Grégory Doucet, était présent. Plus tard, le maire de Marseille a "
        "affirmé : « Nous ne fermerons pas. »",
        [("Nous ne fermerons pas.", "maire de Marseille")],
    ),
    (
        "Mme Durand, la préfète, et le maire ont dénoncé « des violences inacceptables ».",
        [("des violences inacceptables", None)],
    ),
    (
        "« C'est inquiétant », explique une chercheuse au CNRS Île-de-France.",
        [("C'est inquiétant", "chercheuse")],
    ),
    # a verb phrase before the colon the tables do not know
    ("Le ministre enfonce le clou : « Ça suffit. »", [("Ça suffit.", "ministre")]),
    ("Le maire monte au créneau : « Ça suffit. »", [("Ça suffit.", "maire")]),
    (
        "Le ministre délégué aux Transports : « Ça suffit. »",
        [("Ça suffit.", "ministre délégué aux Transports")],
    ),
    # more reporting verbs, as incises
    (
        "« Le PS gère ce département depuis douze ans », attaque Thomas Aeschi.",
        [("Le PS gère ce département depuis douze ans", "Thomas Aeschi")],
    ),
    ("« Ce n'est pas le sujet », balaie le ministre.", [("Ce n'est pas le sujet", "ministre")]),
    ("« Ce n'est pas le sujet », recadre le ministre.", [("Ce n'est pas le sujet", "ministre")]),
    ("« Ce n'est pas le sujet », s'énerve le ministre.", [("Ce n'est pas le sujet", "ministre")]),
    ("« Et ensuite ? », embraie le ministre.", [("Et ensuite ?", "ministre")]),
    ("« On gagnera », pronostique l'entraîneur.", [("On gagnera", "entraîneur")]),
    ("« Pas de commentaire », esquive le ministre.", [("Pas de commentaire", "ministre")]),
    ("« Il dort », chuchote sa mère.", [("Il dort", "mère")]),
    # reporting verbs of match reports, as incises
    (
        "« On a montré du caractère », a savouré le capitaine Steve Mandanda au micro de "
        "Prime Video.",
        [("On a montré du caractère", "Steve Mandanda")],
    ),
    ("« C'est historique ! », a jubilé Kylian Mbappé.", [("C'est historique !", "Kylian Mbappé")]),
    (
        "« Ce n'est pas 300, c'est 200 », a corrigé le ministre.",
        [("Ce n'est pas 300, c'est 200", "ministre")],
    ),
    # a parenthesis between the verb and its subject
    (
        "« C'est une immense fierté », a réagi sur X (ex-Twitter) le président de la "
        "Fédération, Florian Grill.",
        [("C'est une immense fierté", "Florian Grill")],
    ),
    # a reporting verb after « se contenter de », « se borner à »
    (
        "« C’est une bonne nouvelle », s’est contenté de dire le premier ministre.",
        [("C’est une bonne nouvelle", "premier ministre")],
    ),
    (
        "« Pas de commentaire », se contente de répondre la direction.",
        [("Pas de commentaire", "direction")],
    ),
    # a reporting verb after a modal
    (
        "« Le pire est derrière nous », veut croire le ministre de l’Économie, Bruno Le Maire.",
        [("Le pire est derrière nous", "Bruno Le Maire")],
    ),
    (
        "« Aucun emploi ne sera supprimé », a voulu rassurer la directrice, Claire Moreau.",
        [("Aucun emploi ne sera supprimé", "Claire Moreau")],
    ),
    (
        "L’entraîneur Didier Deschamps reste prudent. « On peut aller au bout », ose-t-il espérer.",
        [("On peut aller au bout", "Didier Deschamps")],
    ),
    (
        "« Nous ne céderons pas aux menaces », a déclaré le premier ministre François Legault.",
        [("Nous ne céderons pas aux menaces", "François Legault")],
    ),
    (
        "« La situation reste très tendue dans le nord du pays », a ajouté M. Barrot.",
        [("La situation reste très tendue dans le nord du pays", "Barrot")],
    ),
    (
        "La ministre de la Culture Rachida Dati était à Cannes.\n\n"
        "« Le cinéma français se porte bien », estime-t-elle.",
        [("Le cinéma français se porte bien", "Rachida Dati")],
    ),
    (
        "« Il faut agir vite », a-t-il martelé devant les députés.",
        [("Il faut agir vite", None)],
    ),
    (
        "« Cette décision est une victoire pour les locataires », s’est félicitée la présidente de "
        "l’association, Claire Vautrin.",
        [("Cette décision est une victoire pour les locataires", "Claire Vautrin")],
    ),
    (
        "« Nous avons retrouvé deux corps », avait indiqué dimanche le procureur de Lyon Thierry "
        "Dran lors d’un point de presse.",
        [("Nous avons retrouvé deux corps", "Thierry Dran")],
    ),
    (
        "« Les recherches se poursuivent toute la nuit », a précisé à l’AFP Julien Morel, "
        "porte-parole des pompiers.",
        [("Les recherches se poursuivent toute la nuit", "Julien Morel")],
    ),
    (
        "« Personne ne s’attendait à une telle affluence », a déclaré aux journalistes le "
        "directeur du festival de Lorient, Jean-Philippe Mauras.",
        [("Personne ne s’attendait à une telle affluence", "Jean-Philippe Mauras")],
    ),
    (
        "« C’est un jour sombre pour notre commune », déplore le maire, Hervé Gaudin, "
        "présent sur les lieux.",
        [("C’est un jour sombre pour notre commune", "Hervé Gaudin")],
    ),
    (
        "« Aucune piste n’est écartée » (une formule rituelle), lance le commandant Luc Bertin.",
        [("Aucune piste n’est écartée", "Luc Bertin")],
    ),
    (
        "« Le Kremlin n’a rien à cacher », a affirmé jeudi le porte-parole de la présidence "
        "russe, Dmitri Peskov.",
        [("Le Kremlin n’a rien à cacher", "Dmitri Peskov")],
    ),
    (
        "« Nous n’avons reçu aucune demande officielle », a répondu la préfecture du Nord dans "
        "un communiqué.",
        [("Nous n’avons reçu aucune demande officielle", "préfecture du Nord")],
    ),
    (
        "« Les discussions avancent », a fait savoir l’Élysée mardi soir.",
        [("Les discussions avancent", "Élysée")],
    ),
    (
        "« La riposte sera proportionnée », a prévenu le Kremlin.",
        [("La riposte sera proportionnée", "Kremlin")],
    ),
    (
        "« On a tout perdu en une nuit », témoigne une habitante du quartier.",
        [("On a tout perdu en une nuit", "habitante du quartier")],
    ),
    (
        "« Les pompes sont vides depuis lundi », ont confirmé les pompistes interrogés.",
        [("Les pompes sont vides depuis lundi", "pompistes")],
    ),
]

INCISE_INSIDE = [
    # a prepositional phrase after the speaker of the incise
    (
        "« Je comprends la colère, a déclaré Alain Berset devant les médias. Mais nous ne "
        "pouvons rien. »",
        [
            (
                "Je comprends la colère, a déclaré Alain Berset devant les médias. Mais nous "
                "ne pouvons rien.",
                "Alain Berset",
            )
        ],
    ),
    (
        "« Nous sommes inquiets, explique Sophie Marchal, directrice de l’école. Les parents "
        "aussi. »",
        [
            (
                "Nous sommes inquiets, explique Sophie Marchal, directrice de l’école. Les parents aussi.",
                "Sophie Marchal",
            )
        ],
    ),
    (
        "Le préfet de la Gironde, Étienne Guyot, a visité la digue. « Elle a tenu, a-t-il "
        "souligné. Mais pour combien de temps ? »",
        [("Elle a tenu, a-t-il souligné. Mais pour combien de temps ?", "Étienne Guyot")],
    ),
    # a quote that goes on over two paragraphs (« reopens the second): its incise
    (
        "« Nous avons tout perdu, raconte Marie Dupuis, 54 ans. La maison, les meubles.\n\n"
        "« Il ne reste rien. On repart de zéro. »",
        [
            (
                "Nous avons tout perdu, raconte Marie Dupuis, 54 ans. La maison, les meubles."
                "\n\n« Il ne reste rien. On repart de zéro.",
                "Marie Dupuis",
            )
        ],
    ),
    (
        "« La digue a cédé vers 3 h. L'eau est montée très vite.\n\n"
        "« En une heure, tout était noyé, témoigne Jean Rivière, pêcheur. Nous n'avions rien "
        "vu venir. »",
        [
            (
                "La digue a cédé vers 3 h. L'eau est montée très vite.\n\n« En une heure, tout "
                "était noyé, témoigne Jean Rivière, pêcheur. Nous n'avions rien vu venir.",
                "Jean Rivière",
            )
        ],
    ),
]

PREPOSED = [
    # "sur X." (the social network) ends the sentence: the letter is no initial
    (
        "« Ce sont des mots », a réagi Marine Le Pen sur X. Jean-Luc Mélenchon a dénoncé "
        "« une opération de communication ».",
        [
            ("Ce sont des mots", "Marine Le Pen"),
            ("une opération de communication", "Jean-Luc Mélenchon"),
        ],
    ),
    (
        "« C’est une honte », a écrit le député Aurélien Pradié via X. La ministre Aurore "
        "Bergé a jugé ces propos « indignes ».",
        [("C’est une honte", "Aurélien Pradié"), ("indignes", "Aurore Bergé")],
    ),
    # "ce dernier", "cette dernière" as a subject (not a filler like "mardi dernier")
    (
        "Patrick Martin, président du Medef, a été reçu à Matignon. Ce dernier a jugé la "
        "situation « préoccupante ».",
        [("préoccupante", "Patrick Martin")],
    ),
    (
        "La maire de Paris Anne Hidalgo a reçu les élus lundi. Cette dernière a jugé la "
        "situation « préoccupante ».",
        [("préoccupante", "Anne Hidalgo")],
    ),
    (
        "Le préfet Pierre Durand a rencontré les maires. Lundi dernier, il a dénoncé des "
        "violences « inacceptables ».",
        [("inacceptables", "Pierre Durand")],
    ),
    (
        "M. Boyer, élu en 2021 à l'âge de 33 ans, avait pourtant affirmé au printemps dernier "
        "qu'il comptait « terminer le travail commencé ».",
        [("terminer le travail commencé", "Boyer")],
    ),
    (
        "Le président Emmanuel Macron a déclaré mercredi que la France restait « aux côtés de "
        "l’Ukraine ».",
        [("aux côtés de l’Ukraine", "Emmanuel Macron")],
    ),
    (
        "M. Kim a affirmé que son pays était « prêt à toute éventualité », selon l’agence KCNA.",
        [("prêt à toute éventualité", "Kim")],
    ),
    (
        "La porte-parole du gouvernement, Maud Bregeon, a dénoncé une grève « irresponsable ».",
        [("irresponsable", "Maud Bregeon")],
    ),
    (
        "Le syndicat Force ouvrière a déclaré : « Nous irons jusqu’au bout. »",
        [("Nous irons jusqu’au bout.", "syndicat Force ouvrière")],
    ),
    (
        "La maire de Nantes, Johanna Rolland, estime que le projet est « mal ficelé » et "
        "« trop coûteux ».",
        [("mal ficelé", "Johanna Rolland"), ("trop coûteux", "Johanna Rolland")],
    ),
    (
        "Il dit avoir agi « par devoir ».",
        [("par devoir", None)],
    ),
    (
        "L’Agence nationale de sécurité du médicament (ANSM) recommande la prudence et "
        "juge le risque « faible mais réel ».",
        [("faible mais réel", "Agence nationale de sécurité du médicament")],
    ),
    (
        "Le ministre de l’Intérieur, Gérald Darmanin, a annoncé la dissolution du groupe, "
        "qualifiant ses membres de « factieux ».",
        [("factieux", "Gérald Darmanin")],
    ),
]

ACCORDING_TO = [
    # « comme l'a souligné X », « comme le rappelle X », before or after the quote
    (
        "Comme l'a souligné la ministre Sonia LeBel, « rien n'est réglé ».",
        [("rien n'est réglé", "Sonia LeBel")],
    ),
    (
        "Comme le rappelle l'avocat de la famille, Me Paul Roy, « la loi est claire ».",
        [("la loi est claire", "Paul Roy")],
    ),
    ("« La loi est claire », comme l'a rappelé le juge.", [("La loi est claire", "juge")]),
    # not a reporting verb, or no one: no speaker from « comme »
    (
        "Comme prévu, la direction a parlé d'« un plan ambitieux ».",
        [("un plan ambitieux", "direction")],
    ),
    (
        "Comme le montre l'étude, « les jeunes sont les plus touchés ».",
        [("les jeunes sont les plus touchés", None)],
    ),
    (
        "Selon la ministre de la Santé, Agnès Firmin Le Bodo, la vaccination est « la meilleure "
        "protection ».",
        [("la meilleure protection", "Agnès Firmin Le Bodo")],
    ),
    (
        "Le sénateur Bruno Retailleau est resté prudent. Selon lui, le texte est « loin d’être "
        "parfait ».",
        [("loin d’être parfait", "Bruno Retailleau")],
    ),
    (
        "D’après Météo-France, l’épisode sera « exceptionnel par sa durée ».",
        [("exceptionnel par sa durée", "Météo-France")],
    ),
    (
        "Pour l’économiste Thomas Piketty, cette réforme est « un cadeau aux plus riches ».",
        [("un cadeau aux plus riches", "Thomas Piketty")],
    ),
    (
        "Aux yeux de Marine Tondelier, le budget reste « une occasion manquée ».",
        [("une occasion manquée", "Marine Tondelier")],
    ),
]

COLON = [
    # a name alone before the colon gives the floor (a label such as "Extrait :" does not)
    (
        "Les réactions se sont multipliées à droite.\n\nÉric Ciotti : « C’est inadmissible. »",
        [("C’est inadmissible.", "Éric Ciotti")],
    ),
    (
        "Le maire de Nice, Christian Estrosi : « Nous ne laisserons pas faire. »",
        [("Nous ne laisserons pas faire.", "Christian Estrosi")],
    ),
    (
        "Extrait : « Nous avons tout perdu en une nuit. »",
        [("Nous avons tout perdu en une nuit.", None)],
    ),
    (
        "Le capitaine des Bleus, Antoine Dupont, ne cache pas sa déception : « On n’a pas été "
        "à la hauteur. »",
        [("On n’a pas été à la hauteur.", "Antoine Dupont")],
    ),
    # the subject stops at the clitic or the auxiliary of its verb
    (
        "Le ministre se montre prudent : « On verra. »",
        [("On verra.", "ministre")],
    ),
    (
        "Le ministre se veut rassurant : « Tout est sous contrôle. »",
        [("Tout est sous contrôle.", "ministre")],
    ),
    (
        "La réponse du ministre a été cinglante : « Je ne céderai pas. »",
        [("Je ne céderai pas.", "ministre")],
    ),
    # a person named by what they are to the story: a neighbour, a shopkeeper, a daughter
    (
        "Son voisin est plus nuancé : « On verra bien. »",
        [("On verra bien.", "voisin")],
    ),
    (
        "Sa fille est formelle : « Il n’a rien vu. »",
        [("Il n’a rien vu.", "fille")],
    ),
    (
        "Les commerçants sont partagés : « C’est une catastrophe. »",
        [("C’est une catastrophe.", "commerçants")],
    ),
    # not a person
    (
        "Son analyse est claire : « Rien n’a été fait. »",
        [("Rien n’a été fait.", None)],
    ),
    # the side named before the colon speaks, or before « on » and its verb
    (
        "Même son de cloche chez Marie Dupont : « On est épuisés. »",
        [("On est épuisés.", "Marie Dupont")],
    ),
    (
        "Du côté de la CGT, on se montre prudent : « Rien n’est fait. »",
        [("Rien n’est fait.", "CGT")],
    ),
    (
        "Du côté des syndicats : « Nous attendons. »",
        [("Nous attendons.", "syndicats")],
    ),
    # a side with its own subject, or no one's
    (
        "Chez les Républicains, Éric Ciotti est plus direct : « C’est un échec. »",
        [("C’est un échec.", "Éric Ciotti")],
    ),
    ("Côté financement, le flou demeure : « Rien n’est décidé. »", [("Rien n’est décidé.", None)]),
]

# the sentence after a quote that ends its own points back at it (« C'est ce qu'a … »,
# « Voilà ce qu'a … », « C'est en ces termes que … »): its reporting verb names the
# speaker; the quote had none
CLEFT_AFTER = [
    (
        "« Je ne suis pas candidat. » C’est ce qu’a affirmé dimanche le ministre de "
        "l’Intérieur, Gérald Darmanin.",
        [("Je ne suis pas candidat.", "Gérald Darmanin")],
    ),
    (
        "« Nous irons jusqu’au bout. » Voilà ce qu’a déclaré la secrétaire générale de la "
        "CGT, Sophie Binet.",
        [("Nous irons jusqu’au bout.", "Sophie Binet")],
    ),
    (
        "« La France ne cédera pas. » C’est en ces termes que le président Emmanuel Macron a "
        "réagi mardi.",
        [("La France ne cédera pas.", "Emmanuel Macron")],
    ),
    (
        "Le ministre Gérald Darmanin était à Lille. « Je ne suis pas candidat. » C’est ce "
        "qu’il a répété devant les militants.",
        [("Je ne suis pas candidat.", "Gérald Darmanin")],
    ),
    # a title that refers back to another: « la cheffe du gouvernement » is the premier
    # ministre named before
    (
        "Le premier ministre, Élisabeth Borne, était à Arras. « Nous serons aux côtés des "
        "sinistrés. » C’est ce qu’a assuré la cheffe du gouvernement mardi.",
        [("Nous serons aux côtés des sinistrés.", "Élisabeth Borne")],
    ),
    # an incise first: it wins
    (
        "« Je ne suis pas candidat », a dit Jean Dupont. C’est ce qu’a répété Marie Durand.",
        [("Je ne suis pas candidat", "Jean Dupont")],
    ),
    # the next sentence does not point back at the quote
    (
        "« Je ne suis pas candidat. » C’est une phrase qu’a souvent répétée Jean Dupont.",
        [("Je ne suis pas candidat.", None)],
    ),
]

RESOLUTION = [
    (
        "Le ministre des Affaires étrangères Jean-Noël Barrot est arrivé à Beyrouth.\n\n"
        "« Nous appelons à un cessez-le-feu immédiat », a déclaré le ministre français.",
        [("Nous appelons à un cessez-le-feu immédiat", "Jean-Noël Barrot")],
    ),
    (
        "Le ministre des Affaires étrangères Jean-Noël Barrot est arrivé à Beyrouth.\n\n"
        "Le chef de la diplomatie française a dénoncé des frappes « inacceptables ».",
        [("inacceptables", "Jean-Noël Barrot")],
    ),
    (
        "Le maire de Grenoble, Éric Piolle, a inauguré la ligne.\n\n"
        "« C’est une fierté », a dit l’élu écologiste.",
        [("C’est une fierté", "Éric Piolle")],
    ),
    (
        "La procureure de Paris, Laure Beccuau, a tenu une conférence de presse.\n\n"
        "« L’enquête sera longue », a-t-elle prévenu.",
        [("L’enquête sera longue", "Laure Beccuau")],
    ),
    (
        "Mme Beccuau a pris la parole.\n\nLa procureure de Paris, Laure Beccuau, a rappelé que "
        "l’enquête était « en cours ».",
        [("en cours", "Laure Beccuau")],
    ),
    (
        "Le juge d’instruction Marc Trévidic a été entendu.\n\n« Je n’ai rien à ajouter », a "
        "répondu le magistrat.",
        [("Je n’ai rien à ajouter", "Marc Trévidic")],
    ),
    (
        "L’avocat de la famille, Me Arié Alimi, a demandé une contre-expertise.\n\n"
        "« Nous voulons la vérité », a insisté Me Alimi.",
        [("Nous voulons la vérité", "Arié Alimi")],
    ),
    (
        "« Les chiffres sont mauvais », a reconnu une source gouvernementale.\n\n"
        "« Il faudra des mois pour redresser la barre », a poursuivi cette source.",
        [
            ("Les chiffres sont mauvais", "source gouvernementale"),
            ("Il faudra des mois pour redresser la barre", "source gouvernementale"),
        ],
    ),
    (
        "« Rien n’a changé », affirme Nadia Benali, habitante du quartier depuis vingt ans.\n\n"
        "Pour elle, la rénovation est « une promesse oubliée ».",
        [("Rien n’a changé", "Nadia Benali"), ("une promesse oubliée", "Nadia Benali")],
    ),
    (
        "Le porte-parole du Pentagone, John Kirby, a pris la parole.\n\n"
        "« Nous suivons la situation de près », a-t-il dit, avant d’évoquer des livraisons "
        "« massives ».",
        [("Nous suivons la situation de près", "John Kirby"), ("massives", "John Kirby")],
    ),
]

PROPAGATION = [
    (
        "« Nous ne céderons pas », a déclaré le ministre Gérald Darmanin.\n\n« Jamais. »",
        [("Nous ne céderons pas", "Gérald Darmanin"), ("Jamais.", "Gérald Darmanin")],
    ),
    (
        "« Le dossier est complet », a dit M. Lemaire. « Il n’y a plus d’obstacle. »",
        [("Le dossier est complet", "Lemaire"), ("Il n’y a plus d’obstacle.", "Lemaire")],
    ),
    (
        "« Nous sommes épuisés », raconte Paul Girard, infirmier à Bordeaux.\n\n"
        "« Les lits manquent partout et les équipes ne tiennent plus. »",
        [
            ("Nous sommes épuisés", "Paul Girard"),
            ("Les lits manquent partout et les équipes ne tiennent plus.", "Paul Girard"),
        ],
    ),
    (
        "« Il reste de l’espoir » de retrouver « des survivants », a estimé le maire, "
        "Martine Vassal.",
        [("Il reste de l’espoir", "Martine Vassal"), ("des survivants", "Martine Vassal")],
    ),
]

NO_SPEAKER = [
    (
        "« Nous partons », a dit Paul Morel. Le projet, qualifié de « pharaonique » par ses "
        "détracteurs, coûtera cher.",
        [("Nous partons", "Paul Morel"), ("pharaonique", None)],
    ),
    (
        "Le film « Anatomie d’une chute » a remporté la Palme d’or.",
        [("Anatomie d’une chute", None)],
    ),
    (
        "Il était poursuivi pour « apologie du terrorisme » et « provocation à la haine ».",
        [("apologie du terrorisme", None), ("provocation à la haine", None)],
    ),
    (
        "« Une journée historique »\n\nLe Parlement a voté la loi mardi.",
        [("Une journée historique", None)],
    ),
    (
        "Ce tour de vis, justifié par « les risques de troubles », inquiète l’opposition.",
        [("les risques de troubles", None)],
    ),
]

NAMES = [
    # a particle and a capitalized word after a first run go on with the name, whether or
    # not the table of given names knows the first word
    (
        "La présidente du tribunal, Bénédicte de Perthuis, a jugé les faits « d’une "
        "particulière gravité ».",
        [("d’une particulière gravité", "Bénédicte de Perthuis")],
    ),
    (
        "« Le texte n’est pas prêt », a estimé la députée Laure de La Raudière.",
        [("Le texte n’est pas prêt", "Laure de La Raudière")],
    ),
    (
        "« Les entreprises ont besoin de visibilité », a plaidé Geoffroy Roux de Bézieux, "
        "ancien président du Medef.",
        [("Les entreprises ont besoin de visibilité", "Geoffroy Roux de Bézieux")],
    ),
    (
        "Le gouverneur de la Banque de France, François Villeroy de Galhau, a jugé "
        "l’inflation « en net recul ».",
        [("en net recul", "François Villeroy de Galhau")],
    ),
    (
        "« C’est une provocation », a dénoncé le député Philippe Martin du Var.",
        [("C’est une provocation", "Philippe Martin")],
    ),
    # a surname that is also a given name, after a preposition: one name, not a place then
    # a name ("de Marseille Dominique Laurens")
    (
        "Selon Jean Martin, délégué syndical, la direction « joue la montre ».",
        [("joue la montre", "Jean Martin")],
    ),
    (
        "Pour Sophie Bernard, cheminote à Lyon depuis vingt ans, « la coupe est pleine ».",
        [("la coupe est pleine", "Sophie Bernard")],
    ),
    (
        "D’après Thomas Laurent, le dossier est « loin d’être bouclé ».",
        [("loin d’être bouclé", "Thomas Laurent")],
    ),
    (
        "« Nous allons porter plainte », a annoncé lundi à l’AFP l’avocat de la famille, "
        "Me Jean Tamalet.",
        [("Nous allons porter plainte", "Jean Tamalet")],
    ),
    (
        "Pour Marine Le Pen, ce budget est « un matraquage fiscal ».",
        [("un matraquage fiscal", "Marine Le Pen")],
    ),
    (
        "La présidente de la Commission européenne, Ursula von der Leyen, a salué un accord "
        "« historique ».",
        [("historique", "Ursula von der Leyen")],
    ),
    (
        "Interrogé par franceinfo, le ministre de l’Économie Bruno Le Maire a jugé la situation "
        "« préoccupante ».",
        [("préoccupante", "Bruno Le Maire")],
    ),
    (
        "« Il n’y a aucune raison de paniquer », a tempéré l’infectiologue Karine Lacombe.",
        [("Il n’y a aucune raison de paniquer", "Karine Lacombe")],
    ),
    (
        "« Vous devez le relaxer », plaide l’avocate de Paul R., Inès Duval.",
        [("Vous devez le relaxer", "Inès Duval")],
    ),
    (
        "« On ne lâchera rien », ont scandé les manifestants devant la préfecture.",
        [("On ne lâchera rien", "manifestants")],
    ),
    (
        "« Les services de l’État sont mobilisés », a assuré la préfecture du Var.\n\n"
        "La préfecture a ensuite estimé le bilan « provisoire ».",
        [
            ("Les services de l’État sont mobilisés", "préfecture du Var"),
            ("provisoire", "préfecture du Var"),
        ],
    ),
]

BODIES_AND_GROUPS = [
    # a compound infinitive after the cue: "a indiqué avoir interpellé « … »"
    (
        "La police a indiqué avoir interpellé « plusieurs individus » dans la nuit de "
        "samedi à dimanche.",
        [("plusieurs individus", "police")],
    ),
    (
        "La préfecture des Bouches-du-Rhône affirme avoir constaté « de nombreuses "
        "dégradations » sur le site.",
        [("de nombreuses dégradations", "préfecture des Bouches-du-Rhône")],
    ),
    (
        "Le député Éric Coquerel a interpellé le ministre : « Que comptez-vous faire pour "
        "les hôpitaux ? »",
        [("Que comptez-vous faire pour les hôpitaux ?", "Éric Coquerel")],
    ),
    (
        "« Nous avons interpellé trois suspects », selon un communiqué de la préfecture de police.",
        [("Nous avons interpellé trois suspects", "préfecture de police")],
    ),
    (
        "« Nous ne céderons pas », a déclaré Moscou dans un communiqué.",
        [("Nous ne céderons pas", "Moscou")],
    ),
    (
        "« Les essais se poursuivront », a affirmé l’agence officielle KCNA.",
        [("Les essais se poursuivront", "agence officielle KCNA")],
    ),
    (
        "La Maison-Blanche a salué un « pas dans la bonne direction ».",
        [("pas dans la bonne direction", "Maison-Blanche")],
    ),
    (
        "MM. Dupont et Martin ont dénoncé un « simulacre de concertation ».",
        [("simulacre de concertation", "MM. Dupont et Martin")],
    ),
    (
        "« Le patient est stable », a indiqué le Dr Karim Bensalem, chef du service.",
        [("Le patient est stable", "Karim Bensalem")],
    ),
    (
        "« Je reste mobilisée », a assuré la maire de Paris. « Les travaux seront terminés en "
        "juin », a ajouté l’élue socialiste.",
        [
            ("Je reste mobilisée", "maire de Paris"),
            ("Les travaux seront terminés en juin", "maire de Paris"),
        ],
    ),
    (
        "« Aucune victime n’est à déplorer », a-t-on appris de source policière.",
        [("Aucune victime n’est à déplorer", None)],
    ),
]

PARAGRAPHS = [
    (
        "Le chef de l’État a reçu les syndicats mardi.\n\n"
        "« Nous avons besoin de tous », a-t-il déclaré à l’issue de la rencontre.\n\n"
        "« Personne ne sera laissé de côté.\n\n"
        "» Le dialogue continuera dans les semaines à venir », a-t-il poursuivi.",
        [
            ("Nous avons besoin de tous", "chef de l’État"),
            (
                "Personne ne sera laissé de côté.\n\n» Le dialogue continuera dans les "
                "semaines à venir",
                "chef de l’État",
            ),
        ],
    ),
    (
        "Le président américain Joe Biden a estimé que la situation était « très grave ». "
        "Son homologue chinois, Xi Jinping, a pour sa part appelé à « la retenue ».",
        [("très grave", "Joe Biden"), ("la retenue", "Xi Jinping")],
    ),
    (
        "« On a eu très peur », confie Lucie, une habitante. Son voisin, Marc, raconte avoir "
        "vu « des flammes de dix mètres ».",
        [("On a eu très peur", "Lucie"), ("des flammes de dix mètres", "Marc")],
    ),
    (
        "« Ce qui s’est passé est inacceptable », a réagi la Fédération française de football "
        "(FFF) dans un communiqué. La FFF a annoncé une enquête, jugeant les faits « d’une "
        "extrême gravité ».",
        [
            ("Ce qui s’est passé est inacceptable", "Fédération française de football"),
            ("d’une extrême gravité", "Fédération française de football"),
        ],
    ),
]

QUEBEC_AND_ELSEWHERE = [
    (
        "« Ce projet est essentiel pour Montréal », a mentionné la mairesse Valérie Plante.",
        [("Ce projet est essentiel pour Montréal", "Valérie Plante")],
    ),
    (
        "« On ne reculera pas », fait valoir M. Legault.",
        [("On ne reculera pas", "Legault")],
    ),
    (
        "Le ministre des Finances, Eric Girard, était en commission.\n\n"
        "« Ce n’est pas ma priorité », a laissé tomber le ministre.",
        [("Ce n’est pas ma priorité", "Eric Girard")],
    ),
    (
        "Le maire de Lyon est formel. « Je n’ai jamais dit ça », a-t-il tenu à préciser.",
        [("Je n’ai jamais dit ça", "maire de Lyon")],
    ),
    (
        "« La vaccination reste recommandée », indique l’OFSP.",
        [("La vaccination reste recommandée", "OFSP")],
    ),
    (
        "« Rien ne justifie cette violence », a souligné la Première ministre Élisabeth Borne. "
        "Elle a appelé au « calme ».",
        [("Rien ne justifie cette violence", "Élisabeth Borne"), ("calme", "Élisabeth Borne")],
    ),
    (
        "« C’est un drame », a confié à Radio-Canada une voisine, qui a requis l’anonymat.",
        [("C’est un drame", "voisine")],
    ),
]

RELATIVES = [
    (
        "Le ministre de l’Économie Bruno Le Maire a estimé que la croissance resterait "
        "« solide », tout en jugeant la situation « fragile ».",
        [("solide", "Bruno Le Maire"), ("fragile", "Bruno Le Maire")],
    ),
    (
        "Le procureur a affirmé que l’imam Karim T. était poursuivi pour une vidéo appelant "
        "à « la revanche ».",
        [("la revanche", "Karim T.")],
    ),
    (
        "Emmanuel Macron a reçu les patrons, qui réclament un « choc de simplification ».",
        [("choc de simplification", "patrons")],
    ),
    (
        "« Je regrette », plaide le prévenu Karim T., qui jure avoir voulu « tout effacer ».",
        [("Je regrette", "Karim T."), ("tout effacer", "Karim T.")],
    ),
]

TITLES_OF_WORKS = [
    # a short quote that opens a paragraph as the subject of a verb is a name, not the
    # previous speaker going on
    (
        "« Nous ne céderons pas », a déclaré le ministre Gérald Darmanin.\n\n"
        "« Oppenheimer » domine toujours le box-office français.",
        [("Nous ne céderons pas", "Gérald Darmanin"), ("Oppenheimer", None)],
    ),
    (
        "« Le cinéma va mieux », a assuré la ministre de la Culture, Rachida Dati.\n\n"
        "« Barbie » et « Oppenheimer » ont attiré plus de dix millions de spectateurs.",
        [("Le cinéma va mieux", "Rachida Dati"), ("Barbie", None), ("Oppenheimer", None)],
    ),
    # the participle "dit" ("so-called") before a name; "X dit « … »" stays speech
    (
        "Le projet de loi dit « immigration » sera examiné au Sénat à partir de lundi.",
        [("immigration", None)],
    ),
    (
        "Les opposants au projet de loi dit « immigration » ont manifesté samedi à Paris.",
        [("immigration", None)],
    ),
    (
        "Le ministre de l’Intérieur Gérald Darmanin dit « comprendre » la colère des agriculteurs.",
        [("comprendre", "Gérald Darmanin")],
    ),
    (
        "« La guerre est là », écrit le reporter dans son livre « Chroniques du front ».",
        [("La guerre est là", "reporter"), ("Chroniques du front", None)],
    ),
    (
        "Le préfet a lancé l’opération « Place nette » dans le quartier.",
        [("Place nette", None)],
    ),
    # titles that are the subject of a verb that may report ("rapporter": to earn); the
    # noun after it is its object, not a speaker (no comma after the quote)
    (
        "« Barbie » et « Oppenheimer » ont rapporté 200 millions de dollars ce week-end.",
        [("Barbie", None), ("Oppenheimer", None)],
    ),
    ("« Barbie » a rapporté 200 millions de dollars.", [("Barbie", None)]),
]

#: An incise after a quote: a comma, or the quote's own end mark; a comma forgotten
#: still reads a person, a title or a body.
INCISE_MARKS = [
    ("« Partez tout de suite ! » a crié le policier.", [("Partez tout de suite !", "policier")]),
    (
        "« Nous ne partirons pas » a dit le ministre Jean Dupont.",
        [("Nous ne partirons pas", "Jean Dupont")],
    ),
    ("« Nous ne partirons pas » a indiqué la police.", [("Nous ne partirons pas", "police")]),
    (
        "« Nous ne partirons pas » ont scandé les manifestants.",
        [("Nous ne partirons pas", "manifestants")],
    ),
    (
        "« Il faudra des mois pour redresser la barre » a poursuivi cette source.",
        [("Il faudra des mois pour redresser la barre", "source")],
    ),
]

#: Vox pop: a given name alone, with an apposition, introduces the person a pronoun
#: then names.
VOX_POP = [
    (
        "Karim, 34 ans, attend son bus depuis une heure. « C’est tous les jours la même "
        "chose avec cette ligne », s’agace-t-il.",
        [("C’est tous les jours la même chose avec cette ligne", "Karim")],
    ),
    (
        "Sylvie, une retraitée, est venue en voisine. « On ne pouvait pas rester chez nous "
        "sans rien faire », explique-t-elle.",
        [("On ne pouvait pas rester chez nous sans rien faire", "Sylvie")],
    ),
    # a person's title between commas, bare or after a possessive
    (
        "Sophie, mère de deux enfants, est venue avec sa fille. « On attend toujours », "
        "lâche-t-elle.",
        [("On attend toujours", "Sophie")],
    ),
    (
        "Nadia, sa voisine, est venue aussi. « On est inquiets », confie-t-elle.",
        [("On est inquiets", "Nadia")],
    ),
    # a given name alone is not the full name that starts with it later (the préfet
    # Jacques Billant is not the witness Jacques); as a surname it is (« M. Martin »)
    (
        "« On n’a jamais vu ça », souffle Jacques, 72 ans, devant sa façade.\n\n"
        "Le préfet, Jacques Billant, a annoncé le plan Orsec. « La situation reste "
        "préoccupante », a-t-il prévenu.",
        [
            ("On n’a jamais vu ça", "Jacques"),
            ("La situation reste préoccupante", "Jacques Billant"),
        ],
    ),
    (
        "Le maire, Jean Martin, a reçu les sinistrés.\n\n« Nous reconstruirons », a promis "
        "M. Martin.",
        [("Nous reconstruirons", "Jean Martin")],
    ),
    # a town that is also a given name: its apposition tells no person
    (
        "Florence, capitale de la Toscane, attire les touristes. « Il faudra des mois pour "
        "redresser la barre », a poursuivi cette source.",
        [("Il faudra des mois pour redresser la barre", "source")],
    ),
    # a town that is also a given name, and a pronoun of the other gender: no speaker
    (
        "Florence, capitale de la Toscane, attire les touristes. « C’est une ville "
        "magnifique et très visitée », dit-il.",
        [("C’est une ville magnifique et très visitée", None)],
    ),
]

# the sentence after a quote that ends its own tells what its author did with it (« Pour
# avoir publié ce message, … »): its subject, the first noun phrase after a comma that a
# verb follows, wrote or said it
AUTHORED_AFTER = [
    (
        "« Vous combattrez les juifs. » Pour avoir publié ce message, le 12 octobre, sur sa "
        "page Facebook, suivie par 2 100 personnes, l'imam de la mosquée de Beaucaire (Gard), "
        "Yassin E., a été condamné jeudi.",
        [("Vous combattrez les juifs.", "Yassin E.")],
    ),
    (
        "Le militant Paul Durand était à la barre. « Mort aux flics. » Pour avoir tweeté ce "
        "message, il a été condamné à six mois avec sursis.",
        [("Mort aux flics.", "Paul Durand")],
    ),
    # no one's act: no speaker
    (
        "« Les élus sont des voleurs. » Pour avoir tenu ces propos en public, rien n'a été fait.",
        [("Les élus sont des voleurs.", None)],
    ),
]

#: A party between the title and the name qualifies the title (parties.tsv): it is not
#: part of the name, and it does not end the noun phrase before the name.
PARTIES = [
    (
        "« Nous ne lâcherons rien », a déclaré le député Renaissance Sacha Houlié.",
        [("Nous ne lâcherons rien", "Sacha Houlié")],
    ),
    (
        "« Ce budget est insincère », a tranché le député La France insoumise Éric Coquerel.",
        [("Ce budget est insincère", "Éric Coquerel")],
    ),
    (
        "« C'est un déni de démocratie », a dénoncé la sénatrice Les Républicains Sophie Primas.",
        [("C'est un déni de démocratie", "Sophie Primas")],
    ),
    (
        "« Le compte n'y est pas », a estimé le député PS de l'Essonne Jérôme Guedj.",
        [("Le compte n'y est pas", "Jérôme Guedj")],
    ),
    (
        "« Nous voterons contre », a annoncé le député (LFI) Éric Coquerel.",
        [("Nous voterons contre", "Éric Coquerel")],
    ),
    (
        "« Il faut un accord », a insisté le député MR Georges-Louis Bouchez.",
        [("Il faut un accord", "Georges-Louis Bouchez")],
    ),
    (
        "« C'est inacceptable », a réagi le député Québec solidaire Vincent Marissal.",
        [("C'est inacceptable", "Vincent Marissal")],
    ),
    (
        "« Le compte n'y est pas », a estimé la présidente du groupe Écologiste Cyrielle "
        "Chatelain.",
        [("Le compte n'y est pas", "Cyrielle Chatelain")],
    ),
    (
        "Le conseiller national UDC Jean-Luc Addor a dénoncé « une capitulation ».",
        [("une capitulation", "Jean-Luc Addor")],
    ),
    (
        "« Il faut une Europe qui protège », a dit le député européen Renaissance Bernard Guetta.",
        [("Il faut une Europe qui protège", "Bernard Guetta")],
    ),
    (
        "« Il faut une Europe qui protège », a dit l'eurodéputé Renaissance Bernard Guetta.",
        [("Il faut une Europe qui protège", "Bernard Guetta")],
    ),
    # a party alone is a body that speaks; with no name after the title, the title speaks
    (
        "« Nous ne voterons pas ce texte », a fait savoir Renaissance dans un communiqué.",
        [("Nous ne voterons pas ce texte", "Renaissance")],
    ),
    (
        "« Un 49.3 n'est jamais anodin », glisse un député Horizons.",
        [("Un 49.3 n'est jamais anodin", "député Horizons")],
    ),
    (
        "« Nous voterons contre », a annoncé le député (LFI) de Seine-Saint-Denis.",
        [("Nous voterons contre", "député")],
    ),
]


#: A nationality after its article (demonyms.tsv) qualifies the name after it, and alone
#: refers back to the last person named of its gender, as « l'intéressé » does.
NATIONALITIES = [
    (
        "Sacré champion du monde pour la troisième fois, le Néerlandais Max Verstappen "
        "jubilait. « C'est incroyable, vraiment », a-t-il déclaré.",
        [("C'est incroyable, vraiment", "Max Verstappen")],
    ),
    ("« On a gagné », a dit l'Argentin Lionel Messi.", [("On a gagné", "Lionel Messi")]),
    (
        "Le Français Victor Wembanyama a prévenu : « Je suis prêt. »",
        [("Je suis prêt.", "Victor Wembanyama")],
    ),
    # a nationality alone: the person introduced with it, as a noun or as the adjective of
    # a title; else no name (the person it stands for may be one not seen as a name)
    (
        "La Française Caroline Garcia a été battue par la Polonaise Iga Swiatek. « Elle a "
        "été plus forte », a reconnu la Française.",
        [("Elle a été plus forte", "Caroline Garcia")],
    ),
    (
        "La Française Caroline Garcia a été battue par la Polonaise Iga Swiatek. « Je suis "
        "sur un nuage », a savouré la Polonaise.",
        [("Je suis sur un nuage", "Iga Swiatek")],
    ),
    (
        "Le chancelier allemand Olaf Scholz a rencontré Emmanuel Macron. « Nous sommes "
        "unis », a déclaré l'Allemand.",
        [("Nous sommes unis", "Olaf Scholz")],
    ),
    (
        "Iga Swiatek a battu Caroline Garcia. « J'ai bien joué », a dit la Polonaise.",
        [("J'ai bien joué", "Polonaise")],
    ),
    (
        "Buteur à la 88e minute, le défenseur Kevin Danso n'en revenait pas. « Je ne marque "
        "jamais ! », a lâché l'Autrichien au micro de Canal+.",
        [("Je ne marque jamais !", "Autrichien")],
    ),
    # not a person's nationality: a country, a company, a type
    (
        "« Nous ne céderons pas », a fait savoir la Suisse par la voix de son ambassadeur.",
        [("Nous ne céderons pas", "Suisse")],
    ),
    (
        "« Nous sommes fiers », a déclaré la Française des jeux.",
        [("Nous sommes fiers", "Française des jeux")],
    ),
    (
        "« Je suis fier », a dit le Français moyen interrogé par l'Ifop.",
        [("Je suis fier", "Français moyen")],
    ),
]


#: Reporting verbs and cleft openings of press reviews and reactions.
PRESS_REVIEWS_AND_REACTIONS = [
    (
        "« Le naufrage », titre sobrement Libération, qui consacre huit pages à la crise.",
        [("Le naufrage", "Libération")],
    ),
    ("« C'est une honte », a tancé le ministre.", [("C'est une honte", "ministre")]),
    (
        "« Nous avons perdu une bataille. » C'est ainsi que la cheffe des Verts, Marine "
        "Tondelier, a commenté les résultats.",
        [("Nous avons perdu une bataille.", "Marine Tondelier")],
    ),
    (
        "Washington a de nouveau appelé Israël à « faire davantage ».",
        [("faire davantage", "Washington")],
    ),
    ("Le ministre a encore une fois dénoncé « une faute ».", [("une faute", "ministre")]),
    (
        "« Je n'ai rien fait », a déclaré l'accusée d'une voix à peine audible.",
        [("Je n'ai rien fait", "accusée")],
    ),
    (
        "« Je n'ai rien fait », a déclaré d'une voix à peine audible l'accusée.",
        [("Je n'ai rien fait", "accusée")],
    ),
    ("« Merci », a dit d'une voix émue Jean Dupont.", [("Merci", "Jean Dupont")]),
    (
        "« Les Misérables », titre du roman de Victor Hugo, a été adapté.",
        [("Les Misérables", None)],
    ),
    ("« Directeur », poste occupé par Jean Dupont depuis 2010.", [("Directeur", None)]),
    (
        "« La fin d'un monde », titre paru chez Gallimard, a été salué.",
        [("La fin d'un monde", None)],
    ),
    ("« C'est terminé », poste désormais la chanteuse.", [("C'est terminé", "chanteuse")]),
    ("Un nouvel entraîneur arrive. « Je suis prêt », a-t-il dit.", [("Je suis prêt", None)]),
    # « titre » as a noun; « voilà comment » with no quote before it: no speaker
    ("Le journal titre sur la crise. « Le naufrage » est un film.", [("Le naufrage", None)]),
    ("Voilà comment il faut faire : « Tout doucement ».", [("Tout doucement", None)]),
]


#: International, local and press-review subjects: a second apposition with a rank, long
#: and local titles, an editorialist; a later name goes only to the same title.
LATER_NAMES_AND_LONG_TITLES = [
    (
        "« Nous avons visé des infrastructures terroristes à Khan Younès », a affirmé le "
        "porte-parole de l'armée israélienne, le contre-amiral Daniel Hagari.",
        [("Nous avons visé des infrastructures terroristes à Khan Younès", "Daniel Hagari")],
    ),
    (
        "« Nous avons visé des infrastructures », a affirmé le porte-parole de l'armée "
        "israélienne.\n\n« Des dizaines de civils ont été tués », a déclaré le porte-parole "
        "de la défense civile de Gaza, Mahmoud Bassal.",
        [
            ("Nous avons visé des infrastructures", "porte-parole de l'armée israélienne"),
            ("Des dizaines de civils ont été tués", "Mahmoud Bassal"),
        ],
    ),
    (
        "« Nous avons visé des infrastructures », a affirmé le porte-parole de l'armée.\n\n"
        "Son porte-parole, Daniel Hagari, a ajouté : « Nous continuons. »",
        [
            ("Nous avons visé des infrastructures", "Daniel Hagari"),
            ("Nous continuons.", "Daniel Hagari"),
        ],
    ),
    (
        "« Menteuse ! », a crié un député insoumis depuis les bancs de l'opposition.\n\n"
        "Le député LR Philippe Juvin a pour sa part dénoncé « une honte ».",
        [("Menteuse !", "député insoumis"), ("une honte", "Philippe Juvin")],
    ),
    (
        "« Nous voulons que ce savoir-faire perdure », explique l'adjointe au commerce, "
        "Sophie Kerbrat.",
        [("Nous voulons que ce savoir-faire perdure", "Sophie Kerbrat")],
    ),
    # a title with « un »/« une » that opens its sentence is a person a pronoun may stand for
    (
        "La victime, un homme de 34 ans, est décédée sur place.\n\nUne voisine, qui habite "
        "juste au-dessus du bar, a tout entendu. « J'ai cru que c'étaient des pétards », "
        "raconte-t-elle.",
        [("J'ai cru que c'étaient des pétards", "voisine")],
    ),
    (
        "La ministre Rachida Dati était là. Une militante l'a interpellée. « Honte à vous », "
        "a-t-elle crié.",
        [("Honte à vous", "militante")],
    ),
    (
        "« Il faut agir », a déclaré le haut représentant de l'UE, Josep Borrell.",
        [("Il faut agir", "Josep Borrell")],
    ),
    (
        "Pour l'éditorialiste du quotidien, Paul Quinio, « le président a perdu la main ».",
        [("le président a perdu la main", "Paul Quinio")],
    ),
]


#: Trials, press conferences and reactions: who a pronoun stands for when several people
#: speak, « ce dernier » of the right gender, who answers a question, and names with an
#: initial or a Dutch particle.
SEVERAL_SPEAKERS = [
    # a participle or adjective that opens the sentence: the subject after it is salient
    (
        "« Il faut vingt ans », a dit le procureur Pierre Lacombe.\n\nVisiblement ému, Karim "
        "Benali a secoué la tête. « Je n'ai jamais voulu sa mort », a-t-il dit.",
        [("Il faut vingt ans", "Pierre Lacombe"), ("Je n'ai jamais voulu sa mort", "Karim Benali")],
    ),
    (
        "« Il faut vingt ans », a dit le procureur Pierre Lacombe.\n\nAssis dans le box, Karim "
        "Benali a baissé les yeux. « Je regrette », a-t-il murmuré.",
        [("Il faut vingt ans", "Pierre Lacombe"), ("Je regrette", "Karim Benali")],
    ),
    (
        "« C'est une provocation », a déclaré Sophie Binet.\n\nInterrogée sur ces propos, la "
        "ministre Astrid Panosyan-Bouvet s'est montrée conciliante. D'après elle, le dialogue "
        "« n'est pas rompu ».",
        [("C'est une provocation", "Sophie Binet"), ("n'est pas rompu", "Astrid Panosyan-Bouvet")],
    ),
    (
        "« Il faut vingt ans », a dit le procureur Pierre Lacombe.\n\nMarie, une retraitée, "
        "attend son bus. « C'est long », soupire-t-elle.",
        [("Il faut vingt ans", "Pierre Lacombe"), ("C'est long", "Marie")],
    ),
    # « ce dernier », « cette dernière »: the last person of that gender
    (
        "La ministre Claire Lenoir a reçu Paul Durand. « Le dialogue est rompu », a déclaré ce "
        "dernier.",
        [("Le dialogue est rompu", "Paul Durand")],
    ),
    (
        "Le ministre Paul Durand a reçu Claire Lenoir. « Rien n'est réglé », a déclaré cette "
        "dernière.",
        [("Rien n'est réglé", "Claire Lenoir")],
    ),
    (
        "La présidente Isabelle Moreau a donné la parole à Karim Benali. « Je regrette », a dit "
        "ce dernier.",
        [("Je regrette", "Karim Benali")],
    ),
    # who answers is not who asked
    (
        "Le président Michel Durand a interrogé l'accusé, Karim Benali. « Reconnaissez-vous les "
        "faits ? », a-t-il demandé.\n\n« Non, je n'étais pas là », a-t-il répondu.",
        [
            ("Reconnaissez-vous les faits ?", "Michel Durand"),
            ("Non, je n'étais pas là", "Karim Benali"),
        ],
    ),
    (
        "Le ministre Jean Dupont était interrogé par les députés. « Nous tiendrons nos "
        "engagements », a-t-il répondu.",
        [("Nous tiendrons nos engagements", "Jean Dupont")],
    ),
    # a question one asks oneself is answered by oneself
    (
        "Paul Martin était absent. « Pourquoi partir ? », s'interroge Jean Dupont. « Parce "
        "qu'il faut avancer », répond-il.",
        [("Pourquoi partir ?", "Jean Dupont"), ("Parce qu'il faut avancer", "Jean Dupont")],
    ),
    (
        "Jean Dupont a évoqué Paul Martin. « Qui peut croire cela ? », a lancé Jean Dupont. "
        "« Personne », a-t-il répondu.",
        [("Qui peut croire cela ?", "Jean Dupont"), ("Personne", "Jean Dupont")],
    ),
    # a later subject after an opening adjective is the one a pronoun stands for
    (
        "Jean Dupont a croisé Marc Lévy. Furieux, Marc Lévy a quitté la salle. « C'est "
        "inadmissible », a-t-il lancé.",
        [("C'est inadmissible", "Marc Lévy")],
    ),
    # a new person, never named, is the one a pronoun stands for
    (
        "« Il faut vingt ans », a dit le procureur Pierre Lacombe.\n\nUn ancien employé de "
        "l'entrepôt s'est présenté à la barre. « Ils se disputaient », a-t-il raconté.",
        [
            ("Il faut vingt ans", "Pierre Lacombe"),
            ("Ils se disputaient", "ancien employé de l'entrepôt"),
        ],
    ),
    (
        "Contacté mardi, un conseiller du ministre juge la réforme « mal ficelée ». « Tout le "
        "monde le sait », a ajouté cette source.",
        [("mal ficelée", "conseiller du ministre"), ("Tout le monde le sait", "source")],
    ),
    # titles and verbs of trials, Belgian town halls and social networks
    (
        "L'accusé, Karim Benali, s'est levé. « Je regrette », a déclaré l'accusé.",
        [("Je regrette", "Karim Benali")],
    ),
    (
        "Le bourgmestre d'Anderlecht, Fabrice Cumps, a pris la parole. « Nous serons "
        "vigilants », a assuré le mayeur.",
        [("Nous serons vigilants", "Fabrice Cumps")],
    ),
    (
        "« Paris doit rester une fête », a déclaré la maire Anne Hidalgo.\n\n« Encore un feu "
        "d'artifice payé par les Parisiens », a posté sur X Rachida Dati.",
        [
            ("Paris doit rester une fête", "Anne Hidalgo"),
            ("Encore un feu d'artifice payé par les Parisiens", "Rachida Dati"),
        ],
    ),
    # a press officer's title, a group of names, a crowd's verb in the imperfect
    (
        "« Nous ne ferons aucun commentaire », a indiqué son attaché de presse, "
        "Louis-Philippe Desjardins.",
        [("Nous ne ferons aucun commentaire", "Louis-Philippe Desjardins")],
    ),
    (
        "Marie Dupont, Luc Bernard et Paul Henry ont signé la tribune. « Il est temps "
        "d'agir », écrivent-ils.",
        [("Il est temps d'agir", "Marie Dupont, Luc Bernard et Paul Henry")],
    ),
    (
        "Les travailleurs attendaient leurs délégués. « On ne lâchera rien ! », ont-ils crié.",
        [("On ne lâchera rien !", "travailleurs")],
    ),
    (
        "Pour reprendre les mots de Jacques Chirac, « notre maison brûle ».",
        [("notre maison brûle", "Jacques Chirac")],
    ),
    # a source marker before a subject that is a thing: the source speaks
    (
        "Selon le juge, les faits relèvent d'une « cruauté rare ».",
        [("cruauté rare", "juge")],
    ),
    (
        "Selon les termes du juge, les faits relèvent d'une « cruauté rare ».",
        [("cruauté rare", "juge")],
    ),
    (
        "Selon la police, les manifestants ont dénoncé « une répression ».",
        [("une répression", "manifestants")],
    ),
    # names with an initial in the middle or a Dutch particle
    ("« Mission accomplie », a déclaré George W. Bush.", [("Mission accomplie", "George W. Bush")]),
    (
        "« Il faut sortir du nucléaire », a dit la ministre Tinne Van der Straeten.",
        [("Il faut sortir du nucléaire", "Tinne Van der Straeten")],
    ),
    (
        "Le directeur, Roland A. Müller, estime que « la situation est grave ».",
        [("la situation est grave", "Roland A. Müller")],
    ),
    (
        "« Je regrette », a dit Kevin L. Mardi, il sera fixé sur son sort.",
        [("Je regrette", "Kevin L.")],
    ),
]


SPORTS_CULTURE_AND_SCIENCE = [
    # roles of sports, culture and science copy are titles: they name the person after
    # them and register a subject for the pronoun of the next quote
    (
        "« Il faut y croire », a déclaré l'entraîneur Martin St-Louis. Le gardien Samuel "
        "Montembeault refusait de baisser les bras. « Il reste beaucoup de matchs », "
        "a-t-il assuré.",
        [
            ("Il faut y croire", "Martin St-Louis"),
            ("Il reste beaucoup de matchs", "Samuel Montembeault"),
        ],
    ),
    (
        "La glaciologue Heïdi Sevestre a participé à l'expédition. « Les glaciers des Alpes "
        "reculent », explique-t-elle.",
        [("Les glaciers des Alpes reculent", "Heïdi Sevestre")],
    ),
    (
        "« On a manqué de lucidité », a reconnu de son côté le demi d'ouverture irlandais "
        "Jack Crowley.",
        [("On a manqué de lucidité", "Jack Crowley")],
    ),
    (
        "« Il a été énorme », a salué le milieu de terrain anglais Jude Bellingham.",
        [("Il a été énorme", "Jude Bellingham")],
    ),
    (
        "« C'est une pièce sur la mémoire », confie le metteur en scène Thomas Jolly.",
        [("C'est une pièce sur la mémoire", "Thomas Jolly")],
    ),
    (
        "« Le théâtre est un sport de combat », a lancé la metteuse en scène Ariane Mnouchkine.",
        [("Le théâtre est un sport de combat", "Ariane Mnouchkine")],
    ),
    (
        "Le metteur en scène Ivo van Hove, lui, parle d'une « rencontre évidente ».",
        [("rencontre évidente", "Ivo van Hove")],
    ),
    (
        "« La collection est prête », a dit Dries van Noten.",
        [("La collection est prête", "Dries van Noten")],
    ),
    # the nouns a title may be referred back by, accents and apostrophes included
    (
        "Le président sénégalais Bassirou Diomaye Faye a reçu les syndicats mardi. « Le "
        "dialogue est ouvert », a déclaré le chef de l'État.",
        [("Le dialogue est ouvert", "Bassirou Diomaye Faye")],
    ),
    (
        "Le réalisateur Jacques Audiard présente son nouveau film à Cannes. « Je n'ai jamais "
        "cherché à plaire », confie le cinéaste.",
        [("Je n'ai jamais cherché à plaire", "Jacques Audiard")],
    ),
    # a name the table of given names holds now
    (
        "Aminata Touré a pris la parole devant les militants. « Je ne comprends pas ce "
        "choix », a-t-elle déclaré.",
        [("Je ne comprends pas ce choix", "Aminata Touré")],
    ),
    # the complement of a title's apposition after « pour X »
    (
        "Pour le Pr Karine Lacombe, infectiologue à l'hôpital Saint-Antoine, « il n'y a pas "
        "lieu de s'alarmer ».",
        [("il n'y a pas lieu de s'alarmer", "Karine Lacombe")],
    ),
    (
        "Pour Karine Lacombe, chercheuse à l'Inserm, « la vague est passée ».",
        [("la vague est passée", "Karine Lacombe")],
    ),
    # a title subject after a fronted adverbial registers its person
    (
        "Au dernier jour du procès, l'avocate générale a requis trente ans de réclusion. "
        "« Il n'a jamais exprimé le moindre regret », a-t-elle souligné.",
        [("Il n'a jamais exprimé le moindre regret", "avocate générale")],
    ),
    (
        "Mardi, la procureure a requis dix ans. « Les faits sont d'une extrême gravité », "
        "a-t-elle insisté.",
        [("Les faits sont d'une extrême gravité", "procureure")],
    ),
    # a name in the complement of a plural title is no person: the group speaks
    (
        "Les salariés de l'usine Michelin de Cholet ont débrayé mardi. « On nous a menti "
        "depuis le début », dénoncent-ils.",
        [("On nous a menti depuis le début", "salariés de l'usine Michelin de Cholet")],
    ),
    (
        "Les employés de l'hôpital Necker ont manifesté. « Nous sommes à bout », expliquent-ils.",
        [("Nous sommes à bout", "employés de l'hôpital Necker")],
    ),
    # incise verbs of economy and sports copy
    (
        "« La BCE devrait maintenir ses taux en l'état jusqu'à l'été », anticipe Bruno "
        "Cavalier, chef économiste chez Oddo BHF.",
        [("La BCE devrait maintenir ses taux en l'état jusqu'à l'été", "Bruno Cavalier")],
    ),
    ("« Ce n'est pas moi », nie l'accusé Marc Petit.", [("Ce n'est pas moi", "Marc Petit")]),
    (
        "« On sera champions », parie le capitaine Antoine Dupont.",
        [("On sera champions", "Antoine Dupont")],
    ),
    # « chiffre » before a participle is the noun of an apposition, no incise verb
    (
        "Le syndicat revendique « 30 000 manifestants », chiffre contesté par la police.",
        [("30 000 manifestants", "syndicat")],
    ),
    # a capitalized quote after « dans », « tourné », « chanté »: a work's title
    (
        "« Ce rôle m'a réconciliée avec le théâtre », confie l'actrice Isabelle Huppert, qui "
        "remonte sur les planches dans « La Ménagerie de verre » de Tennessee Williams.",
        [
            ("Ce rôle m'a réconciliée avec le théâtre", "Isabelle Huppert"),
            ("La Ménagerie de verre", None),
        ],
    ),
    (
        "Le réalisateur Jacques Audiard a expliqué qu'il avait tourné « Un prophète » en prison.",
        [("Un prophète", None)],
    ),
    ("La chanteuse a chanté « La Marseillaise » au stade.", [("La Marseillaise", None)]),
    # near misses: a lower-case quote after « dans » is still said
    (
        "Il a dit vivre dans « la peur », a confié le maire Jean Roux.",
        [("la peur", "Jean Roux")],
    ),
    # near misses of the session's titles, names and fronted subjects: a brand or a team
    # after a role is no person (no « pilote », « navigateur », « champion » titles); a
    # place named after a person; an office that another body's title does not hold; a
    # title subject after a fronted adverbial is a last resort, not a more salient subject
    (
        "Charles Leclerc a signé la pole. Le pilote Ferrari a devancé Lando Norris. « La "
        "voiture était parfaite », s'est-il réjoui.",
        [("La voiture était parfaite", "Charles Leclerc")],
    ),
    (
        "Le PDG de Google, Sundar Pichai, a présenté Gemini. Le navigateur Chrome intégrera "
        "l'assistant. « C'est une étape majeure », a-t-il affirmé.",
        [("C'est une étape majeure", "Sundar Pichai")],
    ),
    (
        "Le président Assimi Goïta a inauguré le stade Modibo Keïta. « C'est un jour de "
        "fierté », a-t-il lancé.",
        [("C'est un jour de fierté", "Assimi Goïta")],
    ),
    (
        "Le recteur Moussa Ndiaye dirige l'université Cheikh Anta Diop. « Nos étudiants "
        "méritent mieux », estime-t-il.",
        [("Nos étudiants méritent mieux", "Moussa Ndiaye")],
    ),
    (
        "Le président de la République Emmanuel Macron a reçu le président du Sénat Gérard "
        "Larcher. « Le dialogue est ouvert », a déclaré le chef de l'État.",
        [("Le dialogue est ouvert", "Emmanuel Macron")],
    ),
    (
        "Le président du club Jean-Michel Aulas a quitté la tribune. « C'est un scandale », "
        "a déclaré le chef de l'État.",
        [("C'est un scandale", "chef de l'État")],
    ),
    (
        "Le ministre de l'Intérieur Gérald Darmanin a parlé. « Non », a dit le chef de la "
        "diplomatie.",
        [("Non", "chef de la diplomatie")],
    ),
    (
        "Emmanuel Macron s'est exprimé à l'issue du sommet. Jeudi, le président chinois avait "
        "annulé sa venue. « La France reste ouverte au dialogue », a-t-il assuré.",
        [("La France reste ouverte au dialogue", "Emmanuel Macron")],
    ),
    (
        "« Il faut du calme », a dit Amélie Oudéa-Castéra. En fin de match, l'arbitre a exclu "
        "deux joueurs. « C'était injuste », a-t-elle réagi.",
        [("Il faut du calme", "Amélie Oudéa-Castéra"), ("C'était injuste", "Amélie Oudéa-Castéra")],
    ),
    (
        "Pour la sociologue Dominique Méda, professeure à l'université Paris-Dauphine et "
        "spécialiste du travail, « le télétravail est là pour durer ».",
        [("le télétravail est là pour durer", "Dominique Méda")],
    ),
    # second near-miss probe: a country's or a ministry's complement keeps the office; a
    # fronted subject in the passive speaks for no one; a name after a place noun and
    # before a verb is the subject (the comma left out)
    (
        "Le Premier ministre du Canada Mark Carney a parlé. « Non », a dit le chef du "
        "gouvernement.",
        [("Non", "Mark Carney")],
    ),
    (
        "Le ministre russe des Affaires étrangères Sergueï Lavrov a parlé. « Non », a dit le "
        "chef de la diplomatie russe.",
        [("Non", "Sergueï Lavrov")],
    ),
    (
        "Le président du Kenya William Ruto a parlé. « Non », a déclaré le chef de l'État.",
        [("Non", "William Ruto")],
    ),
    (
        "Le président de la FFF Philippe Diallo a parlé. « Non », a déclaré le chef de l'État.",
        [("Non", "chef de l'État")],
    ),
    (
        "Gérard Larcher, président du Sénat, a reçu les maires de France. « Le dialogue est "
        "ouvert », a déclaré le chef de l'État.",
        [("Le dialogue est ouvert", "chef de l'État")],
    ),
    (
        "Emmanuel Macron, président de la République, a reçu les maires. « Le dialogue est "
        "ouvert », a déclaré le chef de l'État.",
        [("Le dialogue est ouvert", "Emmanuel Macron")],
    ),
    (
        "Mardi, le policier mis en cause a été suspendu. « Cette sanction est conservatoire », "
        "a-t-il précisé.",
        [("Cette sanction est conservatoire", None)],
    ),
    (
        "Au lycée Marie Blanc s'est découvert une passion pour le théâtre. « Tout a commencé "
        "là », se souvient-elle.",
        [("Tout a commencé là", "Marie Blanc")],
    ),
    # a run of capitalized words whose first is no given name: the person's name starts at
    # the given name inside it (« prix Nobel », a team, a palace before it)
    (
        "Le prix Nobel Denis Mukwege a dénoncé les violences. « C'est insupportable », a-t-il dit.",
        [("C'est insupportable", "Denis Mukwege")],
    ),
    (
        "« Nous irons jusqu'au bout », a lancé devant le palais Bourbon Jean-Luc Mélenchon.",
        [("Nous irons jusqu'au bout", "Jean-Luc Mélenchon")],
    ),
    (
        "Le manager Red Bull Christian Horner a été limogé. « Je pars la tête haute », "
        "a-t-il déclaré.",
        [("Je pars la tête haute", "Christian Horner")],
    ),
    ("« Oui », a dit Martin Luther King.", [("Oui", "Martin Luther King")]),
    # near misses: a list of names after a plural title, « pour » without an apposition
    (
        "« Non », ont déclaré les avocats de la famille, Paul Roux et Marie Blanc.",
        [("Non", "avocats de la famille")],
    ),
    (
        "Pour le maire, face à la crise, « il n'y a pas lieu de s'alarmer ».",
        [("il n'y a pas lieu de s'alarmer", "maire")],
    ),
]

#: Witnesses, close sources, social media and diplomacy (the twenty-seventh session's probe)
WITNESSES_AND_SOURCES = [
    # one of a group: the group's noun; the person named in apposition before the verb
    ("« Il y pense », confie un de ses proches.", [("Il y pense", "proches")]),
    (
        "« Il se concentre sur sa région », assure un de ses collaborateurs.",
        [("Il se concentre sur sa région", "collaborateurs")],
    ),
    (
        "« Nous avons eu peur », raconte une des habitantes de l'immeuble.",
        [("Nous avons eu peur", "habitantes de l'immeuble")],
    ),
    (
        "L'un des avocats de la famille, Me Jean Tamalet, a dénoncé « une enquête bâclée ».",
        [("une enquête bâclée", "Jean Tamalet")],
    ),
    ("« Un de ces jours », a dit le maire.", [("Un de ces jours", "maire")]),
    # a title of two words, capitalized, then the title alone in lower case
    (
        "Le Premier ministre Gabriel Attal est arrivé. « Nous tiendrons », a déclaré le "
        "premier ministre.",
        [("Nous tiendrons", "Gabriel Attal")],
    ),
    # « au contraire », « en revanche » between the auxiliary and the participle
    (
        "L'eurodéputée Anne Sander (PPE) a au contraire dénoncé « un texte inutile ».",
        [("un texte inutile", "Anne Sander")],
    ),
    (
        "« C'est une manœuvre », a en revanche estimé le ministre.",
        [("C'est une manœuvre", "ministre")],
    ),
    # social media and « faire état de »
    (
        "La chanteuse Aya Nakamura a répondu dimanche. « Je chanterai pour la France », "
        "a-t-elle publié dans une story.",
        [("Je chanterai pour la France", "Aya Nakamura")],
    ),
    ("M. Blinken a pour sa part fait état de « progrès ».", [("progrès", "Blinken")]),
    # « Quelques » opening a sentence is no name
    (
        "Quelques minutes plus tard, le ministre a réagi : « Allez, on y va ! »",
        [("Allez, on y va !", "ministre")],
    ),
    # a body's name after its noun is no person's: the name in apposition is
    (
        "Le directeur de l'association Restos du cœur, Paul Dubois, est venu. « Nous "
        "tiendrons », a expliqué le directeur.",
        [("Nous tiendrons", "Paul Dubois")],
    ),
    # a given name after the noun of a body is a person's (no comma needed)
    (
        "« Les adhérents sont inquiets », explique le président du syndicat Jean-Marc Dupuis.",
        [("Les adhérents sont inquiets", "Jean-Marc Dupuis")],
    ),
    (
        "« Nous manquons de bras », confie la directrice de l'ONG Sophie Martin.",
        [("Nous manquons de bras", "Sophie Martin")],
    ),
    # a newspaper's name in guillemets is no quote of the speaker
    (
        "Le ministre a confié au « Monde » qu'il ne se représenterait pas.",
        [("Monde", None)],
    ),
    (
        "Le ministre a expliqué à « Libération » qu'il partirait.",
        [("Libération", None)],
    ),
    (
        "Le ministre a déclaré : « Le Monde change. »",
        [("Le Monde change.", "ministre")],
    ),
    # an interviewer's question between two answers: the answer's speaker goes on
    (
        "« Le logement », répond la ministre Claire Martin.\n\nEt ensuite ?\n\n« L'école, "
        "bien sûr. Nous allons recruter. »",
        [
            ("Le logement", "Claire Martin"),
            ("L'école, bien sûr. Nous allons recruter.", "Claire Martin"),
        ],
    ),
    (
        "« Le logement », répond la ministre Claire Martin.\n\nEt ensuite ?\n\nLe film "
        "« Oppenheimer » domine le box-office.",
        [("Le logement", "Claire Martin"), ("Oppenheimer", None)],
    ),
    # the source that opens a sentence (« Selon X, … ») is who a later pronoun stands for
    (
        "Selon Jean Dupont, la vente pourrait être conclue avant l'été. « Les repreneurs "
        "sont sérieux », assure-t-il.",
        [("Les repreneurs sont sérieux", "Jean Dupont")],
    ),
    (
        "D'après le ministre, la vente pourrait être conclue. « Les repreneurs sont "
        "sérieux », assure-t-il.",
        [("Les repreneurs sont sérieux", "ministre")],
    ),
    (
        "Selon Marie Blanc, le maire a menti. « Il savait tout », assure-t-il.",
        [("Il savait tout", "maire")],
    ),
    # particles of names: « ten », « des », « de la »
    (
        "« La saison sera dure », a prévenu l'entraîneur de Manchester United, Erik ten Hag.",
        [("La saison sera dure", "Erik ten Hag")],
    ),
    ("« Nous y croyons », souligne Anne de la Tour.", [("Nous y croyons", "Anne de la Tour")]),
    ("« Non », a dit Paul de la ville.", [("Non", "Paul")]),
    # a title repeated or a noun the titles table lists for it
    (
        "Le grand rabbin de France, Haïm Korsia, était présent. « C'est un jour de deuil », "
        "a dit le grand rabbin.",
        [("C'est un jour de deuil", "Haïm Korsia")],
    ),
    (
        "L'archevêque de Paris, Mgr Laurent Ulrich, a célébré la messe. « Priez pour la "
        "paix », a lancé le prélat.",
        [("Priez pour la paix", "Laurent Ulrich")],
    ),
    (
        "Marie Lefèvre, viticultrice à Saint-Émilion, reste prudente. « La récolte sera "
        "maigre », assure la viticultrice.",
        [("La récolte sera maigre", "Marie Lefèvre")],
    ),
    # a copula ends the subject's noun phrase; after an article it is a noun
    ("Le maire reste prudent. « Rien n'est décidé », dit-il.", [("Rien n'est décidé", "maire")]),
    ("Le reste des élus a dénoncé « une honte ».", [("une honte", "reste des élus")]),
    # a given name alone after the full name that opens with it, without an apposition
    (
        "Thomas Ramos a marqué. « Une leçon qu'on va retenir », a renchéri Thomas.",
        [("Une leçon qu'on va retenir", "Thomas Ramos")],
    ),
    (
        "Jacques Chirac est venu. « C'est triste », souffle Jacques, 72 ans.",
        [("C'est triste", "Jacques")],
    ),
    # not when two full names open with it, nor before a description
    (
        "Thomas Ramos et Thomas Salles ont été titulaires. « On a su rester solides », a "
        "confié Thomas.",
        [("On a su rester solides", "Thomas")],
    ),
    (
        "Paul Biya a reçu Paul Kagame. « Nos deux pays sont frères », a déclaré Paul.",
        [("Nos deux pays sont frères", "Paul")],
    ),
    (
        "Jacques Chirac est venu. « Il aimait la ville », raconte Jacques (72 ans), venu en "
        "voisin.",
        [("Il aimait la ville", "Jacques")],
    ),
    (
        "Georges Pompidou fut président. « Il aimait la poésie », raconte Georges son petit-fils.",
        [("Il aimait la poésie", "Georges")],
    ),
    # « de la » after a full name is a body's complement
    ("« Non », a déclaré Luc Bernard de la Croix-Rouge.", [("Non", "Luc Bernard")]),
    ("Léa des Bleues a dit : « Non. »", [("Non.", "Léa")]),
    # a copula before a colon ends the subject
    ("Le maire reste prudent : « Rien n'est décidé. »", [("Rien n'est décidé.", "maire")]),
]


CASES = [
    pytest.param(t, e, id=f"{group}-{i}")
    for group, rows in (
        ("incise-after", INCISE_AFTER),
        ("incise-inside", INCISE_INSIDE),
        ("preposed", PREPOSED),
        ("according-to", ACCORDING_TO),
        ("colon", COLON),
        ("resolution", RESOLUTION),
        ("propagation", PROPAGATION),
        ("cleft-after", CLEFT_AFTER),
        ("authored-after", AUTHORED_AFTER),
        ("no-speaker", NO_SPEAKER),
        ("names", NAMES),
        ("bodies-and-groups", BODIES_AND_GROUPS),
        ("paragraphs", PARAGRAPHS),
        ("relatives", RELATIVES),
        ("quebec-and-elsewhere", QUEBEC_AND_ELSEWHERE),
        ("titles-of-works", TITLES_OF_WORKS),
        ("incise-marks", INCISE_MARKS),
        ("vox-pop", VOX_POP),
        ("parties", PARTIES),
        ("nationalities", NATIONALITIES),
        ("press-reviews-and-reactions", PRESS_REVIEWS_AND_REACTIONS),
        ("later-names-and-long-titles", LATER_NAMES_AND_LONG_TITLES),
        ("several-speakers", SEVERAL_SPEAKERS),
        ("sports-culture-and-science", SPORTS_CULTURE_AND_SCIENCE),
        ("witnesses-and-sources", WITNESSES_AND_SOURCES),
    )
    for i, (t, e) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attribution(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Il faut bien que quelqu'un s'y colle », a dit un jour Jacques Chirac.",
            "Jacques Chirac",
        ),
        ("« Je ne regrette rien », a répété à plusieurs reprises l'accusé.", "accusé"),
        ("« Rien n'a changé », a dit une nouvelle fois le maire.", "maire"),
    ],
)
def test_a_time_phrase_between_the_verb_and_the_subject_is_not_the_speaker(text, speaker):
    (q,) = find_quotes(text)
    assert q.speaker is not None
    assert q.speaker.text == speaker
