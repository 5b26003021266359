## args
profile show member --format json --library src/test/resources/fixtures/library --profiles src/test/resources/fixtures/gpo
## exit
0
## stdout
{
  "id" : "member",
  "name" : "Member Hospital Terms",
  "version" : "2.0.0",
  "publisher" : "Member Hospital",
  "hash" : "6413c4155fa62d56ff999de5148bbb276a6171bf6ac2e586d708dc55fbd429e1",
  "chain" : [ "src/test/resources/fixtures/gpo/member.yaml", "src/test/resources/fixtures/gpo/gpo.yaml" ],
  "library" : {
    "name" : "fixture library",
    "version" : "9.9.9"
  },
  "settings" : {
    "parties.hdo" : {
      "value" : "Hospital",
      "raw" : "Hospital",
      "file" : "src/test/resources/fixtures/gpo/member.yaml",
      "line" : 7
    },
    "parties.mdm" : {
      "value" : "Supplier",
      "raw" : "Supplier",
      "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
      "line" : 7
    },
    "document.title" : {
      "value" : "Fixture Cybersecurity Exhibit",
      "raw" : "Fixture Cybersecurity Exhibit",
      "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
      "line" : 8
    }
  },
  "clauses" : [ {
    "id" : "patch",
    "title" : "Patching",
    "included" : true,
    "settings" : {
      "include" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 11
      },
      "variant" : {
        "value" : "strong",
        "raw" : "strong",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 11
      },
      "acceptable-variants" : {
        "value" : "strong",
        "raw" : "[strong]",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 12
      },
      "required" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 13
      },
      "locked" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 14
      },
      "if-not-applicable" : {
        "value" : "lenient",
        "raw" : "lenient",
        "file" : "src/test/resources/fixtures/gpo/member.yaml",
        "line" : 10
      },
      "window.value" : {
        "value" : "15 days",
        "raw" : "15",
        "file" : "src/test/resources/fixtures/gpo/member.yaml",
        "line" : 12
      },
      "window.preferred" : {
        "value" : "15 days",
        "raw" : "15",
        "file" : "src/test/resources/fixtures/gpo/member.yaml",
        "line" : 12
      },
      "window.fallback" : {
        "value" : "30 days",
        "raw" : "30",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 16
      },
      "window.walk-away" : {
        "value" : "45 days",
        "raw" : "45",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 16
      },
      "notice.value" : {
        "value" : "2 business days",
        "raw" : "2",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 17
      },
      "notice.preferred" : {
        "value" : "2 business days",
        "raw" : "2",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 17
      },
      "notice.fallback" : {
        "value" : "3 business days",
        "raw" : "3",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 17
      },
      "notice.walk-away" : {
        "value" : "5 business days",
        "raw" : "5",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 17
      }
    }
  }, {
    "id" : "insure",
    "title" : "Insurance",
    "included" : true,
    "settings" : {
      "include" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 19
      },
      "variant" : {
        "value" : "balanced",
        "raw" : "balanced",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 19
      },
      "acceptable-variants" : {
        "value" : "balanced, other",
        "raw" : "[balanced, other]",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 20
      },
      "required" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/member.yaml",
        "line" : 14
      },
      "locked" : {
        "value" : "no",
        "raw" : "false",
        "file" : null
      },
      "cover.value" : {
        "value" : "EUR 5,000,000",
        "raw" : "5000000",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 22
      },
      "cover.preferred" : {
        "value" : "EUR 5,000,000",
        "raw" : "5000000",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 22
      },
      "cover.fallback" : {
        "value" : "EUR 3,000,000",
        "raw" : "3000000",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 22
      },
      "cover.walk-away" : {
        "value" : "EUR 3,000,000",
        "raw" : "3000000",
        "file" : "src/test/resources/fixtures/gpo/member.yaml",
        "line" : 16
      },
      "share.value" : {
        "value" : "20%",
        "raw" : "20",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 23
      },
      "share.preferred" : {
        "value" : "20%",
        "raw" : "20",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 23
      },
      "share.fallback" : {
        "value" : "15%",
        "raw" : "15",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 23
      },
      "share.walk-away" : {
        "value" : "10%",
        "raw" : "10",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 23
      },
      "hours.value" : {
        "value" : "24 hours",
        "raw" : "24",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 24
      },
      "hours.preferred" : {
        "value" : "24 hours",
        "raw" : "24",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 24
      },
      "hours.fallback" : {
        "value" : "48 hours",
        "raw" : "48",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 24
      },
      "hours.walk-away" : {
        "value" : "72 hours",
        "raw" : "72",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 24
      },
      "months.value" : {
        "value" : "36 months",
        "raw" : "36",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 25
      },
      "months.preferred" : {
        "value" : "36 months",
        "raw" : "36",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 25
      },
      "months.fallback" : {
        "value" : "24 months",
        "raw" : "24",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 25
      },
      "months.walk-away" : {
        "value" : "12 months",
        "raw" : "12",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 25
      },
      "years.value" : {
        "value" : "3 years",
        "raw" : "3",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 26
      },
      "years.preferred" : {
        "value" : "3 years",
        "raw" : "3",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 26
      },
      "years.fallback" : {
        "value" : "2 years",
        "raw" : "2",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 26
      },
      "years.walk-away" : {
        "value" : "1 year",
        "raw" : "1",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 26
      },
      "format.value" : {
        "value" : "CycloneDX",
        "raw" : "CycloneDX",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 27
      },
      "format.preferred" : {
        "value" : "CycloneDX",
        "raw" : "CycloneDX",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 27
      },
      "format.fallback" : {
        "value" : "SPDX",
        "raw" : "SPDX",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 27
      },
      "format.walk-away" : {
        "value" : "SPDX",
        "raw" : "SPDX",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 27
      },
      "named.value" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 28
      },
      "named.preferred" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 28
      },
      "named.fallback" : {
        "value" : "yes",
        "raw" : "true",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 28
      },
      "named.walk-away" : {
        "value" : "no",
        "raw" : "false",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 28
      },
      "note.value" : {
        "value" : "per the Agreement",
        "raw" : "per the Agreement",
        "file" : "src/test/resources/fixtures/gpo/gpo.yaml",
        "line" : 29
      }
    }
  } ]
}
## stderr
