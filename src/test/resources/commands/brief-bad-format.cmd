## args
brief --format odt -o brief.odt --profile member --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
2
## stdout
## stderr
mc2: unknown output format 'odt' (formats: docx, md, html, pdf)
