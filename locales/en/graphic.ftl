# Words drawn on the graphic itself. Keep them short: they are set large.

goal-label = GOAL { $number }
goal-1-name = No Poverty
goal-2-name = Zero Hunger
goal-3-name = Good Health and Well-being
goal-4-name = Quality Education
goal-5-name = Gender Equality
pledge = Leave No One Behind
source-line = Source: { $source }

# Example figures, one per Goal: real, sourced, so a first graphic is a true one.
example-1-figure = 712 million
example-1-statement = people were living in extreme poverty in 2022.
example-1-source = UN, The Sustainable Development Goals Report 2024
example-2-figure = 733 million
example-2-statement = people faced hunger in 2023 — one in eleven worldwide.
example-2-source = FAO et al., The State of Food Security and Nutrition in the World 2024
example-3-figure = 4.5 billion
example-3-statement = people were not fully covered by essential health services in 2021.
example-3-source = WHO and World Bank, Tracking Universal Health Coverage 2023
example-4-figure = 250 million
example-4-statement = children and young people are out of school.
example-4-source = UNESCO, Global Education Monitoring Report 2023
example-5-figure = 1 in 5
example-5-statement = young women were married before their 18th birthday.
example-5-source = UNICEF, Is an End to Child Marriage within Reach? 2023
