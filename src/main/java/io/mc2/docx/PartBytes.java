package io.mc2.docx;

/** Looks at a part's bytes before parsing it: whether a name occurs at all decides whether a costly pass is needed. */
public final class PartBytes {
    private PartBytes() {
    }

    /** Whether {@code data} holds the ASCII text {@code what} anywhere. */
    public static boolean contains(byte[] data, String what) {
        if (data == null) return false;
        byte[] w = what.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + w.length <= data.length; i++) {
            for (int j = 0; j < w.length; j++) if (data[i + j] != w[j]) continue outer;
            return true;
        }
        return false;
    }
}
