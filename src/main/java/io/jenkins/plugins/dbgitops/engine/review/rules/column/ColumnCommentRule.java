package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CommentTracker;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code column.comment}: columns carry a comment of bounded length. MySQL writes it inline; in
 * PostgreSQL it comes from {@code COMMENT ON COLUMN} anywhere later in the same file. Judged at the end of the file,
 * on the final comments, with Bytebase's wording for each engine.
 */
public final class ColumnCommentRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.comment")
            .optIn()
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

    private final CommentTracker comments = new CommentTracker();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        comments.clear();
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class, Comment.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        if (statement.ast().get() instanceof Comment comment) {
            if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
                comments.commented(Ddl.tableName(comment.getColumn().getTable()) + "."
                        + Ddl.unquote(comment.getColumn().getColumnName()), statement,
                        comment.getComment() == null ? null : comment.getComment().getValue());
            }
            return;
        }
        for (DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
            if (column.complete()) {
                comments.created(column.table() + "." + column.name(), statement,
                        column.offsetIn(statement.text()),
                        CommentTracker.literal(column.catalogColumn().comment()));
            }
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        boolean mySql = file.engine().isMySqlFamily();
        comments.report(file, rule, rule.config().bool("required"), rule.config().integer("maxLength"),
                name -> mySql ? "Column " + quoted(name) + " requires comments."
                        : "Comment is required for column `" + name + "`.",
                name -> mySql ? "The length of column " + quoted(name) + " comment should be within "
                        + rule.config().integer("maxLength") + " characters."
                        : "Column `" + name + "` comment is too long. The length of comment should be within "
                        + rule.config().integer("maxLength") + " characters.");
    }

    /** {@code table.column} as MySQL quotes it. */
    private static String quoted(String name) {
        String[] parts = name.split("\\.", 2);
        return "`" + parts[0] + "`.`" + parts[1] + "`";
    }
}
