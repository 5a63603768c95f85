# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Türkçe
meta-direction = ltr

nav-skip = Ana içeriğe geç
nav-label = Ana menü
nav-account = Hesabım
nav-admin = Yönetim
nav-login = Giriş yap
nav-logout = Çıkış yap
nav-register = Hesap oluştur
nav-language = Dil

footer-privacy = Chorus uyruğunuzu, ikamet durumunuzu veya kimlik belgelerinizi asla sormaz. Verilerinizi istediğiniz zaman indirebilir veya silebilirsiniz.

role-resident = Şehir sakini
role-translator = Çevirmen
role-moderator = Moderatör
role-council-member = Kurul üyesi
role-official = Belediye görevlisi
role-admin = Yönetici

moderation-pre = Yayın öncesi kontrol
moderation-post = Yayın sonrası kontrol
moderation-pre-explained = Bir moderatör her yeni gönderiyi, başkaları görmeden önce kontrol eder.
moderation-post-explained = Yeni gönderiler hemen görünür; moderatörler onları sonradan kontrol eder.

policy-anonymize = Biri hesabını sildiğinde, yayımladıkları kalır ama anonim olarak gösterilir.
policy-remove = Biri hesabını sildiğinde, yayımladığı her şey kaldırılır.
