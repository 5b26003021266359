package io.mc2.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's hash, which a draft carries in its provenance so that {@code mc2 gap} can say when
 * the library changed since the draft was made: SHA-256 over every library file's path and bytes,
 * leaving out each clause's {@code guidance.to-supplier} entry when it stands on its own lines.
 * That text never enters a draft, so writing or rewording it must not make every draft already
 * with a supplier look out of date.
 */
final class LibraryHash {
    /** A {@code to-supplier:} key inside a block mapping (indented), with the lines that continue its value. */
    private static final Pattern TO_SUPPLIER = Pattern.compile(
            "(?m)^([ \\t]+)to-supplier:.*(?:\\R|\\z)(?:(?:[ \\t]*\\R)*\\1[ \\t]+\\S.*(?:\\R|\\z))*");

    private final MessageDigest digest;

    LibraryHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds one file, named by its path relative to the library folder. */
    void add(String relativePath, byte[] bytes, boolean clauseFile) {
        digest.update(relativePath.replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(clauseFile ? withoutToSupplier(bytes) : bytes);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The clause file's bytes without its block-style {@code to-supplier} entry. */
    static byte[] withoutToSupplier(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = TO_SUPPLIER.matcher(text);
        return m.find() ? (text.substring(0, m.start()) + text.substring(m.end())).getBytes(StandardCharsets.UTF_8) : bytes;
    }
}
