package io.jenkins.plugins.dbgitops.engine.sql;

/**
 * Tracks SQL-standard routine bodies: PostgreSQL's {@code CREATE FUNCTION ... BEGIN ATOMIC ... END} and SQLite's
 * {@code CREATE TRIGGER ... BEGIN ... END}. As psql does, it counts {@code BEGIN} and {@code END} outside
 * parentheses once the statement is known to create such a routine, and a {@code CASE} inside a body, because a
 * {@code CASE} expression also ends with {@code END}.
 */
final class BeginEndBlockTracker implements BlockTracker {
    private final String script;
    private final RoutineHeader header;
    private int depth;
    private int parenDepth;

    BeginEndBlockTracker(String script, RoutineHeader header) {
        this.script = script;
        this.header = header;
    }

    @Override
    public void reset() {
        header.reset();
        depth = 0;
        parenDepth = 0;
    }

    @Override
    public void onWord(int start, int end) {
        if (!header.isRoutine()) {
            header.onWord(start, end);
            return;
        }
        if (parenDepth > 0) {
            return;
        }
        if (Keywords.is(script, start, end, "BEGIN")) {
            depth++;
        } else if (depth > 0 && Keywords.is(script, start, end, "CASE")) {
            depth++;
        } else if (depth > 0 && Keywords.is(script, start, end, "END")) {
            depth--;
        }
    }

    @Override
    public void onSymbol(int offset) {
        char symbol = script.charAt(offset);
        if (!header.isRoutine()) {
            header.onSymbol(symbol);
        }
        if (symbol == '(') {
            parenDepth++;
        } else if (symbol == ')' && parenDepth > 0) {
            parenDepth--;
        }
    }

    @Override
    public void onOtherToken() {
        if (!header.isRoutine()) {
            header.onOtherToken();
        }
    }

    @Override
    public boolean insideBlock() {
        return depth > 0;
    }
}
