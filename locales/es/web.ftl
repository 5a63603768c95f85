home-title = Haz oír tu voz en tu ciudad
home-intro = Con Chorus puedes plantear temas en tu propio idioma, participar en las consultas de tu consejo consultivo de personas migrantes y ver qué hace la ciudad con todo ello.
home-choose = Elige tu ciudad
home-none = Todavía no hay ninguna ciudad configurada.
home-safety-title = Tu seguridad
home-safety = Puedes usar un seudónimo. El correo electrónico es opcional. Nunca te preguntamos de dónde vienes ni qué papeles tienes.

notice-account-deleted = Tu cuenta y tus datos personales se han borrado.
notice-signed-out = Has cerrado la sesión.

municipality-intro = Te damos la bienvenida a Chorus en { $name }.
municipality-your-roles = Aquí participas como:
municipality-join = Unirse a { $name }
municipality-register = Crea una cuenta para participar
municipality-languages = Idiomas
municipality-moderation = Cómo se revisan las publicaciones

team-title = Equipo
team-intro = Las personas que traducen, moderan, forman parte del consejo o responden en nombre de la ciudad.
team-empty = Aquí todavía nadie tiene un rol en el equipo.
team-person = Persona
team-role = Rol
team-since = Desde

form-has-errors = Corrige lo siguiente, por favor:

register-title = Crear una cuenta
register-intro = Elige un nombre que verán las demás personas. No tiene que ser tu nombre real.
register-username = Nombre de usuario
register-username-hint = De 3 a 32 letras o números, en cualquier alfabeto. También puedes usar - _ y .
register-password = Contraseña
register-password-hint = Al menos 8 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.
register-password-confirm = Escribe otra vez la contraseña
register-email = Correo electrónico (opcional)
register-email-hint = Solo sirve para ayudarte a volver a entrar en tu cuenta. Puedes dejarlo vacío.
register-language = Idioma
register-municipality = Tu ciudad (opcional)
register-municipality-none = Elegir más tarde
register-privacy = No te pedimos tu nacionalidad, tu situación de residencia ni tu documento de identidad, y no guardamos tu dirección IP.
register-submit = Crear cuenta
register-have-account = ¿Ya tienes una cuenta?

code-title = Tu código de recuperación
code-intro = Apunta este código y guárdalo en un lugar seguro. Es la única forma de volver a entrar en tu cuenta si olvidas tu contraseña y no tienes correo electrónico.
code-keep-safe = Solo lo mostramos una vez. Cada código sirve una sola vez; cuando lo usas, recibes uno nuevo.
code-continue = Ya lo he apuntado

login-title = Entrar
login-username = Nombre de usuario
login-password = Contraseña
login-submit = Entrar
login-remember = Mantener la sesión abierta en este dispositivo
login-remember-hint = Solo en un teléfono o un ordenador tuyo. En un ordenador que usan otras personas, deja esto sin marcar: la sesión se cierra después de unas horas sin actividad.
login-notice-password-failures = Hemos cerrado tu sesión porque la contraseña actual se escribió mal demasiadas veces. Vuelve a entrar, por favor.
login-no-account = Crear una cuenta
login-forgot = ¿Olvidaste tu contraseña? Usa tu código de recuperación
login-have-reset-code = Tengo un código de restablecimiento que me dio un administrador

recover-title = Usa tu código de recuperación
recover-intro = Escribe tu nombre de usuario, el código de recuperación que apuntaste y una contraseña nueva.
recover-code = Código de recuperación
recover-code-hint = Por ejemplo 7K2QD-M9XAT-4HBEW-PC0RN. Puedes usar mayúsculas o minúsculas.
recover-no-code = ¿No tienes código? Pide ayuda a una asociación o al equipo de Chorus de tu ciudad: después de reunirse contigo, pueden darte un código de restablecimiento.

reset-title = Usar un código de restablecimiento
reset-intro = Un administrador te dio un código de restablecimiento después de reunirse contigo. Escríbelo junto con tu nombre de usuario y una contraseña nueva.
reset-code = Código de restablecimiento
reset-code-hint = El código vale durante un tiempo limitado y solo sirve una vez.

account-title = Mi cuenta
account-signed-in-as = Has entrado como
account-roles = Dónde participas
account-no-roles = Todavía no te has unido a ninguna ciudad.
account-language = Idioma
account-language-label = Idioma de las páginas
account-language-save = Guardar idioma
account-security = Seguridad
account-data = Tus datos
account-data-intro = Descarga todo lo que Chorus guarda sobre ti o borra tu cuenta.
account-export = Descargar mis datos (JSON)

password-title = Cambiar tu contraseña
password-current = Contraseña actual
password-new = Contraseña nueva
password-submit = Guardar la contraseña nueva
password-changed = Tu contraseña se ha cambiado. Hemos cerrado tu sesión en tus otros dispositivos.
password-must-change = Has entrado con una contraseña de un solo uso. Ahora elige tu propia contraseña.

delete-title = Borrar mi cuenta
delete-explained = Esto borra tu nombre, tu correo electrónico, tus ajustes y tus roles. No se puede deshacer. Según las normas de tu ciudad, lo que publicaste se queda como anónimo o se elimina.
delete-export-first = Quizás quieras descargar tus datos antes.
delete-password = Confirma con tu contraseña
delete-submit = Borrar mi cuenta para siempre

admin-title = Administración
admin-municipalities = Ciudades
admin-municipality-new = Añadir una ciudad
admin-municipality-edit = Editar la ciudad
admin-municipality-name = Nombre
admin-municipality-slug = Nombre en la dirección web
admin-municipality-slug-hint = Letras minúsculas, números y guiones, por ejemplo porto-sereno. Aparece en los enlaces.
admin-municipality-languages = Idiomas
admin-municipality-default-language = Idioma predeterminado
admin-municipality-moderation = Moderación
admin-municipality-policy = Cuando se borra una cuenta
admin-actions = Acciones
admin-edit = Editar { $name }
admin-save = Guardar
admin-users = Cuentas
admin-users-search = Buscar una cuenta por nombre de usuario
admin-users-search-submit = Buscar
admin-users-none = No se encontró ninguna cuenta.
admin-user-since = Miembro desde
admin-role-municipality = Ciudad
admin-role-grant = Dar el rol
admin-role-revoke = Quitar el rol
admin-admin-grant = Dar permisos de administración
admin-admin-revoke = Quitar permisos de administración
admin-reset-title = Restablecer la contraseña
admin-reset-explained = Solo después de reunirte con la persona y comprobar que la cuenta es suya: crea un código de restablecimiento de un solo uso y dáselo. Caduca a los pocos días.
admin-reset-issue = Crear un código de restablecimiento
admin-reset-issued = Dale este código a la persona. Solo se muestra ahora.

# Issues: raising, listing and reading them.
municipality-issues = Ver los temas planteados aquí
municipality-raise = Plantear un tema
issues-title = Temas
issues-filter = Filtrar y ordenar
issues-any = Cualquiera
issues-status = Estado
issues-language = Escrito en
issues-sort = Orden
issues-sort-newest = Primero los más nuevos
issues-sort-supported = Primero los más apoyados
issues-apply = Mostrar
issues-none = No hay temas que coincidan. Puedes plantear el primero.
issues-more = Ver más temas
issue-new-title = Plantear un tema
issue-new-intro = Escribe en el idioma que quieras. Describe el problema y, si puedes, qué ayudaría. No escribas nombres, direcciones ni otros datos personales.
issue-field-title = Título
issue-field-title-hint = Una frase corta, de 5 a 150 caracteres.
issue-field-body = ¿Cuál es el problema?
issue-field-body-hint = Al menos 20 caracteres. Di a quién afecta y dónde.
issue-field-theme = Categoría
issue-field-theme-choose = Elige una categoría
issue-field-tags = ¿A quién afecta especialmente? (opcional)
issue-field-neighbourhood = Barrio (opcional)
issue-field-neighbourhood-none = Toda la ciudad
issue-field-anonymous = Mostrarme de forma anónima (el público no verá mi nombre)
issue-continue = Continuar
issue-confirm-preview = Tu tema
issue-confirm-language = Idioma de tu texto
issue-confirm-detected = Creemos que escribiste en { $language }. Si no es así, elige el idioma correcto.
issue-confirm-not-detected = Elige el idioma en el que escribiste.
issue-similar-title = Temas parecidos
issue-similar-intro = Quizás alguien ya planteó esto. Puedes apoyar su tema en lugar del tuyo, o enviar el tuyo.
issue-submit = Enviar mi tema
issue-edit = Cambiar mi texto
issue-submitted-public = Gracias. Tu tema está publicado.
issue-submitted-waiting = Gracias. Un moderador revisará tu tema pronto; te avisaremos en tu cuenta.
issue-by = Planteado por
issue-anonymous-to-public = se muestra de forma anónima al público
issue-by-anonymous = Planteado de forma anónima
issue-written-in = Escrito en { $language }
issue-supports = { $count ->
    [one] { $count } persona lo apoya
   *[other] { $count } personas lo apoyan
}
issue-support = Apoyo este tema
issue-you-support = Apoyas este tema.
issue-withdraw = Retirar mi apoyo
issue-sign-in-to-support = Entra en tu cuenta para apoyar este tema
issue-timeline = Qué ha pasado hasta ahora

# Moderation, reports and notifications.
moderation-title = Cola de moderación
moderation-intro = Temas nuevos y temas con avisos, primero los más antiguos. Cada decisión se guarda con su motivo.
moderation-empty = No hay nada pendiente. ¡Gracias!
moderation-reported = Avisos:
moderation-publish = Publicar
moderation-restore = Restaurar
moderation-dismiss-reports = Dejarlo público (descartar los avisos)
moderation-reason = Motivo (necesario para rechazar u ocultar)
moderation-reason-choose = Elige un motivo
moderation-note = Nota para la persona autora (opcional)
moderation-reject = Rechazar
moderation-hide = Ocultar
moderation-merge-into = Número del tema que repite
moderation-merge = Unir
moderation-redact = Quitar datos personales
moderation-redact-intro = Cambia los nombres, direcciones, números de teléfono y otros datos personales por […]. El texto original se guarda solo para los administradores.
moderation-redact-save = Guardar el texto corregido
notifications-title = Notificaciones
notifications-none = Todavía no hay nada nuevo. Aquí verás las novedades sobre tus temas.
notifications-new = Nueva
notifications-mark-read = Marcar todas como leídas
notification-unavailable = Un tema que sigues ya no es público.
notifications-unread = { $count ->
    [one] { $count } nueva
   *[other] { $count } nuevas
}
report-title = Avisar de un problema con este tema
report-reason = ¿Qué problema hay?
report-submit = Enviar aviso
report-thanks = Gracias. Un moderador lo revisará.
report-thanks-hidden = Gracias. El tema queda oculto hasta que un moderador lo revise.
issue-merged-into = Este tema se unió a otro sobre el mismo problema:
redactions-title = Datos personales quitados (solo administradores)
redacted-issue-title = Título
redacted-issue-body = Descripción
redacted-comment = Comentario
redacted-answer = Respuesta oficial

# The audit log.
audit-title = Registro de decisiones
audit-intro = Todas las decisiones de moderación y administración en esta ciudad: quién, qué, cuándo y por qué.
audit-filter = Mostrar
audit-filter-issues = Decisiones sobre temas
audit-filter-roles = Roles dados y quitados
audit-filter-municipality = Ajustes de la ciudad
audit-filter-all = Todo
audit-empty = Todavía no hay nada registrado.
audit-when = Cuándo
audit-who = Quién
audit-what = Qué
audit-why = Detalles

# Translation.
translate-title = Traducciones
translate-intro = Temas publicados que aún no están en todos los idiomas de esta ciudad, primero los más antiguos. Las traducciones automáticas esperan a que una persona las revise.
translate-empty = Todo está traducido. ¡Gracias!
translate-machine-waiting = traducción automática por revisar
translate-into = Traducir a { $language }
translate-original = Texto original ({ $language })
translate-yours = Tu traducción
translate-review-machine = Esta es una traducción automática. Corrígela si hace falta y guarda: así contará como revisada.
translate-save = Guardar traducción
translation-machine = traducción automática
translation-volunteer = traducido por una persona voluntaria
translation-machine-from = Traducción automática. Idioma original: { $language }
translation-volunteer-from = Traducido por una persona voluntaria. Idioma original: { $language }
translation-show-original = Ver el original
translation-show-translation = Ver la traducción

# Participation: comments, official answers, edits, help, search.
comments-title = { $count ->
    [one] Un comentario
   *[other] { $count } comentarios
}
comment-field-body = Tu comentario
comment-field-body-hint = En el idioma que quieras. Sé amable y no escribas datos personales.
comment-submit = Enviar comentario
comment-sign-in = Entra en tu cuenta para comentar
comment-report = Avisar de un problema con este comentario
comment-deleted-account = Cuenta borrada
comment-published = Gracias. Tu comentario está publicado.
comment-waiting = Gracias. Un moderador revisará tu comentario pronto.
comment-reported = Gracias. Un moderador revisará este comentario.
field-language = Idioma de tu texto
field-language-detect = Reconocerlo automáticamente
answer-title = Respuesta de la ciudad
answer-official = Respuesta oficial
answer-department = Departamento responsable
answer-expected = Fecha prevista
answer-field-body = Respuesta oficial
answer-field-body-hint = Escribe en tu idioma; se traducirá para los residentes.
answer-field-department = Departamento responsable (opcional)
answer-field-expected = Fecha prevista (opcional)
answer-field-expected-hint = Año-mes-día, por ejemplo 2027-03-31.
answer-field-resolved = Esta respuesta resuelve el tema
answer-submit = Publicar la respuesta
answer-posted = La respuesta está publicada. Avisamos a la persona autora y a quienes apoyan el tema.
city-title = Para la ciudad
city-forward = Enviar al consejo
city-resolve = Marcar como resuelto
issue-forwarded = El tema se envió al consejo.
issue-edit-requested = Un moderador te pide que cambies este tema antes de poder publicarlo.
issue-edit-now = Cambiarlo ahora
issue-edit-title = Cambiar tu tema
issue-edit-asked = Un moderador pidió estos cambios:
issue-edit-save = Guardar y enviar a los moderadores
issue-edited = Gracias. Tus cambios se envían a los moderadores.
moderation-ask-edit = Pedir a la persona autora que lo cambie
moderation-issues = Temas
moderation-comments = Comentarios
moderation-comment-on = Comentario sobre el tema
help-title = Ayuda con tu propia situación
help-intro = Estos servicios ayudan a las personas con sus propias preguntas: papeles, ayudas, vivienda, trabajo, salud. Hablan los idiomas que se indican.
help-nothing-stored = Nada de lo que hagas en esta página se guarda ni se publica.
help-none = Esta ciudad todavía no ha añadido ningún servicio de ayuda.
help-languages = Idiomas que hablan:
help-contact = Cómo contactar:
help-raise-instead = ¿Es un problema que comparten muchas personas? Entonces plantea un tema.
help-link = Necesito ayuda con mi propia situación
help-question = ¿Es sobre tu propia situación?
help-question-explained = Si tienes un problema con tus papeles, con una ayuda, con el dueño de tu vivienda o con tu trabajo, un servicio de ayuda te puede aconsejar en persona. Los temas de aquí son para problemas que comparten muchas personas.
issues-search = Buscar temas
issues-search-button = Buscar
issues-search-results = Temas que coinciden con «{ $query }»
issues-sort-answered = Respondidos hace poco
translate-kind-issue = Tema
translate-kind-answer = Respuesta oficial
translate-kind-comment = Comentario
translate-text = Texto
taxonomy-title = Categorías y barrios
taxonomy-intro = Los residentes eligen entre estas opciones cuando plantean un tema. Puedes dar a una categoría un nombre propio, o dejar el nombre vacío para usar el nombre traducido predeterminado.
taxonomy-categories = Categorías
taxonomy-tags = Grupos especialmente afectados
taxonomy-neighbourhoods = Barrios
taxonomy-rename = Cambiar el nombre
taxonomy-remove = Quitar
taxonomy-add = Añadir
taxonomy-add-category = Añadir una categoría
taxonomy-add-tag = Grupo nuevo
taxonomy-add-neighbourhood = Barrio nuevo
taxonomy-dimension = Pertenece a
taxonomy-dimension-choose = Elige
taxonomy-name = Nombre
taxonomy-name-hint = Se muestra tal como está escrito, en todos los idiomas.
services-title = Servicios de ayuda
services-intro = Servicios que aparecen en la página de ayuda de la ciudad, para personas con una pregunta sobre su propia situación.
services-public-page = Ver la página pública
services-add = Añadir un servicio
services-edit = Cambiar
services-name = Nombre
services-description = En qué ayudan
services-languages = Idiomas que se hablan allí
services-contact = Cómo contactar
services-contact-hint = Dirección, horario, teléfono, página web.
issue-support-on-telegram = Apóyalo desde Telegram
issue-voice-transcribe-title = Pasar a texto un mensaje de voz
issue-voice-back = Volver a la cola de moderación
issue-voice-saved = Guardado. Un moderador ya puede publicar el tema.
issue-voice-note = { $seconds ->
    [one] Mensaje de voz, { $seconds } segundo
   *[other] Mensaje de voz, { $seconds } segundos
}
issue-voice-transcribe-hint = Escucha y luego escribe el título y el texto en el idioma hablado. Quita los nombres, las direcciones y todo lo que permita reconocer a una persona.
issue-voice-language = Idioma hablado
issue-voice-save = Guardar la transcripción
issue-voice-untranscribed = Aún sin pasar a texto
issue-voice-transcribe = Pasar a texto lo que dice
issue-voice-placeholder-title = Mensaje de voz
issue-voice-placeholder-body = Este tema se contó en un mensaje de voz; una persona voluntaria lo pasará a texto.
account-telegram = Telegram
account-telegram-intro = Usa Chorus desde Telegram con esta cuenta: consigue aquí un código y envíalo a @{ $bot }.
account-telegram-link = Conseguir un código para vincular Telegram
account-telegram-code = Envía /link { $code } al bot en los próximos 10 minutos. El código sirve una sola vez.
account-telegram-open = Abrir el bot con este código
