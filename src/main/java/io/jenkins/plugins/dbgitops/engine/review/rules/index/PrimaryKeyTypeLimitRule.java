package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code index.pk-type-limit}: primary-key columns are INT or BIGINT (PostgreSQL's {@code integer},
 * {@code serial} and {@code bigserial} spellings included). Types come from the statement or the catalog.
 */
public final class PrimaryKeyTypeLimitRule implements Rule {
    private static final Set<String> ALLOWED = Set.of("int", "integer", "bigint", "int4", "int8", "serial",
            "bigserial", "serial4", "serial8");

    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.pk-type-limit")
            .optIn()
            .title("Primary keys must be INT or BIGINT")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A primary key that is not an integer makes every index larger and inserts scatter across "
                    + "the table.")
            .help("Use an INT or BIGINT primary key and keep natural keys in a unique constraint.")
            .description("Reports primary-key columns of CREATE TABLE and ALTER TABLE ... ADD PRIMARY KEY whose type"
                    + " is not INT or BIGINT. In InnoDB every secondary index stores the primary key, so a wide or"
                    + " random key multiplies storage; integer keys also compare and join fastest.")
            .failing("CREATE TABLE orders (order_code varchar(36) PRIMARY KEY);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, order_code varchar(36) UNIQUE);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return TableIndexes.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        for (TableIndexes.NewIndex index : TableIndexes.created(statement)) {
            if (index.kind() != Ddl.IndexKind.PRIMARY) {
                continue;
            }
            for (String column : index.columns()) {
                TableIndexes.columnType(statement, index.table(), column)
                        .filter(type -> !ALLOWED.contains(ColumnTypes.baseType(type)))
                        .ifPresent(type -> rule.report(statement, NameOffsets.columnOffset(statement.text(), index.tableName(), column),
                                "Columns in primary key must be INT/BIGINT but "
                                        + Naming.quote(statement.engine(), index.tableName()) + "."
                                        + Naming.quote(statement.engine(), column) + " is " + ColumnTypes.displayType(type) + "."));
            }
        }
    }
}
