#!/usr/bin/python3
"""Turns a draft of today's mc2 into the shape drafts had before commit 14798a4: each clause content
control's sdtPr carries a title (w:alias, the clause heading) and an id counted up from 0x6D630001,
in the order docx4j wrote them (alias, tag, id). Usage: old-shape.py IN.docx OUT.docx
Checked on 2026-12-02: from today's draft of output-samples/sample-deal.yaml it makes a word/document.xml
byte-identical to the one mc2 built at 14798a4^ writes for the same deal and date."""
import re
import sys
import zipfile

FIRST_SDT_ID = 0x6D630001


def old_shape(xml):
    next_id = [FIRST_SDT_ID]

    def add(m):
        tag, content = m.group(1), m.group(2)
        # the clause heading: the text runs of the first paragraph of the content
        first_p = content[:content.index("</w:p>")]
        title = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", first_p))
        sdt_id = next_id[0]
        next_id[0] += 1
        return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/>%s<w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s'
                % (title.replace('"', "&quot;"), tag, sdt_id, content))

    out, n = re.subn(r'<w:sdt><w:sdtPr>(<w:tag w:val="[^"]*"/>)</w:sdtPr><w:sdtContent>(<w:p>.*?</w:p>)',
                     add, xml)
    if n == 0:
        raise SystemExit("no clause content controls found")
    return out


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = old_shape(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


if __name__ == "__main__":
    main(*sys.argv[1:3])
