home-title = شارك برأيك في مدينتك
home-intro = يتيح لك Chorus أن تطرح القضايا بلغتك، وأن تشارك في استشارات المجلس الاستشاري للمهاجرين، وأن ترى ما تفعله المدينة بها.
home-choose = اختر مدينتك
home-none = لم تُضَف أي مدينة بعد.
home-safety-title = سلامتك
home-safety = يمكنك استخدام اسم مستعار. البريد الإلكتروني اختياري. لا نسألك أبدًا من أين أتيت أو ما هي الأوراق التي لديك.

notice-account-deleted = تم حذف حسابك وبياناتك الشخصية.
notice-signed-out = لقد سجّلت الخروج.

municipality-intro = أهلًا بك في Chorus في { $name }.
municipality-your-roles = تشارك هنا بصفتك:
municipality-join = انضم إلى { $name }
municipality-register = أنشئ حسابًا لتشارك
municipality-languages = اللغات
municipality-moderation = كيف تُراجَع المشاركات

team-title = الفريق
team-intro = الأشخاص الذين يترجمون أو يشرفون أو هم أعضاء في المجلس أو يتكلمون باسم المدينة.
team-empty = لا يوجد أحد في الفريق هنا بعد.
team-person = الشخص
team-role = الدور
team-since = منذ

form-has-errors = يرجى تصحيح ما يلي:

register-title = إنشاء حساب
register-intro = اختر اسمًا يراه الآخرون. لا يلزم أن يكون اسمك الحقيقي.
register-username = اسم المستخدم
register-username-hint = من 3 إلى 32 حرفًا أو رقمًا، بأي أبجدية. يمكنك أيضًا استخدام - _ و .
register-password = كلمة المرور
register-password-hint = 8 أحرف على الأقل. الجملة القصيرة سهلة التذكر وصعبة التخمين.
register-password-confirm = اكتب كلمة المرور مرة أخرى
register-email = البريد الإلكتروني (اختياري)
register-email-hint = نستخدمه فقط لمساعدتك على الرجوع إلى حسابك. يمكنك تركه فارغًا.
register-language = اللغة
register-municipality = مدينتك (اختياري)
register-municipality-none = الاختيار لاحقًا
register-privacy = لا نسألك عن جنسيتك أو وضع إقامتك أو هويتك، ولا نسجّل عنوان IP الخاص بك.
register-submit = إنشاء الحساب
register-have-account = لديك حساب بالفعل؟

code-title = رمز الاسترداد الخاص بك
code-intro = اكتب هذا الرمز واحفظه في مكان آمن. إنه الطريقة الوحيدة للرجوع إلى حسابك إذا نسيت كلمة المرور وليس لديك بريد إلكتروني.
code-keep-safe = نعرضه مرة واحدة فقط. كل رمز يعمل مرة واحدة، وتحصل على رمز جديد عندما تستخدمه.
code-continue = لقد كتبته

login-title = تسجيل الدخول
login-username = اسم المستخدم
login-password = كلمة المرور
login-submit = دخول
login-remember = أبقني مسجّل الدخول على هذا الجهاز
login-remember-hint = فقط على هاتف أو كمبيوتر خاص بك. على كمبيوتر يستخدمه أشخاص آخرون، اترك هذا الخيار دون تحديد: سيُسجَّل خروجك بعد بضع ساعات دون نشاط.
login-notice-password-failures = تم تسجيل خروجك لأن كلمة المرور الحالية كُتبت خطأً مرات كثيرة جدًا. يرجى تسجيل الدخول مرة أخرى.
login-no-account = إنشاء حساب
login-forgot = نسيت كلمة المرور؟ استخدم رمز الاسترداد
login-have-reset-code = لدي رمز إعادة تعيين من أحد المديرين

recover-title = استخدم رمز الاسترداد
recover-intro = أدخل اسم المستخدم، ورمز الاسترداد الذي كتبته، وكلمة مرور جديدة.
recover-code = رمز الاسترداد
recover-code-hint = مثال: 7K2QD-M9XAT-4HBEW-PC0RN. يمكنك الكتابة بالأحرف الكبيرة أو الصغيرة.
recover-no-code = ليس لديك رمز؟ اسأل جمعية أو فريق Chorus في مدينتك: بعد أن يلتقوا بك، يمكنهم إعطاؤك رمز إعادة تعيين.

reset-title = استخدم رمز إعادة التعيين
reset-intro = أعطاك أحد المديرين رمز إعادة تعيين بعد أن التقى بك. أدخله مع اسم المستخدم وكلمة مرور جديدة.
reset-code = رمز إعادة التعيين
reset-code-hint = الرمز صالح لمدة محدودة ويعمل مرة واحدة فقط.

account-title = حسابي
account-signed-in-as = أنت مسجّل الدخول باسم
account-roles = أين تشارك
account-no-roles = لم تنضم إلى أي مدينة بعد.
account-language = اللغة
account-language-label = لغة الصفحات
account-language-save = حفظ اللغة
account-security = الأمان
account-data = بياناتك
account-data-intro = نزّل كل ما يحفظه Chorus عنك، أو احذف حسابك.
account-export = تنزيل بياناتي (JSON)

password-title = تغيير كلمة المرور
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-submit = حفظ كلمة المرور الجديدة
password-changed = تم تغيير كلمة المرور. وتم تسجيل خروجك من أجهزتك الأخرى.
password-must-change = دخلت بكلمة مرور لمرة واحدة. يرجى اختيار كلمة مرور خاصة بك الآن.

delete-title = حذف حسابي
delete-explained = هذا يحذف اسمك وبريدك الإلكتروني وإعداداتك وأدوارك. لا يمكن التراجع عن ذلك. حسب قواعد مدينتك، يبقى ما نشرته دون اسم أو يُحذف.
delete-export-first = ربما تريد تنزيل بياناتك أولًا.
delete-password = أكّد بكلمة المرور
delete-submit = احذف حسابي نهائيًا

admin-title = الإدارة
admin-municipalities = المدن
admin-municipality-new = إضافة مدينة
admin-municipality-edit = تعديل المدينة
admin-municipality-name = الاسم
admin-municipality-slug = الاسم في عنوان الموقع
admin-municipality-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل porto-sereno. يظهر في الروابط.
admin-municipality-languages = اللغات
admin-municipality-default-language = اللغة الافتراضية
admin-municipality-moderation = الإشراف
admin-municipality-policy = عند حذف حساب
admin-actions = الإجراءات
admin-edit = تعديل { $name }
admin-save = حفظ
admin-users = الحسابات
admin-users-search = ابحث عن حساب باسم المستخدم
admin-users-search-submit = بحث
admin-users-none = لم يُعثر على أي حساب.
admin-user-since = عضو منذ
admin-role-municipality = المدينة
admin-role-grant = إعطاء دور
admin-role-revoke = إزالة الدور
admin-admin-grant = جعله مديرًا
admin-admin-revoke = إزالة صلاحيات المدير
admin-reset-title = إعادة تعيين كلمة المرور
admin-reset-explained = فقط بعد أن تلتقي بالشخص وتتأكد أن الحساب له: أنشئ رمز إعادة تعيين لمرة واحدة وأعطه إياه. تنتهي صلاحيته بعد بضعة أيام.
admin-reset-issue = إنشاء رمز إعادة تعيين
admin-reset-issued = أعطِ هذا الرمز للشخص. لن يظهر إلا الآن.

# Issues: raising, listing and reading them.
municipality-issues = شاهد القضايا المطروحة هنا
municipality-raise = اطرح قضية
issues-title = القضايا
issues-filter = التصفية والترتيب
issues-any = الكل
issues-status = الحالة
issues-language = لغة الكتابة
issues-sort = الترتيب
issues-sort-newest = الأحدث أولًا
issues-sort-supported = الأكثر تأييدًا أولًا
issues-apply = عرض
issues-none = لا توجد قضايا مطابقة. يمكنك أن تطرح أول قضية.
issues-more = عرض المزيد من القضايا
issue-new-title = اطرح قضية
issue-new-intro = اكتب بأي لغة. صِف المشكلة، وإن استطعت، اذكر ما الذي قد يساعد. لا تكتب أسماء أو عناوين أو أي معلومات شخصية أخرى.
issue-field-title = العنوان
issue-field-title-hint = جملة قصيرة، من 5 إلى 150 حرفًا.
issue-field-body = ما هي القضية؟
issue-field-body-hint = 20 حرفًا على الأقل. اذكر من المتأثر وأين.
issue-field-theme = الموضوع
issue-field-theme-choose = اختر موضوعًا
issue-field-tags = من المتأثر بشكل خاص؟ (اختياري)
issue-field-neighbourhood = الحي (اختياري)
issue-field-neighbourhood-none = المدينة كلها
issue-field-anonymous = أظهرني دون اسم (لن يرى الناس اسمي)
issue-continue = متابعة
issue-confirm-preview = قضيتك
issue-confirm-language = لغة نصّك
issue-confirm-detected = نظن أن لغة نصّك هي { $language }. إن لم تكن كذلك، اختر اللغة الصحيحة.
issue-confirm-not-detected = يرجى اختيار اللغة التي كتبت بها.
issue-similar-title = قضايا مشابهة
issue-similar-intro = ربما طرح أحدٌ هذه القضية من قبل. يمكنك أن تؤيّد قضيته بدلًا من ذلك، أو أن ترسل قضيتك.
issue-submit = أرسل قضيتي
issue-edit = تعديل نصّي
issue-submitted-public = شكرًا لك. تم نشر قضيتك.
issue-submitted-waiting = شكرًا لك. سيراجع مشرف قضيتك قريبًا، وسنخبرك بالنتيجة في حسابك.
issue-by = طرحها
issue-anonymous-to-public = تظهر للناس دون اسم
issue-by-anonymous = طُرحت دون اسم
issue-written-in = لغة الكتابة: { $language }
issue-supports = { $count ->
    [zero] { $count } مؤيد
    [one] { $count } مؤيد
    [two] { $count } مؤيدان
    [few] { $count } مؤيدين
    [many] { $count } مؤيدًا
   *[other] { $count } مؤيد
}
issue-support = أؤيّد هذا
issue-you-support = أنت تؤيّد هذه القضية.
issue-withdraw = سحب تأييدي
issue-sign-in-to-support = سجّل الدخول لتؤيّد هذه القضية
issue-timeline = ما حدث حتى الآن

# Moderation, reports and notifications.
moderation-title = قائمة انتظار المراجعة
moderation-intro = القضايا الجديدة والقضايا المُبلَّغ عنها، الأقدم أولًا. يُسجَّل كل قرار مع سببه.
moderation-empty = لا يوجد شيء بانتظار المراجعة. شكرًا لك!
moderation-reported = أُبلغ عنها:
moderation-publish = نشر
moderation-restore = استعادة
moderation-dismiss-reports = إبقاؤها منشورة (رفض البلاغات)
moderation-reason = السبب (مطلوب للرفض أو الإخفاء)
moderation-reason-choose = اختر سببًا
moderation-note = ملاحظة للكاتب (اختياري)
moderation-reject = رفض
moderation-hide = إخفاء
moderation-merge-into = رقم القضية التي تكررها
moderation-merge = دمج
moderation-redact = حذف البيانات الشخصية
moderation-redact-intro = ضع […] مكان الأسماء والعناوين وأرقام الهواتف وغيرها من المعلومات الشخصية. يبقى النص الأصلي محفوظًا للمديرين فقط.
moderation-redact-save = حفظ النص المصحَّح
notifications-title = الإشعارات
notifications-none = لا يوجد شيء جديد بعد. ستظهر هنا أخبار قضاياك.
notifications-new = جديد
notifications-mark-read = تعليم الكل كمقروء
notification-unavailable = لم تعد إحدى القضايا التي تتابعها ظاهرة للعامة.
notifications-unread = { $count ->
    [zero] { $count } إشعار جديد
    [one] { $count } إشعار جديد
    [two] { $count } إشعاران جديدان
    [few] { $count } إشعارات جديدة
    [many] { $count } إشعارًا جديدًا
   *[other] { $count } إشعار جديد
}
report-title = الإبلاغ عن هذه القضية
report-reason = ما المشكلة؟
report-submit = إرسال البلاغ
report-thanks = شكرًا لك. سيطّلع عليه مشرف.
report-thanks-hidden = شكرًا لك. القضية مخفية إلى أن يطّلع عليها مشرف.
issue-merged-into = دُمجت هذه القضية مع قضية أخرى عن المشكلة نفسها:
redactions-title = البيانات الشخصية المحذوفة (للمديرين فقط)
redacted-issue-title = العنوان
redacted-issue-body = الوصف
redacted-comment = التعليق
redacted-answer = الرد الرسمي

# The audit log.
audit-title = سجل القرارات
audit-intro = كل قرارات الإشراف والإدارة في هذه المدينة: من، وماذا، ومتى، ولماذا.
audit-filter = عرض
audit-filter-issues = القرارات بشأن القضايا
audit-filter-roles = الأدوار التي أُعطيت أو أُزيلت
audit-filter-municipality = إعدادات المدينة
audit-filter-all = الكل
audit-empty = لم يُسجَّل شيء بعد.
audit-when = متى
audit-who = من
audit-what = ماذا
audit-why = التفاصيل

# Translation.
translate-title = الترجمات
translate-intro = قضايا منشورة لم تُترجم بعدُ إلى كل لغات هذه المدينة، الأقدم أولًا. الترجمات الآلية تنتظر أن يراجعها شخص.
translate-empty = كل شيء مترجم. شكرًا لك!
translate-machine-waiting = ترجمة آلية بانتظار المراجعة
translate-into = الترجمة إلى: { $language }
translate-original = النص الأصلي ({ $language })
translate-yours = ترجمتك
translate-review-machine = هذه ترجمة آلية. صحّحها إن لزم ثم احفظها، وعندها تُعدّ مُراجَعة.
translate-save = حفظ الترجمة
translation-machine = ترجمة آلية
translation-volunteer = ترجمها متطوع
translation-machine-from = ترجمة آلية. لغة النص الأصلي: { $language }
translation-volunteer-from = ترجمها متطوع. لغة النص الأصلي: { $language }
translation-show-original = عرض النص الأصلي
translation-show-translation = عرض الترجمة

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
comment-field-body = تعليقك
comment-field-body-hint = بأي لغة. كن لطيفًا، ولا تكتب معلومات شخصية.
comment-submit = إرسال التعليق
comment-sign-in = سجّل الدخول لتكتب تعليقًا
comment-report = الإبلاغ عن هذا التعليق
comment-deleted-account = حساب محذوف
comment-published = شكرًا لك. تم نشر تعليقك.
comment-waiting = شكرًا لك. سيراجع مشرف تعليقك قريبًا.
comment-reported = شكرًا لك. سيطّلع مشرف على هذا التعليق.
field-language = لغة نصّك
field-language-detect = التعرّف على اللغة تلقائيًا
answer-title = ردّ المدينة
answer-official = الرد الرسمي
answer-department = القسم المسؤول
answer-expected = متوقع بحلول
answer-field-body = الرد الرسمي
answer-field-body-hint = اكتب بلغتك، وسيُترجَم الرد للسكان.
answer-field-department = القسم المسؤول (اختياري)
answer-field-expected = التاريخ المتوقع (اختياري)
answer-field-expected-hint = السنة-الشهر-اليوم، مثال: 2027-03-31.
answer-field-resolved = هذا الرد يحلّ القضية
answer-submit = نشر الرد
answer-posted = تم نشر الرد. وتم إخبار الكاتب والمؤيدين.
city-title = خاص بالمدينة
city-forward = إرسال إلى المجلس
city-resolve = وضع علامة «تم حلّها»
issue-forwarded = أُرسلت القضية إلى المجلس.
issue-edit-requested = طلب منك مشرف تعديل هذه القضية قبل أن يمكن نشرها.
issue-edit-now = عدّلها الآن
issue-edit-title = تعديل قضيتك
issue-edit-asked = طلب مشرف هذه التعديلات:
issue-edit-save = حفظ وإرسال إلى المشرفين
issue-edited = شكرًا لك. ستصل تعديلاتك إلى المشرفين.
moderation-ask-edit = اطلب من الكاتب تعديلها
moderation-issues = القضايا
moderation-comments = التعليقات
moderation-comment-on = تعليق على القضية
help-title = مساعدة في وضعك الشخصي
help-intro = تساعد هذه الخدمات الناس في أسئلتهم الشخصية: الأوراق، والمساعدات المالية، والسكن، والعمل، والصحة. ويتكلم العاملون فيها اللغات المذكورة.
help-nothing-stored = لا يُحفظ ولا يُنشر أي شيء تفعله في هذه الصفحة.
help-none = لم تضع هذه المدينة أي خدمات مساعدة بعد.
help-languages = اللغات التي يتكلمونها:
help-contact = كيف تتواصل معهم:
help-raise-instead = هل هي مشكلة يعاني منها كثير من الناس؟ اطرح قضية بدلًا من ذلك.
help-link = أحتاج مساعدة في وضعي الشخصي
help-question = هل هذا عن وضعك الشخصي؟
help-question-explained = إذا كانت المشكلة في أوراقك، أو في مساعدة مالية، أو مع صاحب السكن، أو في عملك، يمكن لخدمة مساعدة أن تنصحك شخصيًا. القضايا هنا للمشاكل التي يعاني منها كثير من الناس.
issues-search = البحث في القضايا
issues-search-button = بحث
issues-search-results = القضايا التي تطابق «{ $query }»
issues-sort-answered = الأحدث ردًّا أولًا
translate-kind-issue = قضية
translate-kind-answer = رد رسمي
translate-kind-comment = تعليق
translate-text = النص
taxonomy-title = المواضيع والأحياء
taxonomy-intro = يختار السكان من هذه القوائم عندما يطرحون قضية. يمكنك أن تعطي الموضوع اسمًا من اختيارك، أو أن تترك الاسم فارغًا لاستخدام الاسم الافتراضي المترجم.
taxonomy-categories = المواضيع
taxonomy-tags = الفئات المتأثرة بشكل خاص
taxonomy-neighbourhoods = الأحياء
taxonomy-rename = تغيير الاسم
taxonomy-remove = إزالة
taxonomy-add = إضافة
taxonomy-add-category = إضافة موضوع
taxonomy-add-tag = فئة جديدة
taxonomy-add-neighbourhood = حي جديد
taxonomy-dimension = ينتمي إلى
taxonomy-dimension-choose = اختر
taxonomy-name = الاسم
taxonomy-name-hint = يظهر كما هو مكتوب، في كل اللغات.
services-title = خدمات المساعدة
services-intro = الخدمات المذكورة في صفحة المساعدة الخاصة بالمدينة، للأشخاص الذين لديهم سؤال عن وضعهم الشخصي.
services-public-page = عرض الصفحة العامة
services-add = إضافة خدمة
services-edit = تعديل
services-name = الاسم
services-description = بماذا يساعدون
services-languages = اللغات التي يتكلمونها هناك
services-contact = كيف تتواصل معهم
services-contact-hint = العنوان، ومواعيد العمل، والهاتف، والموقع الإلكتروني.
issue-support-on-telegram = ادعمها عبر تيليجرام
issue-voice-transcribe-title = تحويل رسالة صوتية إلى نص
issue-voice-back = العودة إلى قائمة انتظار المراجعة
issue-voice-saved = تم الحفظ. يمكن لمشرف الآن نشر القضية.
issue-voice-note = { $seconds ->
    [zero] رسالة صوتية، { $seconds } ثانية
    [one] رسالة صوتية، ثانية واحدة
    [two] رسالة صوتية، ثانيتان
    [few] رسالة صوتية، { $seconds } ثوانٍ
    [many] رسالة صوتية، { $seconds } ثانية
   *[other] رسالة صوتية، { $seconds } ثانية
}
issue-voice-transcribe-hint = استمع، ثم اكتب العنوان والنص باللغة المنطوقة. احذف الأسماء وعناوين السكن وكل ما يكشف هوية شخص.
issue-voice-language = لغة الكلام
issue-voice-save = حفظ النص المكتوب
issue-voice-untranscribed = لم يُحوَّل إلى نص بعد
issue-voice-transcribe = حوّل الكلام إلى نص
issue-voice-placeholder-title = رسالة صوتية
issue-voice-placeholder-body = طُرحت هذه القضية في رسالة صوتية، وسيحوّلها متطوع إلى نص.
account-telegram = تيليجرام
account-telegram-intro = استخدم Chorus عبر تيليجرام بهذا الحساب: احصل على رمز هنا، ثم أرسله إلى @{ $bot }.
account-telegram-link = احصل على رمز لربط تيليجرام
account-telegram-code = أرسل /link { $code } إلى البوت خلال 10 دقائق. يعمل الرمز مرة واحدة.
account-telegram-open = افتح البوت بهذا الرمز
