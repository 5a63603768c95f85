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
