package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("system.comment.length")
            .title("Maximum comment length")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("An over-long comment is truncated or rejected by tools and catalogs that store comments in"
                    + " limited columns.")
            .help("Shorten the comment and link to longer documentation instead.")
            .description("Checks the length of comments set by COMMENT ON (PostgreSQL) and by COMMENT options of"
                    + " CREATE TABLE, ALTER TABLE and column definitions (MySQL). MySQL rejects table comments"
                    + " over 2048 and column comments over 1024 characters in strict mode; data catalogs and"
                    + " schema diff tools often truncate far earlier.")
            .failing("COMMENT ON TABLE orders IS 'Orders placed by customers, including cancelled and refunded ones';")
            .passing("COMMENT ON TABLE orders IS 'Customer orders';")
            .payload(PayloadField.integer("number", 64, "The maximum number of characters in a comment."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

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
                        + max, DEFINITION));
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
