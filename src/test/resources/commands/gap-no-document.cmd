## args
gap
## exit
2
## stdout
## stderr
mc2: name the supplier's document, or a folder of them with --batch DIR
