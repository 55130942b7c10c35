package io.jenkins.plugins.dbgitops.engine.review.rules.storageengine;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code engine.mysql.use-innodb}: CREATE TABLE, ALTER TABLE and {@code SET default_storage_engine} must
 * name InnoDB when they name an engine. A CREATE TABLE without ENGINE uses the server default and passes, as in
 * Bytebase.
 */
public final class UseInnoDbRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        MySqlTableOptions.of(statement).ifPresentOrElse(
                options -> options.get("ENGINE").filter(engine -> !engine.equals("innodb")).ifPresent(engine ->
                        rule.report(statement, engineOffset(statement, engine), Impact.of("Table " + options.table()
                                + " uses the " + engine.toUpperCase(Locale.ROOT) + " engine", rule))),
                () -> checkSetDefault(statement, rule));
    }

    /**
     * Where CREATE TABLE names the engine, as Bytebase points at it (the first place its name appears); ALTER TABLE
     * at the statement.
     */
    private static int engineOffset(StatementContext statement, String engine) {
        return statement.ast(CreateTable.class).isPresent() ? NameOffsets.offsetOf(statement.text(), engine, 0, 0) : 0;
    }

    private static void checkSetDefault(StatementContext statement, RuleContext rule) {
        if (statement.parsed()) {
            return; // JSqlParser 5.4 rejects SET default_storage_engine = x
        }
        List<String> tokens = SqlTokens.words(statement);
        int variable = tokens.indexOf("DEFAULT_STORAGE_ENGINE");
        if (!tokens.isEmpty() && tokens.get(0).equals("SET") && variable > 0 && variable + 2 < tokens.size()) {
            String engine = tokens.get(variable + 2);
            if (!engine.equals("INNODB")) {
                rule.report(statement, Impact.of("SET default_storage_engine makes new tables use " + engine,
                        rule));
            }
        }
    }
}
