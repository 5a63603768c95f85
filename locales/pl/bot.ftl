# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Wybierz język i miasto
bot-command-new = Zgłoś sprawę
bot-command-my = Moje sprawy i ich status
bot-command-settings = Jakie powiadomienia dostaję
bot-command-language = Zmień język
bot-command-help = Co potrafi ten bot
bot-command-cancel = Przerwij to, co robię
bot-command-link = Połącz z moim kontem na stronie
bot-command-export = Pobierz moje dane
bot-command-delete = Usuń moje dane
bot-help-intro = Dzięki Chorus możesz zgłaszać sprawy swojemu miastu i sprawdzać, co się z nimi dzieje. Korzystasz z niego anonimowo: bot zapisuje tylko numer tego czatu i Twoje wybory. Polecenia:

## Start
bot-choose-language = Jakiego języka chcesz używać?
bot-language-chosen = Język: { $language }
bot-choose-municipality = W jakim mieście mieszkasz?
bot-municipality-chosen = Miasto: { $municipality }

## Menu
bot-menu-intro = Co chcesz zrobić?
bot-menu-new = Zgłoś sprawę
bot-menu-my = Moje sprawy
bot-menu-settings = Powiadomienia
bot-menu-help = Pomoc
bot-cancelled = Przerwano. Nic nie zostało wysłane.
bot-cancel = Anuluj

## Raising an issue
bot-issue-choose-theme = Czego dotyczy Twoja sprawa? ({ $municipality })
bot-issue-ask-title = Napisz krótki tytuł swojej sprawy (od 5 do 150 znaków).
bot-issue-ask-body = Teraz opisz sprawę własnymi słowami, w dowolnym języku (co najmniej 20 znaków).
bot-issue-similar = Jest już podobna sprawa: { $title } (liczba poparć: { $supports }). Możesz ją poprzeć albo dalej zgłaszać swoją.
bot-issue-confirm = Sprawdź swoją sprawę przed wysłaniem: { $title }. Język: { $language }.
bot-issue-language-unknown = nie rozpoznano — wybierz
bot-issue-post = Wyślij
bot-issue-change-language = Wybierz język
bot-issue-choose-language = W jakim języku jest Twój tekst?
bot-issue-anonymous-on = Anonimowo: tak
bot-issue-anonymous-off = Anonimowo: nie
bot-issue-cancelled = Twoja sprawa nie została wysłana.
bot-issue-submitted = Dziękujemy. Twoja sprawa (numer { $id }) została wysłana. Moderator sprawdzi ją przed publikacją.
bot-issue-published = Dziękujemy. Twoja sprawa (numer { $id }) została opublikowana.
bot-issue-card = { $title } (liczba poparć: { $supports })
bot-support = Poprzyj tę sprawę
bot-supported = Dziękujemy za poparcie
bot-supported-issue = Popierasz: { $title }
bot-open-portal = Otwórz na stronie
bot-voice-where = Aby zgłosić sprawę wiadomością głosową, zacznij od /new i wybierz temat.
bot-voice-confirm = Twoja wiadomość głosowa ({ $seconds } s). Język: { $language }. Wolontariusz spisze ją przed publikacją.
bot-voice-submitted = Dziękujemy. Twoja wiadomość głosowa (sprawa numer { $id }) została wysłana. Wolontariusz ją spisze, a moderator sprawdzi sprawę.

## My issues
bot-my-none = Nie masz jeszcze żadnej zgłoszonej sprawy.
bot-my-title = { $count ->
    [one] Twoja sprawa:
    [few] Masz { $count } sprawy:
    [many] Masz { $count } spraw:
   *[other] Masz { $count } sprawy:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Nowe informacje o sprawie { $title }: { $status }
bot-notice-ballot = Opublikowano wyniki głosowania z Twoim udziałem: { $title }
bot-notice-consultation = Opublikowano wyniki konsultacji z Twoim udziałem: { $title }
bot-notice-ballot-opened = Nowe głosowanie: { $title }
bot-notice-consultation-opened = Nowe konsultacje: { $title }
bot-settings-intro = Wybierz, jakie powiadomienia chcesz dostawać. Naciśnij przycisk, aby włączyć lub wyłączyć powiadomienie.
bot-settings-on = { $what }: włączone
bot-settings-off = { $what }: wyłączone
bot-settings-saved = Zapisano
bot-settings-issue = Moje sprawy i sprawy, które popieram
bot-settings-ballot = Głosowania
bot-settings-consultation = Konsultacje
bot-settings-summary = Podsumowania rady i odpowiedzi

## My data
bot-export-caption = Wszystko, co Chorus przechowuje na Twój temat.
bot-delete-confirm = Usunąć Twoje konto i dane? Twoje sprawy i komentarze zostaną usunięte albo pozostaną jako anonimowe, zgodnie z decyzją Twojego miasta. Tego nie da się cofnąć.
bot-delete-yes = Tak, usuń
bot-delete-no = Nie, zachowaj
bot-delete-kept = Nic nie zostało usunięte.
bot-delete-done = Twoje dane zostały usunięte. Jeśli napiszesz ponownie, zaczniesz z nowym, pustym kontem.
bot-link-ask = Aby korzystać tutaj ze swojego konta ze strony, pobierz kod na stronie „Moje konto”. Potem wyślij /link i ten kod.
bot-link-done = Ten czat korzysta teraz z Twojego konta { $name }.
bot-link-wrong = Ten kod jest błędny albo wygasł. Pobierz nowy na stronie.
bot-link-has-content = Ten czat już brał udział (sprawy, poparcia, głosowania lub odpowiedzi), więc nie można go połączyć z innym kontem. Najpierw możesz pobrać jego dane przez /export albo usunąć je przez /delete.

## When something does not fit
bot-use-buttons = Użyj przycisków powyżej albo /cancel, aby przerwać.
bot-only-text = Przepraszam, tutaj mogę czytać tylko wiadomości tekstowe.
bot-edit-ignored = Zmiana wysłanej już wiadomości nie zmienia tego, co do mnie dotarło. Wyślij nową wiadomość.
bot-unknown-command = Nie znam tego polecenia. Pod /help znajdziesz, co potrafię.
bot-button-expired = Ten przycisk jest już nieaktualny.
bot-unknown-button = Ten przycisk jest już nieaktualny.
bot-not-found = To już nie istnieje albo nie jest publiczne.
bot-not-allowed = Nie masz uprawnień, aby to zrobić.
bot-too-many = Zbyt wiele prób. Poczekaj chwilę i spróbuj jeszcze raz.
bot-too-large = To jest za duże.
bot-error = Coś poszło nie tak po naszej stronie. Spróbuj ponownie później.

## Consultations
bot-command-consultations = Otwarte konsultacje: ankiety i rundy opinii
bot-menu-consultations = Konsultacje
bot-consultations-title = Otwarte konsultacje – { $municipality }. Wybierz jedną:
bot-consultations-none = Obecnie nie ma otwartych konsultacji – { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Odpowiadaj na jedno pytanie naraz. Możesz pominąć pytanie, zapisać i dokończyć później, a na końcu wysłać odpowiedzi.
bot-consultation-resume = Masz już zapisane odpowiedzi. Kontynuujemy tam, gdzie skończyłeś.
bot-consultation-change = Twoje odpowiedzi zostały już wysłane. Możesz je zmieniać do zamknięcia konsultacji.
bot-consultation-question = Pytanie { $n } z { $total }
bot-consultation-required = Aby wysłać odpowiedzi, potrzebna jest odpowiedź na to pytanie.
bot-consultation-choose-one = Wybierz jedną odpowiedź.
bot-consultation-choose-many = Naciskaj odpowiedzi, aby je wybrać (naciśnij ponownie, aby cofnąć wybór), a potem naciśnij „Dalej”.
bot-consultation-scale = Wybierz od 1 do 5. 1 oznacza: { $low }. 5 oznacza: { $high }.
bot-consultation-rank = Naciskaj opcje po kolei: najpierw tę, którą wybierasz najchętniej. Niektóre możesz pominąć. Potem naciśnij „Dalej”.
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Ustal kolejność od nowa
bot-consultation-write = Napisz odpowiedź w wiadomości (najwyżej { $max } znaków).
bot-consultation-your-answer = Twoja dotychczasowa odpowiedź: { $answer }
bot-consultation-next = Dalej
bot-consultation-skip = Pomiń
bot-consultation-review = To było ostatnie pytanie. Wyślij teraz odpowiedzi albo zapisz je i dokończ później.
bot-statement-original = Oryginał ({ $language }): { $text }
bot-statement-ask = Napisz swoją opinię w jednej wiadomości.
bot-statements-done = Na razie wystarczy
bot-statements-thanks = Dziękujemy za udział. Możesz wracać do tej rundy do jej zamknięcia.
## Votes
bot-command-votes = Głosuj nad priorytetami
bot-menu-votes = Głosowania
bot-votes-intro = Otwarte głosowania w: { $municipality }. Wybierz jedno:
bot-votes-none = W tej chwili nie ma otwartego głosowania w: { $municipality }.
bot-vote-rank-rule = Naciskaj opcje w kolejności, którą wolisz, najpierw swój pierwszy wybór. Możesz pominąć niektóre opcje.
bot-vote-picked = Wybrano dotąd: { $count }
bot-vote-budget-left = Pozostały budżet: { $left } z { $budget }
bot-vote-points-left = Pozostałe punkty: { $left } z { $total }
bot-vote-order = Twoja kolejność dotąd:
bot-vote-nothing = Jeszcze nic nie wybrano.
bot-vote-undo = Cofnij ostatni
bot-vote-continue = Dalej
bot-vote-confirm = Sprawdź swój głos, zanim go oddasz:
bot-vote-cast = Oddaj mój głos
bot-vote-change = Zmień
bot-vote-cancelled = Przerwano. Twój głos nie został oddany.
bot-vote-receipt = Twój kod potwierdzenia: { $code }
bot-vote-receipt-explained = Zachowaj ten kod: jest pokazywany tylko raz. Po opublikowaniu wyników pozwoli Ci sprawdzić, że Twój głos został policzony tak, jak go oddałeś. Nikt inny nie może go z Tobą powiązać.
bot-vote-receipt-hash = Na opublikowanej liście Twój głos to wiersz z: { $hash }
bot-vote-ask-receipt = Aby zmienić głos, wyślij kod potwierdzenia poprzedniego głosu (albo /cancel, aby przerwać).
bot-notice-summary = Wiadomości o rekomendacji rady: { $title }
bot-notice-summary-answered = Miasto odpowiedziało na rekomendację, do której się przyczyniłeś: { $title }
bot-notice-summary-done = Rekomendacja, do której się przyczyniłeś, została zrobiona: { $title }
bot-notice-summary-dropped = Rekomendacja, do której się przyczyniłeś, została porzucona: { $title }
bot-notice-summary-overdue = Minął termin rekomendacji: { $title }
bot-notice-summary-forwarded = Podsumowanie rady przekazano miastu: { $title }
