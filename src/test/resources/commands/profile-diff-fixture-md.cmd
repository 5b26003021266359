## args
profile diff gpo member --format md --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
0
## stdout
# Profile changes: gpo 1.1.0 → member 2.0.0

## Profile

| Field | Before | After |
|---|---|---|
| id | gpo | member |
| name | Fixture GPO Terms | Member Hospital Terms |
| version | 1.1.0 | 2.0.0 |
| publisher | Fixture GPO | Member Hospital |
| parties.hdo | Member | Hospital |

## Clauses

| Clause | Change | Before | After | For the HDO |
|---|---|---|---|---|
| `patch` Patching | if not applicable | not set | lenient |  |
| `patch` Patching | window value | 20 days | 15 days | stricter |
| `patch` Patching | window preferred | 20 days | 15 days | stricter |
| `insure` Insurance | required | no | yes | stricter |
| `insure` Insurance | cover walk-away | EUR 2,000,000 | EUR 3,000,000 | stricter |

10 changes: 5 to profile details, 5 in 2 clauses.
## stderr
