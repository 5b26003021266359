## args
profile show member --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
0
## stdout
Profile member 2.0.0: Member Hospital Terms
Publisher: Member Hospital
Chain: src/test/resources/fixtures/gpo/member.yaml -> src/test/resources/fixtures/gpo/gpo.yaml
Library: fixture library 9.9.9
Clauses: 2 included, 0 excluded, 0 not listed

SETTING                VALUE                          SET BY
parties.hdo            Hospital                       src/test/resources/fixtures/gpo/member.yaml:7
parties.mdm            Supplier                       src/test/resources/fixtures/gpo/gpo.yaml:7
document.title         Fixture Cybersecurity Exhibit  src/test/resources/fixtures/gpo/gpo.yaml:8

patch: Patching
  include              yes                            src/test/resources/fixtures/gpo/gpo.yaml:11
  variant              strong                         src/test/resources/fixtures/gpo/gpo.yaml:11
  acceptable-variants  strong                         src/test/resources/fixtures/gpo/gpo.yaml:12
  required             yes                            src/test/resources/fixtures/gpo/gpo.yaml:13
  locked               yes                            src/test/resources/fixtures/gpo/gpo.yaml:14
  if-not-applicable    lenient                        src/test/resources/fixtures/gpo/member.yaml:10
  window.value         15 days                        src/test/resources/fixtures/gpo/member.yaml:12
  window.preferred     15 days                        src/test/resources/fixtures/gpo/member.yaml:12
  window.fallback      30 days                        src/test/resources/fixtures/gpo/gpo.yaml:16
  window.walk-away     45 days                        src/test/resources/fixtures/gpo/gpo.yaml:16
  notice.value         2 business days                src/test/resources/fixtures/gpo/gpo.yaml:17
  notice.preferred     2 business days                src/test/resources/fixtures/gpo/gpo.yaml:17
  notice.fallback      3 business days                src/test/resources/fixtures/gpo/gpo.yaml:17
  notice.walk-away     5 business days                src/test/resources/fixtures/gpo/gpo.yaml:17

insure: Insurance
  include              yes                            src/test/resources/fixtures/gpo/gpo.yaml:19
  variant              balanced                       src/test/resources/fixtures/gpo/gpo.yaml:19
  acceptable-variants  balanced, other                src/test/resources/fixtures/gpo/gpo.yaml:20
  required             yes                            src/test/resources/fixtures/gpo/member.yaml:14
  locked               no                             (default)
  cover.value          EUR 5,000,000                  src/test/resources/fixtures/gpo/gpo.yaml:22
  cover.preferred      EUR 5,000,000                  src/test/resources/fixtures/gpo/gpo.yaml:22
  cover.fallback       EUR 3,000,000                  src/test/resources/fixtures/gpo/gpo.yaml:22
  cover.walk-away      EUR 3,000,000                  src/test/resources/fixtures/gpo/member.yaml:16
  share.value          20%                            src/test/resources/fixtures/gpo/gpo.yaml:23
  share.preferred      20%                            src/test/resources/fixtures/gpo/gpo.yaml:23
  share.fallback       15%                            src/test/resources/fixtures/gpo/gpo.yaml:23
  share.walk-away      10%                            src/test/resources/fixtures/gpo/gpo.yaml:23
  hours.value          24 hours                       src/test/resources/fixtures/gpo/gpo.yaml:24
  hours.preferred      24 hours                       src/test/resources/fixtures/gpo/gpo.yaml:24
  hours.fallback       48 hours                       src/test/resources/fixtures/gpo/gpo.yaml:24
  hours.walk-away      72 hours                       src/test/resources/fixtures/gpo/gpo.yaml:24
  months.value         36 months                      src/test/resources/fixtures/gpo/gpo.yaml:25
  months.preferred     36 months                      src/test/resources/fixtures/gpo/gpo.yaml:25
  months.fallback      24 months                      src/test/resources/fixtures/gpo/gpo.yaml:25
  months.walk-away     12 months                      src/test/resources/fixtures/gpo/gpo.yaml:25
  years.value          3 years                        src/test/resources/fixtures/gpo/gpo.yaml:26
  years.preferred      3 years                        src/test/resources/fixtures/gpo/gpo.yaml:26
  years.fallback       2 years                        src/test/resources/fixtures/gpo/gpo.yaml:26
  years.walk-away      1 year                         src/test/resources/fixtures/gpo/gpo.yaml:26
  format.value         CycloneDX                      src/test/resources/fixtures/gpo/gpo.yaml:27
  format.preferred     CycloneDX                      src/test/resources/fixtures/gpo/gpo.yaml:27
  format.fallback      SPDX                           src/test/resources/fixtures/gpo/gpo.yaml:27
  format.walk-away     SPDX                           src/test/resources/fixtures/gpo/gpo.yaml:27
  named.value          yes                            src/test/resources/fixtures/gpo/gpo.yaml:28
  named.preferred      yes                            src/test/resources/fixtures/gpo/gpo.yaml:28
  named.fallback       yes                            src/test/resources/fixtures/gpo/gpo.yaml:28
  named.walk-away      no                             src/test/resources/fixtures/gpo/gpo.yaml:28
  note.value           per the Agreement              src/test/resources/fixtures/gpo/gpo.yaml:29
## stderr
