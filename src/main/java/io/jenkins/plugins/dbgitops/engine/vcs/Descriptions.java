package io.jenkins.plugins.dbgitops.engine.vcs;

/** Status descriptions are short on every host; cut them with an ellipsis rather than be refused. */
final class Descriptions {
    private Descriptions() {
    }

    static String truncate(String description, int max) {
        String text = description == null ? "" : description;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
