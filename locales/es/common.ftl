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

# Issues: theme taxonomy (dimensions, categories, tags) and statuses.
dimension-socio-economic = Vida diaria y trabajo
dimension-legal-political = Derechos y participación
dimension-cultural = Idioma y cultura
dimension-other = Otros
theme-employment = Trabajo y emprendimiento
theme-qualifications = Reconocimiento de títulos y competencias
theme-education = Educación y escuelas
theme-housing = Vivienda y barrio
theme-health = Salud (también salud mental y materna)
theme-welfare = Ayudas sociales y servicios públicos
theme-family = Familia y cuidado de niños
theme-transport = Transporte y accesibilidad
theme-residence = Permisos de residencia y trámites
theme-participation = Participación política y ciudadanía
theme-discrimination = Discriminación, racismo y seguridad
theme-language-learning = Aprender el idioma
theme-culture = Cultura, religión y convivencia
theme-other = Otra cosa
theme-women = Mujeres
theme-youth = Jóvenes
theme-elderly = Personas mayores
theme-refugees = Personas refugiadas y solicitantes de asilo
theme-newcomers = Personas recién llegadas (menos de un año)
theme-disability = Discapacidad
theme-rural = Zonas rurales
status-submitted = Esperando a un moderador
status-published = Publicado
status-forwarded = Enviado al consejo
status-answered = Respondido por la ciudad
status-resolved = Resuelto
status-rejected = No publicado
status-merged = Unido a otro tema
status-hidden = Oculto

# Moderation: reasons shown to authors, and report reasons.
status-redacted = Datos personales quitados
reason-personal-data = Contiene datos personales
reason-offensive = Es ofensivo o incita al odio
reason-individual-case = Es un caso personal, no un tema de toda la ciudad (los servicios de ayuda te pueden orientar)
reason-not-municipal = La ciudad no puede actuar en esto
reason-duplicate = El mismo tema ya se había planteado
reason-other = Otro motivo (mira la nota)
reason-reported = Varias personas avisaron de un problema; esperando a un moderador
reason-restored = Restaurado por un moderador después de revisarlo
report-offensive = Es ofensivo o incita al odio
report-personal-data = Muestra datos personales de alguien
report-spam = Es publicidad o spam
report-false = Es falso o engañoso
report-other = Otra cosa

# Participation: statuses of edits and comments, and what the city does.
status-edit-requested = El moderador pidió cambios
status-edited = Cambiado por la persona autora
status-comment-published = Tu comentario se ha publicado
status-comment-rejected = Tu comentario no se ha publicado
status-comment-hidden = Tu comentario se ha ocultado
