error-title-not-found = Nie znaleziono strony
error-title-forbidden = Brak dostępu
error-title-bad-request = Coś jest nie tak z zapytaniem
error-title-internal = Coś poszło nie tak
error-not-found = Nie możemy znaleźć tej strony. Mogła zostać przeniesiona lub usunięta.
error-forbidden = Twoje konto nie ma dostępu do tej strony.
error-unauthorized = Najpierw się zaloguj.
error-csrf = Ten formularz wygasł albo został wysłany z innej strony. Wróć, odśwież stronę i spróbuj jeszcze raz. Aby formularze w Chorus działały, pliki cookie muszą być włączone.
error-too-many-requests = Zbyt wiele prób. Poczekaj minutę i spróbuj jeszcze raz.
error-too-large = Przesłane dane są za duże.
error-bad-request = Nie rozumiemy tego zapytania.
error-method-not-allowed = Ten adres nie przyjmuje tego rodzaju zapytań.
error-timeout = To trwało zbyt długo. Spróbuj jeszcze raz.
error-validation = Niektóre pola trzeba poprawić.
error-internal = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj ponownie później.
error-database = Baza danych jest niedostępna.
error-code = Błąd { $status }
error-go-home = Przejdź do strony głównej

username-required = Wybierz nazwę użytkownika.
username-too-short = Nazwa użytkownika musi mieć co najmniej 3 znaki.
username-too-long = Nazwa użytkownika może mieć najwyżej 32 znaki.
username-invalid-characters = Używaj tylko liter, cyfr oraz znaków - _ i . (na początku musi być litera lub cyfra).
username-reserved = Ta nazwa jest zarezerwowana. Wybierz inną.
username-taken = Ta nazwa użytkownika jest już zajęta. Wybierz inną.
username-mixed-scripts = Używaj liter tylko z jednego alfabetu (cyfry oraz znaki - _ i . są w porządku).
username-too-similar = Ta nazwa jest zbyt podobna do już istniejącej. Wybierz inną.

password-required = Wybierz hasło.
password-too-short = Hasło musi mieć co najmniej 8 znaków.
password-too-long = Hasło jest za długie.
password-same-as-username = Hasło nie może być takie samo jak nazwa użytkownika.
password-too-common = To hasło jest zbyt popularne i łatwe do odgadnięcia. Spróbuj kilku słów, które coś dla ciebie znaczą.
password-mismatch = Hasła nie są takie same.
password-wrong = To hasło jest nieprawidłowe.

email-invalid = To nie wygląda na adres e-mail. Możesz też zostawić to pole puste.
language-unknown = Wybierz język z listy.
role-unknown = Nieznana rola.
code-invalid = Ten kod jest nieprawidłowy, wygasł albo został już użyty.

login-failed = Logowanie się nie udało. Sprawdź nazwę użytkownika i hasło. Po kilku błędnych próbach logowanie z nowego urządzenia będzie możliwe dopiero za kilka minut; kod odzyskiwania działa zawsze.
login-one-time-expired = To hasło jednorazowe wygasło. Poproś administratora o nowy kod resetujący.

municipality-unknown = Wybierz miasto z listy.
municipality-name-invalid = Nazwa musi mieć od 2 do 100 znaków.
municipality-slug-invalid = Użyj od 2 do 40 małych liter, cyfr i łączników.
municipality-slug-taken = Inne miasto używa już tej nazwy w adresie strony.
municipality-languages-required = Wybierz co najmniej jeden język.
municipality-default-language-invalid = Język domyślny musi być jednym z wybranych języków.
municipality-moderation-invalid = Wybierz, jak sprawdzane są wpisy.
municipality-policy-invalid = Wybierz, co się dzieje po usunięciu konta.

account-last-admin = To ostatnie konto administratora. Najpierw nadaj komuś innemu uprawnienia administratora.

# Issues.
issue-title-required = Wpisz tytuł.
issue-title-too-short = Tytuł musi mieć co najmniej 5 znaków.
issue-title-too-long = Tytuł może mieć najwyżej 150 znaków.
issue-body-required = Opisz sprawę.
issue-body-too-short = Napisz co najmniej 20 znaków.
issue-body-too-long = Opis może mieć najwyżej 5000 znaków.
issue-theme-required = Wybierz temat z listy.
issue-tag-unknown = Wybierz z listy.
issue-neighbourhood-unknown = Wybierz dzielnicę z listy.
issue-lang-required = Wybierz język, w którym napisano Twój tekst.

# Moderation.
moderation-reason-required = Wybierz powód.
moderation-note-too-long = Notatka może mieć najwyżej 1000 znaków.
moderation-merge-target-invalid = Podaj numer innej opublikowanej sprawy z tego miasta.
moderation-not-allowed = Tego nie można zrobić z tą sprawą w jej obecnym stanie.
report-reason-required = Wybierz, co jest nie tak.

# Translation.
translation-required = Wpisz tłumaczenie.
translation-source-changed = Oryginalny tekst został zmieniony w trakcie tłumaczenia (na przykład usunięto dane osobowe). Porównaj swoje tłumaczenie z obecną wersją tekstu.
translation-too-long = Tekst jest za długi.

# Participation.
comment-required = Napisz komentarz.
comment-too-short = Komentarz jest za krótki.
comment-too-long = Komentarz może mieć najwyżej 2000 znaków.
answer-required = Napisz odpowiedź.
answer-too-short = Odpowiedź musi mieć co najmniej 10 znaków.
answer-too-long = Odpowiedź może mieć najwyżej 5000 znaków.
answer-department-too-long = Nazwa wydziału może mieć najwyżej 120 znaków.
answer-date-invalid = Podaj prawdziwą datę w formacie rok-miesiąc-dzień (na przykład 2027-03-31).
status-change-not-allowed = Ta sprawa nie może teraz dostać tego statusu.
issue-edit-not-requested = Nikt nie prosił o zmianę tej sprawy.
taxonomy-name-required = Podaj nazwę.
taxonomy-name-too-long = Nazwa może mieć najwyżej 80 znaków.
taxonomy-name-taken = Ta nazwa jest już używana.
taxonomy-dimension-required = Wybierz, do czego należy ta kategoria.
taxonomy-category-in-use = Sprawy używają tej kategorii, więc nie można jej usunąć. Zamiast tego zmień jej nazwę.
service-name-invalid = Podaj nazwę, która ma od 2 do 120 znaków.
service-description-too-long = Opis może mieć najwyżej 1000 znaków.
service-contact-invalid = Podaj dane kontaktowe, które mają od 2 do 500 znaków.
service-languages-invalid = Wybierz co najmniej jeden język, w którym można się tam porozumieć.
posting-too-often = W ostatniej godzinie pojawiło się dużo Twoich wpisów. Poczekaj chwilę, zanim znowu coś opublikujesz; Twój tekst jest zachowany poniżej.
issue-voice-too-large = Ta wiadomość głosowa jest za długa. Nagraj mniej niż dwie minuty.
issue-voice-empty = Wiadomość głosowa jest pusta.
issue-voice-not-waiting = Ta sprawa już nie czeka na moderację.
moderation-transcribe-first = Spisz treść wiadomości głosowej przed opublikowaniem sprawy.
