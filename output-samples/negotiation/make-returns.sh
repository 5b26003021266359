#!/bin/sh
# Makes the supplier's returns of the README's negotiation example (three rounds on the sample
# deal, library and profiles as shipped). The supplier's side is LibreOffice (headless) through
# ../shared/tools; our side is mc2 itself. The returns are committed; run this on purpose only,
# when the library's wording of the clauses below changes (last made for library 0.3.0):
#   return-r1.docx  the supplier's redline of our draft: patch-critical 30 -> 55 days (beyond the
#                   fallback of 45), patch-high 30 -> 45 days (within the fallback of 60), and a
#                   comment on the CVD acknowledgement
#   return-r2.docx  our counter-redline of round 1 accepted in full, then patch-critical changed
#                   again (45 -> 50 days) and a comment on the threat-model clause
#   return-r3.docx  our counter-redline of round 2 accepted in full (LibreOffice's accept-all)
set -e
here="$(cd "$(dirname "$0")" && pwd)"
mc2="$here/../../mc2"
T=${LO_TOOLS:-$here/../../../shared/tools}
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

"$mc2" draft --deal "$here/../sample-deal.yaml" --date 2026-03-01 -o sent.docx --record record

$PY "$T/lo_redline.py" sent.docx "$here/return-r1.docx" --author "Supplier Counsel" \
  --replace "including a Critical Vulnerability in a Third-Party Component, within thirty (30) days=>including a Critical Vulnerability in a Third-Party Component, within fifty-five (55) days" \
  --replace "including a High Vulnerability in a Third-Party Component, within thirty (30) days=>including a High Vulnerability in a Third-Party Component, within forty-five (45) days" \
  --comment "shall acknowledge each report from Customer=>Acknowledgement within 10 business days is our standard."

"$mc2" respond "$here/return-r1.docx" -o counter-r1.docx --record record
$PY "$T/lo_redline.py" counter-r1.docx accepted-r1.docx --accept-all
$PY "$T/lo_redline.py" accepted-r1.docx "$here/return-r2.docx" --author "Supplier Counsel" \
  --replace "including a Critical Vulnerability in a Third-Party Component, within forty-five (45) days=>including a Critical Vulnerability in a Third-Party Component, within fifty (50) days" \
  --comment "a summary of the residual risks=>We can share this summary under a non-disclosure agreement only."

"$mc2" respond "$here/return-r2.docx" -o counter-r2.docx --record record
$PY "$T/lo_redline.py" counter-r2.docx "$here/return-r3.docx" --accept-all
echo "made $here/return-r1.docx, return-r2.docx, return-r3.docx" >&2
