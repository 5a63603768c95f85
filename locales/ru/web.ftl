home-title = Ваш голос в вашем городе
home-intro = В Chorus вы можете поднимать вопросы на своём языке, участвовать в консультациях совета по делам мигрантов и видеть, что город делает с вашими вопросами.
home-choose = Выберите свой город
home-none = Пока не добавлено ни одного города.
home-safety-title = Ваша безопасность
home-safety = Можно использовать псевдоним. Адрес электронной почты указывать не обязательно. Мы никогда не спрашиваем, откуда вы и какие у вас документы.

notice-account-deleted = Ваш аккаунт и ваши личные данные удалены.
notice-signed-out = Вы вышли из аккаунта.

municipality-intro = Добро пожаловать в Chorus! Город: { $name }.
municipality-your-roles = Здесь вы участвуете как:
municipality-join = Присоединиться: { $name }
municipality-register = Создайте аккаунт, чтобы участвовать
municipality-languages = Языки
municipality-moderation = Как проверяют сообщения

team-title = Команда
team-intro = Люди, которые переводят, модерируют, входят в совет или отвечают от имени города.
team-empty = Здесь пока ни у кого нет роли в команде.
team-person = Человек
team-role = Роль
team-since = С

form-has-errors = Пожалуйста, исправьте следующее:

register-title = Создать аккаунт
register-intro = Выберите имя, которое увидят другие. Это не обязательно ваше настоящее имя.
register-username = Имя пользователя
register-username-hint = От 3 до 32 букв или цифр, на любом алфавите. Можно также использовать символы - _ и .
register-password = Пароль
register-password-hint = Не менее 8 символов. Короткую фразу легко запомнить и трудно угадать.
register-password-confirm = Введите пароль ещё раз
register-email = Электронная почта (необязательно)
register-email-hint = Нужна только для того, чтобы помочь вам вернуться в аккаунт. Можно оставить пустым.
register-language = Язык
register-municipality = Ваш город (необязательно)
register-municipality-none = Выберу позже
register-privacy = Мы не спрашиваем о вашем гражданстве, статусе пребывания или документах и не сохраняем ваш IP-адрес.
register-submit = Создать аккаунт
register-have-account = Уже есть аккаунт?

code-title = Ваш код восстановления
code-intro = Запишите этот код и храните его в надёжном месте. Это единственный способ вернуться в аккаунт, если вы забудете пароль и у вас нет электронной почты.
code-keep-safe = Мы показываем его только один раз. Каждый код действует только один раз; когда вы его используете, вы получите новый.
code-continue = Код записан

login-title = Вход
login-username = Имя пользователя
login-password = Пароль
login-submit = Войти
login-remember = Не выходить из аккаунта на этом устройстве
login-remember-hint = Только на своём телефоне или компьютере. На компьютере, которым пользуются и другие, не включайте это: там выход произойдёт автоматически после нескольких часов без активности.
login-notice-password-failures = Вы вышли из аккаунта, потому что текущий пароль слишком много раз ввели неправильно. Пожалуйста, войдите снова.
login-no-account = Создать аккаунт
login-forgot = Забыли пароль? Используйте код восстановления
login-have-reset-code = У меня есть код сброса от администратора

recover-title = Используйте код восстановления
recover-intro = Введите имя пользователя, записанный код восстановления и новый пароль.
recover-code = Код восстановления
recover-code-hint = Например, 7K2QD-M9XAT-4HBEW-PC0RN. Можно вводить заглавными или строчными буквами.
recover-no-code = Нет кода? Обратитесь в общественную организацию или в команду Chorus вашего города: после встречи с вами они смогут дать вам код сброса.

reset-title = Используйте код сброса
reset-intro = Администратор дал вам код сброса после встречи с вами. Введите его вместе с именем пользователя и новым паролем.
reset-code = Код сброса
reset-code-hint = Код действует ограниченное время и только один раз.

account-title = Мой аккаунт
account-signed-in-as = Вы вошли как
account-roles = Где вы участвуете
account-no-roles = Вы ещё не присоединились ни к одному городу.
account-language = Язык
account-language-label = Язык страниц
account-language-save = Сохранить язык
account-security = Безопасность
account-data = Ваши данные
account-data-intro = Скачайте всё, что Chorus хранит о вас, или удалите свой аккаунт.
account-export = Скачать мои данные (JSON)

password-title = Изменить пароль
password-current = Текущий пароль
password-new = Новый пароль
password-submit = Сохранить новый пароль
password-changed = Ваш пароль изменён. На других устройствах вы вышли из аккаунта.
password-must-change = Вы вошли с одноразовым паролем. Пожалуйста, придумайте свой пароль.

delete-title = Удалить мой аккаунт
delete-explained = Будут удалены ваше имя, электронная почта, настройки и роли. Отменить это нельзя. В зависимости от правил вашего города ваши публикации останутся анонимными или будут удалены.
delete-export-first = Возможно, сначала стоит скачать свои данные.
delete-password = Подтвердите паролем
delete-submit = Удалить мой аккаунт навсегда

admin-title = Администрирование
admin-municipalities = Города
admin-municipality-new = Добавить город
admin-municipality-edit = Редактировать город
admin-municipality-name = Название
admin-municipality-slug = Название в веб-адресе
admin-municipality-slug-hint = Строчные буквы, цифры и дефисы, например porto-sereno. Показывается в ссылках.
admin-municipality-languages = Языки
admin-municipality-default-language = Язык по умолчанию
admin-municipality-moderation = Модерация
admin-municipality-policy = При удалении аккаунта
admin-actions = Действия
admin-edit = Редактировать: { $name }
admin-save = Сохранить
admin-users = Аккаунты
admin-users-search = Найти аккаунт по имени пользователя
admin-users-search-submit = Найти
admin-users-none = Аккаунт не найден.
admin-user-since = Участник с
admin-role-municipality = Город
admin-role-grant = Назначить роль
admin-role-revoke = Снять роль
admin-admin-grant = Назначить администратором
admin-admin-revoke = Снять права администратора
admin-reset-title = Сброс пароля
admin-reset-explained = Только после личной встречи, когда вы уверены, что это аккаунт этого человека: создайте одноразовый код сброса и передайте его ему. Код действует несколько дней.
admin-reset-issue = Создать код сброса
admin-reset-issued = Передайте этот код человеку. Он показывается только сейчас.

# Issues: raising, listing and reading them.
municipality-issues = Посмотреть вопросы, поднятые здесь
municipality-raise = Поднять вопрос
issues-title = Вопросы
issues-filter = Фильтр и сортировка
issues-any = Все
issues-status = Статус
issues-language = Язык текста
issues-sort = Порядок
issues-sort-newest = Сначала новые
issues-sort-supported = Сначала с наибольшей поддержкой
issues-apply = Показать
issues-none = Подходящих вопросов нет. Вы можете поднять первый.
issues-more = Показать больше вопросов
issue-new-title = Поднять вопрос
issue-new-intro = Пишите на любом языке. Опишите проблему и, если можете, что могло бы помочь. Не пишите имена, адреса и другие личные данные.
issue-field-title = Заголовок
issue-field-title-hint = Короткое предложение, от 5 до 150 символов.
issue-field-body = В чём проблема?
issue-field-body-hint = Не менее 20 символов. Напишите, кого это касается и где.
issue-field-theme = Тема
issue-field-theme-choose = Выберите тему
issue-field-tags = Кого это особенно касается? (необязательно)
issue-field-neighbourhood = Район (необязательно)
issue-field-neighbourhood-none = Весь город
issue-field-anonymous = Показывать меня анонимно (другие люди не увидят моего имени)
issue-continue = Далее
issue-confirm-preview = Ваш вопрос
issue-confirm-language = Язык вашего текста
issue-confirm-detected = Похоже, вы писали на этом языке: { $language }. Если нет, выберите правильный язык.
issue-confirm-not-detected = Пожалуйста, выберите язык, на котором вы писали.
issue-similar-title = Похожие вопросы
issue-similar-intro = Возможно, кто-то уже поднял этот вопрос. Вы можете поддержать один из этих вопросов или всё же отправить свой.
issue-submit = Отправить мой вопрос
issue-edit = Изменить мой текст
issue-submitted-public = Спасибо. Ваш вопрос опубликован.
issue-submitted-waiting = Спасибо. Модератор скоро проверит ваш вопрос; сообщение об этом появится в вашем аккаунте.
issue-by = Автор:
issue-anonymous-to-public = для других показывается анонимно
issue-by-anonymous = Опубликовано анонимно
issue-written-in = Язык: { $language }
issue-supports = { $count ->
    [one] { $count } человек поддерживает
    [few] { $count } человека поддерживают
    [many] { $count } человек поддерживают
   *[other] { $count } человека поддерживают
}
issue-support = Я поддерживаю
issue-you-support = Вы поддерживаете этот вопрос.
issue-withdraw = Отменить мою поддержку
issue-sign-in-to-support = Войдите, чтобы поддержать этот вопрос
issue-timeline = Что уже произошло

# Moderation, reports and notifications.
moderation-title = Очередь модерации
moderation-intro = Новые вопросы и вопросы, на которые пожаловались, сначала самые старые. Каждое решение записывается вместе с причиной.
moderation-empty = Ничего не ждёт проверки. Спасибо!
moderation-reported = Жалобы:
moderation-publish = Опубликовать
moderation-restore = Восстановить
moderation-dismiss-reports = Оставить опубликованным (отклонить жалобы)
moderation-reason = Причина (нужна, чтобы отклонить или скрыть)
moderation-reason-choose = Выберите причину
moderation-note = Примечание для автора (необязательно)
moderation-reject = Отклонить
moderation-hide = Скрыть
moderation-merge-into = Номер вопроса, который здесь повторяется
moderation-merge = Объединить
moderation-redact = Удалить личные данные
moderation-redact-intro = Замените имена, адреса, номера телефонов и другие личные данные на […]. Исходный текст сохраняется только для администраторов.
moderation-redact-save = Сохранить исправленный текст
notifications-title = Уведомления
notifications-none = Пока ничего нового. Здесь будут появляться новости о ваших вопросах.
notifications-new = Новое
notifications-mark-read = Отметить все как прочитанные
notification-unavailable = Вопрос, за которым вы следите, больше не виден всем.
notifications-unread = { $count ->
    [one] { $count } новое
    [few] { $count } новых
    [many] { $count } новых
   *[other] { $count } новых
}
report-title = Пожаловаться на этот вопрос
report-reason = Что не так?
report-submit = Отправить жалобу
report-thanks = Спасибо. Модератор её посмотрит.
report-thanks-hidden = Спасибо. Вопрос скрыт, пока его не посмотрит модератор.
issue-merged-into = Этот вопрос объединён с другим вопросом о той же проблеме:
redactions-title = Удалённые личные данные (только для администраторов)
redacted-issue-title = Заголовок
redacted-issue-body = Описание
redacted-comment = Комментарий
redacted-answer = Официальный ответ

# The audit log.
audit-title = Журнал решений
audit-intro = Все решения модерации и администрирования в этом городе: кто, что, когда и почему.
audit-filter = Показать
audit-filter-issues = Решения по вопросам
audit-filter-roles = Назначенные и снятые роли
audit-filter-municipality = Настройки города
audit-filter-all = Всё
audit-empty = Пока ничего не записано.
audit-when = Когда
audit-who = Кто
audit-what = Что
audit-why = Подробности

# Translation.
translate-title = Переводы
translate-intro = Опубликованные вопросы, которых ещё нет на всех языках этого города, сначала самые старые. Машинные переводы ждут, пока их проверит человек.
translate-empty = Всё переведено. Спасибо!
translate-machine-waiting = машинный перевод, нужно проверить
translate-into = Перевести на этот язык: { $language }
translate-original = Оригинал ({ $language })
translate-yours = Ваш перевод
translate-review-machine = Это машинный перевод. Исправьте его, если нужно, и сохраните: тогда он будет считаться проверенным.
translate-save = Сохранить перевод
translation-machine = машинный перевод
translation-volunteer = перевод волонтёра
translation-machine-from = Машинный перевод. Язык оригинала: { $language }
translation-volunteer-from = Перевод волонтёра. Язык оригинала: { $language }
translation-show-original = Показать оригинал
translation-show-translation = Показать перевод

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
    [many] { $count } комментариев
   *[other] { $count } комментария
}
comment-field-body = Ваш комментарий
comment-field-body-hint = Пишите на любом языке. Будьте доброжелательны и не пишите личные данные.
comment-submit = Отправить комментарий
comment-sign-in = Войдите, чтобы оставить комментарий
comment-report = Пожаловаться на этот комментарий
comment-deleted-account = Удалённый аккаунт
comment-published = Спасибо. Ваш комментарий опубликован.
comment-waiting = Спасибо. Модератор скоро проверит ваш комментарий.
comment-reported = Спасибо. Модератор посмотрит этот комментарий.
field-language = Язык вашего текста
field-language-detect = Определить автоматически
answer-title = Ответ города
answer-official = Официальный ответ
answer-department = Ответственный отдел
answer-expected = Ожидаемый срок
answer-field-body = Официальный ответ
answer-field-body-hint = Пишите на своём языке; ответ переведут для жителей.
answer-field-department = Ответственный отдел (необязательно)
answer-field-expected = Ожидаемая дата (необязательно)
answer-field-expected-hint = Год-месяц-день, например 2027-03-31.
answer-field-resolved = Этот ответ решает вопрос
answer-submit = Опубликовать ответ
answer-posted = Ответ опубликован. Автор и те, кто поддержал вопрос, получат уведомление.
city-title = Для города
city-forward = Передать в совет
city-resolve = Отметить как решённый
issue-forwarded = Вопрос передан в совет.
issue-edit-requested = Модератор просит вас изменить этот вопрос, прежде чем его можно будет опубликовать.
issue-edit-now = Изменить сейчас
issue-edit-title = Измените свой вопрос
issue-edit-asked = Модератор попросил внести изменения:
issue-edit-save = Сохранить и отправить модераторам
issue-edited = Спасибо. Ваши изменения отправлены модераторам.
moderation-ask-edit = Попросить автора изменить
moderation-issues = Вопросы
moderation-comments = Комментарии
moderation-comment-on = Комментарий к вопросу
help-title = Помощь в вашей личной ситуации
help-intro = Эти службы помогают людям с их личными вопросами: документы, пособия, жильё, работа, здоровье. Там говорят на указанных языках.
help-nothing-stored = Ничего из того, что вы делаете на этой странице, не сохраняется и не публикуется.
help-none = Этот город ещё не добавил ни одной службы помощи.
help-languages = Языки общения:
help-contact = Как связаться:
help-raise-instead = Эта проблема касается многих людей? Тогда поднимите вопрос.
help-link = Мне нужна помощь в моей личной ситуации
help-question = Это касается вашей личной ситуации?
help-question-explained = Если у вас проблема с документами, пособием, арендодателем или работой, служба помощи может дать вам личный совет. Здесь поднимают вопросы, которые касаются многих людей.
issues-search = Поиск вопросов
issues-search-button = Найти
issues-search-results = Вопросы по запросу «{ $query }»
issues-sort-answered = Сначала с новыми ответами
translate-kind-issue = Вопрос
translate-kind-answer = Официальный ответ
translate-kind-comment = Комментарий
translate-text = Текст
taxonomy-title = Темы и районы
taxonomy-intro = Жители выбирают из этого списка, когда поднимают вопрос. Дайте теме своё название или оставьте поле пустым, чтобы использовать стандартное переведённое название.
taxonomy-categories = Темы
taxonomy-tags = Группы, которых это особенно касается
taxonomy-neighbourhoods = Районы
taxonomy-rename = Переименовать
taxonomy-remove = Удалить
taxonomy-add = Добавить
taxonomy-add-category = Добавить тему
taxonomy-add-tag = Новая группа
taxonomy-add-neighbourhood = Новый район
taxonomy-dimension = Относится к
taxonomy-dimension-choose = Выберите
taxonomy-name = Название
taxonomy-name-hint = Показывается так, как написано, на всех языках.
services-title = Службы помощи
services-intro = Службы на странице помощи города — для людей с вопросами о своей личной ситуации.
services-public-page = Открыть публичную страницу
services-add = Добавить службу
services-edit = Изменить
services-name = Название
services-description = С чем помогают
services-languages = Языки, на которых там говорят
services-contact = Как связаться
services-contact-hint = Адрес, часы работы, телефон, сайт.
issue-support-on-telegram = Поддержать через Telegram
issue-voice-transcribe-title = Записать голосовое сообщение текстом
issue-voice-back = Вернуться в очередь модерации
issue-voice-saved = Сохранено. Теперь модератор может опубликовать вопрос.
issue-voice-note = { $seconds ->
    [one] Голосовое сообщение, { $seconds } секунда
    [few] Голосовое сообщение, { $seconds } секунды
    [many] Голосовое сообщение, { $seconds } секунд
   *[other] Голосовое сообщение, { $seconds } секунды
}
issue-voice-transcribe-hint = Послушайте, затем напишите заголовок и текст на том языке, на котором говорят. Не пишите имена, адреса и всё остальное, по чему можно узнать человека.
issue-voice-language = Язык, на котором говорят
issue-voice-save = Сохранить расшифровку
issue-voice-untranscribed = Ещё не записано текстом
issue-voice-transcribe = Записать сказанное текстом
issue-voice-placeholder-title = Голосовое сообщение
issue-voice-placeholder-body = Этот вопрос отправлен голосовым сообщением; волонтёр запишет его текстом.
account-telegram = Telegram
account-telegram-intro = Пользуйтесь Chorus в Telegram с этим аккаунтом: получите здесь код и отправьте его боту @{ $bot }.
account-telegram-link = Получить код для привязки Telegram
account-telegram-code = Отправьте боту /link { $code } в течение 10 минут. Код действует только один раз.
account-telegram-open = Открыть бота с этим кодом
