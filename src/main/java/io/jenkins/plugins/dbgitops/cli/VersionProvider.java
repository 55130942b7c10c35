package io.jenkins.plugins.dbgitops.cli;

import picocli.CommandLine;

/** Reports the version recorded in the jar manifest at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = DbGitOpsCommand.class.getPackage().getImplementationVersion();
        return new String[] {"dbgitops " + (version == null ? "(development build)" : version)};
    }
}
