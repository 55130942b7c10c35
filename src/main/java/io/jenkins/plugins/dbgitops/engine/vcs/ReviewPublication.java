package io.jenkins.plugins.dbgitops.engine.vcs;

/**
 * Publishes one review to a pull request: the Markdown report as the single, upserted comment, and a commit status
 * that is a failure exactly when the review fails the build, so branch protection can block the merge.
 */
public final class ReviewPublication {
    /** The marker that finds our comment again; it is invisible in rendered Markdown. */
    public static final String MARKER = "<!-- dbgitops-review -->";
    /** The status context branch protection rules name. */
    public static final String STATUS_CONTEXT = "dbgitops/sql-review";

    private final VcsPublisher publisher;

    public ReviewPublication(VcsPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * Upserts the comment and sets the status.
     *
     * @param markdown  the report; the marker is added when missing
     * @param errors    findings at error level
     * @param warnings  findings at warning level
     * @param failed    whether the review fails the build at the configured level
     * @param targetUrl the build's page, or null
     * @return whether an existing comment was updated
     */
    public boolean publish(String markdown, long errors, long warnings, boolean failed, String targetUrl) {
        String body = markdown.contains(MARKER) ? markdown : MARKER + "\n" + markdown;
        boolean updated = publisher.upsertComment(MARKER, body);
        publisher.setStatus(failed ? CommitState.FAILURE : CommitState.SUCCESS, STATUS_CONTEXT,
                describe(errors, warnings), targetUrl);
        return updated;
    }

    static String describe(long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return "SQL review: no findings";
        }
        return "SQL review: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
