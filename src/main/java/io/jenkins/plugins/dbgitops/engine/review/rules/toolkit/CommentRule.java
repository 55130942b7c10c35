package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of Bytebase's {@code table.comment} and {@code column.comment}: the objects a file creates, commented
 * inline or by a later COMMENT ON in the same file ({@link CommentTracker}), judged when the file ends against the
 * payload's {@code required} and {@code maxLength}, in the words of Bytebase's MySQL or PostgreSQL advisor.
 */
public abstract class CommentRule extends ParsedRule {
    private final CommentTracker comments = new CommentTracker();
    private final String kind;
    private final UnaryOperator<String> mySqlQuote;

    /**
     * @param kind       the object kind in messages: "table", "column"
     * @param mySqlQuote how the MySQL advisor's messages quote a name
     */
    protected CommentRule(List<Class<? extends Statement>> types, String kind, UnaryOperator<String> mySqlQuote) {
        super(types);
        this.kind = kind;
        this.mySqlQuote = mySqlQuote;
    }

    @Override
    public final void startFile(FileContext file, RuleContext rule) {
        comments.clear();
    }

    /** The objects the file created so far and their comments. */
    protected final CommentTracker comments() {
        return comments;
    }

    @Override
    public final void endFile(FileContext file, RuleContext rule) {
        int maxLength = rule.config().integer("maxLength");
        boolean required = rule.config().bool("required");
        String capitalised = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
        if (file.engine().isMySqlFamily()) {
            comments.report(file, rule, required, maxLength,
                    name -> capitalised + " " + mySqlQuote.apply(name) + " requires comments.",
                    name -> "The length of " + kind + " " + mySqlQuote.apply(name) + " comment should be within "
                            + maxLength + " characters.");
        } else {
            comments.report(file, rule, required, maxLength,
                    name -> "Comment is required for " + kind + " `" + name + "`.",
                    name -> capitalised + " `" + name + "` comment is too long. The length of comment should be within "
                            + maxLength + " characters.");
        }
    }
}
