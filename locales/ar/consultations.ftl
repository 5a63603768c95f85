# الاستشارات: الاستبيانات، وجولات الآراء، والإجابات، والنتائج.
consultations-title = الاستشارات
consultations-intro = يسأل المجلس الاستشاري السكان قبل أن يقدّم مشورته للمدينة: عبر استبيانات، وعبر جولات يكتب فيها الناس آراء قصيرة ويتفاعلون مع آراء الآخرين.
consultations-none = لا توجد استشارات بعد.
consultation-new = استشارة جديدة
consultation-new-intro = اكتب العنوان والمقدمة بكل لغة من لغات المدينة. يمكنك أن تحفظ مسودة بلغة واحدة وتضيف اللغات الأخرى، أو تترك المترجمين المتطوعين يضيفونها، قبل فتح الاستشارة.
consultation-create = إنشاء المسودة
consultation-manage = تحضير الاستشارة
consultation-back = العودة إلى الاستشارة
consultation-kind-questionnaire = استبيان
consultation-kind-statements = جولة آراء
consultation-kind-unknown = اختر نوع الاستشارة.
consultation-field-kind = نوع الاستشارة
consultation-field-title = العنوان (في جولة الآراء: السؤال المطروح على المشاركين)
consultation-field-intro = المقدمة
consultation-field-demographics = أسئلة اختيارية عن الشخص الذي يجيب
consultation-field-demographics-hint = هي دائمًا اختيارية لمن يجيب، ولا تُعرض إلا في مجموعات من 5 أشخاص على الأقل. لا يسأل Chorus أبدًا عن الجنسية أو وضع الإقامة.
consultation-field-verified-only = لا يجيب إلا السكان الموثَّقون من قِبل جمعية
consultation-field-open-statements = يمكن للمشاركين إضافة آرائهم الخاصة (جولات الآراء)
consultation-saved = تم الحفظ.
consultation-question-added = تمت إضافة السؤال.
consultation-opened = الاستشارة مفتوحة.
consultation-closed = الاستشارة مغلقة وتم عدّ الإجابات.
consultation-texts-saved = تم حفظ النصوص.
consultation-translations-missing = لا يمكن فتح الاستشارة قبل كتابة هذه النصوص:
consultation-missing-questions = الأسئلة
consultation-translate = الكتابة بهذه اللغة
consultation-questions = الأسئلة
consultation-questions-none = لا توجد أسئلة بعد.
consultation-question-n = السؤال { $n }
consultation-open-title = فتح الاستشارة
consultation-open-explained = بعد الفتح، لا يمكن تغيير الأسئلة. يمكن للسكان الإجابة من وقت البدء إلى وقت الانتهاء.
consultation-open = فتح الاستشارة
consultation-delete = حذف المسودة
consultation-fixed = الاستشارة مفتوحة أو مغلقة: لم يعد من الممكن تغيير أسئلتها.
consultation-close-now = إنهاء الاستشارة الآن
consultation-see-results = رؤية النتائج
consultation-free-texts = الإجابات النصية الحرة
consultation-free-texts-explained = لا يرى هذه الإجابات إلا المجلس والمشرفون. لا شيء هنا يبيّن مَن كتبها. أعطِ كل إجابة موضوعًا من أجل الملخّص.
consultation-themes = المواضيع
consultation-themes-save = حفظ المواضيع
consultation-not-draft = هذه الاستشارة لم تعد مسودة.
consultation-not-open = هذه الاستشارة غير مفتوحة للإجابات.
consultation-not-closed = هذه الاستشارة لم تُغلق بعد.
consultation-open-missing-translations = بعض النصوص ناقصة في إحدى اللغات (انظر القائمة).
consultation-open-no-questions = أضف سؤالًا واحدًا على الأقل.
consultation-too-many-questions = يمكن أن يضم الاستبيان 100 سؤال على الأكثر.
consultation-translate-into = كتابة الاستشارة بلغة { $language }
consultation-translate-explained = تظهر النصوص المكتوبة بلغة { $language } فوق كل حقل.
consultation-translate-prefill = الملء المسبق بالترجمة الآلية
consultation-translate-machine-review = ملأت الترجمة الآلية الحقول الفارغة. راجعها وصحّحها قبل الحفظ: لم يُحفظ شيء بعد.
consultation-translate-save = حفظ النصوص
question-add = إضافة سؤال
question-save = حفظ السؤال
question-remove = إزالة السؤال
question-required = إجباري
question-optional = اختياري
question-field-kind = نوع السؤال
question-field-required = الإجابة إجبارية
question-field-prompt = السؤال
question-field-choices = الخيارات
question-field-choices-hint = خيار واحد في كل سطر، بالترتيب نفسه في كل لغة.
question-field-low = تسمية الرقم 1
question-field-high = تسمية الرقم 5
question-field-scale-hint = للمقاييس فقط.
question-field-min-picks = أقل عدد من الخيارات (اختيار متعدد)
question-field-max-picks = أكبر عدد من الخيارات (اختيار متعدد، 0 يعني بلا حد)
question-field-max-chars = أطول إجابة بعدد الأحرف (نص حر)
question-kind-single = خيار واحد
question-kind-multiple = عدة خيارات
question-kind-scale = مقياس من 1 إلى 5
question-kind-ranking = ترتيب
question-kind-text = نص حر
question-kind-unknown = اختر نوع السؤال.
question-prompt-required = اكتب السؤال.
question-prompt-too-short = يجب أن يكون السؤال 3 أحرف على الأقل.
question-prompt-too-long = يمكن أن يكون السؤال 500 حرف على الأكثر.
question-choices-too-few = اكتب خيارين على الأقل، كل خيار في سطر.
question-choices-too-many = يمكن أن يضم السؤال 30 خيارًا على الأكثر.
question-choice-too-long = يمكن أن يكون الخيار 200 حرف على الأكثر.
question-choices-count-differ = عدد الخيارات في هذه اللغة مختلف عن اللغات الأخرى.
response-explained = يمكنك حفظ إجاباتك والعودة لاحقًا. يمكنك تغيير الإجابات المُرسَلة حتى تُغلق الاستشارة. لا تعرض النتائج إلا مجموعات من 5 أشخاص على الأقل.
response-save = الحفظ والمتابعة لاحقًا
response-submit = إرسال إجاباتي
response-change = تغيير إجاباتي
response-saved = تم حفظ إجاباتك. عُد لإكمالها وإرسالها قبل وقت الانتهاء.
response-handed-in = شكرًا لك! تم إرسال إجاباتك.
response-handed-in-on = أرسلت إجاباتك في: { $when }. يمكنك تغييرها حتى تُغلق الاستشارة.
response-sign-in = سجّل الدخول لتجيب
response-picks-hint = اختر { $min } على الأقل ({ $max } على الأكثر؛ 0 يعني بلا حد).
response-rank-hint = أعطِ 1 للخيار الذي تفضّله أكثر، و2 للذي بعده، وهكذا. يمكنك أن تترك بعض الخيارات.
response-rank-none = بلا ترتيب
response-text-hint = { $max } حرف على الأكثر.
response-required = من فضلك أجب عن هذا السؤال.
response-invalid = هذه الإجابة ليست من بين الخيارات.
response-too-few-choices = اختر خيارات أكثر لهذا السؤال.
response-too-many-choices = اختر خيارات أقل لهذا السؤال.
response-ranks-repeat = لا يمكن إعطاء كل رتبة إلا مرة واحدة.
response-too-long = هذه الإجابة طويلة جدًا.
eligibility-answer-not-resident = لا يجيب إلا سكان هذه المدينة. انضم إلى المدينة أولًا.
eligibility-answer-not-verified = هنا لا يجيب إلا السكان الموثَّقون من قِبل جمعية. يمكن لجمعية أن توثّق حسابك.
demographics-title = عنك (اختياري)
demographics-explained = كل سؤال هنا اختياري. لا تُعرض الإجابات إلا في مجموعات من 5 أشخاص على الأقل، ولا تُعرض أبدًا مع اسمك.
demographic-skip = أفضّل ألّا أقول
demographic-age = العمر
demographic-age-under-18 = أقل من 18
demographic-age-18-25 = من 18 إلى 25
demographic-age-26-35 = من 26 إلى 35
demographic-age-36-50 = من 36 إلى 50
demographic-age-51-65 = من 51 إلى 65
demographic-age-over-65 = أكثر من 65
demographic-gender = النوع الاجتماعي
demographic-gender-woman = امرأة
demographic-gender-man = رجل
demographic-gender-non-binary = غير ثنائي
demographic-gender-self = أصف نفسي بنفسي
demographic-gender-self-describe = بكلماتي الخاصة (اختياري)
demographic-time = المدة في البلد
demographic-time-under-1 = أقل من سنة
demographic-time-1-3 = من 1 إلى 3 سنوات
demographic-time-3-5 = من 3 إلى 5 سنوات
demographic-time-5-10 = من 5 إلى 10 سنوات
demographic-time-over-10 = أكثر من 10 سنوات
demographic-language = اللغة الأساسية
demographic-language-other = لغة أخرى
results-respondents = { $count ->
    [zero] لم يُجب أحد.
    [one] أجاب شخص واحد.
    [two] أجاب شخصان.
    [few] أجاب { $count } أشخاص.
    [many] أجاب { $count } شخصًا.
   *[other] أجاب { $count } شخص.
}
results-respondents-few = أجاب أقل من 5 أشخاص: النتائج مخفية لحمايتهم.
results-suppression-explained = كلمة «مخفي» تعني أقل من 5 أشخاص، أو عددًا يمكن أن يُستنتج منه عدد مجموعة صغيرة كهذه.
results-breakdown = التوزيع حسب
results-breakdown-none = بلا توزيع
results-breakdown-by = التوزيع حسب: { $by }
results-by-answer-language = لغة الإجابة
results-csv = تنزيل النتائج (CSV)
results-answered = { $count ->
    [zero] لا توجد إجابات.
    [one] إجابة واحدة.
    [two] إجابتان.
    [few] { $count } إجابات.
    [many] { $count } إجابةً.
   *[other] { $count } إجابة.
}
results-answered-few = أقل من 5 إجابات.
results-free-text = يقرأ المجلس الإجابات النصية الحرة ويلخّصها، ولا تُنشر.
results-counts = الإجابات لكل خيار
results-ranked-first = في المرتبة الأولى
results-choice = الخيار
results-people = الأشخاص
results-share = النسبة
results-bar = الشريط
results-percent = { $n } %
results-hidden = مخفي
results-not-given = لم يُذكر
notification-consultation-results = نُشرت نتائج استشارة شاركت فيها
notification-consultation-opened = توجد استشارة جديدة مفتوحة في مدينتك
consultation-open-no-statements = اكتب أولًا رأيين على الأقل ليتفاعل معهما المشاركون.
statements-title = الآراء
statements-seed = إضافة رأي من المجلس
statements-all = كل الآراء
statements-none-yet = لا توجد آراء بعد.
statements-see-map = رؤية مجموعات الرأي
statements-next = التفاعل مع رأي
statements-progress = عدد الآراء التي تفاعلت معها: { $reacted } من { $published }.
statements-all-seen = تفاعلت مع كل الآراء. عُد لاحقًا لترى آراء جديدة، أو أضف رأيك.
statements-sign-in = سجّل الدخول لتشارك
statement-agree = أوافق
statement-disagree = لا أوافق
statement-pass = أتخطّى / لا أعرف
statement-reacted = شكرًا لك. إليك الرأي التالي.
statement-reaction-invalid = اختر «أوافق» أو «لا أوافق» أو «أتخطّى».
statement-add = إضافة رأيك الخاص
statement-field = رأيك
statement-hint = فكرة قصيرة واحدة يمكن للآخرين أن يوافقوا عليها أو لا يوافقوا، بأي لغة (280 حرفًا على الأكثر). لا تكتب أسماء أو معلومات شخصية.
statement-submit = إضافة الرأي
statement-added = تمت إضافة الرأي.
statement-pending = شكرًا لك. سيطّلع مشرف على رأيك قبل أن يراه الآخرون.
statement-required = اكتب رأيًا.
statement-too-short = يجب أن يكون الرأي 5 أحرف على الأقل.
statement-too-long = يمكن أن يكون الرأي 280 حرفًا على الأكثر.
statement-publish = نشر
statement-reject = رفض
statement-status-pending = بانتظار مراجعة مشرف
statement-status-published = منشور
statement-status-rejected = مرفوض
statements-map-title = مجموعات الرأي
statements-map-summary = عدد من تفاعلوا: { $participants }؛ وعدد من تفاعلوا مع آراء كافية لوضعهم على الخريطة: { $mapped }.
statements-map-updated = آخر تحديث: { $when }.
statements-map-explained = الأشخاص الذين تفاعلوا بطريقة متشابهة يكونون قريبين بعضهم من بعض على الخريطة. لا تتكوّن أي مجموعة إلا من 5 أشخاص على الأقل، ولا تُظهر الخريطة أبدًا شخصًا واحدًا بمفرده.
statements-map-caption = كل شكل بيضاوي هو مجموعة رأي: يبيّن أين يقع أعضاؤها على الخريطة. كلما اقتربت المجموعات بعضها من بعض، تشابه تفكيرها أكثر.
statements-map-pending = تظهر مجموعات الرأي عندما يتفاعل عدد كافٍ من الأشخاص.
statements-no-groups = لا توجد مجموعات رأي واضحة بعد: التفاعلات ما زالت قليلة جدًا أو متشابهة جدًا.
statements-group = المجموعة { $n }
statements-group-size = { $count ->
    [zero] (لا أحد)
    [one] (شخص واحد)
    [two] (شخصان)
    [few] ({ $count } أشخاص)
    [many] ({ $count } شخصًا)
   *[other] ({ $count } شخص)
}
statements-agree-share = { $n } % من المجموعة يوافقون
statements-disagree-share = { $n } % من المجموعة لا يوافقون
statements-common-ground = أرضية مشتركة: آراء توافق عليها كل المجموعات
statements-everyone-share = يوافق { $n } % على الأقل في كل مجموعة
statements-divisive = آراء تختلف عليها المجموعات
statements-group-agrees = المجموعة { $n }: { $share } % يوافقون
