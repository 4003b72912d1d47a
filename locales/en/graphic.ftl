# Words drawn on the graphic itself. Keep them short: they are set large.

# Over the Goal's name in the graphic's header, in capitals ("GOAL 4").
goal-label = GOAL { $number }
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: keep it within about 16 characters; a longer one is set smaller, down to a floor, then cut with "…".
goal-1-name = No Poverty
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: keep it within about 17 characters; a longer one is set smaller, down to a floor, then cut with "…".
goal-2-name = Zero Hunger
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: keep it within about 36 characters; a longer one is set smaller, down to a floor, then cut with "…".
goal-3-name = Good Health and Well-being
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: keep it within about 23 characters; a longer one is set smaller, down to a floor, then cut with "…".
goal-4-name = Quality Education
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: keep it within about 21 characters; a longer one is set smaller, down to a floor, then cut with "…".
goal-5-name = Gender Equality
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-6-name = Clean Water and Sanitation
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-7-name = Affordable and Clean Energy
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-8-name = Decent Work and Economic Growth
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-9-name = Industry, Innovation and Infrastructure
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-10-name = Reduced Inequalities
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-11-name = Sustainable Cities and Communities
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-12-name = Responsible Consumption and Production
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-13-name = Climate Action
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-14-name = Life Below Water
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-15-name = Life on Land
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-16-name = Peace, Justice and Strong Institutions
# The Goal's short name in the graphic's header, in capitals; the UN's own name in the language. Drawn on the graphic: a long one is set smaller, down to a floor, then cut with "…".
goal-17-name = Partnerships for the Goals
# The pledge's line in the graphic's footer, in capitals. The UN's own translation where there is one.
pledge = Leave No One Behind
# The graphic's source line; $source as typed.
source-line = Source: { $source }
# The graphic's source line with the year; $source and $year as typed.
source-line-with-year = Source: { $source }, { $year }
# Drawn where a value is missing (never shown as zero), and said in alt text.
no-data = no data
# Above the statement for an international audience, in capitals.
audience-international = Worldwide
# Above the statement for a national or regional audience, in capitals; $place as typed.
audience-place = { $place }
## The pictogram states its rounding rule under the figures.

# Under the pictogram: its rounding rule; $total, $value and $shown are numbers.
pictogram-rule = Each figure stands for 1 in { $total }. { $value } is shown as { $shown } in { $total }.
# Under the pictogram when the share rounds to no one.
pictogram-less-than-one = Each figure stands for 1 in { $total }. { $value } is less than 1 in { $total }.
# The gap chart's callout, in capitals; $gap is gap-points or a number.
gap-label = Gap: { $gap }
# The gap in percentage points; plural by $count, $points is the number.
gap-points = { $count ->
    [one] { $points } point
   *[other] { $points } points
}
# The trend's 2030 target, by its ring; $value is the number.
target-label = 2030 target: { $value }

## Example figures, one per Goal: real, sourced, so a first graphic is a true one.

# Goal 1's example big number, from its source; numbers as the language writes them.
example-1-figure = 712 million
# Goal 1's example statement, beside its big number (one sentence).
example-1-statement = people were living in extreme poverty in 2022.
# Goal 1's example source (the report's name in the language where it is published).
example-1-source = UN, The Sustainable Development Goals Report
# The year of Goal 1's example figure.
example-1-year = 2024
# Goal 2's example big number, from its source; numbers as the language writes them.
example-2-figure = 733 million
# Goal 2's example statement, beside its big number (one sentence).
example-2-statement = people faced hunger in 2023 — one in eleven worldwide.
# Goal 2's example source (the report's name in the language where it is published).
example-2-source = FAO et al., The State of Food Security and Nutrition in the World
# The year of Goal 2's example figure.
example-2-year = 2024
# Goal 3's example big number, from its source; numbers as the language writes them.
example-3-figure = 4.5 billion
# Goal 3's example statement, beside its big number (one sentence).
example-3-statement = people were not fully covered by essential health services in 2021.
# Goal 3's example source (the report's name in the language where it is published).
example-3-source = WHO and World Bank, Tracking Universal Health Coverage
# The year of Goal 3's example figure.
example-3-year = 2023
# Goal 4's example big number, from its source; numbers as the language writes them.
example-4-figure = 250 million
# Goal 4's example statement, beside its big number (one sentence).
example-4-statement = children and young people are out of school.
# Goal 4's example source (the report's name in the language where it is published).
example-4-source = UNESCO, Global Education Monitoring Report
# The year of Goal 4's example figure.
example-4-year = 2023
# Goal 5's example big number, from its source; numbers as the language writes them.
example-5-figure = 1 in 5
# Goal 5's example statement, beside its big number (one sentence).
example-5-statement = young women were married before their 18th birthday.
# Goal 5's example source (the report's name in the language where it is published).
example-5-source = UNICEF, Is an End to Child Marriage within Reach?
# The year of Goal 5's example figure.
example-5-year = 2023
# Goal 6's example big number, from its source; numbers as the language writes them.
example-6-figure = 2.2 billion
# Goal 6's example statement, beside its big number (one sentence).
example-6-statement = people still lacked safely managed drinking water in 2022.
# Goal 6's example source (the report's name in the language where it is published).
example-6-source = WHO and UNICEF, Progress on household drinking water, sanitation and hygiene
# The year of Goal 6's example figure.
example-6-year = 2023
# Goal 7's example big number, from its source; numbers as the language writes them.
example-7-figure = 685 million
# Goal 7's example statement, beside its big number (one sentence).
example-7-statement = people lived without electricity in 2022.
# Goal 7's example source (the report's name in the language where it is published).
example-7-source = IEA, IRENA, UN, World Bank and WHO, Tracking SDG 7
# The year of Goal 7's example figure.
example-7-year = 2024
# Goal 8's example big number, from its source; numbers as the language writes them.
example-8-figure = 160 million
# Goal 8's example statement, beside its big number (one sentence).
example-8-statement = children were in child labour at the start of 2020.
# Goal 8's example source (the report's name in the language where it is published).
example-8-source = ILO and UNICEF, Child Labour: Global estimates 2020
# The year of Goal 8's example figure.
example-8-year = 2021
# Goal 9's example big number, from its source; numbers as the language writes them.
example-9-figure = 2.6 billion
# Goal 9's example statement, beside its big number (one sentence).
example-9-statement = people were still offline in 2024, a third of the world.
# Goal 9's example source (the report's name in the language where it is published).
example-9-source = ITU, Facts and Figures
# The year of Goal 9's example figure.
example-9-year = 2024
# Goal 10's example big number, from its source; numbers as the language writes them.
example-10-figure = 117.3 million
# Goal 10's example statement, beside its big number (one sentence).
example-10-statement = people were forcibly displaced from their homes at the end of 2023.
# Goal 10's example source (the report's name in the language where it is published).
example-10-source = UNHCR, Global Trends
# The year of Goal 10's example figure.
example-10-year = 2024
# Goal 11's example big number, from its source; numbers as the language writes them.
example-11-figure = 1.1 billion
# Goal 11's example statement, beside its big number (one sentence).
example-11-statement = people in cities lived in slums or informal settlements in 2022.
# Goal 11's example source (the report's name in the language where it is published).
example-11-source = UN, The Sustainable Development Goals Report
# The year of Goal 11's example figure.
example-11-year = 2024
# Goal 12's example big number, from its source; numbers as the language writes them.
example-12-figure = 1.05 billion
# Goal 12's example statement, beside its big number (one sentence).
example-12-statement = tonnes of food were wasted in 2022, while millions went hungry.
# Goal 12's example source (the report's name in the language where it is published).
example-12-source = UNEP, Food Waste Index Report
# The year of Goal 12's example figure.
example-12-year = 2024
# Goal 13's example big number, from its source; numbers as the language writes them.
example-13-figure = 3.3–3.6 billion
# Goal 13's example statement, beside its big number (one sentence).
example-13-statement = people live in places highly vulnerable to climate change.
# Goal 13's example source (the report's name in the language where it is published).
example-13-source = IPCC, Climate Change 2022: Impacts, Adaptation and Vulnerability
# The year of Goal 13's example figure.
example-13-year = 2022
# Goal 14's example big number, from its source; numbers as the language writes them.
example-14-figure = 37.7%
# Goal 14's example statement, beside its big number (one sentence).
example-14-statement = of the world’s fish stocks were overfished in 2021.
# Goal 14's example source (the report's name in the language where it is published).
example-14-source = FAO, The State of World Fisheries and Aquaculture
# The year of Goal 14's example figure.
example-14-year = 2024
# Goal 15's example big number, from its source; numbers as the language writes them.
example-15-figure = 1 million
# Goal 15's example statement, beside its big number (one sentence).
example-15-statement = animal and plant species are threatened with extinction.
# Goal 15's example source (the report's name in the language where it is published).
example-15-source = IPBES, Global Assessment Report on Biodiversity and Ecosystem Services
# The year of Goal 15's example figure.
example-15-year = 2019
# Goal 16's example big number, from its source; numbers as the language writes them.
example-16-figure = 458,000
# Goal 16's example statement, beside its big number (one sentence).
example-16-statement = people were killed in intentional homicides in 2021.
# Goal 16's example source (the report's name in the language where it is published).
example-16-source = UNODC, Global Study on Homicide
# The year of Goal 16's example figure.
example-16-year = 2023
# Goal 17's example big number, from its source; numbers as the language writes them.
example-17-figure = 0.37%
# Goal 17's example statement, beside its big number (one sentence).
example-17-statement = of donor countries’ national income went to development aid in 2023, against a 0.7% target.
# Goal 17's example source (the report's name in the language where it is published).
example-17-source = OECD, Official development assistance, preliminary data
# The year of Goal 17's example figure.
example-17-year = 2024

## Chart examples: real indicators, illustrative values — the source line says so.

# Source line of every chart example: says the figures are examples.
example-data-source = Example data — replace with your own figures
# Goal 1's chart examples' statement: the indicator the example values stand for.
example-1-indicator = Share of people covered by social protection
# Goal 2's chart examples' statement: the indicator the example values stand for.
example-2-indicator = Share of young children whose diet is diverse enough
# Goal 3's chart examples' statement: the indicator the example values stand for.
example-3-indicator = Share of births attended by skilled health personnel
# Goal 4's chart examples' statement: the indicator the example values stand for.
example-4-indicator = Share of young people completing secondary school
# Goal 5's chart examples' statement: the indicator the example values stand for.
example-5-indicator = Share of women who make their own decisions on health care
# Goal 6's chart examples' statement: the indicator the example values stand for.
example-6-indicator = Share of people using safely managed drinking water
# Goal 7's chart examples' statement: the indicator the example values stand for.
example-7-indicator = Share of people with access to electricity
# Goal 8's chart examples' statement: the indicator the example values stand for.
example-8-indicator = Share of young people not in work, education or training
# Goal 9's chart examples' statement: the indicator the example values stand for.
example-9-indicator = Share of people covered by a mobile broadband network
# Goal 10's chart examples' statement: the indicator the example values stand for.
example-10-indicator = Share of people living on less than half the median income
# Goal 11's chart examples' statement: the indicator the example values stand for.
example-11-indicator = Share of city dwellers living in slums
# Goal 12's chart examples' statement: the indicator the example values stand for.
example-12-indicator = Share of household food wasted
# Goal 13's chart examples' statement: the indicator the example values stand for.
example-13-indicator = Share of people covered by disaster early warnings
# Goal 14's chart examples' statement: the indicator the example values stand for.
example-14-indicator = Share of fish stocks fished at sustainable levels
# Goal 15's chart examples' statement: the indicator the example values stand for.
example-15-indicator = Share of land covered by forest
# Goal 16's chart examples' statement: the indicator the example values stand for.
example-16-indicator = Share of children whose birth is registered
# Goal 17's chart examples' statement: the indicator the example values stand for.
example-17-indicator = Share of people using the internet
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 15 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-poorest = Poorest 20%
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 14 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-second = Second 20%
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 14 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-middle = Middle 20%
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 14 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-fourth = Fourth 20%
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 15 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-richest = Richest 20%
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 9 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-rural = Rural
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 9 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-urban = Urban
# A group in the bar and gap examples (beside or above its bar). Drawn on the graphic: keep it within about 12 characters; a longer one is set smaller, down to a floor, then cut with "…".
group-everyone = Everyone
# Under a bar chart with more rows than fit; plural by $count.
more-rows = { $count ->
    [one] …and { $rows } more row not shown
   *[other] …and { $rows } more rows not shown
}

## Alt text and the words to post, in the graphic's language.

# Alt text's first sentence; $number and $goal name the Goal.
alt-intro = Campaign graphic for Global Goal { $number }, { $goal }.
# Alt text: the audience; $place as typed.
alt-place = Audience: { $place }.
# Alt text of a bar chart; $count rows, $values the list (alt-value joined by list-separator).
alt-bars = Bar chart comparing { $count } groups: { $values }.
# Alt text of a pictogram; $value the share, $rule the pictogram-rule sentence.
alt-pictogram = Pictogram of { $value }. { $rule }
# Alt text of a gap chart; $values the two values.
alt-gap = Chart of the gap between two groups: { $values }.
# Alt text of a trend: how it moved ($direction up/down/same, $from $to values, $start $end years).
alt-trend = Line chart over time: { $direction ->
        [up] it rose from { $from } in { $start } to { $to } in { $end }
        [down] it fell from { $from } in { $start } to { $to } in { $end }
       *[same] it stayed at { $from } from { $start } to { $end }
    }.
# Alt text of a ring chart; $value the share.
alt-donut = Ring chart showing { $value }.
# One "label: value" pair in alt text.
alt-value = { $label }: { $value }
# Between pairs in alt text (", " in English; the language's list comma).
list-separator = {", "}
# The post's first line for a place; $place and $text.
post-place = { $place }: { $text }
# The hashtags ending the post; $number is the Goal. Use the campaign's hashtags in the language.
post-tags = #LeaveNoOneBehind #SDG{ $number }

## Figures in human terms

# A share said as "1 in N" (the headline figure); $n is the number.
human-one-in = 1 in { $n }
# A yearly count said per day (the headline figure); $count is the number.
human-per-day = { $count } a day
# A yearly count said per hour (the headline figure); $count is the number.
human-per-hour = { $count } an hour
# The words for a thousand as figures are written with them ("712 thousand"), every form, separated by commas: how a typed figure is read.
scale-thousand = thousand, thousands
# The words for a million as figures are written with them, every form, separated by commas.
scale-million = million, millions
# The words for a thousand million (10^9) as figures are written with them, every form, separated by commas.
scale-billion = billion, billions
# Alt text, when the headline figure was put in human terms: the figure as it was published; $was as typed.
alt-figure-was = The figure as published: { $was }

# Where a map will be while its boundaries load (seen only in the editor).
map-loading = Loading the map…
# Under a map: rows whose label names no country on the map; $rows the count, formatted.
map-unmatched = { $count ->
    [one] { $rows } row is not on the map
   *[other] { $rows } rows are not on the map
}
# The map legend's hatched swatch: countries without a value.
map-legend-no-data = No data
# Alt text of a map; $highest and $lowest are row labels, $high and $low their values, $missing the rows without a value.
alt-map = Map of { $count ->
    [one] one country
   *[other] { $count } countries
}: highest in { $highest } ({ $high }), lowest in { $lowest } ({ $low }); no data for { $missing }.
# Alt text of a map whose table has no values yet.
alt-map-empty = Map of { $count } countries, with no values yet.
# On a map, beside the audience's country: its name as typed and its value ("Kenya 36%").
map-place-value = { $place } { $value }
# Where a map drawn from a campaigner's own boundaries file would be, when this browser does not keep the file; $file its name.
map-needs-file = This map needs its boundaries file, { $file }: import it again in the editor.
# Alt text of a map of a campaigner's own areas (counties, districts); as alt-map.
alt-map-areas = Map of { $count ->
    [one] one area
   *[other] { $count } areas
}: highest in { $highest } ({ $high }), lowest in { $lowest } ({ $low }); no data for { $missing }.
# Alt text of a map of own areas whose table has no values yet.
alt-map-areas-empty = Map of { $count } areas, with no values yet.
