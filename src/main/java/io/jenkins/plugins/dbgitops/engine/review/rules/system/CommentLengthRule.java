package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code system.comment.length}: PostgreSQL {@code COMMENT ON ... IS '...'} and MySQL {@code COMMENT '...'}
 * on tables and columns must stay within {@code number} characters.
 */
public final class CommentLengthRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // the statements comments() reads
        return List.of(Comment.class, CreateTable.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        int max = rule.config().integer("number");
        for (String literal : comments(statement)) {
            int length = unquote(literal).codePointCount(0, unquote(literal).length());
            if (length > max) {
                rule.report(statement, Impact.of("A comment of " + length + " characters exceeds the limit of "
                        + max, rule));
            }
        }
    }

    private static List<String> comments(StatementContext statement) {
        List<String> literals = new ArrayList<>();
        Statement ast = statement.ast().orElse(null); // one instanceof chain, not three Optionals with lambdas
        if (ast instanceof Comment comment) {
            literals.add(comment.getComment().toString());
        } else if (ast instanceof CreateTable create) {
            addAfterComment(create.getTableOptionsStrings(), literals);
            if (create.getColumnDefinitions() != null) {
                for (ColumnDefinition column : create.getColumnDefinitions()) {
                    addAfterComment(column.getColumnSpecs(), literals);
                }
            }
        } else if (ast instanceof Alter alter) {
            for (AlterExpression expression : alter.getAlterExpressions()) {
                if (expression.getCommentText() != null) {
                    literals.add(expression.getCommentText());
                }
                if (expression.getColDataTypeList() != null) {
                    for (ColumnDefinition column : expression.getColDataTypeList()) {
                        addAfterComment(column.getColumnSpecs(), literals);
                    }
                }
            }
        }
        return literals;
    }

    private static void addAfterComment(List<String> words, List<String> literals) {
        if (words == null) {
            return;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase("COMMENT")) {
                boolean equals = words.get(i + 1).equals("=") && i + 2 < words.size();
                String next = equals ? words.get(i + 2) : words.get(i + 1);
                literals.add(next);
            }
        }
    }

    /** The literal's content: without the quotes, with doubled quotes undone. */
    private static String unquote(String literal) {
        String text = literal.trim();
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            text = text.substring(1, text.length() - 1).replace("''", "'");
        }
        return text;
    }
}
