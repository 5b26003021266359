## args
profile publish gpo --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
2
## stdout
## stderr
mc2: Missing required option: '--output=DIR'
Try 'mc2 profile publish --help'.
