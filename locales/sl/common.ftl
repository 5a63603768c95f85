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
