package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReservedWords;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code naming.table.no-keyword}: table names are not reserved words. An unquoted reserved word makes
 * JSqlParser fail, so unparsed {@code CREATE TABLE} and {@code RENAME} statements are read by their tokens.
 */
public final class TableNoKeywordRule implements Rule {
    private static final Pattern UNPARSED = Pattern.compile(
            "^(?:CREATE (?:TEMPORARY |UNLOGGED )?TABLE (?:IF NOT EXISTS )?|ALTER TABLE (?:IF EXISTS )?\\S+ RENAME TO"
                    + " |RENAME TABLE \\S+ TO )(?:\\S+\\.)?([^ (.]+)");

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // the statements that name a table; unparsed ones still arrive
        return List.of(CreateTable.class, Alter.class, RenameTableStatement.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<String> names;
        if (statement.ast().isPresent()) {
            names = Ddl.introducedTables(statement.ast().get());
        } else {
            Matcher matcher = UNPARSED.matcher(statement.normalized());
            names = matcher.find() ? List.of(matcher.group(1).toLowerCase(Locale.ROOT)) : List.of();
        }
        for (String name : names) {
            if (ReservedWords.isReserved(statement.engine(), name)) {
                rule.report(statement, NameOffsets.offsetOf(statement.text(), name, 0, 0), "Table name "
                        + Naming.quote(statement.engine(), name) + " is a keyword and should be avoided.");
            }
        }
    }
}
