## args
brief --format pdf -o brief.pdf --profile member --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
2
## stdout
## stderr
mc2: unknown output format 'pdf' (formats: docx, md, html)
