home-title = Şehrinizde sesinizi duyurun
home-intro = Chorus ile sorunları kendi dilinizde dile getirebilir, göçmen danışma kurulunun görüş toplama çalışmalarına katılabilir ve şehrin bunlarla ne yaptığını görebilirsiniz.
home-choose = Şehrinizi seçin
home-none = Henüz hiçbir şehir eklenmedi.
home-safety-title = Güvenliğiniz
home-safety = Takma ad kullanabilirsiniz. E-posta adresi zorunlu değil. Nereden geldiğinizi veya hangi belgelere sahip olduğunuzu asla sormayız.

notice-account-deleted = Hesabınız ve kişisel verileriniz silindi.
notice-signed-out = Çıkış yaptınız.

municipality-intro = Chorus'a hoş geldiniz! Şehir: { $name }.
municipality-your-roles = Buradaki rolleriniz:
municipality-join = Katıl: { $name }
municipality-register = Katılmak için hesap oluşturun
municipality-languages = Diller
municipality-moderation = Gönderiler nasıl kontrol ediliyor

team-title = Ekip
team-intro = Çeviri yapan, moderasyon yapan, kurulda yer alan veya şehir adına yanıt veren kişiler.
team-empty = Burada henüz kimsenin ekip rolü yok.
team-person = Kişi
team-role = Rol
team-since = Başlangıç

form-has-errors = Lütfen şunları düzeltin:

register-title = Hesap oluşturun
register-intro = Başkalarının göreceği bir ad seçin. Gerçek adınız olması gerekmez.
register-username = Kullanıcı adı
register-username-hint = Herhangi bir alfabede 3 ile 32 arasında harf veya rakam. Ayrıca - _ ve . karakterlerini de kullanabilirsiniz.
register-password = Şifre
register-password-hint = En az 8 karakter. Kısa bir cümle kolay hatırlanır ve zor tahmin edilir.
register-password-confirm = Şifreyi tekrar yazın
register-email = E-posta (isteğe bağlı)
register-email-hint = Yalnızca hesabınıza geri dönmenize yardım etmek için kullanılır. Boş bırakabilirsiniz.
register-language = Dil
register-municipality = Şehriniz (isteğe bağlı)
register-municipality-none = Sonra seçeceğim
register-privacy = Uyruğunuzu, ikamet durumunuzu veya kimlik belgenizi sormayız ve IP adresinizi kaydetmeyiz.
register-submit = Hesap oluştur
register-have-account = Zaten hesabınız var mı?

code-title = Kurtarma kodunuz
code-intro = Bu kodu bir yere yazın ve güvenli bir yerde saklayın. Şifrenizi unutursanız ve e-postanız yoksa, hesabınıza geri dönmenin tek yolu budur.
code-keep-safe = Bu kodu yalnızca bir kez gösteriyoruz. Her kod yalnızca bir kez çalışır; kullandığınızda yenisini alırsınız.
code-continue = Kodu yazdım

login-title = Giriş yap
login-username = Kullanıcı adı
login-password = Şifre
login-submit = Giriş yap
login-remember = Bu cihazda oturumum açık kalsın
login-remember-hint = Yalnızca size ait bir telefonda veya bilgisayarda. Başkalarının da kullandığı bir bilgisayarda bunu işaretlemeyin: orada birkaç saat işlem yapılmazsa oturumunuz kapatılır.
login-notice-password-failures = Mevcut şifre çok fazla kez yanlış yazıldığı için oturumunuz kapatıldı. Lütfen tekrar giriş yapın.
login-no-account = Hesap oluştur
login-forgot = Şifrenizi mi unuttunuz? Kurtarma kodunuzu kullanın
login-have-reset-code = Bir yöneticiden aldığım sıfırlama kodum var

recover-title = Kurtarma kodunuzu kullanın
recover-intro = Kullanıcı adınızı, not ettiğiniz kurtarma kodunu ve yeni bir şifre girin.
recover-code = Kurtarma kodu
recover-code-hint = Örneğin 7K2QD-M9XAT-4HBEW-PC0RN. Büyük veya küçük harfle yazabilirsiniz.
recover-no-code = Kodunuz yok mu? Bir derneğe veya şehrinizdeki Chorus ekibine başvurun: sizinle görüştükten sonra size bir sıfırlama kodu verebilirler.

reset-title = Sıfırlama kodu kullanın
reset-intro = Bir yönetici sizinle görüştükten sonra size bir sıfırlama kodu verdi. Bu kodu, kullanıcı adınız ve yeni bir şifreyle birlikte girin.
reset-code = Sıfırlama kodu
reset-code-hint = Kod sınırlı bir süre geçerlidir ve yalnızca bir kez çalışır.

account-title = Hesabım
account-signed-in-as = Şu adla giriş yaptınız:
account-roles = Katıldığınız yerler
account-no-roles = Henüz hiçbir şehre katılmadınız.
account-language = Dil
account-language-label = Sayfaların dili
account-language-save = Dili kaydet
account-security = Güvenlik
account-data = Verileriniz
account-data-intro = Chorus'un sizinle ilgili sakladığı her şeyi indirin veya hesabınızı silin.
account-export = Verilerimi indir (JSON)

password-title = Şifrenizi değiştirin
password-current = Şu anki şifre
password-new = Yeni şifre
password-submit = Yeni şifreyi kaydet
password-changed = Şifreniz değiştirildi. Diğer cihazlarınızda oturumunuz kapatıldı.
password-must-change = Tek kullanımlık bir şifreyle giriş yaptınız. Lütfen şimdi kendi şifrenizi seçin.

delete-title = Hesabımı sil
delete-explained = Bu işlem adınızı, e-postanızı, ayarlarınızı ve rollerinizi siler. Geri alınamaz. Şehrinizin kurallarına göre, yayımladıklarınız anonim olarak kalır veya kaldırılır.
delete-export-first = Önce verilerinizi indirmek isteyebilirsiniz.
delete-password = Şifrenizle onaylayın
delete-submit = Hesabımı kalıcı olarak sil

admin-title = Yönetim
admin-municipalities = Şehirler
admin-municipality-new = Şehir ekle
admin-municipality-edit = Şehri düzenle
admin-municipality-name = Ad
admin-municipality-slug = Web adresindeki ad
admin-municipality-slug-hint = Küçük harf, rakam ve kısa çizgi; örneğin porto-sereno. Bağlantılarda görünür.
admin-municipality-languages = Diller
admin-municipality-default-language = Varsayılan dil
admin-municipality-moderation = Moderasyon
admin-municipality-policy = Bir hesap silindiğinde
admin-actions = İşlemler
admin-edit = Düzenle: { $name }
admin-save = Kaydet
admin-users = Hesaplar
admin-users-search = Kullanıcı adıyla hesap bulun
admin-users-search-submit = Ara
admin-users-none = Hesap bulunamadı.
admin-user-since = Üyelik başlangıcı
admin-role-municipality = Şehir
admin-role-grant = Rol ver
admin-role-revoke = Rolü kaldır
admin-admin-grant = Yönetici yap
admin-admin-revoke = Yönetici yetkisini kaldır
admin-reset-title = Şifre sıfırlama
admin-reset-explained = Yalnızca kişiyle yüz yüze görüştükten ve hesabın ona ait olduğundan emin olduktan sonra: tek kullanımlık bir sıfırlama kodu oluşturun ve kişiye verin. Kodun süresi birkaç gün sonra dolar.
admin-reset-issue = Sıfırlama kodu oluştur
admin-reset-issued = Bu kodu kişiye verin. Yalnızca şimdi gösteriliyor.

# Issues: raising, listing and reading them.
municipality-issues = Burada bildirilen sorunları görün
municipality-raise = Bir sorun bildirin
issues-title = Sorunlar
issues-filter = Filtrele ve sırala
issues-any = Tümü
issues-status = Durum
issues-language = Yazıldığı dil
issues-sort = Sıralama
issues-sort-newest = Önce en yeniler
issues-sort-supported = Önce en çok desteklenenler
issues-apply = Göster
issues-none = Uygun sorun bulunamadı. İlk sorunu siz bildirebilirsiniz.
issues-more = Daha fazla sorun göster
issue-new-title = Bir sorun bildirin
issue-new-intro = İstediğiniz dilde yazabilirsiniz. Sorunu ve mümkünse neyin yardımcı olacağını anlatın. İsim, adres veya başka kişisel bilgiler yazmayın.
issue-field-title = Başlık
issue-field-title-hint = 5 ile 150 karakter arasında kısa bir cümle.
issue-field-body = Sorun nedir?
issue-field-body-hint = En az 20 karakter. Kimlerin etkilendiğini ve nerede olduğunu yazın.
issue-field-theme = Konu
issue-field-theme-choose = Bir konu seçin
issue-field-tags = Özellikle kimler etkileniyor? (isteğe bağlı)
issue-field-neighbourhood = Mahalle (isteğe bağlı)
issue-field-neighbourhood-none = Tüm şehir
issue-field-anonymous = Beni anonim olarak göster (başkaları adımı görmez)
issue-continue = Devam
issue-confirm-preview = Sorununuz
issue-confirm-language = Metninizin dili
issue-confirm-detected = Bu dilde yazdığınızı düşünüyoruz: { $language }. Değilse, lütfen doğru dili seçin.
issue-confirm-not-detected = Lütfen yazdığınız dili seçin.
issue-similar-title = Benzer sorunlar
issue-similar-intro = Belki biri bunu daha önce bildirmiştir. Bu sorunlardan birini destekleyebilir veya yine de kendi sorununuzu gönderebilirsiniz.
issue-submit = Sorunumu gönder
issue-edit = Metnimi değiştir
issue-submitted-public = Teşekkürler. Sorununuz yayımlandı.
issue-submitted-waiting = Teşekkürler. Bir moderatör sorununuzu yakında kontrol edecek; sonucu hesabınızda göreceksiniz.
issue-by = Bildiren:
issue-anonymous-to-public = herkese anonim olarak gösteriliyor
issue-by-anonymous = Anonim olarak bildirildi
issue-written-in = Dil: { $language }
issue-supports = { $count ->
    [one] { $count } kişi destekliyor
   *[other] { $count } kişi destekliyor
}
issue-support = Destekliyorum
issue-you-support = Bu sorunu destekliyorsunuz.
issue-withdraw = Desteğimi geri çek
issue-sign-in-to-support = Bu sorunu desteklemek için giriş yapın
issue-timeline = Şimdiye kadar neler oldu

# Moderation, reports and notifications.
moderation-title = Kontrol bekleyenler
moderation-intro = Yeni sorunlar ve şikâyet edilen sorunlar, en eskiden başlayarak. Her karar, nedeniyle birlikte kaydedilir.
moderation-empty = Bekleyen bir şey yok. Teşekkürler!
moderation-reported = Şikâyetler:
moderation-publish = Yayımla
moderation-restore = Geri getir
moderation-dismiss-reports = Yayında kalsın (şikâyetleri reddet)
moderation-reason = Neden (reddetmek veya gizlemek için gerekli)
moderation-reason-choose = Bir neden seçin
moderation-note = Yazara not (isteğe bağlı)
moderation-reject = Reddet
moderation-hide = Gizle
moderation-merge-into = Tekrar ettiği sorunun numarası
moderation-merge = Birleştir
moderation-redact = Kişisel bilgileri kaldır
moderation-redact-intro = İsimleri, adresleri, telefon numaralarını ve diğer kişisel bilgileri […] ile değiştirin. Orijinal metin yalnızca yöneticiler için saklanır.
moderation-redact-save = Düzeltilmiş metni kaydet
notifications-title = Bildirimler
notifications-none = Henüz yeni bir şey yok. Sorunlarınızla ilgili haberler burada görünecek.
notifications-new = Yeni
notifications-mark-read = Tümünü okundu olarak işaretle
notification-unavailable = Takip ettiğiniz bir sorun artık herkese açık değil.
notifications-unread = { $count ->
    [one] { $count } yeni
   *[other] { $count } yeni
}
report-title = Bu sorunu şikâyet edin
report-reason = Yanlış olan ne?
report-submit = Şikâyeti gönder
report-thanks = Teşekkürler. Bir moderatör inceleyecek.
report-thanks-hidden = Teşekkürler. Bir moderatör inceleyene kadar bu sorun gizli kalacak.
issue-merged-into = Bu sorun, aynı konudaki başka bir sorunla birleştirildi:
redactions-title = Kaldırılan kişisel bilgiler (yalnızca yöneticiler)
redacted-issue-title = Başlık
redacted-issue-body = Açıklama
redacted-comment = Yorum
redacted-answer = Resmî yanıt

# The audit log.
audit-title = Karar kayıtları
audit-intro = Bu şehirdeki tüm moderasyon ve yönetim kararları: kim, ne, ne zaman ve neden.
audit-filter = Göster
audit-filter-issues = Sorunlarla ilgili kararlar
audit-filter-roles = Verilen ve kaldırılan roller
audit-filter-municipality = Şehir ayarları
audit-filter-all = Tümü
audit-empty = Henüz kayıt yok.
audit-when = Ne zaman
audit-who = Kim
audit-what = Ne
audit-why = Ayrıntılar

# Translation.
translate-title = Çeviriler
translate-intro = Yayımlanmış ama henüz bu şehrin tüm dillerinde olmayan sorunlar, en eskiden başlayarak. Makine çevirileri bir kişinin kontrol etmesini bekliyor.
translate-empty = Her şey çevrildi. Teşekkürler!
translate-machine-waiting = kontrol edilecek makine çevirisi
translate-into = Şu dile çevirin: { $language }
translate-original = Orijinal ({ $language })
translate-yours = Çeviriniz
translate-review-machine = Bu bir makine çevirisidir. Gerekirse düzeltin ve kaydedin: o zaman kontrol edilmiş sayılır.
translate-save = Çeviriyi kaydet
translation-machine = makine çevirisi
translation-volunteer = gönüllü çevirisi
translation-machine-from = Makine çevirisi. Orijinal dil: { $language }
translation-volunteer-from = Bir gönüllü tarafından çevrildi. Orijinal dil: { $language }
translation-show-original = Orijinali göster
translation-show-translation = Çeviriyi göster

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] { $count } yorum
   *[other] { $count } yorum
}
comment-field-body = Yorumunuz
comment-field-body-hint = İstediğiniz dilde yazabilirsiniz. Nazik olun ve kişisel bilgiler yazmayın.
comment-submit = Yorumu gönder
comment-sign-in = Yorum yazmak için giriş yapın
comment-report = Bu yorumu şikâyet edin
comment-deleted-account = Silinmiş hesap
comment-published = Teşekkürler. Yorumunuz yayımlandı.
comment-waiting = Teşekkürler. Bir moderatör yorumunuzu yakında kontrol edecek.
comment-reported = Teşekkürler. Bir moderatör bu yorumu inceleyecek.
field-language = Metninizin dili
field-language-detect = Dili otomatik bul
answer-title = Şehrin yanıtı
answer-official = Resmî yanıt
answer-department = Sorumlu birim
answer-expected = Beklenen tarih
answer-field-body = Resmî yanıt
answer-field-body-hint = Kendi dilinizde yazın; yanıt, şehir sakinleri için çevrilecek.
answer-field-department = Sorumlu birim (isteğe bağlı)
answer-field-expected = Beklenen tarih (isteğe bağlı)
answer-field-expected-hint = Yıl-ay-gün, örneğin 2027-03-31.
answer-field-resolved = Bu yanıt sorunu çözüyor
answer-submit = Yanıtı yayımla
answer-posted = Yanıt yayımlandı. Sorunu bildiren kişiye ve destekleyenlere haber verildi.
city-title = Şehir için
city-forward = Kurula ilet
city-resolve = Çözüldü olarak işaretle
issue-forwarded = Sorun kurula iletildi.
issue-edit-requested = Bir moderatör, bu sorun yayımlanmadan önce sizden onu değiştirmenizi istedi.
issue-edit-now = Şimdi değiştir
issue-edit-title = Sorununuzu değiştirin
issue-edit-asked = Bir moderatör şu değişiklikleri istedi:
issue-edit-save = Kaydet ve moderatörlere gönder
issue-edited = Teşekkürler. Değişiklikleriniz moderatörlere gönderildi.
moderation-ask-edit = Yazardan değiştirmesini iste
moderation-issues = Sorunlar
moderation-comments = Yorumlar
moderation-comment-on = Yorumun yapıldığı sorun
help-title = Kendi durumunuz için yardım
help-intro = Bu hizmetler, insanlara kendi durumlarıyla ilgili sorularda yardım eder: belgeler, sosyal yardımlar, konut, iş, sağlık. Burada gösterilen dilleri konuşurlar.
help-nothing-stored = Bu sayfada yaptığınız hiçbir şey kaydedilmez ve yayımlanmaz.
help-none = Bu şehir henüz hiçbir destek hizmeti eklemedi.
help-languages = Konuşulan diller:
help-contact = Nasıl ulaşılır:
help-raise-instead = Birçok kişinin yaşadığı bir sorun mu? O zaman bir sorun bildirin.
help-link = Kendi durumum için yardıma ihtiyacım var
help-question = Bu sizin kendi durumunuzla mı ilgili?
help-question-explained = Belgeleriniz, bir sosyal yardım, ev sahibiniz veya işinizle ilgili bir sorununuz varsa, bir destek hizmeti size kişisel olarak yol gösterebilir. Buradaki sorunlar, birçok kişinin yaşadığı sorunlar içindir.
issues-search = Sorunlarda ara
issues-search-button = Ara
issues-search-results = “{ $query }” için bulunan sorunlar
issues-sort-answered = Önce son yanıtlananlar
translate-kind-issue = Sorun
translate-kind-answer = Resmî yanıt
translate-kind-comment = Yorum
translate-text = Metin
taxonomy-title = Konular ve mahalleler
taxonomy-intro = Şehir sakinleri bir sorun bildirirken bunlar arasından seçim yapar. Bir konuya kendi seçtiğiniz adı verin veya çevrilmiş varsayılan adı kullanmak için adı boş bırakın.
taxonomy-categories = Konular
taxonomy-tags = Özellikle etkilenen gruplar
taxonomy-neighbourhoods = Mahalleler
taxonomy-rename = Adını değiştir
taxonomy-remove = Kaldır
taxonomy-add = Ekle
taxonomy-add-category = Konu ekle
taxonomy-add-tag = Yeni grup
taxonomy-add-neighbourhood = Yeni mahalle
taxonomy-dimension = Ait olduğu alan
taxonomy-dimension-choose = Seçin
taxonomy-name = Ad
taxonomy-name-hint = Tüm dillerde, yazıldığı gibi gösterilir.
services-title = Destek hizmetleri
services-intro = Şehrin yardım sayfasında yer alan hizmetler; kendi durumuyla ilgili sorusu olan kişiler için.
services-public-page = Herkese açık sayfayı gör
services-add = Hizmet ekle
services-edit = Değiştir
services-name = Ad
services-description = Hangi konularda yardım ediyorlar
services-languages = Orada konuşulan diller
services-contact = Nasıl ulaşılır
services-contact-hint = Adres, çalışma saatleri, telefon, web sitesi.
issue-support-on-telegram = Telegram üzerinden destekle
issue-voice-transcribe-title = Sesli mesajı yazıya geçirin
issue-voice-back = Kontrol bekleyenlere geri dön
issue-voice-saved = Kaydedildi. Bir moderatör artık sorunu yayımlayabilir.
issue-voice-note = { $seconds ->
    [one] Sesli mesaj, { $seconds } saniye
   *[other] Sesli mesaj, { $seconds } saniye
}
issue-voice-transcribe-hint = Dinleyin, sonra başlığı ve metni konuşulan dilde yazın. İsimleri, adresleri ve bir kişiyi tanıtabilecek her şeyi çıkarın.
issue-voice-language = Konuşulan dil
issue-voice-save = Yazılı metni kaydet
issue-voice-untranscribed = Henüz yazıya geçirilmedi
issue-voice-transcribe = Söylenenleri yazıya geçirin
issue-voice-placeholder-title = Sesli mesaj
issue-voice-placeholder-body = Bu sorun sesli mesajla anlatıldı; bir gönüllü onu yazıya geçirecek.
account-telegram = Telegram
account-telegram-intro = Chorus'u bu hesapla Telegram üzerinden kullanın: buradan bir kod alın, sonra kodu @{ $bot } botuna gönderin.
account-telegram-link = Telegram'ı bağlamak için kod al
account-telegram-code = 10 dakika içinde bota /link { $code } gönderin. Kod yalnızca bir kez çalışır.
account-telegram-open = Botu bu kodla aç
