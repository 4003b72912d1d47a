# Maneno yanayochorwa kwenye mchoro. Yawe mafupi: huandikwa kwa herufi kubwa.

goal-label = LENGO { $number }
goal-1-name = Kutokomeza Umaskini
goal-2-name = Kutokomeza Njaa
goal-3-name = Afya Njema na Ustawi
goal-4-name = Elimu Bora
goal-5-name = Usawa wa Kijinsia
goal-6-name = Maji Safi na Usafi wa Mazingira
goal-7-name = Nishati Safi kwa Gharama Nafuu
goal-8-name = Kazi Zenye Staha na Ukuaji wa Uchumi
goal-9-name = Viwanda, Ubunifu na Miundombinu
goal-10-name = Kupunguza Kutokuwepo kwa Usawa
goal-11-name = Miji na Jamii Endelevu
goal-12-name = Matumizi na Uzalishaji Endelevu
goal-13-name = Kuchukua Hatua kuhusu Mabadiliko ya Tabianchi
goal-14-name = Uhai Chini ya Maji
goal-15-name = Uhai Juu ya Ardhi
goal-16-name = Amani, Haki na Taasisi Imara
goal-17-name = Ushirikiano kwa Ajili ya Malengo
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
example-6-figure = Bilioni 2.2
example-6-statement = ya watu bado hawakuwa na maji ya kunywa yaliyosimamiwa kwa usalama mwaka 2022.
example-6-source = WHO na UNICEF, Progress on household drinking water, sanitation and hygiene
example-6-year = 2023
example-7-figure = Milioni 685
example-7-statement = ya watu waliishi bila umeme mwaka 2022.
example-7-source = IEA, IRENA, UN, Benki ya Dunia na WHO, Tracking SDG 7
example-7-year = 2024
example-8-figure = Milioni 160
example-8-statement = ya watoto walikuwa katika ajira ya watoto mwanzoni mwa 2020.
example-8-source = ILO na UNICEF, Child Labour: Global estimates 2020
example-8-year = 2021
example-9-figure = Bilioni 2.6
example-9-statement = ya watu bado hawakuwa kwenye intaneti mwaka 2024, theluthi moja ya dunia.
example-9-source = ITU, Facts and Figures
example-9-year = 2024
example-10-figure = Milioni 117.3
example-10-statement = ya watu walikuwa wamelazimishwa kuyakimbia makazi yao mwishoni mwa 2023.
example-10-source = UNHCR, Global Trends
example-10-year = 2024
example-11-figure = Bilioni 1.1
example-11-statement = ya watu mijini waliishi katika makazi duni au yasiyo rasmi mwaka 2022.
example-11-source = UN, Ripoti ya Malengo ya Maendeleo Endelevu
example-11-year = 2024
example-12-figure = Bilioni 1.05
example-12-statement = ya tani za chakula zilipotea bure mwaka 2022, huku mamilioni wakikabiliwa na njaa.
example-12-source = UNEP, Food Waste Index Report
example-12-year = 2024
example-13-figure = Bilioni 3.3–3.6
example-13-statement = ya watu wanaishi katika maeneo yaliyo hatarini sana kwa mabadiliko ya tabianchi.
example-13-source = IPCC, Climate Change 2022: Impacts, Adaptation and Vulnerability
example-13-year = 2022
example-14-figure = 37.7%
example-14-statement = ya hifadhi za samaki duniani zilivuliwa kupita kiasi mwaka 2021.
example-14-source = FAO, The State of World Fisheries and Aquaculture
example-14-year = 2024
example-15-figure = Milioni 1
example-15-statement = ya spishi za wanyama na mimea ziko hatarini kutoweka.
example-15-source = IPBES, Global Assessment Report on Biodiversity and Ecosystem Services
example-15-year = 2019
example-16-figure = 458,000
example-16-statement = watu waliuawa kwa makusudi mwaka 2021.
example-16-source = UNODC, Global Study on Homicide
example-16-year = 2023
example-17-figure = 0.37%
example-17-statement = ya pato la taifa la nchi wafadhili lilienda kwenye misaada ya maendeleo mwaka 2023, dhidi ya lengo la 0.7%.
example-17-source = OECD, Official development assistance, preliminary data
example-17-year = 2024

# Mifano ya chati: viashiria halisi, thamani za mfano — mstari wa chanzo unasema hivyo.
example-data-source = Data ya mfano — weka takwimu zako mwenyewe
example-1-indicator = Asilimia ya watu walio na hifadhi ya jamii
example-2-indicator = Asilimia ya watoto wadogo wenye mlo wa aina mbalimbali wa kutosha
example-3-indicator = Asilimia ya vizazi vinavyosimamiwa na wahudumu wa afya wenye ujuzi
example-4-indicator = Asilimia ya vijana wanaomaliza shule ya sekondari
example-5-indicator = Asilimia ya wanawake wanaofanya maamuzi yao wenyewe kuhusu afya
example-6-indicator = Asilimia ya watu wanaotumia maji ya kunywa yaliyo salama
example-7-indicator = Asilimia ya watu wenye umeme
example-8-indicator = Asilimia ya vijana wasio kazini, shuleni wala mafunzoni
example-9-indicator = Asilimia ya watu walio na mtandao wa intaneti ya simu
example-10-indicator = Asilimia ya watu wanaoishi kwa chini ya nusu ya kipato cha wastani
example-11-indicator = Asilimia ya wakazi wa mijini wanaoishi katika makazi duni
example-12-indicator = Asilimia ya chakula kinachopotea majumbani
example-13-indicator = Asilimia ya watu wanaopata tahadhari za mapema za majanga
example-14-indicator = Asilimia ya hifadhi za samaki zinazovuliwa kwa uendelevu
example-15-indicator = Asilimia ya ardhi iliyofunikwa na misitu
example-16-indicator = Asilimia ya watoto waliosajiliwa wakati wa kuzaliwa
example-17-indicator = Asilimia ya watu wanaotumia intaneti
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

human-one-in = 1 kati ya { $n }
human-per-day = { $count } kwa siku
human-per-hour = { $count } kwa saa
scale-thousand = elfu
scale-million = milioni
scale-billion = bilioni
alt-figure-was = Takwimu kama ilivyochapishwa: { $was }

map-loading = Ramani inapakiwa…
map-unmatched = { $count ->
    [one] Safu { $rows } haipo kwenye ramani
   *[other] Safu { $rows } hazipo kwenye ramani
}
map-legend-no-data = Hakuna data
alt-map = Ramani ya nchi { $count }: juu zaidi ni { $highest } ({ $high }), chini zaidi ni { $lowest } ({ $low }); hakuna data kwa { $missing }.
alt-map-empty = Ramani ya nchi { $count }, bado bila thamani.
map-place-value = { $place } { $value }
map-needs-file = Ramani hii inahitaji faili yake ya mipaka, { $file }: iingize tena kwenye kihariri.
alt-map-areas = Ramani ya { $count ->
    [one] eneo moja
   *[other] maeneo { $count }
}: juu zaidi { $highest } ({ $high }), chini zaidi { $lowest } ({ $low }); hakuna data kwa { $missing }.
alt-map-areas-empty = Ramani ya maeneo { $count }, bado bila thamani.
