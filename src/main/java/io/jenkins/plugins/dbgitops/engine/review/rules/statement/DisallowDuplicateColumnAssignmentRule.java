package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

/** Squawk's ban-duplicate-column-assignments, for PostgreSQL (an error there) and MySQL/MariaDB (last one wins). */
public final class DisallowDuplicateColumnAssignmentRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-duplicate-column-assignment")
            .title("Disallow assigning a column twice in one UPDATE")
            .origin("Squawk: ban-duplicate-column-assignments")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("An UPDATE that assigns the same column twice fails on PostgreSQL and silently keeps only one value on MySQL.")
            .help("Assign each column once; combine the expressions if both are needed.")
            .description("PostgreSQL rejects UPDATE ... SET a = 1, a = 2 with 'multiple assignments to same column',"
                    + " so the migration fails when it runs; MySQL and MariaDB apply the assignments left to right and"
                    + " keep the last, which hides a copy-paste mistake in a data fix.")
            .failing("UPDATE orders SET status = 'paid', status = 'shipped' WHERE id = 1;")
            .passing("UPDATE orders SET status = 'shipped', shipped_at = CURRENT_TIMESTAMP WHERE id = 1;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Update.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast(Update.class).ifPresent(update -> {
            Set<String> seen = new HashSet<>();
            List<UpdateSet> sets = update.getUpdateSets() == null ? List.of() : update.getUpdateSets();
            for (UpdateSet set : sets) {
                for (Column column : set.getColumns()) {
                    String name = ColumnDefinitions.unquote(column.getColumnName());
                    if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                        rule.report(statement, "Column " + name + " is assigned more than once in this UPDATE.");
                    }
                }
            }
        });
    }
}
