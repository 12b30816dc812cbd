# Textos da interface em português, em Fluent (https://projectfluent.org/).
# Mantenha cada { $variable }: o widget preenche-a. Só se usa texto simples e { $variables }.
# Português comum a leitores de Angola e do Brasil: ortografia do Acordo Ortográfico de 1990,
# tratamento na terceira pessoa (sem "tu" e quase sem "você"), vocabulário partilhado pelas duas variantes.

language-name = Português
direction = ltr

title = Força, fraude e coação: a lei do Maine sobre tráfico de pessoas para fins de exploração sexual
region-label = Força, fraude e coação: a lei do Maine sobre tráfico de pessoas para fins de exploração sexual
back = Voltar
next = Próximo
progress = Passo { $n } de { $total }
announce = Passo { $n } de { $total }: { $title }
sources-heading = Fontes
not-legal-advice = Isto é material educativo, não aconselhamento jurídico. Para receber aconselhamento jurídico sobre a sua situação, fale com um advogado ou uma advogada. Uma pessoa de apoio às vítimas pode dar apoio e ajudar com os próximos passos.
# A data abaixo é quando o texto foi comparado pela última vez com as notas de pesquisa do
# projeto, que citam as fontes; não é uma data em que todas as fontes foram lidas de novo.
last-reviewed = Texto comparado pela última vez com as nossas notas sobre as suas fontes: { $date }.
nav-label = Guia passo a passo
reviewed-on = 2 de dezembro de 2026
help-label = Ajuda
call = Ligar para
text = Enviar SMS para
tty = TTY
right = Certo.
not-quite = Não é bem assim.
your-answer = A sua resposta
start-over = Começar de novo
explorer-back = Voltar à pergunta anterior
only-a-court = Só um tribunal pode decidir se houve um crime.
contents = Índice
# O rótulo do seletor de idioma.
language = Idioma


## Desenho do percurso: etapas opcionais, o explorador, o resumo da classificação, o final.
visited = visitada
optional = Contexto opcional
explorer-progress = Pergunta { $n } de no máximo { $total }
get-help = Onde buscar ajuda
sort-summary = { $right } de { $total } certas.
look-again = Veja de novo estas:
finished = Você terminou
finished-text = Obrigado por dedicar tempo a aprender isto. Se você ou alguém que você conhece precisa de ajuda, pode contatar:
start-again = Começar outra vez
educators = Para educadores
## Modo de apresentação e folheto impresso.
present = Apresentar
print = Imprimir guia do professor
print-sheet = Imprimir folha do aluno
speaker-notes = Notas para quem apresenta
content-warning = Aviso sobre o conteúdo: { $warning }
talking-points = Pontos principais
ask-the-room = Perguntas para o grupo
scenario-notes = Sobre as histórias
timer = Aula { $lesson } · este passo { $step } de cerca de { $minutes } min
next-up = A seguir: { $title }
last-step = Este é o último passo.
show-choices = Mostrar as opções
cover = Cobrir a tela do público (B)
uncover = Mostrar de novo a tela do público (B)
covered = A tela do público está coberta.
open-audience = Abrir a janela do público
full-screen = Tela cheia (F)
leave-present = Sair do modo de apresentação
presenter-label = Comandos de apresentação
paused = Em pausa
glossary = Glossário
answers = Respostas
answer = Resposta: { $choice }.
handout-step = { $n }. { $title }
story-opening = { $words }…
interactive-only = Este passo é um exercício para fazer no guia passo a passo: experimente lá.

## O teste "mito ou verdade" (check.toml): é oferecido no primeiro passo e de novo no final.
## "Verdade", e não fato/facto, que se escreve de forma diferente no Brasil e em Angola.
check-title = O que sabe?
check-offer = Antes de começar, pode verificar o que sabe: { $count } afirmações, cada uma é um mito ou uma verdade. Se responder de novo no final, verá os seus resultados. As respostas não são guardadas nem enviadas para lugar nenhum. São esquecidas quando sair desta página ou usar a Saída rápida.
check-start = Verificar o que sei
check-wait = Obrigado. Se responder de novo no final, verá os seus resultados e a razão de cada resposta.
check-again-title = O que sabe agora?
check-again-offer = Responda a { $count } afirmações, cada uma é um mito ou uma verdade, e depois veja a explicação de cada resposta. Se respondeu no início, verá o que mudou.
check-again-start = Verificar o que sei agora
check-myth = Mito
check-fact = Verdade
check-is-myth = É um mito.
check-is-fact = É verdade.
check-summary = No início: { $before } de { $total } certas. Agora: { $after } de { $total } certas.
check-summary-now = { $after } de { $total } certas.
check-before = No início: { $answer }.
check-now = Agora: { $answer }.
check-unanswered = sem resposta
## Modo de apresentação: o grupo responde levantando a mão; as contagens ficam na janela de quem apresenta.
check-hands-help = Leia cada afirmação. Pergunte quem acha que é um mito, depois quem acha que é verdade, e escreva o número de mãos levantadas. Deixe uma caixa vazia para passar essa afirmação à frente. Estes números ficam só nesta janela.
check-hands = Mãos levantadas para { $answer }
check-chart = Respostas certas no grupo, no início e no final (percentagem das mãos levantadas)
check-statement = Afirmação
check-column-before = No início
check-column-after = No final

## Os tipos de fonte: aparecem ao lado de cada fonte, e como títulos do passo Fontes.
kind-official-text = Texto oficial
kind-copy = Cópia de uma lei
kind-official-page = Página oficial
kind-summary = Resumo
kind-news = Notícias
kind-post-2013 = O artigo de 2013
kind-current-law = Ler a lei em vigor

## Aparece acima do guia numa tradução que nenhuma pessoa falante nativa verificou ainda
## (review.toml), com um botão que mostra o mesmo passo em inglês. O inglês nunca o mostra.
unreviewed = Nenhuma pessoa falante nativa de português verificou ainda esta tradução.
read-in-english = Ler este passo em inglês

## As palavras do carregador: aparecem antes de o guia abrir, e na saída rápida.
## A tecla chama-se "Shift" nos teclados do Maine: o nome fica em inglês.
loader-exit = Saída rápida
loader-skip = Ir para o guia passo a passo
loader-loading = Carregamento do guia passo a passo em curso…
loader-failed = Não foi possível carregar o guia passo a passo. Tente recarregar a página. O botão Saída rápida ainda funciona.
loader-leaving = Saída desta página em curso.
loader-blocked = Esta página está escondida. Para sair, feche este separador (aba) ou a janela.
loader-one = Tecla Shift pressionada uma vez. Pressione mais 2 vezes para sair desta página.
loader-two = Tecla Shift pressionada duas vezes. Pressione mais uma vez para sair desta página.
loader-timeout = Saída rápida cancelada. Pressione Shift 3 vezes em menos de 5 segundos para sair.
loader-unheard = Pressionar Shift 3 vezes não funciona enquanto estiver em outra parte desta página. Use o botão Saída rápida.
