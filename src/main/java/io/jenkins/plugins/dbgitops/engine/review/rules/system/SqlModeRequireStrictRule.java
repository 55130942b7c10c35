package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariableRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SetVariables;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL {@code SET sql_mode = '...'} without STRICT_TRANS_TABLES, STRICT_ALL_TABLES or TRADITIONAL, and
 * {@code REPLACE(@@sql_mode, 'STRICT_...', '')}. The mode string is configuration, never a secret, so the raw text
 * is read for it.
 */
public final class SqlModeRequireStrictRule extends SetVariableRule {
    private static final Pattern MODE_LITERAL = Pattern.compile("(?i)sql_mode\\s*:?=\\s*(['\"])([^'\"]*)\\1");

    @Override
    protected void check(SetVariables.Assignment assignment, StatementContext statement, RuleContext rule) {
        if (!assignment.name().equals("SQL_MODE")) {
            return;
        }
        String text = statement.text().toUpperCase(Locale.ROOT);
        boolean relaxed;
        if (assignment.value().equals("''")) {
            Matcher literal = MODE_LITERAL.matcher(statement.text());
            relaxed = literal.find() && !strict(literal.group(2).toUpperCase(Locale.ROOT));
        } else {
            relaxed = assignment.value().equals("REPLACE") && text.contains("STRICT");
        }
        if (relaxed) {
            rule.report(statement, Impact.of("sql_mode loses strict mode", rule));
        }
    }

    private static boolean strict(String modes) {
        return modes.contains("STRICT_TRANS_TABLES") || modes.contains("STRICT_ALL_TABLES")
                || modes.contains("TRADITIONAL");
    }
}
