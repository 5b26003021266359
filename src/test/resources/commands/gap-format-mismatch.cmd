## args
gap src/test/resources/gap/lo-supplier.docx -o target/format-mismatch.json -f md
## exit
2
## stdout
## stderr
mc2: target/format-mismatch.json: --format md does not match the .json file name; name the file .md or leave out --format
