package io.jenkins.plugins.dbgitops.engine.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums of migration content, independent of the line endings a checkout happened to use. */
public final class Checksums {
    private Checksums() {
    }

    /** Lower-case hex SHA-256 of the content after removing a BOM and turning CRLF and CR into LF. */
    public static String ofScript(String content) {
        return sha256Hex(normaliseLineEndings(content).getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of raw bytes (release archives checksum files byte for byte). */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static String normaliseLineEndings(String content) {
        String withoutBom = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (withoutBom.indexOf('\r') < 0) {
            return withoutBom;
        }
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }
}
