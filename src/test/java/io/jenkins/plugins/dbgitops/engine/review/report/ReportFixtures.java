package io.jenkins.plugins.dbgitops.engine.review.report;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.ReviewResult;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed report with errors, warnings, special characters and not-fully-parsed notes, for every format's test. */
final class ReportFixtures {
    /** The scripts' text, for the SQL excerpts of the HTML report. */
    private static final Map<String, Optional<String>> SOURCES = Map.of(
            "migrations/V2__orders.sql", Optional.of("""
                    -- orders of the shop
                    CREATE TABLE orders (
                        id bigint,
                        note text
                    );
                    INSERT INTO order_items (order_id)
                      SELECT id FROM orders WHERE note <> '<script>alert(1)</script>';
                    """),
            "migrations/V3__backfill_dml.sql", Optional.of("""
                    UPDATE orders SET note = 'x' WHERE id = 1;
                        -- dbgitops:ignore table.require-pk nothing to silence here
                    UPDATE orders SET note = 'y' WHERE id = 2;
                    """));

    private ReportFixtures() {
    }

    static ReviewReport report(Level failOn) {
        List<Finding> findings = List.of(
                new Finding("migrations/V2__orders.sql", 3, 1, "table.require-pk", Level.ERROR,
                        "Table orders has no primary key.", "Add a PRIMARY KEY."),
                new Finding("migrations/V2__orders.sql", 7, 13, "builtin.walk-through-check", Level.ERROR,
                        "Table order_items does not exist at this point of the migrations.",
                        "Check the name against the earlier migrations, or create the object first."),
                new Finding("migrations/V3__backfill_dml.sql", 2, 5, "statement.unused-suppression", Level.WARNING,
                        "The suppression of <table.require-pk> silences nothing | \"here\" & there: remove it.",
                        "Remove the comment."));
        List<ReviewResult.UnparsedStatement> unparsed = List.of(new ReviewResult.UnparsedStatement(
                "migrations/V3__backfill_dml.sql", 9, 1,
                "JSqlParser 5.4 does not support anonymous code blocks (DO $$ ... $$); only rules that need no syntax"
                        + " tree checked it."));
        ReviewResult result = new ReviewResult(findings, 3, 17, unparsed, 1,
                List.of("migrations/V1__init.sql", "migrations/V2__orders.sql", "migrations/V3__backfill_dml.sql"));
        List<RuleDefinition> rules = RuleRegistry.load().definitions().stream()
                .filter(definition -> List.of("table.require-pk", "builtin.walk-through-check",
                        "statement.unused-suppression").contains(definition.id())).toList();
        return new ReviewReport(result, rules, SqlEngine.POSTGRESQL, "prod", failOn,
                "https://github.com/acme/shop/blob/0123abc/",
                script -> SOURCES.getOrDefault(script, Optional.empty()));
    }
}
