## args
lint --profiles src/test/resources/fixtures/typos
## exit
3
## stdout
## stderr
src/test/resources/fixtures/typos/default-beyond.yaml:8: clause 'patch-critical': window default 30 is looser than its walk-away 10 (no profile in the chain sets a value or preferred, so the draft would send the clause library's default; set a preferred within the walk-away)
src/test/resources/fixtures/typos/my-hospital.yaml:5:10: version: expected text, found the number 1; put it in quotes ("1") to make it text
src/test/resources/fixtures/typos/my-hospital.yaml:9:5: unknown clause 'patch-hihg' (not in the clause library; did you mean 'patch-high'?)
src/test/resources/fixtures/typos/my-hospital.yaml:11:14: clause 'patch-critical' has no variant 'strongg' (variants: strong, balanced, lenient, offline, firm; did you mean 'strong'?)
src/test/resources/fixtures/typos/my-hospital.yaml:13: clause 'patch-critical': window fallback 45 is looser than its walk-away 10 (positions go from preferred to walk-away, strictest first)
src/test/resources/fixtures/typos/my-hospital.yaml:14:14: clause 'patch-critical' has no parameter 'windw' (parameters: window; did you mean 'window'?)
src/test/resources/fixtures/typos/my-hospital.yaml:17:61: clauses.incident-notice.parameters.initialHours: unknown key 'walkaway'; did you mean 'walk-away'? (keys here: value, preferred, fallback, walk-away)
mc2: lint found 7 problems
