# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Sprache und Stadt wählen
bot-command-new = Anliegen einbringen
bot-command-my = Meine Anliegen und ihr Stand
bot-command-settings = Welche Benachrichtigungen ich bekomme
bot-command-language = Sprache ändern
bot-command-help = Was dieser Bot kann
bot-command-cancel = Abbrechen, was ich gerade mache
bot-command-link = Mit meinem Konto auf der Website verbinden
bot-command-export = Meine Daten herunterladen
bot-command-delete = Meine Daten löschen
bot-help-intro = Mit Chorus können Sie Anliegen bei Ihrer Stadt einbringen und verfolgen, was daraus wird. Sie bleiben anonym: Der Bot speichert nur die Nummer dieses Chats und Ihre Auswahl. Befehle:

## Start
bot-choose-language = Welche Sprache möchten Sie benutzen?
bot-language-chosen = Sprache: { $language }
bot-choose-municipality = In welcher Stadt wohnen Sie?
bot-municipality-chosen = Stadt: { $municipality }

## Menu
bot-menu-intro = Was möchten Sie tun?
bot-menu-new = Anliegen einbringen
bot-menu-my = Meine Anliegen
bot-menu-settings = Benachrichtigungen
bot-menu-help = Hilfe
bot-cancelled = Abgebrochen. Es wurde nichts gesendet.
bot-cancel = Abbrechen

## Raising an issue
bot-issue-choose-theme = Worum geht es in Ihrem Anliegen? ({ $municipality })
bot-issue-ask-title = Schreiben Sie einen kurzen Titel für Ihr Anliegen (5 bis 150 Zeichen).
bot-issue-ask-body = Beschreiben Sie jetzt das Anliegen mit Ihren eigenen Worten, in jeder Sprache (mindestens 20 Zeichen).
bot-issue-similar = Es gibt schon ein ähnliches Anliegen: { $title } (Unterstützungen: { $supports }). Sie können stattdessen dieses unterstützen oder mit Ihrem weitermachen.
bot-issue-confirm = Bitte prüfen Sie Ihr Anliegen, bevor Sie es senden: { $title }. Sprache: { $language }.
bot-issue-language-unknown = nicht erkannt – bitte wählen
bot-issue-post = Senden
bot-issue-change-language = Sprache wählen
bot-issue-choose-language = In welcher Sprache haben Sie geschrieben?
bot-issue-anonymous-on = Anonym: ja
bot-issue-anonymous-off = Anonym: nein
bot-issue-cancelled = Ihr Anliegen wurde nicht gesendet.
bot-issue-submitted = Danke. Ihr Anliegen (Nummer { $id }) wurde gesendet. Das Moderationsteam prüft es, bevor es veröffentlicht wird.
bot-issue-published = Danke. Ihr Anliegen (Nummer { $id }) ist veröffentlicht.
bot-issue-card = { $title } (Unterstützungen: { $supports })
bot-support = Dieses Anliegen unterstützen
bot-supported = Danke für Ihre Unterstützung
bot-supported-issue = Sie unterstützen: { $title }
bot-open-portal = Auf der Website öffnen
bot-voice-where = Um ein Anliegen mit einer Sprachnachricht einzubringen, beginnen Sie mit /new und wählen Sie ein Thema.
bot-voice-confirm = Ihre Sprachnachricht ({ $seconds } Sekunden). Sprache: { $language }. Ehrenamtliche schreiben sie auf, bevor sie veröffentlicht wird.
bot-voice-submitted = Danke. Ihre Sprachnachricht (Anliegen Nummer { $id }) wurde gesendet. Ehrenamtliche schreiben sie auf, dann prüft das Moderationsteam das Anliegen.

## My issues
bot-my-none = Sie haben noch kein Anliegen eingebracht.
bot-my-title = { $count ->
    [one] Ihr Anliegen:
   *[other] Ihre { $count } Anliegen:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Neues zu { $title }: { $status }
bot-notice-ballot = Die Ergebnisse einer Abstimmung, bei der Sie mitgemacht haben, sind veröffentlicht: { $title }
bot-notice-consultation = Die Ergebnisse einer Befragung, bei der Sie mitgemacht haben, sind veröffentlicht: { $title }
bot-notice-ballot-opened = Eine neue Abstimmung ist offen: { $title }
bot-notice-consultation-opened = Eine neue Befragung ist offen: { $title }
bot-settings-intro = Wählen Sie, welche Benachrichtigungen Sie bekommen. Tippen Sie auf einen Button, um sie ein- oder auszuschalten.
bot-settings-on = { $what }: an
bot-settings-off = { $what }: aus
bot-settings-saved = Gespeichert
bot-settings-issue = Meine Anliegen und die Anliegen, die ich unterstütze
bot-settings-ballot = Abstimmungen
bot-settings-consultation = Befragungen
bot-settings-summary = Zusammenfassungen des Beirats und Antworten

## My data
bot-export-caption = Alles, was Chorus über Sie speichert.
bot-delete-confirm = Ihr Konto und Ihre Daten löschen? Ihre Anliegen und Kommentare werden entfernt oder bleiben anonym erhalten, so wie Ihre Stadt es entschieden hat. Das kann man nicht rückgängig machen.
bot-delete-yes = Ja, löschen
bot-delete-no = Nein, behalten
bot-delete-kept = Es wurde nichts gelöscht.
bot-delete-done = Ihre Daten wurden gelöscht. Wenn Sie wieder schreiben, beginnen Sie mit einem neuen, leeren Konto.
bot-link-ask = Um Ihr Konto von der Website hier zu nutzen, holen Sie sich auf der Kontoseite der Website einen Code. Senden Sie dann /link und den Code.
bot-link-done = Dieser Chat nutzt jetzt Ihr Konto { $name }.
bot-link-wrong = Dieser Code ist falsch oder abgelaufen. Holen Sie sich auf der Website einen neuen.
bot-link-has-content = Dieser Chat hat schon mitgemacht (Anliegen, Unterstützungen, Abstimmungen oder Antworten). Deshalb kann er nicht mit einem anderen Konto verbunden werden. Sie können seine Daten vorher mit /export herunterladen oder mit /delete löschen.

## When something does not fit
bot-use-buttons = Bitte nutzen Sie die Buttons oben, oder /cancel zum Abbrechen.
bot-only-text = Entschuldigung, ich kann hier nur Textnachrichten lesen.
bot-edit-ignored = Wenn Sie eine schon gesendete Nachricht ändern, ändert das nicht, was ich bekommen habe. Senden Sie stattdessen eine neue Nachricht.
bot-unknown-command = Diesen Befehl kenne ich nicht. Unter /help steht, was ich kann.
bot-button-expired = Dieser Button gilt nicht mehr.
bot-unknown-button = Dieser Button gilt nicht mehr.
bot-not-found = Das gibt es nicht mehr, oder es ist nicht öffentlich.
bot-not-allowed = Das dürfen Sie nicht.
bot-too-many = Zu viele Versuche. Bitte warten Sie kurz und versuchen Sie es dann noch einmal.
bot-too-large = Das ist zu groß.
bot-error = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später noch einmal.

## Consultations
bot-command-consultations = Offene Befragungen: Fragebögen und Aussagenrunden
bot-menu-consultations = Befragungen
bot-consultations-title = Offene Befragungen in { $municipality }. Wählen Sie eine:
bot-consultations-none = In { $municipality } gibt es gerade keine offene Befragung.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Beantworten Sie eine Frage nach der anderen. Sie können eine Frage überspringen, speichern und später weitermachen und Ihre Antworten am Ende abgeben.
bot-consultation-resume = Sie haben früher schon Antworten gespeichert. Wir machen dort weiter, wo Sie aufgehört haben.
bot-consultation-change = Sie haben Ihre Antworten schon abgegeben. Sie können sie ändern, bis die Befragung endet.
bot-consultation-question = Frage { $n } von { $total }
bot-consultation-required = Für die Abgabe ist eine Antwort nötig.
bot-consultation-choose-one = Wählen Sie eine Antwort.
bot-consultation-choose-many = Drücken Sie auf die Antworten, um sie zu wählen (noch einmal drücken hebt die Wahl auf), dann auf „Weiter“.
bot-consultation-scale = Wählen Sie von 1 bis 5. 1 heißt: { $low }. 5 heißt: { $high }.
bot-consultation-rank = Drücken Sie die Antworten der Reihe nach: zuerst die, die Ihnen am liebsten ist. Sie können auch Antworten weglassen. Dann drücken Sie „Weiter“.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Rangfolge neu beginnen
bot-consultation-write = Schreiben Sie Ihre Antwort in eine Nachricht (höchstens { $max } Zeichen).
bot-consultation-your-answer = Ihre bisherige Antwort: { $answer }
bot-consultation-next = Weiter
bot-consultation-skip = Überspringen
bot-consultation-review = Das war die letzte Frage. Geben Sie Ihre Antworten jetzt ab, oder speichern Sie sie und machen Sie später weiter.
bot-statement-original = Original ({ $language }): { $text }
bot-statement-ask = Schreiben Sie Ihre Aussage in eine Nachricht.
bot-statements-done = Für jetzt aufhören
bot-statements-thanks = Danke, dass Sie mitmachen. Sie können zu dieser Runde zurückkommen, bis sie endet.
## Votes
bot-command-votes = Über Prioritäten abstimmen
bot-menu-votes = Abstimmungen
bot-votes-intro = Offene Abstimmungen in { $municipality }. Wählen Sie eine:
bot-votes-none = In { $municipality } gibt es gerade keine offene Abstimmung.
bot-vote-rank-rule = Drücken Sie die Optionen in der Reihenfolge, die Sie bevorzugen, Ihre erste Wahl zuerst. Sie können Optionen auslassen.
bot-vote-picked = Bisher gewählt: { $count }
bot-vote-budget-left = Verbleibendes Budget: { $left } von { $budget }
bot-vote-points-left = Verbleibende Punkte: { $left } von { $total }
bot-vote-order = Ihre Reihenfolge bisher:
bot-vote-nothing = Noch nichts gewählt.
bot-vote-undo = Letzte Wahl zurücknehmen
bot-vote-continue = Weiter
bot-vote-confirm = Bitte prüfen Sie Ihre Stimme, bevor Sie sie abgeben:
bot-vote-cast = Stimme abgeben
bot-vote-change = Ändern
bot-vote-cancelled = Abgebrochen. Ihre Stimme wurde nicht abgegeben.
bot-vote-receipt = Ihr Belegcode: { $code }
bot-vote-receipt-explained = Bewahren Sie diesen Code auf: Er wird nur einmal angezeigt. Wenn die Ergebnisse veröffentlicht sind, können Sie damit prüfen, dass Ihre Stimme so gezählt wurde, wie Sie sie abgegeben haben. Niemand sonst kann ihn mit Ihnen verbinden.
bot-vote-receipt-hash = In der veröffentlichten Liste ist Ihre Stimme die Zeile mit: { $hash }
bot-vote-ask-receipt = Um Ihre Stimme zu ändern, senden Sie den Belegcode Ihrer früheren Stimme (oder /cancel zum Abbrechen).
bot-notice-summary = Neuigkeiten zu einer Empfehlung des Beirats: { $title }
bot-notice-summary-answered = Die Stadt hat eine Empfehlung beantwortet, zu der Sie beigetragen haben: { $title }
bot-notice-summary-done = Eine Empfehlung, zu der Sie beigetragen haben, ist erledigt: { $title }
bot-notice-summary-dropped = Eine Empfehlung, zu der Sie beigetragen haben, wurde aufgegeben: { $title }
bot-notice-summary-overdue = Die Frist einer Empfehlung ist abgelaufen: { $title }
bot-notice-summary-forwarded = Eine Zusammenfassung des Beirats wurde an die Stadt weitergeleitet: { $title }
