home-title = Fai sentire la tua voce nella tua città
home-intro = Con Chorus puoi segnalare problemi nella tua lingua, partecipare alle consultazioni della consulta dei migranti e vedere cosa ne fa la città.
home-choose = Scegli la tua città
home-none = Non è ancora stata configurata nessuna città.
home-safety-title = La tua sicurezza
home-safety = Puoi usare uno pseudonimo. L'indirizzo email è facoltativo. Non ti chiediamo mai da dove vieni o quali documenti hai.

notice-account-deleted = Il tuo account e i tuoi dati personali sono stati cancellati.
notice-signed-out = Hai chiuso la sessione.

municipality-intro = Ti diamo il benvenuto su Chorus a { $name }.
municipality-your-roles = Qui partecipi come:
municipality-join = Unisciti a { $name }
municipality-register = Crea un account per partecipare
municipality-languages = Lingue
municipality-moderation = Come vengono controllati i messaggi

team-title = Team
team-intro = Le persone che traducono, moderano, fanno parte della consulta o rispondono per la città.
team-empty = Qui nessuno ha ancora un ruolo nel team.
team-person = Persona
team-role = Ruolo
team-since = Dal

form-has-errors = Correggi questi punti:

register-title = Crea un account
register-intro = Scegli un nome che gli altri vedranno. Non deve essere per forza il tuo vero nome.
register-username = Nome utente
register-username-hint = Da 3 a 32 lettere o cifre, in qualsiasi alfabeto. Puoi usare anche - _ e .
register-password = Password
register-password-hint = Almeno 8 caratteri. Una breve frase è facile da ricordare e difficile da indovinare.
register-password-confirm = Scrivi di nuovo la password
register-email = Email (facoltativa)
register-email-hint = Serve solo ad aiutarti a rientrare nel tuo account. Puoi lasciarla vuota.
register-language = Lingua
register-municipality = La tua città (facoltativa)
register-municipality-none = Scegli più tardi
register-privacy = Non ti chiediamo la nazionalità, la situazione di soggiorno o un documento d'identità, e non registriamo il tuo indirizzo IP.
register-submit = Crea l'account
register-have-account = Hai già un account?

code-title = Il tuo codice di recupero
code-intro = Scrivi questo codice su un foglio e conservalo in un posto sicuro. È l'unico modo per rientrare nel tuo account se dimentichi la password e non hai un'email.
code-keep-safe = Lo mostriamo una sola volta. Ogni codice funziona una volta sola; quando lo usi, ne ricevi uno nuovo.
code-continue = L'ho scritto

login-title = Accedi
login-username = Nome utente
login-password = Password
login-submit = Accedi
login-remember = Mantieni l'accesso su questo dispositivo
login-remember-hint = Solo su un telefono o un computer tuo. Su un computer usato anche da altre persone, lascia questa casella vuota: la sessione si chiude dopo qualche ora senza attività.
login-notice-password-failures = Abbiamo chiuso la sessione perché la password attuale è stata scritta in modo sbagliato troppe volte. Accedi di nuovo, per favore.
login-no-account = Crea un account
login-forgot = Hai dimenticato la password? Usa il tuo codice di recupero
login-have-reset-code = Ho un codice di reimpostazione ricevuto da un amministratore

recover-title = Usa il tuo codice di recupero
recover-intro = Inserisci il tuo nome utente, il codice di recupero che hai scritto e una nuova password.
recover-code = Codice di recupero
recover-code-hint = Per esempio 7K2QD-M9XAT-4HBEW-PC0RN. Vanno bene sia le maiuscole sia le minuscole.
recover-no-code = Non hai il codice? Chiedi a un'associazione o al team Chorus della tua città: dopo averti incontrato, possono darti un codice di reimpostazione.

reset-title = Usa un codice di reimpostazione
reset-intro = Un amministratore ti ha dato un codice di reimpostazione dopo averti incontrato. Inseriscilo con il tuo nome utente e una nuova password.
reset-code = Codice di reimpostazione
reset-code-hint = Il codice vale per un tempo limitato e funziona una volta sola.

account-title = Il mio account
account-signed-in-as = Hai fatto l'accesso come
account-roles = Dove partecipi
account-no-roles = Non partecipi ancora in nessuna città.
account-language = Lingua
account-language-label = Lingua delle pagine
account-language-save = Salva la lingua
account-security = Sicurezza
account-data = I tuoi dati
account-data-intro = Scarica tutto ciò che Chorus conserva su di te, oppure cancella il tuo account.
account-export = Scarica i miei dati (JSON)

password-title = Cambia la password
password-current = Password attuale
password-new = Nuova password
password-submit = Salva la nuova password
password-changed = La tua password è stata cambiata. Abbiamo chiuso la sessione sui tuoi altri dispositivi.
password-must-change = Hai fatto l'accesso con una password valida una sola volta. Ora scegli la tua password.

delete-title = Cancella il mio account
delete-explained = Così cancelli il tuo nome, l'email, le impostazioni e i ruoli. Non si può tornare indietro. In base alle regole della tua città, quello che hai pubblicato resta in forma anonima oppure viene rimosso.
delete-export-first = Forse vuoi prima scaricare i tuoi dati.
delete-password = Conferma con la tua password
delete-submit = Cancella il mio account per sempre

admin-title = Amministrazione
admin-municipalities = Città
admin-municipality-new = Aggiungi una città
admin-municipality-edit = Modifica la città
admin-municipality-name = Nome
admin-municipality-slug = Nome nell'indirizzo web
admin-municipality-slug-hint = Lettere minuscole, cifre e trattini, per esempio porto-sereno. Compare nei link.
admin-municipality-languages = Lingue
admin-municipality-default-language = Lingua predefinita
admin-municipality-moderation = Moderazione
admin-municipality-policy = Quando un account viene cancellato
admin-actions = Azioni
admin-edit = Modifica { $name }
admin-save = Salva
admin-users = Account
admin-users-search = Cerca un account per nome utente
admin-users-search-submit = Cerca
admin-users-none = Nessun account trovato.
admin-user-since = Membro dal
admin-role-municipality = Città
admin-role-grant = Assegna il ruolo
admin-role-revoke = Togli il ruolo
admin-admin-grant = Dai i diritti di amministrazione
admin-admin-revoke = Togli i diritti di amministrazione
admin-reset-title = Reimpostazione della password
admin-reset-explained = Solo dopo aver incontrato la persona e aver verificato che l'account è suo: crea un codice di reimpostazione valido una sola volta e daglielo. Scade dopo qualche giorno.
admin-reset-issue = Crea un codice di reimpostazione
admin-reset-issued = Dai questo codice alla persona. Viene mostrato solo adesso.

# Issues: raising, listing and reading them.
municipality-issues = Vedi le segnalazioni fatte qui
municipality-raise = Segnala un problema
issues-title = Segnalazioni
issues-filter = Filtra e ordina
issues-any = Qualsiasi
issues-status = Stato
issues-language = Scritta in
issues-sort = Ordine
issues-sort-newest = Prima le più recenti
issues-sort-supported = Prima le più sostenute
issues-apply = Mostra
issues-none = Nessuna segnalazione corrisponde. Puoi fare la prima.
issues-more = Mostra altre segnalazioni
issue-new-title = Segnala un problema
issue-new-intro = Scrivi nella lingua che vuoi. Descrivi il problema e, se puoi, cosa potrebbe aiutare. Non scrivere nomi, indirizzi o altri dati personali.
issue-field-title = Titolo
issue-field-title-hint = Una frase breve, da 5 a 150 caratteri.
issue-field-body = Qual è il problema?
issue-field-body-hint = Almeno 20 caratteri. Scrivi chi è coinvolto e dove.
issue-field-theme = Argomento
issue-field-theme-choose = Scegli un argomento
issue-field-tags = Chi è coinvolto in particolare? (facoltativo)
issue-field-neighbourhood = Quartiere (facoltativo)
issue-field-neighbourhood-none = Tutta la città
issue-field-anonymous = Mostrami in forma anonima (il pubblico non vedrà il mio nome)
issue-continue = Continua
issue-confirm-preview = La tua segnalazione
issue-confirm-language = Lingua del tuo testo
issue-confirm-detected = Pensiamo che tu abbia scritto in { $language }. Se non è così, scegli la lingua giusta.
issue-confirm-not-detected = Scegli la lingua in cui hai scritto.
issue-similar-title = Segnalazioni simili
issue-similar-intro = Forse qualcuno ha già segnalato questo problema. Puoi sostenere la sua segnalazione, oppure inviare la tua.
issue-submit = Invia la mia segnalazione
issue-edit = Modifica il mio testo
issue-submitted-public = Grazie. La tua segnalazione è pubblicata.
issue-submitted-waiting = Grazie. Un moderatore controllerà presto la tua segnalazione; riceverai un avviso nel tuo account.
issue-by = Segnalata da
issue-anonymous-to-public = in forma anonima per il pubblico
issue-by-anonymous = Segnalata in forma anonima
issue-written-in = Scritta in { $language }
issue-supports = { $count ->
    [one] { $count } persona la sostiene
   *[other] { $count } persone la sostengono
}
issue-support = Sostengo questa segnalazione
issue-you-support = Sostieni questa segnalazione.
issue-withdraw = Ritira il mio sostegno
issue-sign-in-to-support = Accedi per sostenere questa segnalazione
issue-timeline = Cosa è successo finora

# Moderation, reports and notifications.
moderation-title = Coda di moderazione
moderation-intro = Segnalazioni nuove e segnalazioni con avvisi, prima le più vecchie. Ogni decisione viene registrata con il suo motivo.
moderation-empty = Non c'è niente in attesa. Grazie!
moderation-reported = Avvisi:
moderation-publish = Pubblica
moderation-restore = Ripristina
moderation-dismiss-reports = Lascia pubblica (respingi gli avvisi)
moderation-reason = Motivo (necessario per rifiutare o nascondere)
moderation-reason-choose = Scegli un motivo
moderation-note = Nota per l'autore (facoltativa)
moderation-reject = Rifiuta
moderation-hide = Nascondi
moderation-merge-into = Numero della segnalazione che ripete
moderation-merge = Unisci
moderation-redact = Rimuovi i dati personali
moderation-redact-intro = Sostituisci nomi, indirizzi, numeri di telefono e altri dati personali con […]. Il testo originale viene conservato solo per gli amministratori.
moderation-redact-save = Salva il testo corretto
notifications-title = Notifiche
notifications-none = Ancora niente di nuovo. Qui vedrai le novità sulle tue segnalazioni.
notifications-new = Nuova
notifications-mark-read = Segna tutte come lette
notification-unavailable = Una segnalazione che segui non è più pubblica.
notifications-unread = { $count ->
    [one] { $count } nuova
   *[other] { $count } nuove
}
report-title = Avvisa i moderatori su questa segnalazione
report-reason = Qual è il problema?
report-submit = Invia l'avviso
report-thanks = Grazie. Un moderatore la controllerà.
report-thanks-hidden = Grazie. La segnalazione resta nascosta finché un moderatore non l'avrà controllata.
issue-merged-into = Questa segnalazione è stata unita a un'altra sullo stesso problema:
redactions-title = Dati personali rimossi (solo per gli amministratori)
redacted-issue-title = Titolo
redacted-issue-body = Descrizione
redacted-comment = Commento
redacted-answer = Risposta ufficiale

# The audit log.
audit-title = Registro delle decisioni
audit-intro = Tutte le decisioni di moderazione e di amministrazione in questa città: chi, cosa, quando e perché.
audit-filter = Mostra
audit-filter-issues = Decisioni sulle segnalazioni
audit-filter-roles = Ruoli dati e tolti
audit-filter-municipality = Impostazioni della città
audit-filter-all = Tutto
audit-empty = Non è ancora stato registrato niente.
audit-when = Quando
audit-who = Chi
audit-what = Cosa
audit-why = Dettagli

# Translation.
translate-title = Traduzioni
translate-intro = Segnalazioni pubblicate che non sono ancora in tutte le lingue di questa città, prima le più vecchie. Le traduzioni automatiche aspettano che una persona le controlli.
translate-empty = È tutto tradotto. Grazie!
translate-machine-waiting = traduzione automatica da controllare
translate-into = Traduci in { $language }
translate-original = Testo originale ({ $language })
translate-yours = La tua traduzione
translate-review-machine = Questa è una traduzione automatica. Correggila se serve e salva: così risulterà controllata.
translate-save = Salva la traduzione
translation-machine = traduzione automatica
translation-volunteer = tradotta da una persona volontaria
translation-machine-from = Traduzione automatica. Lingua originale: { $language }
translation-volunteer-from = Tradotta da una persona volontaria. Lingua originale: { $language }
translation-show-original = Mostra l'originale
translation-show-translation = Mostra la traduzione

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Un commento
   *[other] { $count } commenti
}
comment-field-body = Il tuo commento
comment-field-body-hint = In qualsiasi lingua. Sii gentile e non scrivere dati personali.
comment-submit = Invia il commento
comment-sign-in = Accedi per commentare
comment-report = Avvisa i moderatori su questo commento
comment-deleted-account = Account cancellato
comment-published = Grazie. Il tuo commento è pubblicato.
comment-waiting = Grazie. Un moderatore controllerà presto il tuo commento.
comment-reported = Grazie. Un moderatore controllerà questo commento.
field-language = Lingua del tuo testo
field-language-detect = Riconoscila in automatico
answer-title = Risposta del Comune
answer-official = Risposta ufficiale
answer-department = Ufficio responsabile
answer-expected = Data prevista
answer-field-body = Risposta ufficiale
answer-field-body-hint = Scrivi nella tua lingua; verrà tradotta per i residenti.
answer-field-department = Ufficio responsabile (facoltativo)
answer-field-expected = Data prevista (facoltativa)
answer-field-expected-hint = Anno-mese-giorno, per esempio 2027-03-31.
answer-field-resolved = Questa risposta risolve il problema
answer-submit = Pubblica la risposta
answer-posted = La risposta è pubblicata. Chi ha fatto la segnalazione e chi la sostiene riceveranno un avviso.
city-title = Per il Comune
city-forward = Invia alla consulta
city-resolve = Segna come risolta
issue-forwarded = La segnalazione è stata inviata alla consulta.
issue-edit-requested = Un moderatore ti chiede di modificare questa segnalazione prima di poterla pubblicare.
issue-edit-now = Modificala ora
issue-edit-title = Modifica la tua segnalazione
issue-edit-asked = Un moderatore ha chiesto queste modifiche:
issue-edit-save = Salva e invia ai moderatori
issue-edited = Grazie. Le tue modifiche vengono inviate ai moderatori.
moderation-ask-edit = Chiedi all'autore di modificarla
moderation-issues = Segnalazioni
moderation-comments = Commenti
moderation-comment-on = Commento alla segnalazione
help-title = Aiuto per la tua situazione personale
help-intro = Questi servizi aiutano le persone con le loro domande personali: documenti, sussidi, casa, lavoro, salute. Parlano le lingue indicate.
help-nothing-stored = Niente di quello che fai in questa pagina viene salvato o pubblicato.
help-none = Questa città non ha ancora inserito servizi di aiuto.
help-languages = Lingue parlate:
help-contact = Come contattarli:
help-raise-instead = È un problema che riguarda molte persone? Allora fai una segnalazione.
help-link = Ho bisogno di aiuto per la mia situazione personale
help-question = Riguarda la tua situazione personale?
help-question-explained = Per un problema con i tuoi documenti, un sussidio, il padrone di casa o il lavoro, un servizio di aiuto può consigliarti di persona. Le segnalazioni qui servono per i problemi che riguardano molte persone.
issues-search = Cerca nelle segnalazioni
issues-search-button = Cerca
issues-search-results = Segnalazioni che corrispondono a «{ $query }»
issues-sort-answered = Con risposta recente
translate-kind-issue = Segnalazione
translate-kind-answer = Risposta ufficiale
translate-kind-comment = Commento
translate-text = Testo
taxonomy-title = Argomenti e quartieri
taxonomy-intro = I residenti scelgono tra queste voci quando fanno una segnalazione. Puoi dare a un argomento un nome tuo, oppure lasciare il nome vuoto per usare quello predefinito tradotto.
taxonomy-categories = Argomenti
taxonomy-tags = Gruppi coinvolti in particolare
taxonomy-neighbourhoods = Quartieri
taxonomy-rename = Rinomina
taxonomy-remove = Rimuovi
taxonomy-add = Aggiungi
taxonomy-add-category = Aggiungi un argomento
taxonomy-add-tag = Nuovo gruppo
taxonomy-add-neighbourhood = Nuovo quartiere
taxonomy-dimension = Fa parte di
taxonomy-dimension-choose = Scegli
taxonomy-name = Nome
taxonomy-name-hint = Viene mostrato così come è scritto, in tutte le lingue.
services-title = Servizi di aiuto
services-intro = Servizi elencati nella pagina di aiuto della città, per chi ha una domanda sulla propria situazione personale.
services-public-page = Vedi la pagina pubblica
services-add = Aggiungi un servizio
services-edit = Modifica
services-name = Nome
services-description = In cosa aiutano
services-languages = Lingue parlate lì
services-contact = Come contattarli
services-contact-hint = Indirizzo, orari di apertura, telefono, sito web.
issue-support-on-telegram = Sostienilo da Telegram
issue-voice-transcribe-title = Trascrivi un messaggio vocale
issue-voice-back = Torna alla coda di moderazione
issue-voice-saved = Salvato. Ora un moderatore può pubblicare la segnalazione.
issue-voice-note = { $seconds ->
    [one] Messaggio vocale, { $seconds } secondo
   *[other] Messaggio vocale, { $seconds } secondi
}
issue-voice-transcribe-hint = Ascolta, poi scrivi il titolo e il testo nella lingua parlata. Togli nomi, indirizzi e tutto ciò che permette di riconoscere una persona.
issue-voice-language = Lingua parlata
issue-voice-save = Salva la trascrizione
issue-voice-untranscribed = Non ancora trascritto
issue-voice-transcribe = Trascrivi cosa dice
issue-voice-placeholder-title = Messaggio vocale
issue-voice-placeholder-body = Questa segnalazione è arrivata come messaggio vocale; una persona volontaria lo trascriverà.
account-telegram = Telegram
account-telegram-intro = Usa Chorus da Telegram con questo account: ottieni un codice qui, poi invialo a @{ $bot }.
account-telegram-link = Ottieni un codice per collegare Telegram
account-telegram-code = Invia /link { $code } al bot entro 10 minuti. Il codice funziona una volta sola.
account-telegram-open = Apri il bot con questo codice
