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
