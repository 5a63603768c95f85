# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = English
meta-direction = ltr

nav-skip = Skip to main content
nav-label = Main
nav-account = My account
nav-admin = Administration
nav-login = Sign in
nav-logout = Sign out
nav-register = Create an account
nav-language = Language

footer-privacy = Chorus never asks for your nationality, residence status or ID documents. You can download or delete your data at any time.

role-resident = Resident
role-translator = Translator
role-moderator = Moderator
role-council-member = Council member
role-official = City official
role-admin = Administrator

moderation-pre = Pre-moderation
moderation-post = Post-moderation
moderation-pre-explained = A moderator checks every new post before anyone else can see it.
moderation-post-explained = New posts are visible at once; moderators check them afterwards.

policy-anonymize = When someone deletes their account, keep what they published, shown as anonymous.
policy-remove = When someone deletes their account, remove everything they published.
