#!/usr/bin/python3
"""Text-box fixtures made by LibreOffice Writer (headless), for the reader and compare tests.

  /usr/bin/python3 make-fixtures.py OUTDIR    (a folder outside the repository, e.g. /tmp/tbx; then copy the files here)

textbox-a.docx        three paragraphs; a text frame anchored in the second holds two paragraphs
textbox-tracked.docx  A with the frame's text edited under change tracking (author "Supplier Counsel")
textbox-b.docx        A with the same edit made silently (a clean copy)
"""
import os
import shutil
import sys
import tempfile

# lo_redline.py of ../shared/tools (the repository's sibling folder)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../../shared/tools"))
import uno  # noqa: E402
from com.sun.star.awt import Size  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402
from lo_redline import prop, set_author, start_office  # noqa: E402

BODY = ["Support and service terms.",
        "Manufacturer shall staff a support line for security questions.",
        "Notices go to the security contacts named in the Key Terms Schedule."]
BOX = ["Security hotline: available 24 hours a day, every day.",
       "Escalation: a named engineer answers within 4 hours."]


def save(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True)))


def edit_box(doc):
    frame = doc.getTextFrames().getByIndex(0)
    text = frame.getText()
    # the frame's text is not searchable on its own: walk its paragraphs and edit the match
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        para = enum.nextElement()
        s = para.getString()
        i = s.find("24 hours a day, every day")
        if i >= 0:
            cur = text.createTextCursorByRange(para.getStart())
            cur.goRight(i, False)
            cur.goRight(len("24 hours a day, every day"), True)
            cur.setString("during business hours")
            break


def create(desktop, box):
    doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))
    text = doc.getText()
    cursor = text.createTextCursor()
    for i, p in enumerate(BODY):
        text.insertString(cursor, p, False)
        if i == 1:
            frame = doc.createInstance("com.sun.star.text.TextFrame")
            frame.setSize(Size(9000, 3000))
            text.insertTextContent(cursor, frame, False)
            ft = frame.getText()
            fc = ft.createTextCursor()
            for j, b in enumerate(box):
                ft.insertString(fc, b, False)
                if j + 1 < len(box):
                    ft.insertControlCharacter(fc, PARAGRAPH_BREAK, False)
        if i + 1 < len(BODY):
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    return doc


def main():
    out = sys.argv[1]
    profile = tempfile.mkdtemp(prefix="lo-textbox-")
    proc, ctx = start_office(profile)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        set_author(ctx, "Supplier Counsel")
        doc = create(desktop, BOX)
        save(doc, os.path.join(out, "textbox-a.docx"))
        # Writer reads a saved text frame back as a drawing shape, so each edit is made on the frame it made
        doc.RecordChanges = True
        edit_box(doc)
        save(doc, os.path.join(out, "textbox-tracked.docx"))
        doc.close(True)
        doc = create(desktop, [BOX[0].replace("24 hours a day, every day", "during business hours"), BOX[1]])
        save(doc, os.path.join(out, "textbox-b.docx"))
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
