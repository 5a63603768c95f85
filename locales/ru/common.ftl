# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Русский
meta-direction = ltr

nav-skip = Перейти к основному содержанию
nav-label = Главное меню
nav-account = Мой аккаунт
nav-admin = Администрирование
nav-login = Войти
nav-logout = Выйти
nav-register = Создать аккаунт
nav-language = Язык

footer-privacy = Chorus никогда не спрашивает о вашем гражданстве, статусе пребывания или документах, удостоверяющих личность. Вы можете в любой момент скачать или удалить свои данные.

role-resident = Житель
role-translator = Переводчик
role-moderator = Модератор
role-council-member = Член совета
role-official = Представитель города
role-admin = Администратор

moderation-pre = Модерация до публикации
moderation-post = Модерация после публикации
moderation-pre-explained = Модератор проверяет каждое новое сообщение, прежде чем его увидят другие.
moderation-post-explained = Новые сообщения видны сразу, а модераторы проверяют их позже.

policy-anonymize = Когда кто-то удаляет свой аккаунт, его публикации остаются, но показываются анонимно.
policy-remove = Когда кто-то удаляет свой аккаунт, все его публикации удаляются.
