home-title = Reden Sie mit in Ihrer Stadt
home-intro = Mit Chorus können Sie Anliegen in Ihrer eigenen Sprache einbringen, bei Befragungen Ihres Migrationsbeirats mitmachen und sehen, was die Stadt daraus macht.
home-choose = Wählen Sie Ihre Stadt
home-none = Es wurde noch keine Stadt eingerichtet.
home-safety-title = Ihre Sicherheit
home-safety = Sie können einen ausgedachten Namen (Pseudonym) benutzen. Eine E-Mail-Adresse ist freiwillig. Wir fragen nie, woher Sie kommen oder welche Papiere Sie haben.

notice-account-deleted = Ihr Konto und Ihre persönlichen Daten wurden gelöscht.
notice-signed-out = Sie sind abgemeldet.

municipality-intro = Willkommen bei Chorus in { $name }.
municipality-your-roles = Sie machen hier mit als:
municipality-join = Bei { $name } mitmachen
municipality-register = Erstellen Sie ein Konto, um mitzumachen
municipality-languages = Sprachen
municipality-moderation = Wie Beiträge geprüft werden

team-title = Team
team-intro = Die Menschen, die hier übersetzen, moderieren, im Beirat sitzen oder für die Stadt antworten.
team-empty = Hier hat noch niemand eine Rolle im Team.
team-person = Person
team-role = Rolle
team-since = Seit

form-has-errors = Bitte korrigieren Sie Folgendes:

register-title = Konto erstellen
register-intro = Wählen Sie einen Namen, den andere sehen. Es muss nicht Ihr echter Name sein.
register-username = Benutzername
register-username-hint = 3 bis 32 Buchstaben oder Ziffern, in jedem Alphabet. Sie können auch - _ und . verwenden.
register-password = Passwort
register-password-hint = Mindestens 8 Zeichen. Ein kurzer Satz ist leicht zu merken und schwer zu erraten.
register-password-confirm = Passwort noch einmal eingeben
register-email = E-Mail (freiwillig)
register-email-hint = Nur dafür, dass Sie wieder in Ihr Konto kommen. Sie können das Feld leer lassen.
register-language = Sprache
register-municipality = Ihre Stadt (freiwillig)
register-municipality-none = Später wählen
register-privacy = Wir fragen nicht nach Ihrer Staatsangehörigkeit, Ihrem Aufenthaltsstatus oder Ihrem Ausweis, und wir speichern Ihre IP-Adresse nicht.
register-submit = Konto erstellen
register-have-account = Sie haben schon ein Konto?

code-title = Ihr Wiederherstellungscode
code-intro = Schreiben Sie diesen Code auf und bewahren Sie ihn an einem sicheren Ort auf. Nur mit ihm kommen Sie wieder in Ihr Konto, wenn Sie Ihr Passwort vergessen und keine E-Mail-Adresse haben.
code-keep-safe = Wir zeigen ihn nur einmal. Jeder Code funktioniert nur einmal; wenn Sie ihn benutzen, bekommen Sie einen neuen.
code-continue = Ich habe ihn aufgeschrieben

login-title = Anmelden
login-username = Benutzername
login-password = Passwort
login-submit = Anmelden
login-remember = Auf diesem Gerät angemeldet bleiben
login-remember-hint = Nur auf Ihrem eigenen Handy oder Computer. Auf einem Computer, den auch andere benutzen, kreuzen Sie das nicht an: Dort werden Sie nach ein paar Stunden ohne Aktivität abgemeldet.
login-notice-password-failures = Sie wurden abgemeldet, weil das aktuelle Passwort zu oft falsch eingegeben wurde. Bitte melden Sie sich wieder an.
login-no-account = Konto erstellen
login-forgot = Passwort vergessen? Nutzen Sie Ihren Wiederherstellungscode
login-have-reset-code = Ich habe einen Rücksetzcode von der Administration

recover-title = Wiederherstellungscode benutzen
recover-intro = Geben Sie Ihren Benutzernamen, den aufgeschriebenen Wiederherstellungscode und ein neues Passwort ein.
recover-code = Wiederherstellungscode
recover-code-hint = Zum Beispiel 7K2QD-M9XAT-4HBEW-PC0RN. Groß- oder Kleinbuchstaben: beides funktioniert.
recover-no-code = Kein Code? Fragen Sie einen Verein oder das Chorus-Team Ihrer Stadt: Nach einem persönlichen Treffen können sie Ihnen einen Rücksetzcode geben.

reset-title = Rücksetzcode benutzen
reset-intro = Jemand aus der Administration hat Ihnen nach einem Treffen einen Rücksetzcode gegeben. Geben Sie ihn mit Ihrem Benutzernamen und einem neuen Passwort ein.
reset-code = Rücksetzcode
reset-code-hint = Der Code gilt nur für begrenzte Zeit und funktioniert nur einmal.

account-title = Mein Konto
account-signed-in-as = Sie sind angemeldet als
account-roles = Wo Sie mitmachen
account-no-roles = Sie machen noch in keiner Stadt mit.
account-language = Sprache
account-language-label = Sprache der Seiten
account-language-save = Sprache speichern
account-security = Sicherheit
account-data = Ihre Daten
account-data-intro = Laden Sie alles herunter, was Chorus über Sie speichert, oder löschen Sie Ihr Konto.
account-export = Meine Daten herunterladen (JSON)

password-title = Passwort ändern
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-submit = Neues Passwort speichern
password-changed = Ihr Passwort wurde geändert. Auf Ihren anderen Geräten wurden Sie abgemeldet.
password-must-change = Sie haben sich mit einem Einmal-Passwort angemeldet. Bitte wählen Sie jetzt Ihr eigenes Passwort.

delete-title = Mein Konto löschen
delete-explained = Dabei werden Ihr Name, Ihre E-Mail-Adresse, Ihre Einstellungen und Rollen gelöscht. Das kann man nicht rückgängig machen. Je nach den Regeln Ihrer Stadt bleibt das, was Sie veröffentlicht haben, anonym erhalten oder wird entfernt.
delete-export-first = Vielleicht möchten Sie vorher Ihre Daten herunterladen.
delete-password = Mit Ihrem Passwort bestätigen
delete-submit = Mein Konto endgültig löschen

admin-title = Administration
admin-municipalities = Städte
admin-municipality-new = Stadt hinzufügen
admin-municipality-edit = Stadt bearbeiten
admin-municipality-name = Name
admin-municipality-slug = Name in der Webadresse
admin-municipality-slug-hint = Kleinbuchstaben, Ziffern und Bindestriche, z. B. porto-sereno. Dieser Name erscheint in Links.
admin-municipality-languages = Sprachen
admin-municipality-default-language = Standardsprache
admin-municipality-moderation = Moderation
admin-municipality-policy = Wenn ein Konto gelöscht wird
admin-actions = Aktionen
admin-edit = Bearbeiten: { $name }
admin-save = Speichern
admin-users = Konten
admin-users-search = Konto nach Benutzername suchen
admin-users-search-submit = Suchen
admin-users-none = Kein Konto gefunden.
admin-user-since = Mitglied seit
admin-role-municipality = Stadt
admin-role-grant = Rolle geben
admin-role-revoke = Rolle entfernen
admin-admin-grant = Administrationsrechte geben
admin-admin-revoke = Administrationsrechte entfernen
admin-reset-title = Passwort zurücksetzen
admin-reset-explained = Nur wenn Sie die Person getroffen haben und sicher sind, dass das Konto ihr gehört: Erstellen Sie einen einmaligen Rücksetzcode und geben Sie ihn der Person. Er läuft nach ein paar Tagen ab.
admin-reset-issue = Rücksetzcode erstellen
admin-reset-issued = Geben Sie diesen Code der Person. Er wird nur jetzt angezeigt.

# Issues: raising, listing and reading them.
municipality-issues = Anliegen aus dieser Stadt ansehen
municipality-raise = Anliegen einbringen
issues-title = Anliegen
issues-filter = Filtern und sortieren
issues-any = Alle
issues-status = Status
issues-language = Geschrieben auf
issues-sort = Reihenfolge
issues-sort-newest = Neueste zuerst
issues-sort-supported = Meiste Unterstützung zuerst
issues-apply = Anzeigen
issues-none = Keine passenden Anliegen. Sie können das erste einbringen.
issues-more = Mehr Anliegen anzeigen
issue-new-title = Anliegen einbringen
issue-new-intro = Schreiben Sie in jeder Sprache. Beschreiben Sie das Problem und, wenn Sie können, was helfen würde. Schreiben Sie keine Namen, Adressen oder andere persönliche Daten.
issue-field-title = Titel
issue-field-title-hint = Ein kurzer Satz, 5 bis 150 Zeichen.
issue-field-body = Worum geht es?
issue-field-body-hint = Mindestens 20 Zeichen. Sagen Sie, wer betroffen ist und wo.
issue-field-theme = Thema
issue-field-theme-choose = Thema wählen
issue-field-tags = Wer ist besonders betroffen? (freiwillig)
issue-field-neighbourhood = Stadtteil (freiwillig)
issue-field-neighbourhood-none = Ganze Stadt
issue-field-anonymous = Mich anonym zeigen (die Öffentlichkeit sieht meinen Namen nicht)
issue-continue = Weiter
issue-confirm-preview = Ihr Anliegen
issue-confirm-language = Sprache Ihres Textes
issue-confirm-detected = Wir glauben, Sie haben auf { $language } geschrieben. Wenn nicht, wählen Sie die richtige Sprache.
issue-confirm-not-detected = Bitte wählen Sie die Sprache, in der Sie geschrieben haben.
issue-similar-title = Ähnliche Anliegen
issue-similar-intro = Vielleicht hat jemand das schon eingebracht. Sie können stattdessen dieses Anliegen unterstützen oder Ihr eigenes senden.
issue-submit = Mein Anliegen senden
issue-edit = Meinen Text ändern
issue-submitted-public = Danke. Ihr Anliegen ist veröffentlicht.
issue-submitted-waiting = Danke. Das Moderationsteam prüft Ihr Anliegen bald; Sie erfahren das Ergebnis in Ihrem Konto.
issue-by = Eingebracht von
issue-anonymous-to-public = für die Öffentlichkeit anonym
issue-by-anonymous = Anonym eingebracht
issue-written-in = Geschrieben auf { $language }
issue-supports = { $count ->
    [one] { $count } Unterstützer*in
   *[other] { $count } Unterstützer*innen
}
issue-support = Ich unterstütze das
issue-you-support = Sie unterstützen dieses Anliegen.
issue-withdraw = Meine Unterstützung zurückziehen
issue-sign-in-to-support = Melden Sie sich an, um dieses Anliegen zu unterstützen
issue-timeline = Was bisher passiert ist

# Moderation, reports and notifications.
moderation-title = Warteschlange der Moderation
moderation-intro = Neue und gemeldete Anliegen, die ältesten zuerst. Jede Entscheidung wird mit ihrem Grund gespeichert.
moderation-empty = Gerade wartet nichts. Vielen Dank!
moderation-reported = Gemeldet:
moderation-publish = Veröffentlichen
moderation-restore = Wiederherstellen
moderation-dismiss-reports = Öffentlich lassen (Meldungen zurückweisen)
moderation-reason = Grund (nötig zum Ablehnen oder Ausblenden)
moderation-reason-choose = Grund wählen
moderation-note = Notiz an die Person, die es geschrieben hat (freiwillig)
moderation-reject = Ablehnen
moderation-hide = Ausblenden
moderation-merge-into = Nummer des Anliegens, das hier wiederholt wird
moderation-merge = Zusammenlegen
moderation-redact = Persönliche Daten entfernen
moderation-redact-intro = Ersetzen Sie Namen, Adressen, Telefonnummern und andere persönliche Angaben durch […]. Der ursprüngliche Text wird nur für die Administration aufbewahrt.
moderation-redact-save = Korrigierten Text speichern
notifications-title = Benachrichtigungen
notifications-none = Noch nichts Neues. Neuigkeiten zu Ihren Anliegen erscheinen hier.
notifications-new = Neu
notifications-mark-read = Alle als gelesen markieren
notification-unavailable = Ein Anliegen, dem Sie folgen, ist nicht mehr öffentlich.
notifications-unread = { $count ->
    [one] { $count } neue
   *[other] { $count } neue
}
report-title = Dieses Anliegen melden
report-reason = Was stimmt nicht?
report-submit = Meldung senden
report-thanks = Danke. Jemand aus dem Moderationsteam sieht es sich an.
report-thanks-hidden = Danke. Das Anliegen bleibt ausgeblendet, bis jemand aus dem Moderationsteam es angesehen hat.
issue-merged-into = Dieses Anliegen wurde mit einem anderen zum gleichen Problem zusammengelegt:
redactions-title = Entfernte persönliche Daten (nur für die Administration)
redacted-issue-title = Titel
redacted-issue-body = Beschreibung
redacted-comment = Kommentar
redacted-answer = Offizielle Antwort

# The audit log.
audit-title = Protokoll der Entscheidungen
audit-intro = Alle Entscheidungen von Moderation und Administration in dieser Stadt: wer, was, wann und warum.
audit-filter = Anzeigen
audit-filter-issues = Entscheidungen zu Anliegen
audit-filter-roles = Vergebene und entfernte Rollen
audit-filter-municipality = Einstellungen der Stadt
audit-filter-all = Alles
audit-empty = Noch nichts gespeichert.
audit-when = Wann
audit-who = Wer
audit-what = Was
audit-why = Details

# Translation.
translate-title = Übersetzungen
translate-intro = Veröffentlichte Anliegen, die es noch nicht in allen Sprachen dieser Stadt gibt, die ältesten zuerst. Maschinelle Übersetzungen warten darauf, dass ein Mensch sie prüft.
translate-empty = Alles ist übersetzt. Vielen Dank!
translate-machine-waiting = maschinelle Übersetzung, noch zu prüfen
translate-into = Auf { $language } übersetzen
translate-original = Original ({ $language })
translate-yours = Ihre Übersetzung
translate-review-machine = Das ist eine maschinelle Übersetzung. Korrigieren Sie sie, wenn nötig, und speichern Sie: Dann gilt sie als geprüft.
translate-save = Übersetzung speichern
translation-machine = maschinelle Übersetzung
translation-volunteer = ehrenamtlich übersetzt
translation-machine-from = Maschinell übersetzt. Originalsprache: { $language }
translation-volunteer-from = Ehrenamtlich übersetzt. Originalsprache: { $language }
translation-show-original = Original anzeigen
translation-show-translation = Übersetzung anzeigen

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Ein Kommentar
   *[other] { $count } Kommentare
}
comment-field-body = Ihr Kommentar
comment-field-body-hint = In jeder Sprache. Seien Sie freundlich und schreiben Sie keine persönlichen Daten.
comment-submit = Kommentar senden
comment-sign-in = Melden Sie sich an, um zu kommentieren
comment-report = Diesen Kommentar melden
comment-deleted-account = Gelöschtes Konto
comment-published = Danke. Ihr Kommentar ist veröffentlicht.
comment-waiting = Danke. Das Moderationsteam prüft Ihren Kommentar bald.
comment-reported = Danke. Jemand aus dem Moderationsteam sieht sich diesen Kommentar an.
field-language = Sprache Ihres Textes
field-language-detect = Automatisch erkennen
answer-title = Antwort von der Stadt
answer-official = Offizielle Antwort
answer-department = Zuständige Abteilung
answer-expected = Erwartet bis
answer-field-body = Offizielle Antwort
answer-field-body-hint = Schreiben Sie in Ihrer Sprache; die Antwort wird für die Einwohnerinnen und Einwohner übersetzt.
answer-field-department = Zuständige Abteilung (freiwillig)
answer-field-expected = Erwartetes Datum (freiwillig)
answer-field-expected-hint = Jahr-Monat-Tag, zum Beispiel 2027-03-31.
answer-field-resolved = Mit dieser Antwort ist das Anliegen gelöst
answer-submit = Antwort veröffentlichen
answer-posted = Die Antwort ist veröffentlicht. Wer das Anliegen eingebracht oder unterstützt hat, wird benachrichtigt.
city-title = Für die Stadt
city-forward = An den Beirat weiterleiten
city-resolve = Als gelöst markieren
issue-forwarded = Das Anliegen wurde an den Beirat weitergeleitet.
issue-edit-requested = Das Moderationsteam bittet Sie, dieses Anliegen zu ändern. Erst dann kann es veröffentlicht werden.
issue-edit-now = Jetzt ändern
issue-edit-title = Ihr Anliegen ändern
issue-edit-asked = Das Moderationsteam bittet um diese Änderungen:
issue-edit-save = Speichern und an das Moderationsteam senden
issue-edited = Danke. Ihre Änderungen gehen an das Moderationsteam.
moderation-ask-edit = Um Änderungen bitten
moderation-issues = Anliegen
moderation-comments = Kommentare
moderation-comment-on = Kommentar zum Anliegen
help-title = Hilfe in Ihrer eigenen Situation
help-intro = Diese Beratungsstellen helfen Menschen bei ihren eigenen Fragen: Papiere, Sozialleistungen, Wohnen, Arbeit, Gesundheit. Sie sprechen die angezeigten Sprachen.
help-nothing-stored = Nichts, was Sie auf dieser Seite tun, wird gespeichert oder veröffentlicht.
help-none = Diese Stadt hat noch keine Beratungsstellen eingetragen.
help-languages = Gesprochene Sprachen:
help-contact = So erreichen Sie sie:
help-raise-instead = Haben viele Menschen dieses Problem? Dann bringen Sie lieber ein Anliegen ein.
help-link = Ich brauche Hilfe in meiner eigenen Situation
help-question = Geht es um Ihre eigene Situation?
help-question-explained = Bei einem Problem mit Ihren Papieren, einer Sozialleistung, Ihrer Vermieterin oder Ihrem Vermieter oder Ihrer Arbeit kann eine Beratungsstelle Sie persönlich beraten. Die Anliegen hier sind für Probleme, die viele Menschen haben.
issues-search = Anliegen suchen
issues-search-button = Suchen
issues-search-results = Anliegen zu „{ $query }“
issues-sort-answered = Zuletzt beantwortet
translate-kind-issue = Anliegen
translate-kind-answer = Offizielle Antwort
translate-kind-comment = Kommentar
translate-text = Text
taxonomy-title = Themen und Stadtteile
taxonomy-intro = Daraus wählen die Einwohnerinnen und Einwohner, wenn sie ein Anliegen einbringen. Geben Sie einem Thema einen eigenen Namen, oder lassen Sie den Namen leer: Dann wird der übersetzte Standardname verwendet.
taxonomy-categories = Themen
taxonomy-tags = Besonders betroffene Gruppen
taxonomy-neighbourhoods = Stadtteile
taxonomy-rename = Umbenennen
taxonomy-remove = Entfernen
taxonomy-add = Hinzufügen
taxonomy-add-category = Thema hinzufügen
taxonomy-add-tag = Neue Gruppe
taxonomy-add-neighbourhood = Neuer Stadtteil
taxonomy-dimension = Gehört zu
taxonomy-dimension-choose = Wählen
taxonomy-name = Name
taxonomy-name-hint = Wird in jeder Sprache genau so angezeigt, wie es geschrieben ist.
services-title = Beratungsstellen
services-intro = Stellen auf der Hilfeseite der Stadt, für Menschen mit einer Frage zu ihrer eigenen Situation.
services-public-page = Öffentliche Seite ansehen
services-add = Beratungsstelle hinzufügen
services-edit = Ändern
services-name = Name
services-description = Wobei sie helfen
services-languages = Sprachen, die dort gesprochen werden
services-contact = So erreicht man sie
services-contact-hint = Adresse, Öffnungszeiten, Telefon, Website.
issue-support-on-telegram = Über Telegram unterstützen
issue-voice-transcribe-title = Sprachnachricht aufschreiben
issue-voice-back = Zurück zur Warteschlange der Moderation
issue-voice-saved = Gespeichert. Das Moderationsteam kann das Anliegen jetzt veröffentlichen.
issue-voice-note = { $seconds ->
    [one] Sprachnachricht, { $seconds } Sekunde
   *[other] Sprachnachricht, { $seconds } Sekunden
}
issue-voice-transcribe-hint = Hören Sie zu und schreiben Sie dann den Titel und den Text in der gesprochenen Sprache. Lassen Sie Namen, Adressen und alles andere weg, woran man eine Person erkennen kann.
issue-voice-language = Gesprochene Sprache
issue-voice-save = Abschrift speichern
issue-voice-untranscribed = Noch nicht aufgeschrieben
issue-voice-transcribe = Aufschreiben, was gesagt wird
issue-voice-placeholder-title = Sprachnachricht
issue-voice-placeholder-body = Dieses Anliegen kam als Sprachnachricht. Ehrenamtliche schreiben es auf.
account-telegram = Telegram
account-telegram-intro = Nutzen Sie Chorus mit diesem Konto auch über Telegram: Holen Sie sich hier einen Code und senden Sie ihn an @{ $bot }.
account-telegram-link = Code zum Verbinden mit Telegram holen
account-telegram-code = Senden Sie innerhalb von 10 Minuten /link { $code } an den Bot. Der Code funktioniert nur einmal.
account-telegram-open = Den Bot mit diesem Code öffnen
