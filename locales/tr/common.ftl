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

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Günlük yaşam ve iş
dimension-legal-political = Haklar ve katılım
dimension-cultural = Dil ve kültür
dimension-other = Diğer
theme-employment = Çalışma ve iş kurma
theme-qualifications = Diploma ve becerilerin tanınması
theme-education = Eğitim ve okullar
theme-housing = Konut ve mahalle
theme-health = Sağlık (ruh sağlığı ve anne sağlığı dahil)
theme-welfare = Sosyal destek ve kamu hizmetleri
theme-family = Aile ve çocuk bakımı
theme-transport = Ulaşım ve erişilebilirlik
theme-residence = İkamet izni ve resmî işlemler
theme-participation = Siyasi katılım ve vatandaşlık
theme-discrimination = Ayrımcılık, ırkçılık ve güvenlik
theme-language-learning = Dil öğrenme
theme-culture = Kültür, din ve birlikte yaşam
theme-other = Başka bir konu
theme-women = Kadınlar
theme-youth = Gençler
theme-elderly = Yaşlılar
theme-refugees = Mülteciler ve sığınma başvurusu yapanlar
theme-newcomers = Yeni gelenler (bir yıldan az)
theme-disability = Engellilik
theme-rural = Kırsal bölgeler
status-submitted = Moderatör kontrolünü bekliyor
status-published = Yayımlandı
status-forwarded = Kurula iletildi
status-answered = Şehir yanıt verdi
status-resolved = Çözüldü
status-rejected = Yayımlanmadı
status-merged = Başka bir sorunla birleştirildi
status-hidden = Gizlendi

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Kişisel bilgiler kaldırıldı
reason-personal-data = Kişisel bilgiler içeriyor
reason-offensive = Hakaret veya nefret içeriyor
reason-individual-case = Tüm şehri ilgilendiren bir sorun değil, kişisel bir durum (destek hizmetleri size yol gösterebilir)
reason-not-municipal = Şehir bu konuda bir şey yapamaz
reason-duplicate = Aynı sorun daha önce bildirildi
reason-other = Başka bir neden (nota bakın)
reason-reported = Birkaç kişi şikâyet etti; moderatör kontrolünü bekliyor
reason-restored = İncelemeden sonra bir moderatör tarafından geri getirildi
report-offensive = Hakaret veya nefret içeriyor
report-personal-data = Birinin kişisel bilgilerini gösteriyor
report-spam = Reklam veya spam
report-false = Yanlış veya yanıltıcı
report-other = Başka bir şey

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Moderatör değişiklik istedi
status-edited = Yazar tarafından değiştirildi
status-comment-published = Yorumunuz yayımlandı
status-comment-rejected = Yorumunuz yayımlanmadı
status-comment-hidden = Yorumunuz gizlendi
