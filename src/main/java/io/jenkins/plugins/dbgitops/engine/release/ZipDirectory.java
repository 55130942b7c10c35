package io.jenkins.plugins.dbgitops.engine.release;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip file's central directory, which {@code java.util.zip} only partly exposes: it hides duplicate names
 * (it keeps one) and the Unix mode bits that mark symbolic links. Both must be refused before a rollout.
 */
final class ZipDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_RECORD_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int UNIX_HOST = 3;
    private static final int FILE_TYPE_MASK = 0170000;
    private static final int SYMLINK_TYPE = 0120000;

    /** One central directory record. */
    record Entry(String name, boolean symbolicLink, boolean directory, long compressedSize, long size) {
    }

    private ZipDirectory() {
    }

    /**
     * The entries in directory order.
     *
     * @throws IOException when the file is no zip, is truncated, or uses ZIP64 (releases never need it)
     */
    static List<Entry> read(Path archive) throws IOException {
        try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            if (fileSize < END_RECORD_SIZE) {
                throw new IOException("the file is too short to be a zip archive");
            }
            int tailSize = (int) Math.min(fileSize, END_RECORD_SIZE + MAX_COMMENT);
            ByteBuffer tail = readAt(channel, fileSize - tailSize, tailSize);
            int end = -1;
            for (int position = tailSize - END_RECORD_SIZE; position >= 0; position--) {
                if (tail.getInt(position) == END_SIGNATURE) {
                    end = position;
                    break;
                }
            }
            if (end < 0) {
                throw new IOException("no zip end-of-directory record found: the file is not a zip archive");
            }
            int count = Short.toUnsignedInt(tail.getShort(end + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
            if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL || directoryOffset + directorySize > fileSize) {
                throw new IOException("the zip directory is out of bounds or uses ZIP64, which releases never need");
            }
            ByteBuffer directory = readAt(channel, directoryOffset, (int) directorySize);
            return entries(directory, count);
        }
    }

    private static List<Entry> entries(ByteBuffer directory, int count) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < count; i++) {
            if (position + 46 > directory.limit() || directory.getInt(position) != CENTRAL_SIGNATURE) {
                throw new IOException("the zip directory is corrupt at entry " + (i + 1));
            }
            int madeBy = Short.toUnsignedInt(directory.getShort(position + 4)) >>> 8;
            long compressed = Integer.toUnsignedLong(directory.getInt(position + 20));
            long size = Integer.toUnsignedLong(directory.getInt(position + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
            int external = directory.getInt(position + 38);
            if (position + 46 + nameLength > directory.limit()) {
                throw new IOException("the zip directory is corrupt at entry " + (i + 1));
            }
            byte[] nameBytes = new byte[nameLength];
            directory.get(position + 46, nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            int unixMode = external >>> 16;
            boolean symlink = madeBy == UNIX_HOST && (unixMode & FILE_TYPE_MASK) == SYMLINK_TYPE;
            entries.add(new Entry(name, symlink, name.endsWith("/"), compressed, size));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static ByteBuffer readAt(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("the zip archive is truncated");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
