error-title-not-found = الصفحة غير موجودة
error-title-forbidden = غير مسموح
error-title-bad-request = هناك مشكلة في الطلب
error-title-internal = حدث خطأ ما
error-not-found = لم نجد هذه الصفحة. ربما نُقلت أو حُذفت.
error-forbidden = ليس لحسابك إذن لرؤية هذه الصفحة.
error-unauthorized = يرجى تسجيل الدخول أولًا.
error-csrf = انتهت صلاحية هذا النموذج أو أُرسل من موقع آخر. يرجى الرجوع، وإعادة تحميل الصفحة، والمحاولة مرة أخرى. يحتاج Chorus إلى السماح بملفات تعريف الارتباط (cookies) لكي تعمل النماذج.
error-too-many-requests = محاولات كثيرة جدًا. يرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
error-too-large = ما أرسلته كبير جدًا.
error-bad-request = لم نفهم هذا الطلب.
error-method-not-allowed = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-timeout = استغرق هذا وقتًا طويلًا جدًا. يرجى المحاولة مرة أخرى.
error-validation = بعض الحقول تحتاج إلى تصحيح.
error-internal = عذرًا، حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.
error-database = قاعدة البيانات غير متاحة.
error-code = خطأ { $status }
error-go-home = الذهاب إلى الصفحة الرئيسية

username-required = يرجى اختيار اسم مستخدم.
username-too-short = يجب أن يكون اسم المستخدم 3 أحرف على الأقل.
username-too-long = يمكن أن يكون اسم المستخدم 32 حرفًا على الأكثر.
username-invalid-characters = استخدم فقط الحروف والأرقام و - _ و . (ويبدأ الاسم بحرف أو رقم).
username-reserved = هذا الاسم محجوز. يرجى اختيار اسم آخر.
username-taken = اسم المستخدم هذا مأخوذ بالفعل. يرجى اختيار اسم آخر.
username-mixed-scripts = يرجى استخدام حروف من أبجدية واحدة فقط (الأرقام و - _ و . مسموح بها).
username-too-similar = هذا الاسم يشبه كثيرًا اسمًا موجودًا. يرجى اختيار اسم آخر.

password-required = يرجى اختيار كلمة مرور.
password-too-short = يجب أن تكون كلمة المرور 8 أحرف على الأقل.
password-too-long = كلمة المرور طويلة جدًا.
password-same-as-username = يجب ألا تكون كلمة المرور هي اسم المستخدم.
password-too-common = كلمة المرور هذه شائعة جدًا ويسهل تخمينها. جرّب بضع كلمات لها معنى عندك.
password-mismatch = كلمتا المرور غير متطابقتين.
password-wrong = كلمة المرور هذه غير صحيحة.

email-invalid = هذا لا يبدو عنوان بريد إلكتروني. يمكنك أيضًا تركه فارغًا.
language-unknown = يرجى اختيار لغة من القائمة.
role-unknown = دور غير معروف.
code-invalid = هذا الرمز غير صالح، أو انتهت صلاحيته، أو استُخدم من قبل.

login-failed = لم ينجح تسجيل الدخول. تحقّق من اسم المستخدم وكلمة المرور. بعد عدة محاولات خاطئة، يجب الانتظار بضع دقائق لتسجيل الدخول من جهاز جديد؛ أما رمز الاسترداد فيعمل دائمًا.
login-one-time-expired = انتهت صلاحية كلمة المرور لمرة واحدة هذه. يرجى طلب رمز إعادة تعيين جديد من أحد المديرين.

municipality-unknown = يرجى اختيار مدينة من القائمة.
municipality-name-invalid = يجب أن يكون الاسم من 2 إلى 100 حرف.
municipality-slug-invalid = استخدم من 2 إلى 40 حرفًا لاتينيًا صغيرًا أو رقمًا أو شرطة.
municipality-slug-taken = مدينة أخرى تستخدم هذا الاسم في عنوان الموقع.
municipality-languages-required = اختر لغة واحدة على الأقل.
municipality-default-language-invalid = يجب أن تكون اللغة الافتراضية إحدى اللغات المختارة.
municipality-moderation-invalid = اختر طريقة مراجعة المشاركات.
municipality-policy-invalid = اختر ما يحدث عند حذف حساب.

account-last-admin = هذا آخر حساب مدير. اجعل شخصًا آخر مديرًا أولًا.

# Issues.
issue-title-required = يرجى كتابة عنوان.
issue-title-too-short = يجب أن يكون العنوان 5 أحرف على الأقل.
issue-title-too-long = يمكن أن يكون العنوان 150 حرفًا على الأكثر.
issue-body-required = يرجى وصف القضية.
issue-body-too-short = يرجى كتابة 20 حرفًا على الأقل.
issue-body-too-long = يمكن أن يكون الوصف 5000 حرف على الأكثر.
issue-theme-required = يرجى اختيار موضوع من القائمة.
issue-tag-unknown = يرجى الاختيار من القائمة.
issue-neighbourhood-unknown = يرجى اختيار حي من القائمة.
issue-lang-required = يرجى اختيار اللغة التي كتبت بها.

# Moderation.
moderation-reason-required = يرجى اختيار سبب.
moderation-note-too-long = يمكن أن تكون الملاحظة 1000 حرف على الأكثر.
moderation-merge-target-invalid = اكتب رقم قضية أخرى منشورة في هذه المدينة.
moderation-not-allowed = لا يمكن القيام بهذا والقضية في حالتها الحالية.
report-reason-required = يرجى اختيار المشكلة.

# Translation.
translation-required = يرجى كتابة الترجمة.
translation-source-changed = تغيّر النص الأصلي أثناء ترجمتك (مثلًا، حُذفت بيانات شخصية). يرجى مراجعة ترجمتك ومقارنتها بالنص كما هو الآن.
translation-too-long = النص طويل جدًا.

# Participation.
comment-required = يرجى كتابة تعليقك.
comment-too-short = التعليق قصير جدًا.
comment-too-long = يمكن أن يكون التعليق 2000 حرف على الأكثر.
answer-required = يرجى كتابة الرد.
answer-too-short = يجب أن يكون الرد 10 أحرف على الأقل.
answer-too-long = يمكن أن يكون الرد 5000 حرف على الأكثر.
answer-department-too-long = يمكن أن يكون اسم القسم 120 حرفًا على الأكثر.
answer-date-invalid = اكتب تاريخًا صحيحًا بهذا الشكل: السنة-الشهر-اليوم (مثال: 2027-03-31).
status-change-not-allowed = لا يمكن نقل القضية إلى هذه الحالة الآن.
issue-edit-not-requested = لم يطلب أحد تعديل هذه القضية.
taxonomy-name-required = يرجى كتابة اسم.
taxonomy-name-too-long = يمكن أن يكون الاسم 80 حرفًا على الأكثر.
taxonomy-name-taken = هذا الاسم مستخدم بالفعل.
taxonomy-dimension-required = يرجى اختيار المجال الذي ينتمي إليه الموضوع.
taxonomy-category-in-use = هناك قضايا تستخدم هذا الموضوع، لذلك لا يمكن حذفه. غيّر اسمه بدلًا من ذلك.
service-name-invalid = اكتب اسمًا من 2 إلى 120 حرفًا.
service-description-too-long = يمكن أن يكون الوصف 1000 حرف على الأكثر.
service-contact-invalid = اكتب معلومات التواصل من 2 إلى 500 حرف.
service-languages-invalid = اختر لغة واحدة على الأقل يتكلمونها هناك.
posting-too-often = لقد نشرت كثيرًا خلال الساعة الماضية. يرجى الانتظار قليلًا قبل أن تنشر مرة أخرى، ونصّك محفوظ في الأسفل.
issue-voice-too-large = هذه الرسالة الصوتية طويلة جدًا. يرجى أن تكون أقصر من دقيقتين.
issue-voice-empty = الرسالة الصوتية فارغة.
issue-voice-not-waiting = لم تعد هذه القضية بانتظار المراجعة.
moderation-transcribe-first = حوّل ما تقوله الرسالة الصوتية إلى نص قبل نشر القضية.
