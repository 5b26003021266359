package io.mc2.docx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip archives byte by byte for tests, including the ones no well-behaved writer makes:
 * local entries the central directory does not list, a directory record naming another file than
 * its local header, two entries of one name, stored entries with data descriptors.
 */
final class RawZip {

    /** One entry; {@code listed} false leaves it out of the central directory. */
    record Entry(String name, byte[] data, boolean deflate, boolean descriptor, boolean listed, String directoryName) {
        static Entry of(String name, byte[] data) {
            return new Entry(name, data, true, false, true, name);
        }

        Entry unlisted() {
            return new Entry(name, data, deflate, descriptor, false, directoryName);
        }

        Entry stored(boolean withDescriptor) {
            return new Entry(name, data, false, withDescriptor, listed, directoryName);
        }

        Entry listedAs(String otherName) {
            return new Entry(name, data, deflate, descriptor, listed, otherName);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    RawZip add(Entry e) {
        entries.add(e);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream dir = new ByteArrayOutputStream();
        int count = 0;
        for (Entry e : entries) {
            byte[] payload = e.deflate() ? deflate(e.data()) : e.data();
            CRC32 crc = new CRC32();
            crc.update(e.data());
            int flags = 0x800 | (e.descriptor() ? 8 : 0);
            int method = e.deflate() ? 8 : 0;
            int offset = out.size();
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = le(30 + name.length);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) flags).putShort((short) method)
                    .putShort((short) 0).putShort((short) 0x21)
                    .putInt(e.descriptor() ? 0 : (int) crc.getValue())
                    .putInt(e.descriptor() ? 0 : payload.length).putInt(e.descriptor() ? 0 : e.data().length)
                    .putShort((short) name.length).putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(payload);
            if (e.descriptor()) {
                out.writeBytes(le(16).putInt(0x08074b50).putInt((int) crc.getValue()).putInt(payload.length)
                        .putInt(e.data().length).array());
            }
            if (!e.listed()) continue;
            byte[] dname = e.directoryName().getBytes(StandardCharsets.UTF_8);
            ByteBuffer c = le(46 + dname.length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) flags)
                    .putShort((short) method).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(payload.length).putInt(e.data().length).putShort((short) dname.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offset).put(dname);
            dir.writeBytes(c.array());
            count++;
        }
        int dirOffset = out.size();
        out.writeBytes(dir.toByteArray());
        out.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(dir.size()).putInt(dirOffset).putShort((short) 0).array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }
}
