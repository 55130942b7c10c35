package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code index.key-number-limit}: an index covers at most {@code number} columns. */
public final class IndexKeyNumberLimitRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.key-number-limit")
            .title("Limit columns per index")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A very wide index is large, slow to maintain and rarely used to its full width.")
            .help("Index fewer columns; cover the rest with INCLUDE (PostgreSQL) or rely on the table lookup.")
            .description("Reports indexes, primary keys and unique constraints of CREATE TABLE, ALTER TABLE and"
                    + " CREATE INDEX with more than `number` key columns. A B-tree is used left to right; trailing"
                    + " columns beyond the first few seldom help, yet every write pays for them.")
            .failing("CREATE INDEX idx_t_wide ON t (a, b, c, d, e, f);")
            .passing("CREATE INDEX idx_t_narrow ON t (a, b, c);")
            .payload(PayloadField.integer("number", 5, "Most key columns an index may have."))
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
        int limit = rule.config().integer("number");
        for (TableIndexes.NewIndex index : TableIndexes.created(statement)) {
            if (index.kind() != Ddl.IndexKind.FOREIGN && index.columns().size() > limit) {
                rule.report(statement, TableIndexes.offset(statement, index), "The number of index "
                        + Naming.quote(statement.engine(), index.name().isEmpty() ? "(unnamed)" : index.name())
                        + " in table " + Naming.quote(statement.engine(), index.tableName()) + " should be not greater"
                        + " than " + limit + ", but it has " + index.columns().size() + " columns.");
            }
        }
    }
}
