# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = العربية
meta-direction = rtl

nav-skip = انتقل إلى المحتوى الرئيسي
nav-label = القائمة الرئيسية
nav-account = حسابي
nav-admin = الإدارة
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = إنشاء حساب
nav-language = اللغة

footer-privacy = لا يسألك Chorus أبدًا عن جنسيتك أو وضع إقامتك أو وثائق هويتك. يمكنك تنزيل بياناتك أو حذفها في أي وقت.

role-resident = ساكن
role-translator = مترجم
role-moderator = مشرف
role-council-member = عضو في المجلس
role-official = موظف في البلدية
role-admin = مدير

moderation-pre = مراجعة قبل النشر
moderation-post = مراجعة بعد النشر
moderation-pre-explained = يراجع مشرف كل مشاركة جديدة قبل أن يراها الآخرون.
moderation-post-explained = تظهر المشاركات الجديدة فورًا، ثم يراجعها المشرفون بعد ذلك.

policy-anonymize = عندما يحذف شخص حسابه، نحتفظ بما نشره ويظهر دون اسم.
policy-remove = عندما يحذف شخص حسابه، نحذف كل ما نشره.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = الحياة اليومية والعمل
dimension-legal-political = الحقوق والمشاركة
dimension-cultural = اللغة والثقافة
dimension-other = غير ذلك
theme-employment = العمل وبدء مشروع خاص
theme-qualifications = الاعتراف بالشهادات والمهارات
theme-education = التعليم والمدارس
theme-housing = السكن والحي
theme-health = الصحة (بما فيها الصحة النفسية وصحة الأم)
theme-welfare = الدعم الاجتماعي والخدمات العامة
theme-family = الأسرة ورعاية الأطفال
theme-transport = النقل وسهولة الوصول
theme-residence = تصاريح الإقامة والأوراق الرسمية
theme-participation = المشاركة السياسية والمواطنة
theme-discrimination = التمييز والعنصرية والأمان
theme-language-learning = تعلّم اللغة
theme-culture = الثقافة والدين والعيش معًا
theme-other = موضوع آخر
theme-women = النساء
theme-youth = الشباب
theme-elderly = كبار السن
theme-refugees = اللاجئون وطالبو اللجوء
theme-newcomers = القادمون الجدد (أقل من سنة)
theme-disability = الإعاقة
theme-rural = المناطق الريفية
status-submitted = بانتظار مراجعة مشرف
status-published = منشورة
status-forwarded = أُرسلت إلى المجلس
status-answered = ردّت عليها المدينة
status-resolved = تم حلّها
status-rejected = لم تُنشر
status-merged = دُمجت مع قضية أخرى
status-hidden = مخفية

# Moderation: reasons shown to authors, and report reasons.
status-redacted = حُذفت البيانات الشخصية
reason-personal-data = تحتوي على بيانات شخصية
reason-offensive = فيها إساءة أو كراهية
reason-individual-case = هذه حالة شخصية، وليست قضية تخص المدينة كلها (يمكن لخدمات المساعدة أن تنصحك)
reason-not-municipal = لا تستطيع المدينة أن تفعل شيئًا في هذا الأمر
reason-duplicate = طُرحت القضية نفسها من قبل
reason-other = سبب آخر (انظر الملاحظة)
reason-reported = أبلغ عنها عدة أشخاص، وهي بانتظار مشرف
reason-restored = استعادها مشرف بعد المراجعة
report-offensive = فيها إساءة أو كراهية
report-personal-data = تكشف بيانات شخصية عن أحد الأشخاص
report-spam = إعلان أو رسائل مزعجة
report-false = فيها معلومات خاطئة أو مضللة
report-other = شيء آخر

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = طلب المشرف إجراء تعديلات
status-edited = عدّلها الكاتب
status-comment-published = نُشر تعليقك
status-comment-rejected = لم يُنشر تعليقك
status-comment-hidden = أُخفي تعليقك
