# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Choisir la langue et la ville
bot-command-new = Signaler un problème
bot-command-my = Mes signalements et où ils en sont
bot-command-settings = Les notifications que je reçois
bot-command-language = Changer de langue
bot-command-help = Ce que ce bot sait faire
bot-command-cancel = Arrêter ce que je fais
bot-command-link = Relier à mon compte sur le site
bot-command-export = Télécharger mes données
bot-command-delete = Supprimer mes données
bot-help-intro = Avec Chorus, vous pouvez signaler des problèmes à votre ville et suivre ce qu'ils deviennent. Vous restez anonyme : le bot garde seulement le numéro de cette conversation et vos choix. Commandes :

## Start
bot-choose-language = Quelle langue voulez-vous utiliser ?
bot-language-chosen = Langue : { $language }
bot-choose-municipality = Dans quelle ville habitez-vous ?
bot-municipality-chosen = Ville : { $municipality }

## Menu
bot-menu-intro = Que voulez-vous faire ?
bot-menu-new = Signaler un problème
bot-menu-my = Mes signalements
bot-menu-settings = Notifications
bot-menu-help = Aide
bot-cancelled = Arrêté. Rien n'a été envoyé.
bot-cancel = Annuler

## Raising an issue
bot-issue-choose-theme = De quoi parle votre signalement ? ({ $municipality })
bot-issue-ask-title = Écrivez un titre court pour votre signalement (de 5 à 150 caractères).
bot-issue-ask-body = Maintenant, décrivez le problème avec vos mots, dans la langue de votre choix (au moins 20 caractères).
bot-issue-similar = Un signalement proche existe déjà : { $title } (soutiens : { $supports }). Vous pouvez le soutenir, ou continuer avec le vôtre.
bot-issue-confirm = Vérifiez votre signalement avant de l'envoyer : { $title }. Langue : { $language }.
bot-issue-language-unknown = non reconnue — choisissez-la
bot-issue-post = Envoyer
bot-issue-change-language = Choisir la langue
bot-issue-choose-language = Dans quelle langue avez-vous écrit ?
bot-issue-anonymous-on = Anonyme : oui
bot-issue-anonymous-off = Anonyme : non
bot-issue-cancelled = Votre signalement n'a pas été envoyé.
bot-issue-submitted = Merci. Votre signalement (numéro { $id }) a été envoyé. Un modérateur va le vérifier avant qu'il soit publié.
bot-issue-published = Merci. Votre signalement (numéro { $id }) est publié.
bot-issue-card = { $title } (soutiens : { $supports })
bot-support = Soutenir ce signalement
bot-supported = Merci pour votre soutien
bot-supported-issue = Vous soutenez : { $title }
bot-open-portal = Ouvrir sur le site
bot-voice-where = Pour faire un signalement avec un message vocal, commencez par /new et choisissez un thème.
bot-voice-confirm = Votre message vocal ({ $seconds } secondes). Langue : { $language }. Une personne bénévole va le mettre par écrit avant sa publication.
bot-voice-submitted = Merci. Votre message vocal (signalement numéro { $id }) a été envoyé. Une personne bénévole va le mettre par écrit, puis un modérateur va le vérifier.

## My issues
bot-my-none = Vous n'avez encore fait aucun signalement.
bot-my-title = { $count ->
    [one] Votre signalement :
   *[other] Vos { $count } signalements :
}
bot-my-line = • { $title } : { $status }

## Notifications
bot-notice-issue = Du nouveau pour { $title } : { $status }
bot-notice-ballot = Les résultats d'un vote auquel vous avez participé sont publiés : { $title }
bot-notice-consultation = Les résultats d'une consultation à laquelle vous avez participé sont publiés : { $title }
bot-notice-ballot-opened = Nouveau vote ouvert : { $title }
bot-notice-consultation-opened = Nouvelle consultation ouverte : { $title }
bot-settings-intro = Choisissez les notifications que vous recevez. Appuyez sur un bouton pour l'activer ou la désactiver.
bot-settings-on = { $what } : oui
bot-settings-off = { $what } : non
bot-settings-saved = Enregistré
bot-settings-issue = Mes signalements et ceux que je soutiens
bot-settings-ballot = Votes
bot-settings-consultation = Consultations
bot-settings-summary = Synthèses du conseil et réponses

## My data
bot-export-caption = Tout ce que Chorus enregistre sur vous.
bot-delete-confirm = Supprimer votre compte et vos données ? Vos signalements et commentaires sont supprimés ou gardés de façon anonyme, selon le choix de votre ville. Vous ne pourrez pas revenir en arrière.
bot-delete-yes = Oui, supprimer
bot-delete-no = Non, garder
bot-delete-kept = Rien n'a été supprimé.
bot-delete-done = Vos données ont été supprimées. Si vous écrivez à nouveau, vous commencez avec un nouveau compte vide.
bot-link-ask = Pour utiliser ici votre compte du site, obtenez un code sur la page de votre compte. Ensuite, envoyez /link suivi du code.
bot-link-done = Cette conversation utilise maintenant votre compte { $name }.
bot-link-wrong = Ce code est faux ou a expiré. Obtenez-en un nouveau sur le site.
bot-link-has-content = Cette conversation a déjà participé (signalements, soutiens, votes ou réponses). Elle ne peut donc pas être reliée à un autre compte. Vous pouvez d'abord télécharger ses données avec /export ou les supprimer avec /delete.

## When something does not fit
bot-use-buttons = Utilisez les boutons ci-dessus, ou /cancel pour arrêter.
bot-only-text = Désolé, ici je ne peux lire que des messages texte.
bot-edit-ignored = Modifier un message déjà envoyé ne change pas ce que j'ai reçu. Envoyez plutôt un nouveau message.
bot-unknown-command = Je ne connais pas cette commande. /help montre ce que je sais faire.
bot-button-expired = Ce bouton n'est plus valable.
bot-unknown-button = Ce bouton n'est plus valable.
bot-not-found = Ceci n'existe plus, ou n'est pas public.
bot-not-allowed = Vous n'avez pas le droit de faire cela.
bot-too-many = Trop de tentatives. Attendez un peu, puis réessayez.
bot-too-large = C'est trop volumineux.
bot-error = Un problème est survenu de notre côté. Réessayez plus tard.

## Consultations
bot-command-consultations = Consultations ouvertes : questionnaires et tours d'avis
bot-menu-consultations = Consultations
bot-consultations-title = Consultations ouvertes à { $municipality }. Choisissez-en une :
bot-consultations-none = Il n'y a pas de consultation ouverte à { $municipality } en ce moment.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Répondez à une question à la fois. Vous pouvez passer une question, enregistrer et continuer plus tard, et envoyer vos réponses à la fin.
bot-consultation-resume = Vous avez déjà enregistré des réponses. Nous reprenons là où vous vous étiez arrêté.
bot-consultation-change = Vous avez déjà envoyé vos réponses. Vous pouvez les modifier jusqu'à la clôture de la consultation.
bot-consultation-question = Question { $n } sur { $total }
bot-consultation-required = Une réponse est nécessaire pour envoyer vos réponses.
bot-consultation-choose-one = Choisissez une réponse.
bot-consultation-choose-many = Appuyez sur les réponses pour les choisir (appuyez à nouveau pour annuler), puis sur « Suivant ».
bot-consultation-scale = Choisissez de 1 à 5. 1 signifie : { $low }. 5 signifie : { $high }.
bot-consultation-rank = Appuyez sur les choix dans l'ordre : d'abord celui que vous préférez. Vous pouvez en laisser certains de côté. Puis appuyez sur « Suivant ».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Recommencer le classement
bot-consultation-write = Écrivez votre réponse dans un message ({ $max } caractères au maximum).
bot-consultation-your-answer = Votre réponse jusqu'ici : { $answer }
bot-consultation-next = Suivant
bot-consultation-skip = Passer
bot-consultation-review = C'était la dernière question. Envoyez vos réponses maintenant, ou enregistrez-les et continuez plus tard.
bot-statement-original = Original ({ $language }) : { $text }
bot-statement-ask = Écrivez votre avis dans un message.
bot-statements-done = Arrêter pour l'instant
bot-statements-thanks = Merci de votre participation. Vous pouvez revenir à ce tour d'avis jusqu'à sa clôture.
## Votes
bot-command-votes = Voter sur les priorités
bot-menu-votes = Votes
bot-votes-intro = Votes ouverts à { $municipality }. Choisissez-en un :
bot-votes-none = Il n'y a pas de vote ouvert à { $municipality } en ce moment.
bot-vote-rank-rule = Appuyez sur les options dans l'ordre que vous préférez, votre premier choix d'abord. Vous pouvez laisser des options de côté.
bot-vote-picked = Choisi jusqu'ici : { $count }
bot-vote-budget-left = Budget restant : { $left } sur { $budget }
bot-vote-points-left = Points restants : { $left } sur { $total }
bot-vote-order = Votre ordre jusqu'ici :
bot-vote-nothing = Rien de choisi pour l'instant.
bot-vote-undo = Annuler le dernier
bot-vote-continue = Continuer
bot-vote-confirm = Vérifiez votre vote avant de le déposer :
bot-vote-cast = Déposer mon vote
bot-vote-change = Modifier
bot-vote-cancelled = Arrêté. Votre vote n'a pas été déposé.
bot-vote-receipt = Votre code de reçu : { $code }
bot-vote-receipt-explained = Gardez ce code : il n'est affiché qu'une fois. Quand les résultats seront publiés, il vous permettra de vérifier que votre vote a été compté comme vous l'avez déposé. Personne d'autre ne peut le relier à vous.
bot-vote-receipt-hash = Dans la liste publiée, votre vote est la ligne avec : { $hash }
bot-vote-ask-receipt = Pour modifier votre vote, envoyez le code de reçu de votre vote précédent (ou /cancel pour arrêter).
bot-notice-summary = Du nouveau sur une recommandation du conseil : { $title }
bot-notice-summary-answered = La ville a répondu à une recommandation à laquelle vous avez contribué : { $title }
bot-notice-summary-done = Une recommandation à laquelle vous avez contribué est réalisée : { $title }
bot-notice-summary-dropped = Une recommandation à laquelle vous avez contribué a été abandonnée : { $title }
bot-notice-summary-overdue = L'échéance d'une recommandation est dépassée : { $title }
bot-notice-summary-forwarded = Une synthèse du conseil a été transmise à la ville : { $title }
