package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Migration files built to break a reviewer: huge literals, deep nesting, thousands of statements on one line. Each
 * front end's test writes them and checks that a report comes out.
 */
public final class HostileInputs {
    private static final int MEGABYTE = 1024 * 1024;

    private HostileInputs() {
    }

    /** File name to content, for the engine's dialect. */
    public static Map<String, String> files(SqlEngine engine) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("V1__base.sql", "CREATE TABLE t (id int PRIMARY KEY, note varchar(20));\n");
        // the reported crash: a literal of ~10,000 characters in a statement JSqlParser rejects
        files.put("V2__long_literal_rejected.sql", "CREATE TABLE l (id int PRIMARY KEY, note varchar(20) DEFAULT '"
                + "x".repeat(10_000) + "' GARBAGE GARBAGE);\n");
        // a literal under the parse-size limit, so that the parser and the rules read it
        files.put("V3__long_literal_parsed.sql", "CREATE TABLE p (id int PRIMARY KEY, note varchar(20) DEFAULT '"
                + "y".repeat(60_000) + "');\nINSERT INTO t (id, note) VALUES (1, '" + "z".repeat(60_000) + "');\n");
        files.put("V4__megabyte_literal_dml.sql", "INSERT INTO t (id, note) VALUES (2, '" + "a".repeat(MEGABYTE)
                + "');\nUPDATE t SET note = '" + "b".repeat(MEGABYTE) + "' WHERE id = 2 GARBAGE;\n");
        // over the parse-size limit; deep enough to overflow JSqlParser's stack; parsed into a deep tree
        files.put("V5__nested_parentheses.sql", "SELECT " + "(".repeat(100_000) + "1" + ")".repeat(100_000)
                + ";\nSELECT " + "(".repeat(1_000) + "1" + ")".repeat(1_000) + ";\n"
                + "CREATE TABLE n (id int PRIMARY KEY CHECK " + "(".repeat(300) + "id > 0" + ")".repeat(300)
                + ");\n");
        files.put("V6__many_statements_one_line.sql", "INSERT INTO t (id, note) VALUES (3, 'c'); ".repeat(5_000)
                + "ALTER TABLE t ADD COLUMN c1 int; ALTER TABLE t DROP COLUMN c1; ".repeat(2_500) + "\n");
        files.put("V7__many_comments.sql", "/* c */ -- d\n".repeat(50_000) + "SELECT 1;\n"
                + (engine == SqlEngine.POSTGRESQL ? "SELECT $$" + "q".repeat(MEGABYTE) + "$$;\n" : ""));
        return files;
    }

    /** Writes the files into {@code directory} and returns it. */
    public static Path write(Path directory, SqlEngine engine) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : files(engine).entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue());
        }
        return directory;
    }
}
