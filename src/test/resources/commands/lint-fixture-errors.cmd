## args
lint --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/profiles
## exit
3
## stdout
## stderr
src/test/resources/fixtures/library/a/patch.yaml:13: variant 'strong' refers to clause 'insure', which is not in this draft (profile 'child' leaves it out, or it does not apply to this deal); guard the reference with #if($ref.has("insure"))
src/test/resources/fixtures/profiles/bad-values.yaml:5:9: unknown clause 'nope' (not in the clause library)
src/test/resources/fixtures/profiles/bad-values.yaml:7:14: clause 'patch' has no variant 'missing' (variants: strong, lenient)
src/test/resources/fixtures/profiles/bad-values.yaml:9: clause 'patch': window preferred 60 is looser than its fallback 30 (positions go from preferred to walk-away, strictest first)
src/test/resources/fixtures/profiles/bad-values.yaml:9:56: patch.window walk-away: 200 is above the maximum 90
src/test/resources/fixtures/profiles/bad-values.yaml:10:14: clause 'patch' has no parameter 'ghost' (parameters: window, notice)
src/test/resources/fixtures/profiles/bad-values.yaml:13:15: insure.format value: 'XML' is not one of [CycloneDX, SPDX]
src/test/resources/fixtures/profiles/bad-values.yaml:14:14: insure.named value: expected true or false, found 'yes please'
src/test/resources/fixtures/profiles/cycle-a.yaml:4:10: profile inheritance cycle: src/test/resources/fixtures/profiles/cycle-b.yaml -> src/test/resources/fixtures/profiles/cycle-a.yaml -> src/test/resources/fixtures/profiles/cycle-b.yaml
src/test/resources/fixtures/profiles/cycle-b.yaml:4:10: profile inheritance cycle: src/test/resources/fixtures/profiles/cycle-a.yaml -> src/test/resources/fixtures/profiles/cycle-b.yaml -> src/test/resources/fixtures/profiles/cycle-a.yaml
src/test/resources/fixtures/profiles/loosen.yaml:7: clause 'patch': the variant sent, 'lenient', is not among its acceptable variants [strong]
src/test/resources/fixtures/profiles/loosen.yaml:7:14: clause 'patch' is locked: variant 'lenient' is not among the parent's acceptable variants [strong] set at src/test/resources/fixtures/profiles/root.yaml:8 (locked at src/test/resources/fixtures/profiles/root.yaml:9)
src/test/resources/fixtures/profiles/loosen.yaml:8:15: clause 'patch' is locked: it may not stop being required (required at src/test/resources/fixtures/profiles/root.yaml:10) (locked at src/test/resources/fixtures/profiles/root.yaml:9)
src/test/resources/fixtures/profiles/loosen.yaml:10:27: clause 'patch' is locked: window walk-away 60 is looser than 45 set at src/test/resources/fixtures/profiles/root.yaml:12 (locked at src/test/resources/fixtures/profiles/root.yaml:9)
src/test/resources/fixtures/profiles/root.yaml:10: clause 'patch' is required but applies only when networked: a deal without that would drop it silently; say what stands in for it with if-not-applicable (a variant of the clause, or leave-out)
mc2: lint found 15 problems
