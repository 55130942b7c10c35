package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;

/** Squawk's prefer-text-field. */
public final class PreferTextRule extends ColumnTypeRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.prefer-text")
            .title("Prefer text over varchar(n)")
            .origin("Squawk: prefer-text-field")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("A varchar(n) length limit can only be raised with a lock on the table, and lowered with a full rewrite.")
            .help("Use text, with a CHECK (char_length(column) <= n) constraint if a limit is needed.")
            .description("In PostgreSQL varchar(n) and text are stored alike; the length limit is the only difference."
                    + " Changing a CHECK constraint can be done NOT VALID and validated without blocking, while"
                    + " changing varchar(n) takes an ACCESS EXCLUSIVE lock (and rewrites the table when the limit"
                    + " shrinks). varchar without a length is text and passes.")
            .failing("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));")
            .passing("CREATE TABLE users (id bigint PRIMARY KEY, email text CHECK (char_length(email) <= 255));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        boolean limited = typeText.contains("(") && (typeName.startsWith("varchar")
                || typeName.startsWith("character varying"));
        return limited ? "Column " + table + "." + column + " is " + typeText
                + "; its limit can only be changed with a lock on the table. Prefer text with a CHECK constraint." : null;
    }
}
