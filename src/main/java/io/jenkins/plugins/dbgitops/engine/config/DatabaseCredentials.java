package io.jenkins.plugins.dbgitops.engine.config;

/** A user and password for one database connection; {@link #toString()} never shows the password. */
public record DatabaseCredentials(String user, String password) {

    /** No user and password: the driver uses what the URL holds (an embedded database, a trusted socket). */
    public static final DatabaseCredentials NONE = new DatabaseCredentials(null, null);

    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
