## args
gap src/test/resources/gap/rounds/comments.docx --draft src/test/resources/gap/rounds/sent.docx --library src/test/resources/fixtures/shipped-0.2.0/clauses --profiles src/test/resources/fixtures/shipped-0.2.0/profiles
## exit
1
## stdout
# Gap report: comments.docx

Profile **gpo-standard** v1.0.0 (named by the document's provenance) · library mc2 clause library 0.2.0 · draft src/test/resources/gap/rounds/sent.docx  
Supplier document: 0 tracked changes, 3 comments by Supplier Counsel

**57 clauses compared; 2 items need a person; 0 silent edits; 2 open supplier comments; 56 unchanged.**

| Verdict | Count |
|---|---:|
| Unchanged | 56 |
| Needs review | 2 |

## Needs attention

| Clause | Change | Verdict | Why |
|---|---|---|---|
| Definition of “Business Day” | unchanged | Needs review | Supplier comment |
| 2.2 Threat Model and Security Risk Assessment | unchanged | Needs review | Supplier comment |
| 5.1 Coordinated Vulnerability Disclosure Programme | unchanged | Unchanged |  |

## Definition of “Business Day” — Needs review

- Change: unchanged

- **Supplier comment** (supplier-comment, medium): Supplier Counsel on “means any day other than a Saturday”: “Our offices also close on regional holidays.”

> **Supplier Counsel** on “means any day other than a Saturday”: Our offices also close on regional holidays.

## 2.2 Threat Model and Security Risk Assessment — Needs review

- Clause `security-risk-management`, mdm
- Change: unchanged
- Wording: sent `balanced`, found `balanced`

- **Supplier comment** (supplier-comment, medium): Supplier Counsel on “summary of the residual risks”: “We cannot share residual risks; please delete this clause.”

> **Supplier Counsel** on “summary of the residual risks”: We cannot share residual risks; please delete this clause.

## 5.1 Coordinated Vulnerability Disclosure Programme — Unchanged

- Clause `cvd-programme`, mdm
- Change: unchanged
- Wording: sent `balanced`, found `balanced`

> **Supplier Counsel (resolved)** on “shall acknowledge each report from Customer”: Acknowledgement within 10 business days is our standard.

## stderr
gap: 57 clauses; 58 items rated: 56 unchanged, 2 needs-review
