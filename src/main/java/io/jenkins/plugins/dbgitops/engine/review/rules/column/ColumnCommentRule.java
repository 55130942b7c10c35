package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.PendingComments;
import net.sf.jsqlparser.statement.comment.Comment;

/**
 * Bytebase's {@code column.comment}: columns carry a comment of bounded length. MySQL writes it inline; in
 * PostgreSQL it comes from {@code COMMENT ON COLUMN} anywhere later in the same file.
 */
public final class ColumnCommentRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.comment")
            .title("Column comments")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A column without a comment leaves its meaning, unit and allowed values to guesswork.")
            .help("Add a comment: COMMENT 'text' in MySQL, COMMENT ON COLUMN t.c IS 'text' in PostgreSQL.")
            .description("Checks that each column created by CREATE TABLE or ALTER TABLE ... ADD has a comment when"
                    + " `required` is set, and that no comment is longer than `maxLength`. In PostgreSQL a COMMENT ON"
                    + " COLUMN statement later in the same file counts. Comments are the data dictionary that"
                    + " analysts, auditors and new engineers read.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY);\nCOMMENT ON COLUMN orders.id IS 'Order number';")
            .payload(PayloadField.bool("required", true, "Whether every column needs a comment."))
            .payload(PayloadField.integer("maxLength", 64, "Longest comment allowed; 0 for no limit."))
            .build();

    private final PendingComments pending = new PendingComments();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        pending.clear();
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        if (statement.ast().get() instanceof Comment comment) {
            if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
                String key = Ddl.tableName(comment.getColumn().getTable()) + "." + Ddl.unquote(comment.getColumn().getColumnName());
                pending.resolve(key);
                checkLength(statement, rule, key, comment.getComment() == null ? "" : comment.getComment().getValue());
            }
            return;
        }
        for (Ddl.DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
            if (!column.complete()) {
                continue;
            }
            String key = column.table() + "." + column.name();
            String comment = PendingComments.literal(ColumnDefinitions.toColumn(column.definition()).comment());
            int offset = Ddl.columnOffset(statement.text(), column.table(), column.name());
            if (comment != null) {
                checkLength(statement, rule, key, comment);
            } else if (rule.config().bool("required")) {
                pending.await(key, statement, offset,
                        "Column " + quoted(statement, column.table(), column.name()) + " requires comments.");
            }
        }
    }

    private static void checkLength(StatementContext statement, RuleContext rule, String key, String comment) {
        int maxLength = rule.config().integer("maxLength");
        if (maxLength > 0 && comment.length() > maxLength) {
            String[] parts = key.split("\\.", 2);
            rule.report(statement, "The length of column " + quoted(statement, parts[0], parts[1])
                    + " comment should be within " + maxLength + " characters.");
        }
    }

    private static String quoted(StatementContext statement, String table, String column) {
        return Naming.quote(statement.engine(), table) + "." + Naming.quote(statement.engine(), column);
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        pending.reportRemaining(file, rule);
    }
}
