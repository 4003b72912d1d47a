# كلمات تُرسم على التصميم نفسه. اجعلها قصيرة: فهي تُكتب بخط كبير.

goal-label = الهدف { $number }
goal-1-name = القضاء على الفقر
goal-2-name = القضاء التام على الجوع
goal-3-name = الصحة الجيدة والرفاه
goal-4-name = التعليم الجيد
goal-5-name = المساواة بين الجنسين
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

# أمثلة الرسوم البيانية: مؤشرات حقيقية وقيم توضيحية، ويذكر سطر المصدر ذلك.
example-data-source = بيانات توضيحية — استبدلها بأرقامك الخاصة
example-1-indicator = نسبة السكان المشمولين بالحماية الاجتماعية
example-2-indicator = نسبة صغار الأطفال الذين يتناولون غذاءً متنوعًا بما يكفي
example-3-indicator = نسبة الولادات التي يشرف عليها عاملون صحيون مهرة
example-4-indicator = نسبة الشباب الذين يكملون التعليم الثانوي
example-5-indicator = نسبة النساء اللواتي يتخذن قراراتهن الصحية بأنفسهن
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
