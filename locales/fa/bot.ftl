# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = انتخاب زبان و شهر
bot-command-new = طرح یک مسئله
bot-command-my = مسائل من و وضعیت آن‌ها
bot-command-settings = اعلان‌هایی که دریافت می‌کنم
bot-command-language = تغییر زبان
bot-command-help = این ربات چه کارهایی می‌کند
bot-command-cancel = توقف کاری که انجام می‌دهم
bot-command-link = اتصال به حساب من در وب‌سایت
bot-command-export = دانلود اطلاعات من
bot-command-delete = پاک کردن اطلاعات من
bot-help-intro = با Chorus می‌توانید مسئله‌هایی را با شهرتان مطرح کنید و پیگیری کنید که چه نتیجه‌ای دارند. شما بی‌نام می‌مانید: ربات فقط شمارهٔ این گفتگو و انتخاب‌های شما را نگه می‌دارد. فرمان‌ها:

## Start
bot-choose-language = می‌خواهید از کدام زبان استفاده کنید؟
bot-language-chosen = زبان: { $language }
bot-choose-municipality = در کدام شهر زندگی می‌کنید؟
bot-municipality-chosen = شهر: { $municipality }

## Menu
bot-menu-intro = می‌خواهید چه کار کنید؟
bot-menu-new = طرح یک مسئله
bot-menu-my = مسائل من
bot-menu-settings = اعلان‌ها
bot-menu-help = راهنما
bot-cancelled = متوقف شد. چیزی فرستاده نشد.
bot-cancel = لغو

## Raising an issue
bot-issue-choose-theme = مسئلهٔ شما دربارهٔ چیست؟ ({ $municipality })
bot-issue-ask-title = یک عنوان کوتاه برای مسئلهٔ خود بنویسید (۵ تا ۱۵۰ حرف).
bot-issue-ask-body = حالا مسئله را با کلمات خودتان، به هر زبانی که می‌خواهید، توضیح دهید (دست‌کم ۲۰ حرف).
bot-issue-similar = مسئلهٔ مشابهی از قبل وجود دارد: { $title } ({ $supports } حمایت). می‌توانید از آن حمایت کنید، یا با مسئلهٔ خودتان ادامه دهید.
bot-issue-confirm = لطفاً پیش از فرستادن، مسئلهٔ خود را بررسی کنید: { $title }. زبان: { $language }.
bot-issue-language-unknown = تشخیص داده نشد — لطفاً انتخاب کنید
bot-issue-post = فرستادن
bot-issue-change-language = انتخاب زبان
bot-issue-choose-language = به چه زبانی نوشتید؟
bot-issue-anonymous-on = بی‌نام: بله
bot-issue-anonymous-off = بی‌نام: نه
bot-issue-cancelled = مسئلهٔ شما فرستاده نشد.
bot-issue-submitted = سپاسگزاریم. مسئلهٔ شما (شمارهٔ { $id }) فرستاده شد. یک ناظر پیش از انتشار آن را بررسی می‌کند.
bot-issue-published = سپاسگزاریم. مسئلهٔ شما (شمارهٔ { $id }) منتشر شد.
bot-issue-card = { $title } ({ $supports } حمایت)
bot-support = حمایت از این مسئله
bot-supported = از حمایت شما سپاسگزاریم
bot-supported-issue = شما از این مسئله حمایت می‌کنید: { $title }
bot-open-portal = باز کردن در وب‌سایت
bot-voice-where = برای طرح یک مسئله با پیام صوتی، با /new شروع کنید و یک موضوع انتخاب کنید.
bot-voice-confirm = پیام صوتی شما ({ $seconds } ثانیه). زبان: { $language }. یک داوطلب پیش از انتشار، متن آن را می‌نویسد.
bot-voice-submitted = سپاسگزاریم. پیام صوتی شما (مسئلهٔ شمارهٔ { $id }) فرستاده شد. یک داوطلب متن آن را می‌نویسد و یک ناظر آن را بررسی می‌کند.

## My issues
bot-my-none = شما هنوز هیچ مسئله‌ای مطرح نکرده‌اید.
bot-my-title = { $count ->
    [one] مسئلهٔ شما:
   *[other] شما { $count } مسئله مطرح کرده‌اید:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = خبر تازه دربارهٔ { $title }: { $status }
bot-notice-ballot = نتیجه‌های رأی‌گیری‌ای که در آن شرکت کردید منتشر شد: { $title }
bot-notice-consultation = نتیجه‌های نظرخواهی‌ای که در آن شرکت کردید منتشر شد: { $title }
bot-notice-ballot-opened = رأی‌گیری تازه باز است: { $title }
bot-notice-consultation-opened = نظرخواهی تازه باز است: { $title }
bot-settings-intro = انتخاب کنید چه اعلان‌هایی دریافت کنید. برای روشن یا خاموش کردن هر اعلان، دکمهٔ آن را بزنید.
bot-settings-on = { $what }: روشن
bot-settings-off = { $what }: خاموش
bot-settings-saved = ذخیره شد
bot-settings-issue = مسائل من و مسائلی که از آن‌ها حمایت می‌کنم
bot-settings-ballot = رأی‌گیری‌ها
bot-settings-consultation = نظرخواهی‌ها
bot-settings-summary = خلاصه‌های شورا و پاسخ‌ها

## My data
bot-export-caption = همهٔ اطلاعاتی که Chorus دربارهٔ شما نگه می‌دارد.
bot-delete-confirm = حساب و اطلاعاتتان پاک شود؟ مسائل و نظرهای شما، بسته به تصمیم شهرتان، پاک می‌شوند یا بی‌نام باقی می‌مانند. این کار برگشت ندارد.
bot-delete-yes = بله، پاک شود
bot-delete-no = نه، بماند
bot-delete-kept = چیزی پاک نشد.
bot-delete-done = اطلاعات شما پاک شد. اگر دوباره بنویسید، با یک حساب تازه و خالی شروع می‌کنید.
bot-link-ask = برای استفاده از حساب وب‌سایت خود در اینجا، از صفحهٔ حسابتان در وب‌سایت یک کد بگیرید. سپس /link و کد را بفرستید.
bot-link-done = این گفتگو اکنون از حساب { $name } شما استفاده می‌کند.
bot-link-wrong = این کد اشتباه است یا منقضی شده است. یک کد تازه از وب‌سایت بگیرید.
bot-link-has-content = این گفتگو قبلاً مشارکت کرده است (مسائل، حمایت‌ها، رأی‌ها یا پاسخ‌ها)، بنابراین نمی‌توان آن را به حساب دیگری وصل کرد. می‌توانید اول اطلاعات آن را با فرمان /export دانلود کنید یا با فرمان /delete پاک کنید.

## When something does not fit
bot-use-buttons = لطفاً از دکمه‌های بالا استفاده کنید، یا برای توقف /cancel را بزنید.
bot-only-text = متأسفم، اینجا فقط می‌توانم پیام‌های نوشتاری را بخوانم.
bot-edit-ignored = اگر پیامی را که فرستاده‌اید تغییر دهید، آنچه به دست من رسیده تغییر نمی‌کند. به جای آن یک پیام تازه بفرستید.
bot-unknown-command = این فرمان را نمی‌شناسم. با فرمان /help ببینید چه کارهایی از من برمی‌آید.
bot-button-expired = این دکمه دیگر کار نمی‌کند.
bot-unknown-button = این دکمه دیگر کار نمی‌کند.
bot-not-found = این دیگر وجود ندارد، یا برای همه نشان داده نمی‌شود.
bot-not-allowed = شما اجازهٔ این کار را ندارید.
bot-too-many = تلاش‌ها خیلی زیاد بود. لطفاً کمی صبر کنید و دوباره امتحان کنید.
bot-too-large = این خیلی بزرگ است.
bot-error = مشکلی از طرف ما پیش آمد. لطفاً بعداً دوباره امتحان کنید.

## Consultations
bot-command-consultations = نظرخواهی‌های باز: پرسش‌نامه‌ها و دورهای دیدگاه‌ها
bot-menu-consultations = نظرخواهی‌ها
bot-consultations-title = نظرخواهی‌های باز در { $municipality }. یکی را انتخاب کنید:
bot-consultations-none = در حال حاضر هیچ نظرخواهی بازی در { $municipality } نیست.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = هر بار به یک پرسش پاسخ دهید. می‌توانید از یک پرسش بگذرید، ذخیره کنید و بعداً ادامه دهید، و در پایان پاسخ‌هایتان را بفرستید.
bot-consultation-resume = پیش‌تر پاسخ‌هایی ذخیره کرده‌اید. از همان جایی که ماندید ادامه می‌دهیم.
bot-consultation-change = پاسخ‌هایتان را پیش‌تر فرستاده‌اید. تا بسته شدن نظرخواهی می‌توانید آن‌ها را تغییر دهید.
bot-consultation-question = پرسش { $n } از { $total }
bot-consultation-required = برای فرستادن، پاسخ به این پرسش لازم است.
bot-consultation-choose-one = یک پاسخ را انتخاب کنید.
bot-consultation-choose-many = روی پاسخ‌ها بزنید تا انتخاب شوند (دوباره بزنید تا انتخاب برداشته شود)، سپس «بعدی» را بزنید.
bot-consultation-scale = از ۱ تا ۵ انتخاب کنید. ۱ یعنی: { $low }. ۵ یعنی: { $high }.
bot-consultation-rank = گزینه‌ها را به ترتیب بزنید: اول گزینه‌ای که از همه بیشتر ترجیح می‌دهید. می‌توانید بعضی را کنار بگذارید. سپس «بعدی» را بزنید.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = رتبه‌بندی را از نو شروع کنید
bot-consultation-write = پاسخ خود را در یک پیام بنویسید (حداکثر { $max } حرف).
bot-consultation-your-answer = پاسخ شما تا این لحظه: { $answer }
bot-consultation-next = بعدی
bot-consultation-skip = رد شدن
bot-consultation-review = این آخرین پرسش بود. همین حالا پاسخ‌هایتان را بفرستید، یا آن‌ها را ذخیره کنید و بعداً ادامه دهید.
bot-statement-original = متن اصلی ({ $language }): { $text }
bot-statement-ask = دیدگاه خود را در یک پیام بنویسید.
bot-statements-done = فعلاً کافی است
bot-statements-thanks = از مشارکت شما سپاسگزاریم. تا بسته شدن این دور می‌توانید به آن برگردید.
## Votes
bot-command-votes = رأی دادن به اولویت‌ها
bot-menu-votes = رأی‌گیری‌ها
bot-votes-intro = رأی‌گیری‌های باز در { $municipality }. یکی را انتخاب کنید:
bot-votes-none = الان هیچ رأی‌گیری بازی در { $municipality } نیست.
bot-vote-rank-rule = گزینه‌ها را به ترتیبی که ترجیح می‌دهید بزنید، اول انتخاب اولتان. می‌توانید بعضی گزینه‌ها را کنار بگذارید.
bot-vote-picked = تا اینجا انتخاب‌شده: { $count }
bot-vote-budget-left = بودجهٔ باقی‌مانده: { $left } از { $budget }
bot-vote-points-left = امتیاز باقی‌مانده: { $left } از { $total }
bot-vote-order = ترتیب شما تا اینجا:
bot-vote-nothing = هنوز چیزی انتخاب نشده.
bot-vote-undo = برگرداندن آخری
bot-vote-continue = ادامه
bot-vote-confirm = لطفاً پیش از ثبت رأی، آن را بررسی کنید:
bot-vote-cast = رأی من را ثبت کن
bot-vote-change = تغییر
bot-vote-cancelled = متوقف شد. رأی شما ثبت نشد.
bot-vote-receipt = کد رسید شما: { $code }
bot-vote-receipt-explained = این کد را نگه دارید: فقط یک بار نشان داده می‌شود. وقتی نتایج منتشر شد، با آن می‌توانید بررسی کنید که رأی شما همان‌طور که دادید شمرده شده است. هیچ‌کس دیگری نمی‌تواند آن را به شما ربط دهد.
bot-vote-receipt-hash = در فهرست منتشرشده، رأی شما سطری است که این را دارد: { $hash }
bot-vote-ask-receipt = برای تغییر رأی، کد رسید رأی قبلی‌تان را بفرستید (یا برای توقف /cancel).
bot-notice-summary = خبری درباره‌ی یک توصیه‌ی شورا: { $title }
bot-notice-summary-answered = شهرداری به توصیه‌ای که شما در آن سهم داشتید پاسخ داد: { $title }
bot-notice-summary-done = توصیه‌ای که شما در آن سهم داشتید انجام شد: { $title }
bot-notice-summary-dropped = توصیه‌ای که شما در آن سهم داشتید کنار گذاشته شد: { $title }
bot-notice-summary-overdue = مهلت یک توصیه گذشته است: { $title }
bot-notice-summary-forwarded = خلاصه‌ای از شورا به شهرداری فرستاده شد: { $title }
