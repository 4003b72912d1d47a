# كلمات تُرسم على التصميم نفسه. اجعلها قصيرة: فهي تُكتب بخط كبير.

goal-label = الهدف { $number }
goal-1-name = القضاء على الفقر
goal-2-name = القضاء التام على الجوع
goal-3-name = الصحة الجيدة والرفاه
goal-4-name = التعليم الجيد
goal-5-name = المساواة بين الجنسين
goal-6-name = المياه النظيفة والنظافة الصحية
goal-7-name = طاقة نظيفة وبأسعار معقولة
goal-8-name = العمل اللائق ونمو الاقتصاد
goal-9-name = الصناعة والابتكار والهياكل الأساسية
goal-10-name = الحد من أوجه عدم المساواة
goal-11-name = مدن ومجتمعات محلية مستدامة
goal-12-name = الاستهلاك والإنتاج المسؤولان
goal-13-name = العمل المناخي
goal-14-name = الحياة تحت الماء
goal-15-name = الحياة في البر
goal-16-name = السلام والعدل والمؤسسات القوية
goal-17-name = عقد الشراكات لتحقيق الأهداف
pledge = عدم ترك أحد خلف الركب
source-line = المصدر: { $source }
source-line-with-year = المصدر: { $source }، { $year }
no-data = لا توجد بيانات
audience-international = حول العالم
audience-place = { $place }
# يذكر الرسم بالأيقونات قاعدة التقريب تحت الأشكال.
pictogram-rule = كل شكل يمثل 1 من كل { $total }. تظهر { $value } بوصفها { $shown } من كل { $total }.
pictogram-less-than-one = كل شكل يمثل 1 من كل { $total }. { $value } أقل من 1 من كل { $total }.
gap-label = الفجوة: { $gap }
gap-points = { $count ->
    [one] نقطة واحدة
    [two] نقطتان
    [few] { $points } نقاط
   *[other] { $points } نقطة
}
target-label = هدف 2030: { $value }

# أرقام أمثلة، واحد لكل هدف: حقيقية وموثقة المصدر.
example-1-figure = 712 مليون
example-1-statement = شخص كانوا يعيشون في فقر مدقع في عام 2022.
example-1-source = الأمم المتحدة، تقرير أهداف التنمية المستدامة
example-1-year = 2024
example-2-figure = 733 مليون
example-2-statement = شخص عانوا من الجوع في عام 2023، أي واحد من كل أحد عشر في العالم.
example-2-source = الفاو وآخرون، حالة الأمن الغذائي والتغذية في العالم
example-2-year = 2024
example-3-figure = 4.5 مليار
example-3-statement = شخص لم تشملهم الخدمات الصحية الأساسية بالكامل في عام 2021.
example-3-source = منظمة الصحة العالمية والبنك الدولي، تتبع التغطية الصحية الشاملة
example-3-year = 2023
example-4-figure = 250 مليون
example-4-statement = طفل وشاب خارج المدرسة.
example-4-source = اليونسكو، التقرير العالمي لرصد التعليم
example-4-year = 2023
example-5-figure = 1 من كل 5
example-5-statement = شابات تزوجن قبل بلوغ الثامنة عشرة.
example-5-source = اليونيسف، هل إنهاء زواج الأطفال في المتناول؟
example-5-year = 2023
example-6-figure = 2.2 مليار
example-6-statement = شخص ما زالوا يفتقرون إلى مياه شرب مُدارة بأمان في عام 2022.
example-6-source = منظمة الصحة العالمية واليونيسف، التقدم المحرز في مياه الشرب والصرف الصحي والنظافة الصحية في المنازل
example-6-year = 2023
example-7-figure = 685 مليون
example-7-statement = شخص كانوا يعيشون بلا كهرباء في عام 2022.
example-7-source = الوكالة الدولية للطاقة وآيرينا والأمم المتحدة والبنك الدولي ومنظمة الصحة العالمية، تتبّع الهدف 7
example-7-year = 2024
example-8-figure = 160 مليون
example-8-statement = طفل كانوا في عمل الأطفال في مطلع عام 2020.
example-8-source = منظمة العمل الدولية واليونيسف، عمل الأطفال: التقديرات العالمية لعام 2020
example-8-year = 2021
example-9-figure = 2.6 مليار
example-9-statement = شخص كانوا ما زالوا غير متصلين بالإنترنت في عام 2024، أي ثلث العالم.
example-9-source = الاتحاد الدولي للاتصالات، Facts and Figures
example-9-year = 2024
example-10-figure = 117.3 مليون
example-10-statement = شخص كانوا مهجّرين قسرًا من ديارهم في نهاية عام 2023.
example-10-source = مفوضية الأمم المتحدة لشؤون اللاجئين، الاتجاهات العالمية
example-10-year = 2024
example-11-figure = 1.1 مليار
example-11-statement = من سكان المدن كانوا يعيشون في أحياء فقيرة أو مستوطنات غير رسمية في عام 2022.
example-11-source = الأمم المتحدة، تقرير أهداف التنمية المستدامة
example-11-year = 2024
example-12-figure = 1.05 مليار
example-12-statement = طن من الطعام أُهدرت في عام 2022، بينما عانى الملايين من الجوع.
example-12-source = برنامج الأمم المتحدة للبيئة، تقرير مؤشر هدر الأغذية
example-12-year = 2024
example-13-figure = 3.3–3.6 مليار
example-13-statement = شخص يعيشون في أماكن شديدة التأثر بتغيّر المناخ.
example-13-source = الهيئة الحكومية الدولية المعنية بتغير المناخ، تغير المناخ 2022: الآثار والتكيف وقابلية التأثر
example-13-year = 2022
example-14-figure = 37.7%
example-14-statement = من الأرصدة السمكية في العالم كانت مستغلة بإفراط في عام 2021.
example-14-source = الفاو، حالة الموارد السمكية وتربية الأحياء المائية في العالم
example-14-year = 2024
example-15-figure = مليون
example-15-statement = نوع من الحيوانات والنباتات مهددة بالانقراض.
example-15-source = المنبر الحكومي الدولي للتنوع البيولوجي وخدمات النظم الإيكولوجية، تقرير التقييم العالمي
example-15-year = 2019
example-16-figure = 458,000
example-16-statement = شخص قُتلوا في جرائم قتل عمد في عام 2021.
example-16-source = مكتب الأمم المتحدة المعني بالمخدرات والجريمة، الدراسة العالمية بشأن القتل
example-16-year = 2023
example-17-figure = 0.37%
example-17-statement = من الدخل القومي للبلدان المانحة ذهب إلى المساعدة الإنمائية في عام 2023، مقابل هدف قدره 0.7%.
example-17-source = منظمة التعاون الاقتصادي والتنمية، المساعدة الإنمائية الرسمية، بيانات أولية
example-17-year = 2024

# أمثلة الرسوم البيانية: مؤشرات حقيقية وقيم توضيحية، ويذكر سطر المصدر ذلك.
example-data-source = بيانات توضيحية — استبدلها بأرقامك الخاصة
example-1-indicator = نسبة السكان المشمولين بالحماية الاجتماعية
example-2-indicator = نسبة صغار الأطفال الذين يتناولون غذاءً متنوعًا بما يكفي
example-3-indicator = نسبة الولادات التي يشرف عليها عاملون صحيون مهرة
example-4-indicator = نسبة الشباب الذين يكملون التعليم الثانوي
example-5-indicator = نسبة النساء اللواتي يتخذن قراراتهن الصحية بأنفسهن
example-6-indicator = نسبة السكان الذين يستخدمون مياه شرب مُدارة بأمان
example-7-indicator = نسبة السكان الذين يحصلون على الكهرباء
example-8-indicator = نسبة الشباب خارج العمل والتعليم والتدريب
example-9-indicator = نسبة السكان المشمولين بشبكة نطاق عريض متنقلة
example-10-indicator = نسبة السكان الذين يعيشون بأقل من نصف الدخل الوسيط
example-11-indicator = نسبة سكان المدن الذين يعيشون في أحياء فقيرة
example-12-indicator = نسبة الطعام المهدر في المنازل
example-13-indicator = نسبة السكان المشمولين بالإنذار المبكر بالكوارث
example-14-indicator = نسبة الأرصدة السمكية المستغلة على نحو مستدام
example-15-indicator = نسبة الأراضي المغطاة بالغابات
example-16-indicator = نسبة الأطفال المسجلة ولادتهم
example-17-indicator = نسبة السكان الذين يستخدمون الإنترنت
group-poorest = أفقر 20%
group-second = الخمس الثاني
group-middle = الخمس الأوسط
group-fourth = الخمس الرابع
group-richest = أغنى 20%
group-rural = الريف
group-urban = الحضر
group-everyone = الجميع
more-rows = { $count ->
    [one] …وصف آخر واحد غير معروض
    [two] …وصفان آخران غير معروضين
    [few] …و{ $rows } صفوف أخرى غير معروضة
   *[other] …و{ $rows } صفًا آخر غير معروض
}

# النص البديل وكلمات النشر، بلغة التصميم.
alt-intro = تصميم حملة للهدف العالمي { $number }، { $goal }.
alt-place = الجمهور: { $place }.
alt-bars = رسم بياني بالأعمدة يقارن بين { $count } فئات: { $values }.
alt-pictogram = رسم بالأيقونات لـ { $value }. { $rule }
alt-gap = رسم بياني للفجوة بين فئتين: { $values }.
alt-trend = رسم بياني خطي عبر الزمن: { $direction ->
        [up] ارتفع من { $from } في { $start } إلى { $to } في { $end }
        [down] انخفض من { $from } في { $start } إلى { $to } في { $end }
       *[same] بقي عند { $from } من { $start } إلى { $end }
    }.
alt-donut = رسم حلقي يبين { $value }.
alt-value = { $label }: { $value }
list-separator = {"، "}
post-place = { $place }: { $text }
post-tags = #عدم_ترك_أحد_خلف_الركب #SDG{ $number }

human-one-in = 1 من كل { $n }
human-per-day = { $count } يوميًا
human-per-hour = { $count } في الساعة
scale-thousand = ألف, آلاف
scale-million = مليون, ملايين
scale-billion = مليار, مليارات
alt-figure-was = الرقم كما نُشر: { $was }

map-loading = جارٍ تحميل الخريطة…
map-unmatched = { $count ->
    [one] صف واحد ليس على الخريطة
    [two] صفّان ليسا على الخريطة
    [few] { $rows } صفوف ليست على الخريطة
   *[other] { $rows } صفًا ليس على الخريطة
}
map-legend-no-data = لا توجد بيانات
alt-map = خريطة { $count } بلدًا: الأعلى في { $highest } ({ $high })، والأدنى في { $lowest } ({ $low })؛ لا توجد بيانات لـ { $missing }.
alt-map-empty = خريطة { $count } بلدًا، بلا قيم بعد.
map-place-value = { $place } { $value }
map-needs-file = تحتاج هذه الخريطة إلى ملف حدودها، { $file }: استورده مرة أخرى في المحرر.
alt-map-areas = خريطة { $count ->
    [one] منطقة واحدة
   *[other] { $count } منطقة
}: الأعلى في { $highest } ({ $high })، والأدنى في { $lowest } ({ $low })؛ لا بيانات لـ { $missing }.
alt-map-areas-empty = خريطة { $count } منطقة، بلا قيم بعد.
