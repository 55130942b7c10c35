package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code statement.create-specify-schema} (Squawk: require-table-schema). */
public final class CreateSpecifySchemaRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (rule.config().bool("alterAndDrop") && (SqlTokens.startsWith(statement, "ALTER", "TABLE")
                || SqlTokens.startsWith(statement, "DROP", "TABLE"))) {
            List<Token> tokens = SqlTokens.of(statement);
            int name = Tokens.startsWith(tokens, 2, "ONLY") ? 3 : Tokens.skipIfExists(tokens, 2);
            name += Tokens.startsWith(tokens, name, "ONLY") ? 1 : 0;
            List<List<Token>> tables = tokens.get(0).is("DROP") ? Tokens.splitTopLevel(tokens, name)
                    : List.of(tokens.subList(Math.min(name, tokens.size()), tokens.size()));
            for (List<Token> table : tables) {
                if (!table.isEmpty() && table.get(0).isIdentifier() && Tokens.skipName(table, 0) == 1) {
                    rule.report(statement, table.get(0).offset(), "Table " + table.get(0).text()
                            + " is named without a schema: table schema should be specified.");
                }
            }
            return;
        }
        statement.ast(CreateTable.class).filter(create -> create.getTable().getSchemaName() == null)
                .filter(create -> !isTemporary(create))
                .ifPresent(create -> rule.report(statement, "Table " + create.getTable().getName()
                        + " is created without a schema: table schema should be specified."));
    }

    /** Temporary tables live in pg_temp and cannot name another schema. */
    private static boolean isTemporary(CreateTable create) {
        return create.getCreateOptionsStrings() != null && create.getCreateOptionsStrings().stream()
                .anyMatch(option -> option.equalsIgnoreCase("TEMPORARY") || option.equalsIgnoreCase("TEMP"));
    }
}
