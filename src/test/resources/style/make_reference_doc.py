#!/usr/bin/env python3
"""Builds reference.docx, the --reference-doc fixture: DejaVu Serif 12 pt, A4 with 2 cm margins,
dark-blue headings in the theme's major font (DejaVu Sans), a header with a small PNG logo; and
things that must never reach a draft: body text, a comment, core and custom properties."""
import struct, zipfile, zlib

def png(width, height, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

def style(kind, sid, name, body, based="Normal"):
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{body}</w:style>'

styles = (DECL + f'<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif" w:eastAsia="DejaVu Serif"/>'
          '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + style("paragraph", "Normal", "Normal", "", None).replace('<w:style ', '<w:style w:default="1" ', 1)
          + style("paragraph", "Heading", "Heading",
                  '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr>'
                  '<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:color w:val="1F4E79"/></w:rPr>')
          + style("paragraph", "Heading1", "heading 1",
                  '<w:pPr><w:outlineLvl w:val="0"/><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr>'
                  '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>', "Heading")
          + style("paragraph", "Heading2", "heading 2",
                  '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>', "Heading")
          + style("paragraph", "Title", "Title", '<w:pPr><w:jc w:val="center"/></w:pPr>'
                  '<w:rPr><w:b/><w:sz w:val="40"/><w:color w:val="1F4E79"/></w:rPr>', "Heading")
          + style("paragraph", "Header", "header", '<w:rPr><w:sz w:val="18"/></w:rPr>')
          + '</w:styles>')

theme = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Fixture">'
         '<a:themeElements><a:fontScheme name="Fixture"><a:majorFont><a:latin typeface="DejaVu Sans"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="DejaVu Serif"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>')

logo = ('<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="360000" cy="360000"/><wp:docPr id="1" name="Logo"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        '</wp:inline></w:drawing></w:r>')
header = (DECL + f'<w:hdr {W} {R} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
          f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{logo}'
          '<w:r><w:t xml:space="preserve"> Riverside Health System</w:t></w:r></w:p></w:hdr>')

document = (DECL + f'<w:document {W} {R}><w:body>'
            '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>INTERNAL ONLY</w:t></w:r></w:p>'
            '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>INTERNAL ONLY: our walk-away is 30 days.</w:t></w:r>'
            '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
            '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
            '</w:sectPr></w:body></w:document>')

comments = (DECL + f'<w:comments {W}><w:comment w:id="0" w:author="Internal Person" w:initials="IP">'
            '<w:p><w:r><w:t>INTERNAL ONLY comment</w:t></w:r></w:p></w:comment></w:comments>')

core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>INTERNAL ONLY template</dc:title>'
        '<dc:creator>Internal Person</dc:creator><cp:lastModifiedBy>Internal Person</cp:lastModifiedBy></cp:coreProperties>')
custom = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="internal.note">'
          '<vt:lpwstr>INTERNAL ONLY</vt:lpwstr></property></Properties>')

WT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
         f'<Override PartName="/word/document.xml" ContentType="{WT}document.main+xml"/>'
         f'<Override PartName="/word/styles.xml" ContentType="{WT}styles+xml"/>'
         f'<Override PartName="/word/header1.xml" ContentType="{WT}header+xml"/>'
         f'<Override PartName="/word/comments.xml" ContentType="{WT}comments+xml"/>'
         '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
         '</Types>')

def rels(*items):
    return (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in items) + '</Relationships>')

parts = {
    "[Content_Types].xml": types,
    "_rels/.rels": rels(("rId1", REL + "officeDocument", "word/document.xml"),
                        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                        ("rId3", REL + "custom-properties", "docProps/custom.xml")),
    "word/document.xml": document,
    "word/_rels/document.xml.rels": rels(("rId1", REL + "styles", "styles.xml"), ("rId2", REL + "theme", "theme/theme1.xml"),
                                         ("rId3", REL + "comments", "comments.xml"), ("rId4", REL + "header", "header1.xml")),
    "word/styles.xml": styles,
    "word/theme/theme1.xml": theme,
    "word/header1.xml": header,
    "word/_rels/header1.xml.rels": rels(("rIdLogo", REL + "image", "media/logo.png")),
    "word/comments.xml": comments,
    "docProps/core.xml": core,
    "docProps/custom.xml": custom,
}
with zipfile.ZipFile("reference.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, (1980, 1, 1, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))
    info = zipfile.ZipInfo("word/media/logo.png", (1980, 1, 1, 12, 0, 0))
    z.writestr(info, png(24, 24, (0x1F, 0x4E, 0x79)))
