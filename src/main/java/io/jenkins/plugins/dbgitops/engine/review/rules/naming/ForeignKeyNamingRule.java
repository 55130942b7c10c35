package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;

/** Bytebase's {@code naming.index.fk}: foreign key names follow a format. */
public final class ForeignKeyNamingRule extends IndexNamingRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("naming.index.fk")
            .title("Foreign key naming convention")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A foreign key name that breaks the naming convention makes reference violations harder to trace.")
            .help("Rename the constraint to match the format, e.g. fk_<table>_<column>_<referenced "
                    + "table>_<referenced column>.")
            .description("Checks the names of FOREIGN KEY constraints in CREATE TABLE and ALTER TABLE ... ADD "
                    + "against a format with {{referencing_table}}, {{referencing_column}}, "
                    + "{{referenced_table}} and {{referenced_column}} templates and a maximum length. The "
                    + "name is what a violated reference reports, so it should say which reference failed.")
            .failing("ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES "
                    + "customers (id);")
            .passing("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer_id_customers_id FOREIGN KEY "
                    + "(customer_id) REFERENCES customers (id);")
            .payload(PayloadField.string("format",
                    "^$|^fk_{{referencing_table}}_{{referencing_column}}_{{referenced_table}}_{{referenced_column}}$",
                    "Regular expression the name must match; {{table}} and {{column_list}} (columns joined by _),"
                    + " {{referencing_table}}, {{referencing_column}}, {{referenced_table}} and {{referenced_column}}"
                    + " are replaced first; ^$| lets unnamed ones pass."))
            .payload(NameConvention.MAX_LENGTH)
            .build();

    public ForeignKeyNamingRule() {
        super(Ddl.IndexKind.FOREIGN, "Foreign key");
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }
}
