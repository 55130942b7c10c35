package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code DROP} statement read token-wise, so {@code DROP INDEX CONCURRENTLY}, {@code DROP POLICY p ON t} and the
 * like read the same way whether or not JSqlParser accepts them.
 *
 * @param kind         the object kind in upper case, e.g. {@code TABLE} or {@code MATERIALIZED VIEW}
 * @param concurrently whether {@code CONCURRENTLY} follows the kind
 * @param names        the dropped objects' names as written, quotes removed
 * @param cascade      whether {@code CASCADE} ends the statement
 */
public record DropStatement(String kind, boolean concurrently, List<String> names, boolean cascade) {
    private static final List<String> TWO_WORD_KINDS = List.of("MATERIALIZED", "FOREIGN", "EVENT", "ACCESS", "TEXT");

    public static Optional<DropStatement> of(StatementContext statement) {
        List<Token> tokens = SqlTokens.startingWith(statement, "DROP");
        if (tokens.size() < 3) {
            return Optional.empty();
        }
        int i = 1;
        String kind = tokens.get(i).upper();
        if (TWO_WORD_KINDS.contains(kind) && tokens.size() > 3) {
            kind = kind + " " + tokens.get(++i).upper();
        }
        i++;
        boolean concurrently = Tokens.startsWith(tokens, i, "CONCURRENTLY");
        if (concurrently) {
            i++;
        }
        i = Tokens.skipIfExists(tokens, i);
        List<String> names = new ArrayList<>();
        for (List<Token> part : Tokens.splitTopLevel(tokens, i)) {
            int end = Tokens.skipName(part, 0);
            if (end > 0) {
                names.add(Tokens.name(part, 0, end));
            }
        }
        boolean cascade = tokens.get(tokens.size() - 1).is("CASCADE");
        return Optional.of(new DropStatement(kind, concurrently, names, cascade));
    }
}
