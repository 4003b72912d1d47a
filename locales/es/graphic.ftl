# Palabras dibujadas en el gráfico. Que sean breves: se componen en grande.

goal-label = OBJETIVO { $number }
goal-1-name = Fin de la pobreza
goal-2-name = Hambre cero
goal-3-name = Salud y bienestar
goal-4-name = Educación de calidad
goal-5-name = Igualdad de género
pledge = No dejar a nadie atrás
source-line = Fuente: { $source }
source-line-with-year = Fuente: { $source }, { $year }
no-data = sin datos
audience-international = En el mundo
audience-place = { $place }
# El pictograma explica su regla de redondeo bajo las figuras.
pictogram-rule = Cada figura representa 1 de cada { $total }. { $value } se muestra como { $shown } de cada { $total }.
pictogram-less-than-one = Cada figura representa 1 de cada { $total }. { $value } es menos de 1 de cada { $total }.
gap-label = Brecha: { $gap }
gap-points = { $count ->
    [one] { $points } punto
   *[other] { $points } puntos
}
target-label = Meta 2030: { $value }

# Cifras de ejemplo, una por Objetivo: reales y con fuente.
example-1-figure = 712 millones
example-1-statement = de personas vivían en pobreza extrema en 2022.
example-1-source = ONU, Informe de los Objetivos de Desarrollo Sostenible
example-1-year = 2024
example-2-figure = 733 millones
example-2-statement = de personas padecieron hambre en 2023: una de cada once en el mundo.
example-2-source = FAO et al., El estado de la seguridad alimentaria y la nutrición en el mundo
example-2-year = 2024
example-3-figure = 4500 millones
example-3-statement = de personas no estaban plenamente cubiertas por servicios de salud esenciales en 2021.
example-3-source = OMS y Banco Mundial, Seguimiento de la cobertura sanitaria universal
example-3-year = 2023
example-4-figure = 250 millones
example-4-statement = de niñas, niños y jóvenes no van a la escuela.
example-4-source = UNESCO, Informe de Seguimiento de la Educación en el Mundo
example-4-year = 2023
example-5-figure = 1 de cada 5
example-5-statement = mujeres jóvenes se casaron antes de cumplir 18 años.
example-5-source = UNICEF, ¿Está a nuestro alcance poner fin al matrimonio infantil?
example-5-year = 2023

# Ejemplos de gráficos: indicadores reales, valores ilustrativos; la fuente lo dice.
example-data-source = Datos de ejemplo: sustitúyalos por sus propias cifras
example-1-indicator = Porcentaje de personas cubiertas por la protección social
example-2-indicator = Porcentaje de niños pequeños con una dieta suficientemente variada
example-3-indicator = Porcentaje de partos atendidos por personal sanitario cualificado
example-4-indicator = Porcentaje de jóvenes que terminan la secundaria
example-5-indicator = Porcentaje de mujeres que deciden sobre su propia atención de salud
group-poorest = 20 % más pobre
group-second = Segundo 20 %
group-middle = 20 % intermedio
group-fourth = Cuarto 20 %
group-richest = 20 % más rico
group-rural = Rural
group-urban = Urbano
group-everyone = Todos
more-rows = { $count ->
    [one] …y { $rows } fila más que no se muestra
   *[other] …y { $rows } filas más que no se muestran
}

# Texto alternativo y palabras para publicar, en el idioma del gráfico.
alt-intro = Gráfico de campaña del Objetivo Global { $number }, { $goal }.
alt-place = Público: { $place }.
alt-bars = Gráfico de barras que compara { $count } grupos: { $values }.
alt-pictogram = Pictograma de { $value }. { $rule }
alt-gap = Gráfico de la brecha entre dos grupos: { $values }.
alt-trend = Gráfico de líneas a lo largo del tiempo: { $direction ->
        [up] subió del { $from } en { $start } al { $to } en { $end }
        [down] bajó del { $from } en { $start } al { $to } en { $end }
       *[same] se mantuvo en { $from } de { $start } a { $end }
    }.
alt-donut = Gráfico circular que muestra { $value }.
alt-value = { $label }: { $value }
list-separator = {", "}
post-place = { $place }: { $text }
post-tags = #NoDejarANadieAtrás #ODS{ $number }
