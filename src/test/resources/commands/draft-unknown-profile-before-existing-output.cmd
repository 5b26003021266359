## args
draft --profile gpo-standrd -o README.md
## exit
2
## stdout
## stderr
mc2: unknown profile 'gpo-standrd' (available: community-hospital, gpo-standard, health-system-strict, mc2-baseline, supplier-paper; did you mean 'gpo-standard'?)
