package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytebase's {@code statement.dml-dry-run} ({@code pg/advisor_statement_dml_dry_run.go},
 * {@code mysql/rule_statement_dml_dry_run.go}): {@code EXPLAIN} of each INSERT, UPDATE and DELETE on the live
 * database, at most ten per file; a refusal is a finding. Files that also hold DDL are skipped, as in Bytebase.
 */
public final class StatementDmlDryRunRule extends DatabaseRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.dml-dry-run")
            .title("DML dry run on the database")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.ERROR)
            .message("The database refuses to plan this statement, so it will fail when it runs.")
            .help("Fix the statement against the database's real schema (names, types, column counts).")
            .description("Needs a database (--schema-from): asks it to EXPLAIN each INSERT, UPDATE and DELETE, which"
                    + " plans the statement against the real schema without running it, in a read-only session with a"
                    + " timeout. A statement the database cannot plan is reported with the engine's message. As in"
                    + " Bytebase, at most ten statements per file are explained, a file that also holds DDL is"
                    + " skipped (its DML may use what the DDL creates), and on PostgreSQL the file's SET ROLE and SET"
                    + " search_path run first. Without a database the rule is reported as skipped.")
            .failing("-- the database has orders (id bigint PRIMARY KEY, total bigint)\n"
                    + "INSERT INTO orders (id, total) VALUES (1, 2, 3);")
            .passing("-- the database has orders (id bigint PRIMARY KEY, total bigint)\n"
                    + "INSERT INTO orders (id, total) VALUES (1, 2);")
            .optIn()
            .build();

    private final List<String> preExecutions = new ArrayList<>();
    private boolean skipFile;
    private int explains;

    public StatementDmlDryRunRule() {
        super(DEFINITION);
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        preExecutions.clear();
        explains = 0;
        skipFile = !database().available() || LiveStatements.containsDdl(file);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (skipFile) {
            return;
        }
        LiveStatements.Kind kind = LiveStatements.kind(statement.normalized());
        if (kind == LiveStatements.Kind.ROLE_OR_SEARCH_PATH && statement.engine() == SqlEngine.POSTGRESQL) {
            preExecutions.add(statement.text());
        } else if ((kind == LiveStatements.Kind.INSERT || kind == LiveStatements.Kind.UPDATE
                || kind == LiveStatements.Kind.DELETE) && explains < LiveStatements.MAXIMUM_EXPLAINS) {
            explains++;
            try {
                database().explain(preExecutions, statement.text());
            } catch (SQLException e) {
                rule.report(statement, LiveStatements.quote(statement.text()) + " dry runs failed: "
                        + database().message(e));
            }
        }
    }
}
