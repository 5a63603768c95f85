# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Choose language and municipality
bot-command-new = Raise an issue
bot-command-my = My issues and their status
bot-command-settings = Which notifications I receive
bot-command-language = Change the language
bot-command-help = What this bot can do
bot-command-cancel = Stop what I am doing
bot-command-link = Link to my account on the website
bot-command-export = Download my data
bot-command-delete = Delete my data
bot-help-intro = Chorus lets you raise issues with your city and follow what becomes of them. You stay anonymous: the bot keeps only this chat's number and your choices. Commands:

## Start
bot-choose-language = Which language do you want to use?
bot-language-chosen = Language: { $language }
bot-choose-municipality = Which municipality do you live in?
bot-municipality-chosen = Municipality: { $municipality }

## Menu
bot-menu-intro = What would you like to do?
bot-menu-new = Raise an issue
bot-menu-my = My issues
bot-menu-settings = Notifications
bot-menu-help = Help
bot-cancelled = Stopped. Nothing was sent.
bot-cancel = Cancel

## Raising an issue
bot-issue-choose-theme = What is your issue about? ({ $municipality })
bot-issue-ask-title = Write a short title for your issue (5 to 150 characters).
bot-issue-ask-body = Now describe the issue in your own words, in any language (at least 20 characters).
bot-issue-similar = A similar issue already exists: { $title } ({ $supports } supports). You can support it instead, or continue with yours.
bot-issue-confirm = Please check your issue before sending it: { $title }. Language: { $language }.
bot-issue-language-unknown = not recognised — please choose
bot-issue-post = Send
bot-issue-change-language = Choose the language
bot-issue-choose-language = Which language did you write in?
bot-issue-anonymous-on = Anonymous: yes
bot-issue-anonymous-off = Anonymous: no
bot-issue-cancelled = Your issue was not sent.
bot-issue-submitted = Thank you. Your issue (number { $id }) was sent; a moderator will check it before it is published.
bot-issue-published = Thank you. Your issue (number { $id }) is published.
bot-issue-card = { $title } ({ $supports } supports)
bot-support = Support this issue
bot-supported = Thank you for your support
bot-supported-issue = You support: { $title }
bot-open-portal = Open on the website
bot-voice-where = To raise an issue with a voice note, start with /new and choose a topic.
bot-voice-confirm = Your voice note ({ $seconds } seconds), spoken in { $language }. A volunteer will write it down before it is published.
bot-voice-submitted = Thank you. Your voice note (issue number { $id }) was sent; a volunteer will write it down and a moderator will check it.

## My issues
bot-my-none = You have not raised any issue yet.
bot-my-title = { $count ->
    [one] Your issue:
   *[other] Your { $count } issues:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = News about { $title }: { $status }
bot-notice-ballot = The results of a vote you took part in are published: { $title }
bot-notice-consultation = The results of a consultation you took part in are published: { $title }
bot-notice-ballot-opened = A new vote is open: { $title }
bot-notice-consultation-opened = A new consultation is open: { $title }
bot-settings-intro = Choose which notifications you receive. Press a button to turn it on or off.
bot-settings-on = { $what }: on
bot-settings-off = { $what }: off
bot-settings-saved = Saved
bot-settings-issue = My issues and the issues I support
bot-settings-ballot = Votes
bot-settings-consultation = Consultations
bot-settings-summary = Council summaries and answers

## My data
bot-export-caption = Everything Chorus stores about you.
bot-delete-confirm = Delete your account and your data? Your issues and comments are removed or kept anonymously, as your municipality decided. This cannot be undone.
bot-delete-yes = Yes, delete
bot-delete-no = No, keep
bot-delete-kept = Nothing was deleted.
bot-delete-done = Your data was deleted. If you write again, you start with a new, empty account.
bot-link-ask = To use your account from the website here, get a code on its account page, then send /link and the code.
bot-link-done = This chat now uses your account { $name }.
bot-link-wrong = This code is wrong or has expired. Get a new one on the website.
bot-link-has-content = This chat already took part (issues, supports, votes or answers), so it cannot be joined to another account. You can /export or /delete its data first.

## When something does not fit
bot-use-buttons = Please use the buttons above, or /cancel to stop.
bot-only-text = Sorry, I can only read text messages here.
bot-edit-ignored = Changing a message you already sent does not change what I received. Send a new message instead.
bot-unknown-command = I do not know this command. /help lists what I can do.
bot-button-expired = This button is no longer valid.
bot-unknown-button = This button is no longer valid.
bot-not-found = This no longer exists, or it is not public.
bot-not-allowed = You are not allowed to do this.
bot-too-many = Too many attempts. Please wait a little and try again.
bot-too-large = This is too large.
bot-error = Something went wrong on our side. Please try again later.

## Consultations
bot-command-consultations = Open consultations: questionnaires and statement rounds
bot-menu-consultations = Consultations
bot-consultations-title = Open consultations in { $municipality }. Choose one:
bot-consultations-none = There is no open consultation in { $municipality } at the moment.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Answer one question at a time. You can skip a question, save and continue later, and hand in your answers at the end.
bot-consultation-resume = You saved answers earlier. We continue where you left off.
bot-consultation-change = You have already handed in your answers. You can change them until the consultation closes.
bot-consultation-question = Question { $n } of { $total }
bot-consultation-required = An answer is needed to hand in.
bot-consultation-choose-one = Choose one answer.
bot-consultation-choose-many = Press the answers to choose them (press again to unchoose), then press “Next”.
bot-consultation-scale = Choose from 1 to 5. 1 means: { $low }. 5 means: { $high }.
bot-consultation-rank = Press the choices in order: the one you prefer most first. You may leave some out. Then press “Next”.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Start the order again
bot-consultation-write = Write your answer in a message (at most { $max } characters).
bot-consultation-your-answer = Your answer so far: { $answer }
bot-consultation-next = Next
bot-consultation-skip = Skip
bot-consultation-review = That was the last question. Hand in your answers now, or save them and continue later.
bot-statement-original = Original ({ $language }): { $text }
bot-statement-ask = Write your statement in one message.
bot-statements-done = Stop for now
bot-statements-thanks = Thank you for taking part. You can come back to this round until it closes.
## Votes
bot-command-votes = Vote on priorities
bot-menu-votes = Votes
bot-votes-intro = Open votes in { $municipality }. Choose one:
bot-votes-none = There is no open vote in { $municipality } right now.
bot-vote-rank-rule = Press the options in the order you prefer them, your first choice first. You may leave options out.
bot-vote-picked = Chosen so far: { $count }
bot-vote-budget-left = Budget left: { $left } of { $budget }
bot-vote-points-left = Points left: { $left } of { $total }
bot-vote-order = Your order so far:
bot-vote-nothing = Nothing chosen yet.
bot-vote-undo = Undo the last
bot-vote-continue = Continue
bot-vote-confirm = Please check your vote before you cast it:
bot-vote-cast = Cast my vote
bot-vote-change = Change
bot-vote-cancelled = Stopped. Your vote was not cast.
bot-vote-receipt = Your receipt code: { $code }
bot-vote-receipt-explained = Keep this code: it is shown only once. When the results are published, it lets you check that your vote was counted as you cast it. Nobody else can link it to you.
bot-vote-receipt-hash = In the published list, your vote is the line with: { $hash }
bot-vote-ask-receipt = To change your vote, send the receipt code of your earlier vote (or /cancel to stop).
bot-notice-summary = News about a council recommendation: { $title }
bot-notice-summary-answered = The city answered a recommendation you contributed to: { $title }
bot-notice-summary-done = A recommendation you contributed to is done: { $title }
bot-notice-summary-dropped = A recommendation you contributed to was dropped: { $title }
bot-notice-summary-overdue = The deadline of a recommendation has passed: { $title }
bot-notice-summary-forwarded = A council summary was forwarded to the city: { $title }
