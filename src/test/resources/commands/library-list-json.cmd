## args
library list --format json --library src/test/resources/fixtures/library
## exit
0
## stdout
{
  "library" : "fixture library",
  "version" : "9.9.9",
  "clauses" : [ {
    "id" : "patch",
    "title" : "Patching",
    "party" : "mdm",
    "topic" : "alpha",
    "mc2" : [ {
      "version" : 2,
      "ref" : "#31",
      "verified" : false
    } ],
    "appliesWhen" : "networked",
    "variants" : [ "strong", "lenient" ],
    "parameters" : [ {
      "name" : "window",
      "type" : "days",
      "label" : "Patch window",
      "default" : "30",
      "min" : 1,
      "max" : 90
    }, {
      "name" : "notice",
      "type" : "business-days",
      "label" : "Notice",
      "default" : "1",
      "min" : 1,
      "max" : 10
    } ],
    "terms" : [ "Widget" ]
  }, {
    "id" : "insure",
    "title" : "Insurance",
    "party" : "shared",
    "topic" : "beta",
    "mc2" : [ ],
    "variants" : [ "balanced", "other" ],
    "parameters" : [ {
      "name" : "cover",
      "type" : "money",
      "label" : "Cover",
      "default" : "2500000",
      "min" : 0
    }, {
      "name" : "share",
      "type" : "percent",
      "label" : "Share",
      "default" : "10"
    }, {
      "name" : "hours",
      "type" : "hours",
      "label" : "Hours",
      "default" : "72"
    }, {
      "name" : "months",
      "type" : "months",
      "label" : "Months",
      "default" : "24"
    }, {
      "name" : "years",
      "type" : "years",
      "label" : "Years",
      "default" : "1"
    }, {
      "name" : "format",
      "type" : "enum",
      "label" : "Format",
      "default" : "CycloneDX"
    }, {
      "name" : "named",
      "type" : "boolean",
      "label" : "Named insured",
      "default" : "true"
    }, {
      "name" : "note",
      "type" : "text",
      "label" : "Note",
      "default" : "as agreed"
    } ],
    "terms" : [ ]
  } ]
}
## stderr
