# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Soomaali
meta-direction = ltr

nav-skip = U gudub qoraalka ugu muhiimsan
nav-label = Liiska ugu weyn
nav-account = Akoonkayga
nav-admin = Maamulka
nav-login = Gal
nav-logout = Ka bax
nav-register = Samee akoon
nav-language = Luqadda

footer-privacy = Chorus marnaba kuma weydiiyo dhalashadaada, sharciga aad dalka ku joogto ama dukumentiyada aqoonsigaaga. Waqti kasta waad soo dejisan kartaa ama tirtiri kartaa xogtaada.

role-resident = Deggane
role-translator = Turjumaan
role-moderator = Kormeere
role-council-member = Xubin golaha
role-official = Masuul magaalada
role-admin = Maamule

moderation-pre = Hubin ka hor daabacaadda
moderation-post = Hubin ka dib daabacaadda
moderation-pre-explained = Kormeere ayaa hubiya qoraal kasta oo cusub ka hor inta aysan dadka kale arkin.
moderation-post-explained = Qoraallada cusub isla markiiba waa la arkaa; kormeerayaashu dabadeed ayay hubiyaan.

policy-anonymize = Marka qof tirtiro akoonkiisa, waxa uu daabacay waa la hayaa, waxaana lagu muujiyaa magac la'aan.
policy-remove = Marka qof tirtiro akoonkiisa, waxa uu daabacay oo dhan waa la tirtiraa.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Nolosha maalinlaha ah iyo shaqada
dimension-legal-political = Xuquuqda iyo ka qayb qaadashada
dimension-cultural = Luqadda iyo dhaqanka
dimension-other = Kale
theme-employment = Shaqada iyo bilaabidda ganacsi
theme-qualifications = Aqoonsiga shahaadooyinka iyo xirfadaha
theme-education = Waxbarashada iyo dugsiyada
theme-housing = Guryaha iyo xaafadda
theme-health = Caafimaadka (oo ay ku jiraan caafimaadka maskaxda iyo hooyada)
theme-welfare = Taageerada bulshada iyo adeegyada dadweynaha
theme-family = Qoyska iyo daryeelka carruurta
theme-transport = Gaadiidka iyo gaaritaanka fudud
theme-residence = Ruqsadaha deganaanshaha iyo waraaqaha
theme-participation = Ka qayb qaadashada siyaasadda iyo muwaadinnimada
theme-discrimination = Takoorka, cunsuriyadda iyo badbaadada
theme-language-learning = Barashada luqadda
theme-culture = Dhaqanka, diinta iyo wada noolaanshaha
theme-other = Wax kale
theme-women = Haweenka
theme-youth = Dhallinyarada
theme-elderly = Dadka waayeelka ah
theme-refugees = Qaxootiga iyo magangalyo-doonka
theme-newcomers = Dadka cusub (in ka yar hal sano)
theme-disability = Naafonimada
theme-rural = Deegaannada miyiga
status-submitted = Waxay sugaysaa kormeere
status-published = La daabacay
status-forwarded = Loo diray golaha
status-answered = Magaaladu way ka jawaabtay
status-resolved = La xalliyay
status-rejected = Lama daabicin
status-merged = Lagu daray arrin kale
status-hidden = La qariyay

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Xogta shakhsiga ah laga saaray
reason-personal-data = Waxaa ku jira xog shakhsi ah
reason-offensive = Waa aflagaado ama nacayb
reason-individual-case = Waa kiis shakhsi ah, ma aha arrin khusaysa magaalada oo dhan (adeegyada caawimaadda ayaa kula talin kara)
reason-not-municipal = Magaaladu wax kama qaban karto tan
reason-duplicate = Arrin isku mid ah ayaa horay loo soo qaaday
reason-other = Sabab kale (eeg farriinta)
reason-reported = Dad dhowr ah ayaa soo sheegay; waxay sugaysaa kormeere
reason-restored = Kormeere ayaa dib u soo celiyay kadib markii uu hubiyay
report-offensive = Waa aflagaado ama nacayb
report-personal-data = Waxay muujinaysaa xogta shakhsiga ah ee qof
report-spam = Waa xayaysiis ama spam
report-false = Waa been ama waa marin-habaabin
report-other = Wax kale

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Kormeeruhu wuxuu codsaday in wax laga beddelo
status-edited = Qoraaha ayaa wax ka beddelay
status-comment-published = Faalladaada waa la daabacay
status-comment-rejected = Faalladaada lama daabicin
status-comment-hidden = Faalladaada waa la qariyay
