#!/usr/bin/env bash
# Returns that LibreOffice 7.4 damaged: a supplier deletes or moves (cuts and pastes) a whole clause,
# change tracking on, in a draft of the shape mc2 wrote before commit 14798a4 (clause content controls
# with a title and an id; old-shape.py puts them back into today's draft). LibreOffice then writes a
# main part that is not well-formed (LoDamagedReturnsTest; the pattern is in LibreOfficeSdtRepair).
# For each return, LibreOffice's own view of the edit: the same edit stored as ODF (lo-oracle.py),
# accepted and rejected by LibreOffice (*.lo-accepted.docx, *.lo-rejected.docx).
# Run from the project root.
set -euo pipefail
d=src/test/resources/redline/lo-damaged
tools=../shared/tools
tmp="$(mktemp -d)"
./mc2 draft --no-record --deal output-samples/sample-deal.yaml --date 2026-12-01 -o "$tmp/draft.docx"
/usr/bin/python3 "$d/old-shape.py" "$tmp/draft.docx" "$tmp/old-draft.docx"
for edit in delete-subcontractors delete-third-party-components move-subcontractors; do
  /usr/bin/python3 "$tools/lo_edit.py" "$tmp/old-draft.docx" "$d/$edit.docx" "$d/$edit.json"
  /usr/bin/python3 "$d/lo-oracle.py" "$tmp/old-draft.docx" "$tmp/$edit.odt" "$d/$edit.json"
  /usr/bin/python3 "$tools/lo_redline.py" --accept-all "$tmp/$edit.odt" "$d/$edit.lo-accepted.docx"
  /usr/bin/python3 "$tools/lo_redline.py" --reject-all "$tmp/$edit.odt" "$d/$edit.lo-rejected.docx"
done
rm -rf "$tmp"
