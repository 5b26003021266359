## args
gap src/test/resources/gap/lo-supplier.docx --batch src/test/resources/gap -o target/never
## exit
2
## stdout
## stderr
mc2: give either SUPPLIER.docx or --batch DIR, not both
