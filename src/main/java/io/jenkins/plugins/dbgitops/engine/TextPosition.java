package io.jenkins.plugins.dbgitops.engine;

import java.io.Serializable;

/**
 * Where something starts in a text the user wrote (a YAML file, a SQL script): 1-based line and column, the column
 * counted in characters. Errors name it so that the user, and an editor's annotation, can go there. Serializable
 * because {@link io.jenkins.plugins.dbgitops.engine.sql.SqlSplitException} carries one, and exceptions travel from
 * agent to controller.
 */
public record TextPosition(int line, int column) implements Serializable {
    /** The start of a text. */
    public static final TextPosition START = new TextPosition(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
