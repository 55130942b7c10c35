package io.jenkins.plugins.dbgitops.jenkins;

import hudson.util.Secret;
import java.io.Serializable;

/** A database login taken from a Jenkins credential, carried to the agent with the password as a {@link Secret}. */
record DatabaseLogin(String user, Secret password) implements Serializable {
    @Override
    public String toString() {
        return "DatabaseLogin[" + user + ", ****]";
    }
}
