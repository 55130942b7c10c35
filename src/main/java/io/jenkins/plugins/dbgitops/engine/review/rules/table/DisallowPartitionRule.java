package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code table.disallow-partition}. A token rule: JSqlParser drops MySQL's partition definitions from the
 * tree and cannot parse every PostgreSQL form, so the normalised text is matched instead.
 */
public final class DisallowPartitionRule implements Rule {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARTITIONED = Pattern.compile("^(CREATE (\\w+ )*TABLE|ALTER TABLE) .*"
            + "( PARTITION BY | PARTITION OF | PARTITIONS \\d| ADD PARTITION| ATTACH PARTITION | REORGANIZE PARTITION).*");

    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-partition")
            .optIn()
            .title("No partitioned tables")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("Partitioning changes how every query, key and index of the table behaves.")
            .help("Keep the table unpartitioned, or get the partitioning design reviewed and disable this rule for it.")
            .description("Reports CREATE TABLE ... PARTITION BY / PARTITION OF and ALTER TABLE statements that add,"
                    + " attach or reorganise partitions. Partitioned tables need the partition key in every unique"
                    + " key, prune only for queries on that key, and complicate foreign keys and online changes.")
            .failing("CREATE TABLE measurements (id bigint, taken_on date) PARTITION BY RANGE (taken_on);")
            .passing("CREATE TABLE measurements (id bigint, taken_on date);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.parsed() && !(statement.ast().get() instanceof CreateTable || statement.ast().get() instanceof Alter)) {
            return; // no normalising of DML, which may be megabytes of INSERT values
        }
        String text = statement.normalized();
        if ((text.startsWith("CREATE ") || text.startsWith("ALTER TABLE ")) && text.contains(" PARTITION")
                && PARTITIONED.matcher(text).matches()) {
            rule.report(statement, "Table partition is forbidden, but \"" + abbreviate(statement.text()) + "\" creates one.");
        }
    }

    private static String abbreviate(String text) {
        String oneLine = WHITESPACE.matcher(text).replaceAll(" ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
