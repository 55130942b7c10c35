package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CommentRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.CommentTracker;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code table.comment}: tables carry a comment of bounded length. MySQL writes it as a table option; in
 * PostgreSQL it comes from {@code COMMENT ON TABLE} anywhere later in the same file.
 */
public final class TableCommentRule extends CommentRule {
    public TableCommentRule() {
        super(List.of(Comment.class, CreateTable.class), "table", name -> "`" + name + "`");
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        if (ast instanceof Comment comment) {
            if (comment.getTable() != null && comment.getColumn() == null) {
                comments().commented(Ddl.tableName(comment.getTable()), statement,
                        comment.getComment() == null ? null : comment.getComment().getValue());
            }
        } else if (ast instanceof CreateTable create) {
            comments().created(Ddl.tableName(create.getTable()), statement, 0,
                    optionComment(create.getTableOptionsStrings()));
        }
    }

    /** The value of MySQL's {@code COMMENT [=] 'text'} table option, or null. */
    private static String optionComment(List<String> options) {
        if (options == null) {
            return null;
        }
        for (int i = 0; i < options.size() - 1; i++) {
            if (options.get(i).equalsIgnoreCase("COMMENT")) {
                String value = options.get(i + 1).equals("=") && i + 2 < options.size() ? options.get(i + 2)
                        : options.get(i + 1);
                return CommentTracker.literal(value);
            }
        }
        return null;
    }
}
