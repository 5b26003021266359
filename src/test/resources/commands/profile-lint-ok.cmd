## args
profile lint member --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
0
## stdout
ok: profile member
## stderr
