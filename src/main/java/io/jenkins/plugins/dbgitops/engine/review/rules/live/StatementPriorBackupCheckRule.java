package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.update.Update;

/**
 * Bytebase's prior-backup check ({@code pg/advisor_builtin_prior_backup_check.go},
 * {@code mysql/rule_builtin_prior_backup_check.go}; {@code statement.prior-backup-check} in older policies; Bytebase
 * renamed it {@code BUILTIN_PRIOR_BACKUP_CHECK} at 37339d73 and injects it itself): a data change that is to be backed up first may hold
 * only DML, the backup schema (PostgreSQL) or database (MySQL) {@code bbdataarchive} must exist, and all UPDATEs and
 * DELETEs of one table must be of one kind. Bytebase runs it for data changes with prior backup on; here, for DML
 * files when the policy names the rule.
 */
public final class StatementPriorBackupCheckRule extends DatabaseRule {
    /** Bytebase's {@code common.BackupDatabaseNameOfEngine} for PostgreSQL, MySQL and MariaDB. */
    static final String BACKUP = "bbdataarchive";

    private final Map<String, String> kindByTable = new TreeMap<>();
    private final Map<String, Boolean> mixed = new TreeMap<>();
    private boolean judged;
    private Boolean backupExists;
    private String currentDatabase;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        kindByTable.clear();
        mixed.clear();
        judged = database().available() && file.changeType() == ChangeType.DML;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!judged) {
            return;
        }
        LiveStatements.Kind kind = LiveStatements.kind(statement.normalized());
        if (kind == LiveStatements.Kind.DDL) {
            rule.report(statement, statement.engine() == SqlEngine.POSTGRESQL
                    ? "Data change can only run DML, " + LiveStatements.quote(statement.text()) + " is not DML"
                    : "Prior backup cannot deal with mixed DDL and DML statements");
            return;
        }
        Optional<Table> table = statement.ast(Update.class).map(Update::getTable)
                .or(() -> statement.ast(Delete.class).map(Delete::getTable));
        if (table.isPresent()) {
            try {
                String key = key(statement, table.get());
                String previous = kindByTable.putIfAbsent(key, kind.name());
                if (previous != null && !previous.equals(kind.name())) {
                    mixed.put(key, true);
                }
            } catch (SQLException e) {
                rule.report(statement, "Could not read the current database: " + database().message(e) + ".");
            }
        }
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        if (!judged) {
            return;
        }
        boolean postgres = file.engine() == SqlEngine.POSTGRESQL;
        try {
            if (!backupExists()) {
                rule.reportAt(file, 1, 1, postgres
                        ? "Need schema \"" + BACKUP + "\" to do prior backup but it does not exist"
                        : "Need database \"" + BACKUP + "\" to do prior backup but it does not exist");
            }
        } catch (SQLException e) {
            rule.reportAt(file, 1, 1, "Could not check for " + BACKUP + ": " + database().message(e) + ".");
        }
        for (String table : mixed.keySet()) {
            rule.reportAt(file, 1, 1, postgres
                    ? "The statement type is not the same for all statements on the same table \"" + table + "\""
                    : "Prior backup cannot handle mixed DML statements on the same table \"" + table + "\"");
        }
    }

    private boolean backupExists() throws SQLException {
        if (backupExists == null) {
            backupExists = database().value(database().engine() == SqlEngine.POSTGRESQL
                    ? "SELECT nspname FROM pg_namespace WHERE nspname = ?"
                    : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", BACKUP).isPresent();
        }
        return backupExists;
    }

    /** {@code schema.table} as Bytebase groups them: {@code public} or the connection's database when unqualified. */
    private String key(StatementContext statement, Table table) throws SQLException {
        String qualifier = table.getSchemaName();
        if (qualifier == null) {
            if (statement.engine() == SqlEngine.POSTGRESQL) {
                qualifier = "public";
            } else {
                currentDatabase = currentDatabase != null ? currentDatabase
                        : database().value("SELECT DATABASE()").orElse("");
                qualifier = currentDatabase;
            }
        }
        return unquote(qualifier) + "." + unquote(table.getName());
    }

    private static String unquote(String name) {
        return name.replace("\"", "").replace("`", "");
    }
}
