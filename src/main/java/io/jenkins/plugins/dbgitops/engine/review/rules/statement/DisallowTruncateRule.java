package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.truncate.Truncate;

/**
 * Bytebase's {@code statement.disallow-truncate}: one finding per truncated table, and on MySQL one per partition of
 * {@code ALTER TABLE ... TRUNCATE PARTITION}. Forms JSqlParser 5.4 cannot parse (PostgreSQL's
 * {@code TRUNCATE ONLY t RESTART IDENTITY}) are matched on the normalised text.
 */
public final class DisallowTruncateRule implements Rule {
    private static final Pattern UNPARSED_TRUNCATE = Pattern.compile("^TRUNCATE (TABLE )?(ONLY )?([^ ,;]+)");
    private static final Pattern TRUNCATE_PARTITION =
            Pattern.compile("\\bTRUNCATE\\s+PARTITION\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TRUNCATED_NAME =
            Pattern.compile("\\bTRUNCATE\\s+(?:TABLE\\s+)?(?:ONLY\\s+)?([^\\s,;]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(Truncate.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed()) {
            statement.ast(Truncate.class).ifPresent(truncate -> truncate.getTables()
                    .forEach(table -> reportTable(statement, rule, qualified(table))));
            if (statement.engine() != SqlEngine.POSTGRESQL && statement.ast(Alter.class).isPresent()) {
                checkPartitions(statement, rule, statement.ast(Alter.class).get());
            }
            return;
        }
        if (UNPARSED_TRUNCATE.matcher(statement.normalized()).find()) {
            Matcher name = TRUNCATED_NAME.matcher(statement.text());
            reportTable(statement, rule, name.find() ? ColumnDefinitions.unquote(name.group(1)) : "?");
        }
    }

    private static void checkPartitions(StatementContext statement, RuleContext rule, Alter alter) {
        Matcher partitions = TRUNCATE_PARTITION.matcher(statement.text());
        if (!partitions.find()) {
            return;
        }
        for (String partition : partitions.group(1).split(",")) {
            String name = partition.trim().equalsIgnoreCase("ALL") ? "ALL PARTITIONS" : ColumnDefinitions.unquote(partition.trim());
            rule.report(statement, "ALTER TABLE \"" + qualified(alter.getTable()) + "\" TRUNCATE PARTITION \"" + name
                    + "\" is not allowed: partition truncate shares the auto-commit and prior-backup gaps of"
                    + " TRUNCATE TABLE on MySQL.");
        }
    }

    private static void reportTable(StatementContext statement, RuleContext rule, String table) {
        rule.report(statement, "TRUNCATE TABLE \"" + table + "\" is not allowed: "
                + (statement.engine() == SqlEngine.POSTGRESQL
                        ? "TRUNCATE locks the table exclusively, bypasses ON DELETE triggers and removes every row."
                        : "TRUNCATE auto-commits (breaking surrounding transactional work), bypasses triggers, and"
                                + " resets AUTO_INCREMENT."));
    }

    private static String qualified(Table table) {
        String name = ColumnDefinitions.unquote(table.getName());
        return table.getSchemaName() == null ? name : ColumnDefinitions.unquote(table.getSchemaName()) + "." + name;
    }
}
