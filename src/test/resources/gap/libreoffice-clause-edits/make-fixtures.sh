#!/usr/bin/env bash
# LibreOffice (through ../shared/tools/lo_edit.py) deleting and moving a whole clause of our draft
# with change tracking on, as a supplier on LibreOffice does. LibreOffice 7.4 wrote malformed XML
# for these edits while our clause content controls had a title or an id (LibreOfficeClauseEditsTest).
# Run from the project root; the drafts are of the current library, so remake them when it changes.
set -euo pipefail
d=src/test/resources/gap/libreoffice-clause-edits
tmp="$(mktemp -d)"
./mc2 draft --no-record --deal output-samples/sample-deal.yaml --date 2026-12-01 -o "$tmp/draft.docx"
/usr/bin/python3 ../shared/tools/lo_edit.py "$tmp/draft.docx" "$d/lo-deleted-clause.docx" "$d/delete-subcontractors.json"
/usr/bin/python3 ../shared/tools/lo_edit.py "$tmp/draft.docx" "$d/lo-moved-clause.docx" "$d/move-subcontractors.json"
rm -rf "$tmp"
