## args
profile diff gpo-1.0.0 gpo --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
0
## stdout
Profile changes: gpo 1.0.0 -> gpo 1.1.0

profile
  version: 1.0.0 -> 1.1.0
  document.title: Medical Device Cybersecurity Exhibit -> Fixture Cybersecurity Exhibit

patch: Patching
  acceptable variants: strong, lenient -> strong
  locked: no -> yes (stricter)
  window value: 30 days -> 20 days (stricter)
  window preferred: 30 days -> 20 days (stricter)
  window fallback: 45 days -> 30 days (stricter)
  window walk-away: 60 days -> 45 days (stricter)

insure: Insurance (added)

9 changes: 2 to profile details, 7 in 2 clauses
## stderr
