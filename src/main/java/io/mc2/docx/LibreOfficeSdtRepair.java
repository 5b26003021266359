package io.mc2.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Repairs the one malformation LibreOffice 7.4 writes into a main part, and nothing else. With change
 * tracking on, when a user deletes or cuts and pastes a heading that holds a content control with a
 * title or an id (our drafts before the clause controls carried only their tag), Writer opens the
 * control inside the tracked change that starts the heading and closes it after the next one:
 *
 * <pre>{@code
 * <w:del A><w:sdt><w:sdtPr>...</w:sdtPr><w:sdtContent></w:del><w:del B>...</w:del></w:sdtContent></w:sdt>
 * }</pre>
 *
 * (likewise with w:ins, w:moveFrom and w:moveTo). The control's end tags already sit after the
 * heading's text, and the first change holds nothing but the control's start tags, so there is one
 * repair: the control's start tags take the place of that empty change. Every run, bookmark and
 * tracked change with content keeps its place, so the text and its changes read as Writer shows them.
 *
 * <p>It runs only on a part that does not parse, only where the exact pattern occurs, and only
 * counts when the mended part then parses from end to end with the same hardened parser; otherwise
 * the part is left as it was and refused as before. One forward scan, each look-back bounded by a
 * constant and never behind the previous mark, the look-ahead for each kind of change shared, one
 * copy of the part and at most two parses: linear in the part's size.
 */
final class LibreOfficeSdtRepair {

    /** The sign of the damage: a control's content opened and, at once, the tracked change around it closed. */
    private static final byte[] MARK = ascii("<w:sdtContent></w:");
    private static final byte[] SDT_START = ascii("<w:sdt><w:sdtPr>");
    private static final byte[] SDTPR_END = ascii("</w:sdtPr>");
    private static final byte[] SDT_END = ascii("</w:sdtContent></w:sdt>");
    private static final List<String> CHANGES = List.of("del", "ins", "moveFrom", "moveTo");
    /** Longest control properties looked back over (Writer writes an id and a title: well under this). */
    private static final int MAX_SDTPR = 4096;
    /** Longest tracked-change start tag looked back over (id, author, date). */
    private static final int MAX_CHANGE_TAG = 1024;

    private final byte[] data;
    /** Per kind of change, the first end tag found at or after the last place looked from: keeps the scan linear. */
    private final int[] nextClose = {-2, -2, -2, -2};
    /** Where the last damage ended (or the last mark, when it was none): no look-back goes before it. */
    private int floor;

    private LibreOfficeSdtRepair(byte[] data) {
        this.data = data;
    }

    /** The repaired part and a one-line account of it, without the file's name. */
    record Repaired(byte[] data, String warning) {
    }

    /**
     * The part with every LibreOffice-damaged content control mended, or null when the part has no
     * such damage, parses already, or does not parse once mended.
     */
    static Repaired repair(String label, String part, byte[] data) {
        if (!PartBytes.contains(data, "<w:sdtContent></w:")) return null;
        if (parses(label, part, data)) return null;
        LibreOfficeSdtRepair scan = new LibreOfficeSdtRepair(data);
        List<Damage> found = new ArrayList<>();
        int removed = 0;
        for (int at = indexOf(data, MARK, 0); at >= 0; at = indexOf(data, MARK, at + MARK.length)) {
            Damage d = scan.damageAt(at);
            if (d == null) continue;
            found.add(d);
            removed += (d.sdtStart - d.changeStart) + (d.changeEnd - d.contentStart);
        }
        if (found.isEmpty()) return null;
        // one copy, of the exact size: a large part is held twice at most, never more
        byte[] mended = new byte[data.length - removed];
        Set<String> kinds = new LinkedHashSet<>();
        int copied = 0;
        int to = 0;
        for (Damage d : found) {
            System.arraycopy(data, copied, mended, to, d.changeStart - copied);
            to += d.changeStart - copied;
            System.arraycopy(data, d.sdtStart, mended, to, d.contentStart - d.sdtStart);
            to += d.contentStart - d.sdtStart;
            copied = d.changeEnd;
            kinds.add("w:" + d.change);
        }
        System.arraycopy(data, copied, mended, to, data.length - copied);
        int count = found.size();
        int first = found.get(0).changeStart;
        if (!parses(label, part, mended)) return null;
        return new Repaired(mended, "line " + line(data, first) + ": malformed XML in " + part + " repaired: LibreOffice left "
                + (count == 1 ? "a content control" : count + " content controls") + " open across tracked changes ("
                + String.join(", ", kinds) + "); read as LibreOffice showed it");
    }

    /** Where the pattern's pieces are, for a {@link #MARK} at {@code at}: the empty change around the control's start tags. */
    private record Damage(String change, int changeStart, int sdtStart, int contentStart, int changeEnd) {
    }

    private Damage damageAt(int at) {
        int floorHere = floor;
        floor = Math.max(floor, at + MARK.length);
        int contentStart = at + "<w:sdtContent>".length();
        // the change that closes at once: </w:del> etc.
        int nameStart = at + MARK.length;
        int gt = indexOf(data, (byte) '>', nameStart, nameStart + 16);
        if (gt < 0) return null;
        String change = new String(data, nameStart, gt - nameStart, StandardCharsets.US_ASCII);
        if (!CHANGES.contains(change)) return null;
        // ...</w:sdtPr> right before the content, <w:sdt><w:sdtPr> within reach before that, no other control between
        if (!endsAt(data, at, SDTPR_END)) return null;
        int prEnd = at - SDTPR_END.length;
        int sdtStart = lastIndexOf(data, SDT_START, prEnd, Math.max(floorHere, prEnd - MAX_SDTPR));
        if (sdtStart < 0 || indexOf(data, ascii("<w:sdt"), sdtStart + SDT_START.length, prEnd) >= 0
                || indexOf(data, ascii("</w:sdt"), sdtStart + SDT_START.length, prEnd) >= 0) {
            return null;
        }
        // the same change's start tag right before the control (not an empty element)
        if (sdtStart < 2 || data[sdtStart - 1] != '>' || data[sdtStart - 2] == '/') return null;
        int lt = lastIndexOf(data, (byte) '<', sdtStart - 1, Math.max(floorHere, sdtStart - MAX_CHANGE_TAG));
        if (lt < 0 || !startTagOf(data, lt, change)) return null;
        // and after it, the next change of the kind holding the heading, closing just before the control's end tags
        int next = gt + 1;
        if (!startTagOf(data, next, change)) return null;
        byte[] close = ascii("</w:" + change + ">");
        int closeAt = closeAfter(CHANGES.indexOf(change), close, next);
        if (closeAt < 0 || !startsAt(data, closeAt + close.length, SDT_END)) return null;
        floor = closeAt + close.length + SDT_END.length;
        return new Damage(change, lt, sdtStart, contentStart, gt + 1);
    }

    /** The first {@code close} at or after {@code from}; {@code from} only grows from one call to the next. */
    private int closeAfter(int kind, byte[] close, int from) {
        int cached = nextClose[kind];
        if (cached == -1 || cached >= from) return cached;
        nextClose[kind] = indexOf(data, close, from);
        return nextClose[kind];
    }

    /** Whether a start tag {@code <w:NAME ...>} or {@code <w:NAME>} begins at {@code at}. */
    private static boolean startTagOf(byte[] data, int at, String name) {
        byte[] open = ascii("<w:" + name);
        if (!startsAt(data, at, open)) return false;
        int after = at + open.length;
        if (after >= data.length || (data[after] != ' ' && data[after] != '>')) return false;
        int gt = indexOf(data, (byte) '>', after, Math.min(data.length, at + MAX_CHANGE_TAG));
        return gt > 0 && data[gt - 1] != '/' && indexOf(data, (byte) '<', at + 1, gt) < 0;
    }

    /** Whether the whole part parses with the hardened parser (a DTD or an entity is refused as usual). */
    private static boolean parses(String label, String part, byte[] data) {
        XMLStreamReader x = SafeXml.stax(label, part, data);
        try {
            while (x.hasNext()) x.next();
            return true;
        } catch (XMLStreamException e) {
            return false;
        } finally {
            try {
                x.close();
            } catch (XMLStreamException ignored) {
                // nothing to release but the parser's buffers
            }
        }
    }

    private static int line(byte[] data, int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) if (data[i] == '\n') n++;
        return n;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsAt(byte[] data, int at, byte[] what) {
        if (at < 0 || at + what.length > data.length) return false;
        for (int i = 0; i < what.length; i++) if (data[at + i] != what[i]) return false;
        return true;
    }

    private static boolean endsAt(byte[] data, int end, byte[] what) {
        return startsAt(data, end - what.length, what);
    }

    private static int indexOf(byte[] data, byte[] what, int from, int to) {
        for (int i = Math.max(from, 0); i + what.length <= to; i++) if (startsAt(data, i, what)) return i;
        return -1;
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        return indexOf(data, what, from, data.length);
    }

    private static int indexOf(byte[] data, byte b, int from, int to) {
        for (int i = Math.max(from, 0); i < Math.min(to, data.length); i++) if (data[i] == b) return i;
        return -1;
    }

    /** The last {@code what} that starts at or after {@code floor} and ends at or before {@code end}. */
    private static int lastIndexOf(byte[] data, byte[] what, int end, int floor) {
        for (int i = end - what.length; i >= floor; i--) if (startsAt(data, i, what)) return i;
        return -1;
    }

    private static int lastIndexOf(byte[] data, byte b, int before, int floor) {
        for (int i = before - 1; i >= floor; i--) if (data[i] == b) return i;
        return -1;
    }
}
