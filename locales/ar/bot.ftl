# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = اختيار اللغة والمدينة
bot-command-new = اطرح قضية
bot-command-my = قضاياي وحالتها
bot-command-settings = الإشعارات التي تصلني
bot-command-language = تغيير اللغة
bot-command-help = ما الذي يستطيع هذا البوت فعله
bot-command-cancel = إيقاف ما أفعله الآن
bot-command-link = الربط بحسابي في الموقع
bot-command-export = تنزيل بياناتي
bot-command-delete = حذف بياناتي
bot-help-intro = يتيح لك Chorus أن تطرح قضايا على مدينتك وأن تتابع ما يحدث لها. تبقى دون اسم: لا يحفظ البوت إلا رقم هذه المحادثة واختياراتك. الأوامر:

## Start
bot-choose-language = أي لغة تريد أن تستخدم؟
bot-language-chosen = اللغة: { $language }
bot-choose-municipality = في أي مدينة تسكن؟
bot-municipality-chosen = المدينة: { $municipality }

## Menu
bot-menu-intro = ماذا تريد أن تفعل؟
bot-menu-new = اطرح قضية
bot-menu-my = قضاياي
bot-menu-settings = الإشعارات
bot-menu-help = مساعدة
bot-cancelled = تمّ الإيقاف. لم يُرسَل شيء.
bot-cancel = إلغاء

## Raising an issue
bot-issue-choose-theme = عن أي موضوع قضيتك؟ ({ $municipality })
bot-issue-ask-title = اكتب عنوانًا قصيرًا لقضيتك (من 5 إلى 150 حرفًا).
bot-issue-ask-body = الآن صِف القضية بكلماتك، بأي لغة تريد (20 حرفًا على الأقل).
bot-issue-similar = توجد قضية مشابهة: { $title } (عدد المؤيدين: { $supports }). يمكنك أن تؤيّدها بدلًا من ذلك، أو أن تتابع بقضيتك.
bot-issue-confirm = يرجى مراجعة قضيتك قبل إرسالها: { $title }. اللغة: { $language }.
bot-issue-language-unknown = لم نتعرّف عليها — يرجى الاختيار
bot-issue-post = إرسال
bot-issue-change-language = اختيار اللغة
bot-issue-choose-language = بأي لغة كتبت؟
bot-issue-anonymous-on = دون اسم: نعم
bot-issue-anonymous-off = دون اسم: لا
bot-issue-cancelled = لم تُرسَل قضيتك.
bot-issue-submitted = شكرًا لك. أُرسلت قضيتك (رقم { $id }). سيراجعها مشرف قبل نشرها.
bot-issue-published = شكرًا لك. نُشرت قضيتك (رقم { $id }).
bot-issue-card = { $title } (عدد المؤيدين: { $supports })
bot-support = أيّد هذه القضية
bot-supported = شكرًا على تأييدك
bot-supported-issue = أنت تؤيّد: { $title }
bot-open-portal = افتح في الموقع
bot-voice-where = لطرح قضية برسالة صوتية، ابدأ بالأمر /new واختر موضوعًا.
bot-voice-confirm = رسالتك الصوتية (المدة بالثواني: { $seconds }). اللغة: { $language }. سيحوّلها متطوع إلى نص قبل نشرها.
bot-voice-submitted = شكرًا لك. أُرسلت رسالتك الصوتية (رقم القضية { $id }). سيحوّلها متطوع إلى نص، ثم سيراجعها مشرف.

## My issues
bot-my-none = لم تطرح أي قضية بعد.
bot-my-title = { $count ->
    [zero] قضاياك:
    [one] قضيتك:
    [two] قضيتاك:
    [few] لديك { $count } قضايا:
    [many] لديك { $count } قضية:
   *[other] لديك { $count } قضية:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = خبر جديد عن { $title }: { $status }
bot-notice-ballot = نُشرت نتائج تصويت شاركت فيه: { $title }
bot-notice-consultation = نُشرت نتائج استشارة شاركت فيها: { $title }
bot-notice-ballot-opened = تصويت جديد مفتوح: { $title }
bot-notice-consultation-opened = استشارة جديدة مفتوحة: { $title }
bot-settings-intro = اختر الإشعارات التي تريد أن تصلك. اضغط على زر لتشغيل الإشعار أو إيقافه.
bot-settings-on = { $what }: مفعّلة
bot-settings-off = { $what }: متوقفة
bot-settings-saved = تم الحفظ
bot-settings-issue = قضاياي والقضايا التي أؤيّدها
bot-settings-ballot = التصويتات
bot-settings-consultation = الاستشارات
bot-settings-summary = ملخصات المجلس والردود

## My data
bot-export-caption = كل ما يحفظه Chorus عنك.
bot-delete-confirm = هل تريد حذف حسابك وبياناتك؟ تُحذف قضاياك وتعليقاتك أو تبقى دون اسم، حسب ما قرّرته مدينتك. لا يمكن التراجع عن ذلك.
bot-delete-yes = نعم، احذف
bot-delete-no = لا، لا تحذف
bot-delete-kept = لم يُحذف شيء.
bot-delete-done = حُذفت بياناتك. إذا كتبت مرة أخرى، تبدأ بحساب جديد فارغ.
bot-link-ask = لتستخدم هنا حسابك في الموقع، احصل على رمز من صفحة حسابك في الموقع، ثم أرسل /link والرمز.
bot-link-done = أصبحت هذه المحادثة تستخدم حسابك { $name }.
bot-link-wrong = هذا الرمز غير صحيح أو انتهت صلاحيته. احصل على رمز جديد من الموقع.
bot-link-has-content = شاركت هذه المحادثة من قبل (قضايا أو تأييد أو تصويت أو ردود)، لذلك لا يمكن ربطها بحساب آخر. يمكنك أولًا تنزيل بياناتها بالأمر /export أو حذفها بالأمر /delete.

## When something does not fit
bot-use-buttons = يرجى استخدام الأزرار في الأعلى، أو /cancel للإيقاف.
bot-only-text = عذرًا، هنا لا أستطيع أن أقرأ إلا الرسائل النصية.
bot-edit-ignored = تعديل رسالة أرسلتها من قبل لا يغيّر ما وصلني. أرسل رسالة جديدة بدلًا من ذلك.
bot-unknown-command = لا أعرف هذا الأمر. الأمر /help يعرض ما أستطيع فعله.
bot-button-expired = هذا الزر لم يعد صالحًا.
bot-unknown-button = هذا الزر لم يعد صالحًا.
bot-not-found = هذا لم يعد موجودًا، أو أنه غير منشور للعامة.
bot-not-allowed = لا يُسمح لك بفعل هذا.
bot-too-many = محاولات كثيرة جدًا. يرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
bot-too-large = هذا كبير جدًا.
bot-error = حدث خطأ من جهتنا. يرجى المحاولة لاحقًا.

## Consultations
bot-command-consultations = الاستشارات المفتوحة: استبيانات وجولات آراء
bot-menu-consultations = الاستشارات
bot-consultations-title = الاستشارات المفتوحة في { $municipality }. اختر واحدة:
bot-consultations-none = لا توجد حاليًا استشارة مفتوحة في { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = أجب عن سؤال واحد في كل مرة. يمكنك تخطي سؤال، والحفظ والمتابعة لاحقًا، ثم إرسال إجاباتك في النهاية.
bot-consultation-resume = لقد حفظت إجابات من قبل. نتابع من حيث توقفت.
bot-consultation-change = لقد أرسلت إجاباتك من قبل. يمكنك تغييرها حتى تُغلق الاستشارة.
bot-consultation-question = السؤال { $n } من { $total }
bot-consultation-required = هذا السؤال يحتاج إلى إجابة قبل الإرسال.
bot-consultation-choose-one = اختر إجابة واحدة.
bot-consultation-choose-many = اضغط على الإجابات لاختيارها (اضغط مرة أخرى لإلغاء الاختيار)، ثم اضغط «التالي».
bot-consultation-scale = اختر من 1 إلى 5. 1 يعني: { $low }. 5 يعني: { $high }.
bot-consultation-rank = اضغط على الخيارات بالترتيب: أولًا الخيار الذي تفضّله أكثر. يمكنك أن تترك بعض الخيارات. ثم اضغط «التالي».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = ابدأ الترتيب من جديد
bot-consultation-write = اكتب إجابتك في رسالة ({ $max } حرف على الأكثر).
bot-consultation-your-answer = إجابتك حتى الآن: { $answer }
bot-consultation-next = التالي
bot-consultation-skip = تخطٍّ
bot-consultation-review = كان هذا السؤال الأخير. أرسل إجاباتك الآن، أو احفظها وتابع لاحقًا.
bot-statement-original = النص الأصلي ({ $language }): { $text }
bot-statement-ask = اكتب رأيك في رسالة واحدة.
bot-statements-done = التوقف الآن
bot-statements-thanks = شكرًا لمشاركتك. يمكنك العودة إلى هذه الجولة حتى تُغلق.
## Votes
bot-command-votes = صوّت على الأولويات
bot-menu-votes = التصويتات
bot-votes-intro = التصويتات المفتوحة في { $municipality }. اختر واحدًا:
bot-votes-none = لا يوجد تصويت مفتوح في { $municipality } الآن.
bot-vote-rank-rule = اضغط على الخيارات بالترتيب الذي تفضّله، اختيارك الأول أولًا. يمكنك ترك بعض الخيارات.
bot-vote-picked = ما اخترته حتى الآن: { $count }
bot-vote-budget-left = الميزانية المتبقية: { $left } من { $budget }
bot-vote-points-left = النقاط المتبقية: { $left } من { $total }
bot-vote-order = ترتيبك حتى الآن:
bot-vote-nothing = لم تختر شيئًا بعد.
bot-vote-undo = تراجع عن الأخير
bot-vote-continue = متابعة
bot-vote-confirm = تحقّق من صوتك قبل أن تدلي به:
bot-vote-cast = أدلِ بصوتي
bot-vote-change = تغيير
bot-vote-cancelled = تمّ الإيقاف. لم يُدلَ بصوتك.
bot-vote-receipt = رمز الإيصال الخاص بك: { $code }
bot-vote-receipt-explained = احتفظ بهذا الرمز: يُعرض مرة واحدة فقط. عند نشر النتائج، يمكنك به التحقق من أن صوتك احتُسب كما أدليت به. لا يستطيع أحد غيرك ربطه بك.
bot-vote-receipt-hash = في القائمة المنشورة، صوتك هو السطر الذي فيه: { $hash }
bot-vote-ask-receipt = لتغيير صوتك، أرسل رمز الإيصال الخاص بصوتك السابق (أو /cancel للإيقاف).
bot-notice-summary = أخبار عن توصية من المجلس: { $title }
bot-notice-summary-answered = ردّت البلدية على توصية ساهمتم فيها: { $title }
bot-notice-summary-done = أُنجزت توصية ساهمتم فيها: { $title }
bot-notice-summary-dropped = تُرك العمل بتوصية ساهمتم فيها: { $title }
bot-notice-summary-overdue = مرّ الموعد النهائي لتوصية: { $title }
bot-notice-summary-forwarded = أُرسل ملخص من المجلس إلى البلدية: { $title }
