## args
compare src/test/resources/compare/sample-a.docx src/test/resources/compare/rows-b.docx -o src/test/resources/compare/rows-b.docx --force
## exit
2
## stdout
## stderr
mc2: src/test/resources/compare/rows-b.docx: is an input file; refusing to overwrite it
