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
