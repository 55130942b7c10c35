package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code column.type-disallow-list}: column types the policy forbids. */
public final class ColumnTypeDisallowListRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type-disallow-list")
            .optIn()
            .title("Disallowed column types")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("The column uses a type the policy disallows.")
            .help("Use an allowed type, e.g. a normalised table or a typed column instead of JSON.")
            .description("Checks the types of the columns of CREATE TABLE and ALTER TABLE (ADD, MODIFY, CHANGE and"
                    + " ALTER COLUMN ... TYPE) against a list of disallowed types, compared case-insensitively by"
                    + " the type's name with or without its arguments (JSON, BLOB, varchar(255)). Teams use it to keep"
                    + " out types that are slow, unportable or hard to migrate.")
            .failing("CREATE TABLE events (id bigint PRIMARY KEY, payload JSON);")
            .passing("CREATE TABLE events (id bigint PRIMARY KEY, payload text);")
            .payload(PayloadField.stringList("list", List.of("JSON", "BINARY_FLOAT"), "Type names to reject."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        List<String> disallowed = rule.config().stringList("list");
        for (DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
            String full = column.type().toUpperCase(Locale.ROOT).replace(" (", "(").replace(", ", ",");
            String base = column.baseType().toUpperCase(Locale.ROOT);
            disallowed.stream().map(type -> type.toUpperCase(Locale.ROOT).replace(" ", ""))
                    .filter(type -> type.equals(base.replace(" ", "")) || type.equals(full.replace(" ", "")))
                    .findFirst()
                    .ifPresent(type -> rule.report(statement, column.offsetIn(statement.text()),
                            "Disallow column type " + type + " but column " + Naming.quote(statement.engine(),
                                    column.table()) + "." + Naming.quote(statement.engine(), column.name()) + " is."));
        }
    }
}
