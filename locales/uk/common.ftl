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
