## args
profile show nobody --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
2
## stdout
## stderr
mc2: unknown profile 'nobody' (available: gpo, gpo-1.0.0, member, member-loosen)
