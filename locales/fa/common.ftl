# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = فارسی
meta-direction = rtl

nav-skip = رفتن به محتوای اصلی
nav-label = منوی اصلی
nav-account = حساب من
nav-admin = مدیریت
nav-login = ورود
nav-logout = خروج
nav-register = ساختن حساب
nav-language = زبان

footer-privacy = Chorus هرگز ملیت، وضعیت اقامت یا مدارک شناسایی شما را نمی‌پرسد. هر وقت بخواهید می‌توانید اطلاعاتتان را دانلود یا پاک کنید.

role-resident = ساکن
role-translator = مترجم
role-moderator = ناظر
role-council-member = عضو شورا
role-official = کارمند شهرداری
role-admin = مدیر

moderation-pre = بررسی پیش از انتشار
moderation-post = بررسی پس از انتشار
moderation-pre-explained = یک ناظر هر نوشتهٔ تازه را پیش از آنکه دیگران ببینند بررسی می‌کند.
moderation-post-explained = نوشته‌های تازه فوراً دیده می‌شوند و ناظران بعداً آن‌ها را بررسی می‌کنند.

policy-anonymize = وقتی کسی حسابش را پاک می‌کند، آنچه منتشر کرده باقی می‌ماند و بی‌نام نشان داده می‌شود.
policy-remove = وقتی کسی حسابش را پاک می‌کند، همهٔ آنچه منتشر کرده پاک می‌شود.
