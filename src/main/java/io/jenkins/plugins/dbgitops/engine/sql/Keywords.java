package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.List;

/** Case-insensitive keyword tests on a region of the script, without copying it. */
final class Keywords {
    private Keywords() {
    }

    static boolean is(String script, int start, int end, String keyword) {
        return end - start == keyword.length() && script.regionMatches(true, start, keyword, 0, keyword.length());
    }

    static boolean isAny(String script, int start, int end, List<String> keywords) {
        for (String keyword : keywords) {
            if (is(script, start, end, keyword)) {
                return true;
            }
        }
        return false;
    }
}
