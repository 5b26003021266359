#!/usr/bin/env bash
# Rebuilds the supplier-paper fixtures of `mc2 review` from their HTML sources (our own drafting) with
# LibreOffice: each sources/NAME.html becomes NAME.docx (headings as Heading styles, <ol> as Word
# numbering, tables as Word tables), and northwind-numbered.docx is exported to northwind-numbered.pdf.
# Tests never run this: the .docx and .pdf files are committed. Run it from any folder.
set -euo pipefail
cd "$(dirname "$0")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
lo() { soffice -env:UserInstallation="file://$profile" --headless "$@" >/dev/null; }
for src in sources/*.html; do
  lo --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir . "$src"
done
lo --convert-to pdf --outdir . northwind-numbered.docx
ls -l ./*.docx ./*.pdf
