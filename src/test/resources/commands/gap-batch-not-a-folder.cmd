## args
gap --batch src/test/resources/gap/lo-supplier.docx -o target/never
## exit
2
## stdout
## stderr
mc2: src/test/resources/gap/lo-supplier.docx: not a folder
