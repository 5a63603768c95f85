error-title-not-found = Sayfa bulunamadı
error-title-forbidden = İzin yok
error-title-bad-request = İstekte bir sorun var
error-title-internal = Bir sorun oluştu
error-not-found = Bu sayfayı bulamadık. Taşınmış veya kaldırılmış olabilir.
error-forbidden = Hesabınızın bu sayfayı görme izni yok.
error-unauthorized = Lütfen önce giriş yapın.
error-csrf = Bu formun süresi dolmuş veya form başka bir siteden gönderilmiş. Lütfen geri dönün, sayfayı yenileyin ve tekrar deneyin. Chorus'taki formların çalışması için çerezlere izin vermeniz gerekir.
error-too-many-requests = Çok fazla deneme yapıldı. Lütfen bir dakika bekleyip tekrar deneyin.
error-too-large = Gönderdiğiniz içerik çok büyük.
error-bad-request = Bu isteği anlayamadık.
error-method-not-allowed = Bu adres bu tür istekleri kabul etmiyor.
error-timeout = Bu işlem çok uzun sürdü. Lütfen tekrar deneyin.
error-validation = Bazı alanların düzeltilmesi gerekiyor.
error-internal = Üzgünüz, bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.
error-database = Veritabanına şu anda ulaşılamıyor.
error-code = Hata { $status }
error-go-home = Ana sayfaya dön

username-required = Lütfen bir kullanıcı adı seçin.
username-too-short = Kullanıcı adı en az 3 karakter olmalı.
username-too-long = Kullanıcı adı en fazla 32 karakter olabilir.
username-invalid-characters = Yalnızca harf, rakam ve şu karakterleri kullanın: - _ . (ilk karakter harf veya rakam olmalı).
username-reserved = Bu ad kullanıma kapalı. Lütfen başka bir ad seçin.
username-taken = Bu kullanıcı adı zaten alınmış. Lütfen başka bir ad seçin.
username-mixed-scripts = Lütfen yalnızca tek bir alfabenin harflerini kullanın (rakamlar ve - _ . karakterleri olur).
username-too-similar = Bu ad, var olan bir ada çok benziyor. Lütfen başka bir ad seçin.

password-required = Lütfen bir şifre seçin.
password-too-short = Şifre en az 8 karakter olmalı.
password-too-long = Şifre çok uzun.
password-same-as-username = Şifre, kullanıcı adınızla aynı olmamalı.
password-too-common = Bu şifre çok yaygın ve kolayca tahmin edilebilir. Sizin için anlamı olan birkaç kelime deneyin.
password-mismatch = İki şifre aynı değil.
password-wrong = Bu şifre doğru değil.

email-invalid = Bu bir e-posta adresine benzemiyor. Bu alanı boş da bırakabilirsiniz.
language-unknown = Lütfen listeden bir dil seçin.
role-unknown = Bilinmeyen rol.
code-invalid = Bu kod geçerli değil, süresi dolmuş ya da daha önce kullanılmış.

login-failed = Giriş yapılamadı. Kullanıcı adını ve şifreyi kontrol edin. Birkaç yanlış denemeden sonra yeni bir cihazdan giriş yapmak için birkaç dakika beklemek gerekir; kurtarma kodunuz her zaman çalışır.
login-one-time-expired = Bu tek kullanımlık şifrenin süresi doldu. Lütfen bir yöneticiden yeni bir sıfırlama kodu isteyin.

municipality-unknown = Lütfen listeden bir şehir seçin.
municipality-name-invalid = Ad 2 ile 100 karakter arasında olmalı.
municipality-slug-invalid = 2 ile 40 arasında küçük harf, rakam ve kısa çizgi kullanın.
municipality-slug-taken = Bu web adresi adını başka bir şehir kullanıyor.
municipality-languages-required = En az bir dil seçin.
municipality-default-language-invalid = Varsayılan dil, seçilen dillerden biri olmalı.
municipality-moderation-invalid = Gönderilerin nasıl kontrol edileceğini seçin.
municipality-policy-invalid = Bir hesap silindiğinde ne olacağını seçin.

account-last-admin = Bu, son yönetici hesabı. Önce başka birini yönetici yapın.

# Issues.
issue-title-required = Lütfen bir başlık yazın.
issue-title-too-short = Başlık en az 5 karakter olmalı.
issue-title-too-long = Başlık en fazla 150 karakter olabilir.
issue-body-required = Lütfen sorunu anlatın.
issue-body-too-short = Lütfen en az 20 karakter yazın.
issue-body-too-long = Açıklama en fazla 5000 karakter olabilir.
issue-theme-required = Lütfen listeden bir konu seçin.
issue-tag-unknown = Lütfen listeden seçin.
issue-neighbourhood-unknown = Lütfen listeden bir mahalle seçin.
issue-lang-required = Lütfen yazdığınız dili seçin.

# Moderation.
moderation-reason-required = Lütfen bir neden seçin.
moderation-note-too-long = Not en fazla 1000 karakter olabilir.
moderation-merge-target-invalid = Lütfen bu şehirde yayımlanmış başka bir sorunun numarasını yazın.
moderation-not-allowed = Sorunun şu anki durumunda bu yapılamaz.
report-reason-required = Lütfen neyin yanlış olduğunu seçin.

# Translation.
translation-required = Lütfen çeviriyi yazın.
translation-source-changed = Siz çeviri yaparken orijinal metin değiştirildi (örneğin kişisel bilgiler kaldırıldı). Lütfen çevirinizi metnin şimdiki hâliyle karşılaştırın.
translation-too-long = Metin çok uzun.

# Participation.
comment-required = Lütfen yorumunuzu yazın.
comment-too-short = Yorum çok kısa.
comment-too-long = Yorum en fazla 2000 karakter olabilir.
answer-required = Lütfen yanıtı yazın.
answer-too-short = Yanıt en az 10 karakter olmalı.
answer-too-long = Yanıt en fazla 5000 karakter olabilir.
answer-department-too-long = Birim adı en fazla 120 karakter olabilir.
answer-date-invalid = Lütfen geçerli bir tarihi yıl-ay-gün biçiminde yazın (örneğin 2027-03-31).
status-change-not-allowed = Sorun şu anda bu duruma geçirilemez.
issue-edit-not-requested = Bu sorunun değiştirilmesini isteyen olmadı.
taxonomy-name-required = Lütfen bir ad yazın.
taxonomy-name-too-long = Ad en fazla 80 karakter olabilir.
taxonomy-name-taken = Bu ad zaten kullanılıyor.
taxonomy-dimension-required = Lütfen bu konunun nereye ait olduğunu seçin.
taxonomy-category-in-use = Bu konu sorunlarda kullanılıyor, bu yüzden kaldırılamaz. Bunun yerine adını değiştirin.
service-name-invalid = Ad 2 ile 120 karakter arasında olmalı.
service-description-too-long = Açıklama en fazla 1000 karakter olabilir.
service-contact-invalid = İletişim bilgileri 2 ile 500 karakter arasında olmalı.
service-languages-invalid = Lütfen orada konuşulan en az bir dil seçin.
posting-too-often = Son bir saatte çok paylaşım yaptınız. Lütfen tekrar paylaşmadan önce biraz bekleyin; metniniz aşağıda duruyor.
issue-voice-too-large = Bu sesli mesaj çok uzun. Lütfen iki dakikadan kısa tutun.
issue-voice-empty = Sesli mesaj boş.
issue-voice-not-waiting = Bu sorun artık moderatör kontrolünü beklemiyor.
moderation-transcribe-first = Sorunu yayımlamadan önce sesli mesajda söylenenleri yazıya geçirin.
