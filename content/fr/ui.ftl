# Textes de l'interface en français, en Fluent (https://projectfluent.org/).
# Gardez chaque { $variable } : le widget la remplit. Uniquement du texte et des { $variables }.

language-name = Français
direction = ltr

title = Force, fraude et contrainte : la loi du Maine sur la traite à des fins d'exploitation sexuelle
region-label = Force, fraude et contrainte : la loi du Maine sur la traite à des fins d'exploitation sexuelle
back = Retour
next = Suivant
progress = Étape { $n } sur { $total }
announce = Étape { $n } sur { $total } : { $title }
sources-heading = Sources
not-legal-advice = Ceci est de l'information, pas un conseil juridique. Pour un conseil juridique sur votre situation, parlez à un avocat ou une avocate. Un service d'aide aux victimes peut vous apporter du soutien et vous aider pour la suite.
# La date ci-dessous est celle de la dernière comparaison du texte avec les notes de recherche du
# projet, qui citent les sources ; ce n'est pas une date à laquelle chaque source a été relue.
last-reviewed = Texte comparé pour la dernière fois avec nos notes sur ses sources : { $date }.
nav-label = Parcours
reviewed-on = 2 décembre 2026
help-label = Aide
call = Appeler le
text = Texto au
tty = ATS
right = Exact.
not-quite = Pas tout à fait.
your-answer = Votre réponse
start-over = Recommencer
explorer-back = Revenir d'une question
only-a-court = Seul un tribunal peut décider si une infraction a été commise.
contents = Sommaire
# L'étiquette du choix de la langue.
language = Langue


## Conception du parcours : étapes facultatives, l'explorateur, le bilan du tri, la fin.
visited = consultée
optional = Contexte facultatif
explorer-progress = Question { $n } sur { $total } au plus
get-help = Où trouver de l'aide
sort-summary = { $right } sur { $total } justes.
look-again = Revoyez ceux-ci :
finished = Vous avez terminé
finished-text = Merci d'avoir pris le temps d'apprendre cela. Si vous ou une personne que vous connaissez avez besoin d'aide, vous pouvez joindre :
start-again = Recommencer le parcours
educators = Pour les enseignants
## Mode présentation et document imprimé.
present = Présenter
print = Imprimer le guide de l'enseignant
print-sheet = Imprimer la fiche de l'élève
speaker-notes = Notes pour la présentation
content-warning = Avertissement sur le contenu : { $warning }
talking-points = Points clés
ask-the-room = Questions pour le groupe
scenario-notes = À propos des cas
timer = Séance { $lesson } · cette étape { $step } sur environ { $minutes } min
next-up = Ensuite : { $title }
last-step = C'est la dernière étape.
show-choices = Afficher les choix
cover = Masquer l'écran du public (B)
uncover = Afficher l'écran du public (B)
covered = L'écran du public est masqué.
open-audience = Ouvrir la fenêtre du public
full-screen = Plein écran (F)
leave-present = Quitter le mode présentation
presenter-label = Commandes de présentation
paused = En pause
glossary = Glossaire
answers = Réponses
answer = Réponse : { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = Cette étape est une vérification interactive : essayez-la dans le parcours.

## Le quiz « mythe ou fait » (check.toml) : proposé à la première étape, puis à nouveau à la fin.
check-title = Que savez-vous ?
check-offer = Avant de commencer, vous pouvez vérifier ce que vous savez : { $count } affirmations, chacune est un mythe ou une réalité. Si vous y répondez de nouveau à la fin, vous verrez vos résultats. Vos réponses ne sont ni enregistrées ni envoyées nulle part. Elles sont oubliées quand vous quittez cette page ou utilisez Sortie rapide.
check-start = Vérifier ce que je sais
check-wait = Merci. Si vous répondez de nouveau à la fin, vous verrez si vous aviez juste, et pourquoi.
check-again-title = Que savez-vous maintenant ?
check-again-offer = Répondez à { $count } affirmations, chacune est un mythe ou une réalité, puis lisez l'explication de chaque réponse. Si vous y avez répondu au début, vous verrez ce qui a changé.
check-again-start = Vérifier ce que je sais maintenant
check-myth = Mythe
check-fact = Réalité
check-is-myth = C'est un mythe.
check-is-fact = C'est une réalité.
check-summary = Au début : { $before } sur { $total } justes. Maintenant : { $after } sur { $total } justes.
check-summary-now = { $after } sur { $total } justes.
check-before = Au début : { $answer }.
check-now = Maintenant : { $answer }.
check-unanswered = pas de réponse
## Mode présentation : le groupe répond à main levée ; les nombres restent dans la fenêtre de la personne qui présente.
check-hands-help = Lisez chaque affirmation. Demandez qui pense que c'est un mythe, puis qui pense que c'est une réalité, et tapez le nombre de mains levées. Laissez une case vide pour la passer. Ces nombres restent uniquement dans cette fenêtre.
check-hands = Mains levées pour « { $answer } »
check-chart = Bonnes réponses dans le groupe, au début et à la fin (pourcentage des mains levées)
check-statement = Affirmation
check-column-before = Au début
check-column-after = À la fin

## Les types de sources : affichés à côté de chaque source, et comme titres de l'étape Sources.
kind-official-text = Texte officiel
kind-copy = Copie d'une loi
kind-official-page = Page officielle
kind-summary = Résumé
kind-news = Presse
kind-post-2013 = L'article de 2013
kind-current-law = Lire la loi en vigueur

## Affiché au-dessus du parcours dans une traduction qu'aucune personne de langue maternelle n'a encore vérifiée
## (review.toml), avec une commande qui montre la même étape en anglais.
unreviewed = Aucune personne de langue maternelle française n'a encore vérifié cette traduction.
read-in-english = Lire cette étape en anglais

## Les mots du chargeur : affichés avant le chargement du parcours, et par la sortie rapide.
loader-exit = Sortie rapide
loader-skip = Aller au parcours
loader-loading = Chargement du parcours…
loader-failed = Le parcours n'a pas pu se charger. Essayez de recharger la page. Le bouton Sortie rapide fonctionne toujours.
loader-leaving = Vous quittez cette page.
loader-blocked = Cette page est masquée. Pour partir, fermez cet onglet ou cette fenêtre.
loader-one = Touche Maj (Shift) pressée une fois. Appuyez encore 2 fois pour quitter cette page.
loader-two = Touche Maj (Shift) pressée deux fois. Appuyez encore une fois pour quitter cette page.
loader-timeout = Sortie rapide annulée. Appuyez 3 fois sur Maj (Shift) en moins de 5 secondes pour partir.
loader-unheard = Appuyer 3 fois sur Maj (Shift) ne fonctionne pas tant que vous êtes dans une autre partie de cette page. Utilisez le bouton Sortie rapide.
