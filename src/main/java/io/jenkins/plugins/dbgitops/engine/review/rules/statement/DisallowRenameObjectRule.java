package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import java.util.Locale;

/**
 * Renaming or moving any object other than a table or column (those have their own rules, after Squawk's
 * renaming-table and renaming-column), and moving a table to another schema (our own rule).
 */
public final class DisallowRenameObjectRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-rename-object")
            .optIn()
            .title("Disallow renaming objects or moving them to another schema")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Renaming an object or moving it to another schema breaks every client that uses its old name.")
            .help("Create the object under the new name, move clients over, then drop the old one.")
            .description("ALTER VIEW/FUNCTION/TYPE/SEQUENCE/INDEX/SCHEMA/... RENAME TO, RENAME CONSTRAINT, RENAME VALUE"
                    + " and SET SCHEMA (for tables too) are instant for the database, but every query, function body"
                    + " or ON CONFLICT clause that names the old object fails until clients are updated, and again when"
                    + " the application is rolled back. Tables and columns are covered by table.disallow-rename and"
                    + " column.disallow-rename.")
            .failing("ALTER VIEW active_customers RENAME TO current_customers;")
            .passing("CREATE VIEW current_customers AS SELECT * FROM active_customers;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!SqlTokens.startsWith(statement, "ALTER")) {
            return;
        }
        List<Token> tokens = SqlTokens.of(statement);
        boolean table = Tokens.startsWith(tokens, 1, "TABLE");
        int setSchema = Tokens.find(tokens, 2, "SET", "SCHEMA");
        int rename = Tokens.find(tokens, 2, "RENAME");
        if (setSchema > 0) {
            rule.report(statement, tokens.get(setSchema).offset(), "Moving " + tokens.get(1).text().toLowerCase(Locale.ROOT)
                    + " to another schema breaks every client that uses its old qualified name.");
        } else if (rename > 0 && (!table || Tokens.startsWith(tokens, rename + 1, "CONSTRAINT"))) {
            rule.report(statement, tokens.get(rename).offset(), "Renaming " + tokens.get(1).text().toLowerCase(Locale.ROOT)
                    + " breaks every client that uses its old name.");
        }
    }
}
