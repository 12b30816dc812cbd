# Interface labels for English, in Fluent (https://projectfluent.org/).
# Keep every { $variable }: the widget fills it in. Only plain text and { $variables } are used.

language-name = English
direction = ltr

title = Force, fraud and coercion: Maine's sex trafficking law
region-label = Force, fraud and coercion: Maine's sex trafficking law
back = Back
next = Next
progress = Step { $n } of { $total }
announce = Step { $n } of { $total }: { $title }
sources-heading = Sources
not-legal-advice = This is education, not legal advice. For legal advice about your situation, talk to a lawyer. An advocate can help with support and next steps.
# The date below is when the text was last compared with the project's research notes, which
# quote the sources; it is not a date on which every source was read again.
last-reviewed = Text last compared with our notes on its sources: { $date }.
nav-label = Walkthrough
reviewed-on = December 2, 2026
help-label = Help
call = Call
text = Text
tty = TTY
right = Right.
not-quite = Not quite.
your-answer = Your answer
start-over = Start over
explorer-back = Back one question
only-a-court = Only a court can decide if a crime happened.
contents = Contents
# The label of the language switcher.
language = Language


## Walkthrough design: optional steps, the explorer's place, the sorting summary, the ending.
visited = visited
optional = Optional background
explorer-progress = Question { $n } of up to { $total }
get-help = Where to get help
sort-summary = { $right } of { $total } right.
look-again = Look again at these:
finished = You have finished
finished-text = Thank you for taking the time to learn this. If you or someone you know needs help, you can reach:
start-again = Start again
# On the widget's own page: shows the Present and Print handout controls.
educators = For educators
## Presenter mode and the printed handout.
present = Present
print = Print teacher handout
print-sheet = Print student sheet
speaker-notes = Speaker notes
content-warning = Content warning: { $warning }
talking-points = Talking points
ask-the-room = Ask the room
scenario-notes = About the scenarios
timer = Lesson { $lesson } · this step { $step } of about { $minutes } min
next-up = Next: { $title }
last-step = This is the last step.
show-choices = Show the choices
cover = Cover the audience screen (B)
uncover = Uncover the audience screen (B)
covered = The audience screen is covered.
open-audience = Open the audience window
full-screen = Full screen (F)
leave-present = Leave presenter mode
presenter-label = Presenter controls
paused = Paused
glossary = Glossary
answers = Answers
answer = Answer: { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = This step is an interactive check: try it in the walkthrough.

## The myth-or-fact check (check.toml): offered on the first step and again at the end.
check-title = What do you know?
check-offer = Before you start, you can check what you know: { $count } statements, each a myth or a fact. If you answer them again at the end, you will see how you did. Your answers are not saved or sent anywhere. They are forgotten when you leave this page or use Quick exit.
check-start = Check what you know
check-wait = Thank you. If you answer again at the end, you will see how you did, and why.
check-again-title = What do you know now?
check-again-offer = Answer { $count } statements, each a myth or a fact, then see each answer explained. If you answered them at the start, you will see what changed.
check-again-start = Check what you know now
check-myth = Myth
check-fact = Fact
check-is-myth = It is a myth.
check-is-fact = It is a fact.
check-summary = At the start: { $before } of { $total } right. Now: { $after } of { $total } right.
check-summary-now = { $after } of { $total } right.
check-before = At the start: { $answer }.
check-now = Now: { $answer }.
check-unanswered = no answer
## Presenter mode: the room answers by show of hands; the counts stay in the presenter's window.
check-hands-help = Read each statement. Ask who thinks it is a myth, then who thinks it is a fact, and type the number of hands. Leave a box empty to skip it. These numbers stay in this window only.
check-hands = Hands for { $answer }
check-chart = Right answers in the room, at the start and at the end (percent of hands)
check-statement = Statement
check-column-before = At the start
check-column-after = At the end

## The kinds of source: shown beside each source, and as the headings of the Sources step.
kind-official-text = Official text
kind-copy = Copy of a law
kind-official-page = Official page
kind-summary = Summary
kind-news = News
kind-post-2013 = The 2013 article
kind-current-law = Read the law today

## Shown above the walkthrough in a translation that no native speaker has checked yet
## (review.toml), with a control that shows the same step in English. English never shows it.
unreviewed = This translation has not been checked by a native speaker yet.
read-in-english = Read this step in English

## The loader's own words: shown before the walkthrough loads, and by the quick exit.
loader-exit = Quick exit
loader-skip = Skip to the walkthrough
loader-loading = Loading the walkthrough…
loader-failed = The walkthrough could not load. Try reloading the page. The Quick exit button still works.
loader-leaving = Leaving this page.
loader-blocked = This page is hidden. To leave, close this tab or window.
loader-one = Shift pressed once. Press it 2 more times to leave this page.
loader-two = Shift pressed twice. Press it once more to leave this page.
loader-timeout = Quick exit cancelled. Press Shift 3 times within 5 seconds to leave.
loader-unheard = Pressing Shift 3 times cannot leave while you are in another part of this page. Use the Quick exit button.
