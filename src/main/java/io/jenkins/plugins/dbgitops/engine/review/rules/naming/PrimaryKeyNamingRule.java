package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.pk}: primary key constraint names follow a format. */
public final class PrimaryKeyNamingRule extends IndexNamingRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.index.pk")
            .title("Primary key naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("A primary key name that breaks the naming convention makes constraint errors and schema "
                    + "diffs harder to read.")
            .help("Rename the constraint to match the format, e.g. pk_<table>_<columns>.")
            .description("Checks the names of PRIMARY KEY constraints in CREATE TABLE and ALTER TABLE ... ADD "
                    + "CONSTRAINT against a format with {{table}} and {{column_list}} templates and a "
                    + "maximum length. PostgreSQL only, as in Bytebase: MySQL always names the primary key "
                    + "PRIMARY and ignores a written name.")
            .failing("CREATE TABLE orders (id bigint, CONSTRAINT orders_key PRIMARY KEY (id));")
            .passing("CREATE TABLE orders (id bigint, CONSTRAINT pk_orders_id PRIMARY KEY (id));")
            .payload(templateFormat("^$|^pk_{{table}}_{{column_list}}$"))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    public PrimaryKeyNamingRule() {
        super(Ddl.IndexKind.PRIMARY, "Primary key");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
