package io.jenkins.plugins.dbgitops.engine.migration;

/** Whether a migration changes the schema or the data; review rules and reports treat them differently. */
public enum ChangeType {
    DDL,
    DML
}
