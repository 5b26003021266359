## args
compare src/test/resources/compare/sample-a.docx src/test/resources/compare/rows-b.docx -o target/scenario-compare.docx --force --author Reviewer --date 2026-12-01 --format json
## exit
0
## stdout
{
  "summary" : {
    "insertions" : 3,
    "deletions" : 3,
    "moves" : 0,
    "formatting" : 0
  },
  "changes" : [ {
    "type" : "paragraph-deletion",
    "text" : "Security Patching",
    "paragraph" : 90
  }, {
    "type" : "deletion",
    "text" : "good ",
    "paragraph" : 100
  }, {
    "type" : "deletion",
    "text" : " \t",
    "paragraph" : 124
  }, {
    "type" : "insertion",
    "text" : " shall\t",
    "paragraph" : 124
  }, {
    "type" : "row-insertion",
    "text" : "commercially Customer's | shall 53",
    "paragraph" : 126
  }, {
    "type" : "row-insertion",
    "text" : "written 95 | vulnerability 61",
    "paragraph" : 128
  } ],
  "notCompared" : [ ]
}
## stderr
wrote target/scenario-compare.docx: 3 insertions, 3 deletions, 0 moves
