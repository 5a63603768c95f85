# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Ελληνικά
meta-direction = ltr

nav-skip = Μετάβαση στο κύριο περιεχόμενο
nav-label = Κύριο μενού
nav-account = Ο λογαριασμός μου
nav-admin = Διαχείριση
nav-login = Σύνδεση
nav-logout = Αποσύνδεση
nav-register = Δημιουργία λογαριασμού
nav-language = Γλώσσα

footer-privacy = Το Chorus δεν σας ζητά ποτέ την υπηκοότητά σας, το καθεστώς διαμονής σας ή έγγραφα ταυτότητας. Μπορείτε να κατεβάσετε ή να διαγράψετε τα δεδομένα σας όποτε θέλετε.

role-resident = Κάτοικος
role-translator = Μεταφραστής
role-moderator = Συντονιστής
role-council-member = Μέλος του συμβουλίου
role-official = Υπάλληλος του δήμου
role-admin = Διαχειριστής

moderation-pre = Έλεγχος πριν από τη δημοσίευση
moderation-post = Έλεγχος μετά τη δημοσίευση
moderation-pre-explained = Ένας συντονιστής ελέγχει κάθε νέα ανάρτηση πριν τη δουν οι άλλοι.
moderation-post-explained = Οι νέες αναρτήσεις φαίνονται αμέσως· οι συντονιστές τις ελέγχουν μετά.

policy-anonymize = Όταν κάποιος διαγράφει τον λογαριασμό του, να μένουν όσα δημοσίευσε, ως ανώνυμα.
policy-remove = Όταν κάποιος διαγράφει τον λογαριασμό του, να αφαιρούνται όλα όσα δημοσίευσε.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Καθημερινή ζωή και εργασία
dimension-legal-political = Δικαιώματα και συμμετοχή
dimension-cultural = Γλώσσα και πολιτισμός
dimension-other = Άλλο
theme-employment = Εργασία και δημιουργία επιχείρησης
theme-qualifications = Αναγνώριση πτυχίων και δεξιοτήτων
theme-education = Εκπαίδευση και σχολεία
theme-housing = Στέγαση και γειτονιά
theme-health = Υγεία (και ψυχική υγεία και υγεία της μητέρας)
theme-welfare = Κοινωνική στήριξη και δημόσιες υπηρεσίες
theme-family = Οικογένεια και φροντίδα παιδιών
theme-transport = Μεταφορές και προσβασιμότητα
theme-residence = Άδειες διαμονής και χαρτιά
theme-participation = Πολιτική συμμετοχή και ιθαγένεια
theme-discrimination = Διακρίσεις, ρατσισμός και ασφάλεια
theme-language-learning = Εκμάθηση της γλώσσας
theme-culture = Πολιτισμός, θρησκεία και συμβίωση
theme-other = Κάτι άλλο
theme-women = Γυναίκες
theme-youth = Νέοι
theme-elderly = Ηλικιωμένοι
theme-refugees = Πρόσφυγες και αιτούντες άσυλο
theme-newcomers = Άτομα που ήρθαν πρόσφατα (λιγότερο από έναν χρόνο)
theme-disability = Αναπηρία
theme-rural = Αγροτικές περιοχές
status-submitted = Περιμένει έλεγχο από συντονιστή
status-published = Δημοσιεύτηκε
status-forwarded = Στάλθηκε στο συμβούλιο
status-answered = Η πόλη απάντησε
status-resolved = Λύθηκε
status-rejected = Δεν δημοσιεύτηκε
status-merged = Συγχωνεύτηκε με άλλο θέμα
status-hidden = Κρυφό

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Αφαιρέθηκαν προσωπικά δεδομένα
reason-personal-data = Περιέχει προσωπικά δεδομένα
reason-offensive = Είναι προσβλητικό ή εκφράζει μίσος
reason-individual-case = Είναι προσωπική υπόθεση, όχι θέμα για όλη την πόλη (οι υπηρεσίες στήριξης μπορούν να σας συμβουλέψουν)
reason-not-municipal = Η πόλη δεν μπορεί να κάνει κάτι για αυτό
reason-duplicate = Το ίδιο θέμα έχει ήδη τεθεί
reason-other = Άλλος λόγος (δείτε το σημείωμα)
reason-reported = Αναφέρθηκε από πολλά άτομα· περιμένει έλεγχο από συντονιστή
reason-restored = Επαναφέρθηκε από συντονιστή μετά από έλεγχο
report-offensive = Είναι προσβλητικό ή εκφράζει μίσος
report-personal-data = Δείχνει προσωπικά δεδομένα κάποιου
report-spam = Είναι διαφήμιση ή ανεπιθύμητο μήνυμα (spam)
report-false = Είναι ψευδές ή παραπλανητικό
report-other = Κάτι άλλο

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Ο συντονιστής ζήτησε αλλαγές
status-edited = Ο συντάκτης έκανε αλλαγές
status-comment-published = Το σχόλιό σας δημοσιεύτηκε
status-comment-rejected = Το σχόλιό σας δεν δημοσιεύτηκε
status-comment-hidden = Το σχόλιό σας κρύφτηκε
