# Maneno yanayochorwa kwenye mchoro. Yawe mafupi: huandikwa kwa herufi kubwa.

goal-label = LENGO { $number }
goal-1-name = Kutokomeza Umaskini
goal-2-name = Kutokomeza Njaa
goal-3-name = Afya Njema na Ustawi
goal-4-name = Elimu Bora
goal-5-name = Usawa wa Kijinsia
pledge = Kutomwacha Mtu Yeyote Nyuma
source-line = Chanzo: { $source }
source-line-with-year = Chanzo: { $source }, { $year }
no-data = hakuna data
audience-international = Duniani kote
audience-place = { $place }
# Picha-alama inaeleza kanuni yake ya kukadiria chini ya alama.
pictogram-rule = Kila alama inawakilisha 1 kati ya { $total }. { $value } inaonyeshwa kama { $shown } kati ya { $total }.
pictogram-less-than-one = Kila alama inawakilisha 1 kati ya { $total }. { $value } ni chini ya 1 kati ya { $total }.
gap-label = Pengo: { $gap }
gap-points = pointi { $points }
target-label = Lengo la 2030: { $value }

# Takwimu za mfano, moja kwa kila Lengo: za kweli, zenye chanzo.
example-1-figure = Milioni 712
example-1-statement = ya watu waliishi katika umaskini uliokithiri mwaka 2022.
example-1-source = UN, Ripoti ya Malengo ya Maendeleo Endelevu
example-1-year = 2024
example-2-figure = Milioni 733
example-2-statement = ya watu walikabiliwa na njaa mwaka 2023 — mmoja kati ya kumi na mmoja duniani.
example-2-source = FAO na wengine, Hali ya Usalama wa Chakula na Lishe Duniani
example-2-year = 2024
example-3-figure = Bilioni 4.5
example-3-statement = ya watu hawakupata huduma zote muhimu za afya mwaka 2021.
example-3-source = WHO na Benki ya Dunia, Ufuatiliaji wa Huduma ya Afya kwa Wote
example-3-year = 2023
example-4-figure = Milioni 250
example-4-statement = ya watoto na vijana hawako shuleni.
example-4-source = UNESCO, Ripoti ya Ufuatiliaji wa Elimu Duniani
example-4-year = 2023
example-5-figure = 1 kati ya 5
example-5-statement = wa wanawake vijana waliolewa kabla ya kutimiza miaka 18.
example-5-source = UNICEF, Je, Kukomesha Ndoa za Utotoni Kunawezekana?
example-5-year = 2023

# Mifano ya chati: viashiria halisi, thamani za mfano — mstari wa chanzo unasema hivyo.
example-data-source = Data ya mfano — weka takwimu zako mwenyewe
example-1-indicator = Asilimia ya watu walio na hifadhi ya jamii
example-2-indicator = Asilimia ya watoto wadogo wenye mlo wa aina mbalimbali wa kutosha
example-3-indicator = Asilimia ya vizazi vinavyosimamiwa na wahudumu wa afya wenye ujuzi
example-4-indicator = Asilimia ya vijana wanaomaliza shule ya sekondari
example-5-indicator = Asilimia ya wanawake wanaofanya maamuzi yao wenyewe kuhusu afya
group-poorest = 20% maskini zaidi
group-second = 20% ya pili
group-middle = 20% ya kati
group-fourth = 20% ya nne
group-richest = 20% tajiri zaidi
group-rural = Vijijini
group-urban = Mijini
group-everyone = Wote
more-rows = { $count ->
    [one] …na safu { $rows } zaidi isiyoonyeshwa
   *[other] …na safu { $rows } zaidi zisizoonyeshwa
}

# Maelezo mbadala ya picha na maneno ya kuchapisha, katika lugha ya mchoro.
alt-intro = Mchoro wa kampeni wa Lengo la Dunia { $number }, { $goal }.
alt-place = Hadhira: { $place }.
alt-bars = Chati ya miraba inayolinganisha makundi { $count }: { $values }.
alt-pictogram = Picha-alama ya { $value }. { $rule }
alt-gap = Chati ya pengo kati ya makundi mawili: { $values }.
alt-trend = Chati ya mstari kwa muda: { $direction ->
        [up] ilipanda kutoka { $from } mwaka { $start } hadi { $to } mwaka { $end }
        [down] ilishuka kutoka { $from } mwaka { $start } hadi { $to } mwaka { $end }
       *[same] ilibaki { $from } kuanzia { $start } hadi { $end }
    }.
alt-donut = Chati ya pete inayoonyesha { $value }.
alt-value = { $label }: { $value }
list-separator = {", "}
post-place = { $place }: { $text }
post-tags = #KutomwachaMtuNyuma #SDG{ $number }
