package io.jenkins.plugins.dbgitops.engine.review.schema;

import io.jenkins.plugins.dbgitops.engine.database.DatabaseTarget;
import java.util.Objects;
import java.util.Optional;

/**
 * What a review learns from databases, beyond the files: where the walk starts, a live database for the rules that
 * ask one (read only), and a server for the dry run.
 *
 * @param schema       the schema the walk starts from (read from {@link #live} or from a snapshot file); empty:
 *                     the walk starts from the first migration, as offline
 * @param live         the database the schema was read from, for database-backed rules; empty without one
 * @param dryRunServer the server on which a throwaway database is created, loaded and dropped; empty: no dry run
 */
public record DatabaseReview(Optional<SchemaSnapshot> schema, Optional<DatabaseTarget> live,
        Optional<DatabaseTarget> dryRunServer) {

    public DatabaseReview {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(dryRunServer, "dryRunServer");
    }

    /** An offline review: the migrations alone. */
    public static DatabaseReview none() {
        return new DatabaseReview(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DatabaseReview withSchema(SchemaSnapshot value) {
        return new DatabaseReview(Optional.of(value), live, dryRunServer);
    }

    public DatabaseReview withLive(DatabaseTarget value) {
        return new DatabaseReview(schema, Optional.of(value), dryRunServer);
    }

    public DatabaseReview withDryRunServer(DatabaseTarget value) {
        return new DatabaseReview(schema, live, Optional.of(value));
    }
}
