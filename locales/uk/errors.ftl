error-title-not-found = Сторінку не знайдено
error-title-forbidden = Немає доступу
error-title-bad-request = Із запитом щось не так
error-title-internal = Щось пішло не так
error-not-found = Ми не змогли знайти цю сторінку. Можливо, її перемістили або видалили.
error-forbidden = Ваш обліковий запис не має доступу до цієї сторінки.
error-unauthorized = Будь ласка, спершу увійдіть.
error-csrf = Термін дії цієї форми минув, або її надіслано з іншого сайту. Поверніться назад, оновіть сторінку і спробуйте ще раз. Щоб форми в Chorus працювали, дозвольте файли cookie.
error-too-many-requests = Забагато спроб. Зачекайте хвилину і спробуйте ще раз.
error-too-large = Те, що ви надіслали, завелике.
error-bad-request = Ми не змогли зрозуміти цей запит.
error-method-not-allowed = Ця адреса не приймає такий тип запиту.
error-timeout = Це тривало надто довго. Спробуйте ще раз.
error-validation = Деякі поля треба виправити.
error-internal = Вибачте, у нас щось пішло не так. Спробуйте пізніше.
error-database = База даних недоступна.
error-code = Помилка { $status }
error-go-home = На головну сторінку

username-required = Виберіть ім'я користувача.
username-too-short = Ім'я користувача має містити щонайменше 3 символи.
username-too-long = Ім'я користувача може містити не більше 32 символів.
username-invalid-characters = Використовуйте лише літери, цифри та символи - _ і . (на початку має бути літера або цифра).
username-reserved = Це ім'я зарезервоване. Виберіть інше.
username-taken = Це ім'я користувача вже зайняте. Виберіть інше.
username-mixed-scripts = Використовуйте літери лише одного алфавіту (цифри та символи - _ і . можна).
username-too-similar = Це ім'я надто схоже на вже наявне. Виберіть інше.

password-required = Придумайте пароль.
password-too-short = Пароль має містити щонайменше 8 символів.
password-too-long = Пароль задовгий.
password-same-as-username = Пароль не може збігатися з ім'ям користувача.
password-too-common = Цей пароль надто поширений, його легко вгадати. Спробуйте кілька слів, які щось для вас означають.
password-mismatch = Паролі не збігаються.
password-wrong = Пароль неправильний.

email-invalid = Це не схоже на адресу електронної пошти. Можна також залишити поле порожнім.
language-unknown = Виберіть мову зі списку.
role-unknown = Невідома роль.
code-invalid = Цей код недійсний, термін його дії минув або його вже використано.

login-failed = Не вдалося увійти. Перевірте ім'я користувача і пароль. Після кількох невдалих спроб вхід із нового пристрою буде можливий лише через кілька хвилин; код відновлення працює завжди.
login-one-time-expired = Термін дії цього одноразового пароля минув. Будь ласка, попросіть в адміністратора новий код скидання.

municipality-unknown = Виберіть місто зі списку.
municipality-name-invalid = Назва має містити від 2 до 100 символів.
municipality-slug-invalid = Використовуйте від 2 до 40 малих літер, цифр і дефісів.
municipality-slug-taken = Цю назву у вебадресі вже використовує інше місто.
municipality-languages-required = Виберіть хоча б одну мову.
municipality-default-language-invalid = Мова за замовчуванням має бути однією з вибраних мов.
municipality-moderation-invalid = Виберіть, як перевіряти дописи.
municipality-policy-invalid = Виберіть, що відбувається, коли обліковий запис видаляють.

account-last-admin = Це останній обліковий запис адміністратора. Спершу призначте адміністратором когось іншого.

# Issues.
issue-title-required = Напишіть заголовок.
issue-title-too-short = Заголовок має містити щонайменше 5 символів.
issue-title-too-long = Заголовок може містити не більше 150 символів.
issue-body-required = Опишіть проблему.
issue-body-too-short = Напишіть щонайменше 20 символів.
issue-body-too-long = Опис може містити не більше 5000 символів.
issue-theme-required = Виберіть тему зі списку.
issue-tag-unknown = Виберіть зі списку.
issue-neighbourhood-unknown = Виберіть район зі списку.
issue-lang-required = Виберіть мову, якою ви писали.

# Moderation.
moderation-reason-required = Виберіть причину.
moderation-note-too-long = Примітка може містити не більше 1000 символів.
moderation-merge-target-invalid = Вкажіть номер іншого опублікованого питання цього міста.
moderation-not-allowed = У поточному стані питання це зробити не можна.
report-reason-required = Виберіть, що не так.

# Translation.
translation-required = Напишіть переклад.
translation-source-changed = Оригінальний текст змінили, поки ви перекладали (наприклад, видалили персональні дані). Будь ласка, перевірте свій переклад за текстом у його теперішньому вигляді.
translation-too-long = Текст задовгий.

# Participation.
comment-required = Напишіть свій коментар.
comment-too-short = Коментар закороткий.
comment-too-long = Коментар може містити не більше 2000 символів.
answer-required = Напишіть відповідь.
answer-too-short = Відповідь має містити щонайменше 10 символів.
answer-too-long = Відповідь може містити не більше 5000 символів.
answer-department-too-long = Назва відділу може містити не більше 120 символів.
answer-date-invalid = Вкажіть правильну дату у форматі рік-місяць-день (наприклад, 2027-03-31).
status-change-not-allowed = Зараз не можна перевести питання в цей статус.
issue-edit-not-requested = Ніхто не просив змінити це питання.
taxonomy-name-required = Вкажіть назву.
taxonomy-name-too-long = Назва може містити не більше 80 символів.
taxonomy-name-taken = Ця назва вже використовується.
taxonomy-dimension-required = Виберіть, до чого належить ця тема.
taxonomy-category-in-use = Ця тема використовується в питаннях, тому її не можна видалити. Натомість перейменуйте її.
service-name-invalid = Назва має містити від 2 до 120 символів.
service-description-too-long = Опис може містити не більше 1000 символів.
service-contact-invalid = Контактні дані мають містити від 2 до 500 символів.
service-languages-invalid = Виберіть хоча б одну мову, якою там розмовляють.
posting-too-often = За останню годину ви опублікували багато дописів. Зачекайте трохи, перш ніж публікувати знову; ваш текст збережено нижче.
issue-voice-too-large = Це голосове повідомлення задовге. Воно має бути коротшим за дві хвилини.
issue-voice-empty = Голосове повідомлення порожнє.
issue-voice-not-waiting = Це питання вже не чекає на модерацію.
moderation-transcribe-first = Перш ніж публікувати питання, запишіть текстом, що сказано в голосовому повідомленні.
