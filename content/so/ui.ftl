# Erayada shaashadda (interface) ee af-Soomaaliga, oo ku qoran Fluent (https://projectfluent.org/).
# Ha tuurin { $variable } kasta: widget-ka ayaa buuxiya. Qoraal caadi ah iyo { $variables } oo keliya ayaa la adeegsadaa.

language-name = Soomaali
direction = ltr

title = Xoog, khiyaano iyo cadaadis: sharciga Maine ee ka ganacsiga dadka ee galmada
region-label = Xoog, khiyaano iyo cadaadis: sharciga Maine ee ka ganacsiga dadka ee galmada
back = Dib u noqo
next = Xiga
progress = Tallaabada { $n } ee { $total }
announce = Tallaabada { $n } ee { $total }: { $title }
sources-heading = Ilaha
not-legal-advice = Tani waa waxbarasho, ma aha talo sharci. Si aad u hesho talo sharci oo ku saabsan xaaladdaada, la hadal qareen. U-doode (advocate) ayaa kaa caawin kara taageero iyo tallaabooyinka xiga.
# Taariikhda hoose waa markii ugu dambeysay ee qoraalka la barbar dhigay qoraallada cilmi-baarista
# mashruuca, kuwaas oo soo xigta ilaha; ma aha taariikh il kasta dib loo akhriyay.
last-reviewed = Markii ugu dambeysay ee qoraalka la barbar dhigay qoraalladayada ku saabsan ilihiisa: { $date }.
nav-label = Hagaha
reviewed-on = 2 Diseembar 2026
help-label = Caawimaad
call = Wac
text = Fariin u dir
tty = TTY
right = Waa sax.
not-quite = Si buuxda sax uma aha.
your-answer = Jawaabtaada
start-over = Dib u bilow
explorer-back = Hal su'aal dib u noqo
only-a-court = Maxkamad keliya ayaa go'aamin karta in dambi dhacay iyo in kale.
contents = Tusmada
# Magaca doorashada luqadda.
language = Luqadda


## Naqshadda socodka: tallaabooyinka ikhtiyaariga ah, sahamiyaha, soo koobidda kala soocidda, dhammaadka.
visited = la booqday
optional = Macluumaad dheeraad ah oo ikhtiyaari ah
explorer-progress = Su'aasha { $n } ee ugu badnaan { $total }
get-help = Halka laga helo caawimaad
sort-summary = { $right } ka mid ah { $total } waa sax.
look-again = Mar kale eeg kuwan:
finished = Waad dhammaysay
finished-text = Waad ku mahadsan tahay waqtiga aad u qaadatay inaad tan barato. Haddii adiga ama qof aad taqaanno uu caawimaad u baahan yahay, waad la xiriiri kartaa:
start-again = Mar kale bilow
educators = Macallimiinta
## Habka soo bandhigga iyo warqadda la qaybiyo ee la daabaco.
present = Soo bandhig
print = Daabac warqadda macallinka
print-sheet = Daabac warqadda ardayga
speaker-notes = Qoraallada soo bandhigaha
content-warning = Digniin ku saabsan waxa ku jira: { $warning }
talking-points = Qodobbada laga hadlayo
ask-the-room = Weydii kooxda
scenario-notes = Ku saabsan sheekooyinka
timer = Casharka { $lesson } · tallaabadan { $step } ee qiyaastii { $minutes } daqiiqo
next-up = Xiga: { $title }
last-step = Tani waa tallaabada ugu dambeysa.
show-choices = Tus doorashooyinka
cover = Dabool shaashadda dhagaystayaasha (B)
uncover = Ka qaad daboolka shaashadda dhagaystayaasha (B)
covered = Shaashadda dhagaystayaasha waa daboolan tahay.
open-audience = Fur daaqadda dhagaystayaasha
full-screen = Shaashad buuxda (F)
leave-present = Ka bax habka soo bandhigga
presenter-label = Badhamada soo bandhigaha
paused = Waa la hakiyay
glossary = Qaamuuska erayada
answers = Jawaabaha
answer = Jawaab: { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = Tallaabadan waa hubin aad gacantaada ku samayso: isku day hagaha dhexdiisa.

## Hubinta khuraafaad ama xaqiiqo (check.toml): waxaa la soo bandhigaa tallaabada koowaad iyo mar kale dhammaadka.
check-title = Maxaad ka ogtahay?
check-offer = Intaadan bilaabin, waxaad hubin kartaa waxa aad ogtahay: { $count } weedhood, mid kastaa waa khuraafaad ama xaqiiqo. Haddii aad mar kale ka jawaabto dhammaadka, waxaad arki doontaa natiijadaada. Jawaabahaaga lama kaydiyo, meelna looma diro. Waa la illoobaa marka aad boggan ka baxdo ama aad isticmaasho Ka bax degdeg.
check-start = Hubi waxa aad ogtahay
check-wait = Mahadsanid. Haddii aad mar kale ka jawaabto dhammaadka, waxaad arki doontaa natiijadaada iyo sababta.
check-again-title = Maxaad hadda ka ogtahay?
check-again-offer = Ka jawaab { $count } weedhood, mid kastaa waa khuraafaad ama xaqiiqo, kaddibna eeg sharraxaadda jawaab kasta. Haddii aad ka jawaabtay bilowga, waxaad arki doontaa waxa is beddelay.
check-again-start = Hubi waxa aad hadda ogtahay
check-myth = Khuraafaad
check-fact = Xaqiiqo
check-is-myth = Waa khuraafaad.
check-is-fact = Waa xaqiiqo.
check-summary = Bilowga: { $before } ka mid ah { $total } waa sax. Hadda: { $after } ka mid ah { $total } waa sax.
check-summary-now = { $after } ka mid ah { $total } waa sax.
check-before = Bilowga: { $answer }.
check-now = Hadda: { $answer }.
check-unanswered = jawaab la'aan
## Habka soo bandhigga: kooxdu waxay ku jawaabtaa gacan-taag; tirooyinku waxay ku jiraan daaqadda soo bandhigaha oo keliya.
check-hands-help = Akhri weedh kasta. Weydii cidda u malaynaysa inay khuraafaad tahay, kaddibna cidda u malaynaysa inay xaqiiqo tahay, oo qor tirada gacmaha la taagay. Sanduuq madhan u daa si aad uga gudubto. Tirooyinkani waxay ku jiraan daaqaddan oo keliya.
check-hands = Gacmaha loo taagay { $answer }
check-chart = Jawaabaha saxda ah ee kooxda, bilowga iyo dhammaadka (boqolkiiba gacmaha la taagay)
check-statement = Weedh
check-column-before = Bilowga
check-column-after = Dhammaadka

## Noocyada ilaha: waxaa lagu muujiyaa il kasta agteeda, iyo cinwaannada tallaabada Ilaha.
kind-official-text = Qoraal rasmi ah
kind-copy = Nuqul sharci
kind-official-page = Bog rasmi ah
kind-summary = Soo koobid
kind-news = War
kind-post-2013 = Maqaalkii 2013
kind-current-law = Akhri sharciga maanta

## Waxaa lagu muujiyaa hagaha korkiisa marka tarjumaad aan weli la hubin qof afkiisa hooyo yahay
## (review.toml), iyo badhan muujiya isla tallaabada oo Ingiriisi ah. Ingiriisigu weligii ma muujiyo.
unreviewed = Qof af-Soomaaligu afkiisa hooyo yahay weli ma hubin tarjumaaddan.
read-in-english = Tallaabadan ku akhri Ingiriisi

## Erayada soo-rarka (loader): waxaa la muujiyaa inta aan hagaha la soo rarin, iyo badhanka Ka bax degdeg.
loader-exit = Ka bax degdeg
loader-skip = U gudub hagaha
loader-loading = Hagaha waa la soo rarayaa…
loader-failed = Hagaha lama soo rari karin. Isku day inaad bogga dib u soo rarto. Badhanka Ka bax degdeg wali wuu shaqaynayaa.
loader-leaving = Boggan waad ka baxaysaa.
loader-blocked = Boggan waa la qariyay. Si aad uga baxdo, xir tab-kan ama daaqaddan.
loader-one = Shift hal mar ayaa la riixay. Riix 2 jeer oo kale si aad uga baxdo boggan.
loader-two = Shift laba jeer ayaa la riixay. Riix hal mar oo kale si aad uga baxdo boggan.
loader-timeout = Ka bax degdeg waa la joojiyay. Riix Shift 3 jeer 5 ilbiriqsi gudahood si aad uga baxdo.
loader-unheard = Riixidda Shift 3 jeer kuma shaqayso inta aad ku jirto qayb kale oo boggan ka mid ah. Isticmaal badhanka Ka bax degdeg.
