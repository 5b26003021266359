## args
draft --deal src/test/resources/fixtures/deals/bad-deal.yaml -o target/never-written.docx
## exit
3
## stdout
## stderr
src/test/resources/fixtures/deals/bad-deal.yaml:1:47: agreement.effective-date: '2026-13-45' is not a date (YYYY-MM-DD)
src/test/resources/fixtures/deals/bad-deal.yaml:2:30: hdo: property 'phone' is not defined in the schema and the schema does not allow additional properties
src/test/resources/fixtures/deals/bad-deal.yaml:3:21: device.networked: string found, boolean expected
src/test/resources/fixtures/deals/bad-deal.yaml:3:37: device: property 'flies' is not defined in the schema and the schema does not allow additional properties
mc2: 4 problems
