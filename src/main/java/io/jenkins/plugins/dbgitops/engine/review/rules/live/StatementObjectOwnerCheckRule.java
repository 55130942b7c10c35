package io.jenkins.plugins.dbgitops.engine.review.rules.live;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Bytebase's {@code statement.object-owner-check} ({@code pg/advisor_statement_object_owner_check.go}): the role that
 * runs the migration ({@code CURRENT_USER}) must own the table an {@code ALTER TABLE} changes, and the schema in which
 * other statements create, alter or drop objects ({@code pg_database_owner} standing for the database's owner);
 * {@code CREATE SCHEMA} needs the database's owner. Schemas and tables the database does not have are not judged.
 */
public final class StatementObjectOwnerCheckRule extends DatabaseRule {
    private static final String PG_DATABASE_OWNER = "pg_database_owner";

    private final Map<String, Optional<String>> owners = new HashMap<>();
    private String currentRole;

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        // owners and the role are read once per review: the file's own changes are not followed, as in Bytebase
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!database().available()) {
            return;
        }
        String text = statement.text();
        try {
            Matcher matcher;
            if ((matcher = OwnedObjects.ALTER_TABLE.matcher(text)).find()) {
                String[] name = OwnedObjects.split(matcher.group(1));
                Optional<String> owner = owner("table:" + name[0] + "." + name[1], "SELECT"
                        + " pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ? AND c.relname = ?", name);
                if (owner.isPresent()) {
                    judge(statement, rule, "Table", name[1], owner.get());
                }
            } else if (OwnedObjects.CREATE_SCHEMA.matcher(text).find()) {
                String owner = databaseOwner();
                if (!owner.equals(role())) {
                    String name = database().value("SELECT current_database()").orElse("");
                    rule.report(statement, "Database \"" + name + "\" is owned by \"" + owner
                            + "\", but the current role is \"" + role() + "\".");
                }
            } else if ((matcher = OwnedObjects.IN_SCHEMA.matcher(text)).find()
                    || (matcher = OwnedObjects.ON_TABLE.matcher(text)).find()) {
                schema(statement, rule, OwnedObjects.split(matcher.group(1))[0]);
            } else if ((matcher = OwnedObjects.EXTENSION.matcher(text)).find()) {
                schema(statement, rule, matcher.group(1) == null ? "public" : OwnedObjects.unquote(matcher.group(1)));
            }
        } catch (SQLException e) {
            rule.report(statement, "Could not read the owners from the database: " + database().message(e) + ".");
        }
    }

    private void schema(StatementContext statement, RuleContext rule, String schema) throws SQLException {
        Optional<String> owner = owner("schema:" + schema,
                "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?", schema);
        if (owner.isPresent()) {
            judge(statement, rule, "Schema", schema, owner.get());
        }
    }

    private void judge(StatementContext statement, RuleContext rule, String kind, String name, String owner)
            throws SQLException {
        String effective = PG_DATABASE_OWNER.equals(owner) ? databaseOwner() : owner;
        if (!effective.equals(role())) {
            rule.report(statement, kind + " \"" + name + "\" is owned by \"" + effective
                    + "\", but the current role is \"" + role() + "\".");
        }
    }

    private Optional<String> owner(String key, String query, String... parameters) throws SQLException {
        Optional<String> known = owners.get(key);
        if (known == null) {
            known = database().value(query, parameters);
            owners.put(key, known);
        }
        return known;
    }

    private String databaseOwner() throws SQLException {
        return owner("database", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname ="
                + " current_database()").orElse("");
    }

    private String role() throws SQLException {
        if (currentRole == null) {
            currentRole = database().value("SELECT CURRENT_USER").orElse("");
        }
        return currentRole;
    }
}
