package io.jenkins.plugins.dbgitops.engine.sql;

/**
 * Follows the tokens of one statement to tell whether a {@code ;} lies inside a routine body (a {@code BEGIN ... END}
 * block and the control statements within it) and so does not end the statement. The scanner reports every token
 * outside comments; the tracker only looks at keywords and a few symbols.
 */
interface BlockTracker {

    /** Starts a new statement. */
    void reset();

    /** A word (keyword, unquoted identifier or number) at {@code [start, end)} of the script. */
    void onWord(int start, int end);

    /** A one-character symbol at {@code offset}, including a {@code ;} that does not end the statement. */
    void onSymbol(int offset);

    /** A string, quoted identifier, dollar-quoted string or executable comment. */
    void onOtherToken();

    /** Whether the statement is inside a block, so that a {@code ;} here does not end it. */
    boolean insideBlock();

    static BlockTracker forEngine(SqlEngine engine, String script) {
        return switch (engine) {
            case POSTGRESQL -> new BeginEndBlockTracker(script, RoutineHeader.postgresql(script));
            case SQLITE -> new BeginEndBlockTracker(script, RoutineHeader.sqlite(script));
            case MYSQL, MARIADB -> new MySqlBlockTracker(script);
            case H2 -> NoBlocks.INSTANCE;
        };
    }

    /** H2 has no {@code BEGIN ... END} bodies: its routines are Java source in {@code $$} strings. */
    enum NoBlocks implements BlockTracker {
        INSTANCE;

        @Override
        public void reset() {
            // nothing to track
        }

        @Override
        public void onWord(int start, int end) {
            // nothing to track
        }

        @Override
        public void onSymbol(int offset) {
            // nothing to track
        }

        @Override
        public void onOtherToken() {
            // nothing to track
        }

        @Override
        public boolean insideBlock() {
            return false;
        }
    }
}
