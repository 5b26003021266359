## args
gap src/test/resources/gap/missing.docx
## exit
4
## stdout
## stderr
mc2: src/test/resources/gap/missing.docx: no such file
