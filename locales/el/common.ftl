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
