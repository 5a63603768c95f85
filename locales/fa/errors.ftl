error-title-not-found = صفحه پیدا نشد
error-title-forbidden = اجازه ندارید
error-title-bad-request = درخواست مشکلی دارد
error-title-internal = مشکلی پیش آمد
error-not-found = این صفحه را پیدا نکردیم. شاید جابه‌جا یا پاک شده باشد.
error-forbidden = حساب شما اجازهٔ دیدن این صفحه را ندارد.
error-unauthorized = لطفاً اول وارد شوید.
error-csrf = این فرم دیگر معتبر نیست یا از سایت دیگری فرستاده شده است. لطفاً برگردید، صفحه را دوباره باز کنید و باز امتحان کنید. Chorus برای فرم‌ها به اجازهٔ کوکی‌ها نیاز دارد.
error-too-many-requests = تلاش‌ها خیلی زیاد بود. لطفاً یک دقیقه صبر کنید و دوباره امتحان کنید.
error-too-large = چیزی که فرستادید خیلی بزرگ است.
error-bad-request = این درخواست را نفهمیدیم.
error-method-not-allowed = این نشانی این نوع درخواست را نمی‌پذیرد.
error-timeout = این کار خیلی طول کشید. لطفاً دوباره امتحان کنید.
error-validation = چند خانه باید درست شوند.
error-internal = متأسفیم، مشکلی از طرف ما پیش آمد. لطفاً بعداً دوباره امتحان کنید.
error-database = پایگاه داده در دسترس نیست.
error-code = خطای { $status }
error-go-home = رفتن به صفحهٔ اصلی

username-required = لطفاً یک نام کاربری انتخاب کنید.
username-too-short = نام کاربری باید دست‌کم ۳ حرف باشد.
username-too-long = نام کاربری حداکثر می‌تواند ۳۲ حرف باشد.
username-invalid-characters = فقط از حرف، رقم و - _ و . استفاده کنید (اولش باید حرف یا رقم باشد).
username-reserved = این نام رزرو شده است. لطفاً نام دیگری انتخاب کنید.
username-taken = این نام کاربری قبلاً گرفته شده است. لطفاً نام دیگری انتخاب کنید.
username-mixed-scripts = لطفاً فقط از حروف یک الفبا استفاده کنید (رقم و - _ و . اشکالی ندارد).
username-too-similar = این نام خیلی شبیه نامی است که از قبل وجود دارد. لطفاً نام دیگری انتخاب کنید.

password-required = لطفاً یک رمز عبور انتخاب کنید.
password-too-short = رمز عبور باید دست‌کم ۸ حرف باشد.
password-too-long = رمز عبور خیلی طولانی است.
password-same-as-username = رمز عبور نباید همان نام کاربری شما باشد.
password-too-common = این رمز عبور خیلی رایج است و به‌راحتی حدس زده می‌شود. چند کلمه را امتحان کنید که برای شما معنایی دارند.
password-mismatch = دو رمز عبور یکی نیستند.
password-wrong = این رمز عبور درست نیست.

email-invalid = این شبیه نشانی ایمیل نیست. می‌توانید آن را خالی هم بگذارید.
language-unknown = لطفاً یک زبان از فهرست انتخاب کنید.
role-unknown = نقش ناشناخته.
code-invalid = این کد معتبر نیست، وقتش گذشته یا قبلاً استفاده شده است.

login-failed = ورود انجام نشد. نام کاربری و رمز عبور را بررسی کنید. پس از چند تلاش نادرست، برای ورود از یک دستگاه تازه باید چند دقیقه صبر کنید؛ کد بازیابی‌تان همیشه کار می‌کند.
login-one-time-expired = وقت این رمز یک‌بارمصرف گذشته است. لطفاً از یک مدیر کد بازنشانی تازه‌ای بخواهید.

municipality-unknown = لطفاً یک شهر از فهرست انتخاب کنید.
municipality-name-invalid = نام باید بین ۲ تا ۱۰۰ حرف باشد.
municipality-slug-invalid = از ۲ تا ۴۰ حرف کوچک لاتین، رقم و خط تیره استفاده کنید.
municipality-slug-taken = شهر دیگری همین نام را در نشانی وب دارد.
municipality-languages-required = دست‌کم یک زبان انتخاب کنید.
municipality-default-language-invalid = زبان پیش‌فرض باید یکی از زبان‌های انتخاب‌شده باشد.
municipality-moderation-invalid = انتخاب کنید نوشته‌ها چطور بررسی شوند.
municipality-policy-invalid = انتخاب کنید وقتی حسابی پاک می‌شود چه اتفاقی بیفتد.

account-last-admin = این آخرین حساب مدیر است. اول یک نفر دیگر را مدیر کنید.

# Issues.
issue-title-required = لطفاً یک عنوان بنویسید.
issue-title-too-short = عنوان باید دست‌کم ۵ حرف باشد.
issue-title-too-long = عنوان حداکثر می‌تواند ۱۵۰ حرف باشد.
issue-body-required = لطفاً مسئله را توضیح دهید.
issue-body-too-short = لطفاً دست‌کم ۲۰ حرف بنویسید.
issue-body-too-long = توضیح حداکثر می‌تواند ۵۰۰۰ حرف باشد.
issue-theme-required = لطفاً یک موضوع از فهرست انتخاب کنید.
issue-tag-unknown = لطفاً از فهرست انتخاب کنید.
issue-neighbourhood-unknown = لطفاً یک محله از فهرست انتخاب کنید.
issue-lang-required = لطفاً زبانی را که به آن نوشته‌اید انتخاب کنید.

# Moderation.
moderation-reason-required = لطفاً یک دلیل انتخاب کنید.
moderation-note-too-long = یادداشت حداکثر می‌تواند ۱۰۰۰ حرف باشد.
moderation-merge-target-invalid = شمارهٔ یک مسئلهٔ منتشرشدهٔ دیگر از همین شهر را بنویسید.
moderation-not-allowed = با وضعیت فعلی این مسئله، این کار ممکن نیست.
report-reason-required = لطفاً انتخاب کنید چه مشکلی دارد.

# Translation.
translation-required = لطفاً ترجمه را بنویسید.
translation-source-changed = متن اصلی در حالی که ترجمه می‌کردید تغییر کرد (مثلاً اطلاعات شخصی پاک شد). لطفاً ترجمه‌تان را با متن فعلی مقایسه کنید.
translation-too-long = این متن خیلی طولانی است.

# Participation.
comment-required = لطفاً نظرتان را بنویسید.
comment-too-short = نظر شما خیلی کوتاه است.
comment-too-long = نظر حداکثر می‌تواند ۲۰۰۰ حرف باشد.
answer-required = لطفاً پاسخ را بنویسید.
answer-too-short = پاسخ باید دست‌کم ۱۰ حرف باشد.
answer-too-long = پاسخ حداکثر می‌تواند ۵۰۰۰ حرف باشد.
answer-department-too-long = نام اداره حداکثر می‌تواند ۱۲۰ حرف باشد.
answer-date-invalid = یک تاریخ میلادی درست بنویسید، به شکل سال-ماه-روز (برای نمونه 2027-03-31).
status-change-not-allowed = این مسئله الان نمی‌تواند به این وضعیت برود.
issue-edit-not-requested = کسی درخواست تغییر این مسئله را نکرده است.
taxonomy-name-required = لطفاً یک نام بنویسید.
taxonomy-name-too-long = نام حداکثر می‌تواند ۸۰ حرف باشد.
taxonomy-name-taken = این نام قبلاً استفاده شده است.
taxonomy-dimension-required = لطفاً انتخاب کنید این موضوع جزو کدام بخش است.
taxonomy-category-in-use = مسائلی از این موضوع استفاده می‌کنند، پس نمی‌شود آن را پاک کرد. به جای آن، نامش را تغییر دهید.
service-name-invalid = نامی بین ۲ تا ۱۲۰ حرف بنویسید.
service-description-too-long = توضیح حداکثر می‌تواند ۱۰۰۰ حرف باشد.
service-contact-invalid = راه‌های تماس را بین ۲ تا ۵۰۰ حرف بنویسید.
service-languages-invalid = دست‌کم یک زبان را که آنجا صحبت می‌شود انتخاب کنید.
posting-too-often = در یک ساعت گذشته نوشته‌های زیادی فرستاده‌اید. لطفاً کمی صبر کنید و بعد دوباره بفرستید؛ نوشته‌تان پایین صفحه نگه داشته شده است.
issue-voice-too-large = این پیام صوتی خیلی طولانی است. لطفاً آن را کوتاه‌تر از دو دقیقه نگه دارید.
issue-voice-empty = پیام صوتی خالی است.
issue-voice-not-waiting = این مسئله دیگر در انتظار بررسی نیست.
moderation-transcribe-first = پیش از انتشار مسئله، متن پیام صوتی را بنویسید.
