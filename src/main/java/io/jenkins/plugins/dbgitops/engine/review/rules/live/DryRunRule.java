package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/**
 * {@code builtin.dry-run}: the failures of applying the reviewed files to a throwaway database. The work is done
 * once per review by {@code DryRunReview}, not per statement; this class declares the rule, so that a policy can set
 * its level or turn it off, and the docs list it.
 */
public final class DryRunRule implements Rule {
    public static final String ID = "builtin.dry-run";

    public static final RuleDefinition DEFINITION = RuleDefinition.builder(ID)
            .title("Dry run on a throwaway database")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("The database refuses this statement, so the rollout would fail here.")
            .help("Fix the statement so that the engine accepts it (types, casts, names, extensions), then review"
                    + " again.")
            .description("With --dry-run-url, the review creates an empty throwaway database on that server, loads"
                    + " the starting schema (the snapshot, the live schema, or the earlier migrations) and applies"
                    + " the migrations up to the last reviewed one exactly as a rollout would: each file in its own"
                    + " transaction where the engine allows it, with its history row. Each failure is a finding at"
                    + " the failing statement, with the engine's message (quoted values redacted). The database is"
                    + " dropped afterwards. Its tables are empty: failures that depend on existing rows need"
                    + " statement.dml-dry-run against a real database.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, total bigint);\n"
                    + "INSERT INTO orders (id, total) VALUES (1, 'abc');")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, total bigint);\n"
                    + "INSERT INTO orders (id, total) VALUES (1, 42);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        // judged by running the files, not statement by statement: see DryRunReview
    }
}
