# Textos de la interfaz en español, en Fluent (https://projectfluent.org/).
# Conserve cada { $variable }: el widget la rellena. Solo texto y { $variables }.

language-name = Español
direction = ltr

title = Fuerza, fraude y coerción: la ley de Maine sobre trata de personas con fines de explotación sexual
region-label = Fuerza, fraude y coerción: la ley de Maine sobre trata de personas con fines de explotación sexual
back = Atrás
next = Siguiente
progress = Paso { $n } de { $total }
announce = Paso { $n } de { $total }: { $title }
sources-heading = Fuentes
not-legal-advice = Esto es educación, no asesoría legal. Para recibir asesoría legal sobre su situación, hable con un abogado o una abogada. Una persona de apoyo puede acompañarle y ayudarle con los próximos pasos.
# La fecha de abajo es cuándo se comparó el texto por última vez con las notas de investigación
# del proyecto, que citan las fuentes; no es una fecha en la que se volvieran a leer todas las fuentes.
last-reviewed = Última comparación del texto con nuestras notas sobre sus fuentes: { $date }.
nav-label = Recorrido
reviewed-on = 2 de diciembre de 2026
help-label = Ayuda
call = Llamar al
text = Enviar un mensaje de texto al
tty = TTY
right = Correcto.
not-quite = No exactamente.
your-answer = Su respuesta
start-over = Empezar de nuevo
explorer-back = Volver una pregunta
only-a-court = Solo un tribunal puede decidir si hubo un delito.
contents = Contenido
# La etiqueta del selector de idioma.
language = Idioma


## Diseño del recorrido: pasos opcionales, el explorador, el resumen de la clasificación, el final.
visited = visitado
optional = Contexto opcional
explorer-progress = Pregunta { $n } de { $total } como máximo
get-help = Dónde pedir ayuda
sort-summary = { $right } de { $total } correctas.
look-again = Vuelva a mirar estas:
finished = Ha terminado
finished-text = Gracias por tomarse el tiempo de aprender esto. Si usted o alguien que conoce necesita ayuda, puede comunicarse con:
start-again = Empezar otra vez
educators = Para educadores
## Modo de presentación y folleto impreso.
present = Presentar
print = Imprimir guía del docente
print-sheet = Imprimir hoja del estudiante
speaker-notes = Notas para quien presenta
content-warning = Aviso de contenido: { $warning }
talking-points = Puntos clave
ask-the-room = Preguntas para el grupo
scenario-notes = Sobre los casos
timer = Clase { $lesson } · este paso { $step } de unos { $minutes } min
next-up = Siguiente: { $title }
last-step = Este es el último paso.
show-choices = Mostrar las opciones
cover = Tapar la pantalla del público (B)
uncover = Destapar la pantalla del público (B)
covered = La pantalla del público está tapada.
open-audience = Abrir la ventana del público
full-screen = Pantalla completa (F)
leave-present = Salir del modo de presentación
presenter-label = Controles de presentación
paused = En pausa
glossary = Glosario
answers = Respuestas
answer = Respuesta: { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = Este paso es una comprobación interactiva: pruébela en el recorrido.

## La comprobación de mito o hecho (check.toml): se ofrece en el primer paso y otra vez al final.
check-title = ¿Qué sabe?
check-offer = Antes de empezar, puede comprobar lo que sabe: { $count } afirmaciones, cada una es un mito o una realidad. Si las responde otra vez al final, verá cómo le fue. Sus respuestas no se guardan ni se envían a ningún sitio. Se olvidan cuando sale de esta página o usa Salida rápida.
check-start = Comprobar lo que sé
check-wait = Gracias. Si responde otra vez al final, verá cómo le fue, y por qué.
check-again-title = ¿Qué sabe ahora?
check-again-offer = Responda { $count } afirmaciones, cada una es un mito o una realidad, y luego vea la explicación de cada respuesta. Si las respondió al principio, verá qué cambió.
check-again-start = Comprobar lo que sé ahora
check-myth = Mito
check-fact = Realidad
check-is-myth = Es un mito.
check-is-fact = Es una realidad.
check-summary = Al principio: { $before } de { $total } correctas. Ahora: { $after } de { $total } correctas.
check-summary-now = { $after } de { $total } correctas.
check-before = Al principio: { $answer }.
check-now = Ahora: { $answer }.
check-unanswered = sin respuesta
## Modo de presentación: el grupo responde levantando la mano; los recuentos se quedan en la ventana de quien presenta.
check-hands-help = Lea cada afirmación. Pregunte quién cree que es un mito, luego quién cree que es una realidad, y escriba el número de manos levantadas. Deje una casilla vacía para saltarla. Estos números se quedan solo en esta ventana.
check-hands = Manos levantadas por «{ $answer }»
check-chart = Respuestas correctas en el grupo, al principio y al final (porcentaje de manos levantadas)
check-statement = Afirmación
check-column-before = Al principio
check-column-after = Al final

## Los tipos de fuente: se muestran junto a cada fuente, y como títulos del paso Fuentes.
kind-official-text = Texto oficial
kind-copy = Copia de una ley
kind-official-page = Página oficial
kind-summary = Resumen
kind-news = Noticias
kind-post-2013 = El artículo de 2013
kind-current-law = Consulte la ley vigente

## Se muestra encima del recorrido en una traducción que ninguna persona nativa ha revisado todavía
## (review.toml), con un control que muestra el mismo paso en inglés.
unreviewed = Ninguna persona de habla nativa ha revisado todavía esta traducción.
read-in-english = Leer este paso en inglés

## Las palabras del cargador: se ven antes de que cargue el recorrido, y en la salida rápida.
loader-exit = Salida rápida
loader-skip = Ir al recorrido
loader-loading = Cargando el recorrido…
loader-failed = No se pudo cargar el recorrido. Intente recargar la página. El botón Salida rápida sigue funcionando.
loader-leaving = Saliendo de esta página.
loader-blocked = Esta página está oculta. Para salir, cierre esta pestaña o ventana.
loader-one = Tecla Shift presionada una vez. Presiónela 2 veces más para salir de esta página.
loader-two = Tecla Shift presionada dos veces. Presiónela una vez más para salir de esta página.
loader-timeout = Salida rápida cancelada. Presione Shift 3 veces en menos de 5 segundos para salir.
loader-unheard = Presionar Shift 3 veces no funciona mientras esté en otra parte de esta página. Use el botón Salida rápida.
