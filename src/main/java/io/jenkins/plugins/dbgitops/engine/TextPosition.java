package io.jenkins.plugins.dbgitops.engine;

/**
 * Where something starts in a text the user wrote (a YAML file, a SQL script): 1-based line and column, the column
 * counted in characters. Errors name it so that the user, and an editor's annotation, can go there.
 */
public record TextPosition(int line, int column) {
    /** The start of a text. */
    public static final TextPosition START = new TextPosition(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
