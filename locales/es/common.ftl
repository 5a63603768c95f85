# Language metadata: the language's own name, and its writing direction (ltr or rtl).
meta-language-name = Español
meta-direction = ltr

nav-skip = Ir al contenido principal
nav-label = Menú principal
nav-account = Mi cuenta
nav-admin = Administración
nav-login = Entrar
nav-logout = Salir
nav-register = Crear una cuenta
nav-language = Idioma

footer-privacy = Chorus nunca te pide tu nacionalidad, tu situación de residencia ni tus documentos de identidad. Puedes descargar o borrar tus datos cuando quieras.

role-resident = Residente
role-translator = Traductor
role-moderator = Moderador
role-council-member = Miembro del consejo
role-official = Personal municipal
role-admin = Administrador

moderation-pre = Revisión antes de publicar
moderation-post = Revisión después de publicar
moderation-pre-explained = Un moderador revisa cada publicación nueva antes de que otras personas puedan verla.
moderation-post-explained = Las publicaciones nuevas se ven enseguida; los moderadores las revisan después.

policy-anonymize = Cuando alguien borra su cuenta, conservar lo que publicó, mostrado como anónimo.
policy-remove = Cuando alguien borra su cuenta, eliminar todo lo que publicó.
