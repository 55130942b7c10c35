package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code table.no-foreign-key}. Statements JSqlParser cannot parse (PostgreSQL's
 * {@code ... REFERENCES ... NOT VALID}) are checked by their tokens.
 */
public final class NoForeignKeyRule implements Rule {
    private static final Pattern UNPARSED = Pattern.compile("^(CREATE (\\w+ )*TABLE|ALTER TABLE)( IF (NOT )?EXISTS)?"
            + " (ONLY )?([^ (]+).*( FOREIGN KEY | REFERENCES ).*");

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            String normalized = statement.normalized();
            // the regex backtracks over the whole text: match it only when one of its keywords is there
            if (!normalized.contains(" FOREIGN KEY ") && !normalized.contains(" REFERENCES ")) {
                return;
            }
            Matcher matcher = UNPARSED.matcher(normalized);
            if (matcher.matches()) {
                report(statement, rule, Ddl.unquote(matcher.group(6)).toLowerCase(Locale.ROOT));
            }
            return;
        }
        Statement ast = statement.ast().get();
        if (ast instanceof CreateTable create) {
            boolean foreign = Ddl.indexes(create).stream().anyMatch(index -> Ddl.kind(index) == Ddl.IndexKind.FOREIGN)
                    || Ddl.definedColumns(create).stream().anyMatch(column -> column.specs().contains(" REFERENCES "));
            if (foreign) {
                report(statement, rule, Ddl.tableName(create.getTable()));
            }
        } else if (ast instanceof Alter alter) {
            boolean foreign = Ddl.addedIndexes(alter).stream().anyMatch(index -> Ddl.kind(index) == Ddl.IndexKind.FOREIGN)
                    || Ddl.definedColumns(alter).stream().anyMatch(column -> column.specs().contains(" REFERENCES "));
            if (foreign) {
                report(statement, rule, Ddl.tableName(alter.getTable()));
            }
        }
    }

    private static void report(StatementContext statement, RuleContext rule, String table) {
        int offset = statement.text().toUpperCase(Locale.ROOT).indexOf("FOREIGN KEY");
        if (offset < 0) {
            offset = statement.text().toUpperCase(Locale.ROOT).indexOf("REFERENCES");
        }
        rule.report(statement, Math.max(offset, 0), "Foreign key is not allowed in the table "
                + Naming.quote(statement.engine(), table) + ".");
    }
}
