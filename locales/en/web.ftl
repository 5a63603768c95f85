home-title = Have your say in your city
home-intro = Chorus lets you raise issues in your own language, take part in consultations of your migrant advisory council, and see what the city does with them.
home-choose = Choose your city
home-none = No city has been set up yet.
home-safety-title = Your safety
home-safety = You can use a pseudonym. An email address is optional. We never ask where you come from or what papers you have.

notice-account-deleted = Your account and your personal data have been deleted.
notice-signed-out = You are signed out.

municipality-intro = Welcome to Chorus in { $name }.
municipality-your-roles = You take part here as:
municipality-join = Join { $name }
municipality-register = Create an account to take part
municipality-languages = Languages
municipality-moderation = How posts are checked

team-title = Team
team-intro = The people who translate, moderate, sit on the council or answer for the city.
team-empty = Nobody has a team role here yet.
team-person = Person
team-role = Role
team-since = Since

form-has-errors = Please correct the following:

register-title = Create an account
register-intro = Choose a name others will see. It does not need to be your real name.
register-username = Username
register-username-hint = 3 to 32 letters or digits, in any alphabet. You may also use - _ and .
register-password = Password
register-password-hint = At least 8 characters. A short sentence is easy to remember and hard to guess.
register-password-confirm = Type the password again
register-email = Email (optional)
register-email-hint = Only used to help you back into your account. You can leave it empty.
register-language = Language
register-municipality = Your city (optional)
register-municipality-none = Choose later
register-privacy = We do not ask for your nationality, residence status or ID, and we do not record your IP address.
register-submit = Create account
register-have-account = Already have an account?

code-title = Your recovery code
code-intro = Write this code down and keep it somewhere safe. It is the only way back into your account if you forget your password and have no email.
code-keep-safe = We show it only once. Each code works once; you get a new one when you use it.
code-continue = I have written it down

login-title = Sign in
login-username = Username
login-password = Password
login-submit = Sign in
login-remember = Keep me signed in on this device
login-remember-hint = Only on a phone or computer of your own. On a shared computer, leave this off: you are signed out after a few hours without activity.
login-notice-password-failures = You were signed out because the current password was typed wrongly too many times. Please sign in again.
login-no-account = Create an account
login-forgot = Forgot your password? Use your recovery code
login-have-reset-code = I have a reset code from an administrator

recover-title = Use your recovery code
recover-intro = Enter your username, the recovery code you wrote down, and a new password.
recover-code = Recovery code
recover-code-hint = For example 7K2QD-M9XAT-4HBEW-PC0RN. Upper or lower case both work.
recover-no-code = No code? Ask an association or your city's Chorus team: after they have met you, they can give you a reset code.

reset-title = Use a reset code
reset-intro = An administrator gave you a reset code after meeting you. Enter it with your username and a new password.
reset-code = Reset code
reset-code-hint = The code is valid for a limited time and works only once.

account-title = My account
account-signed-in-as = You are signed in as
account-roles = Where you take part
account-no-roles = You have not joined a city yet.
account-language = Language
account-language-label = Language of the pages
account-language-save = Save language
account-security = Security
account-data = Your data
account-data-intro = Download everything Chorus stores about you, or delete your account.
account-export = Download my data (JSON)

password-title = Change your password
password-current = Current password
password-new = New password
password-submit = Save new password
password-changed = Your password has been changed. You were signed out on your other devices.
password-must-change = You signed in with a one-time password. Please choose your own password now.

delete-title = Delete my account
delete-explained = This deletes your name, email, settings and roles. It cannot be undone. Depending on your city's rules, what you published stays as anonymous or is removed.
delete-export-first = You may want to download your data first.
delete-password = Confirm with your password
delete-submit = Delete my account for good

admin-title = Administration
admin-municipalities = Cities
admin-municipality-new = Add a city
admin-municipality-edit = Edit city
admin-municipality-name = Name
admin-municipality-slug = Web address name
admin-municipality-slug-hint = Lower-case letters, digits and hyphens, e.g. porto-sereno. It appears in links.
admin-municipality-languages = Languages
admin-municipality-default-language = Default language
admin-municipality-moderation = Moderation
admin-municipality-policy = When an account is deleted
admin-actions = Actions
admin-edit = Edit { $name }
admin-save = Save
admin-users = Accounts
admin-users-search = Find an account by username
admin-users-search-submit = Search
admin-users-none = No account found.
admin-user-since = Member since
admin-role-municipality = City
admin-role-grant = Give role
admin-role-revoke = Remove role
admin-admin-grant = Make administrator
admin-admin-revoke = Remove administrator rights
admin-reset-title = Password reset
admin-reset-explained = Only after you have met the person and are sure the account is theirs: issue a one-time reset code and give it to them. It expires after a few days.
admin-reset-issue = Issue a reset code
admin-reset-issued = Give this code to the person. It is shown only now.

# Issues: raising, listing and reading them.
municipality-issues = See the issues raised here
municipality-raise = Raise an issue
issues-title = Issues
issues-filter = Filter and sort
issues-any = Any
issues-status = Status
issues-language = Written in
issues-sort = Order
issues-sort-newest = Newest first
issues-sort-supported = Most supported first
issues-apply = Show
issues-none = No issues match. You can raise the first one.
issues-more = Show more issues
issue-new-title = Raise an issue
issue-new-intro = Write in any language. Describe the problem and, if you can, what would help. Do not write names, addresses or other personal details.
issue-field-title = Title
issue-field-title-hint = A short sentence, 5 to 150 characters.
issue-field-body = What is the issue?
issue-field-body-hint = At least 20 characters. Say who is affected and where.
issue-field-theme = Topic
issue-field-theme-choose = Choose a topic
issue-field-tags = Who is especially affected? (optional)
issue-field-neighbourhood = Neighbourhood (optional)
issue-field-neighbourhood-none = Whole city
issue-field-anonymous = Show me as anonymous (the public will not see my name)
issue-continue = Continue
issue-confirm-preview = Your issue
issue-confirm-language = Language of your text
issue-confirm-detected = We think you wrote in { $language }. If not, choose the right language.
issue-confirm-not-detected = Please choose the language you wrote in.
issue-similar-title = Similar issues
issue-similar-intro = Maybe someone already raised this. You can support their issue instead, or send yours.
issue-submit = Send my issue
issue-edit = Change my text
issue-submitted-public = Thank you. Your issue is published.
issue-submitted-waiting = Thank you. A moderator will check your issue soon; you will be told in your account.
issue-by = Raised by
issue-anonymous-to-public = shown as anonymous to the public
issue-by-anonymous = Raised anonymously
issue-written-in = Written in { $language }
issue-supports = { $count ->
    [one] { $count } supporter
   *[other] { $count } supporters
}
issue-support = I support this
issue-you-support = You support this issue.
issue-withdraw = Withdraw my support
issue-sign-in-to-support = Sign in to support this issue
issue-timeline = What happened so far

# Moderation, reports and notifications.
moderation-title = Moderation queue
moderation-intro = New issues and reported issues, oldest first. Every decision is recorded with its reason.
moderation-empty = Nothing is waiting. Thank you!
moderation-reported = Reported:
moderation-publish = Publish
moderation-restore = Restore
moderation-dismiss-reports = Keep it public (dismiss the reports)
moderation-reason = Reason (needed to reject or hide)
moderation-reason-choose = Choose a reason
moderation-note = Note to the author (optional)
moderation-reject = Reject
moderation-hide = Hide
moderation-merge-into = Number of the issue it repeats
moderation-merge = Merge
moderation-redact = Remove personal data
moderation-redact-intro = Replace names, addresses, phone numbers and other personal details with […]. The original text is kept for administrators only.
moderation-redact-save = Save the corrected text
notifications-title = Notifications
notifications-none = Nothing new yet. News about your issues will appear here.
notifications-new = New
notifications-mark-read = Mark all as read
notification-unavailable = An issue you follow is no longer public.
notifications-unread = { $count ->
    [one] { $count } new
   *[other] { $count } new
}
report-title = Report this issue
report-reason = What is wrong?
report-submit = Send report
report-thanks = Thank you. A moderator will look at it.
report-thanks-hidden = Thank you. The issue is hidden until a moderator has looked at it.
issue-merged-into = This issue was merged into another one about the same problem:
redactions-title = Removed personal data (administrators only)
redacted-issue-title = Title
redacted-issue-body = Description
redacted-comment = Comment
redacted-answer = Official answer

# The audit log.
audit-title = Audit log
audit-intro = Every moderation and administration decision in this city: who, what, when and why.
audit-filter = Show
audit-filter-issues = Decisions on issues
audit-filter-roles = Roles given and removed
audit-filter-municipality = City settings
audit-filter-all = Everything
audit-empty = Nothing recorded yet.
audit-when = When
audit-who = Who
audit-what = What
audit-why = Details

# Translation.
translate-title = Translations
translate-intro = Published issues that are not yet in all of this city's languages, oldest first. Machine translations wait for a person to check them.
translate-empty = Everything is translated. Thank you!
translate-machine-waiting = machine translation to check
translate-into = Translate into { $language }
translate-original = Original ({ $language })
translate-yours = Your translation
translate-review-machine = This is a machine translation. Correct it if needed and save: it will then count as checked.
translate-save = Save translation
translation-machine = machine translation
translation-volunteer = translated by a volunteer
translation-machine-from = Machine translation from { $language }
translation-volunteer-from = Translated by a volunteer from { $language }
translation-show-original = Show the original
translation-show-translation = Show the translation

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] One comment
   *[other] { $count } comments
}
comment-field-body = Your comment
comment-field-body-hint = In any language. Be kind, and do not write personal details.
comment-submit = Send comment
comment-sign-in = Sign in to comment
comment-report = Report this comment
comment-deleted-account = Deleted account
comment-published = Thank you. Your comment is published.
comment-waiting = Thank you. A moderator will check your comment soon.
comment-reported = Thank you. A moderator will look at this comment.
field-language = Language of your text
field-language-detect = Recognise it for me
answer-title = Answer from the city
answer-official = Official answer
answer-department = Responsible department
answer-expected = Expected by
answer-field-body = Official answer
answer-field-body-hint = Write in your language; it will be translated for residents.
answer-field-department = Responsible department (optional)
answer-field-expected = Expected date (optional)
answer-field-expected-hint = Year-month-day, for example 2027-03-31.
answer-field-resolved = This answer resolves the issue
answer-submit = Publish the answer
answer-posted = The answer is published. The author and supporters are told.
city-title = For the city
city-forward = Send to the council
city-resolve = Mark as resolved
issue-forwarded = The issue was sent to the council.
issue-edit-requested = A moderator asked you to change this issue before it can be published.
issue-edit-now = Change it now
issue-edit-title = Change your issue
issue-edit-asked = A moderator asked for changes:
issue-edit-save = Save and send to the moderators
issue-edited = Thank you. Your changes go to the moderators.
moderation-ask-edit = Ask the author to change it
moderation-issues = Issues
moderation-comments = Comments
moderation-comment-on = Comment on issue
help-title = Help with your own situation
help-intro = These services help people with their own questions: papers, benefits, housing, work, health. They speak the languages shown.
help-nothing-stored = Nothing you do on this page is saved or published.
help-none = This city has not listed any help services yet.
help-languages = Languages spoken:
help-contact = How to reach them:
help-raise-instead = Is it a problem many people share? Raise an issue instead.
help-link = I need help with my own situation
help-question = Is this about your own situation?
help-question-explained = For a problem with your papers, a benefit, your landlord or your job, a help service can advise you personally. Issues here are for problems many people share.
issues-search = Search issues
issues-search-button = Search
issues-search-results = Issues matching “{ $query }”
issues-sort-answered = Recently answered
translate-kind-issue = Issue
translate-kind-answer = Official answer
translate-kind-comment = Comment
translate-text = Text
taxonomy-title = Topics and neighbourhoods
taxonomy-intro = Residents choose from these when they raise an issue. Give a topic a name of your own, or leave the name empty to use the translated default.
taxonomy-categories = Topics
taxonomy-tags = Groups especially affected
taxonomy-neighbourhoods = Neighbourhoods
taxonomy-rename = Rename
taxonomy-remove = Remove
taxonomy-add = Add
taxonomy-add-category = Add a topic
taxonomy-add-tag = New group
taxonomy-add-neighbourhood = New neighbourhood
taxonomy-dimension = Belongs to
taxonomy-dimension-choose = Choose
taxonomy-name = Name
taxonomy-name-hint = Shown as written, in every language.
services-title = Help services
services-intro = Services listed on the city's help page, for people with a question about their own situation.
services-public-page = See the public page
services-add = Add a service
services-edit = Change
services-name = Name
services-description = What they help with
services-languages = Languages spoken there
services-contact = How to reach them
services-contact-hint = Address, opening hours, phone, website.
issue-support-on-telegram = Support it from Telegram
issue-voice-transcribe-title = Write down a voice note
issue-voice-back = Back to the moderation queue
issue-voice-saved = Saved. A moderator can publish the issue now.
issue-voice-note = { $seconds ->
    [one] Voice note, { $seconds } second
   *[other] Voice note, { $seconds } seconds
}
issue-voice-transcribe-hint = Listen, then write the title and the text in the language spoken. Leave out names, addresses and anything else that identifies a person.
issue-voice-language = Language spoken
issue-voice-save = Save the transcript
issue-voice-untranscribed = Not written down yet
issue-voice-transcribe = Write down what it says
issue-voice-placeholder-title = Voice note
issue-voice-placeholder-body = This issue was told in a voice note; a volunteer will write it down.
account-telegram = Telegram
account-telegram-intro = Use Chorus from Telegram with this account: get a code here, then send it to @{ $bot }.
account-telegram-link = Get a code to link Telegram
account-telegram-code = Send /link { $code } to the bot within 10 minutes. The code works once.
account-telegram-open = Open the bot with this code
