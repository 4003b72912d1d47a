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
