## args
draft -f md -o README.md
## exit
2
## stdout
## stderr
mc2: README.md: already exists (use --force to replace it)
