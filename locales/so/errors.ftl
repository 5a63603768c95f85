error-title-not-found = Bogga lama helin
error-title-forbidden = Lama oggola
error-title-bad-request = Codsiga dhib ayaa ku jira
error-title-internal = Wax ayaa khaldamay
error-not-found = Ma aanan helin boggan. Waxaa laga yaabaa in la raray ama la tirtiray.
error-forbidden = Akoonkaagu ma laha oggolaansho uu ku arko boggan.
error-unauthorized = Fadlan marka hore gal.
error-csrf = Foomkan waqtigiisii wuu dhacay ama waxaa laga soo diray bog kale. Fadlan dib u noqo, bogga dib u cusbooneysii, oo mar kale isku day. Chorus wuxuu u baahan yahay in cookies la oggolaado si foomamku u shaqeeyaan.
error-too-many-requests = Isku dayo aad u badan. Fadlan sug hal daqiiqo oo mar kale isku day.
error-too-large = Waxa aad dirtay aad ayuu u weyn yahay.
error-bad-request = Ma aanan fahmin codsigan.
error-method-not-allowed = Ciwaankan ma aqbalo codsi noocan ah.
error-timeout = Tani waqti aad u dheer ayay qaadatay. Fadlan mar kale isku day.
error-validation = Meelaha qaarkood waa in la saxaa.
error-internal = Waan ka xunnahay, dhinacayaga ayaa wax ka khaldamay. Fadlan mar dambe isku day.
error-database = Kaydka xogta lama heli karo.
error-code = Khalad { $status }
error-go-home = Tag bogga hore

username-required = Fadlan dooro magac isticmaale.
username-too-short = Magaca isticmaaluhu waa inuu lahaadaa ugu yaraan 3 xaraf.
username-too-long = Magaca isticmaaluhu wuxuu yeelan karaa ugu badnaan 32 xaraf.
username-invalid-characters = Isticmaal oo keliya xarfo, tirooyin, - _ iyo . (kuna bilow xaraf ama tiro).
username-reserved = Magacan waa la xafiday. Fadlan dooro mid kale.
username-taken = Magacan isticmaale horay ayaa loo qaatay. Fadlan dooro mid kale.
username-mixed-scripts = Fadlan isticmaal xarfo hal alifbeeto oo keliya ah (tirooyinka iyo - _ . waa la isticmaali karaa).
username-too-similar = Magacani aad buu ugu eg yahay magac hore u jiray. Fadlan dooro mid kale.

password-required = Fadlan dooro eray sir ah.
password-too-short = Erayga sirta ahi waa inuu lahaadaa ugu yaraan 8 xaraf.
password-too-long = Erayga sirta ahi aad ayuu u dheer yahay.
password-same-as-username = Erayga sirta ahi waa inuusan noqon magacaaga isticmaale.
password-too-common = Eraygan sirta ah aad ayaa loo isticmaalaa, waana sahlan tahay in la qiyaaso. Isku day dhowr eray oo macno kuu leh.
password-mismatch = Labada eray sir ah isku mid ma aha.
password-wrong = Erayga sirta ahi sax ma aha.

email-invalid = Tani uma eka ciwaan iimayl. Sidoo kale waad ka tagi kartaa isagoo madhan.
language-unknown = Fadlan ka dooro luqad liiska.
role-unknown = Door aan la aqoon.
code-invalid = Koodhkan ma shaqaynayo: waa khalad, waqtigiisii wuu dhacay ama horay ayaa loo isticmaalay.

login-failed = Galitaanku ma shaqayn. Hubi magaca isticmaalaha iyo erayga sirta ah. Kadib dhowr isku day oo khalad ah, haddii aad ka galayso qalab cusub waa inaad sugto dhowr daqiiqo; koodhkaaga soo celinta had iyo jeer wuu shaqeeyaa.
login-one-time-expired = Erayga sirta ah ee hal mar la isticmaalo waqtigiisii wuu dhacay. Fadlan maamule weydii koodh dib-u-dejin oo cusub.

municipality-unknown = Fadlan ka dooro magaalo liiska.
municipality-name-invalid = Magacu waa inuu lahaadaa 2 ilaa 100 xaraf.
municipality-slug-invalid = Isticmaal 2 ilaa 40 xaraf Laatiin ah oo yaryar, tirooyin iyo xarriijin.
municipality-slug-taken = Magaalo kale ayaa horay u isticmaashay magacan ciwaanka shabakadda.
municipality-languages-required = Dooro ugu yaraan hal luqad.
municipality-default-language-invalid = Luqadda caadiga ahi waa inay ka mid noqotaa luqadaha la doortay.
municipality-moderation-invalid = Dooro sida qoraallada loo hubinayo.
municipality-policy-invalid = Dooro waxa dhacaya marka akoon la tirtiro.

account-last-admin = Kani waa akoonka maamulaha ee ugu dambeeya. Marka hore qof kale ka dhig maamule.

# Issues.
issue-title-required = Fadlan qor cinwaan.
issue-title-too-short = Cinwaanku waa inuu lahaadaa ugu yaraan 5 xaraf.
issue-title-too-long = Cinwaanku wuxuu yeelan karaa ugu badnaan 150 xaraf.
issue-body-required = Fadlan sharax arrinta.
issue-body-too-short = Fadlan qor ugu yaraan 20 xaraf.
issue-body-too-long = Sharraxaaddu waxay yeelan kartaa ugu badnaan 5000 xaraf.
issue-theme-required = Fadlan ka dooro mawduuc liiska.
issue-tag-unknown = Fadlan ka dooro liiska.
issue-neighbourhood-unknown = Fadlan ka dooro xaafad liiska.
issue-lang-required = Fadlan dooro luqadda aad ku qortay.

# Moderation.
moderation-reason-required = Fadlan dooro sabab.
moderation-note-too-long = Farriintu waxay yeelan kartaa ugu badnaan 1000 xaraf.
moderation-merge-target-invalid = Qor lambarka arrin kale oo la daabacay oo ka tirsan magaaladan.
moderation-not-allowed = Tan lama samayn karo iyadoo arrintu ay xaaladdan ku jirto.
report-reason-required = Fadlan dooro waxa khaldan.

# Translation.
translation-required = Fadlan qor turjumaadda.
translation-source-changed = Qoraalka asalka ah waa la beddelay intaad turjumaysay (tusaale ahaan, xog shakhsi ah ayaa laga saaray). Fadlan turjumaaddaada la barbar dhig qoraalka sida uu hadda yahay.
translation-too-long = Qoraalku aad ayuu u dheer yahay.

# Participation.
comment-required = Fadlan qor faalladaada.
comment-too-short = Faalladu aad ayay u gaaban tahay.
comment-too-long = Faalladu waxay yeelan kartaa ugu badnaan 2000 xaraf.
answer-required = Fadlan qor jawaabta.
answer-too-short = Jawaabtu waa inay lahaataa ugu yaraan 10 xaraf.
answer-too-long = Jawaabtu waxay yeelan kartaa ugu badnaan 5000 xaraf.
answer-department-too-long = Magaca waaxdu wuxuu yeelan karaa ugu badnaan 120 xaraf.
answer-date-invalid = Qor taariikh dhab ah, sannad-bil-maalin (tusaale ahaan 2027-03-31).
status-change-not-allowed = Arrintu hadda uma gudbi karto xaaladdaas.
issue-edit-not-requested = Qofna ma codsan in arrintan wax laga beddelo.
taxonomy-name-required = Fadlan qor magac.
taxonomy-name-too-long = Magacu wuxuu yeelan karaa ugu badnaan 80 xaraf.
taxonomy-name-taken = Magacan horay ayaa loo isticmaalay.
taxonomy-dimension-required = Fadlan dooro qaybta uu mawduucani ka tirsan yahay.
taxonomy-category-in-use = Arrimo ayaa isticmaala mawduucan, sidaas darteed lama tirtiri karo. Halkii, magaciisa beddel.
service-name-invalid = Qor magac leh 2 ilaa 120 xaraf.
service-description-too-long = Sharraxaaddu waxay yeelan kartaa ugu badnaan 1000 xaraf.
service-contact-invalid = Qor macluumaadka xiriirka oo leh 2 ilaa 500 xaraf.
service-languages-invalid = Dooro ugu yaraan hal luqad oo halkaas lagaga hadlo.
posting-too-often = Saacaddii la soo dhaafay qoraallo badan ayaad soo dhigtay. Fadlan in yar sug ka hor intaadan mar kale wax soo dhigin; qoraalkaaga hoos ayaa lagu hayaa.
issue-voice-too-large = Fariintan codka ah aad ayay u dheer tahay. Fadlan ka dhig wax ka yar laba daqiiqo.
issue-voice-empty = Fariinta codka ah waa madhan tahay.
issue-voice-not-waiting = Arrintani hadda ma sugayso hubinta.
moderation-transcribe-first = U beddel waxa fariinta codka ah ku jira qoraal ka hor intaadan daabicin arrinta.
