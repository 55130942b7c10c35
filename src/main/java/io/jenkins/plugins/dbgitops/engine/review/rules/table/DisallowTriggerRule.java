package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.CreatedObject;

/** Bytebase's {@code table.disallow-trigger}: no CREATE TRIGGER (also PostgreSQL's CREATE CONSTRAINT TRIGGER). */
public final class DisallowTriggerRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("table.disallow-trigger")
            .title("Disallow triggers")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A trigger runs hidden logic inside every write to the table, slowing bulk changes and"
                    + " surprising anyone who reads the application code.")
            .help("Move the logic into the application or a scheduled job, or get an explicit exception for the"
                    + " trigger.")
            .description("Reports CREATE [OR REPLACE] [CONSTRAINT] TRIGGER, with or without DEFINER. Triggers add"
                    + " work and locks to every INSERT, UPDATE or DELETE, fire during backfills and online schema"
                    + " changes (gh-ost and pt-online-schema-change cannot work on tables that already have"
                    + " triggers in older MySQL versions), and hide side effects from code review.")
            .failing("CREATE TRIGGER ins_sum BEFORE INSERT ON account FOR EACH ROW EXECUTE FUNCTION add_sum();")
            .passing("CREATE TABLE account (acct_num int PRIMARY KEY, amount decimal(10, 2));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        CreatedObject.of(statement).filter(created -> created.kind().equals("TRIGGER")).ifPresent(created ->
                rule.report(statement, Impact.of("The statement creates trigger " + created.name(), DEFINITION)));
    }
}
