# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Français
meta-direction = ltr

nav-skip = Aller au contenu principal
nav-label = Menu principal
nav-account = Mon compte
nav-admin = Administration
nav-login = Se connecter
nav-logout = Se déconnecter
nav-register = Créer un compte
nav-language = Langue

footer-privacy = Chorus ne vous demande jamais votre nationalité, votre situation de séjour ou vos papiers d'identité. Vous pouvez télécharger ou supprimer vos données à tout moment.

role-resident = Habitant
role-translator = Traducteur
role-moderator = Modérateur
role-council-member = Membre du conseil
role-official = Agent de la ville
role-admin = Administrateur

moderation-pre = Vérification avant publication
moderation-post = Vérification après publication
moderation-pre-explained = Un modérateur vérifie chaque nouvelle publication avant que d'autres personnes puissent la voir.
moderation-post-explained = Les nouvelles publications sont visibles tout de suite ; les modérateurs les vérifient ensuite.

policy-anonymize = Quand quelqu'un supprime son compte, garder ce que la personne a publié, affiché comme anonyme.
policy-remove = Quand quelqu'un supprime son compte, supprimer tout ce que la personne a publié.

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Vie quotidienne et travail
dimension-legal-political = Droits et participation
dimension-cultural = Langue et culture
dimension-other = Autre
theme-employment = Travail et création d'entreprise
theme-qualifications = Reconnaissance des diplômes et des compétences
theme-education = Éducation et école
theme-housing = Logement et quartier
theme-health = Santé (y compris santé mentale et santé maternelle)
theme-welfare = Aides sociales et services publics
theme-family = Famille et garde d'enfants
theme-transport = Transports et accessibilité
theme-residence = Titres de séjour et démarches administratives
theme-participation = Participation politique et citoyenneté
theme-discrimination = Discriminations, racisme et sécurité
theme-language-learning = Apprendre la langue
theme-culture = Culture, religion et vivre-ensemble
theme-other = Autre chose
theme-women = Femmes
theme-youth = Jeunes
theme-elderly = Personnes âgées
theme-refugees = Réfugiés et demandeurs d'asile
theme-newcomers = Nouveaux arrivants (moins d'un an)
theme-disability = Handicap
theme-rural = Zones rurales
status-submitted = En attente d'un modérateur
status-published = Publié
status-forwarded = Transmis au conseil
status-answered = Réponse de la ville
status-resolved = Résolu
status-rejected = Non publié
status-merged = Regroupé avec un autre signalement
status-hidden = Masqué

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Données personnelles retirées
reason-personal-data = Le texte contient des données personnelles
reason-offensive = Le texte est offensant ou haineux
reason-individual-case = C'est une situation personnelle, pas un problème pour toute la ville (les services d'aide peuvent vous conseiller)
reason-not-municipal = La ville ne peut pas agir sur ce sujet
reason-duplicate = Le même problème a déjà été signalé
reason-other = Autre raison (voir la note)
reason-reported = Plusieurs personnes ont alerté la modération ; en attente d'un modérateur
reason-restored = Rétabli par un modérateur après vérification
report-offensive = C'est offensant ou haineux
report-personal-data = Cela montre des données personnelles de quelqu'un
report-spam = C'est de la publicité ou du spam
report-false = C'est faux ou trompeur
report-other = Autre chose

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = Le modérateur a demandé des modifications
status-edited = Modifié par l'auteur
status-comment-published = Votre commentaire a été publié
status-comment-rejected = Votre commentaire n'a pas été publié
status-comment-hidden = Votre commentaire a été masqué
