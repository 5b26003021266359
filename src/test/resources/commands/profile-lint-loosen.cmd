## args
profile lint member-loosen --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
3
## stdout
## stderr
src/test/resources/fixtures/gpo/member-loosen.yaml:8:14: clause 'patch' is locked and may not be excluded (included at src/test/resources/fixtures/gpo/gpo.yaml:11) (locked at src/test/resources/fixtures/gpo/gpo.yaml:14)
src/test/resources/fixtures/gpo/member-loosen.yaml:9:35: clause 'patch' is locked: variant 'lenient' may not be made acceptable (the parent accepts [strong], set at src/test/resources/fixtures/gpo/gpo.yaml:12) (locked at src/test/resources/fixtures/gpo/gpo.yaml:14)
src/test/resources/fixtures/gpo/member-loosen.yaml:10:15: clause 'patch' is locked: it may not stop being required (required at src/test/resources/fixtures/gpo/gpo.yaml:13) (locked at src/test/resources/fixtures/gpo/gpo.yaml:14)
src/test/resources/fixtures/gpo/member-loosen.yaml:12:27: clause 'patch' is locked: window walk-away 60 is looser than 45 set at src/test/resources/fixtures/gpo/gpo.yaml:16 (locked at src/test/resources/fixtures/gpo/gpo.yaml:14)
mc2: profile member-loosen: 4 problems
