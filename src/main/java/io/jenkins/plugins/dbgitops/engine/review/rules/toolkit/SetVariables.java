package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.Statement;

/**
 * The assignments of a MySQL {@code SET [GLOBAL|SESSION|PERSIST] name = value, ...}, read from the normalised tokens
 * because JSqlParser 5.4 rejects some forms ({@code SET default_storage_engine = x}). {@code @@GLOBAL.name} folds to
 * scope GLOBAL; the scope of an unqualified name is SESSION.
 */
public final class SetVariables {
    private static final Set<String> SCOPES = Set.of("GLOBAL", "SESSION", "LOCAL", "PERSIST", "PERSIST_ONLY");

    /** The statement type whose assignments {@link #of} reads (unparsed statements reach every rule). */
    public static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(SetStatement.class);

    private SetVariables() {
    }

    /**
     * One assignment.
     *
     * @param scope GLOBAL, SESSION, LOCAL, PERSIST or PERSIST_ONLY
     * @param name  upper case, without {@code @@} and scope prefix
     * @param value the first token of the value, upper case ({@code ''} for a literal)
     */
    public record Assignment(String scope, String name, String value) {
        /** Whether the assignment changes the server for every session, not just this one. */
        public boolean global() {
            return scope.equals("GLOBAL") || scope.startsWith("PERSIST");
        }
    }

    /** The assignments of a SET statement; empty for every other statement. */
    public static List<Assignment> of(StatementContext statement) {
        if (!StatementTypes.mayBe(statement, SetStatement.class)) {
            return List.of();
        }
        List<String> tokens = SqlTokens.words(statement);
        List<Assignment> assignments = new ArrayList<>();
        if (tokens.isEmpty() || !tokens.get(0).equals("SET")) {
            return assignments;
        }
        int i = 1;
        while (i < tokens.size()) {
            String scope = "SESSION";
            if (SCOPES.contains(tokens.get(i))) {
                scope = tokens.get(i++);
            }
            if (i >= tokens.size()) {
                break;
            }
            String name = tokens.get(i++);
            if (name.startsWith("@@")) {
                name = name.substring(2);
                int dot = name.indexOf('.');
                if (dot > 0 && SCOPES.contains(name.substring(0, dot))) {
                    scope = name.substring(0, dot);
                    name = name.substring(dot + 1);
                }
            }
            while (i < tokens.size() && (tokens.get(i).equals("=") || tokens.get(i).equals(":") || tokens.get(i)
                    .equals("TO"))) {
                i++;
            }
            String value = i < tokens.size() ? tokens.get(i) : "";
            assignments.add(new Assignment(scope, name, value));
            int depth = 0;
            while (i < tokens.size() && !(depth == 0 && tokens.get(i).equals(","))) {
                depth += tokens.get(i).equals("(") ? 1 : tokens.get(i).equals(")") ? -1 : 0;
                i++;
            }
            i++;
        }
        return assignments;
    }
}
