error-title-not-found = Pagina non trovata
error-title-forbidden = Non consentito
error-title-bad-request = C'è un problema nella richiesta
error-title-internal = Qualcosa è andato storto
error-not-found = Non abbiamo trovato questa pagina. Forse è stata spostata o rimossa.
error-forbidden = Il tuo account non ha il permesso di vedere questa pagina.
error-unauthorized = Per favore, prima accedi.
error-csrf = Questo modulo è scaduto o è stato inviato da un altro sito. Torna indietro, ricarica la pagina e riprova. Per usare i moduli, Chorus ha bisogno che i cookie siano consentiti.
error-too-many-requests = Troppi tentativi. Aspetta un minuto e riprova.
error-too-large = Quello che hai inviato è troppo grande.
error-bad-request = Non abbiamo capito questa richiesta.
error-method-not-allowed = Questo indirizzo non accetta questo tipo di richiesta.
error-timeout = Ci è voluto troppo tempo. Riprova.
error-validation = Alcuni campi vanno corretti.
error-internal = Scusa, qualcosa è andato storto da parte nostra. Riprova più tardi.
error-database = Il database non è disponibile.
error-code = Errore { $status }
error-go-home = Vai alla pagina iniziale

username-required = Scegli un nome utente.
username-too-short = Il nome utente deve avere almeno 3 caratteri.
username-too-long = Il nome utente può avere al massimo 32 caratteri.
username-invalid-characters = Usa solo lettere, cifre, - _ e . (iniziando con una lettera o una cifra).
username-reserved = Questo nome è riservato. Scegline un altro.
username-taken = Questo nome utente è già in uso. Scegline un altro.
username-mixed-scripts = Usa lettere di un solo alfabeto (cifre, - _ e . vanno bene).
username-too-similar = Questo nome somiglia troppo a uno che esiste già. Scegline un altro.

password-required = Scegli una password.
password-too-short = La password deve avere almeno 8 caratteri.
password-too-long = La password è troppo lunga.
password-same-as-username = La password non può essere uguale al tuo nome utente.
password-too-common = Questa password è troppo comune e facile da indovinare. Prova con alcune parole che hanno un significato per te.
password-mismatch = Le due password non sono uguali.
password-wrong = Questa password non è corretta.

email-invalid = Questo non sembra un indirizzo email. Puoi anche lasciare il campo vuoto.
language-unknown = Scegli una lingua dalla lista.
role-unknown = Ruolo sconosciuto.
code-invalid = Questo codice non è valido, è scaduto o è già stato usato.

login-failed = L'accesso non è riuscito. Controlla il nome utente e la password. Dopo diversi tentativi sbagliati, per accedere da un nuovo dispositivo bisogna aspettare qualche minuto; il tuo codice di recupero funziona sempre.
login-one-time-expired = Questa password valida una sola volta è scaduta. Chiedi a un amministratore un nuovo codice di reimpostazione.

municipality-unknown = Scegli una città dalla lista.
municipality-name-invalid = Il nome deve avere da 2 a 100 caratteri.
municipality-slug-invalid = Usa da 2 a 40 lettere minuscole, cifre e trattini.
municipality-slug-taken = Un'altra città usa già questo nome per l'indirizzo web.
municipality-languages-required = Scegli almeno una lingua.
municipality-default-language-invalid = La lingua predefinita deve essere una delle lingue scelte.
municipality-moderation-invalid = Scegli come vengono controllati i messaggi.
municipality-policy-invalid = Scegli cosa succede quando un account viene cancellato.

account-last-admin = Questo è l'ultimo account con i diritti di amministrazione. Prima dai questi diritti a un'altra persona.

# Issues.
issue-title-required = Scrivi un titolo.
issue-title-too-short = Il titolo deve avere almeno 5 caratteri.
issue-title-too-long = Il titolo può avere al massimo 150 caratteri.
issue-body-required = Descrivi il problema.
issue-body-too-short = Scrivi almeno 20 caratteri.
issue-body-too-long = La descrizione può avere al massimo 5000 caratteri.
issue-theme-required = Scegli un argomento dalla lista.
issue-tag-unknown = Scegli dalla lista.
issue-neighbourhood-unknown = Scegli un quartiere dalla lista.
issue-lang-required = Scegli la lingua in cui hai scritto.

# Moderation.
moderation-reason-required = Scegli un motivo.
moderation-note-too-long = La nota può avere al massimo 1000 caratteri.
moderation-merge-target-invalid = Indica il numero di un'altra segnalazione pubblicata in questa città.
moderation-not-allowed = Non si può fare nello stato attuale della segnalazione.
report-reason-required = Scegli qual è il problema.

# Translation.
translation-required = Scrivi la traduzione.
translation-source-changed = Il testo originale è stato cambiato mentre traducevi (per esempio, sono stati rimossi dati personali). Controlla la tua traduzione confrontandola con il testo com'è adesso.
translation-too-long = Il testo è troppo lungo.

# Participation.
comment-required = Scrivi il tuo commento.
comment-too-short = Il commento è troppo breve.
comment-too-long = Il commento può avere al massimo 2000 caratteri.
answer-required = Scrivi la risposta.
answer-too-short = La risposta deve avere almeno 10 caratteri.
answer-too-long = La risposta può avere al massimo 5000 caratteri.
answer-department-too-long = Il nome dell'ufficio può avere al massimo 120 caratteri.
answer-date-invalid = Indica una data vera, scritta anno-mese-giorno (per esempio 2027-03-31).
status-change-not-allowed = Ora la segnalazione non può passare a questo stato.
issue-edit-not-requested = Nessuno ha chiesto di modificare questa segnalazione.
taxonomy-name-required = Scrivi un nome.
taxonomy-name-too-long = Il nome può avere al massimo 80 caratteri.
taxonomy-name-taken = Questo nome è già in uso.
taxonomy-dimension-required = Scegli a quale area appartiene l'argomento.
taxonomy-category-in-use = Alcune segnalazioni usano questo argomento, quindi non si può rimuovere. Puoi cambiargli nome.
service-name-invalid = Indica un nome da 2 a 120 caratteri.
service-description-too-long = La descrizione può avere al massimo 1000 caratteri.
service-contact-invalid = Indica dei contatti da 2 a 500 caratteri.
service-languages-invalid = Scegli almeno una lingua parlata lì.
posting-too-often = Hai pubblicato molto nell'ultima ora. Aspetta un po' prima di pubblicare di nuovo; il tuo testo resta qui sotto.
issue-voice-too-large = Questo messaggio vocale è troppo lungo. Deve durare meno di due minuti.
issue-voice-empty = Il messaggio vocale è vuoto.
issue-voice-not-waiting = Questa segnalazione non è più in attesa di moderazione.
moderation-transcribe-first = Trascrivi cosa dice il messaggio vocale prima di pubblicare la segnalazione.
