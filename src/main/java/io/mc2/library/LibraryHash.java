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
 * leaving out each clause's {@code guidance.to-supplier} entry and its parameters' {@code false-when}
 * lines when they stand on their own lines. Neither ever enters a draft, so writing or rewording
 * them must not make every draft already with a supplier look out of date.
 */
final class LibraryHash {
    /** A {@code to-supplier:} key inside a block mapping (indented), with the lines that continue its value. */
    private static final Pattern TO_SUPPLIER = Pattern.compile(
            "(?m)^([ \\t]+)to-supplier:.*(?:\\R|\\z)(?:(?:[ \\t]*\\R)*\\1[ \\t]+\\S.*(?:\\R|\\z))*");

    /** A parameter's {@code false-when:} line (a rating hint for gap), with any comment on it. */
    private static final Pattern FALSE_WHEN = Pattern.compile("(?m)^[ \\t]+false-when:.*(?:\\R|\\z)");

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
        digest.update(clauseFile ? hashed(bytes) : bytes);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The clause file's bytes without its block-style {@code to-supplier} entry and {@code false-when} lines. */
    static byte[] hashed(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher m = TO_SUPPLIER.matcher(text);
        if (m.find()) text = text.substring(0, m.start()) + text.substring(m.end());
        return FALSE_WHEN.matcher(text).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }
}
