package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.statement.ColumnTargets.Target;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The name PostgreSQL gives one item of a SELECT list: its alias, else the column's or function's name, the type of
 * a trailing cast, {@code case} for a CASE, and {@code ?column?} for anything else; none for {@code *}.
 */
final class OutputNames {
    /** Words that end an expression and so are no bare alias ({@code x IS NULL}, {@code CASE ... END}). */
    private static final Set<String> NOT_ALIASES = Set.of("NULL", "TRUE", "FALSE", "END", "DEFAULT", "DISTINCT",
            "AND", "OR", "NOT", "IS", "IN", "LIKE", "BETWEEN", "ESCAPE");

    private OutputNames() {
    }

    static Optional<Target> of(List<Token> item) {
        if (item.isEmpty()) {
            return Optional.empty();
        }
        int size = item.size();
        Token last = item.get(size - 1);
        if (last.isSymbol('*')) {
            return Optional.empty();
        }
        boolean aliasable = last.kind() == Token.Kind.QUOTED
                || last.kind() == Token.Kind.WORD && !NOT_ALIASES.contains(last.upper());
        if (size >= 2 && aliasable && (item.get(size - 2).is("AS") || endsValue(item.get(size - 2)))
                && !isCast(item, size - 1) && !isQualified(item, size - 1)) {
            return Optional.of(Target.of(last, false));
        }
        Token first = item.get(0);
        if (first.is("CASE")) {
            return Optional.of(new Target(first, "case", true, false));
        }
        int cast = lastCast(item);
        if (cast >= 0 && cast + 1 < size && item.get(cast + 1).isIdentifier()) {
            return Optional.of(Target.of(item.get(cast + 1), false));
        }
        if (first.isIdentifier() && (size == 1 || item.get(1).isSymbol('.') || item.get(1).isSymbol('('))) {
            int i = 0;
            while (i + 2 < size && item.get(i + 1).isSymbol('.') && item.get(i + 2).isIdentifier()) {
                i += 2;
            }
            if (i + 1 == size || item.get(i + 1).isSymbol('(') && ColumnTargets.closing(item, i + 1) == size - 1) {
                return Optional.of(Target.of(item.get(i), false));
            }
        }
        return Optional.of(new Target(first, "?column?", true, false));
    }

    private static boolean endsValue(Token token) {
        return token.isIdentifier() || token.kind() == Token.Kind.NUMBER || token.kind() == Token.Kind.STRING
                || token.isSymbol(')') || token.isSymbol(']');
    }

    private static boolean isCast(List<Token> item, int i) {
        return i >= 2 && item.get(i - 1).isSymbol(':') && item.get(i - 2).isSymbol(':');
    }

    private static boolean isQualified(List<Token> item, int i) {
        return i >= 1 && item.get(i - 1).isSymbol('.');
    }

    private static int lastCast(List<Token> item) {
        int depth = 0;
        int found = -1;
        for (int i = 0; i + 1 < item.size(); i++) {
            depth += item.get(i).isSymbol('(') ? 1 : item.get(i).isSymbol(')') ? -1 : 0;
            if (depth == 0 && item.get(i).isSymbol(':') && item.get(i + 1).isSymbol(':')) {
                found = i + 1;
            }
        }
        return found;
    }
}
