package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.uk}: unique key names follow a format. */
public final class UniqueKeyNamingRule extends IndexNamingRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.index.uk")
            .title("Unique key naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A unique key name that breaks the naming convention makes duplicate-key errors harder to trace.")
            .help("Rename the unique key to match the format, e.g. uk_<table>_<columns>.")
            .description("Checks the names of unique indexes and UNIQUE constraints (CREATE UNIQUE INDEX, "
                    + "UNIQUE in CREATE TABLE and ALTER TABLE ... ADD, RENAME INDEX) against a format with "
                    + "{{table}} and {{column_list}} templates and a maximum length. The name appears in "
                    + "every duplicate-key error the application sees, so it should say what is unique.")
            .failing("CREATE UNIQUE INDEX email_unique ON users (email);")
            .passing("CREATE UNIQUE INDEX uk_users_email ON users (email);")
            .payload(templateFormat("^$|^uk_{{table}}_{{column_list}}$"))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    public UniqueKeyNamingRule() {
        super(Ddl.IndexKind.UNIQUE, "Unique key");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
