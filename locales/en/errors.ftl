error-title-not-found = Page not found
error-title-forbidden = Not allowed
error-title-bad-request = Something is wrong with the request
error-title-internal = Something went wrong
error-not-found = We could not find this page. It may have moved or been removed.
error-forbidden = Your account does not have permission to see this page.
error-unauthorized = Please sign in first.
error-csrf = This form has expired or was sent from another site. Please go back, reload the page and try again. Chorus needs cookies to be allowed for forms.
error-too-many-requests = Too many attempts. Please wait a minute and try again.
error-too-large = What you sent is too large.
error-bad-request = We could not understand this request.
error-method-not-allowed = This address does not accept this kind of request.
error-timeout = This took too long. Please try again.
error-validation = Some fields need correcting.
error-internal = Sorry, something went wrong on our side. Please try again later.
error-database = The database is not available.
error-code = Error { $status }
error-go-home = Go to the home page

username-required = Please choose a username.
username-too-short = The username needs at least 3 characters.
username-too-long = The username can have at most 32 characters.
username-invalid-characters = Use only letters, digits, - _ and . (starting with a letter or digit).
username-reserved = This name is reserved. Please choose another.
username-taken = This username is already taken. Please choose another.
username-mixed-scripts = Please use letters from one alphabet only (digits, - _ and . are fine).
username-too-similar = This name looks too much like an existing one. Please choose another.

password-required = Please choose a password.
password-too-short = The password needs at least 8 characters.
password-too-long = The password is too long.
password-same-as-username = The password must not be your username.
password-too-common = This password is too common and easy to guess. Try a few words that mean something to you.
password-mismatch = The two passwords are not the same.
password-wrong = This password is not correct.

email-invalid = This does not look like an email address. You can also leave it empty.
language-unknown = Please choose a language from the list.
role-unknown = Unknown role.
code-invalid = This code is not valid, has expired or was already used.

login-failed = Signing in did not work. Check the username and password. After several wrong tries, signing in from a new device waits a few minutes; your recovery code always works.
login-one-time-expired = This one-time password has expired. Please ask an administrator for a new reset code.

municipality-unknown = Please choose a city from the list.
municipality-name-invalid = The name needs 2 to 100 characters.
municipality-slug-invalid = Use 2 to 40 lower-case letters, digits and hyphens.
municipality-slug-taken = Another city already uses this web address name.
municipality-languages-required = Choose at least one language.
municipality-default-language-invalid = The default language must be one of the chosen languages.
municipality-moderation-invalid = Choose how posts are checked.
municipality-policy-invalid = Choose what happens when an account is deleted.

account-last-admin = This is the last administrator account. Make someone else administrator first.

# Issues.
issue-title-required = Please write a title.
issue-title-too-short = The title needs at least 5 characters.
issue-title-too-long = The title can have at most 150 characters.
issue-body-required = Please describe the issue.
issue-body-too-short = Please write at least 20 characters.
issue-body-too-long = The description can have at most 5000 characters.
issue-theme-required = Please choose a topic from the list.
issue-tag-unknown = Please choose from the list.
issue-neighbourhood-unknown = Please choose a neighbourhood from the list.
issue-lang-required = Please choose the language you wrote in.

# Moderation.
moderation-reason-required = Please choose a reason.
moderation-note-too-long = The note can have at most 1000 characters.
moderation-merge-target-invalid = Give the number of another published issue of this city.
moderation-not-allowed = This cannot be done with the issue in its current state.
report-reason-required = Please choose what is wrong.

# Translation.
translation-required = Please write the translation.
translation-source-changed = The original text was changed while you were translating (for example, personal data was removed). Please check your translation against the text as it is now.
translation-too-long = This is too long.

# Participation.
comment-required = Please write your comment.
comment-too-short = The comment is too short.
comment-too-long = The comment can have at most 2000 characters.
answer-required = Please write the answer.
answer-too-short = The answer must have at least 10 characters.
answer-too-long = The answer can have at most 5000 characters.
answer-department-too-long = The department name can have at most 120 characters.
answer-date-invalid = Give a real date, written year-month-day (for example 2027-03-31).
status-change-not-allowed = The issue cannot move to that status now.
issue-edit-not-requested = Nobody asked to change this issue.
taxonomy-name-required = Please give a name.
taxonomy-name-too-long = The name can have at most 80 characters.
taxonomy-name-taken = This name is already used.
taxonomy-dimension-required = Please choose where the category belongs.
taxonomy-category-in-use = Issues use this category, so it cannot be removed. Rename it instead.
service-name-invalid = Give a name of 2 to 120 characters.
service-description-too-long = The description can have at most 1000 characters.
service-contact-invalid = Give contact details of 2 to 500 characters.
service-languages-invalid = Choose at least one language spoken there.
posting-too-often = You have posted a lot in the last hour. Please wait a little before you post again; your text is kept below.
issue-voice-too-large = This voice note is too long. Please keep it under two minutes.
issue-voice-empty = The voice note is empty.
issue-voice-not-waiting = This issue is no longer waiting for moderation.
moderation-transcribe-first = Write down what the voice note says before publishing it.
