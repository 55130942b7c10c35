package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CommentRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CommentTracker;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
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
public final class ColumnCommentRule extends CommentRule {
    public ColumnCommentRule() {
        super(List.of(CreateTable.class, Alter.class, Comment.class), "column", ColumnCommentRule::quoted);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof Comment comment) {
            if (comment.getColumn() != null && comment.getColumn().getTable() != null) {
                comments().commented(Ddl.tableName(comment.getColumn().getTable()) + "."
                        + Ddl.unquote(comment.getColumn().getColumnName()), statement,
                        comment.getComment() == null ? null : comment.getComment().getValue());
            }
            return;
        }
        for (DefinedColumn column : Ddl.definedColumns(ast)) {
            if (column.complete()) {
                comments().created(column.table() + "." + column.name(), statement,
                        column.offsetIn(statement.text()),
                        CommentTracker.literal(column.catalogColumn().comment()));
            }
        }
    }

    /** {@code table.column} as MySQL quotes it. */
    private static String quoted(String name) {
        String[] parts = name.split("\\.", 2);
        return "`" + parts[0] + "`.`" + parts[1] + "`";
    }
}
