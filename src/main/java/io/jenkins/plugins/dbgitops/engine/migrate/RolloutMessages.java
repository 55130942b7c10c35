package io.jenkins.plugins.dbgitops.engine.migrate;

import io.jenkins.plugins.dbgitops.engine.migration.MigrationFile;

/** The user-facing messages of migrations, in one place so that tests can assert them through the same methods. */
final class RolloutMessages {
    private RolloutMessages() {
    }

    static String checksumMismatch(MigrationFile file, AppliedMigration row) {
        return "Migration " + file.script() + " (version " + file.version() + ") was applied with checksum "
                + row.checksum().orElse("?") + " but the file now has checksum " + file.checksum()
                + ". Applied migrations must not change: restore the file and put the change in a new migration,"
                + " or allow the mismatch (--allow-checksum-mismatch) to only warn.";
    }

    static String failedRow(AppliedMigration row) {
        return "Version " + row.version() + " (" + row.script() + ") failed at " + row.startedAt() + ": "
                + row.error().orElse("no error recorded") + " The target is blocked: fix the cause, then record"
                + " what you did with 'dbgitops resolve --version " + row.version() + " --as rolled-back' (run it"
                + " again) or '--as applied' (count it as applied).";
    }

    static String pendingRow(AppliedMigration row, boolean stale) {
        return "Version " + row.version() + " (" + row.script() + ") was started at " + row.startedAt() + " by "
                + row.appliedBy() + " and never finished" + (stale ? "" : " (no run holds the lock now)")
                + "; some of its statements may have been applied. The target is blocked: check the database,"
                + " then run 'dbgitops resolve --version " + row.version() + " --as rolled-back' or '--as applied'.";
    }

    static String inProgress(AppliedMigration row) {
        return "Version " + row.version() + " (" + row.script() + ") is being applied by " + row.appliedBy()
                + " since " + row.startedAt() + ".";
    }

    static String statementFailed(MigrationFile file, int statementNumber, int statementCount, int line,
            String databaseMessage, boolean transactional, boolean engineRollsBackDdl) {
        String where = "Migration " + file.script() + " failed at statement " + statementNumber + " of "
                + statementCount + " (line " + line + "): " + databaseMessage + ".";
        if (transactional) {
            return where + " The file was rolled back.";
        }
        String applied = statementNumber == 1 ? " No statement of the file had been applied."
                : " Statements 1 to " + (statementNumber - 1) + " were applied and committed before it"
                        + (engineRollsBackDdl ? " (the file runs outside a transaction)."
                                : " (this engine commits DDL at once).");
        return where + applied;
    }
}
