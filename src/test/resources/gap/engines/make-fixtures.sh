#!/usr/bin/env bash
# How the fixtures of EngineRedlinesTest were made (run once; the outputs are committed).
# The same four edits of our draft, through three producers: LibreOffice tracked changes, a
# LibreOffice clean copy (untracked), and Docxodus (Open-XML-PowerTools' WmlComparer port, npm
# package docxodus 12.6.2) comparing our draft with that clean copy.
set -euo pipefail
cd "$(dirname "$0")"
SENT=../sent-gpo.docx
TOOLS=../../../../../../shared/tools
EDITS=(
  "Critical Vulnerability in the Product, including in a Third-Party Component, within thirty (30) days=>Critical Vulnerability in the Product, including in a Third-Party Component, within forty-five (45) days"
  "High Vulnerability in the Product, including in a Third-Party Component, within thirty (30) days=>High Vulnerability in the Product, including in a Third-Party Component, within ninety (90) days"
  "at least USD 5,000,000 per claim=>at least USD 2,000,000 per claim"
  "Manufacturer shall maintain a threat model=>Manufacturer will use commercially reasonable efforts to maintain a threat model"
)
tracked=(); silent=()
for e in "${EDITS[@]}"; do tracked+=(--replace "$e"); silent+=(--silent-replace "$e"); done
/usr/bin/python3 $TOOLS/lo_redline.py $SENT lo-tracked.docx --author "Supplier Counsel" "${tracked[@]}"
/usr/bin/python3 $TOOLS/lo_redline.py $SENT lo-clean.docx --author "Supplier Counsel" "${silent[@]}"
# docxodus: npm install docxodus@12.6.2 in a scratch folder, then node compare.mjs A B OUT AUTHOR
# (run from a folder where node_modules/docxodus is installed, or set NODE_PATH)
node "$(pwd)/docxodus-compare.mjs" $SENT lo-clean.docx docxodus.docx "Supplier Counsel"
