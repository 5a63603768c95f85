error-title-not-found = Strani ni mogoče najti
error-title-forbidden = Ni dovoljeno
error-title-bad-request = Z zahtevo je nekaj narobe
error-title-internal = Prišlo je do napake
error-not-found = Te strani nismo našli. Morda je bila premaknjena ali odstranjena.
error-forbidden = Vaš račun nima dovoljenja za ogled te strani.
error-unauthorized = Najprej se prijavite.
error-csrf = Ta obrazec je potekel ali je bil poslan z drugega spletnega mesta. Vrnite se nazaj, znova naložite stran in poskusite še enkrat. Da bi obrazci v Chorus delovali, morate dovoliti piškotke.
error-too-many-requests = Preveč poskusov. Počakajte minuto in poskusite znova.
error-too-large = Poslana vsebina je prevelika.
error-bad-request = Te zahteve nismo razumeli.
error-method-not-allowed = Ta naslov ne sprejema te vrste zahtev.
error-timeout = To je trajalo predolgo. Poskusite znova.
error-validation = Nekatera polja je treba popraviti.
error-internal = Oprostite, pri nas je šlo nekaj narobe. Poskusite znova pozneje.
error-database = Podatkovna zbirka ni na voljo.
error-code = Napaka { $status }
error-go-home = Na domačo stran

username-required = Izberite uporabniško ime.
username-too-short = Uporabniško ime mora imeti vsaj 3 znake.
username-too-long = Uporabniško ime ima lahko največ 32 znakov.
username-invalid-characters = Uporabite samo črke, številke ter znake - _ in . (na začetku mora biti črka ali številka).
username-reserved = To ime je rezervirano. Izberite drugo.
username-taken = To uporabniško ime je že zasedeno. Izberite drugo.
username-mixed-scripts = Uporabite črke samo ene abecede (številke ter znaki - _ in . so dovoljeni).
username-too-similar = To ime je preveč podobno imenu, ki že obstaja. Izberite drugo.

password-required = Izberite geslo.
password-too-short = Geslo mora imeti vsaj 8 znakov.
password-too-long = Geslo je predolgo.
password-same-as-username = Geslo ne sme biti enako uporabniškemu imenu.
password-too-common = To geslo je preveč pogosto in ga je lahko uganiti. Poskusite z nekaj besedami, ki vam nekaj pomenijo.
password-mismatch = Gesli se ne ujemata.
password-wrong = Geslo ni pravilno.

email-invalid = To ni videti kot e-poštni naslov. Polje lahko pustite tudi prazno.
language-unknown = Izberite jezik s seznama.
role-unknown = Neznana vloga.
code-invalid = Ta koda ni veljavna, je potekla ali je bila že uporabljena.

login-failed = Prijava ni uspela. Preverite uporabniško ime in geslo. Po več napačnih poskusih je treba za prijavo z nove naprave počakati nekaj minut; koda za obnovitev deluje vedno.
login-one-time-expired = To enkratno geslo je poteklo. Prosite skrbnika za novo kodo za ponastavitev.

municipality-unknown = Izberite mesto s seznama.
municipality-name-invalid = Ime mora imeti od 2 do 100 znakov.
municipality-slug-invalid = Uporabite od 2 do 40 malih črk, številk in vezajev.
municipality-slug-taken = To ime v spletnem naslovu že uporablja drugo mesto.
municipality-languages-required = Izberite vsaj en jezik.
municipality-default-language-invalid = Privzeti jezik mora biti eden od izbranih jezikov.
municipality-moderation-invalid = Izberite, kako se pregledujejo objave.
municipality-policy-invalid = Izberite, kaj se zgodi, ko je račun izbrisan.

account-last-admin = To je zadnji skrbniški račun. Najprej dodelite skrbniške pravice nekomu drugemu.

# Issues.
issue-title-required = Napišite naslov.
issue-title-too-short = Naslov mora imeti vsaj 5 znakov.
issue-title-too-long = Naslov ima lahko največ 150 znakov.
issue-body-required = Opišite težavo.
issue-body-too-short = Napišite vsaj 20 znakov.
issue-body-too-long = Opis ima lahko največ 5000 znakov.
issue-theme-required = Izberite temo s seznama.
issue-tag-unknown = Izberite s seznama.
issue-neighbourhood-unknown = Izberite sosesko s seznama.
issue-lang-required = Izberite jezik, v katerem ste pisali.

# Moderation.
moderation-reason-required = Izberite razlog.
moderation-note-too-long = Opomba ima lahko največ 1000 znakov.
moderation-merge-target-invalid = Vpišite številko druge objavljene težave iz tega mesta.
moderation-not-allowed = V trenutnem stanju težave tega ni mogoče narediti.
report-reason-required = Izberite, kaj je narobe.

# Translation.
translation-required = Napišite prevod.
translation-source-changed = Izvirno besedilo se je spremenilo, medtem ko ste prevajali (na primer, odstranjeni so bili osebni podatki). Preverite svoj prevod glede na besedilo, kakršno je zdaj.
translation-too-long = Besedilo je predolgo.

# Participation.
comment-required = Napišite svoj komentar.
comment-too-short = Komentar je prekratek.
comment-too-long = Komentar ima lahko največ 2000 znakov.
answer-required = Napišite odgovor.
answer-too-short = Odgovor mora imeti vsaj 10 znakov.
answer-too-long = Odgovor ima lahko največ 5000 znakov.
answer-department-too-long = Ime oddelka ima lahko največ 120 znakov.
answer-date-invalid = Vpišite pravi datum v obliki leto-mesec-dan (na primer 2027-03-31).
status-change-not-allowed = Težave zdaj ni mogoče premakniti v to stanje.
issue-edit-not-requested = Nihče ni prosil za spremembo te težave.
taxonomy-name-required = Vpišite ime.
taxonomy-name-too-long = Ime ima lahko največ 80 znakov.
taxonomy-name-taken = To ime je že uporabljeno.
taxonomy-dimension-required = Izberite, kam spada tema.
taxonomy-category-in-use = To temo uporabljajo nekatere težave, zato je ni mogoče odstraniti. Namesto tega jo preimenujte.
service-name-invalid = Vpišite ime, dolgo od 2 do 120 znakov.
service-description-too-long = Opis ima lahko največ 1000 znakov.
service-contact-invalid = Vpišite kontaktne podatke, dolge od 2 do 500 znakov.
service-languages-invalid = Izberite vsaj en jezik, ki ga tam govorijo.
posting-too-often = V zadnji uri ste veliko objavljali. Počakajte malo, preden spet kaj objavite; vaše besedilo je shranjeno spodaj.
issue-voice-too-large = To glasovno sporočilo je predolgo. Naj bo krajše od dveh minut.
issue-voice-empty = Glasovno sporočilo je prazno.
issue-voice-not-waiting = Ta težava ne čaka več na moderiranje.
moderation-transcribe-first = Preden objavite težavo, zapišite, kaj je povedano v glasovnem sporočilu.
