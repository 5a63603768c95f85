# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Επιλογή γλώσσας και πόλης
bot-command-new = Θέστε ένα θέμα
bot-command-my = Τα θέματά μου και η πορεία τους
bot-command-settings = Ποιες ειδοποιήσεις λαμβάνω
bot-command-language = Αλλαγή γλώσσας
bot-command-help = Τι μπορεί να κάνει αυτό το bot
bot-command-cancel = Διακοπή αυτού που κάνω
bot-command-link = Σύνδεση με τον λογαριασμό μου στον ιστότοπο
bot-command-export = Λήψη των δεδομένων μου
bot-command-delete = Διαγραφή των δεδομένων μου
bot-help-intro = Με το Chorus μπορείτε να θέτετε θέματα στην πόλη σας και να βλέπετε τι γίνεται με αυτά. Η ταυτότητά σας μένει κρυφή: το bot κρατά μόνο τον αριθμό αυτής της συνομιλίας και τις επιλογές σας. Εντολές:

## Start
bot-choose-language = Ποια γλώσσα θέλετε να χρησιμοποιήσετε;
bot-language-chosen = Γλώσσα: { $language }
bot-choose-municipality = Σε ποια πόλη μένετε;
bot-municipality-chosen = Πόλη: { $municipality }

## Menu
bot-menu-intro = Τι θέλετε να κάνετε;
bot-menu-new = Θέστε ένα θέμα
bot-menu-my = Τα θέματά μου
bot-menu-settings = Ειδοποιήσεις
bot-menu-help = Βοήθεια
bot-cancelled = Σταμάτησε. Δεν στάλθηκε τίποτα.
bot-cancel = Ακύρωση

## Raising an issue
bot-issue-choose-theme = Με τι έχει να κάνει το θέμα σας; ({ $municipality })
bot-issue-ask-title = Γράψτε έναν σύντομο τίτλο για το θέμα σας (5 έως 150 χαρακτήρες).
bot-issue-ask-body = Τώρα περιγράψτε το θέμα με δικά σας λόγια, σε όποια γλώσσα θέλετε (τουλάχιστον 20 χαρακτήρες).
bot-issue-similar = Υπάρχει ήδη ένα παρόμοιο θέμα: { $title } (υποστηρίξεις: { $supports }). Μπορείτε να υποστηρίξετε εκείνο ή να συνεχίσετε με το δικό σας.
bot-issue-confirm = Ελέγξτε το θέμα σας πριν το στείλετε: { $title }. Γλώσσα: { $language }.
bot-issue-language-unknown = δεν αναγνωρίστηκε — επιλέξτε
bot-issue-post = Αποστολή
bot-issue-change-language = Επιλογή γλώσσας
bot-issue-choose-language = Σε ποια γλώσσα γράψατε;
bot-issue-anonymous-on = Ανώνυμα: ναι
bot-issue-anonymous-off = Ανώνυμα: όχι
bot-issue-cancelled = Το θέμα σας δεν στάλθηκε.
bot-issue-submitted = Ευχαριστούμε. Το θέμα σας (αριθμός { $id }) στάλθηκε. Ένας συντονιστής θα το ελέγξει πριν δημοσιευτεί.
bot-issue-published = Ευχαριστούμε. Το θέμα σας (αριθμός { $id }) δημοσιεύτηκε.
bot-issue-card = { $title } (υποστηρίξεις: { $supports })
bot-support = Υποστηρίζω αυτό το θέμα
bot-supported = Ευχαριστούμε για την υποστήριξή σας
bot-supported-issue = Υποστηρίζετε: { $title }
bot-open-portal = Άνοιγμα στον ιστότοπο
bot-voice-where = Για να θέσετε ένα θέμα με φωνητικό μήνυμα, ξεκινήστε με /new και επιλέξτε κατηγορία.
bot-voice-confirm = Το φωνητικό σας μήνυμα ({ $seconds } δευτερόλεπτα). Γλώσσα: { $language }. Ένας εθελοντής θα το γράψει σε κείμενο πριν δημοσιευτεί.
bot-voice-submitted = Ευχαριστούμε. Το φωνητικό σας μήνυμα (θέμα αριθμός { $id }) στάλθηκε. Ένας εθελοντής θα το γράψει σε κείμενο και ένας συντονιστής θα το ελέγξει.

## My issues
bot-my-none = Δεν έχετε θέσει ακόμη κανένα θέμα.
bot-my-title = { $count ->
    [one] Το θέμα σας:
   *[other] Τα { $count } θέματά σας:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Νέα για το θέμα { $title }: { $status }
bot-notice-ballot = Δημοσιεύτηκαν τα αποτελέσματα μιας ψηφοφορίας στην οποία πήρατε μέρος: { $title }
bot-notice-consultation = Δημοσιεύτηκαν τα αποτελέσματα μιας διαβούλευσης στην οποία πήρατε μέρος: { $title }
bot-notice-ballot-opened = Νέα ψηφοφορία ανοιχτή: { $title }
bot-notice-consultation-opened = Νέα διαβούλευση ανοιχτή: { $title }
bot-settings-intro = Επιλέξτε ποιες ειδοποιήσεις θέλετε να λαμβάνετε. Πατήστε ένα κουμπί για να την ανοίξετε ή να την κλείσετε.
bot-settings-on = { $what }: ναι
bot-settings-off = { $what }: όχι
bot-settings-saved = Αποθηκεύτηκε
bot-settings-issue = Τα θέματά μου και τα θέματα που υποστηρίζω
bot-settings-ballot = Ψηφοφορίες
bot-settings-consultation = Διαβουλεύσεις
bot-settings-summary = Περιλήψεις του συμβουλίου και απαντήσεις

## My data
bot-export-caption = Όλα όσα αποθηκεύει το Chorus για εσάς.
bot-delete-confirm = Να διαγραφούν ο λογαριασμός και τα δεδομένα σας; Τα θέματα και τα σχόλιά σας αφαιρούνται ή μένουν ως ανώνυμα, όπως αποφάσισε η πόλη σας. Αυτό δεν μπορεί να αναιρεθεί.
bot-delete-yes = Ναι, διαγραφή
bot-delete-no = Όχι, να μείνουν
bot-delete-kept = Δεν διαγράφηκε τίποτα.
bot-delete-done = Τα δεδομένα σας διαγράφηκαν. Αν γράψετε ξανά, ξεκινάτε με νέο, άδειο λογαριασμό.
bot-link-ask = Για να χρησιμοποιείτε εδώ τον λογαριασμό σας από τον ιστότοπο, πάρτε έναν κωδικό από τη σελίδα του λογαριασμού σας στον ιστότοπο. Μετά στείλτε /link και τον κωδικό.
bot-link-done = Αυτή η συνομιλία χρησιμοποιεί πλέον τον λογαριασμό σας { $name }.
bot-link-wrong = Αυτός ο κωδικός είναι λάθος ή έχει λήξει. Πάρτε νέο κωδικό από τον ιστότοπο.
bot-link-has-content = Αυτή η συνομιλία έχει ήδη πάρει μέρος (θέματα, υποστηρίξεις, ψηφοφορίες ή απαντήσεις), οπότε δεν μπορεί να συνδεθεί με άλλο λογαριασμό. Μπορείτε πρώτα να κατεβάσετε τα δεδομένα της με το /export ή να τα διαγράψετε με το /delete.

## When something does not fit
bot-use-buttons = Χρησιμοποιήστε τα κουμπιά παραπάνω ή το /cancel για να σταματήσετε.
bot-only-text = Λυπάμαι, εδώ μπορώ να διαβάσω μόνο μηνύματα κειμένου.
bot-edit-ignored = Αν αλλάξετε ένα μήνυμα που έχετε ήδη στείλει, δεν αλλάζει αυτό που έλαβα. Στείλτε καλύτερα ένα νέο μήνυμα.
bot-unknown-command = Δεν γνωρίζω αυτή την εντολή. Με το /help βλέπετε τι μπορώ να κάνω.
bot-button-expired = Αυτό το κουμπί δεν ισχύει πια.
bot-unknown-button = Αυτό το κουμπί δεν ισχύει πια.
bot-not-found = Αυτό δεν υπάρχει πια ή δεν είναι δημόσιο.
bot-not-allowed = Δεν επιτρέπεται να το κάνετε αυτό.
bot-too-many = Πάρα πολλές προσπάθειες. Περιμένετε λίγο και δοκιμάστε ξανά.
bot-too-large = Αυτό είναι πολύ μεγάλο.
bot-error = Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά αργότερα.

## Consultations
bot-command-consultations = Ανοιχτές διαβουλεύσεις: ερωτηματολόγια και γύροι απόψεων
bot-menu-consultations = Διαβουλεύσεις
bot-consultations-title = Ανοιχτές διαβουλεύσεις στον δήμο { $municipality }. Επιλέξτε μία:
bot-consultations-none = Αυτή τη στιγμή δεν υπάρχει ανοιχτή διαβούλευση στον δήμο { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Απαντήστε μία ερώτηση κάθε φορά. Μπορείτε να παραλείψετε μια ερώτηση, να αποθηκεύσετε και να συνεχίσετε αργότερα, και να υποβάλετε τις απαντήσεις σας στο τέλος.
bot-consultation-resume = Έχετε ήδη αποθηκεύσει απαντήσεις. Συνεχίζουμε από εκεί που σταματήσατε.
bot-consultation-change = Έχετε ήδη υποβάλει τις απαντήσεις σας. Μπορείτε να τις αλλάξετε μέχρι να κλείσει η διαβούλευση.
bot-consultation-question = Ερώτηση { $n } από { $total }
bot-consultation-required = Χρειάζεται απάντηση για την υποβολή.
bot-consultation-choose-one = Επιλέξτε μία απάντηση.
bot-consultation-choose-many = Πατήστε τις απαντήσεις για να τις επιλέξετε (πατήστε ξανά για να τις αφαιρέσετε) και μετά πατήστε «Επόμενο».
bot-consultation-scale = Επιλέξτε από 1 έως 5. Το 1 σημαίνει: { $low }. Το 5 σημαίνει: { $high }.
bot-consultation-rank = Πατήστε τις επιλογές με τη σειρά: πρώτα αυτή που προτιμάτε περισσότερο. Μπορείτε να αφήσετε κάποιες έξω. Μετά πατήστε «Επόμενο».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Ξεκινήστε την κατάταξη από την αρχή
bot-consultation-write = Γράψτε την απάντησή σας σε ένα μήνυμα (το πολύ { $max } χαρακτήρες).
bot-consultation-your-answer = Η απάντησή σας ως τώρα: { $answer }
bot-consultation-next = Επόμενο
bot-consultation-skip = Παράλειψη
bot-consultation-review = Αυτή ήταν η τελευταία ερώτηση. Υποβάλετε τώρα τις απαντήσεις σας ή αποθηκεύστε τες και συνεχίστε αργότερα.
bot-statement-original = Πρωτότυπο ({ $language }): { $text }
bot-statement-ask = Γράψτε την άποψή σας σε ένα μήνυμα.
bot-statements-done = Σταματώ για τώρα
bot-statements-thanks = Ευχαριστούμε για τη συμμετοχή σας. Μπορείτε να επιστρέψετε σε αυτόν τον γύρο μέχρι να κλείσει.
## Votes
bot-command-votes = Ψηφίστε για προτεραιότητες
bot-menu-votes = Ψηφοφορίες
bot-votes-intro = Ανοιχτές ψηφοφορίες στο { $municipality }. Διαλέξτε μία:
bot-votes-none = Δεν υπάρχει ανοιχτή ψηφοφορία στο { $municipality } αυτή τη στιγμή.
bot-vote-rank-rule = Πατήστε τις επιλογές με τη σειρά που προτιμάτε, πρώτα την πρώτη σας επιλογή. Μπορείτε να αφήσετε επιλογές έξω.
bot-vote-picked = Επιλεγμένα μέχρι τώρα: { $count }
bot-vote-budget-left = Υπόλοιπο προϋπολογισμού: { $left } από { $budget }
bot-vote-points-left = Πόντοι που απομένουν: { $left } από { $total }
bot-vote-order = Η σειρά σας μέχρι τώρα:
bot-vote-nothing = Δεν έχετε διαλέξει τίποτα ακόμα.
bot-vote-undo = Αναίρεση της τελευταίας
bot-vote-continue = Συνέχεια
bot-vote-confirm = Ελέγξτε την ψήφο σας πριν την υποβάλετε:
bot-vote-cast = Υποβολή της ψήφου μου
bot-vote-change = Αλλαγή
bot-vote-cancelled = Σταμάτησε. Η ψήφος σας δεν υποβλήθηκε.
bot-vote-receipt = Ο κωδικός απόδειξής σας: { $code }
bot-vote-receipt-explained = Κρατήστε αυτόν τον κωδικό: εμφανίζεται μόνο μία φορά. Όταν δημοσιευτούν τα αποτελέσματα, σας επιτρέπει να ελέγξετε ότι η ψήφος σας μετρήθηκε όπως την υποβάλατε. Κανείς άλλος δεν μπορεί να τον συνδέσει με εσάς.
bot-vote-receipt-hash = Στη δημοσιευμένη λίστα, η ψήφος σας είναι η γραμμή με: { $hash }
bot-vote-ask-receipt = Για να αλλάξετε την ψήφο σας, στείλτε τον κωδικό απόδειξης της προηγούμενης ψήφου σας (ή /cancel για διακοπή).
bot-notice-summary = Νέα για μια σύσταση του συμβουλίου: { $title }
bot-notice-summary-answered = Ο δήμος απάντησε σε μια σύσταση στην οποία συμβάλατε: { $title }
bot-notice-summary-done = Μια σύσταση στην οποία συμβάλατε ολοκληρώθηκε: { $title }
bot-notice-summary-dropped = Μια σύσταση στην οποία συμβάλατε εγκαταλείφθηκε: { $title }
bot-notice-summary-overdue = Η προθεσμία μιας σύστασης πέρασε: { $title }
bot-notice-summary-forwarded = Μια περίληψη του συμβουλίου στάλθηκε στον δήμο: { $title }
