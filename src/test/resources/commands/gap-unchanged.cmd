## args
gap src/test/resources/gap/sent-gpo.docx --draft src/test/resources/gap/sent-gpo.docx --library src/test/resources/fixtures/shipped-0.2.0/clauses --profiles src/test/resources/fixtures/shipped-0.2.0/profiles
## exit
0
## stdout
# Gap report: sent-gpo.docx

Profile **gpo-standard** v1.0.0 (named by the document's provenance) · library mc2 clause library 0.2.0 · draft src/test/resources/gap/sent-gpo.docx  
Supplier document: 0 tracked changes, 0 comments

**55 clauses compared; 0 items need a person; 0 silent edits; 0 open supplier comments; 55 unchanged.**

| Verdict | Count |
|---|---:|
| Unchanged | 55 |

Every clause is as we sent it.
## stderr
gap: 55 clauses; 55 items rated: 55 unchanged
