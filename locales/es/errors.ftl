error-title-not-found = Página no encontrada
error-title-forbidden = No permitido
error-title-bad-request = Hay un problema con la solicitud
error-title-internal = Algo salió mal
error-not-found = No encontramos esta página. Puede que se haya movido o eliminado.
error-forbidden = Tu cuenta no tiene permiso para ver esta página.
error-unauthorized = Primero entra en tu cuenta, por favor.
error-csrf = Este formulario ha caducado o se envió desde otro sitio. Vuelve atrás, recarga la página e inténtalo de nuevo. Para los formularios, Chorus necesita que las cookies estén permitidas.
error-too-many-requests = Demasiados intentos. Espera un minuto y vuelve a intentarlo.
error-too-large = Lo que enviaste es demasiado grande.
error-bad-request = No pudimos entender esta solicitud.
error-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
error-timeout = Esto tardó demasiado. Inténtalo de nuevo.
error-validation = Hay campos que debes corregir.
error-internal = Lo sentimos, algo salió mal por nuestra parte. Inténtalo de nuevo más tarde.
error-database = La base de datos no está disponible.
error-code = Error { $status }
error-go-home = Ir a la página de inicio

username-required = Elige un nombre de usuario.
username-too-short = El nombre de usuario necesita al menos 3 caracteres.
username-too-long = El nombre de usuario puede tener como máximo 32 caracteres.
username-invalid-characters = Usa solo letras, números, - _ y . (empezando por una letra o un número).
username-reserved = Este nombre está reservado. Elige otro, por favor.
username-taken = Este nombre de usuario ya está en uso. Elige otro, por favor.
username-mixed-scripts = Usa letras de un solo alfabeto (los números, - _ y . están bien).
username-too-similar = Este nombre se parece demasiado a uno que ya existe. Elige otro, por favor.

password-required = Elige una contraseña.
password-too-short = La contraseña necesita al menos 8 caracteres.
password-too-long = La contraseña es demasiado larga.
password-same-as-username = La contraseña no puede ser tu nombre de usuario.
password-too-common = Esta contraseña es demasiado común y fácil de adivinar. Prueba con unas palabras que signifiquen algo para ti.
password-mismatch = Las dos contraseñas no son iguales.
password-wrong = Esta contraseña no es correcta.

email-invalid = Esto no parece una dirección de correo electrónico. También puedes dejarlo vacío.
language-unknown = Elige un idioma de la lista.
role-unknown = Rol desconocido.
code-invalid = Este código no es válido, ha caducado o ya se ha usado.

login-failed = No se pudo entrar. Revisa el nombre de usuario y la contraseña. Después de varios intentos fallidos, para entrar desde un dispositivo nuevo hay que esperar unos minutos; tu código de recuperación siempre funciona.
login-one-time-expired = Esta contraseña de un solo uso ha caducado. Pide a un administrador un nuevo código de restablecimiento.

municipality-unknown = Elige una ciudad de la lista.
municipality-name-invalid = El nombre necesita entre 2 y 100 caracteres.
municipality-slug-invalid = Usa entre 2 y 40 letras minúsculas, números y guiones.
municipality-slug-taken = Otra ciudad ya usa este nombre en su dirección web.
municipality-languages-required = Elige al menos un idioma.
municipality-default-language-invalid = El idioma predeterminado debe ser uno de los idiomas elegidos.
municipality-moderation-invalid = Elige cómo se revisan las publicaciones.
municipality-policy-invalid = Elige qué pasa cuando se borra una cuenta.

account-last-admin = Esta es la última cuenta con permisos de administración. Primero da esos permisos a otra persona.

# Issues.
issue-title-required = Escribe un título.
issue-title-too-short = El título necesita al menos 5 caracteres.
issue-title-too-long = El título puede tener como máximo 150 caracteres.
issue-body-required = Describe el tema.
issue-body-too-short = Escribe al menos 20 caracteres.
issue-body-too-long = La descripción puede tener como máximo 5000 caracteres.
issue-theme-required = Elige una categoría de la lista.
issue-tag-unknown = Elige una opción de la lista.
issue-neighbourhood-unknown = Elige un barrio de la lista.
issue-lang-required = Elige el idioma en el que escribiste.

# Moderation.
moderation-reason-required = Elige un motivo.
moderation-note-too-long = La nota puede tener como máximo 1000 caracteres.
moderation-merge-target-invalid = Indica el número de otro tema publicado de esta ciudad.
moderation-not-allowed = No se puede hacer esto con el tema en su estado actual.
report-reason-required = Elige qué problema hay.

# Translation.
translation-required = Escribe la traducción.
translation-source-changed = El texto original cambió mientras traducías (por ejemplo, se quitaron datos personales). Revisa tu traducción comparándola con el texto tal como está ahora.
translation-too-long = Es demasiado largo.

# Participation.
comment-required = Escribe tu comentario.
comment-too-short = El comentario es demasiado corto.
comment-too-long = El comentario puede tener como máximo 2000 caracteres.
answer-required = Escribe la respuesta.
answer-too-short = La respuesta necesita al menos 10 caracteres.
answer-too-long = La respuesta puede tener como máximo 5000 caracteres.
answer-department-too-long = El nombre del departamento puede tener como máximo 120 caracteres.
answer-date-invalid = Indica una fecha real, escrita año-mes-día (por ejemplo 2027-03-31).
status-change-not-allowed = Ahora el tema no puede pasar a ese estado.
issue-edit-not-requested = Nadie pidió cambiar este tema.
taxonomy-name-required = Escribe un nombre.
taxonomy-name-too-long = El nombre puede tener como máximo 80 caracteres.
taxonomy-name-taken = Este nombre ya está en uso.
taxonomy-dimension-required = Elige a qué área pertenece la categoría.
taxonomy-category-in-use = Hay temas que usan esta categoría, así que no se puede quitar. Puedes cambiarle el nombre.
service-name-invalid = Indica un nombre de 2 a 120 caracteres.
service-description-too-long = La descripción puede tener como máximo 1000 caracteres.
service-contact-invalid = Indica datos de contacto de 2 a 500 caracteres.
service-languages-invalid = Elige al menos un idioma que se hable allí.
posting-too-often = Has publicado mucho en la última hora. Espera un poco antes de volver a publicar; tu texto se guarda aquí abajo.
issue-voice-too-large = Este mensaje de voz es demasiado largo. Debe durar menos de dos minutos.
issue-voice-empty = El mensaje de voz está vacío.
issue-voice-not-waiting = Este tema ya no está esperando moderación.
moderation-transcribe-first = Pasa a texto lo que dice el mensaje de voz antes de publicar el tema.
