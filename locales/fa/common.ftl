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

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = زندگی روزمره و کار
dimension-legal-political = حقوق و مشارکت
dimension-cultural = زبان و فرهنگ
dimension-other = سایر
theme-employment = کار و راه‌اندازی کسب‌وکار
theme-qualifications = به رسمیت شناختن مدرک تحصیلی و مهارت‌ها
theme-education = آموزش و مدرسه
theme-housing = مسکن و محله
theme-health = سلامت (از جمله سلامت روان و سلامت مادران)
theme-welfare = حمایت اجتماعی و خدمات عمومی
theme-family = خانواده و نگهداری از کودکان
theme-transport = حمل‌ونقل و دسترسی آسان
theme-residence = اجازهٔ اقامت و کارهای اداری
theme-participation = مشارکت سیاسی و شهروندی
theme-discrimination = تبعیض، نژادپرستی و امنیت
theme-language-learning = یادگیری زبان
theme-culture = فرهنگ، دین و زندگی در کنار هم
theme-other = موضوعی دیگر
theme-women = زنان
theme-youth = جوانان
theme-elderly = سالمندان
theme-refugees = پناهندگان و پناه‌جویان
theme-newcomers = تازه‌واردان (کمتر از یک سال)
theme-disability = معلولیت
theme-rural = مناطق روستایی
status-submitted = در انتظار بررسی ناظر
status-published = منتشر شده
status-forwarded = به شورا فرستاده شده
status-answered = شهر پاسخ داده است
status-resolved = حل شده
status-rejected = منتشر نشده
status-merged = با مسئلهٔ دیگری یکی شده
status-hidden = پنهان

# Moderation: reasons shown to authors, and report reasons.
status-redacted = اطلاعات شخصی پاک شده
reason-personal-data = اطلاعات شخصی در آن هست
reason-offensive = توهین‌آمیز است یا نفرت می‌پراکند
reason-individual-case = این یک مورد شخصی است، نه مسئله‌ای که به همهٔ شهر مربوط باشد (مراکز کمک‌رسانی می‌توانند راهنمایی‌تان کنند)
reason-not-municipal = شهر نمی‌تواند در این باره کاری بکند
reason-duplicate = همین مسئله قبلاً مطرح شده است
reason-other = دلیلی دیگر (یادداشت را ببینید)
reason-reported = چند نفر آن را گزارش کرده‌اند؛ در انتظار بررسی ناظر
reason-restored = ناظر پس از بررسی آن را بازگرداند
report-offensive = توهین‌آمیز است یا نفرت می‌پراکند
report-personal-data = اطلاعات شخصی کسی را نشان می‌دهد
report-spam = تبلیغ یا هرزنامه است
report-false = نادرست یا گمراه‌کننده است
report-other = چیزی دیگر

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = ناظر درخواست تغییر کرده است
status-edited = نویسنده آن را تغییر داده است
status-comment-published = نظر شما منتشر شد
status-comment-rejected = نظر شما منتشر نشد
status-comment-hidden = نظر شما پنهان شد
