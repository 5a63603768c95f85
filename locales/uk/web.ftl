home-title = Ваш голос у вашому місті
home-intro = У Chorus ви можете порушувати питання своєю мовою, брати участь у консультаціях дорадчої ради мігрантів і бачити, що місто робить із вашими питаннями.
home-choose = Виберіть своє місто
home-none = Ще не додано жодного міста.
home-safety-title = Ваша безпека
home-safety = Ви можете використовувати псевдонім. Електронна пошта не обов'язкова. Ми ніколи не запитуємо, звідки ви і які у вас документи.

notice-account-deleted = Ваш обліковий запис і ваші персональні дані видалено.
notice-signed-out = Ви вийшли з облікового запису.

municipality-intro = Вітаємо в Chorus! Місто: { $name }.
municipality-your-roles = Тут ви берете участь як:
municipality-join = Приєднатися: { $name }
municipality-register = Створіть обліковий запис, щоб брати участь
municipality-languages = Мови
municipality-moderation = Як перевіряють дописи

team-title = Команда
team-intro = Люди, які перекладають, модерують, входять до ради або відповідають від імені міста.
team-empty = Тут ще ні в кого немає ролі в команді.
team-person = Особа
team-role = Роль
team-since = З

form-has-errors = Будь ласка, виправте таке:

register-title = Створити обліковий запис
register-intro = Виберіть ім'я, яке бачитимуть інші. Це не обов'язково ваше справжнє ім'я.
register-username = Ім'я користувача
register-username-hint = Від 3 до 32 літер або цифр, будь-яким алфавітом. Можна також використовувати символи - _ і .
register-password = Пароль
register-password-hint = Щонайменше 8 символів. Коротке речення легко запам'ятати і важко вгадати.
register-password-confirm = Введіть пароль ще раз
register-email = Електронна пошта (необов'язково)
register-email-hint = Потрібна лише для того, щоб допомогти вам повернутися до облікового запису. Можна залишити порожнім.
register-language = Мова
register-municipality = Ваше місто (необов'язково)
register-municipality-none = Виберу пізніше
register-privacy = Ми не запитуємо про ваше громадянство, статус перебування чи документи і не записуємо вашу IP-адресу.
register-submit = Створити обліковий запис
register-have-account = Уже маєте обліковий запис?

code-title = Ваш код відновлення
code-intro = Запишіть цей код і зберігайте його в надійному місці. Це єдиний спосіб повернутися до облікового запису, якщо ви забудете пароль і не маєте електронної пошти.
code-keep-safe = Ми показуємо його лише один раз. Кожен код діє лише один раз; коли ви його використаєте, отримаєте новий.
code-continue = Код записано

login-title = Вхід
login-username = Ім'я користувача
login-password = Пароль
login-submit = Увійти
login-remember = Не виходити з облікового запису на цьому пристрої
login-remember-hint = Лише на власному телефоні чи комп'ютері. На комп'ютері, яким користуються й інші, не вмикайте цього: там вихід відбудеться автоматично після кількох годин без активності.
login-notice-password-failures = Ви вийшли з облікового запису, бо поточний пароль забагато разів ввели неправильно. Будь ласка, увійдіть знову.
login-no-account = Створити обліковий запис
login-forgot = Забули пароль? Скористайтеся кодом відновлення
login-have-reset-code = У мене є код скидання від адміністратора

recover-title = Скористайтеся кодом відновлення
recover-intro = Введіть ім'я користувача, записаний код відновлення і новий пароль.
recover-code = Код відновлення
recover-code-hint = Наприклад, 7K2QD-M9XAT-4HBEW-PC0RN. Можна писати великими або малими літерами.
recover-no-code = Немає коду? Зверніться до громадської організації або до команди Chorus у вашому місті: після зустрічі з вами вони можуть дати вам код скидання.

reset-title = Скористайтеся кодом скидання
reset-intro = Адміністратор дав вам код скидання після зустрічі з вами. Введіть його разом з ім'ям користувача і новим паролем.
reset-code = Код скидання
reset-code-hint = Код діє обмежений час і лише один раз.

account-title = Мій обліковий запис
account-signed-in-as = Ви увійшли як
account-roles = Де ви берете участь
account-no-roles = Ви ще не приєдналися до жодного міста.
account-language = Мова
account-language-label = Мова сторінок
account-language-save = Зберегти мову
account-security = Безпека
account-data = Ваші дані
account-data-intro = Завантажте все, що Chorus зберігає про вас, або видаліть свій обліковий запис.
account-export = Завантажити мої дані (JSON)

password-title = Змінити пароль
password-current = Поточний пароль
password-new = Новий пароль
password-submit = Зберегти новий пароль
password-changed = Ваш пароль змінено. На інших пристроях ви вийшли з облікового запису.
password-must-change = Ви увійшли з одноразовим паролем. Будь ласка, придумайте власний пароль.

delete-title = Видалити мій обліковий запис
delete-explained = Буде видалено ваше ім'я, електронну пошту, налаштування і ролі. Скасувати це неможливо. Залежно від правил вашого міста ваші публікації залишаться анонімними або будуть видалені.
delete-export-first = Можливо, спершу варто завантажити свої дані.
delete-password = Підтвердьте паролем
delete-submit = Видалити мій обліковий запис назавжди

admin-title = Адміністрування
admin-municipalities = Міста
admin-municipality-new = Додати місто
admin-municipality-edit = Редагувати місто
admin-municipality-name = Назва
admin-municipality-slug = Назва у вебадресі
admin-municipality-slug-hint = Малі літери, цифри та дефіси, наприклад porto-sereno. Показується в посиланнях.
admin-municipality-languages = Мови
admin-municipality-default-language = Мова за замовчуванням
admin-municipality-moderation = Модерація
admin-municipality-policy = Коли обліковий запис видаляють
admin-actions = Дії
admin-edit = Редагувати: { $name }
admin-save = Зберегти
admin-users = Облікові записи
admin-users-search = Знайти обліковий запис за іменем користувача
admin-users-search-submit = Шукати
admin-users-none = Обліковий запис не знайдено.
admin-user-since = Учасник з
admin-role-municipality = Місто
admin-role-grant = Надати роль
admin-role-revoke = Забрати роль
admin-admin-grant = Призначити адміністратором
admin-admin-revoke = Забрати права адміністратора
admin-reset-title = Скидання пароля
admin-reset-explained = Лише після особистої зустрічі, коли ви впевнені, що це обліковий запис цієї людини: створіть одноразовий код скидання і передайте його їй. Код діє кілька днів.
admin-reset-issue = Створити код скидання
admin-reset-issued = Передайте цей код людині. Він показується лише зараз.

# Issues: raising, listing and reading them.
municipality-issues = Переглянути питання, які тут порушили
municipality-raise = Порушити питання
issues-title = Питання
issues-filter = Фільтр і сортування
issues-any = Усі
issues-status = Статус
issues-language = Мова тексту
issues-sort = Порядок
issues-sort-newest = Спершу нові
issues-sort-supported = Спершу з найбільшою підтримкою
issues-apply = Показати
issues-none = Немає відповідних питань. Ви можете порушити перше.
issues-more = Показати більше питань
issue-new-title = Порушити питання
issue-new-intro = Пишіть будь-якою мовою. Опишіть проблему і, якщо можете, що могло б допомогти. Не пишіть імен, адрес чи інших персональних даних.
issue-field-title = Заголовок
issue-field-title-hint = Коротке речення, від 5 до 150 символів.
issue-field-body = У чому проблема?
issue-field-body-hint = Щонайменше 20 символів. Напишіть, кого це стосується і де.
issue-field-theme = Тема
issue-field-theme-choose = Виберіть тему
issue-field-tags = Кого це особливо стосується? (необов'язково)
issue-field-neighbourhood = Район (необов'язково)
issue-field-neighbourhood-none = Усе місто
issue-field-anonymous = Показувати мене анонімно (інші люди не побачать мого імені)
issue-continue = Далі
issue-confirm-preview = Ваше питання
issue-confirm-language = Мова вашого тексту
issue-confirm-detected = Схоже, ви писали цією мовою: { $language }. Якщо ні, виберіть правильну мову.
issue-confirm-not-detected = Будь ласка, виберіть мову, якою ви писали.
issue-similar-title = Схожі питання
issue-similar-intro = Можливо, хтось уже порушив це питання. Ви можете підтримати одне з цих питань або все ж надіслати своє.
issue-submit = Надіслати моє питання
issue-edit = Змінити мій текст
issue-submitted-public = Дякуємо. Ваше питання опубліковано.
issue-submitted-waiting = Дякуємо. Модератор незабаром перевірить ваше питання; повідомлення ви побачите у своєму обліковому записі.
issue-by = Автор:
issue-anonymous-to-public = для інших показується анонімно
issue-by-anonymous = Опубліковано анонімно
issue-written-in = Мова: { $language }
issue-supports = { $count ->
    [one] { $count } людина підтримує
    [few] { $count } людини підтримують
    [many] { $count } людей підтримують
   *[other] { $count } людини підтримують
}
issue-support = Я підтримую
issue-you-support = Ви підтримуєте це питання.
issue-withdraw = Скасувати мою підтримку
issue-sign-in-to-support = Увійдіть, щоб підтримати це питання
issue-timeline = Що вже відбулося

# Moderation, reports and notifications.
moderation-title = Черга модерації
moderation-intro = Нові питання та питання, на які поскаржилися, спершу найстаріші. Кожне рішення записується разом із причиною.
moderation-empty = Нічого не чекає. Дякуємо!
moderation-reported = Скарги:
moderation-publish = Опублікувати
moderation-restore = Відновити
moderation-dismiss-reports = Залишити опублікованим (відхилити скарги)
moderation-reason = Причина (потрібна, щоб відхилити або приховати)
moderation-reason-choose = Виберіть причину
moderation-note = Примітка для автора (необов'язково)
moderation-reject = Відхилити
moderation-hide = Приховати
moderation-merge-into = Номер питання, яке тут повторюється
moderation-merge = Об'єднати
moderation-redact = Видалити персональні дані
moderation-redact-intro = Замініть імена, адреси, номери телефонів та інші персональні дані на […]. Оригінальний текст зберігається лише для адміністраторів.
moderation-redact-save = Зберегти виправлений текст
notifications-title = Сповіщення
notifications-none = Поки нічого нового. Тут з'являтимуться новини про ваші питання.
notifications-new = Нове
notifications-mark-read = Позначити все як прочитане
notification-unavailable = Питання, за яким ви стежите, більше не показується всім.
notifications-unread = { $count ->
    [one] { $count } нове
    [few] { $count } нові
    [many] { $count } нових
   *[other] { $count } нових
}
report-title = Поскаржитися на це питання
report-reason = Що не так?
report-submit = Надіслати скаргу
report-thanks = Дякуємо. Модератор її перегляне.
report-thanks-hidden = Дякуємо. Питання приховано, доки його не перегляне модератор.
issue-merged-into = Це питання об'єднано з іншим питанням про ту саму проблему:
redactions-title = Видалені персональні дані (лише для адміністраторів)
redacted-issue-title = Заголовок
redacted-issue-body = Опис
redacted-comment = Коментар
redacted-answer = Офіційна відповідь

# The audit log.
audit-title = Журнал рішень
audit-intro = Усі рішення модерації та адміністрування в цьому місті: хто, що, коли і чому.
audit-filter = Показати
audit-filter-issues = Рішення щодо питань
audit-filter-roles = Надані та зняті ролі
audit-filter-municipality = Налаштування міста
audit-filter-all = Усе
audit-empty = Ще нічого не записано.
audit-when = Коли
audit-who = Хто
audit-what = Що
audit-why = Подробиці

# Translation.
translate-title = Переклади
translate-intro = Опубліковані питання, яких ще немає всіма мовами цього міста, спершу найстаріші. Машинні переклади чекають, поки їх перевірить людина.
translate-empty = Усе перекладено. Дякуємо!
translate-machine-waiting = машинний переклад, треба перевірити
translate-into = Перекласти цією мовою: { $language }
translate-original = Оригінал ({ $language })
translate-yours = Ваш переклад
translate-review-machine = Це машинний переклад. Виправте його, якщо потрібно, і збережіть: тоді він вважатиметься перевіреним.
translate-save = Зберегти переклад
translation-machine = машинний переклад
translation-volunteer = переклад волонтера
translation-machine-from = Машинний переклад. Мова оригіналу: { $language }
translation-volunteer-from = Переклад волонтера. Мова оригіналу: { $language }
translation-show-original = Показати оригінал
translation-show-translation = Показати переклад

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] { $count } коментар
    [few] { $count } коментарі
    [many] { $count } коментарів
   *[other] { $count } коментаря
}
comment-field-body = Ваш коментар
comment-field-body-hint = Пишіть будь-якою мовою. Будьте доброзичливі й не пишіть персональних даних.
comment-submit = Надіслати коментар
comment-sign-in = Увійдіть, щоб залишити коментар
comment-report = Поскаржитися на цей коментар
comment-deleted-account = Видалений обліковий запис
comment-published = Дякуємо. Ваш коментар опубліковано.
comment-waiting = Дякуємо. Модератор незабаром перевірить ваш коментар.
comment-reported = Дякуємо. Модератор перегляне цей коментар.
field-language = Мова вашого тексту
field-language-detect = Визначити автоматично
answer-title = Відповідь міста
answer-official = Офіційна відповідь
answer-department = Відповідальний відділ
answer-expected = Очікуваний термін
answer-field-body = Офіційна відповідь
answer-field-body-hint = Пишіть своєю мовою; відповідь перекладуть для мешканців.
answer-field-department = Відповідальний відділ (необов'язково)
answer-field-expected = Очікувана дата (необов'язково)
answer-field-expected-hint = Рік-місяць-день, наприклад 2027-03-31.
answer-field-resolved = Ця відповідь вирішує питання
answer-submit = Опублікувати відповідь
answer-posted = Відповідь опубліковано. Автор і ті, хто підтримав питання, отримають сповіщення.
city-title = Для міста
city-forward = Передати до ради
city-resolve = Позначити як вирішене
issue-forwarded = Питання передано до ради.
issue-edit-requested = Модератор просить вас змінити це питання, перш ніж його можна буде опублікувати.
issue-edit-now = Змінити зараз
issue-edit-title = Змініть своє питання
issue-edit-asked = Модератор попросив унести зміни:
issue-edit-save = Зберегти і надіслати модераторам
issue-edited = Дякуємо. Ваші зміни надіслано модераторам.
moderation-ask-edit = Попросити автора змінити
moderation-issues = Питання
moderation-comments = Коментарі
moderation-comment-on = Коментар до питання
help-title = Допомога у вашій особистій ситуації
help-intro = Ці служби допомагають людям з їхніми особистими питаннями: документи, виплати, житло, робота, здоров'я. Там розмовляють указаними мовами.
help-nothing-stored = Ніщо з того, що ви робите на цій сторінці, не зберігається і не публікується.
help-none = Це місто ще не додало жодної служби допомоги.
help-languages = Мови спілкування:
help-contact = Як зв'язатися:
help-raise-instead = Ця проблема стосується багатьох людей? Тоді порушіть питання.
help-link = Мені потрібна допомога в моїй особистій ситуації
help-question = Це стосується вашої особистої ситуації?
help-question-explained = Якщо у вас проблема з документами, виплатою, орендодавцем чи роботою, служба допомоги може дати вам особисту пораду. Тут порушують питання, які стосуються багатьох людей.
issues-search = Пошук питань
issues-search-button = Шукати
issues-search-results = Питання за запитом «{ $query }»
issues-sort-answered = Спершу з новими відповідями
translate-kind-issue = Питання
translate-kind-answer = Офіційна відповідь
translate-kind-comment = Коментар
translate-text = Текст
taxonomy-title = Теми і райони
taxonomy-intro = Мешканці вибирають із цього списку, коли порушують питання. Дайте темі власну назву або залиште поле порожнім, щоб використовувати стандартну перекладену назву.
taxonomy-categories = Теми
taxonomy-tags = Групи, яких це особливо стосується
taxonomy-neighbourhoods = Райони
taxonomy-rename = Перейменувати
taxonomy-remove = Видалити
taxonomy-add = Додати
taxonomy-add-category = Додати тему
taxonomy-add-tag = Нова група
taxonomy-add-neighbourhood = Новий район
taxonomy-dimension = Належить до
taxonomy-dimension-choose = Виберіть
taxonomy-name = Назва
taxonomy-name-hint = Показується так, як написано, усіма мовами.
services-title = Служби допомоги
services-intro = Служби на сторінці допомоги міста — для людей із питаннями щодо своєї особистої ситуації.
services-public-page = Відкрити публічну сторінку
services-add = Додати службу
services-edit = Змінити
services-name = Назва
services-description = З чим допомагають
services-languages = Мови, якими там розмовляють
services-contact = Як зв'язатися
services-contact-hint = Адреса, години роботи, телефон, вебсайт.
issue-support-on-telegram = Підтримати через Telegram
issue-voice-transcribe-title = Записати голосове повідомлення текстом
issue-voice-back = Повернутися до черги модерації
issue-voice-saved = Збережено. Тепер модератор може опублікувати питання.
issue-voice-note = { $seconds ->
    [one] Голосове повідомлення, { $seconds } секунда
    [few] Голосове повідомлення, { $seconds } секунди
    [many] Голосове повідомлення, { $seconds } секунд
   *[other] Голосове повідомлення, { $seconds } секунди
}
issue-voice-transcribe-hint = Прослухайте, а потім напишіть заголовок і текст тією мовою, якою говорять. Не пишіть імен, адрес і всього іншого, за чим можна впізнати людину.
issue-voice-language = Мова, якою говорять
issue-voice-save = Зберегти розшифровку
issue-voice-untranscribed = Ще не записано текстом
issue-voice-transcribe = Записати сказане текстом
issue-voice-placeholder-title = Голосове повідомлення
issue-voice-placeholder-body = Це питання надіслано голосовим повідомленням; волонтер запише його текстом.
account-telegram = Telegram
account-telegram-intro = Користуйтеся Chorus у Telegram із цим обліковим записом: отримайте тут код і надішліть його боту @{ $bot }.
account-telegram-link = Отримати код для прив'язки Telegram
account-telegram-code = Надішліть боту /link { $code } протягом 10 хвилин. Код діє лише один раз.
account-telegram-open = Відкрити бота з цим кодом
