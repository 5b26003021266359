## args
draft --deal src/test/resources/fixtures/deals/bad-deal.yaml -o target/never-written.docx
## exit
3
## stdout
## stderr
src/test/resources/fixtures/deals/bad-deal.yaml:1:47: agreement.effective-date: '2026-13-45' is not a date (YYYY-MM-DD)
src/test/resources/fixtures/deals/bad-deal.yaml:2:30: hdo: unknown key 'phone' (keys here: name, address, signatory, signatory-title)
src/test/resources/fixtures/deals/bad-deal.yaml:3:21: device.networked: expected true or false, found 'yes-ish'
src/test/resources/fixtures/deals/bad-deal.yaml:3:37: device: unknown key 'flies' (keys here: networked, stores-phi, transmits-phi, remote-service, cloud-component, wireless, implantable, life-sustaining, eu-market, cyber-device)
mc2: 4 problems
