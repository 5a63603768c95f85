# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Выбрать язык и город
bot-command-new = Поднять вопрос
bot-command-my = Мои вопросы и их статус
bot-command-settings = Какие уведомления я получаю
bot-command-language = Сменить язык
bot-command-help = Что умеет этот бот
bot-command-cancel = Прервать то, что я делаю
bot-command-link = Привязать к моему аккаунту на сайте
bot-command-export = Скачать мои данные
bot-command-delete = Удалить мои данные
bot-help-intro = В Chorus вы можете поднимать вопросы перед своим городом и следить, что с ними происходит. Вы остаётесь анонимными: бот хранит только номер этого чата и ваш выбор. Команды:

## Start
bot-choose-language = Какой язык вы хотите использовать?
bot-language-chosen = Язык: { $language }
bot-choose-municipality = В каком городе вы живёте?
bot-municipality-chosen = Город: { $municipality }

## Menu
bot-menu-intro = Что вы хотите сделать?
bot-menu-new = Поднять вопрос
bot-menu-my = Мои вопросы
bot-menu-settings = Уведомления
bot-menu-help = Помощь
bot-cancelled = Остановлено. Ничего не отправлено.
bot-cancel = Отмена

## Raising an issue
bot-issue-choose-theme = О чём ваш вопрос? ({ $municipality })
bot-issue-ask-title = Напишите короткое название вашего вопроса (от 5 до 150 символов).
bot-issue-ask-body = Теперь опишите вопрос своими словами, на любом языке (не менее 20 символов).
bot-issue-similar = Похожий вопрос уже есть: { $title } (поддержали: { $supports }). Вы можете поддержать его или продолжить со своим.
bot-issue-confirm = Проверьте ваш вопрос перед отправкой: { $title }. Язык: { $language }.
bot-issue-language-unknown = не определён — выберите
bot-issue-post = Отправить
bot-issue-change-language = Выбрать язык
bot-issue-choose-language = На каком языке вы писали?
bot-issue-anonymous-on = Анонимно: да
bot-issue-anonymous-off = Анонимно: нет
bot-issue-cancelled = Ваш вопрос не отправлен.
bot-issue-submitted = Спасибо. Ваш вопрос (номер { $id }) отправлен. Модератор проверит его до публикации.
bot-issue-published = Спасибо. Ваш вопрос (номер { $id }) опубликован.
bot-issue-card = { $title } (поддержали: { $supports })
bot-support = Поддержать этот вопрос
bot-supported = Спасибо за поддержку
bot-supported-issue = Вы поддерживаете: { $title }
bot-open-portal = Открыть на сайте
bot-voice-where = Чтобы поднять вопрос голосовым сообщением, начните с /new и выберите тему.
bot-voice-confirm = Ваше голосовое сообщение ({ $seconds } сек.). Язык: { $language }. Волонтёр запишет его текстом до публикации.
bot-voice-submitted = Спасибо. Ваше голосовое сообщение (вопрос номер { $id }) отправлено. Волонтёр запишет его текстом, а модератор проверит вопрос.

## My issues
bot-my-none = Вы ещё не подняли ни одного вопроса.
bot-my-title = { $count ->
    [one] У вас { $count } вопрос:
    [few] У вас { $count } вопроса:
    [many] У вас { $count } вопросов:
   *[other] У вас { $count } вопроса:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Новости по вопросу { $title }: { $status }
bot-notice-ballot = Опубликованы результаты голосования, в котором вы участвовали: { $title }
bot-notice-consultation = Опубликованы результаты консультации, в которой вы участвовали: { $title }
bot-notice-ballot-opened = Открыто новое голосование: { $title }
bot-notice-consultation-opened = Открыт новый опрос: { $title }
bot-settings-intro = Выберите, какие уведомления получать. Нажмите кнопку, чтобы включить или выключить уведомление.
bot-settings-on = { $what }: включены
bot-settings-off = { $what }: выключены
bot-settings-saved = Сохранено
bot-settings-issue = Мои вопросы и вопросы, которые я поддерживаю
bot-settings-ballot = Голосования
bot-settings-consultation = Консультации
bot-settings-summary = Итоги совета и ответы

## My data
bot-export-caption = Всё, что Chorus хранит о вас.
bot-delete-confirm = Удалить ваш аккаунт и данные? Ваши вопросы и комментарии будут удалены или останутся анонимными — так решил ваш город. Отменить это нельзя.
bot-delete-yes = Да, удалить
bot-delete-no = Нет, оставить
bot-delete-kept = Ничего не удалено.
bot-delete-done = Ваши данные удалены. Если вы напишете снова, у вас будет новый, пустой аккаунт.
bot-link-ask = Чтобы пользоваться здесь своим аккаунтом с сайта, получите код на странице аккаунта на сайте. Затем отправьте /link и этот код.
bot-link-done = Теперь этот чат использует ваш аккаунт { $name }.
bot-link-wrong = Этот код неверный, или его срок истёк. Получите новый код на сайте.
bot-link-has-content = Этот чат уже участвовал (вопросы, поддержка, голосования или ответы), поэтому его нельзя привязать к другому аккаунту. Сначала вы можете скачать его данные через /export или удалить их через /delete.

## When something does not fit
bot-use-buttons = Пожалуйста, используйте кнопки выше или /cancel, чтобы остановиться.
bot-only-text = Извините, здесь я могу читать только текстовые сообщения.
bot-edit-ignored = Если вы измените уже отправленное сообщение, то, что я получил, не изменится. Лучше отправьте новое сообщение.
bot-unknown-command = Я не знаю этой команды. В /help написано, что я умею.
bot-button-expired = Эта кнопка больше не действует.
bot-unknown-button = Эта кнопка больше не действует.
bot-not-found = Этого больше нет, или это не видно всем.
bot-not-allowed = У вас нет права это делать.
bot-too-many = Слишком много попыток. Подождите немного и попробуйте ещё раз.
bot-too-large = Это слишком большое.
bot-error = У нас что-то пошло не так. Попробуйте позже.

## Consultations
bot-command-consultations = Открытые консультации: анкеты и раунды высказываний
bot-menu-consultations = Консультации
bot-consultations-title = Открытые консультации в { $municipality }. Выберите одну:
bot-consultations-none = Сейчас в { $municipality } нет открытых консультаций.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Отвечайте на вопросы по одному. Вопрос можно пропустить, ответы — сохранить и продолжить позже, а в конце — отправить.
bot-consultation-resume = Вы уже сохранили ответы раньше. Продолжаем с того места, где вы остановились.
bot-consultation-change = Вы уже отправили свои ответы. Их можно изменить, пока консультация не закрыта.
bot-consultation-question = Вопрос { $n } из { $total }
bot-consultation-required = Чтобы отправить ответы, нужно ответить на этот вопрос.
bot-consultation-choose-one = Выберите один ответ.
bot-consultation-choose-many = Нажимайте на ответы, чтобы выбрать их (повторное нажатие отменяет выбор), затем нажмите «Далее».
bot-consultation-scale = Выберите от 1 до 5. 1 означает: { $low }. 5 означает: { $high }.
bot-consultation-rank = Нажимайте на варианты по порядку: сначала тот, который нравится вам больше всего. Некоторые можно пропустить. Затем нажмите «Далее».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Начать порядок заново
bot-consultation-write = Напишите ответ в сообщении (не более { $max } символов).
bot-consultation-your-answer = Ваш ответ на сейчас: { $answer }
bot-consultation-next = Далее
bot-consultation-skip = Пропустить
bot-consultation-review = Это был последний вопрос. Отправьте ответы сейчас или сохраните их и продолжите позже.
bot-statement-original = Оригинал ({ $language }): { $text }
bot-statement-ask = Напишите своё высказывание одним сообщением.
bot-statements-done = Пока хватит
bot-statements-thanks = Спасибо за участие. Вы можете вернуться к этому раунду, пока он не закрыт.
## Votes
bot-command-votes = Голосовать за приоритеты
bot-menu-votes = Голосования
bot-votes-intro = Открытые голосования: { $municipality }. Выберите одно:
bot-votes-none = Сейчас нет открытых голосований: { $municipality }.
bot-vote-rank-rule = Нажимайте варианты в том порядке, который вы предпочитаете, сначала ваш первый выбор. Некоторые варианты можно пропустить.
bot-vote-picked = Выбрано пока: { $count }
bot-vote-budget-left = Остаток бюджета: { $left } из { $budget }
bot-vote-points-left = Осталось баллов: { $left } из { $total }
bot-vote-order = Ваш порядок пока:
bot-vote-nothing = Пока ничего не выбрано.
bot-vote-undo = Отменить последний
bot-vote-continue = Дальше
bot-vote-confirm = Проверьте свой голос, прежде чем отдать его:
bot-vote-cast = Отдать мой голос
bot-vote-change = Изменить
bot-vote-cancelled = Остановлено. Ваш голос не отдан.
bot-vote-receipt = Ваш код квитанции: { $code }
bot-vote-receipt-explained = Сохраните этот код: он показывается только один раз. Когда результаты будут опубликованы, по нему можно проверить, что ваш голос засчитан так, как вы его отдали. Никто другой не может связать его с вами.
bot-vote-receipt-hash = В опубликованном списке ваш голос — это строка с: { $hash }
bot-vote-ask-receipt = Чтобы изменить голос, отправьте код квитанции вашего прежнего голоса (или /cancel, чтобы остановиться).
bot-notice-summary = Новости о рекомендации совета: { $title }
bot-notice-summary-answered = Город ответил на рекомендацию, в которую вы внесли вклад: { $title }
bot-notice-summary-done = Рекомендация, в которую вы внесли вклад, выполнена: { $title }
bot-notice-summary-dropped = От рекомендации, в которую вы внесли вклад, отказались: { $title }
bot-notice-summary-overdue = Срок рекомендации прошёл: { $title }
bot-notice-summary-forwarded = Итоги совета переданы городу: { $title }
