# Words drawn on the graphic itself. Keep them short: they are set large.

goal-label = GOAL { $number }
goal-1-name = No Poverty
goal-2-name = Zero Hunger
goal-3-name = Good Health and Well-being
goal-4-name = Quality Education
goal-5-name = Gender Equality
pledge = Leave No One Behind
source-line = Source: { $source }
source-line-with-year = Source: { $source }, { $year }
no-data = no data
audience-international = Worldwide
audience-place = { $place }
# The pictogram states its rounding rule under the figures.
pictogram-rule = Each figure stands for 1 in { $total }. { $value } is shown as { $shown } in { $total }.
pictogram-less-than-one = Each figure stands for 1 in { $total }. { $value } is less than 1 in { $total }.
gap-label = Gap: { $gap }
gap-points = { $count ->
    [one] { $points } point
   *[other] { $points } points
}
target-label = 2030 target: { $value }

# Example figures, one per Goal: real, sourced, so a first graphic is a true one.
example-1-figure = 712 million
example-1-statement = people were living in extreme poverty in 2022.
example-1-source = UN, The Sustainable Development Goals Report
example-1-year = 2024
example-2-figure = 733 million
example-2-statement = people faced hunger in 2023 — one in eleven worldwide.
example-2-source = FAO et al., The State of Food Security and Nutrition in the World
example-2-year = 2024
example-3-figure = 4.5 billion
example-3-statement = people were not fully covered by essential health services in 2021.
example-3-source = WHO and World Bank, Tracking Universal Health Coverage
example-3-year = 2023
example-4-figure = 250 million
example-4-statement = children and young people are out of school.
example-4-source = UNESCO, Global Education Monitoring Report
example-4-year = 2023
example-5-figure = 1 in 5
example-5-statement = young women were married before their 18th birthday.
example-5-source = UNICEF, Is an End to Child Marriage within Reach?
example-5-year = 2023

# Chart examples: real indicators, illustrative values — the source line says so.
example-data-source = Example data — replace with your own figures
example-1-indicator = Share of people covered by social protection
example-2-indicator = Share of young children whose diet is diverse enough
example-3-indicator = Share of births attended by skilled health personnel
example-4-indicator = Share of young people completing secondary school
example-5-indicator = Share of women who make their own decisions on health care
group-poorest = Poorest 20%
group-second = Second 20%
group-middle = Middle 20%
group-fourth = Fourth 20%
group-richest = Richest 20%
group-rural = Rural
group-urban = Urban
group-everyone = Everyone
more-rows = { $count ->
    [one] …and { $rows } more row not shown
   *[other] …and { $rows } more rows not shown
}

# Alt text and the words to post, in the graphic's language.
alt-intro = Campaign graphic for Global Goal { $number }, { $goal }.
alt-place = Audience: { $place }.
alt-bars = Bar chart comparing { $count } groups: { $values }.
alt-pictogram = Pictogram of { $value }. { $rule }
alt-gap = Chart of the gap between two groups: { $values }.
alt-trend = Line chart over time: { $direction ->
        [up] it rose from { $from } in { $start } to { $to } in { $end }
        [down] it fell from { $from } in { $start } to { $to } in { $end }
       *[same] it stayed at { $from } from { $start } to { $end }
    }.
alt-donut = Ring chart showing { $value }.
alt-value = { $label }: { $value }
list-separator = {", "}
post-place = { $place }: { $text }
post-tags = #LeaveNoOneBehind #SDG{ $number }
