#!/usr/bin/python3
"""Text-box fixtures for compare, made by LibreOffice Writer (headless).

  /usr/bin/python3 make-fixtures.py OUTDIR    (a folder outside the repository; then copy the files here)

Every file is built from scratch by the same recipe, so A and each B differ only where said:

boxes-a.docx         five body paragraphs and a one-row, two-cell table:
                       a frame in paragraph 2 (two paragraphs), a frame in the first cell (one paragraph),
                       a frame in paragraph 4 holding a 2x2 table
boxes-edited.docx    A with a word changed inside each of the three frames (the table one in a cell)
boxes-deleted.docx   A without the frame of paragraph 2
boxes-inserted.docx  A with one more frame, anchored in paragraph 3
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../../shared/tools"))
import uno  # noqa: E402
from com.sun.star.awt import Size  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402
from lo_redline import prop, start_office  # noqa: E402

BODY = ["Support and service terms.",
        "Manufacturer shall staff a support line for security questions.",
        "Vulnerabilities are disclosed through the coordinated disclosure process.",
        "Response times are listed in the table below.",
        "Notices go to the security contacts named in the Key Terms Schedule."]
HOTLINE = ["Security hotline: available 24 hours a day, every day.",
           "Escalation: a named engineer answers within 4 hours."]
CELL = ["Patch window: thirty (30) days after validation."]
TABLE = [["Severity", "Response"], ["Critical", "within 24 hours"]]
NEW_BOX = ["Disclosure contact: psirt@manufacturer.example, monitored on business days."]


def save(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)))


def frame_with(doc, text, cursor, lines):
    frame = doc.createInstance("com.sun.star.text.TextFrame")
    frame.setSize(Size(9000, 2500))
    text.insertTextContent(cursor, frame, False)
    ft = frame.getText()
    fc = ft.createTextCursor()
    for j, line in enumerate(lines):
        ft.insertString(fc, line, False)
        if j + 1 < len(lines):
            ft.insertControlCharacter(fc, PARAGRAPH_BREAK, False)
    return frame


def frame_with_table(doc, text, cursor, rows):
    frame = doc.createInstance("com.sun.star.text.TextFrame")
    frame.setSize(Size(9000, 2500))
    text.insertTextContent(cursor, frame, False)
    ft = frame.getText()
    fc = ft.createTextCursor()
    ft.insertString(fc, "Response times:", False)
    table = doc.createInstance("com.sun.star.text.TextTable")
    table.initialize(len(rows), len(rows[0]))
    ft.insertTextContent(fc, table, False)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.getCellByName("%s%d" % ("AB"[c], r + 1)).setString(value)


def create(desktop, hotline=HOTLINE, cell=CELL, table=TABLE, extra=None):
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    text = doc.getText()
    cursor = text.createTextCursor()
    for i, p in enumerate(BODY):
        text.insertString(cursor, p, False)
        if i == 1 and hotline is not None:
            frame_with(doc, text, cursor, hotline)
        if i == 2 and extra is not None:
            frame_with(doc, text, cursor, extra)
        if i == 3:
            frame_with_table(doc, text, cursor, table)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    grid = doc.createInstance("com.sun.star.text.TextTable")
    grid.initialize(1, 2)
    text.insertTextContent(cursor, grid, False)
    c = grid.getCellByName("A1")
    ct = c.getText()
    cc = ct.createTextCursor()
    ct.insertString(cc, "Patching", False)
    frame_with(doc, ct, cc, cell)
    grid.getCellByName("B1").setString("Manufacturer validates patches before release.")
    text.insertString(text.getEnd(), "End of terms.", False)
    return doc


def main():
    out = sys.argv[1]
    profile = tempfile.mkdtemp(prefix="lo-boxes-")
    proc, ctx = start_office(profile)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        variants = {
            "boxes-a.docx": {},
            "boxes-edited.docx": dict(
                hotline=[HOTLINE[0].replace("24 hours a day, every day", "during business hours"), HOTLINE[1]],
                cell=[CELL[0].replace("thirty (30)", "ninety (90)")],
                table=[TABLE[0], ["Critical", "within 72 hours"]]),
            "boxes-deleted.docx": dict(hotline=None),
            "boxes-inserted.docx": dict(extra=NEW_BOX),
        }
        for name, kw in variants.items():
            doc = create(desktop, **kw)
            save(doc, os.path.join(out, name))
            doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
