# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Deutsch
meta-direction = ltr

nav-skip = Zum Hauptinhalt springen
nav-label = Hauptmenü
nav-account = Mein Konto
nav-admin = Administration
nav-login = Anmelden
nav-logout = Abmelden
nav-register = Konto erstellen
nav-language = Sprache

footer-privacy = Chorus fragt nie nach Ihrer Staatsangehörigkeit, Ihrem Aufenthaltsstatus oder Ausweisdokumenten. Sie können Ihre Daten jederzeit herunterladen oder löschen.

role-resident = Einwohner*in
role-translator = Übersetzer*in
role-moderator = Moderator*in
role-council-member = Beiratsmitglied
role-official = Mitarbeiter*in der Stadt
role-admin = Administrator*in

moderation-pre = Prüfung vorher
moderation-post = Prüfung nachher
moderation-pre-explained = Jemand aus dem Moderationsteam prüft jeden neuen Beitrag, bevor andere ihn sehen können.
moderation-post-explained = Neue Beiträge sind sofort sichtbar; das Moderationsteam prüft sie danach.

policy-anonymize = Wenn jemand das eigene Konto löscht, bleiben die veröffentlichten Beiträge erhalten und werden anonym angezeigt.
policy-remove = Wenn jemand das eigene Konto löscht, wird alles entfernt, was die Person veröffentlicht hat.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Alltag und Arbeit
dimension-legal-political = Rechte und Mitbestimmung
dimension-cultural = Sprache und Kultur
dimension-other = Sonstiges
theme-employment = Arbeit und Selbstständigkeit
theme-qualifications = Anerkennung von Abschlüssen und Fähigkeiten
theme-education = Bildung und Schule
theme-housing = Wohnen und Nachbarschaft
theme-health = Gesundheit (auch psychische Gesundheit und Mutterschaft)
theme-welfare = Soziale Unterstützung und öffentliche Dienste
theme-family = Familie und Kinderbetreuung
theme-transport = Verkehr und Barrierefreiheit
theme-residence = Aufenthaltserlaubnis und Behördenpapiere
theme-participation = Politische Teilhabe und Staatsbürgerschaft
theme-discrimination = Diskriminierung, Rassismus und Sicherheit
theme-language-learning = Sprache lernen
theme-culture = Kultur, Religion und Zusammenleben
theme-other = Etwas anderes
theme-women = Frauen
theme-youth = Junge Menschen
theme-elderly = Ältere Menschen
theme-refugees = Geflüchtete und Asylsuchende
theme-newcomers = Neu Angekommene (weniger als ein Jahr hier)
theme-disability = Behinderung
theme-rural = Ländliche Gegenden
status-submitted = Wartet auf das Moderationsteam
status-published = Veröffentlicht
status-forwarded = An den Beirat weitergeleitet
status-answered = Antwort von der Stadt
status-resolved = Gelöst
status-rejected = Nicht veröffentlicht
status-merged = Mit einem anderen Anliegen zusammengelegt
status-hidden = Ausgeblendet

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Persönliche Daten entfernt
reason-personal-data = Es enthält persönliche Daten
reason-offensive = Es ist beleidigend oder hasserfüllt
reason-individual-case = Es ist ein persönlicher Fall, kein Anliegen für die ganze Stadt (die Beratungsstellen können helfen)
reason-not-municipal = Die Stadt kann hier nichts tun
reason-duplicate = Das gleiche Anliegen wurde schon eingebracht
reason-other = Ein anderer Grund (siehe Notiz)
reason-reported = Von mehreren Personen gemeldet; wartet auf das Moderationsteam
reason-restored = Nach Prüfung vom Moderationsteam wiederhergestellt
report-offensive = Es ist beleidigend oder hasserfüllt
report-personal-data = Es zeigt persönliche Daten von jemandem
report-spam = Es ist Werbung oder Spam
report-false = Es ist falsch oder irreführend
report-other = Etwas anderes

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Das Moderationsteam hat um Änderungen gebeten
status-edited = Von der Person geändert, die es geschrieben hat
status-comment-published = Ihr Kommentar wurde veröffentlicht
status-comment-rejected = Ihr Kommentar wurde nicht veröffentlicht
status-comment-hidden = Ihr Kommentar wurde ausgeblendet
