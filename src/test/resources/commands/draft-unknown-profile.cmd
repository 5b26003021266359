## args
draft -p nope -o target/never.docx
## exit
2
## stdout
## stderr
mc2: unknown profile 'nope' (available: community-hospital, gpo-standard, health-system-strict, mc2-baseline, supplier-paper)
