#!/usr/bin/python3
"""Marks comments resolved in LibreOffice Writer (headless), as a reviewer clicking "Resolve" would:
every comment whose text contains one of the given substrings gets Resolved = true, and the
document is saved as .docx by LibreOffice (w15:done in commentsExtended.xml).

  /usr/bin/python3 lo_resolve.py IN.docx OUT.docx SUBSTRING [SUBSTRING ...]

Uses the start-up helpers of /work/shared/tools/lo_redline.py (LO_TOOLS overrides the folder).
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.environ.get("LO_TOOLS", "/work/shared/tools"))
import uno  # noqa: E402
from lo_redline import start_office, prop  # noqa: E402


def main():
    src_path, out_path, needles = sys.argv[1], sys.argv[2], sys.argv[3:]
    profile = tempfile.mkdtemp(prefix="lo_resolve_profile_")
    proc, ctx = start_office(profile)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        src = os.path.join(profile, "input.docx")
        shutil.copyfile(src_path, src)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
        fields = doc.getTextFields().createEnumeration()
        resolved = 0
        while fields.hasMoreElements():
            f = fields.nextElement()
            if not f.supportsService("com.sun.star.text.textfield.Annotation"):
                continue
            if any(n in f.Content for n in needles):
                f.Resolved = True
                resolved += 1
                print("resolved %r by %s" % (f.Content[:60], f.Author))
        if resolved == 0:
            raise SystemExit("no comment contains %r" % needles)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out_path)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        print("wrote %s" % out_path)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
