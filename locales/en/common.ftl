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

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Daily life and work
dimension-legal-political = Rights and participation
dimension-cultural = Language and culture
dimension-other = Other
theme-employment = Work and starting a business
theme-qualifications = Recognition of diplomas and skills
theme-education = Education and schools
theme-housing = Housing and neighbourhood
theme-health = Health (including mental and maternal health)
theme-welfare = Social support and public services
theme-family = Family and childcare
theme-transport = Transport and accessibility
theme-residence = Residence permits and paperwork
theme-participation = Political participation and citizenship
theme-discrimination = Discrimination, racism and safety
theme-language-learning = Learning the language
theme-culture = Culture, religion and living together
theme-other = Something else
theme-women = Women
theme-youth = Young people
theme-elderly = Older people
theme-refugees = Refugees and asylum seekers
theme-newcomers = Newcomers (less than a year)
theme-disability = Disability
theme-rural = Rural areas
status-submitted = Waiting for a moderator
status-published = Published
status-forwarded = Sent to the council
status-answered = Answered by the city
status-resolved = Resolved
status-rejected = Not published
status-merged = Merged with another issue
status-hidden = Hidden

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Personal data removed
reason-personal-data = It contains personal data
reason-offensive = It is offensive or hateful
reason-individual-case = It is a personal case, not a city-wide issue (the help services can advise)
reason-not-municipal = The city cannot act on this
reason-duplicate = The same issue was already raised
reason-other = Another reason (see the note)
reason-reported = Reported by several people; waiting for a moderator
reason-restored = Restored by a moderator after review
report-offensive = It is offensive or hateful
report-personal-data = It shows someone's personal data
report-spam = It is advertising or spam
report-false = It is false or misleading
report-other = Something else

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = The moderator asked for changes
status-edited = Changed by the author
status-comment-published = Your comment was published
status-comment-rejected = Your comment was not published
status-comment-hidden = Your comment was hidden
