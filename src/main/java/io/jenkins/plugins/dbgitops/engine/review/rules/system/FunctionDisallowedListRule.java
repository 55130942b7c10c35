package io.jenkins.plugins.dbgitops.engine.review.rules.system;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Bytebase's {@code system.function.disallowed-list}: calls of the listed functions anywhere in a statement, found
 * token-wise (a listed name followed by an opening parenthesis), so defaults such as {@code DEFAULT (UUID())} count.
 */
public final class FunctionDisallowedListRule implements Rule {
    /** Built from the payload on first use: the policy does not change during a review run. */
    private Pattern candidates;
    private Set<String> disallowed;

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (candidates == null) {
            prepare(rule.config().stringList("list"));
        }
        // a cheap scan of the raw text first, so big INSERT batches are not normalised for nothing
        if (disallowed.isEmpty() || !candidates.matcher(statement.text()).find()) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals("(") && disallowed.contains(tokens.get(i))) {
                used.add(tokens.get(i));
            }
        }
        for (String function : used) {
            rule.report(statement, Impact.of("Function " + function + " is disallowed", rule));
        }
    }

    private void prepare(List<String> names) {
        disallowed = new LinkedHashSet<>();
        StringJoiner alternatives = new StringJoiner("|", "(?i)\\b(?:", ")\\s*\\(");
        for (String name : names) {
            disallowed.add(name.toUpperCase(Locale.ROOT));
            alternatives.add(Pattern.quote(name));
        }
        candidates = Pattern.compile(alternatives.toString());
    }
}
