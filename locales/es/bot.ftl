# The Telegram bot. Plain text (no markup); placeables are isolated by Fluent, so names and
# numbers keep their direction inside Arabic and Persian sentences. Keep messages short:
# people read them on small phones.

## Commands (the menu Telegram shows, and /help)
bot-command-start = Elegir idioma y ciudad
bot-command-new = Plantear un tema
bot-command-my = Mis temas y en qué están
bot-command-settings = Qué notificaciones recibo
bot-command-language = Cambiar el idioma
bot-command-help = Qué puede hacer este bot
bot-command-cancel = Parar lo que estoy haciendo
bot-command-link = Vincular con mi cuenta de la web
bot-command-export = Descargar mis datos
bot-command-delete = Borrar mis datos
bot-help-intro = Con Chorus puedes plantear temas a tu ciudad y seguir qué pasa con ellos. Usas el bot de forma anónima: solo guarda el número de este chat y lo que eliges. Comandos:

## Start
bot-choose-language = ¿Qué idioma quieres usar?
bot-language-chosen = Idioma: { $language }
bot-choose-municipality = ¿En qué ciudad vives?
bot-municipality-chosen = Ciudad: { $municipality }

## Menu
bot-menu-intro = ¿Qué quieres hacer?
bot-menu-new = Plantear un tema
bot-menu-my = Mis temas
bot-menu-settings = Notificaciones
bot-menu-help = Ayuda
bot-cancelled = Cancelado. No se envió nada.
bot-cancel = Cancelar

## Raising an issue
bot-issue-choose-theme = ¿De qué trata tu tema? ({ $municipality })
bot-issue-ask-title = Escribe un título corto para tu tema (de 5 a 150 caracteres).
bot-issue-ask-body = Ahora describe el tema con tus propias palabras, en el idioma que quieras (al menos 20 caracteres).
bot-issue-similar = Ya hay un tema parecido: { $title } (apoyos: { $supports }). Puedes apoyar ese tema o seguir con el tuyo.
bot-issue-confirm = Revisa tu tema antes de enviarlo: { $title }. Idioma: { $language }.
bot-issue-language-unknown = no reconocido — elige uno
bot-issue-post = Enviar
bot-issue-change-language = Elegir el idioma
bot-issue-choose-language = ¿En qué idioma escribiste?
bot-issue-anonymous-on = Anónimo: sí
bot-issue-anonymous-off = Anónimo: no
bot-issue-cancelled = Tu tema no se envió.
bot-issue-submitted = Gracias. Tu tema (número { $id }) se envió. Un moderador lo revisará antes de publicarlo.
bot-issue-published = Gracias. Tu tema (número { $id }) está publicado.
bot-issue-card = { $title } (apoyos: { $supports })
bot-support = Apoyar este tema
bot-supported = Gracias por tu apoyo
bot-supported-issue = Apoyas: { $title }
bot-open-portal = Abrir en la web
bot-voice-where = Para plantear un tema con un mensaje de voz, empieza con /new y elige una categoría.
bot-voice-confirm = Tu mensaje de voz ({ $seconds } segundos). Idioma: { $language }. Una persona voluntaria lo pasará a texto antes de publicarlo.
bot-voice-submitted = Gracias. Tu mensaje de voz (tema número { $id }) se envió. Una persona voluntaria lo pasará a texto y un moderador lo revisará.

## My issues
bot-my-none = Todavía no has planteado ningún tema.
bot-my-title = { $count ->
    [one] Tu tema:
   *[other] Tus { $count } temas:
}
bot-my-line = • { $title }: { $status }

## Notifications
bot-notice-issue = Novedades sobre { $title }: { $status }
bot-notice-ballot = Se publicaron los resultados de una votación en la que participaste: { $title }
bot-notice-consultation = Se publicaron los resultados de una consulta en la que participaste: { $title }
bot-notice-ballot-opened = Nueva votación abierta: { $title }
bot-notice-consultation-opened = Nueva consulta abierta: { $title }
bot-settings-intro = Elige qué notificaciones recibes. Pulsa un botón para activarla o desactivarla.
bot-settings-on = { $what }: sí
bot-settings-off = { $what }: no
bot-settings-saved = Guardado
bot-settings-issue = Mis temas y los temas que apoyo
bot-settings-ballot = Votaciones
bot-settings-consultation = Consultas
bot-settings-summary = Resúmenes del consejo y respuestas

## My data
bot-export-caption = Todo lo que Chorus guarda sobre ti.
bot-delete-confirm = ¿Borrar tu cuenta y tus datos? Tus temas y comentarios se eliminan o se quedan como anónimos, según lo que decidió tu ciudad. No se puede deshacer.
bot-delete-yes = Sí, borrar
bot-delete-no = No, conservar
bot-delete-kept = No se borró nada.
bot-delete-done = Tus datos se borraron. Si vuelves a escribir, empiezas con una cuenta nueva y vacía.
bot-link-ask = Para usar aquí tu cuenta de la web, consigue un código en la página de tu cuenta. Luego envía /link y el código.
bot-link-done = Este chat ahora usa tu cuenta { $name }.
bot-link-wrong = Este código no es correcto o ha caducado. Consigue uno nuevo en la web.
bot-link-has-content = Este chat ya ha participado (temas, apoyos, votaciones o respuestas), así que no se puede vincular a otra cuenta. Antes puedes descargar sus datos con /export o borrarlos con /delete.

## When something does not fit
bot-use-buttons = Usa los botones de arriba, o /cancel para parar.
bot-only-text = Lo siento, aquí solo puedo leer mensajes de texto.
bot-edit-ignored = Si cambias un mensaje que ya enviaste, no cambia lo que yo recibí. Mejor envía un mensaje nuevo.
bot-unknown-command = No conozco este comando. En /help ves lo que puedo hacer.
bot-button-expired = Este botón ya no es válido.
bot-unknown-button = Este botón ya no es válido.
bot-not-found = Esto ya no existe, o no es público.
bot-not-allowed = No tienes permiso para hacer esto.
bot-too-many = Demasiados intentos. Espera un poco y vuelve a intentarlo.
bot-too-large = Esto es demasiado grande.
bot-error = Algo salió mal por nuestra parte. Inténtalo de nuevo más tarde.

## Consultations
bot-command-consultations = Consultas abiertas: cuestionarios y rondas de opiniones
bot-menu-consultations = Consultas
bot-consultations-title = Consultas abiertas en { $municipality }. Elige una:
bot-consultations-none = Ahora mismo no hay ninguna consulta abierta en { $municipality }.
bot-consultations-item = { $title } ({ $kind })
bot-consultation-start = Responde una pregunta cada vez. Puedes saltar una pregunta, guardar y seguir más tarde, y enviar tus respuestas al final.
bot-consultation-resume = Ya guardaste respuestas antes. Seguimos donde lo dejaste.
bot-consultation-change = Ya enviaste tus respuestas. Puedes cambiarlas hasta que la consulta se cierre.
bot-consultation-question = Pregunta { $n } de { $total }
bot-consultation-required = Hace falta una respuesta para enviar.
bot-consultation-choose-one = Elige una respuesta.
bot-consultation-choose-many = Pulsa las respuestas para elegirlas (púlsalas otra vez para quitarlas) y luego pulsa «Siguiente».
bot-consultation-scale = Elige del 1 al 5. 1 significa: { $low }. 5 significa: { $high }.
bot-consultation-rank = Pulsa las opciones en orden: primero la que más prefieres. Puedes dejar algunas fuera. Luego pulsa «Siguiente».
bot-consultation-ranked = { $rank }. { $choice }
bot-consultation-rank-again = Empezar el orden de nuevo
bot-consultation-write = Escribe tu respuesta en un mensaje (como máximo { $max } caracteres).
bot-consultation-your-answer = Tu respuesta hasta ahora: { $answer }
bot-consultation-next = Siguiente
bot-consultation-skip = Saltar
bot-consultation-review = Esa era la última pregunta. Envía tus respuestas ahora, o guárdalas y sigue más tarde.
bot-statement-original = Original ({ $language }): { $text }
bot-statement-ask = Escribe tu opinión en un mensaje.
bot-statements-done = Parar por ahora
bot-statements-thanks = Gracias por participar. Puedes volver a esta ronda hasta que se cierre.
## Votes
bot-command-votes = Votar prioridades
bot-menu-votes = Votaciones
bot-votes-intro = Votaciones abiertas en { $municipality }. Elige una:
bot-votes-none = Ahora no hay ninguna votación abierta en { $municipality }.
bot-vote-rank-rule = Pulsa las opciones en el orden que prefieras, primero tu primera elección. Puedes dejar opciones fuera.
bot-vote-picked = Elegido hasta ahora: { $count }
bot-vote-budget-left = Presupuesto restante: { $left } de { $budget }
bot-vote-points-left = Puntos restantes: { $left } de { $total }
bot-vote-order = Tu orden hasta ahora:
bot-vote-nothing = Todavía no has elegido nada.
bot-vote-undo = Deshacer la última
bot-vote-continue = Continuar
bot-vote-confirm = Revisa tu voto antes de emitirlo:
bot-vote-cast = Emitir mi voto
bot-vote-change = Cambiar
bot-vote-cancelled = Cancelado. Tu voto no se emitió.
bot-vote-receipt = Tu código de comprobante: { $code }
bot-vote-receipt-explained = Guarda este código: solo se muestra una vez. Cuando se publiquen los resultados, te permite comprobar que tu voto se contó tal como lo emitiste. Nadie más puede relacionarlo contigo.
bot-vote-receipt-hash = En la lista publicada, tu voto es la línea con: { $hash }
bot-vote-ask-receipt = Para cambiar tu voto, envía el código de comprobante de tu voto anterior (o /cancel para parar).
bot-notice-summary = Novedades sobre una recomendación del consejo: { $title }
bot-notice-summary-answered = El ayuntamiento respondió a una recomendación en la que usted participó: { $title }
bot-notice-summary-done = Una recomendación en la que usted participó está hecha: { $title }
bot-notice-summary-dropped = Una recomendación en la que usted participó se abandonó: { $title }
bot-notice-summary-overdue = El plazo de una recomendación ha vencido: { $title }
bot-notice-summary-forwarded = Un resumen del consejo se envió al ayuntamiento: { $title }
