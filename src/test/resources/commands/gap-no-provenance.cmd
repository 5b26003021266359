## args
gap src/test/resources/redline/redline.docx
## exit
2
## stdout
## stderr
mc2: src/test/resources/redline/redline.docx: carries no mc2 provenance (the properties were removed, or it is not an mc2 draft); name the draft we sent with --draft or the profile with --profile
