home-title = Zabierz głos w swoim mieście
home-intro = Dzięki Chorus możesz zgłaszać sprawy w swoim języku, brać udział w konsultacjach rady doradczej ds. migrantów i sprawdzać, co miasto z nimi robi.
home-choose = Wybierz swoje miasto
home-none = Nie dodano jeszcze żadnego miasta.
home-safety-title = Twoje bezpieczeństwo
home-safety = Możesz używać pseudonimu. Adres e-mail nie jest obowiązkowy. Nigdy nie pytamy, skąd pochodzisz ani jakie masz dokumenty.

notice-account-deleted = Twoje konto i dane osobowe zostały usunięte.
notice-signed-out = Wylogowano Cię.

municipality-intro = Witamy w Chorus! Miasto: { $name }.
municipality-your-roles = Bierzesz tu udział jako:
municipality-join = Dołącz: { $name }
municipality-register = Załóż konto, aby wziąć udział
municipality-languages = Języki
municipality-moderation = Jak sprawdzamy wpisy

team-title = Zespół
team-intro = Osoby, które tłumaczą, moderują, zasiadają w radzie lub odpowiadają w imieniu miasta.
team-empty = Nikt nie ma tu jeszcze roli w zespole.
team-person = Osoba
team-role = Rola
team-since = Od

form-has-errors = Popraw, proszę, te rzeczy:

register-title = Załóż konto
register-intro = Wybierz nazwę, którą zobaczą inni. Nie musi to być Twoje prawdziwe imię.
register-username = Nazwa użytkownika
register-username-hint = Od 3 do 32 liter lub cyfr, w dowolnym alfabecie. Możesz też użyć znaków - _ i .
register-password = Hasło
register-password-hint = Co najmniej 8 znaków. Krótkie zdanie łatwo zapamiętać i trudno odgadnąć.
register-password-confirm = Wpisz hasło jeszcze raz
register-email = E-mail (nieobowiązkowo)
register-email-hint = Używamy go tylko po to, aby pomóc Ci wrócić do konta. Możesz zostawić to pole puste.
register-language = Język
register-municipality = Twoje miasto (nieobowiązkowo)
register-municipality-none = Wybiorę później
register-privacy = Nie pytamy o Twoje obywatelstwo, status pobytowy ani dokumenty tożsamości i nie zapisujemy Twojego adresu IP.
register-submit = Załóż konto
register-have-account = Masz już konto?

code-title = Twój kod odzyskiwania
code-intro = Zapisz ten kod i schowaj go w bezpiecznym miejscu. To jedyny sposób, aby wrócić do konta, jeśli zapomnisz hasła i nie masz adresu e-mail.
code-keep-safe = Pokazujemy go tylko raz. Każdy kod działa tylko raz; gdy go użyjesz, dostaniesz nowy.
code-continue = Mam już zapisany kod

login-title = Zaloguj się
login-username = Nazwa użytkownika
login-password = Hasło
login-submit = Zaloguj się
login-remember = Nie wylogowuj mnie na tym urządzeniu
login-remember-hint = Tylko na własnym telefonie lub komputerze. Na komputerze, z którego korzystają też inni, zostaw to pole niezaznaczone: wylogowanie nastąpi po kilku godzinach bez aktywności.
login-notice-password-failures = Wylogowano Cię, bo obecne hasło zostało zbyt wiele razy wpisane błędnie. Zaloguj się ponownie.
login-no-account = Załóż konto
login-forgot = Nie pamiętasz hasła? Użyj kodu odzyskiwania
login-have-reset-code = Mam kod resetujący od administratora

recover-title = Użyj kodu odzyskiwania
recover-intro = Wpisz nazwę użytkownika, zapisany kod odzyskiwania i nowe hasło.
recover-code = Kod odzyskiwania
recover-code-hint = Na przykład 7K2QD-M9XAT-4HBEW-PC0RN. Możesz pisać wielkimi lub małymi literami.
recover-no-code = Nie masz kodu? Zwróć się do organizacji pomocowej lub do zespołu Chorus w swoim mieście: po spotkaniu z Tobą mogą dać Ci kod resetujący.

reset-title = Użyj kodu resetującego
reset-intro = Administrator dał Ci kod resetujący po spotkaniu z Tobą. Wpisz go razem z nazwą użytkownika i nowym hasłem.
reset-code = Kod resetujący
reset-code-hint = Kod jest ważny przez ograniczony czas i działa tylko raz.

account-title = Moje konto
account-signed-in-as = Zalogowano jako
account-roles = Gdzie bierzesz udział
account-no-roles = Nie należysz jeszcze do żadnego miasta.
account-language = Język
account-language-label = Język stron
account-language-save = Zapisz język
account-security = Bezpieczeństwo
account-data = Twoje dane
account-data-intro = Pobierz wszystko, co Chorus przechowuje na Twój temat, albo usuń swoje konto.
account-export = Pobierz moje dane (JSON)

password-title = Zmień hasło
password-current = Obecne hasło
password-new = Nowe hasło
password-submit = Zapisz nowe hasło
password-changed = Hasło zostało zmienione. Na Twoich innych urządzeniach nastąpiło wylogowanie.
password-must-change = Zalogowano Cię hasłem jednorazowym. Ustaw teraz własne hasło.

delete-title = Usuń moje konto
delete-explained = Usuniemy Twoją nazwę, adres e-mail, ustawienia i role. Tego nie da się cofnąć. Zależnie od zasad Twojego miasta Twoje wpisy pozostaną jako anonimowe albo zostaną usunięte.
delete-export-first = Możesz najpierw pobrać swoje dane.
delete-password = Potwierdź hasłem
delete-submit = Usuń moje konto na zawsze

admin-title = Administracja
admin-municipalities = Miasta
admin-municipality-new = Dodaj miasto
admin-municipality-edit = Edytuj miasto
admin-municipality-name = Nazwa
admin-municipality-slug = Nazwa w adresie strony
admin-municipality-slug-hint = Małe litery, cyfry i łączniki, np. porto-sereno. Pojawia się w linkach.
admin-municipality-languages = Języki
admin-municipality-default-language = Język domyślny
admin-municipality-moderation = Moderacja
admin-municipality-policy = Gdy konto zostanie usunięte
admin-actions = Działania
admin-edit = Edytuj: { $name }
admin-save = Zapisz
admin-users = Konta
admin-users-search = Znajdź konto po nazwie użytkownika
admin-users-search-submit = Szukaj
admin-users-none = Nie znaleziono konta.
admin-user-since = Konto od
admin-role-municipality = Miasto
admin-role-grant = Nadaj rolę
admin-role-revoke = Odbierz rolę
admin-admin-grant = Nadaj uprawnienia administratora
admin-admin-revoke = Odbierz uprawnienia administratora
admin-reset-title = Resetowanie hasła
admin-reset-explained = Tylko po spotkaniu z tą osobą i gdy masz pewność, że to jej konto: utwórz jednorazowy kod resetujący i przekaż go jej. Kod wygasa po kilku dniach.
admin-reset-issue = Utwórz kod resetujący
admin-reset-issued = Przekaż ten kod tej osobie. Widać go tylko teraz.

# Issues: raising, listing and reading them.
municipality-issues = Zobacz sprawy zgłoszone tutaj
municipality-raise = Zgłoś sprawę
issues-title = Sprawy
issues-filter = Filtruj i sortuj
issues-any = Wszystkie
issues-status = Status
issues-language = Język tekstu
issues-sort = Kolejność
issues-sort-newest = Najpierw najnowsze
issues-sort-supported = Najpierw najbardziej popierane
issues-apply = Pokaż
issues-none = Nie ma pasujących spraw. Możesz zgłosić pierwszą.
issues-more = Pokaż więcej spraw
issue-new-title = Zgłoś sprawę
issue-new-intro = Pisz w dowolnym języku. Opisz problem i, jeśli możesz, napisz, co by pomogło. Nie podawaj imion i nazwisk, adresów ani innych danych osobowych.
issue-field-title = Tytuł
issue-field-title-hint = Krótkie zdanie, od 5 do 150 znaków.
issue-field-body = Na czym polega problem?
issue-field-body-hint = Co najmniej 20 znaków. Napisz, kogo to dotyczy i gdzie.
issue-field-theme = Temat
issue-field-theme-choose = Wybierz temat
issue-field-tags = Kogo to szczególnie dotyczy? (nieobowiązkowo)
issue-field-neighbourhood = Dzielnica (nieobowiązkowo)
issue-field-neighbourhood-none = Całe miasto
issue-field-anonymous = Pokaż mnie jako osobę anonimową (publicznie nie będzie widać mojej nazwy)
issue-continue = Dalej
issue-confirm-preview = Twoja sprawa
issue-confirm-language = Język Twojego tekstu
issue-confirm-detected = Wydaje nam się, że Twój tekst jest w tym języku: { $language }. Jeśli nie, wybierz właściwy język.
issue-confirm-not-detected = Wybierz język, w którym napisano Twój tekst.
issue-similar-title = Podobne sprawy
issue-similar-intro = Może ktoś już to zgłosił. Możesz poprzeć jedną z tych spraw albo wysłać swoją.
issue-submit = Wyślij moją sprawę
issue-edit = Zmień mój tekst
issue-submitted-public = Dziękujemy. Twoja sprawa została opublikowana.
issue-submitted-waiting = Dziękujemy. Moderator wkrótce sprawdzi Twoją sprawę; informację zobaczysz na swoim koncie.
issue-by = Zgłoszone przez
issue-anonymous-to-public = publicznie pokazywane jako anonimowe
issue-by-anonymous = Zgłoszone anonimowo
issue-written-in = Język: { $language }
issue-supports = { $count ->
    [one] { $count } osoba popiera
    [few] { $count } osoby popierają
    [many] { $count } osób popiera
   *[other] { $count } osoby popiera
}
issue-support = Popieram
issue-you-support = Popierasz tę sprawę.
issue-withdraw = Wycofaj moje poparcie
issue-sign-in-to-support = Zaloguj się, aby poprzeć tę sprawę
issue-timeline = Co wydarzyło się do tej pory

# Moderation, reports and notifications.
moderation-title = Kolejka moderacji
moderation-intro = Nowe sprawy i sprawy zgłoszone moderatorom, od najstarszych. Każda decyzja jest zapisywana razem z powodem.
moderation-empty = Nic nie czeka. Dziękujemy!
moderation-reported = Zgłoszenia:
moderation-publish = Opublikuj
moderation-restore = Przywróć
moderation-dismiss-reports = Zostaw jako publiczne (odrzuć zgłoszenia)
moderation-reason = Powód (potrzebny, aby odrzucić lub ukryć)
moderation-reason-choose = Wybierz powód
moderation-note = Notatka dla autora (nieobowiązkowo)
moderation-reject = Odrzuć
moderation-hide = Ukryj
moderation-merge-into = Numer sprawy, którą powtarza
moderation-merge = Połącz
moderation-redact = Usuń dane osobowe
moderation-redact-intro = Zastąp imiona i nazwiska, adresy, numery telefonów i inne dane osobowe znakiem […]. Oryginalny tekst jest przechowywany tylko dla administratorów.
moderation-redact-save = Zapisz poprawiony tekst
notifications-title = Powiadomienia
notifications-none = Na razie nic nowego. Tutaj pojawią się informacje o Twoich sprawach.
notifications-new = Nowe
notifications-mark-read = Oznacz wszystkie jako przeczytane
notification-unavailable = Sprawa, którą obserwujesz, nie jest już publiczna.
notifications-unread = { $count ->
    [one] { $count } nowe
    [few] { $count } nowe
    [many] { $count } nowych
   *[other] { $count } nowego
}
report-title = Zgłoś tę sprawę moderatorom
report-reason = Co jest nie tak?
report-submit = Wyślij zgłoszenie
report-thanks = Dziękujemy. Moderator to sprawdzi.
report-thanks-hidden = Dziękujemy. Sprawa jest ukryta, dopóki moderator jej nie sprawdzi.
issue-merged-into = Ta sprawa została połączona z inną sprawą dotyczącą tego samego problemu:
redactions-title = Usunięte dane osobowe (tylko dla administratorów)
redacted-issue-title = Tytuł
redacted-issue-body = Opis
redacted-comment = Komentarz
redacted-answer = Oficjalna odpowiedź

# The audit log.
audit-title = Rejestr decyzji
audit-intro = Wszystkie decyzje moderatorów i administratorów w tym mieście: kto, co, kiedy i dlaczego.
audit-filter = Pokaż
audit-filter-issues = Decyzje w sprawach
audit-filter-roles = Nadane i odebrane role
audit-filter-municipality = Ustawienia miasta
audit-filter-all = Wszystko
audit-empty = Na razie nic nie zapisano.
audit-when = Kiedy
audit-who = Kto
audit-what = Co
audit-why = Szczegóły

# Translation.
translate-title = Tłumaczenia
translate-intro = Opublikowane sprawy, których nie ma jeszcze we wszystkich językach tego miasta, od najstarszych. Tłumaczenia maszynowe czekają, aż sprawdzi je człowiek.
translate-empty = Wszystko jest przetłumaczone. Dziękujemy!
translate-machine-waiting = tłumaczenie maszynowe do sprawdzenia
translate-into = Tłumaczenie na język: { $language }
translate-original = Oryginał ({ $language })
translate-yours = Twoje tłumaczenie
translate-review-machine = To jest tłumaczenie maszynowe. Popraw je, jeśli trzeba, i zapisz: wtedy będzie uznane za sprawdzone.
translate-save = Zapisz tłumaczenie
translation-machine = tłumaczenie maszynowe
translation-volunteer = przetłumaczone przez wolontariusza
translation-machine-from = Tłumaczenie maszynowe. Język oryginału: { $language }
translation-volunteer-from = Przetłumaczone przez wolontariusza. Język oryginału: { $language }
translation-show-original = Pokaż oryginał
translation-show-translation = Pokaż tłumaczenie

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Jeden komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
comment-field-body = Twój komentarz
comment-field-body-hint = W dowolnym języku. Pisz życzliwie i nie podawaj danych osobowych.
comment-submit = Wyślij komentarz
comment-sign-in = Zaloguj się, aby dodać komentarz
comment-report = Zgłoś ten komentarz moderatorom
comment-deleted-account = Usunięte konto
comment-published = Dziękujemy. Twój komentarz został opublikowany.
comment-waiting = Dziękujemy. Moderator wkrótce sprawdzi Twój komentarz.
comment-reported = Dziękujemy. Moderator sprawdzi ten komentarz.
field-language = Język Twojego tekstu
field-language-detect = Rozpoznaj automatycznie
answer-title = Odpowiedź miasta
answer-official = Oficjalna odpowiedź
answer-department = Odpowiedzialny wydział
answer-expected = Przewidywany termin
answer-field-body = Oficjalna odpowiedź
answer-field-body-hint = Pisz w swoim języku; odpowiedź zostanie przetłumaczona dla mieszkańców.
answer-field-department = Odpowiedzialny wydział (nieobowiązkowo)
answer-field-expected = Przewidywany termin (nieobowiązkowo)
answer-field-expected-hint = Rok-miesiąc-dzień, na przykład 2027-03-31.
answer-field-resolved = Ta odpowiedź rozwiązuje sprawę
answer-submit = Opublikuj odpowiedź
answer-posted = Odpowiedź została opublikowana. Autor sprawy i osoby, które ją popierają, dostaną powiadomienie.
city-title = Dla miasta
city-forward = Przekaż radzie
city-resolve = Oznacz jako rozwiązaną
issue-forwarded = Sprawa została przekazana radzie.
issue-edit-requested = Moderator prosi o zmiany w tej sprawie. Dopiero potem będzie można ją opublikować.
issue-edit-now = Zmień teraz
issue-edit-title = Zmień swoją sprawę
issue-edit-asked = Moderator prosi o takie zmiany:
issue-edit-save = Zapisz i wyślij do moderatorów
issue-edited = Dziękujemy. Twoje zmiany trafią do moderatorów.
moderation-ask-edit = Poproś autora o zmiany
moderation-issues = Sprawy
moderation-comments = Komentarze
moderation-comment-on = Komentarz do sprawy
help-title = Pomoc w Twojej własnej sytuacji
help-intro = Te punkty pomocy doradzają ludziom w ich osobistych kłopotach: dokumenty, świadczenia, mieszkanie, praca, zdrowie. Mówią w podanych językach.
help-nothing-stored = Nic, co robisz na tej stronie, nie jest zapisywane ani publikowane.
help-none = To miasto nie dodało jeszcze żadnych punktów pomocy.
help-languages = Języki:
help-contact = Jak się z nimi skontaktować:
help-raise-instead = Czy ten problem dotyczy wielu osób? W takim razie zgłoś sprawę.
help-link = Potrzebuję pomocy w mojej własnej sytuacji
help-question = Czy chodzi o Twoją własną sytuację?
help-question-explained = Jeśli masz problem z dokumentami, świadczeniem, właścicielem mieszkania albo pracą, punkt pomocy może doradzić Ci osobiście. Sprawy zgłaszane tutaj dotyczą problemów, które ma wiele osób.
issues-search = Szukaj spraw
issues-search-button = Szukaj
issues-search-results = Sprawy pasujące do „{ $query }”
issues-sort-answered = Najpierw te z najnowszą odpowiedzią
translate-kind-issue = Sprawa
translate-kind-answer = Oficjalna odpowiedź
translate-kind-comment = Komentarz
translate-text = Tekst
taxonomy-title = Tematy i dzielnice
taxonomy-intro = Mieszkańcy wybierają z tej listy, gdy zgłaszają sprawę. Możesz nadać tematowi własną nazwę albo zostawić nazwę pustą: wtedy pokaże się przetłumaczona nazwa domyślna.
taxonomy-categories = Tematy
taxonomy-tags = Grupy, których to szczególnie dotyczy
taxonomy-neighbourhoods = Dzielnice
taxonomy-rename = Zmień nazwę
taxonomy-remove = Usuń
taxonomy-add = Dodaj
taxonomy-add-category = Dodaj temat
taxonomy-add-tag = Nowa grupa
taxonomy-add-neighbourhood = Nowa dzielnica
taxonomy-dimension = Należy do
taxonomy-dimension-choose = Wybierz
taxonomy-name = Nazwa
taxonomy-name-hint = We wszystkich językach wyświetla się dokładnie tak, jak ją wpiszesz.
services-title = Punkty pomocy
services-intro = Punkty pomocy pokazane na stronie pomocy miasta, dla osób, które mają pytanie o własną sytuację.
services-public-page = Zobacz stronę publiczną
services-add = Dodaj punkt pomocy
services-edit = Zmień
services-name = Nazwa
services-description = W czym pomagają
services-languages = Języki, w których można się tam porozumieć
services-contact = Jak się z nimi skontaktować
services-contact-hint = Adres, godziny otwarcia, telefon, strona internetowa.
issue-support-on-telegram = Poprzyj przez Telegram
issue-voice-transcribe-title = Spisz wiadomość głosową
issue-voice-back = Wróć do kolejki moderacji
issue-voice-saved = Zapisano. Moderator może teraz opublikować sprawę.
issue-voice-note = { $seconds ->
    [one] Wiadomość głosowa, { $seconds } sekunda
    [few] Wiadomość głosowa, { $seconds } sekundy
    [many] Wiadomość głosowa, { $seconds } sekund
   *[other] Wiadomość głosowa, { $seconds } sekundy
}
issue-voice-transcribe-hint = Posłuchaj, a potem napisz tytuł i tekst w języku nagrania. Pomiń imiona i nazwiska, adresy i wszystko inne, co pozwala rozpoznać osobę.
issue-voice-language = Język nagrania
issue-voice-save = Zapisz spisany tekst
issue-voice-untranscribed = Jeszcze nie spisano
issue-voice-transcribe = Spisz treść nagrania
issue-voice-placeholder-title = Wiadomość głosowa
issue-voice-placeholder-body = Ta sprawa została zgłoszona wiadomością głosową; wolontariusz ją spisze.
account-telegram = Telegram
account-telegram-intro = Korzystaj z Chorus przez Telegram z tym kontem: pobierz tutaj kod, a potem wyślij go do @{ $bot }.
account-telegram-link = Pobierz kod do połączenia z Telegramem
account-telegram-code = Wyślij botowi /link { $code } w ciągu 10 minut. Kod działa tylko raz.
account-telegram-open = Otwórz bota z tym kodem
