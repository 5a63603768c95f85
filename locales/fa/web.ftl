home-title = در شهر خودتان نظر بدهید
home-intro = با Chorus می‌توانید مسائل را به زبان خودتان مطرح کنید، در نظرخواهی‌های شورای مشورتی مهاجران شرکت کنید و ببینید شهر با آن‌ها چه می‌کند.
home-choose = شهرتان را انتخاب کنید
home-none = هنوز هیچ شهری راه‌اندازی نشده است.
home-safety-title = امنیت شما
home-safety = می‌توانید از نام مستعار استفاده کنید. ایمیل اختیاری است. ما هرگز نمی‌پرسیم اهل کجا هستید یا چه مدارکی دارید.

notice-account-deleted = حساب و اطلاعات شخصی شما پاک شد.
notice-signed-out = از حساب خود خارج شدید.

municipality-intro = به Chorus در { $name } خوش آمدید.
municipality-your-roles = شما اینجا با این نقش شرکت می‌کنید:
municipality-join = پیوستن به { $name }
municipality-register = برای شرکت، یک حساب بسازید
municipality-languages = زبان‌ها
municipality-moderation = نوشته‌ها چطور بررسی می‌شوند

team-title = تیم
team-intro = کسانی که ترجمه می‌کنند، نظارت می‌کنند، عضو شورا هستند یا از طرف شهر پاسخ می‌دهند.
team-empty = هنوز کسی اینجا نقشی در تیم ندارد.
team-person = شخص
team-role = نقش
team-since = از تاریخ

form-has-errors = لطفاً این موارد را درست کنید:

register-title = ساختن حساب
register-intro = نامی انتخاب کنید که دیگران می‌بینند. لازم نیست نام واقعی شما باشد.
register-username = نام کاربری
register-username-hint = ۳ تا ۳۲ حرف یا رقم، با هر الفبایی. می‌توانید از - _ و . هم استفاده کنید.
register-password = رمز عبور
register-password-hint = دست‌کم ۸ حرف. یک جملهٔ کوتاه آسان به یاد می‌ماند و حدس زدنش سخت است.
register-password-confirm = رمز عبور را دوباره بنویسید
register-email = ایمیل (اختیاری)
register-email-hint = فقط برای کمک به برگشتن به حسابتان استفاده می‌شود. می‌توانید آن را خالی بگذارید.
register-language = زبان
register-municipality = شهر شما (اختیاری)
register-municipality-none = بعداً انتخاب می‌کنم
register-privacy = ما ملیت، وضعیت اقامت یا مدرک شناسایی شما را نمی‌پرسیم و نشانی IP شما را ثبت نمی‌کنیم.
register-submit = ساختن حساب
register-have-account = از قبل حساب دارید؟

code-title = کد بازیابی شما
code-intro = این کد را یادداشت کنید و جای امنی نگه دارید. اگر رمز عبورتان را فراموش کنید و ایمیل نداشته باشید، تنها راه برگشتن به حسابتان همین کد است.
code-keep-safe = این کد را فقط یک بار نشان می‌دهیم. هر کد فقط یک بار کار می‌کند؛ وقتی از آن استفاده کنید، کد تازه‌ای می‌گیرید.
code-continue = آن را یادداشت کردم

login-title = ورود
login-username = نام کاربری
login-password = رمز عبور
login-submit = ورود
login-remember = در این دستگاه وارد بمانم
login-remember-hint = فقط روی گوشی یا کامپیوتر خودتان. روی کامپیوتری که دیگران هم از آن استفاده می‌کنند، این گزینه را انتخاب نکنید: آنجا پس از چند ساعت بی‌فعالیتی از حساب خارج می‌شوید.
login-notice-password-failures = از حساب خارج شدید، چون رمز عبور فعلی بیش از اندازه اشتباه وارد شد. لطفاً دوباره وارد شوید.
login-no-account = ساختن حساب
login-forgot = رمز عبورتان را فراموش کرده‌اید؟ از کد بازیابی استفاده کنید
login-have-reset-code = یک کد بازنشانی از مدیر دارم

recover-title = استفاده از کد بازیابی
recover-intro = نام کاربری، کد بازیابی‌ای که یادداشت کرده‌اید و یک رمز عبور تازه را وارد کنید.
recover-code = کد بازیابی
recover-code-hint = برای نمونه 7K2QD-M9XAT-4HBEW-PC0RN. حروف بزرگ یا کوچک فرقی ندارد.
recover-no-code = کد ندارید؟ از یک انجمن یا تیم Chorus شهرتان بخواهید: پس از دیدار با شما، می‌توانند یک کد بازنشانی به شما بدهند.

reset-title = استفاده از کد بازنشانی
reset-intro = یک مدیر پس از دیدار با شما یک کد بازنشانی به شما داده است. آن را همراه با نام کاربری و یک رمز عبور تازه وارد کنید.
reset-code = کد بازنشانی
reset-code-hint = این کد فقط برای مدت محدودی معتبر است و فقط یک بار کار می‌کند.

account-title = حساب من
account-signed-in-as = شما وارد شده‌اید با نام
account-roles = جاهایی که در آن‌ها شرکت دارید
account-no-roles = هنوز به هیچ شهری نپیوسته‌اید.
account-language = زبان
account-language-label = زبان صفحه‌ها
account-language-save = ذخیرهٔ زبان
account-security = امنیت
account-data = اطلاعات شما
account-data-intro = همهٔ اطلاعاتی را که Chorus دربارهٔ شما نگه می‌دارد دانلود کنید، یا حسابتان را پاک کنید.
account-export = دانلود اطلاعات من (JSON)

password-title = تغییر رمز عبور
password-current = رمز عبور فعلی
password-new = رمز عبور تازه
password-submit = ذخیرهٔ رمز عبور تازه
password-changed = رمز عبورتان تغییر کرد. از دستگاه‌های دیگرتان خارج شدید.
password-must-change = با یک رمز یک‌بارمصرف وارد شدید. لطفاً همین حالا رمز عبور خودتان را انتخاب کنید.

delete-title = پاک کردن حساب من
delete-explained = با این کار نام، ایمیل، تنظیمات و نقش‌های شما پاک می‌شود. این کار برگشت ندارد. بسته به قوانین شهرتان، آنچه منتشر کرده‌اید بی‌نام باقی می‌ماند یا پاک می‌شود.
delete-export-first = شاید بخواهید اول اطلاعاتتان را دانلود کنید.
delete-password = با رمز عبورتان تأیید کنید
delete-submit = حسابم برای همیشه پاک شود

admin-title = مدیریت
admin-municipalities = شهرها
admin-municipality-new = افزودن شهر
admin-municipality-edit = ویرایش شهر
admin-municipality-name = نام
admin-municipality-slug = نام در نشانی وب
admin-municipality-slug-hint = حروف کوچک لاتین، رقم و خط تیره، مثلاً porto-sereno. در پیوندها دیده می‌شود.
admin-municipality-languages = زبان‌ها
admin-municipality-default-language = زبان پیش‌فرض
admin-municipality-moderation = نظارت
admin-municipality-policy = وقتی حسابی پاک می‌شود
admin-actions = کارها
admin-edit = ویرایش { $name }
admin-save = ذخیره
admin-users = حساب‌ها
admin-users-search = پیدا کردن حساب با نام کاربری
admin-users-search-submit = جستجو
admin-users-none = هیچ حسابی پیدا نشد.
admin-user-since = عضو از
admin-role-municipality = شهر
admin-role-grant = دادن نقش
admin-role-revoke = گرفتن نقش
admin-admin-grant = مدیر کردن
admin-admin-revoke = گرفتن دسترسی مدیر
admin-reset-title = بازنشانی رمز عبور
admin-reset-explained = فقط پس از اینکه آن شخص را دیدید و مطمئن شدید حساب مال خود اوست: یک کد بازنشانی یک‌بارمصرف بسازید و به او بدهید. این کد پس از چند روز باطل می‌شود.
admin-reset-issue = ساختن کد بازنشانی
admin-reset-issued = این کد را به آن شخص بدهید. فقط همین حالا نشان داده می‌شود.

# Issues: raising, listing and reading them.
municipality-issues = دیدن مسائلی که اینجا مطرح شده‌اند
municipality-raise = طرح یک مسئله
issues-title = مسائل
issues-filter = فیلتر و مرتب‌سازی
issues-any = همه
issues-status = وضعیت
issues-language = زبان نوشته
issues-sort = ترتیب
issues-sort-newest = تازه‌ترین‌ها اول
issues-sort-supported = پرحمایت‌ترین‌ها اول
issues-apply = نشان بده
issues-none = هیچ مسئله‌ای پیدا نشد. می‌توانید اولین مسئله را مطرح کنید.
issues-more = نشان دادن مسائل بیشتر
issue-new-title = طرح یک مسئله
issue-new-intro = به هر زبانی که می‌خواهید بنویسید. مشکل را توضیح دهید و اگر می‌توانید، بگویید چه چیزی کمک می‌کند. نام، نشانی یا اطلاعات شخصی دیگر ننویسید.
issue-field-title = عنوان
issue-field-title-hint = یک جملهٔ کوتاه، ۵ تا ۱۵۰ حرف.
issue-field-body = مسئله چیست؟
issue-field-body-hint = دست‌کم ۲۰ حرف. بگویید چه کسانی و کجا با آن روبه‌رو هستند.
issue-field-theme = موضوع
issue-field-theme-choose = یک موضوع انتخاب کنید
issue-field-tags = چه کسانی بیشتر از همه با این مسئله درگیرند؟ (اختیاری)
issue-field-neighbourhood = محله (اختیاری)
issue-field-neighbourhood-none = همهٔ شهر
issue-field-anonymous = مرا بی‌نام نشان بده (دیگران نام مرا نمی‌بینند)
issue-continue = ادامه
issue-confirm-preview = مسئلهٔ شما
issue-confirm-language = زبان نوشتهٔ شما
issue-confirm-detected = فکر می‌کنیم به زبان { $language } نوشته‌اید. اگر این‌طور نیست، زبان درست را انتخاب کنید.
issue-confirm-not-detected = لطفاً زبانی را که به آن نوشته‌اید انتخاب کنید.
issue-similar-title = مسائل مشابه
issue-similar-intro = شاید کسی قبلاً همین را مطرح کرده باشد. می‌توانید به جای آن از مسئلهٔ او حمایت کنید، یا مسئلهٔ خودتان را بفرستید.
issue-submit = فرستادن مسئلهٔ من
issue-edit = تغییر نوشته‌ام
issue-submitted-public = سپاسگزاریم. مسئلهٔ شما منتشر شد.
issue-submitted-waiting = سپاسگزاریم. یک ناظر به‌زودی مسئلهٔ شما را بررسی می‌کند؛ نتیجه را در حسابتان به شما خبر می‌دهیم.
issue-by = مطرح‌شده توسط
issue-anonymous-to-public = برای دیگران بی‌نام نشان داده می‌شود
issue-by-anonymous = بی‌نام مطرح شده
issue-written-in = نوشته‌شده به زبان { $language }
issue-supports = { $count ->
    [one] { $count } حامی
   *[other] { $count } حامی
}
issue-support = از این حمایت می‌کنم
issue-you-support = شما از این مسئله حمایت می‌کنید.
issue-withdraw = پس گرفتن حمایتم
issue-sign-in-to-support = برای حمایت از این مسئله وارد شوید
issue-timeline = آنچه تا حالا پیش آمده

# Moderation, reports and notifications.
moderation-title = صف بررسی
moderation-intro = مسائل تازه و مسائل گزارش‌شده، قدیمی‌ترین‌ها اول. هر تصمیم همراه با دلیلش ثبت می‌شود.
moderation-empty = چیزی در انتظار نیست. سپاسگزاریم!
moderation-reported = گزارش‌شده:
moderation-publish = انتشار
moderation-restore = بازگرداندن
moderation-dismiss-reports = منتشرشده بماند (رد کردن گزارش‌ها)
moderation-reason = دلیل (برای رد کردن یا پنهان کردن لازم است)
moderation-reason-choose = یک دلیل انتخاب کنید
moderation-note = یادداشت برای نویسنده (اختیاری)
moderation-reject = رد کردن
moderation-hide = پنهان کردن
moderation-merge-into = شمارهٔ مسئله‌ای که این مسئله تکرار آن است
moderation-merge = یکی کردن
moderation-redact = پاک کردن اطلاعات شخصی
moderation-redact-intro = نام‌ها، نشانی‌ها، شماره‌تلفن‌ها و دیگر اطلاعات شخصی را با […] جایگزین کنید. متن اصلی فقط برای مدیران نگه داشته می‌شود.
moderation-redact-save = ذخیرهٔ متن اصلاح‌شده
notifications-title = اعلان‌ها
notifications-none = هنوز خبر تازه‌ای نیست. خبرهای مربوط به مسائل شما اینجا نشان داده می‌شود.
notifications-new = تازه
notifications-mark-read = علامت‌گذاری همه به‌عنوان خوانده‌شده
notification-unavailable = مسئله‌ای که دنبال می‌کنید دیگر برای همه نشان داده نمی‌شود.
notifications-unread = { $count ->
    [one] { $count } اعلان تازه
   *[other] { $count } اعلان تازه
}
report-title = گزارش این مسئله
report-reason = چه مشکلی دارد؟
report-submit = فرستادن گزارش
report-thanks = سپاسگزاریم. یک ناظر آن را بررسی می‌کند.
report-thanks-hidden = سپاسگزاریم. این مسئله تا وقتی یک ناظر آن را بررسی کند پنهان است.
issue-merged-into = این مسئله با مسئلهٔ دیگری دربارهٔ همین مشکل یکی شده است:
redactions-title = اطلاعات شخصی پاک‌شده (فقط برای مدیران)
redacted-issue-title = عنوان
redacted-issue-body = توضیح
redacted-comment = نظر
redacted-answer = پاسخ رسمی

# The audit log.
audit-title = دفتر ثبت تصمیم‌ها
audit-intro = همهٔ تصمیم‌های نظارت و مدیریت در این شهر: چه کسی، چه کاری، کی و چرا.
audit-filter = نمایش
audit-filter-issues = تصمیم‌ها دربارهٔ مسائل
audit-filter-roles = نقش‌های داده‌شده و پس‌گرفته‌شده
audit-filter-municipality = تنظیمات شهر
audit-filter-all = همه چیز
audit-empty = هنوز چیزی ثبت نشده است.
audit-when = کی
audit-who = چه کسی
audit-what = چه کاری
audit-why = جزئیات

# Translation.
translate-title = ترجمه‌ها
translate-intro = مسائل منتشرشده‌ای که هنوز به همهٔ زبان‌های این شهر ترجمه نشده‌اند، قدیمی‌ترین‌ها اول. ترجمه‌های ماشینی منتظرند تا یک نفر آن‌ها را بررسی کند.
translate-empty = همه‌چیز ترجمه شده است. سپاسگزاریم!
translate-machine-waiting = ترجمهٔ ماشینی، نیاز به بررسی
translate-into = ترجمه به زبان { $language }
translate-original = متن اصلی ({ $language })
translate-yours = ترجمهٔ شما
translate-review-machine = این یک ترجمهٔ ماشینی است. اگر لازم است آن را اصلاح کنید و ذخیره کنید: بعد از آن بررسی‌شده حساب می‌شود.
translate-save = ذخیرهٔ ترجمه
translation-machine = ترجمهٔ ماشینی
translation-volunteer = ترجمه‌شده توسط یک داوطلب
translation-machine-from = ترجمهٔ ماشینی. زبان متن اصلی: { $language }
translation-volunteer-from = ترجمه‌شده توسط یک داوطلب. زبان متن اصلی: { $language }
translation-show-original = نشان دادن متن اصلی
translation-show-translation = نشان دادن ترجمه

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] یک نظر
   *[other] { $count } نظر
}
comment-field-body = نظر شما
comment-field-body-hint = به هر زبانی که می‌خواهید. مهربان باشید و اطلاعات شخصی ننویسید.
comment-submit = فرستادن نظر
comment-sign-in = برای نوشتن نظر وارد شوید
comment-report = گزارش این نظر
comment-deleted-account = حساب پاک‌شده
comment-published = سپاسگزاریم. نظر شما منتشر شد.
comment-waiting = سپاسگزاریم. یک ناظر به‌زودی نظر شما را بررسی می‌کند.
comment-reported = سپاسگزاریم. یک ناظر این نظر را بررسی می‌کند.
field-language = زبان نوشتهٔ شما
field-language-detect = تشخیص خودکار زبان
answer-title = پاسخ شهر
answer-official = پاسخ رسمی
answer-department = ادارهٔ مسئول
answer-expected = پیش‌بینی‌شده تا تاریخ
answer-field-body = پاسخ رسمی
answer-field-body-hint = به زبان خودتان بنویسید؛ برای ساکنان ترجمه می‌شود.
answer-field-department = ادارهٔ مسئول (اختیاری)
answer-field-expected = تاریخ پیش‌بینی‌شده (اختیاری)
answer-field-expected-hint = سال-ماه-روز به تاریخ میلادی، برای نمونه 2027-03-31.
answer-field-resolved = این پاسخ مسئله را حل می‌کند
answer-submit = انتشار پاسخ
answer-posted = پاسخ منتشر شد. به نویسنده و حامیان خبر داده شد.
city-title = ویژهٔ شهر
city-forward = فرستادن به شورا
city-resolve = علامت زدن به‌عنوان حل‌شده
issue-forwarded = مسئله به شورا فرستاده شد.
issue-edit-requested = یک ناظر از شما خواسته است که پیش از انتشار، این مسئله را تغییر دهید.
issue-edit-now = همین حالا تغییرش دهید
issue-edit-title = تغییر مسئلهٔ شما
issue-edit-asked = یک ناظر این تغییرات را خواسته است:
issue-edit-save = ذخیره و فرستادن برای ناظران
issue-edited = سپاسگزاریم. تغییرات شما برای ناظران فرستاده می‌شود.
moderation-ask-edit = از نویسنده بخواهید آن را تغییر دهد
moderation-issues = مسائل
moderation-comments = نظرها
moderation-comment-on = نظر دربارهٔ مسئله
help-title = کمک برای وضعیت شخصی شما
help-intro = این مراکز به مردم در پرسش‌های شخصی‌شان کمک می‌کنند: مدارک، کمک‌هزینه‌ها، مسکن، کار، سلامت. آن‌ها به زبان‌هایی که اینجا نوشته شده صحبت می‌کنند.
help-nothing-stored = هیچ کاری که در این صفحه انجام می‌دهید ذخیره یا منتشر نمی‌شود.
help-none = این شهر هنوز هیچ مرکز کمک‌رسانی را معرفی نکرده است.
help-languages = زبان‌هایی که صحبت می‌کنند:
help-contact = راه تماس با آن‌ها:
help-raise-instead = آیا این مشکلی است که خیلی‌ها دارند؟ به جای آن، یک مسئله مطرح کنید.
help-link = برای وضعیت شخصی‌ام به کمک نیاز دارم
help-question = آیا این دربارهٔ وضعیت شخصی خود شماست؟
help-question-explained = برای مشکلی با مدارکتان، یک کمک‌هزینه، صاحبخانه یا کارتان، یک مرکز کمک‌رسانی می‌تواند شخصاً راهنمایی‌تان کند. مسائل اینجا برای مشکل‌هایی است که خیلی‌ها دارند.
issues-search = جستجو در مسائل
issues-search-button = جستجو
issues-search-results = مسائل مربوط به «{ $query }»
issues-sort-answered = تازه‌ترین پاسخ‌ها اول
translate-kind-issue = مسئله
translate-kind-answer = پاسخ رسمی
translate-kind-comment = نظر
translate-text = متن
taxonomy-title = موضوع‌ها و محله‌ها
taxonomy-intro = ساکنان وقتی مسئله‌ای را مطرح می‌کنند از این‌ها انتخاب می‌کنند. می‌توانید برای یک موضوع نام دلخواه خودتان را بگذارید، یا نام را خالی بگذارید تا نام پیش‌فرض ترجمه‌شده نشان داده شود.
taxonomy-categories = موضوع‌ها
taxonomy-tags = گروه‌هایی که بیشتر درگیرند
taxonomy-neighbourhoods = محله‌ها
taxonomy-rename = تغییر نام
taxonomy-remove = پاک کردن
taxonomy-add = افزودن
taxonomy-add-category = افزودن موضوع
taxonomy-add-tag = گروه تازه
taxonomy-add-neighbourhood = محلهٔ تازه
taxonomy-dimension = جزو بخش
taxonomy-dimension-choose = انتخاب کنید
taxonomy-name = نام
taxonomy-name-hint = همان‌طور که نوشته شده، در همهٔ زبان‌ها نشان داده می‌شود.
services-title = مراکز کمک‌رسانی
services-intro = مراکزی که در صفحهٔ کمک شهر معرفی شده‌اند، برای کسانی که دربارهٔ وضعیت شخصی خودشان پرسشی دارند.
services-public-page = دیدن صفحهٔ عمومی
services-add = افزودن مرکز
services-edit = تغییر
services-name = نام
services-description = در چه کارهایی کمک می‌کنند
services-languages = زبان‌هایی که آنجا صحبت می‌شود
services-contact = راه تماس با آن‌ها
services-contact-hint = نشانی، ساعت‌های کاری، تلفن، وب‌سایت.
issue-support-on-telegram = از طریق تلگرام حمایت کنید
issue-voice-transcribe-title = نوشتن متن یک پیام صوتی
issue-voice-back = بازگشت به صف بررسی
issue-voice-saved = ذخیره شد. اکنون یک ناظر می‌تواند مسئله را منتشر کند.
issue-voice-note = { $seconds ->
    [one] پیام صوتی، { $seconds } ثانیه
   *[other] پیام صوتی، { $seconds } ثانیه
}
issue-voice-transcribe-hint = گوش دهید، سپس عنوان و متن را به همان زبانی بنویسید که در پیام صحبت شده است. نام‌ها، نشانی‌ها و هر چیز دیگری را که هویت کسی را نشان می‌دهد ننویسید.
issue-voice-language = زبان گفتار
issue-voice-save = ذخیرهٔ متن
issue-voice-untranscribed = متن آن هنوز نوشته نشده است
issue-voice-transcribe = نوشتن متن گفته‌ها
issue-voice-placeholder-title = پیام صوتی
issue-voice-placeholder-body = این مسئله در یک پیام صوتی گفته شده است؛ یک داوطلب متن آن را می‌نویسد.
account-telegram = تلگرام
account-telegram-intro = با این حساب از طریق تلگرام از Chorus استفاده کنید: اینجا یک کد بگیرید و آن را برای @{ $bot } بفرستید.
account-telegram-link = گرفتن کد برای اتصال به تلگرام
account-telegram-code = ظرف ۱۰ دقیقه /link { $code } را برای ربات بفرستید. این کد فقط یک بار کار می‌کند.
account-telegram-open = باز کردن ربات با این کد
