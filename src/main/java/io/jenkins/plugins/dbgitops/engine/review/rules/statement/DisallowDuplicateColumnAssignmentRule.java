package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
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
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-duplicate-column-assignment")
            .title("Disallow naming a column twice in one column list")
            .origin("Squawk: ban-duplicate-column-assignments")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("A statement that names the same column twice fails on PostgreSQL and silently keeps only one value on MySQL.")
            .help("Name each column once; combine the expressions if both are needed.")
            .description("PostgreSQL rejects UPDATE ... SET a = 1, a = 2 with 'multiple assignments to same column',"
                    + " and likewise a column named twice in an INSERT column list, ON CONFLICT DO UPDATE SET, MERGE"
                    + " ... INSERT / UPDATE SET, CREATE [FOREIGN] TABLE, a view's column list or the names its SELECT"
                    + " gives (two unnamed expressions are both ?column?), and SELECT ... INTO; so the migration fails"
                    + " when it runs. Names compare as PostgreSQL does: unquoted names in lower case, quoted ones as"
                    + " written, all cut to 63 bytes; assigning two fields of one composite or array column (a.x,"
                    + " a.y) is fine. MySQL and MariaDB apply SET assignments left to right and keep the last, which"
                    + " hides a copy-paste mistake in a data fix.")
            .failing("UPDATE orders SET status = 'paid', status = 'shipped' WHERE id = 1;")
            .passing("UPDATE orders SET status = 'shipped', shipped_at = CURRENT_TIMESTAMP WHERE id = 1;")
            .build();

    /** PostgreSQL's NAMEDATALEN - 1. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
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
