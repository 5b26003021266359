## args
gap src/test/resources/gap/lo-supplier.docx -f docx
## exit
2
## stdout
## stderr
mc2: a docx report needs an output file: -o report.docx
