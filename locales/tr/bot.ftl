# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Dili ve şehri seçin
bot-command-new = Bir sorun bildirin
bot-command-my = Sorunlarım ve durumları
bot-command-settings = Hangi bildirimleri alıyorum
bot-command-language = Dili değiştirin
bot-command-help = Bu bot neler yapabilir
bot-command-cancel = Yaptığım işi durdur
bot-command-link = Web sitesindeki hesabıma bağla
bot-command-export = Verilerimi indir
bot-command-delete = Verilerimi sil
bot-help-intro = Chorus ile şehrinize sorun bildirebilir ve sonra ne olduğunu takip edebilirsiniz. Kimliğiniz gizli kalır: bot yalnızca bu sohbetin numarasını ve seçimlerinizi saklar. Komutlar:

## Start
bot-choose-language = Hangi dili kullanmak istiyorsunuz?
bot-language-chosen = Dil: { $language }
bot-choose-municipality = Hangi şehirde yaşıyorsunuz?
bot-municipality-chosen = Şehir: { $municipality }

## Menu
bot-menu-intro = Ne yapmak istiyorsunuz?
bot-menu-new = Bir sorun bildirin
bot-menu-my = Sorunlarım
bot-menu-settings = Bildirimler
bot-menu-help = Yardım
bot-cancelled = Durduruldu. Hiçbir şey gönderilmedi.
bot-cancel = İptal

## Raising an issue
bot-issue-choose-theme = Sorununuz ne hakkında? ({ $municipality })
bot-issue-ask-title = Sorununuz için kısa bir başlık yazın (5 ile 150 karakter arası).
bot-issue-ask-body = Şimdi sorunu kendi sözlerinizle, istediğiniz dilde anlatın (en az 20 karakter).
bot-issue-similar = Benzer bir sorun zaten var: { $title } ({ $supports } destek). Onu destekleyebilir ya da kendi sorununuzla devam edebilirsiniz.
bot-issue-confirm = Göndermeden önce sorununuzu kontrol edin: { $title }. Dil: { $language }.
bot-issue-language-unknown = tanınmadı — lütfen seçin
bot-issue-post = Gönder
bot-issue-change-language = Dili seçin
bot-issue-choose-language = Hangi dilde yazdınız?
bot-issue-anonymous-on = Anonim: evet
bot-issue-anonymous-off = Anonim: hayır
bot-issue-cancelled = Sorununuz gönderilmedi.
bot-issue-submitted = Teşekkürler. Sorununuz (numara { $id }) gönderildi. Bir moderatör, yayımlanmadan önce onu kontrol edecek.
bot-issue-published = Teşekkürler. Sorununuz (numara { $id }) yayımlandı.
bot-issue-card = { $title } ({ $supports } destek)
bot-support = Bu sorunu destekleyin
bot-supported = Desteğiniz için teşekkürler
bot-supported-issue = Destekliyorsunuz: { $title }
bot-open-portal = Web sitesinde aç
bot-voice-where = Sesli mesajla sorun bildirmek için /new ile başlayın ve bir konu seçin.
bot-voice-confirm = Sesli mesajınız ({ $seconds } saniye). Dil: { $language }. Yayımlanmadan önce bir gönüllü onu yazıya geçirecek.
bot-voice-submitted = Teşekkürler. Sesli mesajınız (sorun numarası { $id }) gönderildi. Bir gönüllü onu yazıya geçirecek, sonra bir moderatör kontrol edecek.

## My issues
bot-my-none = Henüz hiç sorun bildirmediniz.
bot-my-title = { $count ->
    [one] Sorununuz:
   *[other] { $count } sorununuz var:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = { $title } hakkında yenilik: { $status }
bot-notice-ballot = Katıldığınız bir oylamanın sonuçları yayımlandı: { $title }
bot-notice-consultation = Katıldığınız bir görüş toplamanın sonuçları yayımlandı: { $title }
bot-notice-ballot-opened = Yeni oylama açık: { $title }
bot-notice-consultation-opened = Yeni danışma açık: { $title }
bot-settings-intro = Hangi bildirimleri alacağınızı seçin. Açmak veya kapatmak için bir düğmeye basın.
bot-settings-on = { $what }: açık
bot-settings-off = { $what }: kapalı
bot-settings-saved = Kaydedildi
bot-settings-issue = Sorunlarım ve desteklediğim sorunlar
bot-settings-ballot = Oylamalar
bot-settings-consultation = Görüş toplama
bot-settings-summary = Kurulun özetleri ve yanıtlar

## My data
bot-export-caption = Chorus'un sizinle ilgili sakladığı her şey.
bot-delete-confirm = Hesabınız ve verileriniz silinsin mi? Sorunlarınız ve yorumlarınız, şehrinizin kararına göre kaldırılır veya anonim olarak kalır. Bu işlem geri alınamaz.
bot-delete-yes = Evet, sil
bot-delete-no = Hayır, kalsın
bot-delete-kept = Hiçbir şey silinmedi.
bot-delete-done = Verileriniz silindi. Tekrar yazarsanız yeni ve boş bir hesapla başlarsınız.
bot-link-ask = Web sitesindeki hesabınızı burada kullanmak için hesap sayfanızdan bir kod alın. Sonra /link ve kodu gönderin.
bot-link-done = Bu sohbet artık { $name } hesabınızı kullanıyor.
bot-link-wrong = Bu kod yanlış veya süresi dolmuş. Web sitesinden yeni bir kod alın.
bot-link-has-content = Bu sohbet daha önce katılımda bulundu (sorunlar, destekler, oylar veya yanıtlar), bu yüzden başka bir hesaba bağlanamaz. Önce verilerini /export ile indirebilir veya /delete ile silebilirsiniz.

## When something does not fit
bot-use-buttons = Lütfen yukarıdaki düğmeleri kullanın veya durdurmak için /cancel yazın.
bot-only-text = Üzgünüm, burada yalnızca yazılı mesajları okuyabiliyorum.
bot-edit-ignored = Gönderdiğiniz bir mesajı değiştirmek, bana ulaşanı değiştirmez. Bunun yerine yeni bir mesaj gönderin.
bot-unknown-command = Bu komutu bilmiyorum. /help neler yapabildiğimi gösterir.
bot-button-expired = Bu düğme artık geçerli değil.
bot-unknown-button = Bu düğme artık geçerli değil.
bot-not-found = Bu artık yok veya herkese açık değil.
bot-not-allowed = Bunu yapma izniniz yok.
bot-too-many = Çok fazla deneme yapıldı. Lütfen biraz bekleyip tekrar deneyin.
bot-too-large = Bu çok büyük.
bot-error = Bizim tarafımızda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.

## Consultations
bot-command-consultations = Açık görüş toplamalar: anketler ve görüş turları
bot-menu-consultations = Görüş toplama
bot-consultations-title = { $municipality } için açık görüş toplamalar. Birini seçin:
bot-consultations-none = Şu anda { $municipality } için açık bir görüş toplama yok.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Soruları tek tek yanıtlayın. Bir soruyu atlayabilir, kaydedip sonra devam edebilir ve sonunda yanıtlarınızı gönderebilirsiniz.
bot-consultation-resume = Daha önce yanıtlar kaydetmiştiniz. Kaldığınız yerden devam ediyoruz.
bot-consultation-change = Yanıtlarınızı zaten gönderdiniz. Görüş toplama kapanana kadar onları değiştirebilirsiniz.
bot-consultation-question = Soru { $n } / { $total }
bot-consultation-required = Göndermek için bu soruya yanıt gerekiyor.
bot-consultation-choose-one = Bir yanıt seçin.
bot-consultation-choose-many = Seçmek için yanıtlara basın (seçimi kaldırmak için tekrar basın), sonra “İleri”ye basın.
bot-consultation-scale = 1 ile 5 arasında seçin. 1'in anlamı: { $low }. 5'in anlamı: { $high }.
bot-consultation-rank = Seçeneklere sırayla basın: önce en çok tercih ettiğinize. Bazılarını boş bırakabilirsiniz. Sonra “İleri”ye basın.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Sıralamaya yeniden başla
bot-consultation-write = Yanıtınızı bir mesajla yazın (en fazla { $max } karakter).
bot-consultation-your-answer = Şimdiye kadarki yanıtınız: { $answer }
bot-consultation-next = İleri
bot-consultation-skip = Atla
bot-consultation-review = Bu son soruydu. Yanıtlarınızı şimdi gönderin ya da kaydedip sonra devam edin.
bot-statement-original = Özgün metin ({ $language }): { $text }
bot-statement-ask = Görüşünüzü tek bir mesajla yazın.
bot-statements-done = Şimdilik bu kadar
bot-statements-thanks = Katıldığınız için teşekkürler. Bu tur kapanana kadar ona geri dönebilirsiniz.
## Votes
bot-command-votes = Öncelikler için oy ver
bot-menu-votes = Oylamalar
bot-votes-intro = { $municipality } için açık oylamalar. Birini seçin:
bot-votes-none = Şu anda { $municipality } için açık oylama yok.
bot-vote-rank-rule = Seçeneklere tercih ettiğiniz sırayla basın, önce ilk tercihiniz. Bazı seçenekleri dışarıda bırakabilirsiniz.
bot-vote-picked = Şimdiye kadar seçilen: { $count }
bot-vote-budget-left = Kalan bütçe: { $left } / { $budget }
bot-vote-points-left = Kalan puan: { $left } / { $total }
bot-vote-order = Şimdiye kadarki sıranız:
bot-vote-nothing = Henüz bir şey seçilmedi.
bot-vote-undo = Sonuncuyu geri al
bot-vote-continue = Devam
bot-vote-confirm = Oyunuzu vermeden önce lütfen kontrol edin:
bot-vote-cast = Oyumu ver
bot-vote-change = Değiştir
bot-vote-cancelled = Durduruldu. Oyunuz verilmedi.
bot-vote-receipt = Makbuz kodunuz: { $code }
bot-vote-receipt-explained = Bu kodu saklayın: yalnızca bir kez gösterilir. Sonuçlar yayımlandığında, oyunuzun verdiğiniz gibi sayıldığını bununla kontrol edebilirsiniz. Başka hiç kimse onu sizinle ilişkilendiremez.
bot-vote-receipt-hash = Yayımlanan listede oyunuz şu değeri taşıyan satırdır: { $hash }
bot-vote-ask-receipt = Oyunuzu değiştirmek için önceki oyunuzun makbuz kodunu gönderin (ya da durdurmak için /cancel).
bot-notice-summary = Kurulun bir önerisiyle ilgili haber: { $title }
bot-notice-summary-answered = Belediye, katkıda bulunduğunuz bir öneriye yanıt verdi: { $title }
bot-notice-summary-done = Katkıda bulunduğunuz bir öneri tamamlandı: { $title }
bot-notice-summary-dropped = Katkıda bulunduğunuz bir öneri bırakıldı: { $title }
bot-notice-summary-overdue = Bir önerinin son tarihi geçti: { $title }
bot-notice-summary-forwarded = Kurulun bir özeti belediyeye iletildi: { $title }
