# كلمات واجهة المحرر.

app-title = LNB Studio
app-tagline = تصاميم حملات لتعهد عدم ترك أحد خلف الركب
goal-legend = الهدف العالمي
figure-label = الرقم الرئيسي
figure-hint = كما تريد أن يُقرأ، مثل «1 من كل 3» أو «258 مليونًا».
statement-label = الرسالة
statement-hint = جملة واحدة تشرح معنى الرقم.
source-label = المصدر
preview-label = معاينة التصميم
share-png = مشاركة…
export-png = تنزيل PNG
exporting = جارٍ التحضير…
export-failed = تعذّر إنشاء الملف. تصميمك محفوظ؛ يُرجى المحاولة مرة أخرى.
download-failed = لم يقبل المتصفح الملف. تصميمك محفوظ؛ يُرجى المحاولة مرة أخرى.
canvas-failed = تعذّر على هذا المتصفح رسم التصميم (ربما لأنه أكبر من ذاكرته). تصميمك محفوظ؛ جرّب مقاسًا أصغر أو متصفحًا آخر.
exporter-unavailable = تعذّر تحميل أدوات التصدير، فلم يُنشأ أي ملف. تصميمك محفوظ؛ تحقّق من اتصالك وحاول مرة أخرى.
loading-fonts = جارٍ تحميل الخطوط…
fonts-failed = تعذّر تحميل الخطوط، لذا لا يمكن رسم المعاينة. تحقق من اتصالك وأعد تحميل الصفحة.
audience-legend = الجمهور
scope-international = دولي
scope-national = وطني
scope-regional = إقليمي
place-label = المكان
place-hint = البلد أو المحافظة أو المدينة، مثل «محافظة أسوان». اتركه فارغًا للعالم كله.
chart-legend = الرسم البياني
chart-big-number = رقم كبير
chart-pictogram = رسم بالأيقونات
chart-bars = مقارنة الفئات
chart-gap = الفجوة
chart-trend = الاتجاه
chart-donut = جزء من كل
figures-legend = الأرقام
figures-hint = صف واحد لكل فئة أو مكان أو سنة. اترك القيمة فارغة لتعني «لا توجد بيانات».
column-label = التسمية
column-value = القيمة
column-year = السنة
row-label-name = تسمية الصف { $row }
row-value-name = قيمة الصف { $row }
row-year-name = سنة الصف { $row }
remove-row = حذف الصف { $row }
add-row = إضافة صف
unit-label = القيم هي
unit-percent = نسب مئوية
unit-number = أعداد
target-field-label = هدف عام 2030 (اختياري)
value-not-a-number = هذا ليس رقمًا. اكتب أرقامًا، مثل 12.5 أو 1,250.
value-too-large = هذا الرقم أكبر من أن يُعرض.
year-label = السنة
cta-label = دعوة إلى العمل (اختياري)
cta-hint = مثل «وقّع التعهد على example.org».
hashtag-label = وسم (اختياري)
pledge-label = إظهار «عدم ترك أحد خلف الركب»
format-label = المقاس
photocopy-label = مناسب للنسخ الضوئي (أبيض وأسود)
photocopy-hint = لملصق يُنسخ بآلة نسخ بالأبيض والأسود: خلفية فاتحة وحبر أسود يبقيان مقروءين بالرمادي.
format-x-landscape = X / تويتر
format-x-compact = X / تويتر مدمج
format-link-share = فيسبوك / لينكدإن
format-instagram-square = إنستغرام مربع
format-instagram-portrait = إنستغرام عمودي
format-story = قصة
format-poster-a4 = ملصق A4
format-poster-a3 = ملصق A3
issue-no-source = أضف مصدرًا: لن يثق أحد برقم بلا مصدر.
issue-no-figure = اكتب الرقم المراد عرضه.
issue-no-values = أضف قيمة واحدة على الأقل إلى الجدول.
issue-gap-needs-two = تحتاج الفجوة إلى قيم في الصفين الأولين.
issue-trend-needs-two = يحتاج الاتجاه إلى قيمتين على الأقل.
issue-share-out-of-range = الصف { $row }: يجب أن تكون النسبة بين 0 و100%.
issue-too-large = الصف { $row }: هذا الرقم أكبر من أن يُعرض.
issue-target-too-large = هدف عام 2030 أكبر من أن يُعرض.
logo-label = شعار الشريك (اختياري)
logo-hint = صورة PNG أو JPEG لا يتجاوز حجمها 1 ميغابايت. توضع على لوحة بيضاء في الزاوية.
logo-remove = إزالة الشعار
logo-not-an-image = هذا الملف ليس صورة PNG أو JPEG.
logo-too-large = حجم هذه الصورة أكبر من 1 ميغابايت. يُرجى اختيار ملف أصغر.
logo-bad-size = أبعاد هذه الصورة كبيرة جدًا (4096 بكسل على الأكثر لكل ضلع).
logo-faint = يصعب رؤية شعارك على اللوحة البيضاء: تباينه { $ratio }:1، ويحتاج الشعار إلى { $least }:1. ستكون نسخة أغمق أوضح.
history-label = تراجع وإعادة
undo = تراجع
redo = إعادة
undo-keys = تراجع (Ctrl+Z، أو ⌘Z على جهاز Mac)
redo-keys = إعادة (Ctrl+Shift+Z أو Ctrl+Y، أو ⇧⌘Z على جهاز Mac)
shortcuts-title = اختصارات لوحة المفاتيح
shortcuts-help = عرض هذه القائمة
shortcuts-in-fields = داخل حقل نصي، يتراجع Ctrl+Z عمّا كتبته في ذلك الحقل.
designs-label = تصاميمي
design-name-label = اسم هذا التصميم
untitled-design = تصميم بلا عنوان
copy-suffix = (نسخة)
new-design = تصميم جديد
duplicate-design = نسخ
delete-design = حذف
delete-confirm = هل تريد حذف هذا التصميم؟ لا يمكن التراجع عن ذلك.
other-designs = تصاميم أخرى محفوظة
dismiss = إغلاق
storage-full = مساحة التخزين في هذا المتصفح ممتلئة، لذا لم تُحفظ آخر تغييراتك. نزّل تصميمك أو احذف تصاميم لم تعد تحتاج إليها.
storage-unavailable = لا يسمح هذا المتصفح لـ LNB Studio بالحفظ (تصفح خاص؟). يبقى تصميمك ما دامت علامة التبويب هذه مفتوحة.
draft-unreadable = تعذّر فتح تصميمك الأخير، لذا يُعرض مثال. نصه محفوظ في تخزين هذا المتصفح.
design-unreadable = تعذّر فتح ذلك التصميم. إنه محفوظ في تخزين هذا المتصفح.
map-data-unreadable = تعذّر تحميل أسماء البلدان الخاصة بالخريطة. تحقّق من اتصالك ثم اختر الخريطة مرة أخرى.
design-too-new = حُفظ ذلك التصميم بإصدار أحدث من LNB Studio. أعد تحميل الصفحة للتحديث، ثم افتحه مرة أخرى.
move-up = نقل الصف { $row } إلى الأعلى
move-down = نقل الصف { $row } إلى الأسفل
csv-label = استيراد ملف CSV (أو إفلاته على الجدول، أو لصق خلايا من جدول بيانات)
import-title = الأرقام المقروءة
import-read = { $count ->
    [zero] لم يُقرأ أي صف.
    [one] قُرئ صف واحد.
    [two] قُرئ صفان.
    [few] قُرئت { $count } صفوف.
    [many] قُرئ { $count } صفًا.
   *[other] قُرئ { $count } صف.
}
import-header = اعتُبر السطر الأول أسماءً للأعمدة.
import-unreadable = { $unreadable ->
    [one] قيمة واحدة لم تكن رقمًا وتُركت فارغة («لا توجد بيانات»): السطر { $lines }.
    [two] قيمتان لم تكونا رقمين وتُركتا فارغتين («لا توجد بيانات»): السطران { $lines }.
    [few] { $unreadable } قيم لم تكن أرقامًا وتُركت فارغة («لا توجد بيانات»): الأسطر { $lines }.
   *[other] { $unreadable } قيمة لم تكن أرقامًا وتُركت فارغة («لا توجد بيانات»): الأسطر { $lines }.
}
import-left-out = { $left ->
    [few] تُركت { $left } صفوف أخرى (10,000 صف على الأكثر).
   *[other] تُرك { $left } صفًا آخر (10,000 صف على الأكثر).
}
import-no-value = لا توجد بيانات
import-replace = استبدال الجدول
import-add = إضافة إلى الجدول
import-cancel = إلغاء
example-badge = مثال — اكتب أرقامك الخاصة
update-ready = إصدار جديد من LNB Studio جاهز. تصميمك محفوظ.
update-reload = أعد التحميل الآن
copy-link = نسخ الرابط
link-copied = نُسخ الرابط. كل من يفتحه يرى هذا التصميم؛ ولا يُرسل إلى أي خادم.
link-select = انسخ هذا الرابط:
shared-design = تصميم مُشارك
share-opened = فُتح هذا التصميم من رابط وحُفظ كتصميم جديد. تصاميمك الخاصة لم تتغير.
share-malformed = تعذّر فتح هذا الرابط: ربما قُطع أو عُدّل. يُعرض عملك الخاص بدلًا منه.
share-too-large = هذا الرابط أطول من أن يُفتح. يُعرض عملك الخاص بدلًا منه.
share-too-new = أُنشئ هذا الرابط بإصدار أحدث من LNB Studio. أعد تحميل الصفحة للتحديث، ثم افتحه مرة أخرى.
page-title = LNB Studio — تصاميم حملات لعدم ترك أحد خلف الركب
ui-language-label = اللغة
graphic-language-label = لغة التصميم
graphic-language-hint = الكلمات المكتوبة على التصميم. يبقى المحرر بلغتك.
language-en = English
language-es = Español
language-fr = Français
language-sw = Kiswahili
language-pt = Português
language-ar = العربية
locked-by-partner = حدّد الموقع الذي يعرض هذا المحرر بعض الخيارات، لذا لا يمكن تغييرها هنا.
preset-logo-failed = تعذّر تحميل شعار الشريك. يمكنك إضافة شعار بنفسك أدناه.
embed-button = تضمين
embed-label = رمز تضمين هذا المحرر في موقعك
embed-hint = الصقه في صفحتك. يُفتح المحرر بهذا الهدف والرسم البياني والمقاس واللغة والمكان، ويتسع الإطار ليلائمه.
embed-copy = نسخ الرمز
embed-copied = نُسخ الرمز.
export-png-2x = PNG بضعف المقاس
export-svg = تنزيل SVG
export-pdf = تنزيل PDF
packs-title = حزم: تصاميم كثيرة في ملف zip واحد
packs-hint = كل تصميم ملف PNG بالمقاس الدقيق لتنسيقه. تستغرق الحزم الكبيرة وقتًا، وتبقى الصفحة قابلة للاستخدام.
pack-formats = كل المقاسات
pack-languages = كل اللغات
pack-rows = تصميم لكل صف من ملف CSV
pack-rows-hint = المكان في العمود الأول وأرقامه في الأعمدة التالية؛ ويسميها صف العناوين. 500 صف على الأكثر.
pack-rows-every-language = باللغات الست كلها (تصميم لكل صف ولكل لغة)
pack-progress = أُنجز { $done } من { $total } تصميم
pack-cancel = إلغاء
pack-done = الحزمة جاهزة ويجري تنزيلها.
pack-cancelled = أُلغيت الحزمة. لم يُنزَّل شيء.
pack-failed = تعذّر إنشاء الحزمة. تصميمك محفوظ؛ يُرجى المحاولة مرة أخرى.
pack-no-rows = لا يحتوي هذا الملف على صفوف لإنشاء تصاميم منها.
words-title = كلمات للنشر معه
alt-text-label = النص البديل
alt-text-hint = الصقه وصفًا للصورة، ليصل الأرقام أيضًا إلى من يستخدمون قارئات الشاشة.
post-text-label = المنشور
post-count = { $count } من { $limit } حرفًا على X
post-count-over = { $count } من { $limit } حرفًا على X: أطول من منشور واحد
copy-text = نسخ
copy-alt-text = نسخ النص البديل
copy-post-text = نسخ المنشور
text-copied = نُسخ.
rows-not-editable = يمكن تعديل أول { $shown } صف هنا؛ ويُحتفظ بـ { $rows } صفًا آخر كما استُوردت. عدّلها في جدول البيانات ثم استوردها من جديد.
crash-title = حدث خطأ ما
crash-text = توقف LNB Studio بسبب خطأ من جهتنا. حُفظ تصميمك حتى آخر تغيير؛ أعد التحميل للمتابعة.
crash-reload = إعادة التحميل
debug-panic = إحداث عطل عمدًا (للاختبار)
design-forked = عُدّل هذا التصميم أيضًا في علامة تبويب أخرى. وللاحتفاظ بالاثنين، تُحفظ تغييراتك هنا الآن كنسخة.

human-title = قلها بطريقة يشعر بها الناس
human-hint = طرق أخرى لكتابة الرقم الرئيسي، محسوبة منه. يبقى الرقم كما نُشر في النص البديل.
human-population-label = المقارنة بعدد سكان (اختياري)
human-population-hint = مثلًا 56 مليونًا لكينيا. إذا تُرك فارغًا: سكان العالم البالغ عددهم 8.2 مليار نسمة (الأمم المتحدة، 2024).
human-none = اكتب نسبة مئوية أو عددًا (مثل 712 مليون) رقمًا رئيسيًا لترى طرقًا أخرى لقوله.
human-use = استخدم هذا
human-millions = { $count } مليون
human-billions = { $count } مليار
human-arith-one-in = 100 ÷ { $share } = { $exact }، أي نحو 1 من كل { $shown }. وفي رسم من عشرة أشخاص يُبرز { $tenths }.
human-arith-share = { $count } ÷ { $population } = { $share } من السكان الذين أدخلتهم.
human-arith-share-world = { $count } ÷ { $population } نسمة في العالم (الأمم المتحدة، 2024) = { $share }.
human-arith-share-one-in = { $population } ÷ { $count } = { $exact }، أي نحو 1 من كل { $n ->
        [two] شخصين
        [few] { $shown } أشخاص
        [many] { $shown } شخصًا
       *[other] { $shown } شخص
    }.
human-arith-per-day = { $count } ÷ { $spans } يومًا = { $result } يوميًا، إذا كان الرقم لسنة واحدة.
human-arith-per-hour = { $count } ÷ { $spans } ساعة = { $result } في الساعة، إذا كان الرقم لسنة واحدة.

chart-map = خريطة
map-data-broken = ملف الخريطة هذا متناقض (حدٌّ يشير إلى جزء لا يحتويه الملف).
map-data-too-large = ملف الخريطة هذا أكثر تفصيلًا مما يستطيع الاستوديو رسمه. بسّطه أولًا (مثلًا عبر mapshaper.org).
map-file-unreadable = هذا الملف ليس خريطة يستطيع الاستوديو قراءتها. اختر ملف GeoJSON أو TopoJSON.
map-failed = تعذّر تحميل الخريطة. تحقّق من اتصالك، ثم اختر الخريطة مرة أخرى.
map-row-unplaced = الصف { $row }: «{ $label }» ليس بلدًا تعرفه الخريطة. هل تقصد:
map-use-offer = استخدام { $name } في الصف { $row }
map-row-unknown = الصف { $row }: «{ $label }» ليس بلدًا تعرفه الخريطة.
map-file-no-areas = لا يحتوي هذا الملف على مناطق (مضلعات) لرسمها. اختر ملف مقاطعات أو أقاليم.
map-own-choose = استخدم حدودك الخاصة…
map-own-hint = ملف GeoJSON أو TopoJSON للمقاطعات أو الأقاليم. يبقى في هذا المتصفح.
map-own-reading = جارٍ قراءة { $file }…
map-own-summary = { $areas } منطقة من { $file }
map-own-property = المناطق مسمّاة حسب
map-own-world = استخدم بلدان العالم
map-own-list = أضف { $count } منطقة إلى الجدول
map-own-missing = هذه الخريطة مرسومة من «{ $file }»، وهذا المتصفح لا يحتفظ به. اختر الملف مرة أخرى.
map-row-unplaced-area = الصف { $row }: «{ $label }» ليس منطقة على هذه الخريطة. هل تقصد:
map-row-unknown-area = الصف { $row }: «{ $label }» ليس منطقة على هذه الخريطة.
map-breaks-label = تبدأ الفئات عند
map-breaks-hint = اتركه فارغًا لفئات متساوية العدد، أو اكتب القيم التي تبدأ بها كل فئة: 10 20 40 (حتى خمس).
map-breaks-unreadable = اكتب القيم التي تبدأ بها كل فئة أرقامًا تفصل بينها مسافات: 10 20 40.
map-breaks-too-many = تُقرأ الخريطة أفضل بست فئات أو أقل: اكتب خمس قيم على الأكثر.
issue-map-breaks = لا يمكن قراءة فئات الخريطة: تعرض فئات متساوية العدد إلى أن يمكن ذلك.
