## args
brief -o target/format-mismatch.html -f docx
## exit
2
## stdout
## stderr
mc2: target/format-mismatch.html: --format docx does not match the .html file name; name the file .docx or leave out --format
