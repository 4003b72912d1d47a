# Palavras desenhadas na arte. Seja breve: elas são compostas em tamanho grande.

goal-label = OBJETIVO { $number }
goal-1-name = Erradicação da pobreza
goal-2-name = Fome zero
goal-3-name = Saúde e bem-estar
goal-4-name = Educação de qualidade
goal-5-name = Igualdade de gênero
goal-6-name = Água potável e saneamento
goal-7-name = Energia limpa e acessível
goal-8-name = Trabalho decente e crescimento econômico
goal-9-name = Indústria, inovação e infraestrutura
goal-10-name = Redução das desigualdades
goal-11-name = Cidades e comunidades sustentáveis
goal-12-name = Consumo e produção responsáveis
goal-13-name = Ação contra a mudança global do clima
goal-14-name = Vida na água
goal-15-name = Vida terrestre
goal-16-name = Paz, justiça e instituições eficazes
goal-17-name = Parcerias e meios de implementação
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
example-5-statement = mulheres jovens se casaram antes de completar 18 anos.
example-5-source = UNICEF, O fim do casamento infantil está ao nosso alcance?
example-5-year = 2023
example-6-figure = 2,2 bilhões
example-6-statement = de pessoas ainda não tinham água potável gerida com segurança em 2022.
example-6-source = OMS e UNICEF, Progresso em água potável, saneamento e higiene nos domicílios
example-6-year = 2023
example-7-figure = 685 milhões
example-7-statement = de pessoas viviam sem eletricidade em 2022.
example-7-source = AIE, IRENA, ONU, Banco Mundial e OMS, Acompanhamento do ODS 7
example-7-year = 2024
example-8-figure = 160 milhões
example-8-statement = de crianças estavam em situação de trabalho infantil no início de 2020.
example-8-source = OIT e UNICEF, Trabalho infantil: estimativas globais 2020
example-8-year = 2021
example-9-figure = 2,6 bilhões
example-9-statement = de pessoas ainda estavam desconectadas em 2024, um terço do mundo.
example-9-source = UIT, Facts and Figures
example-9-year = 2024
example-10-figure = 117,3 milhões
example-10-statement = de pessoas haviam sido deslocadas à força no fim de 2023.
example-10-source = ACNUR, Tendências Globais
example-10-year = 2024
example-11-figure = 1,1 bilhão
example-11-statement = de pessoas nas cidades viviam em favelas ou assentamentos informais em 2022.
example-11-source = ONU, Relatório dos Objetivos de Desenvolvimento Sustentável
example-11-year = 2024
example-12-figure = 1,05 bilhão
example-12-statement = de toneladas de alimentos foram desperdiçadas em 2022, enquanto milhões passavam fome.
example-12-source = PNUMA, Relatório do Índice de Desperdício de Alimentos
example-12-year = 2024
example-13-figure = 3,3 a 3,6 bilhões
example-13-statement = de pessoas vivem em lugares muito vulneráveis à mudança do clima.
example-13-source = IPCC, Mudança do Clima 2022: impactos, adaptação e vulnerabilidade
example-13-year = 2022
example-14-figure = 37,7%
example-14-statement = dos estoques de peixes do mundo estavam sobreexplorados em 2021.
example-14-source = FAO, O estado mundial da pesca e da aquicultura
example-14-year = 2024
example-15-figure = 1 milhão
example-15-statement = de espécies de animais e plantas estão ameaçadas de extinção.
example-15-source = IPBES, Relatório de Avaliação Global sobre Biodiversidade e Serviços Ecossistêmicos
example-15-year = 2019
example-16-figure = 458 mil
example-16-statement = pessoas foram vítimas de homicídio doloso em 2021.
example-16-source = UNODC, Estudo Global sobre Homicídios
example-16-year = 2023
example-17-figure = 0,37%
example-17-statement = da renda nacional dos países doadores foi para a ajuda ao desenvolvimento em 2023, diante de uma meta de 0,7%.
example-17-source = OCDE, Assistência oficial ao desenvolvimento, dados preliminares
example-17-year = 2024

# Exemplos de gráficos: indicadores reais, valores ilustrativos — a fonte diz isso.
example-data-source = Dados de exemplo — substitua pelos seus próprios números
example-1-indicator = Porcentagem de pessoas cobertas pela proteção social
example-2-indicator = Porcentagem de crianças pequenas com alimentação suficientemente variada
example-3-indicator = Porcentagem de partos assistidos por profissionais de saúde qualificados
example-4-indicator = Porcentagem de jovens que concluem o ensino médio
example-5-indicator = Porcentagem de mulheres que decidem sobre a própria saúde
example-6-indicator = Porcentagem de pessoas com água potável gerida com segurança
example-7-indicator = Porcentagem de pessoas com acesso à eletricidade
example-8-indicator = Porcentagem de jovens que não estudam, não trabalham nem estão em formação
example-9-indicator = Porcentagem de pessoas cobertas por rede móvel de banda larga
example-10-indicator = Porcentagem de pessoas com menos da metade da renda mediana
example-11-indicator = Porcentagem da população urbana que vive em favelas
example-12-indicator = Porcentagem de alimentos desperdiçados nos domicílios
example-13-indicator = Porcentagem de pessoas cobertas por alertas precoces de desastres
example-14-indicator = Porcentagem de estoques de peixes explorados de forma sustentável
example-15-indicator = Porcentagem do território coberta por florestas
example-16-indicator = Porcentagem de crianças com registro de nascimento
example-17-indicator = Porcentagem de pessoas que usam a internet
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

human-one-in = 1 em cada { $n }
human-per-day = { $count } por dia
human-per-hour = { $count } por hora
scale-thousand = mil
scale-million = milhão, milhões
scale-billion = bilhão, bilhões
alt-figure-was = O número publicado: { $was }

map-loading = Carregando o mapa…
map-unmatched = { $count ->
    [one] { $rows } linha não está no mapa
   *[other] { $rows } linhas não estão no mapa
}
map-legend-no-data = Sem dados
alt-map = Mapa de { $count ->
    [one] um país
   *[other] { $count } países
}: o maior valor em { $highest } ({ $high }), o menor em { $lowest } ({ $low }); sem dados para { $missing }.
alt-map-empty = Mapa de { $count } países, ainda sem valores.
map-place-value = { $place } { $value }
map-needs-file = Este mapa precisa de seu arquivo de limites, { $file }: importe-o de novo no editor.
alt-map-areas = Mapa de { $count ->
    [one] uma área
   *[other] { $count } áreas
}: mais alto em { $highest } ({ $high }), mais baixo em { $lowest } ({ $low }); sem dados para { $missing }.
alt-map-areas-empty = Mapa de { $count } áreas, ainda sem valores.
