package io.jenkins.plugins.dbgitops.engine.release;

/**
 * The review found errors and the caller did not allow them: no release was packaged. Front ends exit with 1,
 * as for review errors, not 2 (the input was readable, it just did not pass).
 */
public class ReleaseRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ReviewOutcome review;

    public ReleaseRefusedException(String message, ReviewOutcome review) {
        super(message);
        this.review = review;
    }

    public ReviewOutcome review() {
        return review;
    }
}
