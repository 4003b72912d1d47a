# Mots dessinés sur le visuel. Restez bref : ils sont composés en grand.

goal-label = OBJECTIF { $number }
goal-1-name = Pas de pauvreté
goal-2-name = Faim « zéro »
goal-3-name = Bonne santé et bien-être
goal-4-name = Éducation de qualité
goal-5-name = Égalité entre les sexes
goal-6-name = Eau propre et assainissement
goal-7-name = Énergie propre et d’un coût abordable
goal-8-name = Travail décent et croissance économique
goal-9-name = Industrie, innovation et infrastructure
goal-10-name = Inégalités réduites
goal-11-name = Villes et communautés durables
goal-12-name = Consommation et production responsables
goal-13-name = Lutte contre les changements climatiques
goal-14-name = Vie aquatique
goal-15-name = Vie terrestre
goal-16-name = Paix, justice et institutions efficaces
goal-17-name = Partenariats pour la réalisation des objectifs
pledge = Ne laisser personne de côté
source-line = Source : { $source }
source-line-with-year = Source : { $source }, { $year }
no-data = pas de données
audience-international = Dans le monde
audience-place = { $place }
# Le pictogramme énonce sa règle d’arrondi sous les figures.
pictogram-rule = Chaque figure représente 1 sur { $total }. { $value } est montré comme { $shown } sur { $total }.
pictogram-less-than-one = Chaque figure représente 1 sur { $total }. { $value } est moins de 1 sur { $total }.
gap-label = Écart : { $gap }
gap-points = { $count ->
    [one] { $points } point
   *[other] { $points } points
}
target-label = Cible 2030 : { $value }

# Chiffres d’exemple, un par Objectif : réels et sourcés.
example-1-figure = 712 millions
example-1-statement = de personnes vivaient dans l’extrême pauvreté en 2022.
example-1-source = ONU, Rapport sur les objectifs de développement durable
example-1-year = 2024
example-2-figure = 733 millions
example-2-statement = de personnes ont souffert de la faim en 2023, soit une sur onze dans le monde.
example-2-source = FAO et al., L’état de la sécurité alimentaire et de la nutrition dans le monde
example-2-year = 2024
example-3-figure = 4,5 milliards
example-3-statement = de personnes n’étaient pas pleinement couvertes par les services de santé essentiels en 2021.
example-3-source = OMS et Banque mondiale, Suivi de la couverture sanitaire universelle
example-3-year = 2023
example-4-figure = 250 millions
example-4-statement = d’enfants et de jeunes ne sont pas scolarisés.
example-4-source = UNESCO, Rapport mondial de suivi sur l’éducation
example-4-year = 2023
example-5-figure = 20 %
example-5-statement = des jeunes femmes ont été mariées avant l’âge de 18 ans.
example-5-source = UNICEF, La fin du mariage d’enfants est-elle à portée de main ?
example-5-year = 2023
example-6-figure = 2,2 milliards
example-6-statement = de personnes n’avaient toujours pas accès à une eau potable gérée en toute sécurité en 2022.
example-6-source = OMS et UNICEF, Progrès en matière d’eau, d’assainissement et d’hygiène dans les ménages
example-6-year = 2023
example-7-figure = 685 millions
example-7-statement = de personnes vivaient sans électricité en 2022.
example-7-source = AIE, IRENA, ONU, Banque mondiale et OMS, Suivi de l’ODD 7
example-7-year = 2024
example-8-figure = 160 millions
example-8-statement = d’enfants étaient astreints au travail au début de 2020.
example-8-source = OIT et UNICEF, Travail des enfants : estimations mondiales 2020
example-8-year = 2021
example-9-figure = 2,6 milliards
example-9-statement = de personnes n’avaient toujours pas accès à Internet en 2024, un tiers du monde.
example-9-source = UIT, Facts and Figures
example-9-year = 2024
example-10-figure = 117,3 millions
example-10-statement = de personnes avaient été déracinées de force fin 2023.
example-10-source = HCR, Tendances mondiales
example-10-year = 2024
example-11-figure = 1,1 milliard
example-11-statement = de citadins vivaient dans des bidonvilles ou des quartiers informels en 2022.
example-11-source = ONU, Rapport sur les objectifs de développement durable
example-11-year = 2024
example-12-figure = 1,05 milliard
example-12-statement = de tonnes de nourriture ont été gaspillées en 2022, alors que des millions de personnes avaient faim.
example-12-source = PNUE, Rapport sur l’indice du gaspillage alimentaire
example-12-year = 2024
example-13-figure = 3,3 à 3,6 milliards
example-13-statement = de personnes vivent dans des lieux très vulnérables au changement climatique.
example-13-source = GIEC, Changement climatique 2022 : impacts, adaptation et vulnérabilité
example-13-year = 2022
example-14-figure = 37,7 %
example-14-statement = des stocks de poissons du monde étaient surexploités en 2021.
example-14-source = FAO, La situation mondiale des pêches et de l’aquaculture
example-14-year = 2024
example-15-figure = 1 million
example-15-statement = d’espèces animales et végétales sont menacées d’extinction.
example-15-source = IPBES, Rapport de l’évaluation mondiale de la biodiversité et des services écosystémiques
example-15-year = 2019
example-16-figure = 458 000
example-16-statement = personnes ont été victimes d’homicides volontaires en 2021.
example-16-source = ONUDC, Étude mondiale sur l’homicide
example-16-year = 2023
example-17-figure = 0,37 %
example-17-statement = du revenu national des pays donateurs est allé à l’aide au développement en 2023, pour un objectif de 0,7 %.
example-17-source = OCDE, Aide publique au développement, données préliminaires
example-17-year = 2024

# Exemples de graphiques : indicateurs réels, valeurs illustratives ; la source le dit.
example-data-source = Données d’exemple : remplacez-les par vos propres chiffres
example-1-indicator = Part de la population couverte par la protection sociale
example-2-indicator = Part des jeunes enfants dont l’alimentation est assez variée
example-3-indicator = Part des naissances assistées par du personnel de santé qualifié
example-4-indicator = Part des jeunes qui achèvent le secondaire
example-5-indicator = Part des femmes qui décident elles-mêmes de leurs soins de santé
example-6-indicator = Part de la population utilisant une eau potable gérée en toute sécurité
example-7-indicator = Part de la population ayant accès à l’électricité
example-8-indicator = Part des jeunes sans emploi, ni études, ni formation
example-9-indicator = Part de la population couverte par un réseau mobile à haut débit
example-10-indicator = Part de la population vivant avec moins de la moitié du revenu médian
example-11-indicator = Part des citadins vivant dans des bidonvilles
example-12-indicator = Part de la nourriture gaspillée dans les ménages
example-13-indicator = Part de la population couverte par des alertes précoces aux catastrophes
example-14-indicator = Part des stocks de poissons exploités de façon durable
example-15-indicator = Part du territoire couverte de forêts
example-16-indicator = Part des enfants dont la naissance est enregistrée
example-17-indicator = Part de la population utilisant Internet
group-poorest = 20 % les plus pauvres
group-second = Deuxième 20 %
group-middle = 20 % du milieu
group-fourth = Quatrième 20 %
group-richest = 20 % les plus riches
group-rural = Rural
group-urban = Urbain
group-everyone = Ensemble
more-rows = { $count ->
    [one] …et { $rows } autre ligne non affichée
   *[other] …et { $rows } autres lignes non affichées
}

# Texte alternatif et mots à publier, dans la langue du visuel.
alt-intro = Visuel de campagne pour l’Objectif mondial { $number }, { $goal }.
alt-place = Public : { $place }.
alt-bars = Graphique en barres comparant { $count } groupes : { $values }.
alt-pictogram = Pictogramme de { $value }. { $rule }
alt-gap = Graphique de l’écart entre deux groupes : { $values }.
alt-trend = Courbe dans le temps : { $direction ->
        [up] de { $from } en { $start }, elle monte à { $to } en { $end }
        [down] de { $from } en { $start }, elle descend à { $to } en { $end }
       *[same] elle reste à { $from } de { $start } à { $end }
    }.
alt-donut = Graphique en anneau montrant { $value }.
alt-value = { $label } : { $value }
list-separator = {", "}
post-place = { $place } : { $text }
post-tags = #NePersonneDeCôté #ODD{ $number }

human-one-in = 1 sur { $n }
human-per-day = { $count } par jour
human-per-hour = { $count } par heure
scale-thousand = mille
scale-million = million, millions
scale-billion = milliard, milliards
alt-figure-was = Le chiffre publié : { $was }

map-loading = Chargement de la carte…
map-unmatched = { $count ->
    [one] { $rows } ligne n’est pas sur la carte
   *[other] { $rows } lignes ne sont pas sur la carte
}
map-legend-no-data = Pas de données
alt-map = Carte de { $count ->
    [one] un pays
   *[other] { $count } pays
} : valeur la plus élevée : { $highest } ({ $high }), la plus basse : { $lowest } ({ $low }) ; pas de données pour { $missing }.
alt-map-empty = Carte de { $count } pays, encore sans valeurs.
map-place-value = { $place } { $value }
map-needs-file = Cette carte a besoin de son fichier de limites, { $file } : importez-le de nouveau dans l’éditeur.
alt-map-areas = Carte { $count ->
    [one] d’une zone
   *[other] de { $count } zones
} : le plus élevé en { $highest } ({ $high }), le plus bas en { $lowest } ({ $low }) ; pas de données pour { $missing }.
alt-map-areas-empty = Carte de { $count } zones, encore sans valeurs.
