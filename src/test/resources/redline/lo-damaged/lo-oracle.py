#!/usr/bin/python3
"""What the supplier's LibreOffice shows after an edit, before the save that damages the file:

  /usr/bin/python3 lo-oracle.py IN.docx OUT.odt OPS.json

runs ../shared/tools/lo_edit.py on IN.docx exactly as make-fixtures.sh does, with one difference: the
document is stored in LibreOffice's own format (ODF, filter writer8) instead of Word's, so its XML is
LibreOffice's model of the edit as the user saw it. LibreOffice itself cannot reopen the damaged .docx
("could not open"), so this is the reading to compare mc2's repair with (accept-all / reject-all of
the .odt through lo_redline.py)."""
import os
import sys

TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 5, "..", "shared", "tools")
sys.path.insert(0, os.environ.get("LO_TOOLS", os.path.normpath(TOOLS)))
import lo_edit  # noqa: E402

word_prop = lo_edit.prop


def odf_prop(name, value):
    if (name, value) == ("FilterName", "MS Word 2007 XML"):
        value = "writer8"
    return word_prop(name, value)


lo_edit.prop = odf_prop
sys.argv = ["lo_edit.py"] + sys.argv[1:]
sys.exit(lo_edit.main())
