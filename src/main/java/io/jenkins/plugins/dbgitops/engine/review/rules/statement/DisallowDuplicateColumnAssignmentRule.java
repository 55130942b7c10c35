package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.statement.ColumnTargets.Target;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Squawk's ban-duplicate-column-assignments, for PostgreSQL (an error there) and MySQL/MariaDB (last one wins): every
 * occurrence of a repeated name is reported, as Squawk does.
 */
public final class DisallowDuplicateColumnAssignmentRule implements Rule {
    /** PostgreSQL's NAMEDATALEN - 1. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!ColumnTargets.possible(statement)) {
            return;
        }
        boolean foldsQuoted = statement.engine() != SqlEngine.POSTGRESQL; // MySQL column names ignore case
        for (List<Target> targets : ColumnTargets.of(SqlTokens.of(statement))) {
            Map<String, List<Target>> byName = new LinkedHashMap<>();
            for (Target target : targets) {
                byName.computeIfAbsent(key(target, foldsQuoted), name -> new ArrayList<>()).add(target);
            }
            List<Target> duplicates = new ArrayList<>();
            byName.values().stream().filter(same -> same.size() > 1 && !same.stream().allMatch(Target::partial))
                    .forEach(duplicates::addAll);
            duplicates.sort(Comparator.comparingInt(target -> target.at().offset()));
            for (Target target : duplicates) {
                rule.report(statement, target.at().offset(), "Column " + target.name() + " is specified more than once.");
            }
        }
    }

    /** The name PostgreSQL compares: unquoted names folded to lower case, cut to 63 bytes as identifiers are. */
    private static String key(Target target, boolean foldsQuoted) {
        String name = target.quoted() && !foldsQuoted ? target.name() : target.name().toLowerCase(Locale.ROOT);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        int end = MAX_IDENTIFIER_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // not inside a multi-byte character
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
