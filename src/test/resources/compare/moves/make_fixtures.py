#!/usr/bin/python3
"""Writes the A/B pairs of MoveInteropTest: hand-built WordprocessingML, one pair per shape of move.

  /usr/bin/python3 make_fixtures.py          (writes NAME-a.docx / NAME-b.docx beside this file)

Each document is a body of blocks: ("h", text) a Heading1 paragraph, ("p", text) a body paragraph,
("sdt", tag, [blocks]) a block content control as mc2's draft writes one per clause (tag, heading
bookmark), ("tbl", [[cell blocks], ...]) a one-row table, ("rows", [[[cell blocks], ...], ...]) a table of rows. No fields, so LibreOffice's accept-all
and reject-all can be compared with B and A as text. Zip entries carry a fixed time (same bytes
on every run).
"""
import os
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>""" % W

bookmark_ids = [0]


def para(text, style=None, bookmark=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    bm = ""
    if bookmark:
        bookmark_ids[0] += 1
        bm = '<w:bookmarkStart w:id="%d" w:name="%s"/><w:bookmarkEnd w:id="%d"/>' % (
            bookmark_ids[0], bookmark, bookmark_ids[0])
    return '<w:p>%s%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, bm, escape(text))


def blocks(items):
    out = []
    for b in items:
        if b[0] == "h":
            out.append(para(b[1], "Heading1"))
        elif b[0] == "p":
            out.append(para(b[1]))
        elif b[0] == "sdt":
            tag, inner = b[1], b[2]
            first = inner[0]
            body = [para(first[1], "Heading1" if first[0] == "h" else None, "mc2_" + tag.replace("-", "_"))]
            body.append(blocks(inner[1:]))
            out.append('<w:sdt><w:sdtPr><w:tag w:val="%s"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
                       % (tag, "".join(body)))
        elif b[0] in ("tbl", "rows"):
            rows = [b[1]] if b[0] == "tbl" else b[1]
            trs = "".join("<w:tr>%s</w:tr>" % "".join(
                '<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>%s</w:tc>' % blocks(c) for c in row)
                for row in rows)
            grid = "".join('<w:gridCol w:w="4000"/>' for _ in rows[0])
            out.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
                       '%s</w:tbl>' % (grid, trs))
        else:
            raise ValueError(b)
    return "".join(out)


def document(items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % (W, blocks(items)))


def write(path, items):
    bookmark_ids[0] = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS), ("word/styles.xml", STYLES),
                           ("word/document.xml", document(items))]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# clauses: a heading and its body paragraphs
def clause(n, body=1):
    return [("h", "Clause %s heading text" % n)] + [
        ("p", "Body paragraph %d of clause %s, long enough to count as a move." % (i + 1, n)) for i in range(body)]


def sdt(n, body=1):
    return ("sdt", "clause-%s" % n, clause(n, body))


def flat(*clauses):
    return [b for c in clauses for b in c]


CLOSING = ("p", "A closing paragraph that stays where it was.")

CASES = {
    # a heading with its two body paragraphs moved two clauses down
    "clause": (flat(clause(1), clause(2, 2), clause(3), clause(4), clause(5)),
               flat(clause(1), clause(3), clause(4), clause(2, 2), clause(5))),
    # one body paragraph moved into another clause
    "paragraph": (flat(clause(1, 2), clause(2, 2)),
                  [clause(1, 2)[0], clause(1, 2)[2], clause(2, 2)[0], clause(2, 2)[1], clause(1, 2)[1],
                   clause(2, 2)[2]]),
    # a moved clause lands next to a newly inserted heading and its paragraph
    "beside-inserted-heading": (flat(clause(1), clause(2), clause(3), clause(4)),
                                flat(clause(1), clause(3), [("h", "A new clause heading"),
                                                            ("p", "The new clause's body, inserted by the supplier.")],
                                     clause(2), clause(4))),
    # a clause moved to the front of the document
    "to-front": (flat(clause(1), clause(2), clause(3), clause(4)),
                 flat(clause(3), clause(1), clause(2), clause(4))),
    # paragraphs of a table cell change places within the cell (cells are compared without moves),
    # and one leaves the table for the body after it
    "table-cell": ([("p", "Before the table."),
                    ("rows", [[[("p", "Term")], [("p", "Value")]],
                              [flat(clause("A", 2), clause("B"), [("p", "The cell's last paragraph stays.")]),
                               [("p", "Second cell text stays as it was.")]]]),
                    ("p", "After the table, a paragraph that stays.")],
                   [("p", "Before the table."),
                    ("rows", [[[("p", "Term")], [("p", "Value")]],
                              [flat(clause("B"), clause("A", 1), [("p", "The cell's last paragraph stays.")]),
                               [("p", "Second cell text stays as it was.")]]]),
                    clause("A", 2)[2],
                    ("p", "After the table, a paragraph that stays.")]),
    # a paragraph standing just before a table moves after it
    "beside-table": ([("p", "Opening paragraph of the document."),
                      ("p", "This paragraph stands right before the table and moves."),
                      ("tbl", [[("p", "Cell one")], [("p", "Cell two")]]),
                      ("p", "Closing paragraph of the document.")],
                     [("p", "Opening paragraph of the document."),
                      ("tbl", [[("p", "Cell one")], [("p", "Cell two")]]),
                      ("p", "This paragraph stands right before the table and moves."),
                      ("p", "Closing paragraph of the document.")]),
    # clauses in block content controls, as mc2's draft writes them (the issue's case)
    "content-controls": ([sdt(1), sdt(2), sdt(3), sdt(4)],
                         [sdt(1), sdt(3), sdt(2), sdt(4)]),
    # the same, with a clause inserted beside the moved one
    "content-controls-inserted": ([sdt(1), sdt(2), sdt(3), sdt(4)],
                                  [sdt(1), sdt(3), sdt(2), sdt("new"), sdt(4)]),
    # a clause in a content control moved to the front, before the first control
    "content-controls-to-front": ([sdt(1), sdt(2), sdt(3, 2), sdt(4)],
                                  [sdt(3, 2), sdt(1), sdt(2), sdt(4)]),
    # a clause in a content control deleted (no move: the same first-paragraph trouble)
    "content-controls-deleted": ([sdt(1), sdt(2, 2), sdt(3)],
                                 [sdt(1), sdt(3)]),
    # only a clause's heading moves (into the next clause); its body stays in its content control
    "content-controls-heading": ([sdt(1), sdt(2, 2), ("sdt", "clause-3", clause(3) + [CLOSING])],
                                 [sdt(1), ("sdt", "clause-2", clause(2, 2)[1:]),
                                  ("sdt", "clause-3", clause(3) + [clause(2)[0], CLOSING])]),
}

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for name, (a, b) in CASES.items():
        write(os.path.join(here, name + "-a.docx"), a)
        write(os.path.join(here, name + "-b.docx"), b)
        print("wrote", name)
