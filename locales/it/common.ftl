# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Italiano
meta-direction = ltr

nav-skip = Vai al contenuto principale
nav-label = Menu principale
nav-account = Il mio account
nav-admin = Amministrazione
nav-login = Accedi
nav-logout = Esci
nav-register = Crea un account
nav-language = Lingua

footer-privacy = Chorus non ti chiede mai la nazionalità, la situazione di soggiorno o i documenti d'identità. Puoi scaricare o cancellare i tuoi dati in qualsiasi momento.

role-resident = Residente
role-translator = Traduttore
role-moderator = Moderatore
role-council-member = Membro della consulta
role-official = Personale del Comune
role-admin = Amministratore

moderation-pre = Controllo prima della pubblicazione
moderation-post = Controllo dopo la pubblicazione
moderation-pre-explained = Un moderatore controlla ogni nuovo messaggio prima che altre persone possano vederlo.
moderation-post-explained = I nuovi messaggi sono visibili subito; i moderatori li controllano dopo.

policy-anonymize = Quando qualcuno cancella il proprio account, mantieni ciò che ha pubblicato, mostrandolo come anonimo.
policy-remove = Quando qualcuno cancella il proprio account, rimuovi tutto ciò che ha pubblicato.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Vita quotidiana e lavoro
dimension-legal-political = Diritti e partecipazione
dimension-cultural = Lingua e cultura
dimension-other = Altro
theme-employment = Lavoro e avvio di un'attività
theme-qualifications = Riconoscimento di titoli di studio e competenze
theme-education = Istruzione e scuola
theme-housing = Casa e quartiere
theme-health = Salute (anche salute mentale e materna)
theme-welfare = Sostegno sociale e servizi pubblici
theme-family = Famiglia e cura dei bambini
theme-transport = Trasporti e accessibilità
theme-residence = Permessi di soggiorno e pratiche burocratiche
theme-participation = Partecipazione politica e cittadinanza
theme-discrimination = Discriminazione, razzismo e sicurezza
theme-language-learning = Imparare la lingua
theme-culture = Cultura, religione e convivenza
theme-other = Altro argomento
theme-women = Donne
theme-youth = Giovani
theme-elderly = Persone anziane
theme-refugees = Rifugiati e richiedenti asilo
theme-newcomers = Nuovi arrivati (da meno di un anno)
theme-disability = Disabilità
theme-rural = Zone rurali
status-submitted = In attesa di un moderatore
status-published = Pubblicata
status-forwarded = Inviata alla consulta
status-answered = Il Comune ha risposto
status-resolved = Risolta
status-rejected = Non pubblicata
status-merged = Unita a un'altra segnalazione
status-hidden = Nascosta

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Dati personali rimossi
reason-personal-data = Il testo contiene dati personali
reason-offensive = Il testo è offensivo o incita all'odio
reason-individual-case = È un caso personale, non un problema di tutta la città (i servizi di aiuto possono consigliarti)
reason-not-municipal = Il Comune non può intervenire su questo
reason-duplicate = Lo stesso problema è già stato segnalato
reason-other = Un altro motivo (vedi la nota)
reason-reported = Diverse persone hanno avvisato i moderatori; in attesa di un moderatore
reason-restored = Ripristinata da un moderatore dopo un controllo
report-offensive = È offensivo o incita all'odio
report-personal-data = Mostra dati personali di qualcuno
report-spam = È pubblicità o spam
report-false = È falso o ingannevole
report-other = Altro

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Il moderatore ha chiesto delle modifiche
status-edited = Modificata dall'autore
status-comment-published = Il tuo commento è stato pubblicato
status-comment-rejected = Il tuo commento non è stato pubblicato
status-comment-hidden = Il tuo commento è stato nascosto
