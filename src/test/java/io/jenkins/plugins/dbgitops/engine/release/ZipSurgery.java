package io.jenkins.plugins.dbgitops.engine.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds the broken archives an attacker or an accident could produce, which java.util.zip refuses to write. */
final class ZipSurgery {
    private ZipSurgery() {
    }

    static Map<String, byte[]> entries(Path archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Path write(Path archive, Map<String, byte[]> entries) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            Files.write(archive, buffer.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** Replaces every occurrence of a name (in local and central headers) by another of the same length. */
    static Path rename(Path archive, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names must have the same length");
        }
        try {
            byte[] bytes = Files.readAllBytes(archive);
            byte[] needle = from.getBytes(StandardCharsets.UTF_8);
            byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                    System.arraycopy(replacement, 0, bytes, i, replacement.length);
                }
            }
            Files.write(archive, bytes);
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks an entry as a Unix symbolic link in the central directory, as {@code zip --symlinks} would. */
    static Path markSymlink(Path archive, String name) {
        try {
            byte[] bytes = Files.readAllBytes(archive);
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] needle = name.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + 46 < bytes.length; i++) {
                if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == needle.length
                        && Arrays.equals(bytes, i + 46, i + 46 + needle.length, needle, 0, needle.length)) {
                    buffer.putShort(i + 4, (short) ((3 << 8) | 20));
                    buffer.putInt(i + 38, 0120777 << 16);
                }
            }
            Files.write(archive, bytes);
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
