package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code statement.create-specify-schema} (Squawk: require-table-schema). */
public final class CreateSpecifySchemaRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.create-specify-schema")
            .optIn()
            .title("Specify the schema when creating a table")
            .origin("Bytebase; Squawk: require-table-schema")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("Table schema should be specified.")
            .help("Qualify the table name with its schema, e.g. CREATE TABLE public.orders.")
            .description("An unqualified CREATE TABLE lands in the first schema of the session's search_path, which"
                    + " differs between tools, roles and environments: the same migration can create the table in"
                    + " different schemas. Naming the schema makes the result deterministic. Temporary tables, which live in"
                    + " pg_temp, are exempt. With alterAndDrop, as Squawk's require-table-schema, ALTER TABLE and"
                    + " DROP TABLE must name the schema too: they act on whichever table the search_path finds first.")
            .payload(PayloadField.bool("alterAndDrop", false,
                    "Whether ALTER TABLE and DROP TABLE must also name the schema (Squawk's require-table-schema)."))
            .failing("CREATE TABLE t (id int);")
            .passing("CREATE TABLE public.t (id int);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
