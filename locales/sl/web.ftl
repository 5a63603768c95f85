home-title = Vaš glas v vašem mestu
home-intro = Na platformi Chorus lahko v svojem jeziku opozorite na težave, sodelujete v posvetovanjih sveta za migrante in spremljate, kaj mesto naredi z vašimi predlogi.
home-choose = Izberite svoje mesto
home-none = Še nobeno mesto ni dodano.
home-safety-title = Vaša varnost
home-safety = Uporabite lahko psevdonim. E-poštni naslov ni obvezen. Nikoli ne vprašamo, od kod prihajate ali kakšne dokumente imate.

notice-account-deleted = Vaš račun in vaši osebni podatki so izbrisani.
notice-signed-out = Odjavljeni ste.

municipality-intro = Dobrodošli na platformi Chorus! Mesto: { $name }.
municipality-your-roles = Tu sodelujete kot:
municipality-join = Pridružite se: { $name }
municipality-register = Ustvarite račun in sodelujte
municipality-languages = Jeziki
municipality-moderation = Kako pregledujemo objave

team-title = Ekipa
team-intro = Ljudje, ki prevajajo, moderirajo, sedijo v svetu ali odgovarjajo v imenu mesta.
team-empty = Tu še nihče nima vloge v ekipi.
team-person = Oseba
team-role = Vloga
team-since = Od

form-has-errors = Prosimo, popravite naslednje:

register-title = Ustvarite račun
register-intro = Izberite ime, ki ga bodo videli drugi. Ni nujno, da je to vaše pravo ime.
register-username = Uporabniško ime
register-username-hint = Od 3 do 32 črk ali številk, v kateri koli pisavi. Uporabite lahko tudi znake - _ in .
register-password = Geslo
register-password-hint = Vsaj 8 znakov. Kratek stavek si je lahko zapomniti in ga je težko uganiti.
register-password-confirm = Še enkrat vpišite geslo
register-email = E-pošta (ni obvezno)
register-email-hint = Uporabimo jo samo zato, da vam pomagamo nazaj v račun. Polje lahko pustite prazno.
register-language = Jezik
register-municipality = Vaše mesto (ni obvezno)
register-municipality-none = Izberem pozneje
register-privacy = Ne sprašujemo po vašem državljanstvu, statusu prebivanja ali osebnih dokumentih in ne beležimo vašega naslova IP.
register-submit = Ustvari račun
register-have-account = Že imate račun?

code-title = Vaša koda za obnovitev
code-intro = To kodo si zapišite in jo shranite na varno mesto. Če pozabite geslo in nimate e-pošte, je to edini način, da se vrnete v svoj račun.
code-keep-safe = Pokažemo jo samo enkrat. Vsaka koda deluje samo enkrat; ko jo uporabite, dobite novo.
code-continue = Koda je zapisana

login-title = Prijava
login-username = Uporabniško ime
login-password = Geslo
login-submit = Prijava
login-remember = Ohrani prijavo na tej napravi
login-remember-hint = Samo na svojem telefonu ali računalniku. Na računalniku, ki ga uporablja več ljudi, tega ne označite: tam boste po nekaj urah brez dejavnosti odjavljeni.
login-notice-password-failures = Odjavljeni ste bili, ker je bilo trenutno geslo prevečkrat napačno vpisano. Prosimo, znova se prijavite.
login-no-account = Ustvarite račun
login-forgot = Ste pozabili geslo? Uporabite kodo za obnovitev
login-have-reset-code = Imam kodo za ponastavitev od skrbnika

recover-title = Uporabite kodo za obnovitev
recover-intro = Vpišite uporabniško ime, kodo za obnovitev, ki ste si jo zapisali, in novo geslo.
recover-code = Koda za obnovitev
recover-code-hint = Na primer 7K2QD-M9XAT-4HBEW-PC0RN. Lahko pišete z velikimi ali malimi črkami.
recover-no-code = Nimate kode? Obrnite se na društvo ali na ekipo Chorus v svojem mestu: ko se srečate z njimi, vam lahko dajo kodo za ponastavitev.

reset-title = Uporabite kodo za ponastavitev
reset-intro = Skrbnik vam je po srečanju z vami dal kodo za ponastavitev. Vpišite jo skupaj z uporabniškim imenom in novim geslom.
reset-code = Koda za ponastavitev
reset-code-hint = Koda velja omejen čas in deluje samo enkrat.

account-title = Moj račun
account-signed-in-as = Prijavljeni ste kot
account-roles = Kje sodelujete
account-no-roles = Niste se še pridružili nobenemu mestu.
account-language = Jezik
account-language-label = Jezik strani
account-language-save = Shrani jezik
account-security = Varnost
account-data = Vaši podatki
account-data-intro = Prenesite vse, kar Chorus hrani o vas, ali izbrišite svoj račun.
account-export = Prenesi moje podatke (JSON)

password-title = Spremenite geslo
password-current = Trenutno geslo
password-new = Novo geslo
password-submit = Shrani novo geslo
password-changed = Geslo je spremenjeno. Na drugih napravah ste bili odjavljeni.
password-must-change = Prijavili ste se z enkratnim geslom. Zdaj si izberite svoje geslo.

delete-title = Izbriši moj račun
delete-explained = S tem izbrišete svoje ime, e-pošto, nastavitve in vloge. Tega ni mogoče razveljaviti. Odvisno od pravil vašega mesta vaše objave ostanejo kot anonimne ali pa se odstranijo.
delete-export-first = Morda želite najprej prenesti svoje podatke.
delete-password = Potrdite z geslom
delete-submit = Dokončno izbriši moj račun

admin-title = Administracija
admin-municipalities = Mesta
admin-municipality-new = Dodaj mesto
admin-municipality-edit = Uredi mesto
admin-municipality-name = Ime
admin-municipality-slug = Ime v spletnem naslovu
admin-municipality-slug-hint = Male črke, številke in vezaji, npr. porto-sereno. Prikaže se v povezavah.
admin-municipality-languages = Jeziki
admin-municipality-default-language = Privzeti jezik
admin-municipality-moderation = Moderacija
admin-municipality-policy = Ko je račun izbrisan
admin-actions = Dejanja
admin-edit = Uredi: { $name }
admin-save = Shrani
admin-users = Računi
admin-users-search = Poiščite račun po uporabniškem imenu
admin-users-search-submit = Išči
admin-users-none = Računa nismo našli.
admin-user-since = Član od
admin-role-municipality = Mesto
admin-role-grant = Dodeli vlogo
admin-role-revoke = Odvzemi vlogo
admin-admin-grant = Dodeli skrbniške pravice
admin-admin-revoke = Odvzemi skrbniške pravice
admin-reset-title = Ponastavitev gesla
admin-reset-explained = Samo ko ste se z osebo srečali in ste prepričani, da je račun njen: ustvarite enkratno kodo za ponastavitev in ji jo dajte. Koda poteče po nekaj dneh.
admin-reset-issue = Ustvari kodo za ponastavitev
admin-reset-issued = Dajte to kodo osebi. Prikazana je samo zdaj.

# Issues: raising, listing and reading them.
municipality-issues = Oglejte si težave, na katere so ljudje opozorili tukaj
municipality-raise = Opozorite na težavo
issues-title = Težave
issues-filter = Filtriranje in razvrščanje
issues-any = Vse
issues-status = Stanje
issues-language = Jezik besedila
issues-sort = Vrstni red
issues-sort-newest = Najprej najnovejše
issues-sort-supported = Najprej najbolj podprte
issues-apply = Prikaži
issues-none = Ni ustreznih težav. Lahko opozorite na prvo.
issues-more = Prikaži več težav
issue-new-title = Opozorite na težavo
issue-new-intro = Pišete lahko v katerem koli jeziku. Opišite težavo in, če lahko, kaj bi pomagalo. Ne pišite imen, naslovov ali drugih osebnih podatkov.
issue-field-title = Naslov
issue-field-title-hint = Kratek stavek, od 5 do 150 znakov.
issue-field-body = V čem je težava?
issue-field-body-hint = Vsaj 20 znakov. Napišite, koga to prizadene in kje.
issue-field-theme = Tema
issue-field-theme-choose = Izberite temo
issue-field-tags = Koga to še posebej prizadene? (ni obvezno)
issue-field-neighbourhood = Soseska (ni obvezno)
issue-field-neighbourhood-none = Celo mesto
issue-field-anonymous = Prikaži me anonimno (javnost ne bo videla mojega imena)
issue-continue = Naprej
issue-confirm-preview = Vaša težava
issue-confirm-language = Jezik vašega besedila
issue-confirm-detected = Mislimo, da ste pisali v tem jeziku: { $language }. Če ni tako, izberite pravi jezik.
issue-confirm-not-detected = Izberite jezik, v katerem ste pisali.
issue-similar-title = Podobne težave
issue-similar-intro = Morda je na to že kdo opozoril. Namesto tega lahko podprete obstoječo težavo ali pa pošljete svojo.
issue-submit = Pošlji mojo težavo
issue-edit = Spremeni moje besedilo
issue-submitted-public = Hvala. Vaša težava je objavljena.
issue-submitted-waiting = Hvala. Moderator bo kmalu pregledal vašo težavo; obvestilo boste dobili v svojem računu.
issue-by = Avtor:
issue-anonymous-to-public = javnosti prikazano anonimno
issue-by-anonymous = Objavljeno anonimno
issue-written-in = Jezik: { $language }
issue-supports = { $count ->
    [one] { $count } oseba podpira
    [two] { $count } osebi podpirata
    [few] { $count } osebe podpirajo
   *[other] { $count } oseb podpira
}
issue-support = Podpiram
issue-you-support = To težavo podpirate.
issue-withdraw = Umakni mojo podporo
issue-sign-in-to-support = Prijavite se, da podprete to težavo
issue-timeline = Kaj se je zgodilo doslej

# Moderation, reports and notifications.
moderation-title = Čakalna vrsta za moderiranje
moderation-intro = Nove in prijavljene težave, najprej najstarejše. Vsaka odločitev se zabeleži skupaj z razlogom.
moderation-empty = Nič ne čaka. Hvala!
moderation-reported = Prijave:
moderation-publish = Objavi
moderation-restore = Obnovi
moderation-dismiss-reports = Naj ostane javno (zavrni prijave)
moderation-reason = Razlog (potreben za zavrnitev ali skritje)
moderation-reason-choose = Izberite razlog
moderation-note = Opomba za avtorja (ni obvezno)
moderation-reject = Zavrni
moderation-hide = Skrij
moderation-merge-into = Številka težave, ki jo ponavlja
moderation-merge = Združi
moderation-redact = Odstrani osebne podatke
moderation-redact-intro = Imena, naslove, telefonske številke in druge osebne podatke zamenjajte z […]. Izvirno besedilo ostane shranjeno samo za skrbnike.
moderation-redact-save = Shrani popravljeno besedilo
notifications-title = Obvestila
notifications-none = Še nič novega. Novice o vaših težavah bodo prikazane tukaj.
notifications-new = Novo
notifications-mark-read = Označi vse kot prebrano
notification-unavailable = Težava, ki jo spremljate, ni več javna.
notifications-unread = { $count ->
    [one] { $count } novo
    [two] { $count } novi
    [few] { $count } nova
   *[other] { $count } novih
}
report-title = Prijavite to težavo moderatorjem
report-reason = Kaj je narobe?
report-submit = Pošlji prijavo
report-thanks = Hvala. Moderator si jo bo ogledal.
report-thanks-hidden = Hvala. Težava je skrita, dokler si je moderator ne ogleda.
issue-merged-into = Ta težava je bila združena z drugo, ki govori o isti stvari:
redactions-title = Odstranjeni osebni podatki (samo za skrbnike)
redacted-issue-title = Naslov
redacted-issue-body = Opis
redacted-comment = Komentar
redacted-answer = Uradni odgovor

# The audit log.
audit-title = Dnevnik odločitev
audit-intro = Vse odločitve moderatorjev in skrbnikov v tem mestu: kdo, kaj, kdaj in zakaj.
audit-filter = Prikaži
audit-filter-issues = Odločitve o težavah
audit-filter-roles = Dodeljene in odvzete vloge
audit-filter-municipality = Nastavitve mesta
audit-filter-all = Vse
audit-empty = Zabeleženo ni še nič.
audit-when = Kdaj
audit-who = Kdo
audit-what = Kaj
audit-why = Podrobnosti

# Translation.
translate-title = Prevodi
translate-intro = Objavljene težave, ki še niso v vseh jezikih tega mesta, najprej najstarejše. Strojni prevodi čakajo, da jih preveri človek.
translate-empty = Vse je prevedeno. Hvala!
translate-machine-waiting = strojni prevod, treba ga je preveriti
translate-into = Prevod v jezik: { $language }
translate-original = Izvirnik ({ $language })
translate-yours = Vaš prevod
translate-review-machine = To je strojni prevod. Po potrebi ga popravite in shranite: potem bo štel kot preverjen.
translate-save = Shrani prevod
translation-machine = strojni prevod
translation-volunteer = prevod prostovoljca
translation-machine-from = Strojni prevod. Izvirni jezik: { $language }
translation-volunteer-from = Prevod prostovoljca. Izvirni jezik: { $language }
translation-show-original = Prikaži izvirnik
translation-show-translation = Prikaži prevod

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] { $count } komentar
    [two] { $count } komentarja
    [few] { $count } komentarji
   *[other] { $count } komentarjev
}
comment-field-body = Vaš komentar
comment-field-body-hint = V katerem koli jeziku. Bodite prijazni in ne pišite osebnih podatkov.
comment-submit = Pošlji komentar
comment-sign-in = Prijavite se, da lahko komentirate
comment-report = Prijavite ta komentar moderatorjem
comment-deleted-account = Izbrisan račun
comment-published = Hvala. Vaš komentar je objavljen.
comment-waiting = Hvala. Moderator bo kmalu pregledal vaš komentar.
comment-reported = Hvala. Moderator si bo ogledal ta komentar.
field-language = Jezik vašega besedila
field-language-detect = Prepoznaj samodejno
answer-title = Odgovor mesta
answer-official = Uradni odgovor
answer-department = Pristojni oddelek
answer-expected = Predvideno do
answer-field-body = Uradni odgovor
answer-field-body-hint = Pišite v svojem jeziku; za prebivalce bo preveden.
answer-field-department = Pristojni oddelek (ni obvezno)
answer-field-expected = Predvideni datum (ni obvezno)
answer-field-expected-hint = Leto-mesec-dan, na primer 2027-03-31.
answer-field-resolved = Ta odgovor reši težavo
answer-submit = Objavi odgovor
answer-posted = Odgovor je objavljen. Avtor in podporniki bodo obveščeni.
city-title = Za mesto
city-forward = Pošlji svetu
city-resolve = Označi kot rešeno
issue-forwarded = Težava je bila poslana svetu.
issue-edit-requested = Moderator vas prosi, da to težavo spremenite, preden jo lahko objavimo.
issue-edit-now = Spremenite jo zdaj
issue-edit-title = Spremenite svojo težavo
issue-edit-asked = Moderator je prosil za te spremembe:
issue-edit-save = Shrani in pošlji moderatorjem
issue-edited = Hvala. Vaše spremembe so poslane moderatorjem.
moderation-ask-edit = Prosi avtorja za spremembe
moderation-issues = Težave
moderation-comments = Komentarji
moderation-comment-on = Komentar k težavi
help-title = Pomoč v vašem osebnem primeru
help-intro = Te službe pomagajo ljudem pri njihovih osebnih vprašanjih: dokumenti, denarne pomoči, stanovanje, delo, zdravje. Govorijo jezike, ki so navedeni.
help-nothing-stored = Nič, kar naredite na tej strani, se ne shrani in ne objavi.
help-none = To mesto še ni dodalo nobene službe za pomoč.
help-languages = Jeziki, ki jih govorijo:
help-contact = Kako jih dosežete:
help-raise-instead = Ali je to težava, ki jo ima veliko ljudi? Potem raje opozorite na težavo.
help-link = Potrebujem pomoč v svojem osebnem primeru
help-question = Ali gre za vaš osebni primer?
help-question-explained = Če imate težavo z dokumenti, denarno pomočjo, stanodajalcem ali delom, vam lahko služba za pomoč svetuje osebno. Težave na tej strani so za probleme, ki jih ima veliko ljudi.
issues-search = Iskanje težav
issues-search-button = Išči
issues-search-results = Težave, ki ustrezajo iskanju »{ $query }«
issues-sort-answered = Najprej nedavno odgovorjene
translate-kind-issue = Težava
translate-kind-answer = Uradni odgovor
translate-kind-comment = Komentar
translate-text = Besedilo
taxonomy-title = Teme in soseske
taxonomy-intro = Prebivalci izbirajo med temi možnostmi, ko opozorijo na težavo. Vsaki temi lahko date svoje ime ali pa polje za ime pustite prazno; potem se uporabi prevedeno privzeto ime.
taxonomy-categories = Teme
taxonomy-tags = Posebej prizadete skupine
taxonomy-neighbourhoods = Soseske
taxonomy-rename = Preimenuj
taxonomy-remove = Odstrani
taxonomy-add = Dodaj
taxonomy-add-category = Dodaj temo
taxonomy-add-tag = Nova skupina
taxonomy-add-neighbourhood = Nova soseska
taxonomy-dimension = Spada pod
taxonomy-dimension-choose = Izberite
taxonomy-name = Ime
taxonomy-name-hint = Prikazano tako, kot je napisano, v vseh jezikih.
services-title = Službe za pomoč
services-intro = Službe, navedene na mestni strani za pomoč, za ljudi z vprašanjem o svojem osebnem primeru.
services-public-page = Oglejte si javno stran
services-add = Dodaj službo
services-edit = Uredi
services-name = Ime
services-description = Pri čem pomagajo
services-languages = Jeziki, ki jih tam govorijo
services-contact = Kako jih dosežete
services-contact-hint = Naslov, uradne ure, telefon, spletna stran.
issue-support-on-telegram = Podprite prek Telegrama
issue-voice-transcribe-title = Zapišite glasovno sporočilo
issue-voice-back = Nazaj na čakalno vrsto za moderiranje
issue-voice-saved = Shranjeno. Moderator lahko zdaj objavi težavo.
issue-voice-note = { $seconds ->
    [one] Glasovno sporočilo, { $seconds } sekunda
    [two] Glasovno sporočilo, { $seconds } sekundi
    [few] Glasovno sporočilo, { $seconds } sekunde
   *[other] Glasovno sporočilo, { $seconds } sekund
}
issue-voice-transcribe-hint = Poslušajte, nato napišite naslov in besedilo v jeziku, v katerem je sporočilo povedano. Izpustite imena, naslove in vse drugo, po čemer bi lahko prepoznali osebo.
issue-voice-language = Jezik govora
issue-voice-save = Shrani zapis
issue-voice-untranscribed = Še ni zapisano
issue-voice-transcribe = Zapišite, kaj je povedano
issue-voice-placeholder-title = Glasovno sporočilo
issue-voice-placeholder-body = Na to težavo so opozorili z glasovnim sporočilom; prostovoljec ga bo zapisal.
account-telegram = Telegram
account-telegram-intro = Uporabljajte Chorus prek Telegrama s tem računom: tukaj pridobite kodo in jo pošljite na @{ $bot }.
account-telegram-link = Pridobi kodo za povezavo s Telegramom
account-telegram-code = V 10 minutah pošljite botu /link { $code }. Koda deluje samo enkrat.
account-telegram-open = Odpri bota s to kodo
