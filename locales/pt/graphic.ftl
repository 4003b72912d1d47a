# Palavras desenhadas na arte. Seja breve: elas são compostas em tamanho grande.

goal-label = OBJETIVO { $number }
goal-1-name = Erradicação da pobreza
goal-2-name = Fome zero
goal-3-name = Saúde e bem-estar
goal-4-name = Educação de qualidade
goal-5-name = Igualdade de gênero
pledge = Não deixar ninguém para trás
source-line = Fonte: { $source }
source-line-with-year = Fonte: { $source }, { $year }
no-data = sem dados
audience-international = No mundo
audience-place = { $place }
# O pictograma explica sua regra de arredondamento abaixo das figuras.
pictogram-rule = Cada figura representa 1 em cada { $total }. { $value } aparece como { $shown } em cada { $total }.
pictogram-less-than-one = Cada figura representa 1 em cada { $total }. { $value } é menos de 1 em cada { $total }.
gap-label = Diferença: { $gap }
gap-points = { $count ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
target-label = Meta 2030: { $value }

# Números de exemplo, um por Objetivo: reais e com fonte.
example-1-figure = 712 milhões
example-1-statement = de pessoas viviam em extrema pobreza em 2022.
example-1-source = ONU, Relatório dos Objetivos de Desenvolvimento Sustentável
example-1-year = 2024
example-2-figure = 733 milhões
example-2-statement = de pessoas passaram fome em 2023 — uma em cada onze no mundo.
example-2-source = FAO et al., O Estado da Segurança Alimentar e Nutricional no Mundo
example-2-year = 2024
example-3-figure = 4,5 bilhões
example-3-statement = de pessoas não tinham cobertura plena de serviços essenciais de saúde em 2021.
example-3-source = OMS e Banco Mundial, Monitoramento da Cobertura Universal de Saúde
example-3-year = 2023
example-4-figure = 250 milhões
example-4-statement = de crianças e jovens estão fora da escola.
example-4-source = UNESCO, Relatório de Monitoramento Global da Educação
example-4-year = 2023
example-5-figure = 1 em cada 5
example-5-statement = mulheres jovens se casou antes de completar 18 anos.
example-5-source = UNICEF, O fim do casamento infantil está ao nosso alcance?
example-5-year = 2023

# Exemplos de gráficos: indicadores reais, valores ilustrativos — a fonte diz isso.
example-data-source = Dados de exemplo — substitua pelos seus próprios números
example-1-indicator = Porcentagem de pessoas cobertas pela proteção social
example-2-indicator = Porcentagem de crianças pequenas com alimentação suficientemente variada
example-3-indicator = Porcentagem de partos assistidos por profissionais de saúde qualificados
example-4-indicator = Porcentagem de jovens que concluem o ensino médio
example-5-indicator = Porcentagem de mulheres que decidem sobre a própria saúde
group-poorest = 20% mais pobres
group-second = Segundos 20%
group-middle = 20% do meio
group-fourth = Quartos 20%
group-richest = 20% mais ricos
group-rural = Rural
group-urban = Urbano
group-everyone = Todos
more-rows = { $count ->
    [one] …e mais { $rows } linha não exibida
   *[other] …e mais { $rows } linhas não exibidas
}

# Texto alternativo e palavras para publicar, no idioma da arte.
alt-intro = Arte de campanha do Objetivo Global { $number }, { $goal }.
alt-place = Público: { $place }.
alt-bars = Gráfico de barras comparando { $count } grupos: { $values }.
alt-pictogram = Pictograma de { $value }. { $rule }
alt-gap = Gráfico da desigualdade entre dois grupos: { $values }.
alt-trend = Gráfico de linha ao longo do tempo: { $direction ->
        [up] subiu de { $from } em { $start } para { $to } em { $end }
        [down] caiu de { $from } em { $start } para { $to } em { $end }
       *[same] manteve-se em { $from } de { $start } a { $end }
    }.
alt-donut = Gráfico de anel mostrando { $value }.
alt-value = { $label }: { $value }
list-separator = {", "}
post-place = { $place }: { $text }
post-tags = #NãoDeixarNinguémParaTrás #ODS{ $number }
