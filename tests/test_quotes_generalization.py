"""Speaker attribution beyond the patterns of the first articles: organisations, names that
follow a complement, anaphora across paragraphs, groups, quotes nobody is said to say.

Each row is a real-looking news passage written for this table and the speakers a careful
annotator gives its quotes, in order, following the conventions of the evaluation data: the
fullest name the passage gives the speaker (a body without its article: ``préfecture du
Var``, ``Météo-France``), or, for a speaker it never names, the mention without its
determiner (``manifestants``, ``Plusieurs élus``); None when nothing attributes the quote.
"""

from __future__ import annotations

import pytest

from frnews import find_quotes


def speakers(text: str) -> list[tuple[str, str | None]]:
    out = []
    for q in find_quotes(text):
        sp = q.speaker
        out.append((q.text, None if sp is None else (sp.name or sp.text)))
    return out


ORGANISATIONS = [
    (
        "Le syndicat a dénoncé un dispositif « disproportionné ».",
        [("disproportionné", "syndicat")],
    ),
    (
        "La CGT a dénoncé une réforme « injuste et brutale ».",
        [("injuste et brutale", "CGT")],
    ),
    (
        "Les associations ont dénoncé un texte « liberticide ».",
        [("liberticide", "associations")],
    ),
    (
        "Les syndicats ont immédiatement dénoncé un projet « brutal ».",
        [("brutal", "syndicats")],
    ),
    (
        "Les associations, dont la Ligue des droits de l'homme (LDH), dénonçaient depuis des "
        "mois un fichage « disproportionné ».",
        [("disproportionné", "associations")],
    ),
    (
        "« Le risque de pénurie est réel », a averti l'Unédic dans une note publiée jeudi.",
        [("Le risque de pénurie est réel", "Unédic")],
    ),
    (
        "L'OMS a appelé les États à « ne pas baisser la garde » face au virus.",
        [("ne pas baisser la garde", "OMS")],
    ),
    (
        "Météo-France a averti que les cumuls de pluie seraient « remarquables » sur les Cévennes.",
        [("remarquables", "Météo-France")],
    ),
    (
        "« Aucun train ne circulera entre Paris et Lyon », a annoncé la SNCF mardi soir.",
        [("Aucun train ne circulera entre Paris et Lyon", "SNCF")],
    ),
    (
        "« Une enquête a été ouverte pour homicide involontaire », a-t-on appris auprès du "
        "parquet.",
        [("Une enquête a été ouverte pour homicide involontaire", "parquet")],
    ),
    (
        "« Deux personnes ont été interpellées », a-t-on appris jeudi auprès de la préfecture "
        "de l'Isère.",
        [("Deux personnes ont été interpellées", "préfecture de l'Isère")],
    ),
    (
        "Le parquet de Bobigny a indiqué que l'enquête était « toujours en cours ».",
        [("toujours en cours", "parquet de Bobigny")],
    ),
    (
        "Selon la préfecture des Bouches-du-Rhône, la situation est « sous contrôle ».",
        [("sous contrôle", "préfecture des Bouches-du-Rhône")],
    ),
    (
        "D'après le ministère de l'Intérieur, les interpellations ont été « nombreuses ».",
        [("nombreuses", "ministère de l'Intérieur")],
    ),
    (
        "« Nous condamnons ces violences », a déclaré le ministère des Affaires étrangères "
        "dans un communiqué.",
        [("Nous condamnons ces violences", "ministère des Affaires étrangères")],
    ),
    (
        "La fédération a jugé ces propos « inacceptables ».",
        [("inacceptables", "fédération")],
    ),
    (
        "« La vigilance reste de mise », a indiqué la gendarmerie de la Haute-Savoie.",
        [("La vigilance reste de mise", "gendarmerie de la Haute-Savoie")],
    ),
    (
        "« Ces mesures arrivent bien trop tard », regrette la Confédération paysanne.",
        [("Ces mesures arrivent bien trop tard", "Confédération paysanne")],
    ),
    (
        "« Les prix vont continuer à augmenter », prévient l'Insee dans sa note de conjoncture.",
        [("Les prix vont continuer à augmenter", "Insee")],
    ),
    (
        "« Les conditions ne sont pas réunies », a tranché le tribunal administratif de Paris.",
        [("Les conditions ne sont pas réunies", "tribunal administratif de Paris")],
    ),
    (
        "Dans un communiqué, la CFDT a estimé que le compromis était « acceptable ».",
        [("acceptable", "CFDT")],
    ),
    (
        "Greenpeace a dénoncé un projet « climaticide ».",
        [("climaticide", "Greenpeace")],
    ),
    (
        "Aux yeux de l'opposition, ce budget est « insincère ».",
        [("insincère", "opposition")],
    ),
    (
        "L'ONG a qualifié ces arrestations d'« arbitraires ».",
        [("arbitraires", "ONG")],
    ),
    (
        "« Le niveau de menace reste élevé », a indiqué jeudi la police fédérale belge.",
        [("Le niveau de menace reste élevé", "police fédérale belge")],
    ),
    (
        "L'Organisation mondiale de la santé (OMS) a appelé à la « vigilance ». Selon "
        "l'organisation, le virus circule « activement » en Europe.",
        [
            ("vigilance", "Organisation mondiale de la santé"),
            ("activement", "Organisation mondiale de la santé"),
        ],
    ),
    (
        "Le collectif a réclamé des moyens « à la hauteur de l'enjeu ».",
        [("à la hauteur de l'enjeu", "collectif")],
    ),
    (
        "Le gouvernement a lancé le dispositif « Ma prime vélo » en mars.",
        [("Ma prime vélo", None)],
    ),
    (
        "« Ces chiffres sont inquiétants », souligne le rapport de la Cour des comptes.",
        [("Ces chiffres sont inquiétants", "Cour des comptes")],
    ),
]

BODIES_NAMED_BEFORE = [
    (
        "La Ligue des droits de l'homme (LDH) a saisi le Conseil d'État. « Ce fichier porte "
        "atteinte à la vie privée », estime l'association.",
        [("Ce fichier porte atteinte à la vie privée", "Ligue des droits de l'homme")],
    ),
    (
        "L'association Droit au logement (DAL) a organisé un rassemblement samedi.\n\n"
        "« Nous ne partirons pas sans solution », a prévenu l'association.",
        [("Nous ne partirons pas sans solution", "association Droit au logement")],
    ),
    (
        "La CGT a appelé à une nouvelle journée de grève jeudi.\n\n"
        "« La mobilisation ne faiblit pas », assure le syndicat.",
        [("La mobilisation ne faiblit pas", "CGT")],
    ),
    (
        "Le parquet de Paris a ouvert une enquête pour « homicide involontaire ». Le parquet a "
        "précisé que l'autopsie aurait lieu « dans les prochains jours ».",
        [("homicide involontaire", None), ("dans les prochains jours", "parquet de Paris")],
    ),
    (
        "La RATP a annoncé un trafic perturbé.\n\n« Nous recommandons aux voyageurs de reporter "
        "leurs déplacements », a indiqué la régie dans un communiqué.",
        [("Nous recommandons aux voyageurs de reporter leurs déplacements", "RATP")],
    ),
    (
        "L'UDC, elle, dénonce une mesure « liberticide ». Le parti exige la fin « immédiate » "
        "des restrictions.",
        [("liberticide", "UDC"), ("immédiate", "UDC")],
    ),
    (
        "Le gouvernement a présenté son plan. « Nous sommes prêts », a assuré le syndicat.",
        [("Nous sommes prêts", "syndicat")],
    ),
]

NAME_AFTER_A_COMPLEMENT = [
    (
        "« Nous prenons acte », a réagi auprès de l'AFP Patrice Spinosi, l'avocat des requérants.",
        [("Nous prenons acte", "Patrice Spinosi")],
    ),
    (
        "« C'est une victoire », a déclaré au Monde Sophie Binet, la secrétaire générale de la "
        "CGT.",
        [("C'est une victoire", "Sophie Binet")],
    ),
    (
        "« Le taux de vacance explose », indique à 20 Minutes Sophie Lenoir, urbaniste.",
        [("Le taux de vacance explose", "Sophie Lenoir")],
    ),
    (
        "« On est dans le brouillard », a illustré la présidente de la FTQ, Magali Picard.",
        [("On est dans le brouillard", "Magali Picard")],
    ),
    (
        "« Nous restons prudents », a confié à l'AFP Laurent Berger.",
        [("Nous restons prudents", "Laurent Berger")],
    ),
    (
        "« Il faut attendre les résultats », a expliqué sur BFMTV Gabriel Attal.",
        [("Il faut attendre les résultats", "Gabriel Attal")],
    ),
    (
        "« Nous avons pris note de cette décision », a indiqué à la Tribune de Genève Pierre "
        "Maudet, conseiller d'État chargé de la santé.",
        [("Nous avons pris note de cette décision", "Pierre Maudet")],
    ),
    (
        "« Nous sommes prêts », a déclaré au micro de BFMTV le maire de Nice, Christian Estrosi.",
        [("Nous sommes prêts", "Christian Estrosi")],
    ),
    (
        "« Les négociations sont rompues », a annoncé mardi soir sur son compte X le président "
        "de la FNSEA.",
        [("Les négociations sont rompues", "président de la FNSEA")],
    ),
    (
        "« Rien n'est décidé », a assuré auprès de Reuters Karine Martel, porte-parole du groupe.",
        [("Rien n'est décidé", "Karine Martel")],
    ),
]

TITLES = [
    (
        "« Je ne suis pas candidat », a tranché l'ancien Premier ministre Édouard Philippe.",
        [("Je ne suis pas candidat", "Édouard Philippe")],
    ),
    (
        "L'ancien Premier ministre a jugé la grève « injustifiée ».",
        [("injustifiée", "ancien Premier ministre")],
    ),
    (
        "« On va se battre jusqu'au bout », a assuré sur BFMTV le député LFI François Ruffin.",
        [("On va se battre jusqu'au bout", "François Ruffin")],
    ),
    (
        "« Nous ne fermerons aucune école », a affirmé en entrevue avec Le Devoir le ministre "
        "de l'Éducation, Bernard Drainville.",
        [("Nous ne fermerons aucune école", "Bernard Drainville")],
    ),
    (
        "Sur son compte X, le ministre a dénoncé des violences « inqualifiables ».",
        [("inqualifiables", "ministre")],
    ),
    (
        "Le premier ministre François Legault a qualifié la grève d'« irresponsable ». Il a "
        "aussi appelé les syndicats à « revenir à la table ».",
        [("irresponsable", "François Legault"), ("revenir à la table", "François Legault")],
    ),
    (
        "Invité de France Inter, le ministre de l'Économie a jugé « prématuré » de parler de "
        "récession.",
        [("prématuré", "ministre de l'Économie")],
    ),
    (
        "Marine Le Pen et Jordan Bardella ont dénoncé un « coup de force ».",
        [("coup de force", "Marine Le Pen et Jordan Bardella")],
    ),
    (
        "Le directeur général de la Police nationale d'Haïti (PNH), Frantz Elbé, a reconnu que "
        "la situation était « préoccupante ». « Nous faisons face à des gangs lourdement "
        "armés », a-t-il expliqué au Nouvelliste.",
        [
            ("préoccupante", "Frantz Elbé"),
            ("Nous faisons face à des gangs lourdement armés", "Frantz Elbé"),
        ],
    ),
    (
        "Interrogé par Le Nouvelliste, un chauffeur de taxi-moto, qui a requis l'anonymat, "
        "confie : « On passe la nuit dans les stations. »",
        [("On passe la nuit dans les stations.", "chauffeur de taxi-moto")],
    ),
    (
        "« Le pays est à l'arrêt », s'alarme dans un communiqué la Confédération des petites "
        "et moyennes entreprises (CPME).",
        [("Le pays est à l'arrêt", "Confédération des petites et moyennes entreprises")],
    ),
]

IMPERSONAL_ON_AND_SOURCES = [
    (
        "« Rien n'a été décidé », précise-t-on dans l'entourage du président.",
        [("Rien n'a été décidé", "entourage du président")],
    ),
    (
        "« Nous n'avons rien à cacher », explique-t-on à Matignon.",
        [("Nous n'avons rien à cacher", "Matignon")],
    ),
    (
        "« Le dossier avance », assure-t-on au ministère de l'Économie.",
        [("Le dossier avance", "ministère de l'Économie")],
    ),
    (
        "Du côté de la mairie, on assure que les travaux seront « terminés avant l'été ».",
        [("terminés avant l'été", "mairie")],
    ),
    (
        "À Matignon, on juge la proposition « irréaliste ».",
        [("irréaliste", "Matignon")],
    ),
    (
        "Au sein du gouvernement, on reconnaît une situation « délicate ».",
        [("délicate", "gouvernement")],
    ),
    (
        "Le Parisien a appris auprès de la police que le suspect était « connu des services ».",
        [("connu des services", "police")],
    ),
    (
        "Il a appris par la presse que son projet était « abandonné ».",
        [("abandonné", None)],
    ),
    (
        "M. Dupont est arrivé lundi. « Tout est prêt », indique-t-on sur place.",
        [("Tout est prêt", None)],
    ),
    (
        "« Aucune décision n'a été prise », indique-t-on dans un communiqué.",
        [("Aucune décision n'a été prise", None)],
    ),
    (
        "Dans le quartier, on redoute un été « très chaud ».",
        [("très chaud", None)],
    ),
]

ANAPHORA = [
    (
        "Le ministre de l'Intérieur, Bruno Retailleau, s'est rendu à Mayotte samedi.\n\n"
        "« L'État sera au rendez-vous », a promis le ministre.",
        [("L'État sera au rendez-vous", "Bruno Retailleau")],
    ),
    (
        "Le maire de Bordeaux, Pierre Hurmic, a présenté son plan vélo mardi.\n\n"
        "« Nous voulons une ville apaisée », a expliqué l'élu.",
        [("Nous voulons une ville apaisée", "Pierre Hurmic")],
    ),
    (
        "La procureure de Lille, Carole Étienne, a donné une conférence de presse.\n\n"
        "« Les faits sont d'une extrême gravité », a déclaré la procureure.",
        [("Les faits sont d'une extrême gravité", "Carole Étienne")],
    ),
    (
        "Le député Julien Bayou a interpellé le gouvernement mardi.\n\n"
        "« Nous attendons des réponses », a insisté ce dernier.",
        [("Nous attendons des réponses", "Julien Bayou")],
    ),
    (
        "L'avocate Marie Dosé a plaidé l'acquittement.\n\nCelle-ci a dénoncé un dossier « vide ».",
        [("vide", "Marie Dosé")],
    ),
    (
        "Le directeur de l'agence régionale de santé, Denis Robin, a visité l'hôpital. "
        "Celui-ci a évoqué une situation « très tendue ».",
        [("très tendue", "Denis Robin")],
    ),
    (
        "La maire de Lille, Martine Aubry, a inauguré la gare rénovée.\n\n"
        "« C'est un jour important pour la ville », a ajouté l'élue.",
        [("C'est un jour important pour la ville", "Martine Aubry")],
    ),
    (
        "Le chef de l'État a réuni un conseil de défense mercredi.\n\n"
        "« Nous ne laisserons rien passer », a-t-il averti.",
        [("Nous ne laisserons rien passer", "chef de l'État")],
    ),
    (
        "L'avocat de la victime, Me Antoine Vey, a plaidé pendant deux heures.\n\n"
        "« Ce dossier est vide », a-t-il lancé à la cour.\n\n"
        "Le procureur, lui, a requis dix ans de prison. « Les faits sont d'une gravité "
        "exceptionnelle », a-t-il estimé.",
        [
            ("Ce dossier est vide", "Antoine Vey"),
            ("Les faits sont d'une gravité exceptionnelle", "procureur"),
        ],
    ),
    (
        "« Nous sommes prêts », a déclaré le ministre Jean Dupont. Le président Paul Martin "
        "était absent. « Nous verrons », a-t-il ajouté.",
        [("Nous sommes prêts", "Jean Dupont"), ("Nous verrons", "Jean Dupont")],
    ),
    (
        "Le ministre a été interpellé par la députée Sandrine Rousseau. « Vous mentez aux "
        "Français », lui a-t-elle lancé.",
        [("Vous mentez aux Français", "Sandrine Rousseau")],
    ),
    (
        "La ministre Aurore Bergé a reçu les syndicats. « Je vous ai entendus », leur a assuré "
        "la ministre.",
        [("Je vous ai entendus", "Aurore Bergé")],
    ),
    (
        "Le préfet de police Laurent Nuñez a reçu la maire de Paris, Anne Hidalgo, mardi. "
        "« Nous avons convenu de renforcer les patrouilles », a-t-elle déclaré.",
        [("Nous avons convenu de renforcer les patrouilles", "Anne Hidalgo")],
    ),
    (
        "« Nous sommes inquiets, confie-t-il. Les commandes ont chuté de moitié. »",
        [("Nous sommes inquiets, confie-t-il. Les commandes ont chuté de moitié.", None)],
    ),
    (
        "Le président russe Vladimir Poutine a reçu son homologue chinois Xi Jinping au "
        "Kremlin. « Nos relations n'ont jamais été aussi bonnes », a déclaré M. Poutine. Le "
        "dirigeant chinois a, lui, salué une amitié « sans limites ».",
        [
            ("Nos relations n'ont jamais été aussi bonnes", "Vladimir Poutine"),
            ("sans limites", "Xi Jinping"),
        ],
    ),
    (
        "Le président américain Joe Biden a reçu le président ukrainien Volodymyr Zelensky."
        "\n\n« Nous resterons à vos côtés », a promis le président américain.",
        [("Nous resterons à vos côtés", "Joe Biden")],
    ),
    (
        "« Il faut que ça change », martèle Sophie, 28 ans. Son compagnon, Julien, "
        "acquiesce : « On ne peut plus continuer comme ça. »",
        [("Il faut que ça change", "Sophie"), ("On ne peut plus continuer comme ça.", "Julien")],
    ),
    (
        "Le ministre a, pour sa part, jugé la réforme « nécessaire ».",
        [("nécessaire", "ministre")],
    ),
    (
        "Le patron de la PME, Luc Girard, a présenté ses résultats. « Nous avons embauché "
        "vingt personnes », explique celui qui dirige l'entreprise depuis 2010.",
        [("Nous avons embauché vingt personnes", "Luc Girard")],
    ),
    (
        "La Fédération française de football a pris acte de la décision. Dans un communiqué, "
        "l'instance a regretté une sanction « disproportionnée ».",
        [("disproportionnée", "Fédération française de football")],
    ),
    (
        "La sénatrice Laurence Rossignol a longuement défendu son amendement devant "
        "l'hémicycle. Le texte a été adopté de justesse. « Ce texte protège les victimes, et "
        "il était temps », a-t-elle insisté.",
        [("Ce texte protège les victimes, et il était temps", "Laurence Rossignol")],
    ),
    (
        "La juge d'instruction Sophie Martin a été saisie du dossier en janvier.\n\n"
        "Le suspect, un homme de 34 ans, a été placé en détention provisoire.\n\n"
        "Les parties civiles attendent beaucoup de l'enquête.\n\n"
        "« Il faudra du temps pour établir les responsabilités », a-t-elle prévenu.",
        [("Il faudra du temps pour établir les responsabilités", "Sophie Martin")],
    ),
    (
        "Jean Dupuis, 58 ans, vit dans le quartier depuis trente ans. Il a vu les commerces "
        "fermer un à un. « Il ne reste plus rien ici », soupire-t-il.",
        [("Il ne reste plus rien ici", "Jean Dupuis")],
    ),
    (
        "« La croissance ralentit », a reconnu Christine Lagarde. Mme Lagarde a toutefois "
        "écarté tout risque de « récession ».",
        [("La croissance ralentit", "Christine Lagarde"), ("récession", "Christine Lagarde")],
    ),
    (
        "Questionné sur la dette, le Premier ministre a répondu : « Nous ferons des économies. »",
        [("Nous ferons des économies.", "Premier ministre")],
    ),
]

ACCORDING_TO_AND_VERBS = [
    (
        "Selon Jean-Luc Mélenchon, la réforme est « une provocation ».",
        [("une provocation", "Jean-Luc Mélenchon")],
    ),
    (
        "D'après la procureure de Nanterre, Pascale Bruston, le conducteur roulait « à très "
        "vive allure ».",
        [("à très vive allure", "Pascale Bruston")],
    ),
    (
        "Pour le président du Medef, Patrick Martin, ces mesures sont « un très mauvais signal ».",
        [("un très mauvais signal", "Patrick Martin")],
    ),
    (
        "Nicolás Maduro estime que les sanctions sont « illégales ».",
        [("illégales", "Nicolás Maduro")],
    ),
    (
        "Le ministre des Armées Sébastien Lecornu a assuré : « Nous tiendrons nos engagements. »",
        [("Nous tiendrons nos engagements.", "Sébastien Lecornu")],
    ),
    (
        "Selon des témoins, les policiers ont fait usage de gaz « sans sommation ».",
        [("sans sommation", "témoins")],
    ),
    (
        "Le président ukrainien Volodymyr Zelensky a appelé ses alliés à « accélérer » les "
        "livraisons d'armes.",
        [("accélérer", "Volodymyr Zelensky")],
    ),
    (
        "Le patron de Renault, Luca de Meo, a qualifié l'accord de « bonne nouvelle pour "
        "l'industrie ».",
        [("bonne nouvelle pour l'industrie", "Luca de Meo")],
    ),
    (
        "Interrogé par l'AFP, le porte-parole de la police nationale a assuré que les renforts "
        "étaient « suffisants ».",
        [("suffisants", "porte-parole de la police nationale")],
    ),
]

GROUPS = [
    (
        "« On veut être entendus », scandaient les manifestants devant la mairie.",
        [("On veut être entendus", "manifestants")],
    ),
    (
        "Les agriculteurs en colère ont promis de « bloquer Paris » dès lundi.",
        [("bloquer Paris", "agriculteurs")],
    ),
    (
        "Des habitants dénoncent une situation « invivable ».",
        [("invivable", "habitants")],
    ),
    (
        "« J'ai entendu une énorme explosion », raconte un témoin.",
        [("J'ai entendu une énorme explosion", "témoin")],
    ),
    (
        "Plusieurs élus ont réclamé une commission d'enquête, jugeant la gestion de la crise "
        "« calamiteuse ».",
        [("calamiteuse", "Plusieurs élus")],
    ),
    (
        "« Nous sommes à bout », confient des soignants de l'hôpital de Rennes.",
        [("Nous sommes à bout", "soignants de l'hôpital de Rennes")],
    ),
    (
        "« On n'a jamais vu ça », lâche un pompier, épuisé.",
        [("On n'a jamais vu ça", "pompier")],
    ),
    (
        "« Nous avons été pris de court », admet un responsable syndical sous couvert d'anonymat.",
        [("Nous avons été pris de court", "responsable syndical")],
    ),
]

NAMES = [
    (
        "« La France doit se réveiller », a lancé Jean-Luc Mélenchon lors d'un meeting à Lille.",
        [("La France doit se réveiller", "Jean-Luc Mélenchon")],
    ),
    (
        "« L'Europe ne sera pas naïve », a prévenu Ursula von der Leyen.",
        [("L'Europe ne sera pas naïve", "Ursula von der Leyen")],
    ),
    (
        "« La France a perdu une bataille », écrivait Charles de Gaulle en 1940.",
        [("La France a perdu une bataille", "Charles de Gaulle")],
    ),
    (
        "« Le Venezuela ne se soumettra pas », a déclaré Nicolás Maduro à la télévision.",
        [("Le Venezuela ne se soumettra pas", "Nicolás Maduro")],
    ),
    (
        "« Nous irons jusqu'au bout », a affirmé Jean-Pierre DUVAL, le président de l'association.",
        [("Nous irons jusqu'au bout", "Jean-Pierre DUVAL")],
    ),
    (
        "« Je ne démissionnerai pas », a déclaré Mme Hidalgo.",
        [("Je ne démissionnerai pas", "Hidalgo")],
    ),
    (
        "Mme Lagarde a jugé l'inflation « encore trop élevée ».",
        [("encore trop élevée", "Lagarde")],
    ),
    (
        "La présidente de la BCE, Christine Lagarde, a jugé l'inflation « encore trop élevée ».",
        [("encore trop élevée", "Christine Lagarde")],
    ),
    (
        "« Le gouvernement n'a pas pris la mesure de la crise », a estimé la présidente du "
        "groupe écologiste à l'Assemblée, Cyrielle Chatelain.",
        [("Le gouvernement n'a pas pris la mesure de la crise", "Cyrielle Chatelain")],
    ),
    (
        "« On a perdu notre fils », sanglote sa mère, Fatima.",
        [("On a perdu notre fils", "Fatima")],
    ),
    (
        "« Ça va être compliqué », prévient d'emblée Thomas, le gérant.",
        [("Ça va être compliqué", "Thomas")],
    ),
    (
        "« Non », lâche sèchement le ministre.",
        [("Non", "ministre")],
    ),
    (
        "« Personne ne nous a prévenus », s'indigne Karima, mère de trois enfants.",
        [("Personne ne nous a prévenus", "Karima")],
    ),
    (
        "« Il faut une réponse européenne », plaide Olaf Scholz, le chancelier allemand.",
        [("Il faut une réponse européenne", "Olaf Scholz")],
    ),
    (
        "« Ce sera difficile », a admis Marine Le Pen, présidente du groupe RN à l'Assemblée.",
        [("Ce sera difficile", "Marine Le Pen")],
    ),
    (
        "« Je n'ai rien à me reprocher », a assuré Mme Dati à son arrivée au tribunal.",
        [("Je n'ai rien à me reprocher", "Dati")],
    ),
]

NARRATION = [
    (
        "Le ministre a défendu sa réforme devant les députés. Et d'ajouter : « Nous irons "
        "jusqu'au bout. »",
        [("Nous irons jusqu'au bout.", "ministre")],
    ),
    (
        "La présidente de la région, Carole Delga, a reçu les agriculteurs. Et de conclure : "
        "« L'État doit payer. »",
        [("L'État doit payer.", "Carole Delga")],
    ),
    (
        "La juge Isabelle Prévost a rappelé les faits. Elle poursuit : « Vous avez menti à la "
        "cour. »",
        [("Vous avez menti à la cour.", "Isabelle Prévost")],
    ),
    (
        "Les deux élus ont quitté la séance. « On ne peut pas cautionner ça », ont-ils martelé.",
        [("On ne peut pas cautionner ça", "deux élus")],
    ),
    (
        "« C'est une catastrophe », a lâché, la voix nouée, Jeanne Morin, 72 ans.",
        [("C'est une catastrophe", "Jeanne Morin")],
    ),
    (
        "« Nous y arriverons », a assuré, lundi, le ministre de l'Économie, Eric Lombard.",
        [("Nous y arriverons", "Eric Lombard")],
    ),
    (
        "« Nous condamnons cette provocation », peut-on lire dans un communiqué de la préfecture.",
        [("Nous condamnons cette provocation", "préfecture")],
    ),
    (
        "« La dette publique n'est pas soutenable », lit-on dans le rapport de la Cour des "
        "comptes.",
        [("La dette publique n'est pas soutenable", "Cour des comptes")],
    ),
    (
        "« Les routes seront fermées à partir de 18 heures », indique un communiqué de la mairie.",
        [("Les routes seront fermées à partir de 18 heures", "mairie")],
    ),
    (
        "Le ministre de l'Intérieur a été interrogé sur les renforts. Réponse du ministre : "
        "« Nous verrons. »",
        [("Nous verrons.", "ministre de l'Intérieur")],
    ),
    (
        "« Nous restons vigilants, indique la préfecture. Les secours sont mobilisés. »",
        [
            (
                "Nous restons vigilants, indique la préfecture. Les secours sont mobilisés.",
                "préfecture",
            )
        ],
    ),
    (
        "La maire de Lille, Martine Aubry, a reçu les habitants. La maire est formelle : "
        "« Rien ne sera démoli. »",
        [("Rien ne sera démoli.", "Martine Aubry")],
    ),
    (
        "Les élus sont partagés : « Ce projet divise la majorité. »",
        [("Ce projet divise la majorité.", "élus")],
    ),
    (
        "La situation est simple : « Il faut partir. »",
        [("Il faut partir.", None)],
    ),
    (
        "« Nous voulons la paix », a déclaré M. Zelensky. « Mais pas à n'importe quel prix », "
        "a-t-il ajouté.",
        [("Nous voulons la paix", "Zelensky"), ("Mais pas à n'importe quel prix", "Zelensky")],
    ),
]

TWO_SPEAKERS_IN_A_SENTENCE = [
    (
        "Pour le maire, le projet est « indispensable », tandis que l'opposition dénonce un "
        "« gaspillage ».",
        [("indispensable", "maire"), ("gaspillage", "opposition")],
    ),
    (
        "Le ministre parle d'une réforme « juste », quand les syndicats y voient une "
        "« provocation ».",
        [("juste", "ministre"), ("provocation", None)],
    ),
    (
        "Si le gouvernement juge la mesure « nécessaire », l'opposition la qualifie de "
        "« brutale ».",
        [("nécessaire", "gouvernement"), ("brutale", "opposition")],
    ),
    (
        "La droite dénonce un budget « insincère » ; la gauche, elle, fustige des coupes "
        "« injustes ».",
        [("insincère", "droite"), ("injustes", "gauche")],
    ),
    (
        "« C'est un échec », a tranché Marine Le Pen, alors que Gabriel Attal a salué un texte "
        "« équilibré ».",
        [("C'est un échec", "Marine Le Pen"), ("équilibré", "Gabriel Attal")],
    ),
    (
        "Le ministre a estimé que la situation était « grave », et que la réponse devait être "
        "« ferme ».",
        [("grave", "ministre"), ("ferme", "ministre")],
    ),
    (
        "Le texte dit non mais le ministre parle de « oui ».",
        [("oui", "ministre")],
    ),
    (
        "Le maire a annoncé des travaux, mais les riverains restent « sceptiques ».",
        [("sceptiques", None)],
    ),
]

PARAGRAPHS = [
    (
        "La directrice de l'hôpital, Anne Morel, raconte la nuit :\n\n"
        "« Nous avons accueilli quarante blessés en deux heures.\n\n"
        "» Les équipes ont été admirables. »",
        [
            (
                "Nous avons accueilli quarante blessés en deux heures.\n\n» Les équipes ont "
                "été admirables.",
                "Anne Morel",
            )
        ],
    ),
    (
        "« Nous n'avons pas été consultés », déplore Hélène Roux, présidente de l'association "
        "des riverains.\n\n"
        "« Le chantier va durer trois ans et personne ne nous a rien expliqué. »",
        [
            ("Nous n'avons pas été consultés", "Hélène Roux"),
            ("Le chantier va durer trois ans et personne ne nous a rien expliqué.", "Hélène Roux"),
        ],
    ),
]

NO_SPEAKER = [
    (
        "Les sénateurs ont ajouté plusieurs mesures, dont la suppression de l'aide médicale "
        "d'État (AME), jugée « trop coûteuse » par la majorité sénatoriale.",
        [("trop coûteuse", None)],
    ),
    (
        "Le préfet a évoqué un incendie décrit comme « hors norme » par les pompiers.",
        [("hors norme", None)],
    ),
    (
        "Cette affaire illustre les « dérives » du système.",
        [("dérives", None)],
    ),
    (
        "Verbatim : « Nous ne lâcherons rien sur les salaires. »",
        [("Nous ne lâcherons rien sur les salaires.", None)],
    ),
    (
        "Selon nos informations, le ministre envisagerait de « démissionner ».",
        [("démissionner", None)],
    ),
    (
        "« On ne savait pas », assurent-ils aujourd'hui.",
        [("On ne savait pas", None)],
    ),
    (
        "Extrait :\n\n« Nous avons tout perdu. »",
        [("Nous avons tout perdu.", None)],
    ),
    (
        "Le rapport estime que la situation est « alarmante ».",
        [("alarmante", None)],
    ),
    (
        "La loi dite « sécurité globale » a été adoptée mardi.",
        [("sécurité globale", None)],
    ),
    (
        "« Une rentrée sous tension »\n\nLes enseignants reprennent le chemin des classes lundi.",
        [("Une rentrée sous tension", None)],
    ),
    (
        "Le texte prévoit une « contribution exceptionnelle » des grandes entreprises.",
        [("contribution exceptionnelle", None)],
    ),
    (
        "Les images, jugées « choquantes » par de nombreux internautes, ont été retirées.",
        [("choquantes", None)],
    ),
    (
        "« Le suspect a été placé en garde à vue », a-t-on appris de sources concordantes.",
        [("Le suspect a été placé en garde à vue", None)],
    ),
    (
        "« Tout le monde savait », a-t-il lâché au début de l'audience.",
        [("Tout le monde savait", None)],
    ),
]

#: A date between the verb and its subject; a subject after fronted adverbials.
DATES_AND_FRONTED = [
    (
        "Les forces ukrainiennes ont progressé de « près de deux kilomètres », a affirmé "
        "dimanche 21 mai la vice-ministre de la Défense, Ganna Maliar.",
        [("près de deux kilomètres", "Ganna Maliar")],
    ),
    (
        "« La décision sera rendue en juin », a précisé le 3 mai 2024 le procureur Jean Dupont.",
        [("La décision sera rendue en juin", "Jean Dupont")],
    ),
    (
        "« Nous tiendrons », a assuré le vice-premier ministre Paul Martin.",
        [("Nous tiendrons", "Paul Martin")],
    ),
    (
        "La première ministre a annoncé, jeudi 16 mars, le recours au 49.3.\n\n"
        "C'est un aveu d'échec. Jeudi 16 mars, peu après 15 heures, Élisabeth Borne est "
        "montée à la tribune. « Nous ne pouvons pas prendre ce pari », a-t-elle lancé.",
        [("Nous ne pouvons pas prendre ce pari", "Élisabeth Borne")],
    ),
    (
        "Le maire a présenté le budget.\n\nÀ Lyon, Marie Curie a pris la parole. « Nous "
        "verrons bien », a-t-elle dit.",
        [("Nous verrons bien", "Marie Curie")],
    ),
    (
        "« Le 21 mai, tout a changé », a raconté le maire.",
        [("Le 21 mai, tout a changé", "maire")],
    ),
]

#: A participle and its agent end the speaker's noun phrase.
PARTICIPLE_AND_AGENT = [
    (
        "Selon une source policière citée par l'AFP, « l'homme était connu des services ».",
        [("l'homme était connu des services", "source policière")],
    ),
    (
        "Selon un proche du dossier joint par Libération, « rien n'est décidé ».",
        [("rien n'est décidé", "proche du dossier")],
    ),
]

#: An intertitle that quotes the section below it.
HEADING_ECHOES = [
    (
        "Le maire a présenté son budget jeudi.\n\n"
        "« Une ville à deux vitesses »\n\n"
        "Pour la conseillère d'opposition Sophie Marchal, le projet dessine « une ville à "
        "deux vitesses ».",
        [
            ("Une ville à deux vitesses", "Sophie Marchal"),
            ("une ville à deux vitesses", "Sophie Marchal"),
        ],
    ),
    (
        "Le procès s'est ouvert lundi.\n\n"
        "« Un dossier vide et une enquête bâclée »\n\n"
        "L'avocat de la défense, Me Paul Renaud, a dénoncé « une enquête bâclée ».",
        [
            ("Un dossier vide et une enquête bâclée", "Paul Renaud"),
            ("une enquête bâclée", "Paul Renaud"),
        ],
    ),
    (
        "Le procès s'est ouvert lundi.\n\n"
        "« Rien n'a changé »\n\n"
        "L'avocat de la défense, Me Paul Renaud, a dénoncé « une enquête bâclée ».",
        [("Rien n'a changé", None), ("une enquête bâclée", "Paul Renaud")],
    ),
]

CASES = [
    pytest.param(t, e, id=f"{group}-{i}")
    for group, rows in (
        ("organisations", ORGANISATIONS),
        ("bodies-named-before", BODIES_NAMED_BEFORE),
        ("name-after-a-complement", NAME_AFTER_A_COMPLEMENT),
        ("titles", TITLES),
        ("impersonal-on-and-sources", IMPERSONAL_ON_AND_SOURCES),
        ("anaphora", ANAPHORA),
        ("according-to-and-verbs", ACCORDING_TO_AND_VERBS),
        ("groups", GROUPS),
        ("names", NAMES),
        ("narration", NARRATION),
        ("two-speakers-in-a-sentence", TWO_SPEAKERS_IN_A_SENTENCE),
        ("paragraphs", PARAGRAPHS),
        ("no-speaker", NO_SPEAKER),
        ("dates-and-fronted", DATES_AND_FRONTED),
        ("participle-and-agent", PARTICIPLE_AND_AGENT),
        ("heading-echoes", HEADING_ECHOES),
    )
    for i, (t, e) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_generalization(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert speakers(text) == expected
