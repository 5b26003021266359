package io.mc2.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Sends bytes as a file to save, under a name made safe for the header (names come from uploads). */
final class Download {
    private Download() {
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static void send(Context ctx, String fileName, String contentType, byte[] bytes) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + urlSegment(fileName));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(contentType);
        ctx.result(bytes);
    }

    /** The content type of a download by its extension. */
    static String type(String extension) {
        return switch (extension) {
            case "docx" -> DOCX;
            case "html" -> "text/html; charset=utf-8";
            case "md" -> "text/markdown; charset=utf-8";
            case "json" -> "application/json";
            case "csv" -> "text/csv; charset=utf-8";
            case "zip" -> "application/zip";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/octet-stream";
        };
    }

    /** Text as one segment of a URL: every byte outside the unreserved set percent-encoded. */
    static String urlSegment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) sb.append((char) c);
            else sb.append('%').append(String.format("%02X", c));
        }
        return sb.toString();
    }
}
