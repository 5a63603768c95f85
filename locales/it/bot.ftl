# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Scegli la lingua e la città
bot-command-new = Segnala un problema
bot-command-my = Le mie segnalazioni e a che punto sono
bot-command-settings = Quali notifiche ricevo
bot-command-language = Cambia la lingua
bot-command-help = Cosa sa fare questo bot
bot-command-cancel = Interrompi quello che sto facendo
bot-command-link = Collega al mio account sul sito
bot-command-export = Scarica i miei dati
bot-command-delete = Cancella i miei dati
bot-help-intro = Con Chorus puoi segnalare problemi alla tua città e seguire cosa succede. Resti in forma anonima: il bot conserva solo il numero di questa chat e le tue scelte. Comandi:

## Start
bot-choose-language = Quale lingua vuoi usare?
bot-language-chosen = Lingua: { $language }
bot-choose-municipality = In quale città vivi?
bot-municipality-chosen = Città: { $municipality }

## Menu
bot-menu-intro = Cosa vuoi fare?
bot-menu-new = Segnala un problema
bot-menu-my = Le mie segnalazioni
bot-menu-settings = Notifiche
bot-menu-help = Aiuto
bot-cancelled = Interrotto. Non è stato inviato niente.
bot-cancel = Annulla

## Raising an issue
bot-issue-choose-theme = Di cosa parla la tua segnalazione? ({ $municipality })
bot-issue-ask-title = Scrivi un titolo breve per la tua segnalazione (da 5 a 150 caratteri).
bot-issue-ask-body = Ora descrivi il problema con parole tue, nella lingua che vuoi (almeno 20 caratteri).
bot-issue-similar = Esiste già una segnalazione simile: { $title } (sostegni: { $supports }). Puoi sostenere quella, oppure continuare con la tua.
bot-issue-confirm = Controlla la tua segnalazione prima di inviarla: { $title }. Lingua: { $language }.
bot-issue-language-unknown = non riconosciuta — sceglila tu
bot-issue-post = Invia
bot-issue-change-language = Scegli la lingua
bot-issue-choose-language = In quale lingua hai scritto?
bot-issue-anonymous-on = In forma anonima: sì
bot-issue-anonymous-off = In forma anonima: no
bot-issue-cancelled = La tua segnalazione non è stata inviata.
bot-issue-submitted = Grazie. La tua segnalazione (numero { $id }) è stata inviata. Un moderatore la controllerà prima di pubblicarla.
bot-issue-published = Grazie. La tua segnalazione (numero { $id }) è pubblicata.
bot-issue-card = { $title } (sostegni: { $supports })
bot-support = Sostieni questa segnalazione
bot-supported = Grazie per il tuo sostegno
bot-supported-issue = Sostieni: { $title }
bot-open-portal = Apri sul sito
bot-voice-where = Per fare una segnalazione con un messaggio vocale, inizia con /new e scegli un argomento.
bot-voice-confirm = Il tuo messaggio vocale ({ $seconds } secondi). Lingua: { $language }. Una persona volontaria lo trascriverà prima della pubblicazione.
bot-voice-submitted = Grazie. Il tuo messaggio vocale (segnalazione numero { $id }) è stato inviato. Una persona volontaria lo trascriverà e un moderatore lo controllerà.

## My issues
bot-my-none = Non hai ancora fatto nessuna segnalazione.
bot-my-title = { $count ->
    [one] La tua segnalazione:
   *[other] Le tue { $count } segnalazioni:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Novità su { $title }: { $status }
bot-notice-ballot = Sono stati pubblicati i risultati di una votazione a cui hai partecipato: { $title }
bot-notice-consultation = Sono stati pubblicati i risultati di una consultazione a cui hai partecipato: { $title }
bot-notice-ballot-opened = Nuova votazione aperta: { $title }
bot-notice-consultation-opened = Nuova consultazione aperta: { $title }
bot-settings-intro = Scegli quali notifiche ricevere. Premi un pulsante per attivarla o disattivarla.
bot-settings-on = { $what }: sì
bot-settings-off = { $what }: no
bot-settings-saved = Salvato
bot-settings-issue = Le mie segnalazioni e quelle che sostengo
bot-settings-ballot = Votazioni
bot-settings-consultation = Consultazioni
bot-settings-summary = Sintesi della consulta e risposte

## My data
bot-export-caption = Tutto ciò che Chorus conserva su di te.
bot-delete-confirm = Vuoi cancellare il tuo account e i tuoi dati? Le tue segnalazioni e i tuoi commenti vengono rimossi o restano in forma anonima, come ha deciso la tua città. Non si può tornare indietro.
bot-delete-yes = Sì, cancella
bot-delete-no = No, tienili
bot-delete-kept = Non è stato cancellato niente.
bot-delete-done = I tuoi dati sono stati cancellati. Se scrivi di nuovo, inizi con un account nuovo e vuoto.
bot-link-ask = Per usare qui il tuo account del sito, ottieni un codice nella pagina del tuo account. Poi invia /link e il codice.
bot-link-done = Questa chat ora usa il tuo account { $name }.
bot-link-wrong = Questo codice è sbagliato o è scaduto. Ottienine uno nuovo sul sito.
bot-link-has-content = Questa chat ha già partecipato (segnalazioni, sostegni, votazioni o risposte), quindi non può essere collegata a un altro account. Prima puoi scaricare i suoi dati con /export o cancellarli con /delete.

## When something does not fit
bot-use-buttons = Usa i pulsanti qui sopra, oppure /cancel per interrompere.
bot-only-text = Mi dispiace, qui posso leggere solo messaggi di testo.
bot-edit-ignored = Se modifichi un messaggio già inviato, non cambia quello che ho ricevuto. Invia invece un nuovo messaggio.
bot-unknown-command = Non conosco questo comando. Con /help vedi cosa so fare.
bot-button-expired = Questo pulsante non è più valido.
bot-unknown-button = Questo pulsante non è più valido.
bot-not-found = Questo non esiste più, oppure non è pubblico.
bot-not-allowed = Non hai il permesso di farlo.
bot-too-many = Troppi tentativi. Aspetta un po' e riprova.
bot-too-large = È troppo grande.
bot-error = Qualcosa è andato storto da parte nostra. Riprova più tardi.

## Consultations
bot-command-consultations = Consultazioni aperte: questionari e giri di opinioni
bot-menu-consultations = Consultazioni
bot-consultations-title = Consultazioni aperte a { $municipality }. Scegline una:
bot-consultations-none = Al momento non c'è nessuna consultazione aperta a { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Rispondi a una domanda alla volta. Puoi saltare una domanda, salvare e continuare più tardi, e inviare le tue risposte alla fine.
bot-consultation-resume = Hai già salvato delle risposte. Riprendiamo da dove ti eri fermato.
bot-consultation-change = Hai già inviato le tue risposte. Puoi cambiarle fino alla chiusura della consultazione.
bot-consultation-question = Domanda { $n } di { $total }
bot-consultation-required = Per inviare serve una risposta.
bot-consultation-choose-one = Scegli una risposta.
bot-consultation-choose-many = Premi le risposte per sceglierle (premi di nuovo per toglierle), poi premi «Avanti».
bot-consultation-scale = Scegli da 1 a 5. 1 vuol dire: { $low }. 5 vuol dire: { $high }.
bot-consultation-rank = Premi le scelte in ordine: prima quella che preferisci di più. Puoi lasciarne fuori alcune. Poi premi «Avanti».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Ricomincia la classifica
bot-consultation-write = Scrivi la tua risposta in un messaggio (al massimo { $max } caratteri).
bot-consultation-your-answer = La tua risposta finora: { $answer }
bot-consultation-next = Avanti
bot-consultation-skip = Salta
bot-consultation-review = Era l'ultima domanda. Invia ora le tue risposte, oppure salvale e continua più tardi.
bot-statement-original = Originale ({ $language }): { $text }
bot-statement-ask = Scrivi la tua opinione in un messaggio.
bot-statements-done = Basta per ora
bot-statements-thanks = Grazie di aver partecipato. Puoi tornare a questo giro di opinioni fino alla sua chiusura.
## Votes
bot-command-votes = Votare sulle priorità
bot-menu-votes = Votazioni
bot-votes-intro = Votazioni aperte a { $municipality }. Scegline una:
bot-votes-none = A { $municipality } ora non c'è nessuna votazione aperta.
bot-vote-rank-rule = Premi le opzioni nell'ordine che preferisci, prima la tua prima scelta. Puoi lasciare fuori delle opzioni.
bot-vote-picked = Scelte finora: { $count }
bot-vote-budget-left = Bilancio rimasto: { $left } su { $budget }
bot-vote-points-left = Punti rimasti: { $left } su { $total }
bot-vote-order = Il tuo ordine finora:
bot-vote-nothing = Ancora niente di scelto.
bot-vote-undo = Annulla l'ultima
bot-vote-continue = Continua
bot-vote-confirm = Controlla il tuo voto prima di darlo:
bot-vote-cast = Dai il mio voto
bot-vote-change = Cambia
bot-vote-cancelled = Interrotto. Il tuo voto non è stato dato.
bot-vote-receipt = Il tuo codice della ricevuta: { $code }
bot-vote-receipt-explained = Conserva questo codice: viene mostrato una sola volta. Quando i risultati saranno pubblicati, ti permette di controllare che il tuo voto sia stato contato come l'hai dato. Nessun altro può collegarlo a te.
bot-vote-receipt-hash = Nell'elenco pubblicato, il tuo voto è la riga con: { $hash }
bot-vote-ask-receipt = Per cambiare il tuo voto, invia il codice della ricevuta del voto precedente (o /cancel per interrompere).
bot-notice-summary = Novità su una raccomandazione della consulta: { $title }
bot-notice-summary-answered = Il comune ha risposto a una raccomandazione a cui avete contribuito: { $title }
bot-notice-summary-done = Una raccomandazione a cui avete contribuito è realizzata: { $title }
bot-notice-summary-dropped = Una raccomandazione a cui avete contribuito è stata abbandonata: { $title }
bot-notice-summary-overdue = La scadenza di una raccomandazione è passata: { $title }
bot-notice-summary-forwarded = Una sintesi della consulta è stata inviata al comune: { $title }
