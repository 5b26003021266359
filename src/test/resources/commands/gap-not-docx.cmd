## args
gap pom.xml
## exit
4
## stdout
## stderr
mc2: pom.xml: an XML file (Word 2003 XML or flat OPC?), not a .docx; save it as .docx first
