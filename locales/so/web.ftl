home-title = Ra'yigaaga ka dhiibo magaaladaada
home-intro = Chorus waxay kuu oggolaanaysaa inaad arrimo ku soo qaaddo luqaddaada, inaad ka qayb gasho la-tashiyada golaha la-talinta muhaajiriinta, iyo inaad aragto waxa magaaladu ka qabato.
home-choose = Dooro magaaladaada
home-none = Weli magaalo lama diyaarin.
home-safety-title = Badbaadadaada
home-safety = Waxaad isticmaali kartaa magac kale oo aan ahayn magacaaga dhabta ah. Iimaylku waa ikhtiyaari. Marnaba kuma weydiino meesha aad ka timid ama waraaqaha aad haysato.

notice-account-deleted = Akoonkaaga iyo xogtaada shakhsiga ah waa la tirtiray.
notice-signed-out = Waad ka baxday.

municipality-intro = Ku soo dhawoow Chorus ee { $name }.
municipality-your-roles = Halkan waxaad uga qayb qaadanaysaa sidii:
municipality-join = Ku biir { $name }
municipality-register = Samee akoon si aad uga qayb qaadato
municipality-languages = Luqadaha
municipality-moderation = Sida qoraallada loo hubiyo

team-title = Kooxda
team-intro = Dadka turjuma, kormeera, ku jira golaha ama ka jawaaba magaalada magaceeda.
team-empty = Weli qofna door kooxeed halkan kuma laha.
team-person = Qofka
team-role = Doorka
team-since = Laga bilaabo

form-has-errors = Fadlan sax waxyaabahan soo socda:

register-title = Samee akoon
register-intro = Dooro magac ay dadka kale arkayaan. Looma baahna inuu noqdo magacaaga dhabta ah.
register-username = Magaca isticmaalaha
register-username-hint = 3 ilaa 32 xaraf ama tiro, alifbeeto kasta. Waxaad sidoo kale isticmaali kartaa - _ iyo .
register-password = Erayga sirta ah
register-password-hint = Ugu yaraan 8 xaraf. Jumlad gaaban way fududahay in la xasuusto, wayna adag tahay in la qiyaaso.
register-password-confirm = Mar kale qor erayga sirta ah
register-email = Iimayl (ikhtiyaari)
register-email-hint = Waxaa loo isticmaalaa oo keliya in lagaa caawiyo inaad dib ugu soo gasho akoonkaaga. Waad ka tagi kartaa isagoo madhan.
register-language = Luqadda
register-municipality = Magaaladaada (ikhtiyaari)
register-municipality-none = Goor dambe dooro
register-privacy = Kuma weydiino dhalashadaada, sharciga aad dalka ku joogto ama aqoonsigaaga, mana diiwaangelino ciwaanka IP-gaaga.
register-submit = Samee akoon
register-have-account = Horay ma u leedahay akoon?

code-title = Koodhkaaga soo celinta
code-intro = Koodhkan qor oo meel ammaan ah ku hay. Waa habka keliya ee aad dib ugu geli karto akoonkaaga haddii aad ilowdo erayga sirta ah oo aadan lahayn iimayl.
code-keep-safe = Hal mar oo keliya ayaan ku tusaynaa. Koodh kasta hal mar ayuu shaqeeyaa; marka aad isticmaasho waxaad helaysaa mid cusub.
code-continue = Waan qortay

login-title = Gal
login-username = Magaca isticmaalaha
login-password = Erayga sirta ah
login-submit = Gal
login-remember = Ha iga saarin akoonka qalabkan
login-remember-hint = Kaliya taleefan ama kombiyuutar adiga kuu gaar ah. Kombiyuutar dad kale ay isticmaalaan, tan ha dooran: halkaas waxaa lagaa saarayaa dhowr saacadood kadib haddii aan waxba la samayn.
login-notice-password-failures = Waa lagaa saaray, sababtoo ah erayga sirta ah ee hadda waxaa si khalad ah loo qoray marar aad u badan. Fadlan mar kale gal.
login-no-account = Samee akoon
login-forgot = Ma ilowday erayga sirta ah? Isticmaal koodhka soo celinta
login-have-reset-code = Waxaan haystaa koodh dib-u-dejin oo maamule iga siiyay

recover-title = Isticmaal koodhka soo celinta
recover-intro = Geli magaca isticmaalaha, koodhka soo celinta ee aad qortay, iyo eray sir ah oo cusub.
recover-code = Koodhka soo celinta
recover-code-hint = Tusaale ahaan 7K2QD-M9XAT-4HBEW-PC0RN. Xarfo waaweyn ama yaryar labaduba way shaqeeyaan.
recover-no-code = Koodh ma haysatid? Weydii urur ama kooxda Chorus ee magaaladaada: marka ay kula kulmaan kadib, waxay ku siin karaan koodh dib-u-dejin.

reset-title = Isticmaal koodh dib-u-dejin
reset-intro = Maamule ayaa ku siiyay koodh dib-u-dejin kadib markuu kula kulmay. Geli isaga oo ay la socdaan magaca isticmaalaha iyo eray sir ah oo cusub.
reset-code = Koodhka dib-u-dejinta
reset-code-hint = Koodhku wuxuu shaqeeyaa muddo xaddidan oo keliya, hal mar oo keliya.

account-title = Akoonkayga
account-signed-in-as = Waxaad ku gashay magaca
account-roles = Meelaha aad ka qayb qaadato
account-no-roles = Weli kuma biirin magaalo.
account-language = Luqadda
account-language-label = Luqadda bogagga
account-language-save = Kaydi luqadda
account-security = Ammaanka
account-data = Xogtaada
account-data-intro = Soo deji wax kasta oo Chorus kaa kaydiyo, ama tirtir akoonkaaga.
account-export = Soo deji xogtayda (JSON)

password-title = Beddel erayga sirta ah
password-current = Erayga sirta ah ee hadda
password-new = Eray sir ah oo cusub
password-submit = Kaydi erayga sirta ah ee cusub
password-changed = Erayga sirta ah waa la beddelay. Waxaa lagaa saaray qalabkaaga kale.
password-must-change = Waxaad ku gashay eray sir ah oo hal mar la isticmaalo. Fadlan hadda dooro eray sir ah oo adiga kuu gaar ah.

delete-title = Tirtir akoonkayga
delete-explained = Tani waxay tirtiraysaa magacaaga, iimaylkaaga, dejintaada iyo doorarkaaga. Dib looma celin karo. Iyadoo ku xiran xeerarka magaaladaada, waxa aad daabacday waxay ku harayaan magac la'aan ama waa la tirtirayaa.
delete-export-first = Waxaa laga yaabaa inaad marka hore rabto inaad soo dejiso xogtaada.
delete-password = Ku xaqiiji erayga sirta ah
delete-submit = Tirtir akoonkayga weligiis

admin-title = Maamulka
admin-municipalities = Magaalooyinka
admin-municipality-new = Ku dar magaalo
admin-municipality-edit = Wax ka beddel magaalada
admin-municipality-name = Magaca
admin-municipality-slug = Magaca ciwaanka shabakadda
admin-municipality-slug-hint = Xarfo Laatiin ah oo yaryar, tirooyin iyo xarriijin, tusaale porto-sereno. Wuxuu ka muuqdaa xiriiriyeyaasha (links).
admin-municipality-languages = Luqadaha
admin-municipality-default-language = Luqadda caadiga ah
admin-municipality-moderation = Kormeerka
admin-municipality-policy = Marka akoon la tirtiro
admin-actions = Ficillada
admin-edit = Wax ka beddel { $name }
admin-save = Kaydi
admin-users = Akoonnada
admin-users-search = Ka raadi akoon magaca isticmaalaha
admin-users-search-submit = Raadi
admin-users-none = Akoon lama helin.
admin-user-since = Xubin tan iyo
admin-role-municipality = Magaalada
admin-role-grant = Sii door
admin-role-revoke = Ka qaad doorka
admin-admin-grant = Ka dhig maamule
admin-admin-revoke = Ka qaad xuquuqda maamulaha
admin-reset-title = Dib-u-dejinta erayga sirta ah
admin-reset-explained = Kaliya kadib markaad qofka la kulanto oo aad hubiso in akoonku isaga leeyahay: samee koodh dib-u-dejin oo hal mar la isticmaalo oo sii qofka. Wuu dhacaa dhowr maalmood kadib.
admin-reset-issue = Samee koodh dib-u-dejin
admin-reset-issued = Koodhkan sii qofka. Hadda oo keliya ayaa la muujinayaa.

# Issues: raising, listing and reading them.
municipality-issues = Eeg arrimaha halkan laga soo qaaday
municipality-raise = Soo qaad arrin
issues-title = Arrimaha
issues-filter = Shaandhee oo kala hormari
issues-any = Dhammaan
issues-status = Xaaladda
issues-language = Luqadda lagu qoray
issues-sort = Kala horreynta
issues-sort-newest = Kuwa ugu cusub marka hore
issues-sort-supported = Kuwa ugu taageerada badan marka hore
issues-apply = Tus
issues-none = Ma jiraan arrimo ku habboon. Waxaad soo qaadi kartaa tan ugu horreysa.
issues-more = Tus arrimo kale
issue-new-title = Soo qaad arrin
issue-new-intro = Ku qor luqad kasta. Sharax dhibaatada, haddii aad awooddana, sheeg waxa caawin lahaa. Ha qorin magacyo, ciwaanno ama xog kale oo shakhsi ah.
issue-field-title = Cinwaanka
issue-field-title-hint = Jumlad gaaban, 5 ilaa 150 xaraf.
issue-field-body = Waa maxay arrintu?
issue-field-body-hint = Ugu yaraan 20 xaraf. Sheeg cidda ay saameyso iyo meesha.
issue-field-theme = Mawduuca
issue-field-theme-choose = Dooro mawduuc
issue-field-tags = Yaa gaar ahaan ay saameysaa? (ikhtiyaari)
issue-field-neighbourhood = Xaafadda (ikhtiyaari)
issue-field-neighbourhood-none = Magaalada oo dhan
issue-field-anonymous = Magacayga ha la muujin (dadweynuhu ma arki doonaan magacayga)
issue-continue = Sii wad
issue-confirm-preview = Arrintaada
issue-confirm-language = Luqadda qoraalkaaga
issue-confirm-detected = Waxaan u malaynaynaa inaad ku qortay { $language }. Haddii kale, dooro luqadda saxda ah.
issue-confirm-not-detected = Fadlan dooro luqadda aad ku qortay.
issue-similar-title = Arrimo la mid ah
issue-similar-intro = Waxaa laga yaabaa in qof horay u soo qaaday arrintan. Waxaad taageeri kartaa arrintiisa, ama waad diri kartaa taada.
issue-submit = Dir arrintayda
issue-edit = Beddel qoraalkayga
issue-submitted-public = Mahadsanid. Arrintaada waa la daabacay.
issue-submitted-waiting = Mahadsanid. Kormeere ayaa dhowaan hubin doona arrintaada; waxaa lagugu ogeysiin doonaa akoonkaaga.
issue-by = Waxaa soo qaaday
issue-anonymous-to-public = dadweynaha waxaa loo muujiyaa magac la'aan
issue-by-anonymous = Waxaa lagu soo qaaday magac la'aan
issue-written-in = Waxaa lagu qoray { $language }
issue-supports = { $count ->
    [one] { $count } taageere
   *[other] { $count } taageere
}
issue-support = Waan taageersanahay tan
issue-you-support = Waad taageertay arrintan.
issue-withdraw = Ka noqo taageeradayda
issue-sign-in-to-support = Gal si aad u taageerto arrintan
issue-timeline = Waxa ilaa hadda dhacay

# Moderation, reports and notifications.
moderation-title = Liiska hubinta
moderation-intro = Arrimaha cusub iyo arrimaha la soo sheegay, kuwa ugu horreeyay marka hore. Go'aan kasta waxaa lala diiwaangeliyaa sababtiisa.
moderation-empty = Wax sugaya ma jiraan. Mahadsanid!
moderation-reported = La soo sheegay:
moderation-publish = Daabac
moderation-restore = Dib u soo celi
moderation-dismiss-reports = Ha sii muuqato (iska dhaaf warbixinnada)
moderation-reason = Sababta (waa loo baahan yahay si loo diido ama loo qariyo)
moderation-reason-choose = Dooro sabab
moderation-note = Farriin loogu talagalay qoraaha (ikhtiyaari)
moderation-reject = Diid
moderation-hide = Qari
moderation-merge-into = Lambarka arrinta ay ku celinayso
moderation-merge = Isku dar
moderation-redact = Ka saar xogta shakhsiga ah
moderation-redact-intro = Magacyada, ciwaannada, lambarrada taleefanka iyo xogta kale ee shakhsiga ah ku beddel […]. Qoraalka asalka ah waxaa loo hayaa maamulayaasha oo keliya.
moderation-redact-save = Kaydi qoraalka la saxay
notifications-title = Ogeysiisyada
notifications-none = Weli wax cusub ma jiraan. Warka ku saabsan arrimahaaga halkan ayuu ka soo muuqan doonaa.
notifications-new = Cusub
notifications-mark-read = Dhammaan u calaamadee sidii la akhriyay
notification-unavailable = Arrin aad la socoto hadda dadweynaha uma muuqato.
notifications-unread = { $count ->
    [one] { $count } cusub
   *[other] { $count } cusub
}
report-title = Soo sheeg arrintan
report-reason = Maxaa khaldan?
report-submit = Dir warbixinta
report-thanks = Mahadsanid. Kormeere ayaa eegi doona.
report-thanks-hidden = Mahadsanid. Arrintan waa la qariyay ilaa kormeere ka eego.
issue-merged-into = Arrintan waxaa lagu daray arrin kale oo ku saabsan isla dhibaatadan:
redactions-title = Xogta shakhsiga ah ee la saaray (maamulayaasha oo keliya)
redacted-issue-title = Cinwaanka
redacted-issue-body = Sharraxaadda
redacted-comment = Faallo
redacted-answer = Jawaab rasmi ah

# The audit log.
audit-title = Diiwaanka go'aannada
audit-intro = Go'aan kasta oo kormeer iyo maamul oo magaaladan laga gaaray: yaa, maxay, goorma iyo sababta.
audit-filter = Tus
audit-filter-issues = Go'aannada arrimaha
audit-filter-roles = Doorarka la bixiyay iyo kuwa la qaaday
audit-filter-municipality = Habaynta magaalada
audit-filter-all = Wax walba
audit-empty = Weli waxba lama diiwaangelin.
audit-when = Goorma
audit-who = Yaa
audit-what = Maxay
audit-why = Faahfaahin

# Translation.
translate-title = Turjumaadaha
translate-intro = Arrimo la daabacay oo aan weli lagu helin dhammaan luqadaha magaaladan, kuwa ugu horreeyay marka hore. Turjumaadaha mashiinka waxay sugayaan in qof hubiyo.
translate-empty = Wax walba waa la turjumay. Mahadsanid!
translate-machine-waiting = turjumaad mashiin oo u baahan hubin
translate-into = U turjun luqaddan: { $language }
translate-original = Qoraalka asalka ah ({ $language })
translate-yours = Turjumaaddaada
translate-review-machine = Tani waa turjumaad mashiin. Sax haddii loo baahdo, kadibna kaydi: markaas waxaa loo tirin doonaa mid la hubiyay.
translate-save = Kaydi turjumaadda
translation-machine = turjumaad mashiin
translation-volunteer = waxaa turjumay mutadawac
translation-machine-from = Turjumaad mashiin. Luqadda asalka ah: { $language }
translation-volunteer-from = Waxaa turjumay mutadawac. Luqadda asalka ah: { $language }
translation-show-original = Tus qoraalka asalka ah
translation-show-translation = Tus turjumaadda

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Hal faallo
   *[other] { $count } faallo
}
comment-field-body = Faalladaada
comment-field-body-hint = Ku qor luqad kasta. Si naxariis leh u qor, hana qorin xog shakhsi ah.
comment-submit = Dir faallada
comment-sign-in = Gal si aad faallo u qorto
comment-report = Soo sheeg faalladan
comment-deleted-account = Akoon la tirtiray
comment-published = Mahadsanid. Faalladaada waa la daabacay.
comment-waiting = Mahadsanid. Kormeere ayaa dhowaan hubin doona faalladaada.
comment-reported = Mahadsanid. Kormeere ayaa eegi doona faalladan.
field-language = Luqadda qoraalkaaga
field-language-detect = Luqadda si toos ah u garo
answer-title = Jawaabta magaalada
answer-official = Jawaab rasmi ah
answer-department = Waaxda mas'uulka ka ah
answer-expected = Taariikhda la filayo
answer-field-body = Jawaab rasmi ah
answer-field-body-hint = Ku qor luqaddaada; waxaa loo turjumi doonaa deggenayaasha.
answer-field-department = Waaxda mas'uulka ka ah (ikhtiyaari)
answer-field-expected = Taariikhda la filayo (ikhtiyaari)
answer-field-expected-hint = Sannad-bil-maalin, tusaale ahaan 2027-03-31.
answer-field-resolved = Jawaabtani waxay xallinaysaa arrinta
answer-submit = Daabac jawaabta
answer-posted = Jawaabta waa la daabacay. Qoraaha iyo taageerayaasha waa la ogeysiiyay.
city-title = Loogu talagalay magaalada
city-forward = U dir golaha
city-resolve = Calaamadee in la xalliyay
issue-forwarded = Arrinta waxaa loo diray golaha.
issue-edit-requested = Kormeere ayaa kaa codsaday inaad wax ka beddesho arrintan ka hor inta aan la daabicin.
issue-edit-now = Hadda wax ka beddel
issue-edit-title = Wax ka beddel arrintaada
issue-edit-asked = Kormeere ayaa codsaday isbeddelladan:
issue-edit-save = Kaydi oo u dir kormeerayaasha
issue-edited = Mahadsanid. Isbeddelladaada waxaa loo dirayaa kormeerayaasha.
moderation-ask-edit = Qoraaha ka codso inuu wax ka beddelo
moderation-issues = Arrimaha
moderation-comments = Faallooyinka
moderation-comment-on = Faallo ku saabsan arrinta
help-title = Caawimaad ku saabsan xaaladdaada gaarka ah
help-intro = Adeegyadan waxay dadka ka caawiyaan su'aalahooda gaarka ah: waraaqaha, kaalmooyinka, guryaha, shaqada, caafimaadka. Waxay ku hadlaan luqadaha halkan ku qoran.
help-nothing-stored = Waxa aad boggan ku samayso midna lama kaydiyo lamana daabaco.
help-none = Magaaladan weli ma qorin adeegyo caawimaad.
help-languages = Luqadaha lagu hadlo:
help-contact = Sida loola xiriiro:
help-raise-instead = Ma dhibaato ay dad badan wadaagaan baa? Halkii, soo qaad arrin.
help-link = Waxaan u baahanahay caawimaad ku saabsan xaaladdayda gaarka ah
help-question = Tani ma waxay ku saabsan tahay xaaladdaada gaarka ah?
help-question-explained = Haddii aad dhibaato ku qabto waraaqahaaga, kaalmo, mulkiilaha gurigaaga ama shaqadaada, adeeg caawimaad ayaa si gaar ah kuula talin kara. Arrimaha halkan waxaa loogu talagalay dhibaatooyinka ay dad badan wadaagaan.
issues-search = Raadi arrimaha
issues-search-button = Raadi
issues-search-results = Arrimaha ku habboon “{ $query }”
issues-sort-answered = Kuwa dhowaan laga jawaabay
translate-kind-issue = Arrin
translate-kind-answer = Jawaab rasmi ah
translate-kind-comment = Faallo
translate-text = Qoraalka
taxonomy-title = Mawduucyada iyo xaafadaha
taxonomy-intro = Deggenayaashu waxay kuwan ka doortaan marka ay soo qaadayaan arrin. Mawduuc sii magac adiga kuu gaar ah, ama magaca madhan uga tag si loo isticmaalo magaca caadiga ah ee la turjumay.
taxonomy-categories = Mawduucyada
taxonomy-tags = Kooxaha gaar ahaan ay saameyso
taxonomy-neighbourhoods = Xaafadaha
taxonomy-rename = Magaca beddel
taxonomy-remove = Ka saar
taxonomy-add = Ku dar
taxonomy-add-category = Ku dar mawduuc
taxonomy-add-tag = Koox cusub
taxonomy-add-neighbourhood = Xaafad cusub
taxonomy-dimension = Wuxuu ka tirsan yahay
taxonomy-dimension-choose = Dooro
taxonomy-name = Magaca
taxonomy-name-hint = Sida loo qoray ayaa loo muujinayaa, luqad kasta.
services-title = Adeegyada caawimaadda
services-intro = Adeegyada ku qoran bogga caawimaadda ee magaalada, loogu talagalay dadka qaba su'aal ku saabsan xaaladdooda gaarka ah.
services-public-page = Eeg bogga dadweynaha
services-add = Ku dar adeeg
services-edit = Wax ka beddel
services-name = Magaca
services-description = Waxa ay dadka ka caawiyaan
services-languages = Luqadaha halkaas lagaga hadlo
services-contact = Sida loola xiriiro
services-contact-hint = Ciwaanka, saacadaha furitaanka, taleefanka, bogga internetka.
issue-support-on-telegram = Ku taageer Telegram
issue-voice-transcribe-title = U beddel fariin cod ah qoraal
issue-voice-back = Ku noqo liiska hubinta
issue-voice-saved = Waa la kaydiyay. Hadda kormeere ayaa daabici kara arrinta.
issue-voice-note = { $seconds ->
    [one] Fariin cod ah, { $seconds } ilbiriqsi
   *[other] Fariin cod ah, { $seconds } ilbiriqsi
}
issue-voice-transcribe-hint = Dhegeyso, kadib cinwaanka iyo qoraalka ku qor luqadda lagu hadlay. Ka saar magacyada, ciwaannada iyo wax kasta oo kale oo qof lagu garan karo.
issue-voice-language = Luqadda lagu hadlay
issue-voice-save = Kaydi qoraalka
issue-voice-untranscribed = Weli qoraal looma beddelin
issue-voice-transcribe = U beddel waxa la sheegay qoraal
issue-voice-placeholder-title = Fariin cod ah
issue-voice-placeholder-body = Arrintan waxaa lagu sheegay fariin cod ah; mutadawac ayaa qoraal u beddeli doona.
account-telegram = Telegram
account-telegram-intro = Chorus ka isticmaal Telegram adigoo adeegsanaya akoonkan: halkan koodh ka hel, kadibna u dir @{ $bot }.
account-telegram-link = Hel koodh aad ku xirto Telegram
account-telegram-code = U dir bot-ka /link { $code } 10 daqiiqo gudahood. Koodhku hal mar oo keliya ayuu shaqeeyaa.
account-telegram-open = Bot-ka ku fur koodhkan
