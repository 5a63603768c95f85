# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Dooro luqadda iyo magaalada
bot-command-new = Soo qaad arrin
bot-command-my = Arrimahayga iyo xaaladdooda
bot-command-settings = Ogeysiisyada aan helo
bot-command-language = Beddel luqadda
bot-command-help = Waxa bot-kani qaban karo
bot-command-cancel = Jooji waxa aan samaynayo
bot-command-link = Ku xir akoonkayga websaydka
bot-command-export = Soo deji xogtayda
bot-command-delete = Tirtir xogtayda
bot-help-intro = Chorus wuxuu kuu oggolaanayaa inaad arrimo u soo qaaddo magaaladaada oo aad la socoto waxa ka dhaca. Magacaaga lama oga: bot-ku wuxuu kaydiyaa oo keliya lambarka wada-sheekaysigan iyo doorashooyinkaaga. Amarrada:

## Start
bot-choose-language = Luqaddee ayaad rabtaa inaad isticmaasho?
bot-language-chosen = Luqadda: { $language }
bot-choose-municipality = Magaaladee ayaad ku nooshahay?
bot-municipality-chosen = Magaalada: { $municipality }

## Menu
bot-menu-intro = Maxaad rabtaa inaad samayso?
bot-menu-new = Soo qaad arrin
bot-menu-my = Arrimahayga
bot-menu-settings = Ogeysiisyada
bot-menu-help = Caawimaad
bot-cancelled = Waa la joojiyay. Waxba lama dirin.
bot-cancel = Ka noqo

## Raising an issue
bot-issue-choose-theme = Arrintaadu maxay ku saabsan tahay? ({ $municipality })
bot-issue-ask-title = U qor arrintaada cinwaan gaaban (5 ilaa 150 xaraf).
bot-issue-ask-body = Hadda arrinta ku sharax erayadaada, luqad kasta (ugu yaraan 20 xaraf).
bot-issue-similar = Arrin la mid ah ayaa horay u jirta: { $title } ({ $supports } taageere). Waxaad taageeri kartaa taas, ama waad sii wadan kartaa taada.
bot-issue-confirm = Fadlan hubi arrintaada ka hor intaadan dirin: { $title }. Luqadda: { $language }.
bot-issue-language-unknown = lama garan — fadlan dooro
bot-issue-post = Dir
bot-issue-change-language = Dooro luqadda
bot-issue-choose-language = Luqaddee ayaad ku qortay?
bot-issue-anonymous-on = Magac la'aan: haa
bot-issue-anonymous-off = Magac la'aan: maya
bot-issue-cancelled = Arrintaada lama dirin.
bot-issue-submitted = Mahadsanid. Arrintaada (lambarka { $id }) waa la diray. Kormeere ayaa hubin doona ka hor inta aan la daabicin.
bot-issue-published = Mahadsanid. Arrintaada (lambarka { $id }) waa la daabacay.
bot-issue-card = { $title } ({ $supports } taageere)
bot-support = Taageer arrintan
bot-supported = Waad ku mahadsan tahay taageeradaada
bot-supported-issue = Waad taageertaa: { $title }
bot-open-portal = Ka fur websaydka
bot-voice-where = Si aad arrin ugu soo qaaddo fariin cod ah, ku bilow /new oo dooro mawduuc.
bot-voice-confirm = Fariintaada codka ah ({ $seconds } ilbiriqsi). Luqadda: { $language }. Mutadawac ayaa qoraal u beddeli doona ka hor inta aan la daabicin.
bot-voice-submitted = Mahadsanid. Fariintaada codka ah (arrinta lambarka { $id }) waa la diray. Mutadawac ayaa qoraal u beddeli doona, kadibna kormeere ayaa hubin doona.

## My issues
bot-my-none = Weli ma aadan soo qaadin wax arrin ah.
bot-my-title = { $count ->
    [one] Arrintaada:
   *[other] Arrimahaaga ({ $count }):
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = War cusub oo ku saabsan { $title }: { $status }
bot-notice-ballot = Natiijooyinka codeyn aad ka qayb qaadatay waa la daabacay: { $title }
bot-notice-consultation = Natiijooyinka la-tashi aad ka qayb qaadatay waa la daabacay: { $title }
bot-notice-ballot-opened = Cod bixin cusub ayaa furan: { $title }
bot-notice-consultation-opened = La-tashi cusub ayaa furan: { $title }
bot-settings-intro = Dooro ogeysiisyada aad hesho. Riix badhan si aad u shido ama u damiso.
bot-settings-on = { $what }: haa
bot-settings-off = { $what }: maya
bot-settings-saved = Waa la kaydiyay
bot-settings-issue = Arrimahayga iyo arrimaha aan taageero
bot-settings-ballot = Codeynta
bot-settings-consultation = La-tashiyada
bot-settings-summary = Soo koobitaannada golaha iyo jawaabaha

## My data
bot-export-caption = Wax kasta oo Chorus kaa kaydiyo.
bot-delete-confirm = Ma rabtaa inaad tirtirto akoonkaaga iyo xogtaada? Arrimahaaga iyo faalladahaaga waa la tirtirayaa ama waxay ku harayaan magac la'aan, sida ay magaaladaadu go'aansatay. Dib looma celin karo.
bot-delete-yes = Haa, tirtir
bot-delete-no = Maya, ha tirtirin
bot-delete-kept = Waxba lama tirtirin.
bot-delete-done = Xogtaada waa la tirtiray. Haddii aad mar kale wax qorto, waxaad ku bilaabaysaa akoon cusub oo madhan.
bot-link-ask = Si aad halkan ugu isticmaasho akoonkaaga websaydka, koodh ka hel bogga akoonkaaga. Kadibna soo dir /link iyo koodhka.
bot-link-done = Wada-sheekaysigan hadda wuxuu isticmaalayaa akoonkaaga { $name }.
bot-link-wrong = Koodhkani waa khalad ama wakhtigiisii wuu dhacay. Mid cusub ka hel websaydka.
bot-link-has-content = Wada-sheekaysigan horay wuu uga qayb qaatay (arrimo, taageero, codeyn ama jawaabo), sidaas darteed laguma xiri karo akoon kale. Marka hore waxaad xogtiisa ku soo dejisan kartaa /export ama ku tirtiri kartaa /delete.

## When something does not fit
bot-use-buttons = Fadlan isticmaal badhamada kore, ama /cancel si aad u joojiso.
bot-only-text = Waan ka xunnahay, halkan waxaan akhriyi karaa oo keliya fariimaha qoraalka ah.
bot-edit-ignored = Beddelidda fariin aad horay u dirtay ma beddesho waxa aan helay. Taa beddelkeeda, dir fariin cusub.
bot-unknown-command = Amarkan ma aqaan. /help ayaa muujinaya waxa aan qaban karo.
bot-button-expired = Badhankani hadda ma shaqeeyo.
bot-unknown-button = Badhankani hadda ma shaqeeyo.
bot-not-found = Tani hadda ma jirto, ama dadweynaha uma furna.
bot-not-allowed = Looma oggola inaad tan samayso.
bot-too-many = Isku dayo aad u badan. Fadlan wax yar sug oo mar kale isku day.
bot-too-large = Tani aad ayay u weyn tahay.
bot-error = Dhinacayaga ayaa wax ka khaldamay. Fadlan mar dambe isku day.

## Consultations
bot-command-consultations = La-tashiyada furan: su'aalo-weydiin iyo wareegyo fikradeed
bot-menu-consultations = La-tashiyada
bot-consultations-title = La-tashiyada furan ee { $municipality }. Dooro mid:
bot-consultations-none = Hadda ma jiro la-tashi furan oo ka socda { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Ka jawaab hal su'aal markiiba. Su'aal waad ka boodi kartaa, waad kaydin kartaa oo goor dambe sii wadi kartaa, dhammaadkana jawaabahaaga dir.
bot-consultation-resume = Hore ayaad jawaabo u kaydisay. Waxaan ka sii wadaynaa meeshii aad joogsatay.
bot-consultation-change = Jawaabahaaga hore ayaad u dirtay. Waad beddeli kartaa ilaa la-tashigu xirmo.
bot-consultation-question = Su'aasha { $n } ee { $total }
bot-consultation-required = Su'aashan jawaab ayay u baahan tahay si aad u dirto.
bot-consultation-choose-one = Dooro hal jawaab.
bot-consultation-choose-many = Riix jawaabaha si aad u doorato (mar kale riix si aad uga noqoto), kadibna riix “Xiga”.
bot-consultation-scale = Dooro 1 ilaa 5. 1 macnaheedu waa: { $low }. 5 macnaheedu waa: { $high }.
bot-consultation-rank = Riix xulashooyinka si kala horreysa: marka hore tan aad ugu jeceshahay. Qaar waad ka tagi kartaa. Kadib riix “Xiga”.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Kala horreysiinta dib u bilow
bot-consultation-write = Jawaabtaada ku qor fariin (ugu badnaan { $max } xaraf).
bot-consultation-your-answer = Jawaabtaada ilaa hadda: { $answer }
bot-consultation-next = Xiga
bot-consultation-skip = Ka bood
bot-consultation-review = Taasi waxay ahayd su'aashii ugu dambeysay. Hadda dir jawaabahaaga, ama kaydi oo goor dambe sii wad.
bot-statement-original = Qoraalka asalka ah ({ $language }): { $text }
bot-statement-ask = Fikraddaada ku qor hal fariin.
bot-statements-done = Hadda igu filan
bot-statements-thanks = Waad ku mahadsan tahay ka qaybgalkaaga. Wareeggan waad ku soo laaban kartaa ilaa uu xirmo.
## Votes
bot-command-votes = U codee mudnaanta
bot-menu-votes = Codeynta
bot-votes-intro = Codeynta furan ee { $municipality }. Mid dooro:
bot-votes-none = Hadda ma jirto codeyn furan oo { $municipality } ah.
bot-vote-rank-rule = Riix xulashooyinka sida aad u kala door bidayso, marka hore doorashadaada koowaad. Waad ka tagi kartaa xulashooyin qaar.
bot-vote-picked = Ilaa hadda la doortay: { $count }
bot-vote-budget-left = Miisaaniyadda hadhay: { $left } ee { $budget }
bot-vote-points-left = Dhibcaha hadhay: { $left } ee { $total }
bot-vote-order = Kala horreyntaada ilaa hadda:
bot-vote-nothing = Weli waxba lama dooran.
bot-vote-undo = Ka noqo kii ugu dambeeyay
bot-vote-continue = Sii wad
bot-vote-confirm = Fadlan hubi codkaaga ka hor intaadan dhiibin:
bot-vote-cast = Dhiib codkayga
bot-vote-change = Beddel
bot-vote-cancelled = Waa la joojiyay. Codkaaga lama dhiibin.
bot-vote-receipt = Koodhka rasiidkaaga: { $code }
bot-vote-receipt-explained = Koodhkan hay: hal mar oo keliya ayaa la tusayaa. Marka natiijooyinka la daabaco, wuxuu kuu oggolaanayaa inaad hubiso in codkaaga loo tiriyay sidii aad u dhiibtay. Qof kale kuguma xidhi karo.
bot-vote-receipt-hash = Liiska la daabacay, codkaagu waa sadarka leh: { $hash }
bot-vote-ask-receipt = Si aad codkaaga u beddesho, soo dir koodhka rasiidka codkaagii hore (ama /cancel si aad u joojiso).
bot-notice-summary = War ku saabsan talo golaha: { $title }
bot-notice-summary-answered = Dowladda hoose waxay ka jawaabtay talo aad ka qayb qaadatay: { $title }
bot-notice-summary-done = Talo aad ka qayb qaadatay waa la dhammeeyay: { $title }
bot-notice-summary-dropped = Talo aad ka qayb qaadatay waa laga tagay: { $title }
bot-notice-summary-overdue = Wakhtiga kama dambaysta ah ee talo waa dhaafay: { $title }
bot-notice-summary-forwarded = Soo koobid golaha ka timid ayaa loo diray dowladda hoose: { $title }
