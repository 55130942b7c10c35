package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.create.event.CreateEvent;
import net.sf.jsqlparser.statement.create.function.CreateFunction;
import net.sf.jsqlparser.statement.create.procedure.CreateProcedure;
import net.sf.jsqlparser.statement.create.trigger.CreateTrigger;
import net.sf.jsqlparser.statement.create.view.CreateView;

/**
 * Recognises {@code CREATE [OR REPLACE] [DEFINER = u] [SQL SECURITY x] [ALGORITHM = a] <KIND> name} token-wise, for
 * routines, views and events that JSqlParser 5.4 parses only in part (bodies with {@code $$}, {@code DELIMITER}
 * blocks, {@code CREATE EVENT}). Statements parsed as anything else (tables, inserts, ...) are skipped without
 * looking at their text.
 */
public record CreatedObject(String kind, String name) {
    private static final Set<String> MODIFIERS = Set.of("OR", "REPLACE", "DEFINER", "=", "SQL", "SECURITY",
            "INVOKER", "ALGORITHM", "UNDEFINED", "MERGE", "TEMPTABLE", "AGGREGATE", "TEMP", "TEMPORARY", "RECURSIVE",
            "MATERIALIZED", "CURRENT_USER", "''", "NONEDITIONABLE", "EDITIONABLE", "FORCE", "NOFORCE", "ONLINE",
            "(", ")", "CONSTRAINT");

    /**
     * What the statement creates: the kind keyword ({@code FUNCTION}, {@code PROCEDURE}, {@code VIEW},
     * {@code EVENT}, ...) and the name after it in lower case.
     */
    public static Optional<CreatedObject> of(StatementContext statement) {
        if (!StatementTypes.mayBe(statement, CreateFunction.class, CreateProcedure.class, CreateView.class,
                CreateEvent.class, CreateTrigger.class)) {
            return Optional.empty();
        }
        List<String> tokens = SqlTokens.words(statement);
        if (tokens.isEmpty() || !tokens.get(0).equals("CREATE")) {
            return Optional.empty();
        }
        for (int i = 1; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!MODIFIERS.contains(token) && !token.contains("@") && !isDefinerName(tokens, i)) {
                int name = i + 1;
                name += SqlTokens.matchesAt(tokens, name, "IF", "NOT", "EXISTS") ? 3 : 0;
                return Optional.of(new CreatedObject(token, name < tokens.size()
                        ? tokens.get(name).toLowerCase(Locale.ROOT) : ""));
            }
        }
        return Optional.empty();
    }

    /** The name after {@code DEFINER =}, e.g. {@code admin} or {@code ''@''}. */
    private static boolean isDefinerName(List<String> tokens, int index) {
        return index >= 2 && tokens.get(index - 1).equals("=") && tokens.get(index - 2).equals("DEFINER");
    }
}
