home-title = Faites entendre votre voix dans votre ville
home-intro = Avec Chorus, vous pouvez signaler des problèmes dans votre propre langue, participer aux consultations de votre conseil consultatif des migrants et voir ce que la ville en fait.
home-choose = Choisissez votre ville
home-none = Aucune ville n'a encore été configurée.
home-safety-title = Votre sécurité
home-safety = Vous pouvez utiliser un pseudonyme. L'adresse e-mail est facultative. Nous ne vous demandons jamais d'où vous venez ni quels papiers vous avez.

notice-account-deleted = Votre compte et vos données personnelles ont été supprimés.
notice-signed-out = Déconnexion réussie.

municipality-intro = Bienvenue sur Chorus à { $name }.
municipality-your-roles = Ici, vous participez en tant que :
municipality-join = Rejoindre { $name }
municipality-register = Créez un compte pour participer
municipality-languages = Langues
municipality-moderation = Comment les publications sont vérifiées

team-title = Équipe
team-intro = Les personnes qui traduisent, modèrent, siègent au conseil ou répondent au nom de la ville.
team-empty = Personne n'a encore de rôle dans l'équipe ici.
team-person = Personne
team-role = Rôle
team-since = Depuis

form-has-errors = Merci de corriger les points suivants :

register-title = Créer un compte
register-intro = Choisissez un nom que les autres verront. Ce n'est pas forcément votre vrai nom.
register-username = Nom d'utilisateur
register-username-hint = 3 à 32 lettres ou chiffres, dans n'importe quel alphabet. Vous pouvez aussi utiliser - _ et .
register-password = Mot de passe
register-password-hint = Au moins 8 caractères. Une petite phrase est facile à retenir et difficile à deviner.
register-password-confirm = Retapez le mot de passe
register-email = E-mail (facultatif)
register-email-hint = Sert seulement à vous aider à retrouver l'accès à votre compte. Vous pouvez le laisser vide.
register-language = Langue
register-municipality = Votre ville (facultatif)
register-municipality-none = Choisir plus tard
register-privacy = Nous ne demandons pas votre nationalité, votre situation de séjour ni vos papiers d'identité, et nous n'enregistrons pas votre adresse IP.
register-submit = Créer le compte
register-have-account = Vous avez déjà un compte ?

code-title = Votre code de récupération
code-intro = Notez ce code et gardez-le dans un endroit sûr. C'est le seul moyen de retrouver votre compte si vous oubliez votre mot de passe et n'avez pas d'e-mail.
code-keep-safe = Nous ne l'affichons qu'une seule fois. Chaque code ne marche qu'une fois ; vous en recevez un nouveau quand vous l'utilisez.
code-continue = Je l'ai noté

login-title = Connexion
login-username = Nom d'utilisateur
login-password = Mot de passe
login-submit = Se connecter
login-remember = Garder la session ouverte sur cet appareil
login-remember-hint = Seulement sur un téléphone ou un ordinateur qui est à vous. Sur un ordinateur partagé, ne cochez pas cette case : la session se ferme après quelques heures sans activité.
login-notice-password-failures = Votre session a été fermée parce que le mot de passe actuel a été mal tapé trop de fois. Connectez-vous de nouveau, s'il vous plaît.
login-no-account = Créer un compte
login-forgot = Mot de passe oublié ? Utilisez votre code de récupération
login-have-reset-code = J'ai un code de réinitialisation donné par un administrateur

recover-title = Utiliser votre code de récupération
recover-intro = Entrez votre nom d'utilisateur, le code de récupération que vous avez noté et un nouveau mot de passe.
recover-code = Code de récupération
recover-code-hint = Par exemple 7K2QD-M9XAT-4HBEW-PC0RN. Majuscules ou minuscules : les deux marchent.
recover-no-code = Pas de code ? Demandez à une association ou à l'équipe Chorus de votre ville : après une rencontre avec vous, elles peuvent vous donner un code de réinitialisation.

reset-title = Utiliser un code de réinitialisation
reset-intro = Un administrateur vous a donné un code de réinitialisation après une rencontre avec vous. Entrez-le avec votre nom d'utilisateur et un nouveau mot de passe.
reset-code = Code de réinitialisation
reset-code-hint = Le code est valable pendant un temps limité et ne marche qu'une seule fois.

account-title = Mon compte
account-signed-in-as = Vous utilisez le compte
account-roles = Où vous participez
account-no-roles = Vous n'avez encore rejoint aucune ville.
account-language = Langue
account-language-label = Langue des pages
account-language-save = Enregistrer la langue
account-security = Sécurité
account-data = Vos données
account-data-intro = Téléchargez tout ce que Chorus enregistre sur vous, ou supprimez votre compte.
account-export = Télécharger mes données (JSON)

password-title = Changer votre mot de passe
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-submit = Enregistrer le nouveau mot de passe
password-changed = Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.
password-must-change = Vous avez utilisé un mot de passe à usage unique pour vous connecter. Choisissez maintenant votre propre mot de passe.

delete-title = Supprimer mon compte
delete-explained = Cela supprime votre nom, votre e-mail, vos paramètres et vos rôles. Vous ne pourrez pas revenir en arrière. Selon les règles de votre ville, ce que vous avez publié reste visible de façon anonyme ou est supprimé.
delete-export-first = Vous voudrez peut-être d'abord télécharger vos données.
delete-password = Confirmez avec votre mot de passe
delete-submit = Supprimer mon compte définitivement

admin-title = Administration
admin-municipalities = Villes
admin-municipality-new = Ajouter une ville
admin-municipality-edit = Modifier la ville
admin-municipality-name = Nom
admin-municipality-slug = Nom dans l'adresse web
admin-municipality-slug-hint = Lettres minuscules, chiffres et tirets, par ex. porto-sereno. Ce nom apparaît dans les liens.
admin-municipality-languages = Langues
admin-municipality-default-language = Langue par défaut
admin-municipality-moderation = Modération
admin-municipality-policy = Quand un compte est supprimé
admin-actions = Actions
admin-edit = Modifier { $name }
admin-save = Enregistrer
admin-users = Comptes
admin-users-search = Chercher un compte par nom d'utilisateur
admin-users-search-submit = Chercher
admin-users-none = Aucun compte trouvé.
admin-user-since = Membre depuis
admin-role-municipality = Ville
admin-role-grant = Donner le rôle
admin-role-revoke = Retirer le rôle
admin-admin-grant = Donner les droits d'administration
admin-admin-revoke = Retirer les droits d'administration
admin-reset-title = Réinitialisation du mot de passe
admin-reset-explained = Seulement après avoir rencontré la personne et vérifié que le compte est bien le sien : créez un code de réinitialisation à usage unique et donnez-le-lui. Il expire après quelques jours.
admin-reset-issue = Créer un code de réinitialisation
admin-reset-issued = Donnez ce code à la personne. Il ne s'affiche que maintenant.

# Issues: raising, listing and reading them.
municipality-issues = Voir les problèmes signalés ici
municipality-raise = Signaler un problème
issues-title = Signalements
issues-filter = Filtrer et trier
issues-any = Tous
issues-status = Statut
issues-language = Écrit en
issues-sort = Ordre
issues-sort-newest = Les plus récents d'abord
issues-sort-supported = Les plus soutenus d'abord
issues-apply = Afficher
issues-none = Aucun signalement ne correspond. Vous pouvez faire le premier.
issues-more = Voir plus de signalements
issue-new-title = Signaler un problème
issue-new-intro = Écrivez dans la langue de votre choix. Décrivez le problème et, si vous pouvez, ce qui aiderait. N'écrivez pas de noms, d'adresses ou d'autres informations personnelles.
issue-field-title = Titre
issue-field-title-hint = Une phrase courte, de 5 à 150 caractères.
issue-field-body = Quel est le problème ?
issue-field-body-hint = Au moins 20 caractères. Dites qui est concerné et où.
issue-field-theme = Thème
issue-field-theme-choose = Choisissez un thème
issue-field-tags = Qui est particulièrement concerné ? (facultatif)
issue-field-neighbourhood = Quartier (facultatif)
issue-field-neighbourhood-none = Toute la ville
issue-field-anonymous = M'afficher de façon anonyme (le public ne verra pas mon nom)
issue-continue = Continuer
issue-confirm-preview = Votre signalement
issue-confirm-language = Langue de votre texte
issue-confirm-detected = Nous pensons que vous avez écrit en { $language }. Sinon, choisissez la bonne langue.
issue-confirm-not-detected = Choisissez la langue dans laquelle vous avez écrit.
issue-similar-title = Signalements semblables
issue-similar-intro = Quelqu'un a peut-être déjà signalé ce problème. Vous pouvez soutenir son signalement à la place, ou envoyer le vôtre.
issue-submit = Envoyer mon signalement
issue-edit = Modifier mon texte
issue-submitted-public = Merci. Votre signalement est publié.
issue-submitted-waiting = Merci. Un modérateur va bientôt vérifier votre signalement ; vous aurez la réponse dans votre compte.
issue-by = Signalé par
issue-anonymous-to-public = affiché de façon anonyme pour le public
issue-by-anonymous = Signalé de façon anonyme
issue-written-in = Écrit en { $language }
issue-supports = { $count ->
    [one] { $count } soutien
   *[other] { $count } soutiens
}
issue-support = Je soutiens ce signalement
issue-you-support = Vous soutenez ce signalement.
issue-withdraw = Retirer mon soutien
issue-sign-in-to-support = Connectez-vous pour soutenir ce signalement
issue-timeline = Ce qui s'est passé jusqu'ici

# Moderation, reports and notifications.
moderation-title = File de modération
moderation-intro = Nouveaux signalements et signalements qui ont reçu une alerte, les plus anciens d'abord. Chaque décision est enregistrée avec sa raison.
moderation-empty = Rien en attente. Merci !
moderation-reported = Alertes :
moderation-publish = Publier
moderation-restore = Rétablir
moderation-dismiss-reports = Laisser public (écarter les alertes)
moderation-reason = Raison (obligatoire pour refuser ou masquer)
moderation-reason-choose = Choisissez une raison
moderation-note = Note pour l'auteur (facultatif)
moderation-reject = Refuser
moderation-hide = Masquer
moderation-merge-into = Numéro du signalement qu'il répète
moderation-merge = Regrouper
moderation-redact = Retirer les données personnelles
moderation-redact-intro = Remplacez les noms, adresses, numéros de téléphone et autres informations personnelles par […]. Le texte d'origine est conservé pour les administrateurs seulement.
moderation-redact-save = Enregistrer le texte corrigé
notifications-title = Notifications
notifications-none = Rien de nouveau pour l'instant. Les nouvelles de vos signalements apparaîtront ici.
notifications-new = Nouvelle
notifications-mark-read = Tout marquer comme lu
notification-unavailable = Un signalement que vous suivez n'est plus public.
notifications-unread = { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
}
report-title = Alerter la modération sur ce signalement
report-reason = Quel est le problème ?
report-submit = Envoyer l'alerte
report-thanks = Merci. Un modérateur va l'examiner.
report-thanks-hidden = Merci. Le signalement est masqué jusqu'à ce qu'un modérateur l'ait examiné.
issue-merged-into = Ce signalement a été regroupé avec un autre sur le même problème :
redactions-title = Données personnelles retirées (administrateurs seulement)
redacted-issue-title = Titre
redacted-issue-body = Description
redacted-comment = Commentaire
redacted-answer = Réponse officielle

# The audit log.
audit-title = Journal des décisions
audit-intro = Toutes les décisions de modération et d'administration dans cette ville : qui, quoi, quand et pourquoi.
audit-filter = Afficher
audit-filter-issues = Décisions sur les signalements
audit-filter-roles = Rôles donnés et retirés
audit-filter-municipality = Paramètres de la ville
audit-filter-all = Tout
audit-empty = Rien n'a encore été enregistré.
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-why = Détails

# Translation.
translate-title = Traductions
translate-intro = Signalements publiés qui ne sont pas encore dans toutes les langues de cette ville, les plus anciens d'abord. Les traductions automatiques attendent qu'une personne les vérifie.
translate-empty = Tout est traduit. Merci !
translate-machine-waiting = traduction automatique à vérifier
translate-into = Traduire en { $language }
translate-original = Texte original ({ $language })
translate-yours = Votre traduction
translate-review-machine = Ceci est une traduction automatique. Corrigez-la si besoin, puis enregistrez : elle comptera alors comme vérifiée.
translate-save = Enregistrer la traduction
translation-machine = traduction automatique
translation-volunteer = traduit par une personne bénévole
translation-machine-from = Traduction automatique. Langue d'origine : { $language }
translation-volunteer-from = Traduit par une personne bénévole. Langue d'origine : { $language }
translation-show-original = Voir l'original
translation-show-translation = Voir la traduction

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
}
comment-field-body = Votre commentaire
comment-field-body-hint = Dans la langue de votre choix. Parlez avec respect et n'écrivez pas d'informations personnelles.
comment-submit = Envoyer le commentaire
comment-sign-in = Connectez-vous pour commenter
comment-report = Alerter la modération sur ce commentaire
comment-deleted-account = Compte supprimé
comment-published = Merci. Votre commentaire est publié.
comment-waiting = Merci. Un modérateur va bientôt vérifier votre commentaire.
comment-reported = Merci. Un modérateur va examiner ce commentaire.
field-language = Langue de votre texte
field-language-detect = Reconnaître la langue automatiquement
answer-title = Réponse de la ville
answer-official = Réponse officielle
answer-department = Service responsable
answer-expected = Date prévue
answer-field-body = Réponse officielle
answer-field-body-hint = Écrivez dans votre langue ; la réponse sera traduite pour les habitants.
answer-field-department = Service responsable (facultatif)
answer-field-expected = Date prévue (facultatif)
answer-field-expected-hint = Année-mois-jour, par exemple 2027-03-31.
answer-field-resolved = Cette réponse résout le problème
answer-submit = Publier la réponse
answer-posted = La réponse est publiée. L'auteur et les personnes qui soutiennent le signalement sont prévenus.
city-title = Pour la ville
city-forward = Transmettre au conseil
city-resolve = Marquer comme résolu
issue-forwarded = Le signalement a été transmis au conseil.
issue-edit-requested = Un modérateur vous demande de modifier ce signalement avant sa publication.
issue-edit-now = Le modifier maintenant
issue-edit-title = Modifier votre signalement
issue-edit-asked = Un modérateur a demandé des modifications :
issue-edit-save = Enregistrer et envoyer aux modérateurs
issue-edited = Merci. Vos modifications sont envoyées aux modérateurs.
moderation-ask-edit = Demander à l'auteur de le modifier
moderation-issues = Signalements
moderation-comments = Commentaires
moderation-comment-on = Commentaire sur le signalement
help-title = De l'aide pour votre situation personnelle
help-intro = Ces services aident chaque personne pour ses propres questions : papiers, aides sociales, logement, travail, santé. Ils parlent les langues indiquées.
help-nothing-stored = Rien de ce que vous faites sur cette page n'est enregistré ni publié.
help-none = Cette ville n'a pas encore indiqué de services d'aide.
help-languages = Langues parlées :
help-contact = Comment les contacter :
help-raise-instead = C'est un problème que beaucoup de personnes ont ? Faites plutôt un signalement.
help-link = J'ai besoin d'aide pour ma situation personnelle
help-question = Est-ce que cela concerne votre situation personnelle ?
help-question-explained = Pour un problème avec vos papiers, une aide sociale, votre propriétaire ou votre travail, un service d'aide peut vous conseiller personnellement. Ici, les signalements sont pour les problèmes que beaucoup de personnes partagent.
issues-search = Chercher dans les signalements
issues-search-button = Chercher
issues-search-results = Signalements qui correspondent à « { $query } »
issues-sort-answered = Dernières réponses de la ville d'abord
translate-kind-issue = Signalement
translate-kind-answer = Réponse officielle
translate-kind-comment = Commentaire
translate-text = Texte
taxonomy-title = Thèmes et quartiers
taxonomy-intro = Les habitants choisissent dans ces listes quand ils font un signalement. Donnez à un thème le nom de votre choix, ou laissez le nom vide pour utiliser le nom traduit par défaut.
taxonomy-categories = Thèmes
taxonomy-tags = Groupes particulièrement concernés
taxonomy-neighbourhoods = Quartiers
taxonomy-rename = Renommer
taxonomy-remove = Supprimer
taxonomy-add = Ajouter
taxonomy-add-category = Ajouter un thème
taxonomy-add-tag = Nouveau groupe
taxonomy-add-neighbourhood = Nouveau quartier
taxonomy-dimension = Domaine
taxonomy-dimension-choose = Choisir
taxonomy-name = Nom
taxonomy-name-hint = Affiché tel quel, dans toutes les langues.
services-title = Services d'aide
services-intro = Services indiqués sur la page d'aide de la ville, pour les personnes qui ont une question sur leur situation personnelle.
services-public-page = Voir la page publique
services-add = Ajouter un service
services-edit = Modifier
services-name = Nom
services-description = Pour quoi ce service peut aider
services-languages = Langues parlées dans ce service
services-contact = Comment les contacter
services-contact-hint = Adresse, horaires d'ouverture, téléphone, site web.
issue-support-on-telegram = Le soutenir depuis Telegram
issue-voice-transcribe-title = Mettre par écrit un message vocal
issue-voice-back = Retour à la file de modération
issue-voice-saved = Enregistré. Un modérateur peut maintenant publier le signalement.
issue-voice-note = { $seconds ->
    [one] Message vocal, { $seconds } seconde
   *[other] Message vocal, { $seconds } secondes
}
issue-voice-transcribe-hint = Écoutez, puis écrivez le titre et le texte dans la langue parlée. Enlevez les noms, les adresses et tout ce qui permet de reconnaître une personne.
issue-voice-language = Langue parlée
issue-voice-save = Enregistrer la transcription
issue-voice-untranscribed = Pas encore mis par écrit
issue-voice-transcribe = Mettre par écrit ce qui est dit
issue-voice-placeholder-title = Message vocal
issue-voice-placeholder-body = Ce signalement a été fait par message vocal. Une personne bénévole va le mettre par écrit.
account-telegram = Telegram
account-telegram-intro = Utilisez Chorus depuis Telegram avec ce compte : obtenez un code ici, puis envoyez-le à @{ $bot }.
account-telegram-link = Obtenir un code pour relier Telegram
account-telegram-code = Envoyez /link { $code } au bot dans les 10 minutes. Le code ne marche qu'une fois.
account-telegram-open = Ouvrir le bot avec ce code
