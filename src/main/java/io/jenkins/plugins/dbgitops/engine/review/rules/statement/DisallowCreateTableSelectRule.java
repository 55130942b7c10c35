package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** MySQL {@code CREATE TABLE ... [AS] SELECT}: unsafe under GTID replication and locking the source rows. */
public final class DisallowCreateTableSelectRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-create-table-select")
            .title("Disallow CREATE TABLE ... SELECT")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("CREATE TABLE ... SELECT fails on servers with GTID consistency enforced (before MySQL 8.0.21),"
                    + " locks every source row it reads, and derives column types, keys and charsets implicitly.")
            .help("Create the table with an explicit definition, then fill it with INSERT ... SELECT in batches.")
            .description("Reports CREATE TABLE ... SELECT and CREATE TABLE ... AS SELECT. With"
                    + " enforce_gtid_consistency the statement is refused on MySQL before 8.0.21; under"
                    + " statement-based logging it holds shared locks on the rows read for the whole copy; and the"
                    + " new table gets no primary key, no indexes and whatever types the query happens to produce.")
            .failing("CREATE TABLE orders_archive AS SELECT * FROM orders WHERE created_at < '2020-01-01';")
            .passing("CREATE TABLE orders_archive LIKE orders;")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateTable.class)) {
            return;
        }
        boolean select = statement.ast(CreateTable.class).map(create -> create.getSelect() != null)
                .orElseGet(() -> {
                    List<String> tokens = SqlTokens.words(statement);
                    return SqlTokens.startsWith(tokens, List.of("TEMPORARY", "IF", "NOT", "EXISTS"), "CREATE", "TABLE")
                            && tokens.contains("SELECT");
                });
        if (select) {
            rule.report(statement, Impact.of("The table is created from a SELECT", DEFINITION));
        }
    }
}
