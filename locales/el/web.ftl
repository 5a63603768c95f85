home-title = Πείτε τη γνώμη σας για την πόλη σας
home-intro = Με το Chorus μπορείτε να θέτετε θέματα στη δική σας γλώσσα, να συμμετέχετε στις διαβουλεύσεις του συμβουλίου μεταναστών και να βλέπετε τι κάνει η πόλη με αυτά.
home-choose = Επιλέξτε την πόλη σας
home-none = Δεν έχει οριστεί ακόμη καμία πόλη.
home-safety-title = Η ασφάλειά σας
home-safety = Μπορείτε να χρησιμοποιήσετε ψευδώνυμο. Η διεύθυνση email είναι προαιρετική. Δεν ρωτάμε ποτέ από πού έρχεστε ή τι χαρτιά έχετε.

notice-account-deleted = Ο λογαριασμός σας και τα προσωπικά σας δεδομένα διαγράφηκαν.
notice-signed-out = Αποσυνδεθήκατε.

municipality-intro = Καλώς ήρθατε στο Chorus της πόλης { $name }.
municipality-your-roles = Εδώ συμμετέχετε ως:
municipality-join = Συμμετοχή στην πόλη { $name }
municipality-register = Δημιουργήστε λογαριασμό για να συμμετέχετε
municipality-languages = Γλώσσες
municipality-moderation = Πώς ελέγχονται οι αναρτήσεις

team-title = Ομάδα
team-intro = Τα άτομα που μεταφράζουν, συντονίζουν, συμμετέχουν στο συμβούλιο ή απαντούν εκ μέρους της πόλης.
team-empty = Κανείς δεν έχει ακόμη ρόλο στην ομάδα εδώ.
team-person = Άτομο
team-role = Ρόλος
team-since = Από

form-has-errors = Παρακαλούμε διορθώστε τα εξής:

register-title = Δημιουργία λογαριασμού
register-intro = Επιλέξτε ένα όνομα που θα βλέπουν οι άλλοι. Δεν χρειάζεται να είναι το πραγματικό σας όνομα.
register-username = Όνομα χρήστη
register-username-hint = 3 έως 32 γράμματα ή ψηφία, σε οποιοδήποτε αλφάβητο. Μπορείτε επίσης να χρησιμοποιήσετε - _ και .
register-password = Κωδικός πρόσβασης
register-password-hint = Τουλάχιστον 8 χαρακτήρες. Μια μικρή φράση τη θυμάστε εύκολα και δύσκολα τη μαντεύει κανείς.
register-password-confirm = Γράψτε ξανά τον κωδικό πρόσβασης
register-email = Email (προαιρετικό)
register-email-hint = Χρησιμοποιείται μόνο για να σας βοηθήσει να μπείτε ξανά στον λογαριασμό σας. Μπορείτε να το αφήσετε κενό.
register-language = Γλώσσα
register-municipality = Η πόλη σας (προαιρετικό)
register-municipality-none = Επιλογή αργότερα
register-privacy = Δεν ζητάμε την υπηκοότητά σας, το καθεστώς διαμονής σας ή ταυτότητα, και δεν καταγράφουμε τη διεύθυνση IP σας.
register-submit = Δημιουργία λογαριασμού
register-have-account = Έχετε ήδη λογαριασμό;

code-title = Ο κωδικός ανάκτησής σας
code-intro = Γράψτε αυτόν τον κωδικό σε χαρτί και φυλάξτε τον σε ασφαλές μέρος. Είναι ο μόνος τρόπος να μπείτε ξανά στον λογαριασμό σας αν ξεχάσετε τον κωδικό πρόσβασης και δεν έχετε email.
code-keep-safe = Τον δείχνουμε μόνο μία φορά. Κάθε κωδικός λειτουργεί μία φορά· όταν τον χρησιμοποιείτε, παίρνετε καινούργιο.
code-continue = Τον έγραψα

login-title = Σύνδεση
login-username = Όνομα χρήστη
login-password = Κωδικός πρόσβασης
login-submit = Σύνδεση
login-remember = Διατήρηση της σύνδεσης σε αυτή τη συσκευή
login-remember-hint = Μόνο σε δικό σας κινητό ή υπολογιστή. Σε υπολογιστή που τον χρησιμοποιούν κι άλλοι, μην το επιλέξετε: εκεί αποσυνδέεστε μετά από λίγες ώρες χωρίς δραστηριότητα.
login-notice-password-failures = Αποσυνδεθήκατε επειδή ο τωρινός κωδικός πρόσβασης γράφτηκε λάθος πάρα πολλές φορές. Παρακαλούμε συνδεθείτε ξανά.
login-no-account = Δημιουργία λογαριασμού
login-forgot = Ξεχάσατε τον κωδικό πρόσβασης; Χρησιμοποιήστε τον κωδικό ανάκτησης
login-have-reset-code = Έχω κωδικό επαναφοράς από διαχειριστή

recover-title = Χρήση του κωδικού ανάκτησης
recover-intro = Γράψτε το όνομα χρήστη σας, τον κωδικό ανάκτησης που σημειώσατε και έναν νέο κωδικό πρόσβασης.
recover-code = Κωδικός ανάκτησης
recover-code-hint = Για παράδειγμα 7K2QD-M9XAT-4HBEW-PC0RN. Κεφαλαία ή πεζά, λειτουργούν και τα δύο.
recover-no-code = Δεν έχετε κωδικό; Ρωτήστε μια οργάνωση ή την ομάδα του Chorus στην πόλη σας: αφού σας συναντήσουν, μπορούν να σας δώσουν κωδικό επαναφοράς.

reset-title = Χρήση κωδικού επαναφοράς
reset-intro = Ένας διαχειριστής σάς έδωσε κωδικό επαναφοράς αφού σας συνάντησε. Γράψτε τον μαζί με το όνομα χρήστη σας και έναν νέο κωδικό πρόσβασης.
reset-code = Κωδικός επαναφοράς
reset-code-hint = Ο κωδικός ισχύει για περιορισμένο χρόνο και λειτουργεί μόνο μία φορά.

account-title = Ο λογαριασμός μου
account-signed-in-as = Έχετε συνδεθεί ως
account-roles = Πού συμμετέχετε
account-no-roles = Δεν συμμετέχετε ακόμη σε καμία πόλη.
account-language = Γλώσσα
account-language-label = Γλώσσα των σελίδων
account-language-save = Αποθήκευση γλώσσας
account-security = Ασφάλεια
account-data = Τα δεδομένα σας
account-data-intro = Κατεβάστε όλα όσα αποθηκεύει το Chorus για εσάς ή διαγράψτε τον λογαριασμό σας.
account-export = Λήψη των δεδομένων μου (JSON)

password-title = Αλλαγή κωδικού πρόσβασης
password-current = Τωρινός κωδικός πρόσβασης
password-new = Νέος κωδικός πρόσβασης
password-submit = Αποθήκευση νέου κωδικού πρόσβασης
password-changed = Ο κωδικός πρόσβασής σας άλλαξε. Αποσυνδεθήκατε από τις άλλες συσκευές σας.
password-must-change = Συνδεθήκατε με κωδικό μίας χρήσης. Παρακαλούμε επιλέξτε τώρα τον δικό σας κωδικό πρόσβασης.

delete-title = Διαγραφή του λογαριασμού μου
delete-explained = Έτσι διαγράφονται το όνομά σας, το email σας, οι ρυθμίσεις και οι ρόλοι σας. Αυτό δεν μπορεί να αναιρεθεί. Ανάλογα με τους κανόνες της πόλης σας, όσα δημοσιεύσατε μένουν ως ανώνυμα ή αφαιρούνται.
delete-export-first = Ίσως θέλετε πρώτα να κατεβάσετε τα δεδομένα σας.
delete-password = Επιβεβαίωση με τον κωδικό πρόσβασής σας
delete-submit = Οριστική διαγραφή του λογαριασμού μου

admin-title = Διαχείριση
admin-municipalities = Πόλεις
admin-municipality-new = Προσθήκη πόλης
admin-municipality-edit = Επεξεργασία πόλης
admin-municipality-name = Όνομα
admin-municipality-slug = Όνομα στη διεύθυνση ιστού
admin-municipality-slug-hint = Πεζά γράμματα, ψηφία και παύλες, π.χ. porto-sereno. Εμφανίζεται στους συνδέσμους.
admin-municipality-languages = Γλώσσες
admin-municipality-default-language = Προεπιλεγμένη γλώσσα
admin-municipality-moderation = Έλεγχος αναρτήσεων
admin-municipality-policy = Όταν διαγράφεται ένας λογαριασμός
admin-actions = Ενέργειες
admin-edit = Επεξεργασία: { $name }
admin-save = Αποθήκευση
admin-users = Λογαριασμοί
admin-users-search = Αναζήτηση λογαριασμού με όνομα χρήστη
admin-users-search-submit = Αναζήτηση
admin-users-none = Δεν βρέθηκε λογαριασμός.
admin-user-since = Μέλος από
admin-role-municipality = Πόλη
admin-role-grant = Ανάθεση ρόλου
admin-role-revoke = Αφαίρεση ρόλου
admin-admin-grant = Ανάθεση δικαιωμάτων διαχείρισης
admin-admin-revoke = Αφαίρεση δικαιωμάτων διαχείρισης
admin-reset-title = Επαναφορά κωδικού πρόσβασης
admin-reset-explained = Μόνο αφού συναντήσετε το άτομο και βεβαιωθείτε ότι ο λογαριασμός είναι δικός του: δημιουργήστε έναν κωδικό επαναφοράς μίας χρήσης και δώστε τον στο άτομο. Λήγει μετά από λίγες μέρες.
admin-reset-issue = Δημιουργία κωδικού επαναφοράς
admin-reset-issued = Δώστε αυτόν τον κωδικό στο άτομο. Εμφανίζεται μόνο τώρα.

# Issues: raising, listing and reading them.
municipality-issues = Δείτε τα θέματα που τέθηκαν εδώ
municipality-raise = Θέστε ένα θέμα
issues-title = Θέματα
issues-filter = Φίλτρα και ταξινόμηση
issues-any = Όλα
issues-status = Κατάσταση
issues-language = Γλώσσα κειμένου
issues-sort = Σειρά
issues-sort-newest = Τα νεότερα πρώτα
issues-sort-supported = Αυτά με τη μεγαλύτερη υποστήριξη πρώτα
issues-apply = Εμφάνιση
issues-none = Κανένα θέμα δεν ταιριάζει. Μπορείτε να θέσετε το πρώτο.
issues-more = Περισσότερα θέματα
issue-new-title = Θέστε ένα θέμα
issue-new-intro = Γράψτε σε όποια γλώσσα θέλετε. Περιγράψτε το πρόβλημα και, αν μπορείτε, τι θα βοηθούσε. Μη γράφετε ονόματα, διευθύνσεις ή άλλα προσωπικά στοιχεία.
issue-field-title = Τίτλος
issue-field-title-hint = Μια σύντομη πρόταση, 5 έως 150 χαρακτήρες.
issue-field-body = Ποιο είναι το θέμα;
issue-field-body-hint = Τουλάχιστον 20 χαρακτήρες. Πείτε ποιους αφορά και πού.
issue-field-theme = Κατηγορία
issue-field-theme-choose = Επιλέξτε κατηγορία
issue-field-tags = Ποιους αφορά ιδιαίτερα; (προαιρετικό)
issue-field-neighbourhood = Γειτονιά (προαιρετικό)
issue-field-neighbourhood-none = Όλη η πόλη
issue-field-anonymous = Να εμφανίζομαι ανώνυμα (το κοινό δεν θα βλέπει το όνομά μου)
issue-continue = Συνέχεια
issue-confirm-preview = Το θέμα σας
issue-confirm-language = Γλώσσα του κειμένου σας
issue-confirm-detected = Νομίζουμε ότι γράψατε σε αυτή τη γλώσσα: { $language }. Αν όχι, επιλέξτε τη σωστή γλώσσα.
issue-confirm-not-detected = Παρακαλούμε επιλέξτε τη γλώσσα στην οποία γράψατε.
issue-similar-title = Παρόμοια θέματα
issue-similar-intro = Ίσως κάποιος έχει ήδη θέσει αυτό το θέμα. Μπορείτε να υποστηρίξετε εκείνο το θέμα ή να στείλετε το δικό σας.
issue-submit = Αποστολή του θέματός μου
issue-edit = Αλλαγή του κειμένου μου
issue-submitted-public = Ευχαριστούμε. Το θέμα σας δημοσιεύτηκε.
issue-submitted-waiting = Ευχαριστούμε. Ένας συντονιστής θα ελέγξει σύντομα το θέμα σας· θα ενημερωθείτε στον λογαριασμό σας.
issue-by = Τέθηκε από
issue-anonymous-to-public = εμφανίζεται ανώνυμα στο κοινό
issue-by-anonymous = Τέθηκε ανώνυμα
issue-written-in = Γλώσσα κειμένου: { $language }
issue-supports = { $count ->
    [one] { $count } άτομο το υποστηρίζει
   *[other] { $count } άτομα το υποστηρίζουν
}
issue-support = Το υποστηρίζω
issue-you-support = Υποστηρίζετε αυτό το θέμα.
issue-withdraw = Απόσυρση της υποστήριξής μου
issue-sign-in-to-support = Συνδεθείτε για να υποστηρίξετε αυτό το θέμα
issue-timeline = Τι έχει γίνει μέχρι τώρα

# Moderation, reports and notifications.
moderation-title = Θέματα για έλεγχο
moderation-intro = Νέα θέματα και θέματα που αναφέρθηκαν, πρώτα τα παλαιότερα. Κάθε απόφαση καταγράφεται μαζί με τον λόγο της.
moderation-empty = Δεν περιμένει τίποτα. Ευχαριστούμε!
moderation-reported = Αναφορές:
moderation-publish = Δημοσίευση
moderation-restore = Επαναφορά
moderation-dismiss-reports = Να μείνει δημόσιο (απόρριψη των αναφορών)
moderation-reason = Λόγος (απαραίτητος για απόρριψη ή απόκρυψη)
moderation-reason-choose = Επιλέξτε λόγο
moderation-note = Σημείωμα προς τον συντάκτη (προαιρετικό)
moderation-reject = Απόρριψη
moderation-hide = Απόκρυψη
moderation-merge-into = Αριθμός του θέματος που επαναλαμβάνει
moderation-merge = Συγχώνευση
moderation-redact = Αφαίρεση προσωπικών δεδομένων
moderation-redact-intro = Αντικαταστήστε ονόματα, διευθύνσεις, αριθμούς τηλεφώνου και άλλα προσωπικά στοιχεία με […]. Το αρχικό κείμενο φυλάσσεται μόνο για τους διαχειριστές.
moderation-redact-save = Αποθήκευση του διορθωμένου κειμένου
notifications-title = Ειδοποιήσεις
notifications-none = Τίποτα νέο ακόμη. Τα νέα για τα θέματά σας θα εμφανίζονται εδώ.
notifications-new = Νέα
notifications-mark-read = Σήμανση όλων ως αναγνωσμένων
notification-unavailable = Ένα θέμα που παρακολουθείτε δεν είναι πια δημόσιο.
notifications-unread = { $count ->
    [one] { $count } νέα
   *[other] { $count } νέες
}
report-title = Αναφορά αυτού του θέματος
report-reason = Τι δεν πάει καλά;
report-submit = Αποστολή αναφοράς
report-thanks = Ευχαριστούμε. Ένας συντονιστής θα το εξετάσει.
report-thanks-hidden = Ευχαριστούμε. Το θέμα θα μείνει κρυφό μέχρι να το εξετάσει ένας συντονιστής.
issue-merged-into = Αυτό το θέμα συγχωνεύτηκε με ένα άλλο για το ίδιο πρόβλημα:
redactions-title = Προσωπικά δεδομένα που αφαιρέθηκαν (μόνο για διαχειριστές)
redacted-issue-title = Τίτλος
redacted-issue-body = Περιγραφή
redacted-comment = Σχόλιο
redacted-answer = Επίσημη απάντηση

# The audit log.
audit-title = Αρχείο αποφάσεων
audit-intro = Όλες οι αποφάσεις συντονισμού και διαχείρισης σε αυτή την πόλη: ποιος, τι, πότε και γιατί.
audit-filter = Εμφάνιση
audit-filter-issues = Αποφάσεις για θέματα
audit-filter-roles = Ρόλοι που δόθηκαν και αφαιρέθηκαν
audit-filter-municipality = Ρυθμίσεις της πόλης
audit-filter-all = Όλα
audit-empty = Δεν έχει καταγραφεί τίποτα ακόμη.
audit-when = Πότε
audit-who = Ποιος
audit-what = Τι
audit-why = Λεπτομέρειες

# Translation.
translate-title = Μεταφράσεις
translate-intro = Δημοσιευμένα θέματα που δεν υπάρχουν ακόμη σε όλες τις γλώσσες αυτής της πόλης, πρώτα τα παλαιότερα. Οι αυτόματες μεταφράσεις περιμένουν να τις ελέγξει ένας άνθρωπος.
translate-empty = Όλα έχουν μεταφραστεί. Ευχαριστούμε!
translate-machine-waiting = αυτόματη μετάφραση για έλεγχο
translate-into = Μετάφραση στη γλώσσα: { $language }
translate-original = Αρχικό κείμενο ({ $language })
translate-yours = Η μετάφρασή σας
translate-review-machine = Αυτή είναι αυτόματη μετάφραση. Διορθώστε την αν χρειάζεται και αποθηκεύστε: τότε θα μετρά ως ελεγμένη.
translate-save = Αποθήκευση μετάφρασης
translation-machine = αυτόματη μετάφραση
translation-volunteer = εθελοντική μετάφραση
translation-machine-from = Αυτόματη μετάφραση. Γλώσσα του αρχικού κειμένου: { $language }
translation-volunteer-from = Εθελοντική μετάφραση. Γλώσσα του αρχικού κειμένου: { $language }
translation-show-original = Εμφάνιση του αρχικού κειμένου
translation-show-translation = Εμφάνιση της μετάφρασης

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Ένα σχόλιο
   *[other] { $count } σχόλια
}
comment-field-body = Το σχόλιό σας
comment-field-body-hint = Σε όποια γλώσσα θέλετε. Να είστε ευγενικοί και μη γράφετε προσωπικά στοιχεία.
comment-submit = Αποστολή σχολίου
comment-sign-in = Συνδεθείτε για να σχολιάσετε
comment-report = Αναφορά αυτού του σχολίου
comment-deleted-account = Διαγραμμένος λογαριασμός
comment-published = Ευχαριστούμε. Το σχόλιό σας δημοσιεύτηκε.
comment-waiting = Ευχαριστούμε. Ένας συντονιστής θα ελέγξει σύντομα το σχόλιό σας.
comment-reported = Ευχαριστούμε. Ένας συντονιστής θα εξετάσει αυτό το σχόλιο.
field-language = Γλώσσα του κειμένου σας
field-language-detect = Αυτόματη αναγνώριση
answer-title = Απάντηση από την πόλη
answer-official = Επίσημη απάντηση
answer-department = Αρμόδια υπηρεσία
answer-expected = Αναμένεται έως
answer-field-body = Επίσημη απάντηση
answer-field-body-hint = Γράψτε στη γλώσσα σας· θα μεταφραστεί για τους κατοίκους.
answer-field-department = Αρμόδια υπηρεσία (προαιρετικό)
answer-field-expected = Αναμενόμενη ημερομηνία (προαιρετικό)
answer-field-expected-hint = Έτος-μήνας-ημέρα, για παράδειγμα 2027-03-31.
answer-field-resolved = Αυτή η απάντηση λύνει το θέμα
answer-submit = Δημοσίευση της απάντησης
answer-posted = Η απάντηση δημοσιεύτηκε. Ο συντάκτης και όσοι υποστηρίζουν το θέμα ενημερώνονται.
city-title = Για την πόλη
city-forward = Αποστολή στο συμβούλιο
city-resolve = Σήμανση ως λυμένο
issue-forwarded = Το θέμα στάλθηκε στο συμβούλιο.
issue-edit-requested = Ένας συντονιστής σάς ζητά να αλλάξετε αυτό το θέμα πριν δημοσιευτεί.
issue-edit-now = Αλλαγή τώρα
issue-edit-title = Αλλάξτε το θέμα σας
issue-edit-asked = Ένας συντονιστής ζήτησε αλλαγές:
issue-edit-save = Αποθήκευση και αποστολή στους συντονιστές
issue-edited = Ευχαριστούμε. Οι αλλαγές σας στάλθηκαν στους συντονιστές.
moderation-ask-edit = Ζητήστε αλλαγές από τον συντάκτη
moderation-issues = Θέματα
moderation-comments = Σχόλια
moderation-comment-on = Σχόλιο στο θέμα
help-title = Βοήθεια για τη δική σας κατάσταση
help-intro = Αυτές οι υπηρεσίες βοηθούν άτομα με δικά τους ερωτήματα: χαρτιά, επιδόματα, στέγαση, εργασία, υγεία. Μιλούν τις γλώσσες που αναφέρονται.
help-nothing-stored = Τίποτα από όσα κάνετε σε αυτή τη σελίδα δεν αποθηκεύεται ούτε δημοσιεύεται.
help-none = Αυτή η πόλη δεν έχει προσθέσει ακόμη υπηρεσίες βοήθειας.
help-languages = Γλώσσες που μιλούν:
help-contact = Πώς να επικοινωνήσετε μαζί τους:
help-raise-instead = Είναι πρόβλημα που έχουν πολλοί άνθρωποι; Τότε καλύτερα θέστε ένα θέμα.
help-link = Χρειάζομαι βοήθεια για τη δική μου κατάσταση
help-question = Αφορά τη δική σας κατάσταση;
help-question-explained = Για ένα πρόβλημα με τα χαρτιά σας, ένα επίδομα, τον ιδιοκτήτη του σπιτιού σας ή τη δουλειά σας, μια υπηρεσία βοήθειας μπορεί να σας συμβουλέψει προσωπικά. Τα θέματα εδώ είναι για προβλήματα που έχουν πολλοί άνθρωποι.
issues-search = Αναζήτηση θεμάτων
issues-search-button = Αναζήτηση
issues-search-results = Θέματα για «{ $query }»
issues-sort-answered = Αυτά που απαντήθηκαν πρόσφατα πρώτα
translate-kind-issue = Θέμα
translate-kind-answer = Επίσημη απάντηση
translate-kind-comment = Σχόλιο
translate-text = Κείμενο
taxonomy-title = Κατηγορίες και γειτονιές
taxonomy-intro = Οι κάτοικοι διαλέγουν από αυτά όταν θέτουν ένα θέμα. Δώστε σε μια κατηγορία δικό σας όνομα ή αφήστε το όνομα κενό για να χρησιμοποιηθεί το μεταφρασμένο προεπιλεγμένο όνομα.
taxonomy-categories = Κατηγορίες
taxonomy-tags = Ομάδες που επηρεάζονται ιδιαίτερα
taxonomy-neighbourhoods = Γειτονιές
taxonomy-rename = Μετονομασία
taxonomy-remove = Αφαίρεση
taxonomy-add = Προσθήκη
taxonomy-add-category = Προσθήκη κατηγορίας
taxonomy-add-tag = Νέα ομάδα
taxonomy-add-neighbourhood = Νέα γειτονιά
taxonomy-dimension = Ανήκει σε
taxonomy-dimension-choose = Επιλέξτε
taxonomy-name = Όνομα
taxonomy-name-hint = Εμφανίζεται όπως είναι γραμμένο, σε όλες τις γλώσσες.
services-title = Υπηρεσίες βοήθειας
services-intro = Οι υπηρεσίες που εμφανίζονται στη σελίδα βοήθειας της πόλης, για άτομα με ερώτηση για τη δική τους κατάσταση.
services-public-page = Δείτε τη δημόσια σελίδα
services-add = Προσθήκη υπηρεσίας
services-edit = Αλλαγή
services-name = Όνομα
services-description = Σε τι βοηθούν
services-languages = Γλώσσες που μιλούν εκεί
services-contact = Πώς να επικοινωνήσετε μαζί τους
services-contact-hint = Διεύθυνση, ώρες λειτουργίας, τηλέφωνο, ιστότοπος.
issue-support-on-telegram = Υποστηρίξτε το από το Telegram
issue-voice-transcribe-title = Γράψτε σε κείμενο ένα φωνητικό μήνυμα
issue-voice-back = Πίσω στα θέματα για έλεγχο
issue-voice-saved = Αποθηκεύτηκε. Ένας συντονιστής μπορεί τώρα να δημοσιεύσει το θέμα.
issue-voice-note = { $seconds ->
    [one] Φωνητικό μήνυμα, { $seconds } δευτερόλεπτο
   *[other] Φωνητικό μήνυμα, { $seconds } δευτερόλεπτα
}
issue-voice-transcribe-hint = Ακούστε και μετά γράψτε τον τίτλο και το κείμενο στη γλώσσα του μηνύματος. Παραλείψτε ονόματα, διευθύνσεις και οτιδήποτε άλλο μπορεί να δείξει ποιος είναι κάποιος.
issue-voice-language = Γλώσσα του μηνύματος
issue-voice-save = Αποθήκευση του κειμένου
issue-voice-untranscribed = Δεν έχει γραφτεί ακόμη σε κείμενο
issue-voice-transcribe = Γράψτε σε κείμενο τι λέει
issue-voice-placeholder-title = Φωνητικό μήνυμα
issue-voice-placeholder-body = Αυτό το θέμα στάλθηκε με φωνητικό μήνυμα· ένας εθελοντής θα το γράψει σε κείμενο.
account-telegram = Telegram
account-telegram-intro = Χρησιμοποιήστε το Chorus από το Telegram με αυτόν τον λογαριασμό: πάρτε εδώ έναν κωδικό και στείλτε τον στο @{ $bot }.
account-telegram-link = Λήψη κωδικού για σύνδεση με το Telegram
account-telegram-code = Στείλτε /link { $code } στο bot μέσα σε 10 λεπτά. Ο κωδικός λειτουργεί μία φορά.
account-telegram-open = Άνοιγμα του bot με αυτόν τον κωδικό
