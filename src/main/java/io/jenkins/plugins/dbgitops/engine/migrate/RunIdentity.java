package io.jenkins.plugins.dbgitops.engine.migrate;

/** Who holds a lock, as shown to a run that waits for it: the user, the host and the process. */
final class RunIdentity {
    private static final String HOST = host();

    private RunIdentity() {
    }

    static String holder(String appliedBy) {
        return appliedBy + "@" + HOST + " pid " + ProcessHandle.current().pid();
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
