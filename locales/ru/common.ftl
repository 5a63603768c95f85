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

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Повседневная жизнь и работа
dimension-legal-political = Права и участие
dimension-cultural = Язык и культура
dimension-other = Другое
theme-employment = Работа и открытие своего дела
theme-qualifications = Признание дипломов и навыков
theme-education = Образование и школы
theme-housing = Жильё и район
theme-health = Здоровье (в том числе психическое здоровье и здоровье матерей)
theme-welfare = Социальная поддержка и государственные услуги
theme-family = Семья и уход за детьми
theme-transport = Транспорт и доступность
theme-residence = Разрешения на проживание и документы
theme-participation = Политическое участие и гражданство
theme-discrimination = Дискриминация, расизм и безопасность
theme-language-learning = Изучение языка
theme-culture = Культура, религия и совместная жизнь
theme-other = Что-то другое
theme-women = Женщины
theme-youth = Молодёжь
theme-elderly = Пожилые люди
theme-refugees = Беженцы и люди, ищущие убежища
theme-newcomers = Недавно приехавшие (меньше года)
theme-disability = Инвалидность
theme-rural = Сельская местность
status-submitted = Ждёт модератора
status-published = Опубликовано
status-forwarded = Передано в совет
status-answered = Город ответил
status-resolved = Решено
status-rejected = Не опубликовано
status-merged = Объединено с другим вопросом
status-hidden = Скрыто

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Личные данные удалены
reason-personal-data = Содержит личные данные
reason-offensive = Содержит оскорбления или ненависть
reason-individual-case = Это личная ситуация, а не вопрос для всего города (посоветовать могут службы помощи)
reason-not-municipal = Город не может ничего с этим сделать
reason-duplicate = Такой же вопрос уже поднимали
reason-other = Другая причина (см. примечание)
reason-reported = На это пожаловались несколько человек; ждёт модератора
reason-restored = Восстановлено модератором после проверки
report-offensive = Содержит оскорбления или ненависть
report-personal-data = Показывает чьи-то личные данные
report-spam = Это реклама или спам
report-false = Это неправда или вводит в заблуждение
report-other = Что-то другое

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Модератор попросил внести изменения
status-edited = Изменено автором
status-comment-published = Ваш комментарий опубликован
status-comment-rejected = Ваш комментарий не опубликован
status-comment-hidden = Ваш комментарий скрыт
