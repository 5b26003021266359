## args
gap src/test/resources/gap/lo-clean-copy.docx --draft src/test/resources/gap/sent-gpo.docx -o src/test/resources/gap/sent-gpo.docx
## exit
2
## stdout
## stderr
mc2: src/test/resources/gap/sent-gpo.docx: is an input file; refusing to overwrite it
