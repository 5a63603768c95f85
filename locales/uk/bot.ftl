# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Вибрати мову і місто
bot-command-new = Порушити питання
bot-command-my = Мої питання та їхній статус
bot-command-settings = Які сповіщення я отримую
bot-command-language = Змінити мову
bot-command-help = Що вміє цей бот
bot-command-cancel = Перервати те, що я роблю
bot-command-link = Прив'язати до мого облікового запису на сайті
bot-command-export = Завантажити мої дані
bot-command-delete = Видалити мої дані
bot-help-intro = У Chorus ви можете порушувати питання перед своїм містом і стежити, що з ними відбувається. Ви залишаєтеся анонімними: бот зберігає лише номер цього чату і ваш вибір. Команди:

## Start
bot-choose-language = Якою мовою ви хочете користуватися?
bot-language-chosen = Мова: { $language }
bot-choose-municipality = У якому місті ви живете?
bot-municipality-chosen = Місто: { $municipality }

## Menu
bot-menu-intro = Що ви хочете зробити?
bot-menu-new = Порушити питання
bot-menu-my = Мої питання
bot-menu-settings = Сповіщення
bot-menu-help = Допомога
bot-cancelled = Зупинено. Нічого не надіслано.
bot-cancel = Скасувати

## Raising an issue
bot-issue-choose-theme = Про що ваше питання? ({ $municipality })
bot-issue-ask-title = Напишіть коротку назву вашого питання (від 5 до 150 символів).
bot-issue-ask-body = Тепер опишіть питання своїми словами, будь-якою мовою (щонайменше 20 символів).
bot-issue-similar = Схоже питання вже є: { $title } (підтримали: { $supports }). Ви можете підтримати його або продовжити зі своїм.
bot-issue-confirm = Перевірте ваше питання перед надсиланням: { $title }. Мова: { $language }.
bot-issue-language-unknown = не визначено — виберіть
bot-issue-post = Надіслати
bot-issue-change-language = Вибрати мову
bot-issue-choose-language = Якою мовою ви писали?
bot-issue-anonymous-on = Анонімно: так
bot-issue-anonymous-off = Анонімно: ні
bot-issue-cancelled = Ваше питання не надіслано.
bot-issue-submitted = Дякуємо. Ваше питання (номер { $id }) надіслано. Модератор перевірить його перед публікацією.
bot-issue-published = Дякуємо. Ваше питання (номер { $id }) опубліковано.
bot-issue-card = { $title } (підтримали: { $supports })
bot-support = Підтримати це питання
bot-supported = Дякуємо за підтримку
bot-supported-issue = Ви підтримуєте: { $title }
bot-open-portal = Відкрити на сайті
bot-voice-where = Щоб порушити питання голосовим повідомленням, почніть з /new і виберіть тему.
bot-voice-confirm = Ваше голосове повідомлення ({ $seconds } с). Мова: { $language }. Волонтер запише його текстом перед публікацією.
bot-voice-submitted = Дякуємо. Ваше голосове повідомлення (питання номер { $id }) надіслано. Волонтер запише його текстом, а модератор перевірить питання.

## My issues
bot-my-none = Ви ще не порушили жодного питання.
bot-my-title = { $count ->
    [one] У вас { $count } питання:
    [few] У вас { $count } питання:
    [many] У вас { $count } питань:
   *[other] У вас { $count } питання:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Новини щодо питання { $title }: { $status }
bot-notice-ballot = Опубліковано результати голосування, у якому ви брали участь: { $title }
bot-notice-consultation = Опубліковано результати консультації, у якій ви брали участь: { $title }
bot-notice-ballot-opened = Відкрито нове голосування: { $title }
bot-notice-consultation-opened = Відкрито нове опитування: { $title }
bot-settings-intro = Виберіть, які сповіщення отримувати. Натисніть кнопку, щоб увімкнути або вимкнути сповіщення.
bot-settings-on = { $what }: увімкнено
bot-settings-off = { $what }: вимкнено
bot-settings-saved = Збережено
bot-settings-issue = Мої питання і питання, які я підтримую
bot-settings-ballot = Голосування
bot-settings-consultation = Консультації
bot-settings-summary = Підсумки ради та відповіді

## My data
bot-export-caption = Усе, що Chorus зберігає про вас.
bot-delete-confirm = Видалити ваш обліковий запис і дані? Ваші питання й коментарі буде видалено або залишено анонімними — так вирішило ваше місто. Скасувати це неможливо.
bot-delete-yes = Так, видалити
bot-delete-no = Ні, залишити
bot-delete-kept = Нічого не видалено.
bot-delete-done = Ваші дані видалено. Якщо ви напишете знову, у вас буде новий, порожній обліковий запис.
bot-link-ask = Щоб користуватися тут своїм обліковим записом із сайту, отримайте код на сторінці облікового запису на сайті. Потім надішліть /link і цей код.
bot-link-done = Тепер цей чат використовує ваш обліковий запис { $name }.
bot-link-wrong = Цей код неправильний, або його строк минув. Отримайте новий код на сайті.
bot-link-has-content = Цей чат уже брав участь (питання, підтримка, голосування або відповіді), тому його не можна прив'язати до іншого облікового запису. Спочатку ви можете завантажити його дані через /export або видалити їх через /delete.

## When something does not fit
bot-use-buttons = Будь ласка, скористайтеся кнопками вище або /cancel, щоб зупинитися.
bot-only-text = Вибачте, тут я можу читати лише текстові повідомлення.
bot-edit-ignored = Якщо ви зміните вже надіслане повідомлення, те, що я отримав, не зміниться. Краще надішліть нове повідомлення.
bot-unknown-command = Я не знаю цієї команди. У /help написано, що я вмію.
bot-button-expired = Ця кнопка вже не діє.
bot-unknown-button = Ця кнопка вже не діє.
bot-not-found = Цього вже немає, або воно не показується всім.
bot-not-allowed = Ви не маєте права це робити.
bot-too-many = Забагато спроб. Зачекайте трохи і спробуйте ще раз.
bot-too-large = Це завелике.
bot-error = У нас щось пішло не так. Спробуйте пізніше.

## Consultations
bot-command-consultations = Відкриті консультації: анкети й раунди висловлювань
bot-menu-consultations = Консультації
bot-consultations-title = Відкриті консультації в { $municipality }. Оберіть одну:
bot-consultations-none = Зараз у { $municipality } немає відкритих консультацій.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Відповідайте на запитання по одному. Запитання можна пропустити, відповіді — зберегти й продовжити пізніше, а наприкінці — надіслати.
bot-consultation-resume = Ви вже зберегли відповіді раніше. Продовжуємо з того місця, де ви зупинилися.
bot-consultation-change = Ви вже надіслали свої відповіді. Їх можна змінити, доки консультацію не закрито.
bot-consultation-question = Запитання { $n } з { $total }
bot-consultation-required = Щоб надіслати відповіді, потрібно відповісти на це запитання.
bot-consultation-choose-one = Оберіть одну відповідь.
bot-consultation-choose-many = Натискайте на відповіді, щоб обрати їх (повторне натискання скасовує вибір), потім натисніть «Далі».
bot-consultation-scale = Оберіть від 1 до 5. 1 означає: { $low }. 5 означає: { $high }.
bot-consultation-rank = Натискайте на варіанти за порядком: спочатку той, що подобається вам найбільше. Деякі можна пропустити. Потім натисніть «Далі».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Почати порядок знову
bot-consultation-write = Напишіть відповідь у повідомленні (не більше { $max } символів).
bot-consultation-your-answer = Ваша відповідь наразі: { $answer }
bot-consultation-next = Далі
bot-consultation-skip = Пропустити
bot-consultation-review = Це було останнє запитання. Надішліть відповіді зараз або збережіть їх і продовжте пізніше.
bot-statement-original = Оригінал ({ $language }): { $text }
bot-statement-ask = Напишіть своє висловлювання одним повідомленням.
bot-statements-done = Поки що досить
bot-statements-thanks = Дякуємо за участь. Ви можете повернутися до цього раунду, доки його не закрито.
## Votes
bot-command-votes = Голосувати за пріоритети
bot-menu-votes = Голосування
bot-votes-intro = Відкриті голосування: { $municipality }. Виберіть одне:
bot-votes-none = Зараз немає відкритих голосувань: { $municipality }.
bot-vote-rank-rule = Натискайте варіанти в тому порядку, якому ви надаєте перевагу, спочатку ваш перший вибір. Деякі варіанти можна пропустити.
bot-vote-picked = Вибрано поки що: { $count }
bot-vote-budget-left = Залишок бюджету: { $left } з { $budget }
bot-vote-points-left = Залишилось балів: { $left } з { $total }
bot-vote-order = Ваш порядок поки що:
bot-vote-nothing = Поки нічого не вибрано.
bot-vote-undo = Скасувати останній
bot-vote-continue = Далі
bot-vote-confirm = Перевірте свій голос, перш ніж віддати його:
bot-vote-cast = Віддати мій голос
bot-vote-change = Змінити
bot-vote-cancelled = Зупинено. Ваш голос не віддано.
bot-vote-receipt = Ваш код квитанції: { $code }
bot-vote-receipt-explained = Збережіть цей код: він показується лише один раз. Коли результати опублікують, за ним можна перевірити, що ваш голос зараховано так, як ви його віддали. Ніхто інший не може пов'язати його з вами.
bot-vote-receipt-hash = В опублікованому списку ваш голос — це рядок із: { $hash }
bot-vote-ask-receipt = Щоб змінити голос, надішліть код квитанції вашого попереднього голосу (або /cancel, щоб зупинитися).
bot-notice-summary = Новини про рекомендацію ради: { $title }
bot-notice-summary-answered = Місто відповіло на рекомендацію, до якої ви долучилися: { $title }
bot-notice-summary-done = Рекомендацію, до якої ви долучилися, виконано: { $title }
bot-notice-summary-dropped = Від рекомендації, до якої ви долучилися, відмовилися: { $title }
bot-notice-summary-overdue = Термін рекомендації минув: { $title }
bot-notice-summary-forwarded = Підсумок ради передано місту: { $title }
