package io.jenkins.plugins.dbgitops.engine.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A migration version such as {@code 202501150900} or {@code 1.2.3}: compared numerically part by part,
 * normalised so that trailing zero parts do not count ({@code 1.0} equals {@code 1}).
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {
    private final List<BigInteger> parts;
    private final String text;

    private MigrationVersion(List<BigInteger> parts, String text) {
        this.parts = parts;
        this.text = text;
    }

    /**
     * Parses a version of digits separated by dots, with an optional leading {@code v} or {@code V}.
     *
     * @throws IllegalArgumentException naming the value when it is not such a version
     */
    public static MigrationVersion parse(String value) {
        String candidate = value == null ? "" : value.trim();
        if (candidate.startsWith("v") || candidate.startsWith("V")) {
            candidate = candidate.substring(1);
        }
        if (!wellFormed(candidate)) {
            throw new IllegalArgumentException("'" + value + "' is not a migration version: use digits separated by"
                    + " dots, such as 202501150900 or 1.2.");
        }
        List<BigInteger> parsed = new ArrayList<>();
        for (String part : candidate.split("\\.")) {
            parsed.add(new BigInteger(part));
        }
        int significant = parsed.size();
        while (significant > 1 && parsed.get(significant - 1).signum() == 0) {
            significant--;
        }
        List<BigInteger> normalised = Collections.unmodifiableList(new ArrayList<>(parsed.subList(0, significant)));
        StringBuilder canonical = new StringBuilder();
        for (BigInteger part : normalised) {
            if (canonical.length() > 0) {
                canonical.append('.');
            }
            canonical.append(part);
        }
        return new MigrationVersion(normalised, canonical.toString());
    }

    /**
     * Whether the text is digits separated by single dots ({@code \d+(\.\d+)*}), checked without a regular
     * expression: a no-op migrate parses every applied version of the history, in a JVM that has just started.
     */
    private static boolean wellFormed(String text) {
        boolean digitBefore = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digitBefore = true;
            } else if (c == '.' && digitBefore) {
                digitBefore = false;
            } else {
                return false;
            }
        }
        return digitBefore;
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int order = partAt(i).compareTo(other.partAt(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private BigInteger partAt(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationVersion && compareTo((MigrationVersion) other) == 0;
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The canonical form: no leading zeros in parts, no trailing zero parts. */
    @Override
    public String toString() {
        return text;
    }
}
