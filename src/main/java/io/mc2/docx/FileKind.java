package io.mc2.docx;

import java.nio.charset.StandardCharsets;

/**
 * Tells the file kinds that are not a .docx apart by their first bytes, so that each gets its own
 * message (an encrypted document, a legacy .doc, an RTF or PDF file) instead of "not a zip".
 */
final class FileKind {

    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileKind() {
    }

    /** Null when the bytes start like a zip archive; otherwise why the file is not a .docx. */
    static String notDocx(byte[] data) {
        int n = data.length;
        if (n == 0) return "empty file, not a .docx";
        if (n >= 8 && startsWith(data, OLE_MAGIC)) return oleKind(data);
        if (n >= 4 && data[0] == 'P' && data[1] == 'K' && (data[2] == 3 || data[2] == 5 || data[2] == 7)) return null;
        if (n < 4 && data[0] == 'P') return "truncated zip archive";
        String start = new String(data, 0, Math.min(n, 8), StandardCharsets.ISO_8859_1);
        if (start.startsWith("{\\rtf")) return "an RTF file, not a .docx; save it as .docx first";
        if (start.startsWith("%PDF")) return "a PDF file, not a .docx";
        if (start.startsWith("<?xml") || start.startsWith("\u00ef\u00bb\u00bf<?x")) {
            return "an XML file (Word 2003 XML or flat OPC?), not a .docx; save it as .docx first";
        }
        return "not a .docx file (a .docx is a zip archive; this file is not one)";
    }

    /** An OLE compound file is either an encrypted OOXML package or a legacy binary document. */
    private static String oleKind(byte[] data) {
        if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage")) {
            return "encrypted (password-protected) document; remove the password in Word and save it again";
        }
        if (containsUtf16(data, "WordDocument")) {
            return "legacy binary Word .doc file, not a .docx; save it as .docx first";
        }
        return "an OLE compound file (legacy Office format), not a .docx";
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }

    private static boolean containsUtf16(byte[] data, String s) {
        byte[] needle = s.getBytes(StandardCharsets.UTF_16LE);
        int limit = Math.min(data.length, 8 << 20);
        outer:
        for (int i = 0; i + needle.length <= limit; i++) {
            for (int j = 0; j < needle.length; j++) if (data[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
