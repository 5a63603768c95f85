# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Izbira jezika in mesta
bot-command-new = Opozorite na težavo
bot-command-my = Moje težave in njihovo stanje
bot-command-settings = Katera obvestila prejemam
bot-command-language = Zamenjava jezika
bot-command-help = Kaj zna ta bot
bot-command-cancel = Prekini trenutno dejanje
bot-command-link = Poveži z mojim računom na spletni strani
bot-command-export = Prenesi moje podatke
bot-command-delete = Izbriši moje podatke
bot-help-intro = Na platformi Chorus lahko mesto opozorite na težave in spremljate, kaj se z njimi zgodi. Ostanete anonimni: bot hrani samo številko tega klepeta in vaše izbire. Ukazi:

## Start
bot-choose-language = Kateri jezik želite uporabljati?
bot-language-chosen = Jezik: { $language }
bot-choose-municipality = V katerem mestu živite?
bot-municipality-chosen = Mesto: { $municipality }

## Menu
bot-menu-intro = Kaj želite narediti?
bot-menu-new = Opozorite na težavo
bot-menu-my = Moje težave
bot-menu-settings = Obvestila
bot-menu-help = Pomoč
bot-cancelled = Ustavljeno. Nič ni bilo poslano.
bot-cancel = Prekliči

## Raising an issue
bot-issue-choose-theme = Na kaj se nanaša vaša težava? ({ $municipality })
bot-issue-ask-title = Napišite kratek naslov za svojo težavo (od 5 do 150 znakov).
bot-issue-ask-body = Zdaj opišite težavo s svojimi besedami, v katerem koli jeziku (vsaj 20 znakov).
bot-issue-similar = Podobna težava že obstaja: { $title } (število podpor: { $supports }). Lahko podprete njo ali nadaljujete s svojo.
bot-issue-confirm = Preden pošljete, preverite svojo težavo: { $title }. Jezik: { $language }.
bot-issue-language-unknown = ni prepoznan — izberite ga
bot-issue-post = Pošlji
bot-issue-change-language = Izberite jezik
bot-issue-choose-language = V katerem jeziku ste pisali?
bot-issue-anonymous-on = Anonimno: da
bot-issue-anonymous-off = Anonimno: ne
bot-issue-cancelled = Vaša težava ni bila poslana.
bot-issue-submitted = Hvala. Vaša težava (številka { $id }) je poslana. Moderator jo bo pregledal, preden bo objavljena.
bot-issue-published = Hvala. Vaša težava (številka { $id }) je objavljena.
bot-issue-card = { $title } (število podpor: { $supports })
bot-support = Podprite to težavo
bot-supported = Hvala za vašo podporo
bot-supported-issue = Podpirate: { $title }
bot-open-portal = Odpri na spletni strani
bot-voice-where = Če želite na težavo opozoriti z glasovnim sporočilom, začnite z /new in izberite temo.
bot-voice-confirm = Vaše glasovno sporočilo ({ $seconds } s). Jezik: { $language }. Prostovoljec ga bo zapisal, preden bo objavljeno.
bot-voice-submitted = Hvala. Vaše glasovno sporočilo (težava številka { $id }) je poslano. Prostovoljec ga bo zapisal, moderator pa bo pregledal težavo.

## My issues
bot-my-none = Niste še opozorili na nobeno težavo.
bot-my-title = { $count ->
    [one] Imate { $count } težavo:
    [two] Imate { $count } težavi:
    [few] Imate { $count } težave:
   *[other] Imate { $count } težav:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Novice o težavi { $title }: { $status }
bot-notice-ballot = Rezultati glasovanja, v katerem ste sodelovali, so objavljeni: { $title }
bot-notice-consultation = Rezultati posvetovanja, v katerem ste sodelovali, so objavljeni: { $title }
bot-notice-ballot-opened = Odprto je novo glasovanje: { $title }
bot-notice-consultation-opened = Odprto je novo posvetovanje: { $title }
bot-settings-intro = Izberite, katera obvestila prejemate. Pritisnite gumb, da obvestilo vklopite ali izklopite.
bot-settings-on = { $what }: vklopljeno
bot-settings-off = { $what }: izklopljeno
bot-settings-saved = Shranjeno
bot-settings-issue = Moje težave in težave, ki jih podpiram
bot-settings-ballot = Glasovanja
bot-settings-consultation = Posvetovanja
bot-settings-summary = Povzetki sveta in odgovori

## My data
bot-export-caption = Vse, kar Chorus hrani o vas.
bot-delete-confirm = Želite izbrisati svoj račun in podatke? Vaše težave in komentarji se odstranijo ali ostanejo kot anonimni, kot je določilo vaše mesto. Tega ni mogoče razveljaviti.
bot-delete-yes = Da, izbriši
bot-delete-no = Ne, obdrži
bot-delete-kept = Nič ni bilo izbrisano.
bot-delete-done = Vaši podatki so izbrisani. Če spet pišete, začnete z novim, praznim računom.
bot-link-ask = Če želite tukaj uporabljati svoj račun s spletne strani, na strani svojega računa pridobite kodo. Nato pošljite /link in kodo.
bot-link-done = Ta klepet zdaj uporablja vaš račun { $name }.
bot-link-wrong = Ta koda je napačna ali je potekla. Novo kodo pridobite na spletni strani.
bot-link-has-content = Ta klepet je že sodeloval (težave, podpore, glasovanja ali odgovori), zato ga ni mogoče povezati z drugim računom. Najprej lahko njegove podatke prenesete z ukazom /export ali jih izbrišete z ukazom /delete.

## When something does not fit
bot-use-buttons = Uporabite gumbe zgoraj ali /cancel, da prekinete.
bot-only-text = Oprostite, tukaj lahko berem samo besedilna sporočila.
bot-edit-ignored = Če spremenite sporočilo, ki ste ga že poslali, se to, kar sem prejel, ne spremeni. Raje pošljite novo sporočilo.
bot-unknown-command = Tega ukaza ne poznam. Ukaz /help pokaže, kaj znam.
bot-button-expired = Ta gumb ne velja več.
bot-unknown-button = Ta gumb ne velja več.
bot-not-found = Tega ni več ali pa ni javno.
bot-not-allowed = Tega ne smete narediti.
bot-too-many = Preveč poskusov. Počakajte malo in poskusite znova.
bot-too-large = To je preveliko.
bot-error = Pri nas je šlo nekaj narobe. Poskusite znova pozneje.

## Consultations
bot-command-consultations = Odprta posvetovanja: vprašalniki in krogi mnenj
bot-menu-consultations = Posvetovanja
bot-consultations-title = Odprta posvetovanja – { $municipality }. Izberite eno:
bot-consultations-none = Trenutno ni odprtega posvetovanja – { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Odgovarjajte na eno vprašanje naenkrat. Vprašanje lahko preskočite, shranite in nadaljujete pozneje, na koncu pa oddate odgovore.
bot-consultation-resume = Odgovore ste že shranili. Nadaljujemo tam, kjer ste končali.
bot-consultation-change = Odgovore ste že oddali. Spremenite jih lahko, dokler se posvetovanje ne zapre.
bot-consultation-question = Vprašanje { $n } od { $total }
bot-consultation-required = Za oddajo je potreben odgovor.
bot-consultation-choose-one = Izberite en odgovor.
bot-consultation-choose-many = Pritisnite odgovore, da jih izberete (ponovni pritisk izbiro prekliče), nato pritisnite »Naprej«.
bot-consultation-scale = Izberite od 1 do 5. 1 pomeni: { $low }. 5 pomeni: { $high }.
bot-consultation-rank = Pritiskajte možnosti po vrsti: najprej tisto, ki vam je najbolj všeč. Nekatere lahko izpustite. Nato pritisnite »Naprej«.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Začni razvrščanje znova
bot-consultation-write = Odgovor napišite v sporočilo (največ { $max } znakov).
bot-consultation-your-answer = Vaš dosedanji odgovor: { $answer }
bot-consultation-next = Naprej
bot-consultation-skip = Preskoči
bot-consultation-review = To je bilo zadnje vprašanje. Oddajte odgovore zdaj ali jih shranite in nadaljujte pozneje.
bot-statement-original = Izvirnik ({ $language }): { $text }
bot-statement-ask = Svoje mnenje napišite v eno sporočilo.
bot-statements-done = Za zdaj dovolj
bot-statements-thanks = Hvala za sodelovanje. K temu krogu se lahko vrnete, dokler se ne zapre.
## Votes
bot-command-votes = Glasujte o prednostnih nalogah
bot-menu-votes = Glasovanja
bot-votes-intro = Odprta glasovanja v občini { $municipality }. Izberite eno:
bot-votes-none = V občini { $municipality } trenutno ni odprtega glasovanja.
bot-vote-rank-rule = Pritisnite možnosti v vrstnem redu, ki ga imate raje, najprej svojo prvo izbiro. Možnosti lahko izpustite.
bot-vote-picked = Doslej izbrano: { $count }
bot-vote-budget-left = Preostali proračun: { $left } od { $budget }
bot-vote-points-left = Preostale točke: { $left } od { $total }
bot-vote-order = Vaš vrstni red doslej:
bot-vote-nothing = Še nič ni izbrano.
bot-vote-undo = Razveljavi zadnjo
bot-vote-continue = Naprej
bot-vote-confirm = Preden oddate glas, ga preverite:
bot-vote-cast = Oddaj moj glas
bot-vote-change = Spremeni
bot-vote-cancelled = Ustavljeno. Vaš glas ni bil oddan.
bot-vote-receipt = Vaša koda potrdila: { $code }
bot-vote-receipt-explained = Shranite to kodo: prikazana je samo enkrat. Ko bodo rezultati objavljeni, lahko z njo preverite, da je bil vaš glas preštet tako, kot ste ga oddali. Nihče drug je ne more povezati z vami.
bot-vote-receipt-hash = Na objavljenem seznamu je vaš glas vrstica z: { $hash }
bot-vote-ask-receipt = Če želite spremeniti glas, pošljite kodo potrdila prejšnjega glasu (ali /cancel za prekinitev).
bot-notice-summary = Novice o priporočilu sveta: { $title }
bot-notice-summary-answered = Občina je odgovorila na priporočilo, h kateremu ste prispevali: { $title }
bot-notice-summary-done = Priporočilo, h kateremu ste prispevali, je narejeno: { $title }
bot-notice-summary-dropped = Priporočilo, h kateremu ste prispevali, je bilo opuščeno: { $title }
bot-notice-summary-overdue = Rok priporočila je potekel: { $title }
bot-notice-summary-forwarded = Povzetek sveta je bil poslan občini: { $title }
