package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NormalizedTextRule;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code table.disallow-partition}. A token rule: JSqlParser drops MySQL's partition definitions from the
 * tree and cannot parse every PostgreSQL form, so the normalised text is matched instead.
 */
public final class DisallowPartitionRule extends NormalizedTextRule {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARTITIONED = Pattern.compile("^(CREATE (\\w+ )*TABLE|ALTER TABLE) .*"
            + "( PARTITION BY | PARTITION OF | PARTITIONS \\d| ADD PARTITION| ATTACH PARTITION | REORGANIZE PARTITION).*");

    public DisallowPartitionRule() {
        super(CreateTable.class, Alter.class);
    }

    @Override
    protected void check(String text, StatementContext statement, RuleContext rule) {
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
