# Mots dessinés sur le visuel. Restez bref : ils sont composés en grand.

goal-label = OBJECTIF { $number }
goal-1-name = Pas de pauvreté
goal-2-name = Faim « zéro »
goal-3-name = Bonne santé et bien-être
goal-4-name = Éducation de qualité
goal-5-name = Égalité entre les sexes
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

# Exemples de graphiques : indicateurs réels, valeurs illustratives ; la source le dit.
example-data-source = Données d’exemple : remplacez-les par vos propres chiffres
example-1-indicator = Part de la population couverte par la protection sociale
example-2-indicator = Part des jeunes enfants dont l’alimentation est assez variée
example-3-indicator = Part des naissances assistées par du personnel de santé qualifié
example-4-indicator = Part des jeunes qui achèvent le secondaire
example-5-indicator = Part des femmes qui décident elles-mêmes de leurs soins de santé
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
