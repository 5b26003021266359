## args
schema nope
## exit
2
## stdout
## stderr
mc2: no schema named 'nope' (schemas: clause, definitions, library, profile, deal, language-rules, gap-report, gap-matrix, negotiation)
