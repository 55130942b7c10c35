package io.jenkins.plugins.dbgitops.engine.vcs;

/** A code host refused or failed a request; the message names the request and the host's answer, never the token. */
public class VcsPublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public VcsPublishException(String message, int status) {
        super(message);
        this.status = status;
    }

    public VcsPublishException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** The HTTP status, or -1 when no answer came. */
    public int status() {
        return status;
    }
}
