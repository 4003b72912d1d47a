# Palabras dibujadas en el gráfico. Que sean breves: se componen en grande.

goal-label = OBJETIVO { $number }
goal-1-name = Fin de la pobreza
goal-2-name = Hambre cero
goal-3-name = Salud y bienestar
goal-4-name = Educación de calidad
goal-5-name = Igualdad de género
goal-6-name = Agua limpia y saneamiento
goal-7-name = Energía asequible y no contaminante
goal-8-name = Trabajo decente y crecimiento económico
goal-9-name = Industria, innovación e infraestructura
goal-10-name = Reducción de las desigualdades
goal-11-name = Ciudades y comunidades sostenibles
goal-12-name = Producción y consumo responsables
goal-13-name = Acción por el clima
goal-14-name = Vida submarina
goal-15-name = Vida de ecosistemas terrestres
goal-16-name = Paz, justicia e instituciones sólidas
goal-17-name = Alianzas para lograr los objetivos
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
example-6-figure = 2200 millones
example-6-statement = de personas aún carecían de agua potable gestionada de forma segura en 2022.
example-6-source = OMS y UNICEF, Progresos en materia de agua potable, saneamiento e higiene en los hogares
example-6-year = 2023
example-7-figure = 685 millones
example-7-statement = de personas vivían sin electricidad en 2022.
example-7-source = AIE, IRENA, ONU, Banco Mundial y OMS, Seguimiento del ODS 7
example-7-year = 2024
example-8-figure = 160 millones
example-8-statement = de niñas y niños estaban en situación de trabajo infantil a comienzos de 2020.
example-8-source = OIT y UNICEF, Trabajo infantil: estimaciones mundiales 2020
example-8-year = 2021
example-9-figure = 2600 millones
example-9-statement = de personas seguían sin conexión a internet en 2024, un tercio del mundo.
example-9-source = UIT, Facts and Figures
example-9-year = 2024
example-10-figure = 117,3 millones
example-10-statement = de personas se habían visto forzadas a huir de sus hogares a finales de 2023.
example-10-source = ACNUR, Tendencias Globales
example-10-year = 2024
example-11-figure = 1100 millones
example-11-statement = de personas vivían en barrios marginales o asentamientos informales urbanos en 2022.
example-11-source = ONU, Informe de los Objetivos de Desarrollo Sostenible
example-11-year = 2024
example-12-figure = 1050 millones
example-12-statement = de toneladas de alimentos se desperdiciaron en 2022, mientras millones pasaban hambre.
example-12-source = PNUMA, Informe sobre el Índice de Desperdicio de Alimentos
example-12-year = 2024
example-13-figure = 3300–3600 millones
example-13-statement = de personas viven en lugares muy vulnerables al cambio climático.
example-13-source = IPCC, Cambio climático 2022: impactos, adaptación y vulnerabilidad
example-13-year = 2022
example-14-figure = 37,7 %
example-14-statement = de las poblaciones de peces del mundo estaban sobreexplotadas en 2021.
example-14-source = FAO, El estado mundial de la pesca y la acuicultura
example-14-year = 2024
example-15-figure = 1 millón
example-15-statement = de especies animales y vegetales están en peligro de extinción.
example-15-source = IPBES, Informe de la Evaluación Mundial sobre la Diversidad Biológica y los Servicios de los Ecosistemas
example-15-year = 2019
example-16-figure = 458.000
example-16-statement = personas murieron por homicidio intencional en 2021.
example-16-source = UNODC, Estudio mundial sobre el homicidio
example-16-year = 2023
example-17-figure = 0,37 %
example-17-statement = del ingreso nacional de los países donantes fue a la ayuda al desarrollo en 2023, frente a una meta del 0,7 %.
example-17-source = OCDE, Asistencia oficial para el desarrollo, datos preliminares
example-17-year = 2024

# Ejemplos de gráficos: indicadores reales, valores ilustrativos; la fuente lo dice.
example-data-source = Datos de ejemplo: sustitúyalos por sus propias cifras
example-1-indicator = Porcentaje de personas cubiertas por la protección social
example-2-indicator = Porcentaje de niños pequeños con una dieta suficientemente variada
example-3-indicator = Porcentaje de partos atendidos por personal sanitario cualificado
example-4-indicator = Porcentaje de jóvenes que terminan la secundaria
example-5-indicator = Porcentaje de mujeres que deciden sobre su propia atención de salud
example-6-indicator = Porcentaje de personas con agua potable gestionada de forma segura
example-7-indicator = Porcentaje de personas con acceso a la electricidad
example-8-indicator = Porcentaje de jóvenes que no estudian, no trabajan ni reciben formación
example-9-indicator = Porcentaje de personas con cobertura de banda ancha móvil
example-10-indicator = Porcentaje de personas con menos de la mitad del ingreso mediano
example-11-indicator = Porcentaje de la población urbana que vive en barrios marginales
example-12-indicator = Porcentaje de alimentos desperdiciados en los hogares
example-13-indicator = Porcentaje de personas cubiertas por alertas tempranas de desastres
example-14-indicator = Porcentaje de poblaciones de peces explotadas de forma sostenible
example-15-indicator = Porcentaje de la superficie cubierta por bosques
example-16-indicator = Porcentaje de niñas y niños con registro de nacimiento
example-17-indicator = Porcentaje de personas que usan internet
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

human-one-in = 1 de cada { $n }
human-per-day = { $count } al día
human-per-hour = { $count } por hora
scale-thousand = mil
scale-million = millón, millones
scale-billion = mil millones
alt-figure-was = La cifra publicada: { $was }

map-loading = Cargando el mapa…
map-unmatched = { $count ->
    [one] { $rows } fila no está en el mapa
   *[other] { $rows } filas no están en el mapa
}
map-legend-no-data = Sin datos
alt-map = Mapa de { $count ->
    [one] un país
   *[other] { $count } países
}: el valor más alto en { $highest } ({ $high }), el más bajo en { $lowest } ({ $low }); sin datos para { $missing }.
alt-map-empty = Mapa de { $count } países, aún sin valores.
map-place-value = { $place } { $value }
map-needs-file = Este mapa necesita su archivo de límites, { $file }: impórtelo de nuevo en el editor.
alt-map-areas = Mapa de { $count ->
    [one] una zona
   *[other] { $count } zonas
}: el más alto en { $highest } ({ $high }), el más bajo en { $lowest } ({ $low }); sin datos para { $missing }.
alt-map-areas-empty = Mapa de { $count } zonas, aún sin valores.
