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
