package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import java.util.Set;

/** Squawk's prefer-robust-stmts verdict on a CREATE or DROP: unguarded ones fail when a file is run again. */
final class RobustCreateOrDrop {
    private static final Set<String> TABLE_PREFIXES = Set.of("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED");

    private RobustCreateOrDrop() {
    }

    /** The finding's message for an unguarded CREATE or DROP, or null when the statement may run twice. */
    static String message(List<Token> tokens) {
        boolean create = tokens.get(0).is("CREATE");
        int kind = 1;
        while (create && kind < tokens.size() && (tokens.get(kind).is("UNIQUE")
                || TABLE_PREFIXES.contains(tokens.get(kind).upper()) && tokens.get(kind).kind() == Token.Kind.WORD)) {
            kind++;
        }
        boolean table = Tokens.startsWith(tokens, kind, "TABLE");
        boolean index = Tokens.startsWith(tokens, kind, "INDEX");
        if (!(table || index || !create && kind < tokens.size() && !tokens.get(kind).is("DATABASE"))) {
            return null;
        }
        boolean guarded = Tokens.contains(tokens, "IF", "NOT", "EXISTS") || Tokens.contains(tokens, "IF", "EXISTS");
        // Squawk: an unnamed index gets a fresh name on every run, and a temporary table dropped at commit is gone.
        boolean unnamedIndex = create && index && (Tokens.startsWith(tokens, kind + 1, "ON")
                || Tokens.startsWith(tokens, kind + 1, "CONCURRENTLY", "ON"));
        boolean droppedAtCommit = create && table && kind > 1 && Tokens.contains(tokens, "ON", "COMMIT", "DROP")
                && tokens.subList(1, kind).stream().anyMatch(t -> t.upper().startsWith("TEMP"));
        return guarded || unnamedIndex || droppedAtCommit ? null : tokens.get(0).upper() + " "
                + tokens.get(kind).upper() + " without " + (create ? "IF NOT EXISTS" : "IF EXISTS")
                + " fails when the file is re-run.";
    }
}
