package io.jenkins.plugins.dbgitops.engine.database;

import java.sql.Connection;

/** Opens a new connection to one target; used for the dedicated lock connection. */
@FunctionalInterface
public interface ConnectionFactory {
    Connection open();
}
