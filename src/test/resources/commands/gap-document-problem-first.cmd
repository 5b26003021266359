## args
gap src/test/resources/gap/missing.docx --library src/test/resources/fixtures/does-not-exist
## exit
4
## stdout
## stderr
mc2: src/test/resources/gap/missing.docx: no such file
