error-title-not-found = Seite nicht gefunden
error-title-forbidden = Nicht erlaubt
error-title-bad-request = Mit der Anfrage stimmt etwas nicht
error-title-internal = Etwas ist schiefgelaufen
error-not-found = Wir konnten diese Seite nicht finden. Vielleicht wurde sie verschoben oder gelöscht.
error-forbidden = Ihr Konto darf diese Seite nicht sehen.
error-unauthorized = Bitte melden Sie sich zuerst an.
error-csrf = Dieses Formular ist abgelaufen oder wurde von einer anderen Website gesendet. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal. Für Formulare braucht Chorus erlaubte Cookies.
error-too-many-requests = Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.
error-too-large = Was Sie gesendet haben, ist zu groß.
error-bad-request = Wir konnten diese Anfrage nicht verstehen.
error-method-not-allowed = Diese Adresse nimmt diese Art von Anfrage nicht an.
error-timeout = Das hat zu lange gedauert. Bitte versuchen Sie es noch einmal.
error-validation = Einige Felder müssen korrigiert werden.
error-internal = Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später noch einmal.
error-database = Die Datenbank ist nicht erreichbar.
error-code = Fehler { $status }
error-go-home = Zur Startseite

username-required = Bitte wählen Sie einen Benutzernamen.
username-too-short = Der Benutzername braucht mindestens 3 Zeichen.
username-too-long = Der Benutzername darf höchstens 32 Zeichen haben.
username-invalid-characters = Verwenden Sie nur Buchstaben, Ziffern, - _ und . (am Anfang ein Buchstabe oder eine Ziffer).
username-reserved = Dieser Name ist reserviert. Bitte wählen Sie einen anderen.
username-taken = Dieser Benutzername ist schon vergeben. Bitte wählen Sie einen anderen.
username-mixed-scripts = Bitte verwenden Sie Buchstaben aus nur einem Alphabet (Ziffern, - _ und . sind erlaubt).
username-too-similar = Dieser Name sieht einem vorhandenen Namen zu ähnlich. Bitte wählen Sie einen anderen.

password-required = Bitte wählen Sie ein Passwort.
password-too-short = Das Passwort braucht mindestens 8 Zeichen.
password-too-long = Das Passwort ist zu lang.
password-same-as-username = Das Passwort darf nicht Ihr Benutzername sein.
password-too-common = Dieses Passwort ist zu häufig und leicht zu erraten. Versuchen Sie ein paar Wörter, die Ihnen etwas bedeuten.
password-mismatch = Die beiden Passwörter sind nicht gleich.
password-wrong = Dieses Passwort ist nicht richtig.

email-invalid = Das sieht nicht wie eine E-Mail-Adresse aus. Sie können das Feld auch leer lassen.
language-unknown = Bitte wählen Sie eine Sprache aus der Liste.
role-unknown = Unbekannte Rolle.
code-invalid = Dieser Code ist ungültig, abgelaufen oder wurde schon benutzt.

login-failed = Die Anmeldung hat nicht geklappt. Prüfen Sie Benutzername und Passwort. Nach mehreren falschen Versuchen müssen Sie für die Anmeldung von einem neuen Gerät ein paar Minuten warten; Ihr Wiederherstellungscode funktioniert immer.
login-one-time-expired = Dieses Einmal-Passwort ist abgelaufen. Bitte fragen Sie die Administration nach einem neuen Rücksetzcode.

municipality-unknown = Bitte wählen Sie eine Stadt aus der Liste.
municipality-name-invalid = Der Name braucht 2 bis 100 Zeichen.
municipality-slug-invalid = Verwenden Sie 2 bis 40 Kleinbuchstaben, Ziffern und Bindestriche.
municipality-slug-taken = Eine andere Stadt verwendet diesen Namen für die Webadresse schon.
municipality-languages-required = Wählen Sie mindestens eine Sprache.
municipality-default-language-invalid = Die Standardsprache muss eine der gewählten Sprachen sein.
municipality-moderation-invalid = Wählen Sie, wie Beiträge geprüft werden.
municipality-policy-invalid = Wählen Sie, was passiert, wenn ein Konto gelöscht wird.

account-last-admin = Dies ist das letzte Konto mit Administrationsrechten. Geben Sie zuerst einer anderen Person Administrationsrechte.

# Issues.
issue-title-required = Bitte schreiben Sie einen Titel.
issue-title-too-short = Der Titel braucht mindestens 5 Zeichen.
issue-title-too-long = Der Titel darf höchstens 150 Zeichen haben.
issue-body-required = Bitte beschreiben Sie Ihr Anliegen.
issue-body-too-short = Bitte schreiben Sie mindestens 20 Zeichen.
issue-body-too-long = Die Beschreibung darf höchstens 5000 Zeichen haben.
issue-theme-required = Bitte wählen Sie ein Thema aus der Liste.
issue-tag-unknown = Bitte wählen Sie aus der Liste.
issue-neighbourhood-unknown = Bitte wählen Sie einen Stadtteil aus der Liste.
issue-lang-required = Bitte wählen Sie die Sprache, in der Sie geschrieben haben.

# Moderation.
moderation-reason-required = Bitte wählen Sie einen Grund.
moderation-note-too-long = Die Notiz darf höchstens 1000 Zeichen haben.
moderation-merge-target-invalid = Geben Sie die Nummer eines anderen veröffentlichten Anliegens dieser Stadt an.
moderation-not-allowed = Das ist beim aktuellen Stand dieses Anliegens nicht möglich.
report-reason-required = Bitte wählen Sie, was nicht stimmt.

# Translation.
translation-required = Bitte schreiben Sie die Übersetzung.
translation-source-changed = Der Originaltext wurde geändert, während Sie übersetzt haben (zum Beispiel wurden persönliche Daten entfernt). Bitte vergleichen Sie Ihre Übersetzung mit dem Text, wie er jetzt ist.
translation-too-long = Das ist zu lang.

# Participation.
comment-required = Bitte schreiben Sie Ihren Kommentar.
comment-too-short = Der Kommentar ist zu kurz.
comment-too-long = Der Kommentar darf höchstens 2000 Zeichen haben.
answer-required = Bitte schreiben Sie die Antwort.
answer-too-short = Die Antwort braucht mindestens 10 Zeichen.
answer-too-long = Die Antwort darf höchstens 5000 Zeichen haben.
answer-department-too-long = Der Name der Abteilung darf höchstens 120 Zeichen haben.
answer-date-invalid = Geben Sie ein echtes Datum ein, in der Form Jahr-Monat-Tag (zum Beispiel 2027-03-31).
status-change-not-allowed = Das Anliegen kann jetzt nicht in diesen Status wechseln.
issue-edit-not-requested = Niemand hat darum gebeten, dieses Anliegen zu ändern.
taxonomy-name-required = Bitte geben Sie einen Namen ein.
taxonomy-name-too-long = Der Name darf höchstens 80 Zeichen haben.
taxonomy-name-taken = Dieser Name wird schon verwendet.
taxonomy-dimension-required = Bitte wählen Sie, wozu die Kategorie gehört.
taxonomy-category-in-use = Anliegen verwenden diese Kategorie, deshalb kann sie nicht entfernt werden. Benennen Sie sie stattdessen um.
service-name-invalid = Geben Sie einen Namen mit 2 bis 120 Zeichen ein.
service-description-too-long = Die Beschreibung darf höchstens 1000 Zeichen haben.
service-contact-invalid = Geben Sie Kontaktdaten mit 2 bis 500 Zeichen ein.
service-languages-invalid = Wählen Sie mindestens eine Sprache, die dort gesprochen wird.
posting-too-often = Sie haben in der letzten Stunde viel veröffentlicht. Bitte warten Sie ein wenig, bevor Sie wieder etwas veröffentlichen; Ihr Text bleibt unten erhalten.
issue-voice-too-large = Diese Sprachnachricht ist zu lang. Bitte sprechen Sie weniger als zwei Minuten.
issue-voice-empty = Die Sprachnachricht ist leer.
issue-voice-not-waiting = Dieses Anliegen wartet nicht mehr auf die Moderation.
moderation-transcribe-first = Schreiben Sie auf, was in der Sprachnachricht gesagt wird, bevor Sie das Anliegen veröffentlichen.
