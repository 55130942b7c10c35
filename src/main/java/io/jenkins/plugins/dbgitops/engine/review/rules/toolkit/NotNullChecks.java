package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Remembers, within one file, the {@code CHECK (column IS NOT NULL)} constraints added and validated, so that a later
 * {@code SET NOT NULL} that PostgreSQL 12+ can prove without a scan is recognised.
 */
public final class NotNullChecks {
    private final Map<String, String> pending = new HashMap<>();
    private final Set<String> proven = new HashSet<>();

    public void clear() {
        pending.clear();
        proven.clear();
    }

    /** Records what an ALTER TABLE clause adds or validates. */
    public void observe(AlterTable alter, AlterTable.Clause clause) {
        List<Token> tokens = clause.tokens();
        if (clause.startsWith("ADD", "CONSTRAINT") && tokens.size() > 8 && tokens.get(3).is("CHECK")) {
            int open = 4;
            if (tokens.get(open).isSymbol('(') && tokens.get(open + 1).isIdentifier()
                    && Tokens.startsWith(tokens, open + 2, "IS", "NOT", "NULL") && tokens.get(open + 5).isSymbol(')')) {
                String key = key(alter.table(), tokens.get(open + 1).text());
                if (clause.contains("NOT", "VALID")) {
                    pending.put(tokens.get(2).upper(), key);
                } else {
                    proven.add(key);
                }
            }
        } else if (clause.startsWith("VALIDATE", "CONSTRAINT") && tokens.size() > 2) {
            String key = pending.remove(tokens.get(2).upper());
            if (key != null) {
                proven.add(key);
            }
        }
    }

    /** Whether a validated check proves the column non-null. */
    public boolean proven(String table, String column) {
        return proven.contains(key(table, column));
    }

    private static String key(String table, String column) {
        return (table + "." + column).toUpperCase(Locale.ROOT);
    }
}
