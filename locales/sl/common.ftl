# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Slovenščina
meta-direction = ltr

nav-skip = Skoči na glavno vsebino
nav-label = Glavni meni
nav-account = Moj račun
nav-admin = Administracija
nav-login = Prijava
nav-logout = Odjava
nav-register = Ustvarite račun
nav-language = Jezik

footer-privacy = Chorus vas nikoli ne sprašuje po državljanstvu, statusu prebivanja ali osebnih dokumentih. Svoje podatke lahko kadar koli prenesete ali izbrišete.

role-resident = Prebivalec
role-translator = Prevajalec
role-moderator = Moderator
role-council-member = Član sveta
role-official = Predstavnik mesta
role-admin = Skrbnik

moderation-pre = Pregled pred objavo
moderation-post = Pregled po objavi
moderation-pre-explained = Moderator pregleda vsako novo objavo, preden jo lahko vidijo drugi.
moderation-post-explained = Nove objave so vidne takoj, moderatorji jih pregledajo pozneje.

policy-anonymize = Ko nekdo izbriše svoj račun, njegove objave ostanejo, vendar so prikazane kot anonimne.
policy-remove = Ko nekdo izbriše svoj račun, se odstrani vse, kar je objavil.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Vsakdanje življenje in delo
dimension-legal-political = Pravice in sodelovanje
dimension-cultural = Jezik in kultura
dimension-other = Drugo
theme-employment = Delo in ustanavljanje podjetja
theme-qualifications = Priznavanje diplom in znanja
theme-education = Izobraževanje in šole
theme-housing = Stanovanje in soseska
theme-health = Zdravje (tudi duševno zdravje in zdravje mater)
theme-welfare = Socialna pomoč in javne storitve
theme-family = Družina in varstvo otrok
theme-transport = Promet in dostopnost
theme-residence = Dovoljenja za prebivanje in uradni postopki
theme-participation = Politično sodelovanje in državljanstvo
theme-discrimination = Diskriminacija, rasizem in varnost
theme-language-learning = Učenje jezika
theme-culture = Kultura, vera in sobivanje
theme-other = Nekaj drugega
theme-women = Ženske
theme-youth = Mladi
theme-elderly = Starejši
theme-refugees = Begunci in prosilci za azil
theme-newcomers = Novoprispeli (manj kot eno leto)
theme-disability = Invalidnost
theme-rural = Podeželje
status-submitted = Čaka na moderatorja
status-published = Objavljeno
status-forwarded = Poslano svetu
status-answered = Mesto je odgovorilo
status-resolved = Rešeno
status-rejected = Ni objavljeno
status-merged = Združeno z drugo težavo
status-hidden = Skrito

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Osebni podatki odstranjeni
reason-personal-data = Vsebuje osebne podatke
reason-offensive = Je žaljivo ali sovražno
reason-individual-case = Gre za osebni primer, ne za težavo vsega mesta (svetovalne službe vam lahko pomagajo)
reason-not-municipal = Mesto glede tega ne more ukrepati
reason-duplicate = Na isto težavo je že nekdo opozoril
reason-other = Drug razlog (glejte opombo)
reason-reported = Prijavilo več ljudi; čaka na moderatorja
reason-restored = Po pregledu obnovil moderator
report-offensive = Je žaljivo ali sovražno
report-personal-data = Prikazuje osebne podatke neke osebe
report-spam = Gre za oglaševanje ali neželeno vsebino (spam)
report-false = Je neresnično ali zavajajoče
report-other = Nekaj drugega

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Moderator je prosil za spremembe
status-edited = Avtor je naredil spremembe
status-comment-published = Vaš komentar je objavljen
status-comment-rejected = Vaš komentar ni bil objavljen
status-comment-hidden = Vaš komentar je bil skrit
