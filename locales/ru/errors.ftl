error-title-not-found = Страница не найдена
error-title-forbidden = Нет доступа
error-title-bad-request = С запросом что-то не так
error-title-internal = Что-то пошло не так
error-not-found = Мы не нашли эту страницу. Возможно, её перенесли или удалили.
error-forbidden = У вашего аккаунта нет доступа к этой странице.
error-unauthorized = Пожалуйста, сначала войдите.
error-csrf = Срок действия этой формы истёк, или она отправлена с другого сайта. Вернитесь назад, обновите страницу и попробуйте ещё раз. Чтобы формы в Chorus работали, разрешите файлы cookie.
error-too-many-requests = Слишком много попыток. Подождите минуту и попробуйте ещё раз.
error-too-large = Отправленные данные слишком большие.
error-bad-request = Мы не смогли понять этот запрос.
error-method-not-allowed = Этот адрес не принимает такой тип запроса.
error-timeout = Это заняло слишком много времени. Попробуйте ещё раз.
error-validation = Некоторые поля нужно исправить.
error-internal = Извините, у нас что-то пошло не так. Попробуйте позже.
error-database = База данных недоступна.
error-code = Ошибка { $status }
error-go-home = На главную страницу

username-required = Выберите имя пользователя.
username-too-short = Имя пользователя должно содержать не менее 3 символов.
username-too-long = Имя пользователя может содержать не более 32 символов.
username-invalid-characters = Используйте только буквы, цифры и символы - _ и . (в начале должна быть буква или цифра).
username-reserved = Это имя зарезервировано. Выберите другое.
username-taken = Это имя пользователя уже занято. Выберите другое.

password-required = Придумайте пароль.
password-too-short = Пароль должен содержать не менее 8 символов.
password-too-long = Пароль слишком длинный.
password-same-as-username = Пароль не должен совпадать с именем пользователя.
password-mismatch = Пароли не совпадают.
password-wrong = Неверный пароль.

email-invalid = Это не похоже на адрес электронной почты. Поле можно оставить пустым.
language-unknown = Выберите язык из списка.
role-unknown = Неизвестная роль.
code-invalid = Этот код недействителен, истёк или уже был использован.

login-failed = Неверное имя пользователя или пароль.
login-paused = Слишком много неверных паролей. Этот аккаунт заблокирован на несколько минут.

municipality-unknown = Выберите город из списка.
municipality-name-invalid = Название должно содержать от 2 до 100 символов.
municipality-slug-invalid = Используйте от 2 до 40 строчных букв, цифр и дефисов.
municipality-slug-taken = Это название в веб-адресе уже использует другой город.
municipality-languages-required = Выберите хотя бы один язык.
municipality-default-language-invalid = Язык по умолчанию должен быть одним из выбранных языков.
municipality-moderation-invalid = Выберите, как проверять сообщения.
municipality-policy-invalid = Выберите, что происходит при удалении аккаунта.

account-last-admin = Это последний аккаунт администратора. Сначала назначьте администратором кого-то другого.

# Issues.
issue-title-required = Напишите заголовок.
issue-title-too-short = Заголовок должен содержать не менее 5 символов.
issue-title-too-long = Заголовок может содержать не более 150 символов.
issue-body-required = Опишите проблему.
issue-body-too-short = Напишите не менее 20 символов.
issue-body-too-long = Описание может содержать не более 5000 символов.
issue-theme-required = Выберите тему из списка.
issue-tag-unknown = Выберите из списка.
issue-neighbourhood-unknown = Выберите район из списка.
issue-lang-required = Выберите язык, на котором вы писали.

# Moderation.
moderation-reason-required = Выберите причину.
moderation-note-too-long = Примечание может содержать не более 1000 символов.
moderation-merge-target-invalid = Укажите номер другого опубликованного вопроса этого города.
moderation-not-allowed = В текущем состоянии вопроса это сделать нельзя.
report-reason-required = Выберите, что не так.

# Translation.
translation-required = Напишите перевод.
translation-too-long = Текст слишком длинный.

# Participation.
comment-required = Напишите свой комментарий.
comment-too-short = Комментарий слишком короткий.
comment-too-long = Комментарий может содержать не более 2000 символов.
answer-required = Напишите ответ.
answer-too-short = Ответ должен содержать не менее 10 символов.
answer-too-long = Ответ может содержать не более 5000 символов.
answer-department-too-long = Название отдела может содержать не более 120 символов.
answer-date-invalid = Укажите правильную дату в формате год-месяц-день (например, 2027-03-31).
status-change-not-allowed = Сейчас нельзя перевести вопрос в этот статус.
issue-edit-not-requested = Никто не просил изменить этот вопрос.
taxonomy-name-required = Укажите название.
taxonomy-name-too-long = Название может содержать не более 80 символов.
taxonomy-name-taken = Это название уже используется.
taxonomy-dimension-required = Выберите, к чему относится эта тема.
taxonomy-category-in-use = Эта тема используется в вопросах, поэтому её нельзя удалить. Вместо этого переименуйте её.
service-name-invalid = Название должно содержать от 2 до 120 символов.
service-description-too-long = Описание может содержать не более 1000 символов.
service-contact-invalid = Контактные данные должны содержать от 2 до 500 символов.
service-languages-invalid = Выберите хотя бы один язык, на котором там говорят.
posting-too-often = За последний час вы опубликовали много сообщений. Подождите немного, прежде чем публиковать снова; ваш текст сохранён ниже.
