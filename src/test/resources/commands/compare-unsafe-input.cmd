## args
compare src/test/resources/redline/unsafe/encrypted.docx src/test/resources/compare/rows-b.docx -o target/scenario-compare-unsafe.docx --force
## exit
4
## stdout
## stderr
mc2: src/test/resources/redline/unsafe/encrypted.docx: encrypted (password-protected) document; remove the password in Word and save it again
