error-title-not-found = Page introuvable
error-title-forbidden = Accès non autorisé
error-title-bad-request = Il y a un problème avec la demande
error-title-internal = Un problème est survenu
error-not-found = Nous ne trouvons pas cette page. Elle a peut-être été déplacée ou supprimée.
error-forbidden = Votre compte n'a pas le droit de voir cette page.
error-unauthorized = Connectez-vous d'abord, s'il vous plaît.
error-csrf = Ce formulaire a expiré ou a été envoyé depuis un autre site. Revenez en arrière, rechargez la page et réessayez. Pour les formulaires, Chorus a besoin que les cookies soient autorisés.
error-too-many-requests = Trop de tentatives. Attendez une minute, puis réessayez.
error-too-large = Ce que vous avez envoyé est trop volumineux.
error-bad-request = Nous n'avons pas compris cette demande.
error-method-not-allowed = Cette adresse n'accepte pas ce type de demande.
error-timeout = Cela a pris trop de temps. Réessayez, s'il vous plaît.
error-validation = Certains champs doivent être corrigés.
error-internal = Désolés, un problème est survenu de notre côté. Réessayez plus tard, s'il vous plaît.
error-database = La base de données n'est pas disponible.
error-code = Erreur { $status }
error-go-home = Aller à la page d'accueil

username-required = Choisissez un nom d'utilisateur.
username-too-short = Le nom d'utilisateur doit avoir au moins 3 caractères.
username-too-long = Le nom d'utilisateur peut avoir 32 caractères au maximum.
username-invalid-characters = Utilisez seulement des lettres, des chiffres, - _ et . (en commençant par une lettre ou un chiffre).
username-reserved = Ce nom est réservé. Choisissez-en un autre.
username-taken = Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.
username-mixed-scripts = Utilisez des lettres d'un seul alphabet (les chiffres, - _ et . sont acceptés).
username-too-similar = Ce nom ressemble trop à un nom qui existe déjà. Choisissez-en un autre.

password-required = Choisissez un mot de passe.
password-too-short = Le mot de passe doit avoir au moins 8 caractères.
password-too-long = Le mot de passe est trop long.
password-same-as-username = Le mot de passe ne doit pas être votre nom d'utilisateur.
password-too-common = Ce mot de passe est trop courant et facile à deviner. Essayez quelques mots qui ont un sens pour vous.
password-mismatch = Les deux mots de passe ne sont pas identiques.
password-wrong = Ce mot de passe n'est pas correct.

email-invalid = Cela ne ressemble pas à une adresse e-mail. Vous pouvez aussi laisser ce champ vide.
language-unknown = Choisissez une langue dans la liste.
role-unknown = Rôle inconnu.
code-invalid = Ce code n'est pas valide, a expiré ou a déjà été utilisé.

login-failed = La connexion n'a pas marché. Vérifiez le nom d'utilisateur et le mot de passe. Après plusieurs essais ratés, il faut attendre quelques minutes pour se connecter depuis un nouvel appareil ; votre code de récupération marche toujours.
login-one-time-expired = Ce mot de passe à usage unique a expiré. Demandez un nouveau code de réinitialisation à un administrateur.

municipality-unknown = Choisissez une ville dans la liste.
municipality-name-invalid = Le nom doit avoir entre 2 et 100 caractères.
municipality-slug-invalid = Utilisez 2 à 40 lettres minuscules, chiffres et tirets.
municipality-slug-taken = Une autre ville utilise déjà ce nom dans son adresse web.
municipality-languages-required = Choisissez au moins une langue.
municipality-default-language-invalid = La langue par défaut doit faire partie des langues choisies.
municipality-moderation-invalid = Choisissez comment les publications sont vérifiées.
municipality-policy-invalid = Choisissez ce qui se passe quand un compte est supprimé.

account-last-admin = C'est le dernier compte avec les droits d'administration. Donnez d'abord ces droits à une autre personne.

# Issues.
issue-title-required = Écrivez un titre.
issue-title-too-short = Le titre doit avoir au moins 5 caractères.
issue-title-too-long = Le titre peut avoir 150 caractères au maximum.
issue-body-required = Décrivez le problème.
issue-body-too-short = Écrivez au moins 20 caractères.
issue-body-too-long = La description peut avoir 5000 caractères au maximum.
issue-theme-required = Choisissez un thème dans la liste.
issue-tag-unknown = Choisissez dans la liste.
issue-neighbourhood-unknown = Choisissez un quartier dans la liste.
issue-lang-required = Choisissez la langue dans laquelle vous avez écrit.

# Moderation.
moderation-reason-required = Choisissez une raison.
moderation-note-too-long = La note peut avoir 1000 caractères au maximum.
moderation-merge-target-invalid = Indiquez le numéro d'un autre signalement publié dans cette ville.
moderation-not-allowed = Ce n'est pas possible dans l'état actuel du signalement.
report-reason-required = Choisissez quel est le problème.

# Translation.
translation-required = Écrivez la traduction.
translation-source-changed = Le texte original a été modifié pendant que vous traduisiez (par exemple, des données personnelles ont été retirées). Vérifiez votre traduction en la comparant au texte tel qu'il est maintenant.
translation-too-long = C'est trop long.

# Participation.
comment-required = Écrivez votre commentaire.
comment-too-short = Le commentaire est trop court.
comment-too-long = Le commentaire peut avoir 2000 caractères au maximum.
answer-required = Écrivez la réponse.
answer-too-short = La réponse doit avoir au moins 10 caractères.
answer-too-long = La réponse peut avoir 5000 caractères au maximum.
answer-department-too-long = Le nom du service peut avoir 120 caractères au maximum.
answer-date-invalid = Indiquez une vraie date, écrite année-mois-jour (par exemple 2027-03-31).
status-change-not-allowed = Le signalement ne peut pas passer à ce statut maintenant.
issue-edit-not-requested = Personne n'a demandé de modifier ce signalement.
taxonomy-name-required = Indiquez un nom.
taxonomy-name-too-long = Le nom peut avoir 80 caractères au maximum.
taxonomy-name-taken = Ce nom est déjà utilisé.
taxonomy-dimension-required = Choisissez le domaine de ce thème.
taxonomy-category-in-use = Des signalements utilisent ce thème, donc il ne peut pas être supprimé. Renommez-le plutôt.
service-name-invalid = Indiquez un nom de 2 à 120 caractères.
service-description-too-long = La description peut avoir 1000 caractères au maximum.
service-contact-invalid = Indiquez des coordonnées de 2 à 500 caractères.
service-languages-invalid = Choisissez au moins une langue parlée dans ce service.
posting-too-often = Vous avez beaucoup publié dans la dernière heure. Attendez un peu avant de publier à nouveau ; votre texte est gardé ci-dessous.
issue-voice-too-large = Ce message vocal est trop long. Il doit durer moins de deux minutes.
issue-voice-empty = Le message vocal est vide.
issue-voice-not-waiting = Ce signalement n'est plus en attente de modération.
moderation-transcribe-first = Mettez par écrit ce que dit le message vocal avant de publier le signalement.
