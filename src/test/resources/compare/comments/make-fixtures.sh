#!/bin/sh
# Remakes the comment fixtures of CommentCarryingTest with LibreOffice (headless), from the
# compare fixture draft-a.docx: B is a clean copy (untracked edits) the supplier commented on.
set -e
cd "$(dirname "$0")"
TOOLS=../../../../../../shared/tools
/usr/bin/python3 "$TOOLS/lo_redline.py" ../draft-a.docx commented-b.docx --author "Supplier Counsel" \
  --silent-replace "a threat model and a security risk assessment=>a threat model" \
  --silent-replace "within ten (10) days after a Vulnerability=>within thirty (30) days after a Vulnerability" \
  --comment "maintain a threat model=>We keep one threat model per product line." \
  --comment "a complete MDS2=>Our MDS2 follows the 2019 form." \
  --comment "VEX Statement that states whether=>VEX is published on our portal."
# a comment on a paragraph only B has, and one spanning two paragraphs' worth of a deletion
/usr/bin/python3 "$TOOLS/lo_redline.py" ../draft-a.docx commented-new-b.docx --author "Supplier Counsel" \
  --insert-after "a complete MDS2=>Manufacturer shall also publish the MDS2 on its customer portal." \
  --comment "publish the MDS2 on its customer portal=>Added at the request of our compliance team." \
  --delete-para "VEX Statement that states whether"
