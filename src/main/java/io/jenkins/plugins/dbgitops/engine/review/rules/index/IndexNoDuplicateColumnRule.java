package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code index.no-duplicate-column}: no column appears twice in one index or key. */
public final class IndexNoDuplicateColumnRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.no-duplicate-column")
            .title("No duplicate columns in an index")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("A column listed twice in an index or key is a typo that wastes space or fails at deploy time.")
            .help("List each column once; check which column was meant.")
            .description("Reports indexes, primary keys, unique and foreign keys of CREATE TABLE, ALTER TABLE and"
                    + " CREATE INDEX that name a column twice. MySQL rejects it; PostgreSQL accepts it for indexes,"
                    + " building a wider index than anyone intended.")
            .failing("CREATE INDEX idx_orders_customer_id ON orders (customer_id, customer_id);")
            .passing("CREATE INDEX idx_orders_customer_id ON orders (customer_id, placed_at);")
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
            Set<String> seen = new HashSet<>();
            for (String column : index.columns()) {
                if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                    rule.report(statement, TableIndexes.offset(statement, index),
                            kind(index.kind()) + " " + Naming.quote(statement.engine(), index.name().isEmpty()
                                    ? "(unnamed)" : index.name()) + " in table "
                                    + Naming.quote(statement.engine(), index.tableName()) + " has duplicate column "
                                    + Naming.quote(statement.engine(), column) + ".");
                    break;
                }
            }
        }
    }

    private static String kind(Ddl.IndexKind kind) {
        switch (kind) {
            case PRIMARY:
                return "Primary key";
            case UNIQUE:
                return "Unique key";
            case FOREIGN:
                return "Foreign key";
            default:
                return "Index";
        }
    }
}
