## args
draft -o target/format-mismatch.docx --format md
## exit
2
## stdout
## stderr
mc2: target/format-mismatch.docx: --format md does not match the .docx file name; name the file .md or leave out --format
