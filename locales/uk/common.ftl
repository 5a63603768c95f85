# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Українська
meta-direction = ltr

nav-skip = Перейти до основного вмісту
nav-label = Головне меню
nav-account = Мій обліковий запис
nav-admin = Адміністрування
nav-login = Увійти
nav-logout = Вийти
nav-register = Створити обліковий запис
nav-language = Мова

footer-privacy = Chorus ніколи не запитує про ваше громадянство, статус перебування чи документи, що посвідчують особу. Ви можете будь-коли завантажити або видалити свої дані.

role-resident = Мешканець
role-translator = Перекладач
role-moderator = Модератор
role-council-member = Член ради
role-official = Представник міста
role-admin = Адміністратор

moderation-pre = Модерація до публікації
moderation-post = Модерація після публікації
moderation-pre-explained = Модератор перевіряє кожен новий допис, перш ніж його побачать інші.
moderation-post-explained = Нові дописи видно одразу, а модератори перевіряють їх пізніше.

policy-anonymize = Коли хтось видаляє свій обліковий запис, його публікації залишаються, але показуються анонімно.
policy-remove = Коли хтось видаляє свій обліковий запис, усі його публікації видаляються.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Повсякденне життя і робота
dimension-legal-political = Права і участь
dimension-cultural = Мова і культура
dimension-other = Інше
theme-employment = Робота і відкриття власної справи
theme-qualifications = Визнання дипломів і навичок
theme-education = Освіта і школи
theme-housing = Житло і район
theme-health = Здоров'я (зокрема психічне здоров'я і здоров'я матерів)
theme-welfare = Соціальна підтримка і публічні послуги
theme-family = Сім'я і догляд за дітьми
theme-transport = Транспорт і доступність
theme-residence = Дозволи на проживання і документи
theme-participation = Політична участь і громадянство
theme-discrimination = Дискримінація, расизм і безпека
theme-language-learning = Вивчення мови
theme-culture = Культура, релігія і співіснування
theme-other = Щось інше
theme-women = Жінки
theme-youth = Молодь
theme-elderly = Літні люди
theme-refugees = Біженці та шукачі притулку
theme-newcomers = Новоприбулі (менше року)
theme-disability = Інвалідність
theme-rural = Сільська місцевість
status-submitted = Чекає на модератора
status-published = Опубліковано
status-forwarded = Передано до ради
status-answered = Місто відповіло
status-resolved = Вирішено
status-rejected = Не опубліковано
status-merged = Об'єднано з іншим питанням
status-hidden = Приховано

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Персональні дані видалено
reason-personal-data = Містить персональні дані
reason-offensive = Містить образи чи ненависть
reason-individual-case = Це особиста ситуація, а не питання для всього міста (порадити можуть служби допомоги)
reason-not-municipal = Місто не може з цим нічого зробити
reason-duplicate = Таке саме питання вже порушували
reason-other = Інша причина (див. примітку)
reason-reported = На це поскаржилися кілька людей; чекає на модератора
reason-restored = Відновлено модератором після перевірки
report-offensive = Містить образи чи ненависть
report-personal-data = Показує чиїсь персональні дані
report-spam = Це реклама або спам
report-false = Це неправда або вводить в оману
report-other = Щось інше

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Модератор попросив унести зміни
status-edited = Змінено автором
status-comment-published = Ваш коментар опубліковано
status-comment-rejected = Ваш коментар не опубліковано
status-comment-hidden = Ваш коментар приховано
