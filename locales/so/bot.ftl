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
