## args
gap src/test/resources/gap/lo-supplier.docx --library src/test/resources/fixtures/does-not-exist
## exit
3
## stdout
## stderr
mc2: src/test/resources/fixtures/does-not-exist: clause library folder not found
