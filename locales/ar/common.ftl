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
