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
