# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Polski
meta-direction = ltr

nav-skip = Przejdź do treści głównej
nav-label = Menu główne
nav-account = Moje konto
nav-admin = Administracja
nav-login = Zaloguj się
nav-logout = Wyloguj się
nav-register = Załóż konto
nav-language = Język

footer-privacy = Chorus nigdy nie pyta o Twoje obywatelstwo, status pobytowy ani dokumenty tożsamości. W każdej chwili możesz pobrać lub usunąć swoje dane.

role-resident = Mieszkaniec
role-translator = Tłumacz
role-moderator = Moderator
role-council-member = Członek rady
role-official = Urzędnik miejski
role-admin = Administrator

moderation-pre = Moderacja przed publikacją
moderation-post = Moderacja po publikacji
moderation-pre-explained = Moderator sprawdza każdy nowy wpis, zanim zobaczą go inni.
moderation-post-explained = Nowe wpisy są widoczne od razu, a moderatorzy sprawdzają je później.

policy-anonymize = Gdy ktoś usuwa swoje konto, jego wpisy zostają, ale są pokazywane jako anonimowe.
policy-remove = Gdy ktoś usuwa swoje konto, wszystko, co opublikował, zostaje usunięte.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Życie codzienne i praca
dimension-legal-political = Prawa i udział
dimension-cultural = Język i kultura
dimension-other = Inne
theme-employment = Praca i zakładanie firmy
theme-qualifications = Uznawanie dyplomów i umiejętności
theme-education = Edukacja i szkoła
theme-housing = Mieszkanie i okolica
theme-health = Zdrowie (także zdrowie psychiczne i zdrowie matek)
theme-welfare = Pomoc społeczna i usługi publiczne
theme-family = Rodzina i opieka nad dziećmi
theme-transport = Transport i dostępność
theme-residence = Zezwolenia na pobyt i formalności
theme-participation = Udział w polityce i obywatelstwo
theme-discrimination = Dyskryminacja, rasizm i bezpieczeństwo
theme-language-learning = Nauka języka
theme-culture = Kultura, religia i wspólne życie
theme-other = Coś innego
theme-women = Kobiety
theme-youth = Młodzież
theme-elderly = Osoby starsze
theme-refugees = Uchodźcy i osoby ubiegające się o azyl
theme-newcomers = Osoby nowo przybyłe (krócej niż rok)
theme-disability = Niepełnosprawność
theme-rural = Tereny wiejskie
status-submitted = Czeka na moderatora
status-published = Opublikowano
status-forwarded = Przekazano radzie
status-answered = Miasto odpowiedziało
status-resolved = Rozwiązano
status-rejected = Nie opublikowano
status-merged = Połączono z inną sprawą
status-hidden = Ukryto

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Usunięto dane osobowe
reason-personal-data = Zawiera dane osobowe
reason-offensive = Jest obraźliwe lub szerzy nienawiść
reason-individual-case = To sprawa osobista, a nie sprawa całego miasta (punkty pomocy mogą doradzić)
reason-not-municipal = Miasto nie może nic w tej sprawie zrobić
reason-duplicate = Ta sama sprawa została już zgłoszona
reason-other = Inny powód (zobacz notatkę)
reason-reported = Zgłoszone moderatorom przez kilka osób; czeka na moderatora
reason-restored = Przywrócone przez moderatora po sprawdzeniu
report-offensive = Jest obraźliwe lub szerzy nienawiść
report-personal-data = Pokazuje czyjeś dane osobowe
report-spam = To reklama lub spam
report-false = To nieprawda lub wprowadza w błąd
report-other = Coś innego

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Moderator poprosił o zmiany
status-edited = Zmienione przez autora
status-comment-published = Twój komentarz został opublikowany
status-comment-rejected = Twój komentarz nie został opublikowany
status-comment-hidden = Twój komentarz został ukryty
